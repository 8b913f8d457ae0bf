//! 报送 in the window, by label: 文件 → 报送… writes the open ledger as one file; 文件 → 导入报送…
//! takes a town's file into the open ledger's folder as that town's ledger.

use chrono::NaiveDate;
use egui_kittest::kittest::Queryable;

mod common;

use common::harness;
use town_tracker::app::file_dialog::ScriptedDialogs;
use town_tracker::intent::DialogAnswer;
use town_tracker::model::{Edit, Ledger, Project, ProjectId, Unit, UnitId};
use town_tracker::store;
use town_tracker::workspace::submission::send;

fn town_ledger() -> Ledger {
    let mut ledger = Ledger::new();
    let unit = UnitId(ledger.allocate_id());
    let project = Project::new(
        ProjectId(ledger.allocate_id()),
        "星河智造产业园项目",
        Some(unit),
    );
    ledger
        .apply(Edit::Batch(vec![
            Edit::PutUnit(Unit::new(unit, "东岭镇")),
            Edit::PutProject(Box::new(project)),
        ]))
        .unwrap();
    ledger
}

#[test]
fn a_submission_is_sent_and_one_received_from_the_file_menu() {
    let city = tempfile::tempdir().unwrap();
    let town = tempfile::tempdir().unwrap();
    let file = town.path().join("东岭镇-报送-20250425.ron");
    send(&town_ledger(), &file).unwrap();
    let dialogs = ScriptedDialogs::default();
    let mut harness = harness(
        &city.path().join("市项目办.ron"),
        NaiveDate::from_ymd_opt(2025, 4, 26).unwrap(),
        &dialogs,
        None,
    );

    dialogs.answer(DialogAnswer::Picked(vec![file]));
    harness.get_by_label("文件").click();
    harness.run();
    harness.get_by_label_contains("导入报送…").click();
    harness.run();
    harness.get_by_label_contains("已导入报送,东岭镇.ron");
    let received = store::load(&city.path().join("东岭镇.ron"))
        .unwrap()
        .unwrap();
    let names: Vec<&str> = received
        .ledger
        .projects()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names, ["星河智造产业园项目"]);

    let out = city.path().join("市项目办-报送-20250426.ron");
    dialogs.answer(DialogAnswer::Picked(vec![out.clone()]));
    harness.get_by_label("文件").click();
    harness.run();
    harness.get_by_label("报送…").click();
    harness.run();
    harness.get_by_label_contains("报送文件已写入");
    assert!(
        store::load(&out).unwrap().is_some(),
        "a ledger file, readable"
    );
}

#[test]
fn one_month_is_sent_from_the_file_menu_as_the_monthly_report_shows_it() {
    let town = tempfile::tempdir().unwrap();
    let ledger_path = town.path().join("东岭镇.ron");
    let mut ledger = town_ledger();
    let opened = store::LedgerStore::open(&ledger_path);
    opened
        .store
        .into_writable()
        .unwrap()
        .save(&mut ledger)
        .unwrap();
    let dialogs = ScriptedDialogs::default();
    let mut harness = harness(
        &ledger_path,
        NaiveDate::from_ymd_opt(2025, 4, 26).unwrap(),
        &dialogs,
        None,
    );
    let out = town.path().join("东岭镇-报送-2025年4月-20250426.ron");
    dialogs.answer(DialogAnswer::Picked(vec![out.clone()]));
    harness.get_by_label("文件").click();
    harness.run();
    harness.get_by_label("报送一个月…").click();
    harness.run();
    let asked = dialogs.requests();
    assert_eq!(
        asked.last().unwrap().file_name.as_deref(),
        Some("东岭镇-报送-2025年4月-20250426.ron"),
        "the month of the 月报 in the name offered"
    );
    harness.get_by_label_contains("2025年4月的报送文件已写入");
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(
        text.contains("month_submission: (year: 2025, month: 4)"),
        "{text}"
    );
}
