//! UI journeys through the list and the detail panel, by label as a person would: the row
//! under the pointer stays put when the detail opens, and at 900×600 the list still shows
//! what matters beside it; the 区镇 column sorts and hides for one unit; a progress-log entry
//! is edited and deleted; the selected project comes back after a restart; at 1366×768 every
//! bar of the dashboard carries its name and figure, and no two labels overlap.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use eframe::egui::accesskit::Role;
use eframe::egui::{Key, Modifiers, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

mod common;

use common::{MemoryStorage, checked, close, harness, harness_sized};
use town_tracker::app::TownTrackerApp;
use town_tracker::app::file_dialog::ScriptedDialogs;
use town_tracker::model::{Edit, Investment, Ledger, Project, ProjectId, Unit, UnitId};
use town_tracker::store::LedgerStore;
use town_tracker::ui::detail_width;

fn date(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, m, d).unwrap()
}

/// 東海鎮: 萬鵬建材 (投产 due 03-01, two log entries), 錦曌新材料; 匯龍鎮: 墨達思; no unit:
/// 無名項目.
fn setup() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.ron");
    let mut ledger = Ledger::new();
    let east = UnitId(ledger.allocate_id());
    let hui = UnitId(ledger.allocate_id());
    for (id, name) in [(east, "東海鎮"), (hui, "匯龍鎮")] {
        ledger.apply(Edit::PutUnit(Unit::new(id, name))).unwrap();
    }
    for (name, unit) in [
        ("萬鵬建材", Some(east)),
        ("錦曌新材料", Some(east)),
        ("墨達思", Some(hui)),
        ("無名項目", None),
    ] {
        let mut project = Project::new(ProjectId(ledger.allocate_id()), name, unit);
        if name == "萬鵬建材" {
            project.milestones.produce.target = Some(date(3, 1));
            project.add_progress(date(4, 1), "设备进场");
            project.add_progress(date(4, 10), "设备安装完成");
        }
        ledger.apply(Edit::PutProject(Box::new(project))).unwrap();
    }
    LedgerStore::open(&path).store.save(&mut ledger).unwrap();
    (dir, path)
}

fn open(path: &Path) -> Harness<'static, TownTrackerApp> {
    harness(path, date(4, 15), &ScriptedDialogs::default(), None)
}

/// The projects in the list, top to bottom (read from their 签约 boxes).
fn rows(harness: &Harness<'_, TownTrackerApp>) -> Vec<String> {
    let mut rows: Vec<(f32, String)> = harness
        .get_all_by_role(Role::CheckBox)
        .filter_map(|node| {
            let name = node
                .accesskit_node()
                .label()?
                .strip_suffix(" 签约")?
                .to_string();
            Some((node.rect().min.y, name))
        })
        .collect();
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    rows.into_iter().map(|(_, name)| name).collect()
}

/// Where the 签约 box of a project's row is.
fn row_top(harness: &Harness<'_, TownTrackerApp>, project: &str) -> f32 {
    harness
        .get_by_label(&format!("{project} 签约"))
        .rect()
        .min
        .y
}

#[test]
fn the_row_under_the_pointer_stays_put_when_the_detail_opens() {
    let (_dir, path) = setup();
    let size = [900.0, 600.0];
    let mut harness = harness_sized(&path, date(4, 15), &ScriptedDialogs::default(), None, size);
    let before: Vec<f32> = rows(&harness)
        .iter()
        .map(|p| row_top(&harness, p))
        .collect();
    harness.get_by_label("錦曌新材料").click();
    harness.run();
    harness.get_by_label("删除项目…");
    let after: Vec<f32> = rows(&harness)
        .iter()
        .map(|p| row_top(&harness, p))
        .collect();
    assert_eq!(before, after, "no row moved when the detail opened");
    harness.key_press(Key::ArrowDown);
    harness.run();
    assert_eq!(
        harness.state().view().selected_project,
        harness
            .state()
            .session()
            .ledger
            .projects()
            .find(|p| p.name == "墨達思")
            .map(|p| p.id),
        "↓ lands on the next row"
    );
    let after_move: Vec<f32> = rows(&harness)
        .iter()
        .map(|p| row_top(&harness, p))
        .collect();
    assert_eq!(before, after_move, "another project, the same panel width");

    // Beside the open detail, a 900×600 window still shows each row's name, unit, status,
    // next milestone and its four milestone boxes.
    let list_right = size[0] - detail_width(size[0]);
    let inside = |label: &str| {
        let rect = harness.get_by_label(label).rect();
        assert!(
            rect.max.x <= list_right + 0.5 && rect.width() > 0.0,
            "{label} is cut off: {rect:?}"
        );
    };
    for milestone in ["签约", "开工", "竣工", "投产"] {
        inside(&format!("萬鵬建材 {milestone}"));
    }
    inside("萬鵬建材");
    inside("排序 区镇");
    inside("排序 状态");
    inside("排序 下个节点");
    inside("投产 03-01 逾期45天");
    harness.get_by_label("萬鵬建材 投产").click();
    harness.run();
    assert!(
        checked(&harness, "萬鵬建材 投产"),
        "the box beside the panel works"
    );
}

#[test]
fn the_unit_column_sorts_and_hides_for_one_unit() {
    let (_dir, path) = setup();
    let mut harness = open(&path);
    harness.get_by_label("排序 区镇").click();
    harness.run();
    assert_eq!(
        rows(&harness),
        ["墨達思", "萬鵬建材", "錦曌新材料", "無名項目"],
        "匯 before 東, no unit last"
    );
    harness.get_by_label("排序 区镇").click();
    harness.run();
    assert_eq!(
        rows(&harness),
        ["錦曌新材料", "萬鵬建材", "墨達思", "無名項目"],
        "descending, no unit still last"
    );
    harness.get_by_label_contains("東海鎮 · 2").click();
    harness.run();
    assert!(
        harness.query_by_label("排序 区镇").is_none(),
        "one unit: no unit column"
    );
}

#[test]
fn a_progress_entry_is_edited_and_deleted() {
    let (_dir, path) = setup();
    let mut harness = open(&path);
    harness.get_by_label("萬鵬建材").click();
    harness.run();
    let log = |harness: &Harness<'_, TownTrackerApp>| -> Vec<(NaiveDate, String)> {
        let ledger = &harness.state().session().ledger;
        let project = ledger.projects().find(|p| p.name == "萬鵬建材").unwrap();
        project
            .progress
            .iter()
            .map(|e| (e.date, e.text.clone()))
            .collect()
    };
    assert_eq!(log(&harness)[0].1, "设备安装完成", "newest first");

    harness.get_by_label("推进情况 1").focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_label("推进情况 1")
        .type_text("设备安装调试完成");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(
        log(&harness),
        [
            (date(4, 10), "设备安装调试完成".to_string()),
            (date(4, 1), "设备进场".to_string())
        ]
    );

    harness.get_by_label("删除 推进情况 2").click();
    harness.run();
    assert_eq!(
        log(&harness),
        [(date(4, 10), "设备安装调试完成".to_string())]
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(log(&harness).len(), 2, "deleting is one undo step");
}

#[test]
fn the_selected_project_comes_back_after_a_restart() {
    let (_dir, path) = setup();
    let mut storage = MemoryStorage::default();
    let dialogs = ScriptedDialogs::default();
    let mut first = harness(&path, date(4, 15), &dialogs, Some(&storage));
    first.get_by_label("墨達思").click();
    first.run();
    close(first, &mut storage);
    let again = harness(&path, date(4, 15), &dialogs, Some(&storage));
    again.get_by_label("删除项目…");
    let selected = again.state().view().selected_project;
    let ledger = &again.state().session().ledger;
    assert_eq!(
        selected
            .and_then(|id| ledger.project(id))
            .map(|p| p.name.as_str()),
        Some("墨達思")
    );
}

/// The dashboard: fourteen invented units with long names; unit `i` holds `i + 1` 亿元 in one project.
fn unit_names() -> Vec<String> {
    (0..14)
        .map(|i| format!("青岚{}号滨湖经济开发区", i + 1))
        .collect()
}

fn dashboard_setup() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.ron");
    let mut ledger = Ledger::new();
    for (i, name) in unit_names().iter().enumerate() {
        let unit = UnitId(ledger.allocate_id());
        ledger.apply(Edit::PutUnit(Unit::new(unit, name))).unwrap();
        let mut project = Project::new(
            ProjectId(ledger.allocate_id()),
            format!("云杉{}号厂房", i + 1),
            Some(unit),
        );
        project.investment = Some(Investment {
            yuan: (i as i64 + 1) * 100_000_000,
            qualifier: Default::default(),
            kind: Default::default(),
        });
        ledger.apply(Edit::PutProject(Box::new(project))).unwrap();
    }
    LedgerStore::open(&path).store.save(&mut ledger).unwrap();
    (dir, path)
}

/// The rect of the node labelled `label` that lies on the row spanning `row` (the units panel
/// lists the same names elsewhere).
fn on_row(harness: &Harness<'_, TownTrackerApp>, label: &str, row: Rect) -> Option<Rect> {
    harness
        .query_all_by_label(label)
        .map(|node| node.rect())
        .find(|rect| rect.center().y > row.top() && rect.center().y < row.bottom())
}

#[test]
fn every_bar_is_labelled_and_no_label_overlaps_another() {
    let (_dir, path) = dashboard_setup();
    let mut harness = harness_sized(
        &path,
        date(4, 15),
        &ScriptedDialogs::default(),
        None,
        [1366.0, 768.0],
    );
    harness.get_by_label("仪表盘").click();
    harness.run();

    let names = unit_names();
    let mut labels: Vec<Rect> = Vec::new();
    for (i, name) in names.iter().enumerate().rev().take(12) {
        let figure = format!("{}亿元", i + 1);
        let figure_rect = harness.get_by_label(&figure).rect();
        let name_rect = on_row(&harness, name, figure_rect)
            .unwrap_or_else(|| panic!("the bar of {figure} is labelled {name}"));
        assert!(
            name_rect.right() < figure_rect.left(),
            "{name} stands left of its figure"
        );
        labels.push(name_rect);
        labels.push(figure_rect);
    }
    for (a, first) in labels.iter().enumerate() {
        for second in &labels[a + 1..] {
            assert!(
                !first.shrink(0.5).intersects(second.shrink(0.5)),
                "labels overlap: {first:?} and {second:?}"
            );
        }
    }
    for small in ["1亿元", "2亿元"] {
        assert!(
            harness.query_by_label(small).is_none(),
            "{small} is beyond the ranked twelve"
        );
    }
    harness.get_by_label("另有 2 个区镇");
}
