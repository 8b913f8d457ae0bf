//! UI journeys on the ledger, driven by label as a person would click: add a unit and a
//! project, tick 开工, restart on the same file and see it ticked, undo a tick; merge two units
//! and undo, rename a unit to a name that exists (the merge is offered), delete a unit keeping
//! its projects, edit a unit's kind and aliases.

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
use town_tracker::model::{Edit, Ledger, Project, ProjectId, Status, Unit, UnitId, UnitKind};
use town_tracker::store::LedgerStore;

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
    harness.step();
    assert!(
        harness.state().session().is_dirty(),
        "not written in the frame of the change"
    );
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
    dialogs.answer(DialogAnswer::Picked(vec![second.clone()]));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
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
fn deleting_a_unit_says_what_it_affects_keeps_its_projects_and_undoes() {
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
    harness.get_by_label("删除“惠萍鎮”:1 个项目保留为未分配,0 个目标随之删除。");
    harness.get_by_label("删除区镇").click();
    harness.run();
    let ledger = &harness.state().session().ledger;
    assert_eq!(ledger.units().count(), 0);
    assert_eq!(ledger.projects_of(None).count(), 1, "the project stays");
    harness.get_by_label("未分配 · 1 · —");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let ledger = &harness.state().session().ledger;
    assert_eq!(ledger.units().count(), 1);
    assert_eq!(
        ledger
            .projects_of(ledger.units().next().map(|u| u.id))
            .count(),
        1
    );
    harness.get_by_label("惠萍鎮 · 1 · —");
}

/// 東海鎮 with 萬鵬建材, and its short form 东海 with 錦曌新材料 (as two articles left them).
fn twin_units(path: &Path) {
    let mut ledger = Ledger::new();
    for (unit, project) in [("東海鎮", "萬鵬建材"), ("东海", "錦曌新材料")] {
        let id = UnitId(ledger.allocate_id());
        ledger.apply(Edit::PutUnit(Unit::new(id, unit))).unwrap();
        let project = Project::new(ProjectId(ledger.allocate_id()), project, Some(id));
        ledger.apply(Edit::PutProject(Box::new(project))).unwrap();
    }
    LedgerStore::open(path).store.save(&mut ledger).unwrap();
}

#[test]
fn merging_two_units_moves_the_projects_keeps_the_name_as_an_alias_and_undoes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.ron");
    twin_units(&path);
    let mut harness = open(&path);
    harness.get_by_label("东海 · 1 · —").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::U);
    harness.run();
    harness.get_by_label("合并到区镇").click();
    harness.run();
    harness.get_by_label("東海鎮").click();
    harness.run();
    harness.get_by_label("合并").click();
    harness.run();
    let ledger = &harness.state().session().ledger;
    assert_eq!(ledger.units().count(), 1);
    let east = ledger.units().next().unwrap();
    assert_eq!(east.name, "東海鎮");
    assert_eq!(east.aliases, ["东海"]);
    assert_eq!(ledger.projects_of(Some(east.id)).count(), 2);
    harness.get_by_label("東海鎮 · 2 · —");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        harness.state().session().ledger.units().count(),
        2,
        "one undo step"
    );
    harness.get_by_label("东海 · 1 · —");
    harness.get_by_label("東海鎮 · 1 · —");

    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    let mut storage = MemoryStorage::default();
    close(harness, &mut storage);
    let harness = open(&path);
    let ledger = &harness.state().session().ledger;
    assert_eq!(ledger.units().count(), 1, "the merge was saved");
    assert_eq!(ledger.units().next().unwrap().aliases, ["东海"]);
}

#[test]
fn renaming_a_unit_to_a_name_that_exists_offers_the_merge() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.ron");
    twin_units(&path);
    let mut harness = open(&path);
    harness.get_by_label("东海 · 1 · —").click_secondary();
    harness.run();
    harness.get_by_label("重命名").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "区镇名称")
        .type_text("东海镇");
    harness.key_press(Key::Enter);
    harness.run();
    assert!(
        harness
            .state()
            .session()
            .ledger
            .units()
            .any(|u| u.name == "东海"),
        "no twin was made"
    );
    harness.get_by_label_contains("已有区镇“東海鎮”叫这个名字");
    harness.get_by_label("合并").click();
    harness.run();
    let ledger = &harness.state().session().ledger;
    assert_eq!(ledger.units().count(), 1);
    assert_eq!(ledger.projects().filter(|p| p.unit.is_some()).count(), 2);
}

#[test]
fn a_unit_shows_its_kind_and_aliases_and_both_are_editable() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.ron");
    twin_units(&path);
    let mut harness = open(&path);
    harness.get_by_label("东海 · 1 · —").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::U);
    harness.run();
    harness.get_by_label("区镇类型").click();
    harness.run();
    harness.get_by_label("镇/乡/街道").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "新别名")
        .focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "新别名")
        .type_text("东海片区");
    harness.run();
    harness.get_by_label("添加别名").click();
    harness.run();
    let unit = |harness: &Harness<'_, TownTrackerApp>| {
        harness
            .state()
            .session()
            .ledger
            .units()
            .find(|u| u.name == "东海")
            .unwrap()
            .clone()
    };
    assert_eq!(unit(&harness).kind, Some(UnitKind::Township));
    assert_eq!(unit(&harness).aliases, ["东海片区"]);
    harness.get_by_label("删除别名 东海片区").click();
    harness.run();
    assert!(unit(&harness).aliases.is_empty());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(unit(&harness).aliases, ["东海片区"], "undone");
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
