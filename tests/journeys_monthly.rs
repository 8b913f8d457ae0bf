//! The monthly follow-up by label, as a person types it: the 月报 grid opened with Ctrl+M, a
//! month entered by keyboard (累计 and the progress light change), Tab to 形象进度, a column
//! pasted from a spreadsheet, a negative amount held back until confirmed, each undone in one
//! step.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use eframe::egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

mod common;

use common::{MemoryStorage, checked, close, harness, harness_sized};
use town_tracker::app::TownTrackerApp;
use town_tracker::app::file_dialog::ScriptedDialogs;
use town_tracker::intent::Settings;
use town_tracker::model::lights::LightRule;
use town_tracker::model::money::{AmountKind, Investment, Qualifier};
use town_tracker::model::monthly::MonthFigure;
use town_tracker::model::{Edit, Ledger, Project, ProjectId, Unit, UnitId};
use town_tracker::store::LedgerStore;

const WAN: i64 = 10_000;

fn date(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, m, d).unwrap()
}

/// 松棠镇: 星河智造 (total 5000万, 2025 plan 1200万, 100万 done in each of months 1 and 2) and
/// 青禾物流园 (total 800万, no plan).
fn write_ledger(path: &Path) {
    let mut ledger = Ledger::new();
    let town = UnitId(ledger.allocate_id());
    ledger
        .apply(Edit::PutUnit(Unit::new(town, "松棠镇")))
        .unwrap();
    for (name, total_wan) in [("星河智造", 5000), ("青禾物流园", 800)] {
        let mut project = Project::new(ProjectId(ledger.allocate_id()), name, Some(town));
        project.investment = Some(Investment {
            yuan: total_wan * WAN,
            qualifier: Qualifier::Exact,
            kind: AmountKind::Total,
        });
        if name == "星河智造" {
            project.plans.year_mut(2025).planned_yuan = Some(1200 * WAN);
            for month in [1, 2] {
                project.plans.set_month(
                    2025,
                    month,
                    MonthFigure {
                        done_yuan: Some(100 * WAN),
                        image_progress: String::new(),
                    },
                );
            }
        }
        ledger.apply(Edit::PutProject(Box::new(project))).unwrap();
    }
    LedgerStore::open(path).store.save(&mut ledger).unwrap();
}

/// The grid with lights by 序时进度.
fn open_grid() -> (tempfile::TempDir, PathBuf, Harness<'static, TownTrackerApp>) {
    open_grid_with(LightRule::Progress)
}

/// The app on the ledger on 2025-04-15, lights by `rule`, showing the 月报 grid.
fn open_grid_with(
    rule: LightRule,
) -> (tempfile::TempDir, PathBuf, Harness<'static, TownTrackerApp>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.ron");
    write_ledger(&path);
    let mut storage = MemoryStorage::default();
    let settings = Settings {
        light_rule: rule,
        ..Settings::default()
    };
    eframe::set_value(&mut storage, "town-tracker-settings", &settings);
    let mut harness = harness(
        &path,
        date(4, 15),
        &ScriptedDialogs::default(),
        Some(&storage),
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::M);
    harness.run();
    (dir, path, harness)
}

fn month(harness: &Harness<'_, TownTrackerApp>, name: &str, month: u32) -> MonthFigure {
    let ledger = &harness.state().session().ledger;
    let project = ledger.projects().find(|p| p.name == name).unwrap();
    project
        .plans
        .year(2025)
        .and_then(|plan| plan.months.get(&month))
        .cloned()
        .unwrap_or_default()
}

fn undo(harness: &mut Harness<'_, TownTrackerApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
}

fn type_text(harness: &mut Harness<'_, TownTrackerApp>, text: &str) {
    harness.event(Event::Text(text.into()));
    harness.run();
}

fn press(harness: &mut Harness<'_, TownTrackerApp>, key: Key) {
    harness.key_press(key);
    harness.run();
}

#[test]
fn a_month_typed_in_changes_the_total_and_the_light_and_undoes() {
    let (_dir, _path, mut harness) = open_grid();
    harness.get_by_label("星河智造 1–4月累计(万元) 200");
    harness.get_by_label("星河智造 黄灯");
    harness.get_by_label("星河智造 本月完成(万元)").click();
    harness.run();
    type_text(&mut harness, "200");
    press(&mut harness, Key::Enter);
    assert_eq!(month(&harness, "星河智造", 4).done_yuan, Some(200 * WAN));
    harness.get_by_label("星河智造 1–4月累计(万元) 400");
    harness.get_by_label("星河智造 占年度计划 33.3%");
    harness.get_by_label("星河智造 绿灯");
    // Enter moved down to 青禾物流园; Tab goes on to its 形象进度.
    press(&mut harness, Key::Tab);
    type_text(&mut harness, "基础施工");
    press(&mut harness, Key::Enter);
    assert_eq!(month(&harness, "青禾物流园", 4).image_progress, "基础施工");
    // Shift+Tab back to its 本月完成, an entry started and cancelled with Escape.
    harness.key_press_modifiers(Modifiers::SHIFT, Key::Tab);
    harness.run();
    type_text(&mut harness, "9");
    press(&mut harness, Key::Escape);
    assert_eq!(month(&harness, "青禾物流园", 4).done_yuan, None);

    undo(&mut harness);
    assert_eq!(month(&harness, "青禾物流园", 4), MonthFigure::default());
    assert_eq!(month(&harness, "星河智造", 4).done_yuan, Some(200 * WAN));
    undo(&mut harness);
    assert_eq!(month(&harness, "星河智造", 4).done_yuan, None);
    harness.get_by_label("星河智造 1–4月累计(万元) 200");
    harness.get_by_label("星河智造 黄灯");
}

#[test]
fn arrows_move_and_a_pasted_column_fills_downwards_in_one_step() {
    let (_dir, path, mut harness) = open_grid();
    harness.get_by_label("星河智造 形象进度").click();
    harness.run();
    press(&mut harness, Key::ArrowLeft);
    harness.event(Event::Paste("50\r\n60\r\n".into()));
    harness.run();
    assert_eq!(month(&harness, "星河智造", 4).done_yuan, Some(50 * WAN));
    assert_eq!(month(&harness, "青禾物流园", 4).done_yuan, Some(60 * WAN));
    harness.get_by_label("星河智造 1–4月累计(万元) 250");
    undo(&mut harness);
    assert_eq!(month(&harness, "星河智造", 4).done_yuan, None);
    assert_eq!(month(&harness, "青禾物流园", 4).done_yuan, None);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    harness.run();
    assert_eq!(month(&harness, "青禾物流园", 4).done_yuan, Some(60 * WAN));
    close(harness, &mut MemoryStorage::default());
    let saved = LedgerStore::open(&path).ledger;
    let project = saved.projects().find(|p| p.name == "青禾物流园").unwrap();
    assert_eq!(
        project.plans.year(2025).unwrap().done_through(4),
        Some(60 * WAN)
    );
}

#[test]
fn the_light_rule_chosen_in_the_settings_lights_the_grid() {
    let (_dir, _path, mut harness) = open_grid_with(LightRule::Targets);
    harness.get_by_label("星河智造 绿灯");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Comma);
    harness.run();
    harness.get_by_label("按序时进度").click();
    harness.run();
    assert!(checked(&harness, "按序时进度"));
    harness.get_by_label("确定").click();
    harness.run();
    harness.get_by_label("星河智造 黄灯");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::D);
    harness.run();
    harness.get_by_label("排序 签约");
    harness.get_by_label("星河智造 黄灯");
}

#[test]
fn a_negative_amount_waits_for_a_yes() {
    let (_dir, _path, mut harness) = open_grid();
    harness.get_by_label("青禾物流园 本月完成(万元)").click();
    harness.run();
    type_text(&mut harness, "-5");
    press(&mut harness, Key::Enter);
    harness.get_by_label_contains("金额为负数");
    assert_eq!(
        month(&harness, "青禾物流园", 4).done_yuan,
        None,
        "not taken"
    );
    harness.get_by_label("不录入").click();
    harness.run();
    assert!(harness.query_by_label_contains("金额为负数").is_none());
    assert_eq!(month(&harness, "青禾物流园", 4).done_yuan, None);

    type_text(&mut harness, "900");
    press(&mut harness, Key::Enter);
    harness.get_by_label_contains("超过项目总投资(800万元)");
    harness.get_by_label("仍然录入").click();
    harness.run();
    assert_eq!(month(&harness, "青禾物流园", 4).done_yuan, Some(900 * WAN));
    undo(&mut harness);
    assert_eq!(month(&harness, "青禾物流园", 4).done_yuan, None);

    harness.get_by_label("下个月").click();
    harness.run();
    harness.get_by_label("2025年5月");
    harness.get_by_label("青禾物流园 本月完成(万元)").click();
    harness.run();
    type_text(&mut harness, "10");
    press(&mut harness, Key::Enter);
    harness.get_by_label_contains("这个月还没到");
    press(&mut harness, Key::Escape);
    assert_eq!(month(&harness, "青禾物流园", 5), MonthFigure::default());
}

#[test]
fn a_light_says_why_on_hover() {
    let (_dir, _path, mut harness) = open_grid();
    harness.get_by_label("星河智造 黄灯").hover();
    harness.run();
    harness.get_by_label_contains("完成年度计划16.7%");
}

#[test]
fn a_problem_is_added_and_struck_off_and_an_approval_ticked_in_the_detail_panel() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.ron");
    write_ledger(&path);
    let mut harness = harness_sized(
        &path,
        date(4, 15),
        &ScriptedDialogs::default(),
        None,
        [1400.0, 1800.0],
    );
    harness.get_by_label("星河智造").click();
    harness.run();
    let project = |harness: &Harness<'_, TownTrackerApp>| {
        let ledger = &harness.state().session().ledger;
        ledger
            .projects()
            .find(|p| p.name == "星河智造")
            .unwrap()
            .clone()
    };

    harness.get_by_label("新问题").click();
    harness.run();
    type_text(&mut harness, "用地指标未落实");
    harness.get_by_label("新增问题").click();
    harness.run();
    let problems = project(&harness).problems;
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].text, "用地指标未落实");
    assert!(problems[0].is_open());
    harness.get_by_label("存在问题 (1)");
    harness.get_by_label("问题 1 责任单位").click();
    harness.run();
    type_text(&mut harness, "自然资源所");
    press(&mut harness, Key::Enter);
    assert_eq!(project(&harness).problems[0].owner_office, "自然资源所");

    harness.get_by_label("销号 用地指标未落实").click();
    harness.run();
    assert_eq!(project(&harness).problems[0].closed, Some(date(4, 15)));
    assert!(checked(&harness, "销号 用地指标未落实"));
    harness.get_by_label("存在问题 (0)");

    harness.get_by_label("环评批复").click();
    harness.run();
    assert!(checked(&harness, "环评批复"));
    let approvals = project(&harness).approvals;
    assert_eq!(approvals.len(), 1);
    assert_eq!(
        (approvals[0].name.as_str(), approvals[0].done),
        ("环评批复", Some(date(4, 15)))
    );

    undo(&mut harness);
    assert!(project(&harness).approvals.is_empty());
    assert!(!checked(&harness, "环评批复"));
    undo(&mut harness);
    assert!(project(&harness).problems[0].is_open());
    undo(&mut harness);
    assert_eq!(project(&harness).problems[0].owner_office, "");
    undo(&mut harness);
    assert!(project(&harness).problems.is_empty());
}

#[test]
fn the_dashboard_counts_who_is_behind_and_ranks_completion_by_unit() {
    let (_dir, _path, mut harness) = open_grid();
    harness.get_by_label("仪表盘").click();
    harness.run();
    harness.get_by_label("落后序时进度");
    harness.get_by_label("各区镇完成年度计划(1–4月)");
    harness.get_by_label("16.7%");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::M);
    harness.run();
    harness.get_by_label("星河智造 本月完成(万元)").click();
    harness.run();
    type_text(&mut harness, "200");
    press(&mut harness, Key::Enter);
    harness.get_by_label("仪表盘").click();
    harness.run();
    harness.get_by_label("33.3%");
}
