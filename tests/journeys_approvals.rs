//! The ledger's own list of 前期手续, by label: edited from the detail panel (one name a line),
//! the rows follow, one undo step brings the old list back; and the list filtered like the
//! milestones, by the approval still missing.

use chrono::NaiveDate;
use eframe::egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

mod common;

use common::harness;
use town_tracker::app::file_dialog::ScriptedDialogs;
use town_tracker::model::approval::{Approval, DEFAULT_APPROVALS};
use town_tracker::model::{Edit, Ledger, Project, ProjectId, Unit, UnitId};
use town_tracker::store::LedgerStore;

fn date(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, m, d).unwrap()
}

/// 松棠镇 with 星河智造 (环评批复 done) and 青禾物流园 (nothing done).
fn write_ledger(path: &std::path::Path) {
    let mut ledger = Ledger::new();
    let town = UnitId(ledger.allocate_id());
    ledger
        .apply(Edit::PutUnit(Unit::new(town, "松棠镇")))
        .unwrap();
    for name in ["星河智造", "青禾物流园"] {
        let mut project = Project::new(ProjectId(ledger.allocate_id()), name, Some(town));
        if name == "星河智造" {
            project.approvals.push(Approval {
                name: "环评批复".into(),
                target: None,
                done: Some(date(3, 2)),
            });
        }
        ledger.apply(Edit::PutProject(Box::new(project))).unwrap();
    }
    LedgerStore::open(path).store.save(&mut ledger).unwrap();
}

#[test]
fn the_approval_list_is_edited_undone_and_filters_the_list() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("台账.ron");
    write_ledger(&path);
    let dialogs = ScriptedDialogs::default();
    let mut harness = harness(&path, date(4, 15), &dialogs, None);

    harness.get_by_label("缺少手续").click();
    harness.run();
    harness.get_by_label("缺环评批复").click();
    harness.run();
    assert!(
        harness.query_by_label("星河智造").is_none(),
        "its 环评批复 is done"
    );
    harness.get_by_label("青禾物流园").click();
    harness.run();

    harness.get_by_label("编辑手续清单…").click();
    harness.run();
    let field = harness.get_by_label("前期手续名称");
    field.focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness
        .get_by_label("前期手续名称")
        .type_text("立项/备案\n消防审查\n立项/备案\n");
    harness.run();
    harness.get_by_label("确定").click();
    harness.run();
    assert_eq!(
        harness.state().session().ledger.approval_names,
        ["立项/备案", "消防审查"],
        "trimmed, repeats dropped"
    );
    assert!(harness.get_all_by_label_contains("消防审查").count() > 0);
    assert!(
        harness.query_by_label_contains("能评").is_none(),
        "the detail panel follows the list"
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        harness.state().session().ledger.approval_names,
        DEFAULT_APPROVALS,
        "one undo step"
    );
}
