//! The weekly tracking views by label: lights and overdue colouring for a given today, search
//! (Simplified finds Traditional), filters surviving a restart, sorting, goal progress,
//! export to CSV and XLSX (read back), keyboard (Ctrl+F, Space), and switching to English.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use eframe::egui::accesskit::Role;
use eframe::egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

mod common;
mod office;

use common::{MemoryStorage, checked, close, harness};
use town_tracker::app::TownTrackerApp;
use town_tracker::app::file_dialog::ScriptedDialogs;
use town_tracker::intent::Action;
use town_tracker::intent::Change;
use town_tracker::intent::DialogAnswer;
use town_tracker::model::money::{AmountKind, Investment, Qualifier};
use town_tracker::model::{
    Edit, Goal, GoalId, Ledger, Milestone, Project, ProjectId, Unit, UnitId,
};
use town_tracker::store::LedgerStore;

fn date(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, m, d).unwrap()
}

/// A project to write: name, unit, investment in yuan, and what else it has.
type PlannedProject = (&'static str, UnitId, Option<i64>, fn(&mut Project));

/// 東海鎮: 萬鵬建材 (投产 due 03-01, 0.8亿), 錦曌新材料 (投产 due 04-10, 12亿, signed 02-01),
/// 慶旺機械 (签约 due 06-30); 匯龍鎮: 墨達思 (投产 due 04-25, 3亿). A goal: 東海鎮 signs one
/// project of 10亿+ in Q1.
fn write_ledger(path: &Path) {
    let mut ledger = Ledger::new();
    let east = UnitId(ledger.allocate_id());
    let hui = UnitId(ledger.allocate_id());
    ledger
        .apply(Edit::PutUnit(Unit::new(east, "東海鎮")))
        .unwrap();
    ledger
        .apply(Edit::PutUnit(Unit::new(hui, "匯龍鎮")))
        .unwrap();
    let projects: [PlannedProject; 4] = [
        ("萬鵬建材", east, Some(80_000_000), |p| {
            p.milestones.produce.target = Some(date(3, 1));
            p.responsible = "张镇长".into();
        }),
        ("錦曌新材料", east, Some(1_200_000_000), |p| {
            p.milestones.produce.target = Some(date(4, 10));
            p.milestones.sign.done = Some(date(2, 1));
        }),
        ("慶旺機械", east, None, |p| {
            p.milestones.sign.target = Some(date(6, 30))
        }),
        ("墨達思", hui, Some(300_000_000), |p| {
            p.milestones.produce.target = Some(date(4, 25))
        }),
    ];
    for (name, unit, yuan, edit) in projects {
        let mut project = Project::new(ProjectId(ledger.allocate_id()), name, Some(unit));
        project.investment = yuan.map(|yuan| Investment {
            yuan,
            qualifier: Qualifier::Exact,
            kind: AmountKind::Total,
        });
        edit(&mut project);
        ledger.apply(Edit::PutProject(Box::new(project))).unwrap();
    }
    let goal = Goal {
        id: GoalId(ledger.allocate_id()),
        unit: Some(east),
        milestone: Milestone::Sign,
        count: 1,
        min_investment_yuan: Some(1_000_000_000),
        from: None,
        by: Some(date(3, 31)),
        text: "确保一季度新签约10亿元以上项目1个".into(),
        source: None,
        stamps: Default::default(),
    };
    ledger.apply(Edit::PutGoal(goal)).unwrap();
    LedgerStore::open(path).store.save(&mut ledger).unwrap();
}

fn open_with(
    path: &Path,
    dialogs: &ScriptedDialogs,
    storage: Option<&MemoryStorage>,
) -> Harness<'static, TownTrackerApp> {
    harness(path, date(4, 15), dialogs, storage)
}

fn open(path: &Path) -> Harness<'static, TownTrackerApp> {
    open_with(path, &ScriptedDialogs::default(), None)
}

fn setup() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.ron");
    write_ledger(&path);
    (dir, path)
}

fn visible_projects(harness: &Harness<'_, TownTrackerApp>) -> Vec<String> {
    let mut rows: Vec<(f32, String)> = harness
        .get_all_by_role(Role::CheckBox)
        .filter_map(|node| {
            let label = node.accesskit_node().label()?;
            let name = label.strip_suffix(" 签约")?.to_string();
            Some((node.rect().min.y, name))
        })
        .collect();
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    rows.into_iter().map(|(_, name)| name).collect()
}

fn search(harness: &mut Harness<'static, TownTrackerApp>, text: &str) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "搜索")
        .type_text(text);
    harness.run();
}

#[test]
fn lights_and_days_follow_today() {
    let (_dir, path) = setup();
    let harness = open(&path);
    harness.get_by_label("萬鵬建材 红灯");
    harness.get_by_label("錦曌新材料 黄灯");
    harness.get_by_label("慶旺機械 绿灯");
    harness.get_by_label("墨達思 绿灯");
    harness.get_by_label("東海鎮 红灯");
    harness.get_by_label("東海鎮 黄灯");
    harness.get_by_label("投产 03-01 逾期45天");
    harness.get_by_label("投产 04-10 逾期5天");
    harness.get_by_label("签约 06-30 剩76天");
    harness.get_by_label("投产 04-25 剩10天");
}

#[test]
fn simplified_search_finds_traditional_projects_and_ctrl_f_focuses_it() {
    let (_dir, path) = setup();
    let mut harness = open(&path);
    assert_eq!(visible_projects(&harness).len(), 4);
    search(&mut harness, "万鹏");
    assert!(
        harness
            .get_by_role_and_label(Role::TextInput, "搜索")
            .is_focused()
    );
    assert_eq!(visible_projects(&harness), ["萬鵬建材"]);
    search(&mut harness, "张镇长");
    assert_eq!(visible_projects(&harness), ["萬鵬建材"]);
    search(&mut harness, "汇龙");
    assert_eq!(visible_projects(&harness), ["墨達思"]);
}

#[test]
fn headings_sort_and_filters_survive_a_restart() {
    let (_dir, path) = setup();
    let dialogs = ScriptedDialogs::default();
    let mut harness = open_with(&path, &dialogs, None);
    harness.get_by_label("排序 投资").click();
    harness.run();
    assert_eq!(
        visible_projects(&harness),
        ["萬鵬建材", "墨達思", "錦曌新材料", "慶旺機械"],
        "no amount goes last"
    );
    harness.get_by_label("排序 投资").click();
    harness.run();
    assert_eq!(
        visible_projects(&harness),
        ["錦曌新材料", "墨達思", "萬鵬建材", "慶旺機械"],
        "also when descending"
    );

    harness.get_by_label("14天内到期").click();
    harness.run();
    assert_eq!(
        visible_projects(&harness),
        ["墨達思"],
        "due in 10 days; the overdue ones are late, not due soon"
    );

    let mut storage = MemoryStorage::default();
    close(harness, &mut storage);
    let harness = open_with(&path, &dialogs, Some(&storage));
    assert_eq!(
        visible_projects(&harness),
        ["墨達思"],
        "the filter came back"
    );
}

#[test]
fn goal_progress_counts_signed_projects() {
    let (_dir, path) = setup();
    let mut harness = open(&path);
    assert!(
        harness
            .get_all_by_label_contains("東海鎮: 签约 10亿元以上 ×1")
            .count()
            >= 1
    );
    assert!(
        harness.get_all_by_role(Role::ProgressIndicator).any(|n| n
            .accesskit_node()
            .label()
            .is_some_and(|l| l.ends_with("1/1"))),
        "錦曌新材料 (12亿, signed 02-01) meets the goal"
    );
    harness.get_by_label("錦曌新材料 签约").click();
    harness.run();
    assert!(
        harness.get_all_by_role(Role::ProgressIndicator).any(|n| n
            .accesskit_node()
            .label()
            .is_some_and(|l| l.ends_with("0/1"))),
        "unticking the signature takes it back"
    );
}

#[test]
fn space_toggles_the_focused_milestone() {
    let (_dir, path) = setup();
    let mut harness = open(&path);
    harness.get_by_label("萬鵬建材 竣工").focus();
    harness.run();
    harness.key_press(Key::Space);
    harness.run();
    assert!(checked(&harness, "萬鵬建材 竣工"));
}

/// Reads an XLSX sheet's cells (shared strings resolved) row by row.
fn read_xlsx(path: &Path) -> Vec<Vec<String>> {
    let shared_xml = office::read_entry(path, "xl/sharedStrings.xml");
    let sheet_xml = office::read_entry(path, "xl/worksheets/sheet1.xml");
    let texts = |xml: &str, tag: &[u8]| -> Vec<Vec<String>> {
        let mut reader = quick_xml::Reader::from_str(xml);
        let (mut out, mut current, mut value) = (Vec::new(), Vec::new(), false);
        loop {
            match reader.read_event().unwrap() {
                quick_xml::events::Event::Start(e) if e.name().as_ref() == tag => {
                    current = Vec::new()
                }
                quick_xml::events::Event::Start(e) if matches!(e.name().as_ref(), b"t" | b"v") => {
                    value = true
                }
                quick_xml::events::Event::Text(t) if value => {
                    current.push(t.decode().unwrap().into_owned())
                }
                quick_xml::events::Event::End(e) if matches!(e.name().as_ref(), b"t" | b"v") => {
                    value = false
                }
                quick_xml::events::Event::End(e) if e.name().as_ref() == tag => {
                    out.push(std::mem::take(&mut current))
                }
                quick_xml::events::Event::Eof => break,
                _ => {}
            }
        }
        out
    };
    let shared: Vec<String> = texts(&shared_xml, b"si")
        .into_iter()
        .map(|parts| parts.concat())
        .collect();
    let mut reader = quick_xml::Reader::from_str(&sheet_xml);
    let (mut rows, mut row, mut kind, mut value) = (Vec::new(), Vec::new(), String::new(), false);
    loop {
        match reader.read_event().unwrap() {
            quick_xml::events::Event::Start(e) if e.name().as_ref() == b"row" => row = Vec::new(),
            quick_xml::events::Event::Start(e) if e.name().as_ref() == b"c" => {
                kind = e
                    .try_get_attribute("t")
                    .unwrap()
                    .map(|a| String::from_utf8(a.value.to_vec()).unwrap())
                    .unwrap_or_default();
            }
            quick_xml::events::Event::Start(e) if e.name().as_ref() == b"v" => value = true,
            quick_xml::events::Event::Text(t) if value => {
                let text = t.decode().unwrap().into_owned();
                row.push(if kind == "s" {
                    shared[text.parse::<usize>().unwrap()].clone()
                } else {
                    text
                });
            }
            quick_xml::events::Event::End(e) if e.name().as_ref() == b"v" => value = false,
            quick_xml::events::Event::End(e) if e.name().as_ref() == b"row" => {
                rows.push(std::mem::take(&mut row))
            }
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    rows
}

#[test]
fn export_writes_the_filtered_list_as_csv_and_xlsx() {
    let (dir, path) = setup();
    let dialogs = ScriptedDialogs::default();
    let mut harness = open_with(&path, &dialogs, None);
    harness
        .get_by_role_and_label(Role::Button, "東海鎮 · 3 · 12.8亿元")
        .click();
    harness.run();

    let csv_path = dir.path().join("sheet.csv");
    dialogs.answer(DialogAnswer::Picked(vec![csv_path.clone()]));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run();
    let bytes = std::fs::read(&csv_path).unwrap();
    assert!(bytes.starts_with("\u{feff}".as_bytes()), "UTF-8 with BOM");
    let text = String::from_utf8(bytes).unwrap();
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers = reader.headers().unwrap().clone();
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    assert_eq!(&headers[0], "序号");
    assert_eq!(&headers[1], "区镇");
    assert_eq!(&headers[2], "项目名称");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(
        rows.len(),
        5,
        "only 東海鎮's three projects, its subtotal and the total"
    );
    assert_eq!(&rows[3][1], "東海鎮 小计");
    assert_eq!(&rows[4][1], "合计");
    let wan = rows.iter().find(|r| &r[2] == "萬鵬建材").unwrap();
    assert_eq!(&wan[1], "東海鎮");
    assert_eq!(&wan[column("总投资(万元)")], "8000", "万元");
    assert_eq!(&wan[column("投产目标")], "2025-03-01");
    assert_eq!(&wan[column("剩余天数(负为逾期)")], "-45");
    assert_eq!(&wan[column("亮灯")], "红灯");
    assert_eq!(&wan[column("责任人")], "张镇长");

    let xlsx_path = dir.path().join("sheet.xlsx");
    dialogs.answer(DialogAnswer::Picked(vec![xlsx_path.clone()]));
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::E);
    harness.run();
    let sheet = read_xlsx(&xlsx_path);
    assert_eq!(sheet[0][0], "2025年4月重大项目推进表");
    assert_eq!(sheet[1][..2], ["序号", "区镇"]);
    assert_eq!(
        sheet.len(),
        7,
        "title, heading, three projects, subtotal and total"
    );
    let jin = sheet
        .iter()
        .find(|r| r.get(2).is_some_and(|name| name == "錦曌新材料"))
        .unwrap();
    let at = |text: &str| jin.iter().position(|cell| cell == text);
    assert!(at("120000").is_some(), "万元: {jin:?}");
    assert!(at("120000") < at("已签约"), "总投资 before 状态: {jin:?}");
}

#[test]
fn the_whole_window_switches_to_english() {
    let (_dir, path) = setup();
    let mut harness = open(&path);
    harness.get_by_label("视图").click();
    harness.run();
    harness.get_by_label("English").click();
    harness.run();
    harness.get_by_label("File");
    harness.get_by_label("Sort by Investment");
    harness.get_by_label("Wanpeng".replace("Wanpeng", "萬鵬建材 Completed").as_str());
    assert!(harness.query_by_label("文件").is_none());
}

#[test]
fn a_target_date_is_picked_from_the_calendar() {
    let (_dir, path) = setup();
    let mut harness = open(&path);
    harness.get_by_label("萬鵬建材").click();
    harness.run();
    harness.get_by_label("投产 目标日期 2025-03-01").click();
    harness.run();
    harness.get_by_label_contains("2025年3月");
    harness.get_by_label("下个月").click();
    harness.run();
    harness.get_by_label("2025-04-20").click();
    harness.run();
    harness.get_by_label("投产 04-20 剩5天");
    let project = harness
        .state()
        .session()
        .ledger
        .projects()
        .find(|p| p.name == "萬鵬建材")
        .unwrap()
        .clone();
    assert_eq!(project.milestones.produce.target, Some(date(4, 20)));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    harness.get_by_label("投产 03-01 逾期45天");
}

#[test]
fn a_goal_is_added_by_hand() {
    let (_dir, path) = setup();
    let mut harness = open(&path);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::G);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "新目标说明")
        .focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "新目标说明")
        .type_text("力争上半年开工亿元以上项目2个");
    harness.run();
    harness.get_by_label("添加目标").click();
    harness.run();
    let goals: Vec<_> = harness.state().session().ledger.goals().cloned().collect();
    assert_eq!(goals.len(), 2);
    assert_eq!(goals[1].text, "力争上半年开工亿元以上项目2个");
    assert!(harness.get_all_by_role(Role::ProgressIndicator).count() >= 2);
}

#[test]
fn arrow_keys_move_the_selection_down_the_list() {
    let (_dir, path) = setup();
    let mut harness = open(&path);
    let order = visible_projects(&harness);
    let selected_name = |harness: &Harness<'_, TownTrackerApp>| {
        let id = harness.state().view().selected_project?;
        Some(harness.state().session().ledger.project(id)?.name.clone())
    };
    harness.key_press(Key::ArrowDown);
    harness.run();
    assert_eq!(selected_name(&harness).as_ref(), Some(&order[0]));
    harness.key_press(Key::ArrowDown);
    harness.key_press(Key::ArrowDown);
    harness.run();
    assert_eq!(selected_name(&harness).as_ref(), Some(&order[2]));
    harness.key_press(Key::ArrowUp);
    harness.run();
    assert_eq!(selected_name(&harness).as_ref(), Some(&order[1]));
}

#[test]
fn stepping_a_goal_count_is_one_undo_step() {
    let (_dir, path) = setup();
    let mut harness = open(&path);
    let first_goal = |harness: &Harness<'_, TownTrackerApp>| {
        harness
            .state()
            .session()
            .ledger
            .goals()
            .next()
            .cloned()
            .expect("the ledger's goal")
    };
    let goal = first_goal(&harness);
    let ctx = harness.ctx.clone();
    for step in 1..=3 {
        let mut stepped = goal.clone();
        stepped.count = goal.count + step;
        harness
            .state_mut()
            .apply(&ctx, Action::Change(Change::UpdateGoal(Box::new(stepped))));
    }
    harness.run();
    assert_eq!(first_goal(&harness).count, goal.count + 3);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        first_goal(&harness).count,
        goal.count,
        "one undo takes back the three quick steps a drag makes"
    );
}
