//! UI journeys on the ledger, driven by label as a person would click: add a unit and a
//! project, tick 开工, restart on the same file and see it ticked, undo a tick.

use std::path::Path;

use chrono::NaiveDate;
use eframe::egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use eframe::egui::accesskit::Role;
mod common;

use common::{MemoryStorage, checked, close, harness};
use town_tracker::app::TownTrackerApp;
use town_tracker::app::file_dialog::ScriptedDialogs;
use town_tracker::intent::DialogAnswer;
use town_tracker::model::Status;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 2, 10).unwrap()
}

fn open(path: &Path) -> Harness<'static, TownTrackerApp> {
    harness(path, today(), &ScriptedDialogs::default(), None)
}

#[test]
fn add_project_tick_started_restart_and_see_it_ticked() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.ron");
    let mut harness = open(&path);

    harness.get_by_label("手动添加区镇").click();
    harness.run();
    harness.get_by_role(Role::TextInput).type_text("東海鎮");
    harness.key_press(Key::Enter);
    harness.run();
    harness.get_by_role_and_label(Role::Button, "東海鎮 · 0 · —");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "名称")
        .focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "名称")
        .type_text("萬鵬建材");
    harness.key_press(Key::Enter);
    harness.run();
    harness.get_by_label("萬鵬建材 开工").click();
    harness.run();
    assert!(checked(&harness, "萬鵬建材 开工"));
    assert!(checked(&harness, "萬鵬建材 签约"), "signing is inferred");
    assert!(!checked(&harness, "萬鵬建材 竣工"));
    let project = harness
        .state()
        .session()
        .ledger
        .projects()
        .next()
        .unwrap()
        .clone();
    assert_eq!(project.milestones.start.done, Some(today()));
    assert_eq!(project.status(), Status::UnderConstruction);
    close(harness, &mut MemoryStorage::default());

    let mut harness = open(&path);
    harness
        .get_by_role_and_label(Role::Button, "東海鎮 · 1 · —")
        .click();
    harness.run();
    assert!(
        checked(&harness, "萬鵬建材 开工"),
        "still ticked after a restart"
    );
    assert!(!harness.state().session().is_dirty());
}

#[test]
fn undo_a_tick_with_the_keyboard() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.ron");
    let mut harness = open(&path);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    harness.get_by_label("新项目 投产").click();
    harness.run();
    assert!(checked(&harness, "新项目 投产"));
    assert!(checked(&harness, "新项目 竣工"));

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(!checked(&harness, "新项目 投产"), "undo reverts the tick");
    assert!(!checked(&harness, "新项目 竣工"), "and what it inferred");
    assert_eq!(harness.state().session().ledger.projects().count(), 1);

    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert!(checked(&harness, "新项目 投产"), "redo ticks it again");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        harness.state().session().ledger.projects().count(),
        0,
        "undo the new project too"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    harness.run();
    assert_eq!(
        harness.state().session().ledger.projects().count(),
        1,
        "Ctrl+Y redoes"
    );
}

#[test]
fn changes_are_saved_shortly_after_they_are_made() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.ron");
    let mut harness = open(&path);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    assert!(harness.state().session().is_dirty());
    std::thread::sleep(
        town_tracker::app::session::AUTOSAVE_DELAY + std::time::Duration::from_millis(100),
    );
    harness.step();
    assert!(!harness.state().session().is_dirty());
    let on_disk = town_tracker::store::load(&path).unwrap().unwrap().ledger;
    assert_eq!(on_disk.projects().count(), 1, "saved without closing");
}

#[test]
fn a_second_window_is_told_and_cannot_change_anything() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.ron");
    let mut first = open(&path);
    first.key_press_modifiers(Modifiers::COMMAND, Key::N);
    first.run();
    first.key_press_modifiers(Modifiers::COMMAND, Key::S);
    first.run();

    let mut second = open(&path);
    second.get_by_label_contains("另一个 Town Tracker 窗口正在使用");
    second.get_by_label_contains("只读");
    second.key_press_modifiers(Modifiers::COMMAND, Key::N);
    second.run();
    assert_eq!(second.state().session().ledger.projects().count(), 1);
    assert!(!second.state().session().is_dirty());
    drop(first);
}

#[test]
fn a_damaged_ledger_is_explained_and_the_backup_restored() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.ron");
    for _ in 0..2 {
        let mut harness = open(&path);
        harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
        harness.run();
        close(harness, &mut MemoryStorage::default());
    }
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, &text[..text.len() / 2]).unwrap();

    let mut harness = open(&path);
    harness.get_by_label_contains("已损坏或不完整");
    harness.get_by_label("从备份恢复").click();
    harness.run();
    assert_eq!(
        harness.state().session().ledger.projects().count(),
        1,
        "the backup had one project"
    );
    assert!(harness.query_by_label_contains("已损坏或不完整").is_none());
    close(harness, &mut MemoryStorage::default());
    let kept: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|name| name.contains(".damaged-"))
        .collect();
    assert_eq!(kept.len(), 1, "the damaged file is kept aside");
}

#[test]
fn save_as_moves_the_ledger_and_open_brings_the_old_one_back() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("ledger.ron");
    let second = dir.path().join("copy.ron");
    let dialogs = ScriptedDialogs::default();
    let mut harness = harness(&first, today(), &dialogs, None);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    dialogs.answer(DialogAnswer::Picked(vec![second.clone()]));
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    harness.run();
    harness.get_by_label(&second.display().to_string());
    assert_eq!(
        town_tracker::store::load(&second)
            .unwrap()
            .unwrap()
            .ledger
            .projects()
            .count(),
        1
    );

    dialogs.answer(DialogAnswer::Picked(vec![first.clone()]));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    harness.get_by_label(&first.display().to_string());
    assert_eq!(
        harness.state().session().ledger.projects().count(),
        0,
        "the original never got the project"
    );
}

#[test]
fn deleting_a_unit_asks_first_and_undo_brings_it_back_with_its_projects() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.ron");
    let mut harness = open(&path);
    harness.get_by_label("手动添加区镇").click();
    harness.run();
    harness.get_by_role(Role::TextInput).type_text("惠萍鎮");
    harness.key_press(Key::Enter);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();

    harness.get_by_label("惠萍鎮 · 1 · —").click_secondary();
    harness.run();
    harness.get_by_label("删除…").click();
    harness.run();
    harness.get_by_label_contains("删除“惠萍鎮”及其 1 个项目");
    harness.get_by_label("删除").click();
    harness.run();
    assert!(harness.state().session().ledger.is_empty());

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let ledger = &harness.state().session().ledger;
    assert_eq!(ledger.units().count(), 1);
    assert_eq!(ledger.projects().count(), 1);
    harness.get_by_label("惠萍鎮 · 1 · —");
}

#[test]
fn ctrl_i_on_a_read_only_ledger_opens_nothing_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.ron");
    let mut first = open(&path);
    first.key_press_modifiers(Modifiers::COMMAND, Key::N);
    first.run();
    first.key_press_modifiers(Modifiers::COMMAND, Key::S);
    first.run();

    let dialogs = ScriptedDialogs::default();
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/seed.txt");
    dialogs.answer(DialogAnswer::Picked(vec![seed]));
    let mut second = harness(&path, today(), &dialogs, None);
    second.key_press_modifiers(Modifiers::COMMAND, Key::I);
    second.run();
    assert!(dialogs.requests().is_empty(), "no file dialog was opened");
    assert!(second.state().reviews().is_empty(), "no review either");
    second.get_by_label("“导入文章”现在不可用:台账为只读");

    second.key_press_modifiers(Modifiers::COMMAND, Key::N);
    second.run();
    let notices = second.state().notices().as_slice();
    assert!(
        notices
            .iter()
            .all(|n| n.level == town_tracker::intent::NoticeLevel::Info),
        "a shortcut that does not apply is no error"
    );
    assert!(
        notices
            .iter()
            .any(|n| n.text.contains("“新建项目”现在不可用"))
    );

    second.get_by_label("文件").click();
    second.run();
    assert!(
        second
            .get_by_label_contains("导入文章…")
            .accesskit_node()
            .is_disabled(),
        "the menu greys it out by the same rule"
    );
    assert!(
        second
            .get_all_by_label_contains("另存为…")
            .all(|n| !n.accesskit_node().is_disabled()),
        "a read-only ledger can still be saved elsewhere"
    );
    drop(first);
}
