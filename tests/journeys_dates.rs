//! Dates that are true, by label: a due date of another year shows its year, a milestone done
//! on a day unknown says 日期不详, a tick that would put 签约 after a 开工 a person entered is
//! refused with a plain notice, and a goal past its date and not met shows 未完成.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

mod common;

use common::{MemoryStorage, checked, close, harness};
use town_tracker::app::TownTrackerApp;
use town_tracker::app::file_dialog::ScriptedDialogs;
use town_tracker::model::{
    Edit, Goal, GoalId, Ledger, Milestone, Project, ProjectId, Unit, UnitId,
};
use town_tracker::store::LedgerStore;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn today() -> NaiveDate {
    date(2025, 4, 15)
}

/// 東海鎮: 舊廠改造 (投产 due 2007-08-31), 萬鵬建材 (开工 entered 2025-03-01), 錦曌新材料
/// (签约 done, day unknown). A goal: 東海鎮 signs 2 projects by 2025-03-31.
fn setup() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.ron");
    let mut ledger = Ledger::new();
    let east = UnitId(ledger.allocate_id());
    ledger
        .apply(Edit::PutUnit(Unit::new(east, "東海鎮")))
        .unwrap();
    let mut old = Project::new(ProjectId(ledger.allocate_id()), "舊廠改造", Some(east));
    old.milestones.produce.target = Some(date(2007, 8, 31));
    let mut started = Project::new(ProjectId(ledger.allocate_id()), "萬鵬建材", Some(east));
    started.milestones.start.done = Some(date(2025, 3, 1));
    let mut undated = Project::new(ProjectId(ledger.allocate_id()), "錦曌新材料", Some(east));
    undated.milestones.sign.done_undated = true;
    undated.milestones.sign.done_inferred = true;
    for project in [old, started, undated] {
        ledger.apply(Edit::PutProject(Box::new(project))).unwrap();
    }
    let goal = Goal {
        id: GoalId(ledger.allocate_id()),
        unit: Some(east),
        milestone: Milestone::Sign,
        count: 2,
        min_investment_yuan: None,
        from: None,
        by: Some(date(2025, 3, 31)),
        text: "确保一季度签约项目2个".into(),
        source: None,
        stamps: Default::default(),
    };
    ledger.apply(Edit::PutGoal(goal)).unwrap();
    LedgerStore::open(&path).store.save(&mut ledger).unwrap();
    (dir, path)
}

fn open(path: &Path) -> Harness<'static, TownTrackerApp> {
    harness(path, today(), &ScriptedDialogs::default(), None)
}

#[test]
fn a_due_date_of_another_year_shows_the_year() {
    let (_dir, path) = setup();
    let harness = open(&path);
    let late = (today() - date(2007, 8, 31)).num_days();
    harness.get_by_label(&format!("投产 2007-08-31 逾期{late}天"));
}

#[test]
fn done_on_a_day_unknown_is_ticked_says_so_and_stays_so() {
    let (_dir, path) = setup();
    let mut harness = open(&path);
    assert!(checked(&harness, "錦曌新材料 签约"));
    harness.get_by_label("錦曌新材料").click();
    harness.run();
    harness.get_by_label("日期不详");
    close(harness, &mut MemoryStorage::default());
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(saved.contains("done_undated: true"), "{saved}");
    let harness = open(&path);
    assert!(checked(&harness, "錦曌新材料 签约"));
}

#[test]
fn a_tick_that_breaks_the_order_of_milestones_is_refused_and_says_why() {
    let (_dir, path) = setup();
    let mut harness = open(&path);
    assert!(checked(&harness, "萬鵬建材 开工"));
    assert!(!checked(&harness, "萬鵬建材 签约"));
    harness.get_by_label("萬鵬建材 签约").click();
    harness.run();
    assert!(
        !checked(&harness, "萬鵬建材 签约"),
        "签约 today would come after 开工 on 03-01"
    );
    harness.get_by_label_contains("签约(2025-04-15)不能晚于开工(2025-03-01)");
    let project = harness
        .state()
        .session()
        .ledger
        .projects()
        .find(|p| p.name == "萬鵬建材")
        .unwrap();
    assert!(!project.milestones.sign.is_done());
}

#[test]
fn a_goal_past_its_date_and_not_met_shows_not_met() {
    let (_dir, path) = setup();
    let harness = open(&path);
    harness.get_by_label("東海鎮: 签约 ×2, 截至 2025-03-31(未完成)");
    assert!(
        harness.query_by_label_contains("(已达成)").is_none(),
        "a 签约 of a day unknown does not count for the first quarter"
    );
}
