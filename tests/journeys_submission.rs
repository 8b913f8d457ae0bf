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

/// The city's window on its ledger in `folder`, on 26 April 2025.
fn city_window(
    folder: &std::path::Path,
    dialogs: &ScriptedDialogs,
) -> egui_kittest::Harness<'static, town_tracker::app::TownTrackerApp> {
    harness(
        &folder.join("市项目办.ron"),
        NaiveDate::from_ymd_opt(2025, 4, 26).unwrap(),
        dialogs,
        None,
    )
}

/// Saves `ledger` at `path` through the store, as the app does.
fn save(path: &std::path::Path, mut ledger: Ledger) {
    let opened = store::LedgerStore::open(path);
    opened
        .store
        .into_writable()
        .unwrap()
        .save(&mut ledger)
        .unwrap();
}

/// 文件 → 导入报送…, the dialog answered with `file`.
fn receive_from_the_menu(
    harness: &mut egui_kittest::Harness<'static, town_tracker::app::TownTrackerApp>,
    dialogs: &ScriptedDialogs,
    file: std::path::PathBuf,
) {
    dialogs.answer(DialogAnswer::Picked(vec![file]));
    harness.get_by_label("文件").click();
    harness.run();
    harness.get_by_label_contains("导入报送…").click();
    harness.run();
}

#[test]
fn a_submission_is_sent_and_one_received_from_the_file_menu() {
    let city = tempfile::tempdir().unwrap();
    let town = tempfile::tempdir().unwrap();
    let file = town.path().join("东岭镇-报送-20250425.ron");
    send(&town_ledger(), &file).unwrap();
    let dialogs = ScriptedDialogs::default();
    let mut harness = city_window(city.path(), &dialogs);

    receive_from_the_menu(&mut harness, &dialogs, file);
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
    save(&ledger_path, town_ledger());
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

#[test]
fn a_submission_s_choice_is_answered_in_the_window() {
    use town_tracker::model::Stamp;
    let city = tempfile::tempdir().unwrap();
    let town = tempfile::tempdir().unwrap();
    let base = town_ledger();
    let id = base.projects().next().unwrap().id;
    let with_person = |person: &str, minute: u32, by: &str| {
        let mut ledger = base.clone();
        let mut project = ledger.project(id).unwrap().clone();
        project.responsible = person.into();
        let at = NaiveDate::from_ymd_opt(2025, 4, 20)
            .unwrap()
            .and_hms_opt(9, minute, 0)
            .unwrap();
        ledger
            .apply_stamped(
                Edit::PutProject(Box::new(project)),
                &Stamp { at, by: by.into() },
            )
            .unwrap();
        ledger
    };
    // The city's copy of the town's ledger and the town's 报送 disagree on one field.
    let kept = city.path().join("东岭镇.ron");
    save(&kept, with_person("王工", 5, "市项目办"));
    let file = town.path().join("东岭镇-报送-20250425.ron");
    send(&with_person("李工", 7, "东岭镇"), &file).unwrap();

    let dialogs = ScriptedDialogs::default();
    let mut harness = city_window(city.path(), &dialogs);
    receive_from_the_menu(&mut harness, &dialogs, file);
    harness.get_by_label("导入报送 东岭镇-报送-20250425.ron 到 东岭镇.ron");
    harness
        .get_by_label("另一版本:“李工”(东岭镇 2025-04-20 09:07)")
        .click();
    harness.run();
    harness.get_by_label("合并").click();
    harness.run();
    harness.get_by_label_contains("已导入报送,东岭镇.ron");
    let received = store::load(&kept).unwrap().unwrap().ledger;
    assert_eq!(received.project(id).unwrap().responsible, "李工");
}
