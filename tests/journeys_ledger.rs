//! UI journeys on the ledger, driven by label as a person would click: add a unit and a
//! project, tick 开工, restart on the same file and see it ticked, undo a tick.

use std::path::Path;

use chrono::NaiveDate;
use eframe::egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use eframe::egui::accesskit::Role;
use town_tracker::app::{AppOptions, TownTrackerApp};
use town_tracker::model::Status;
use town_tracker::ui::file_dialog::ScriptedDialogs;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 2, 10).unwrap()
}

fn open(path: &Path) -> Harness<'static, TownTrackerApp> {
    let path = path.to_path_buf();
    let mut harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(move |cc| {
            TownTrackerApp::new(
                cc,
                AppOptions {
                    data_path: path,
                    today: Some(today()),
                    screenshot: None,
                    dialogs: Box::new(ScriptedDialogs::default()),
                    import: Vec::new(),
                    accept_all: false,
                },
            )
        });
    harness.run();
    harness
}

/// Closes the app the way the window does, so it saves.
fn close(harness: Harness<'static, TownTrackerApp>) {
    let mut app = harness.into_state();
    eframe::App::on_exit(&mut app, None);
}

fn checked(harness: &Harness<'_, TownTrackerApp>, label: &str) -> bool {
    let node = harness.get_by_label(label);
    node.accesskit_node().toggled() == Some(eframe::egui::accesskit::Toggled::True)
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
    close(harness);

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
    let on_disk = town_tracker::store::load(&path).unwrap().unwrap();
    assert_eq!(on_disk.projects().count(), 1, "saved without closing");
}
