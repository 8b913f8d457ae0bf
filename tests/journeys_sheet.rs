//! The spreadsheet journey by label, with a scripted file dialog: 文件 → 导入表格…, the review
//! shows how each column was read and every project row; one column's meaning is corrected,
//! a row unticked, the rest accepted as one step, and undone.

use chrono::NaiveDate;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

mod common;
mod office;

use common::{MemoryStorage, checked, close, harness};
use town_tracker::app::TownTrackerApp;
use town_tracker::app::file_dialog::ScriptedDialogs;
use town_tracker::intent::DialogAnswer;

const SHEET: &str = "2025年重大项目推进表(1-3月)\n\
序号,所属区镇,项目名称,总投资(万元),2025年计划投资(万元),1-3月累计完成(万元)\n\
1,东岭镇,星河智造产业园项目,30000,12000,3000\n\
2,东岭镇,东岭水厂扩建工程,8000,3000,200\n\
3,青禾街道,云帆冷链物流中心,20000,6000,1500\n\
,合计,,58000,21000,4700\n";

/// A new ledger in a folder of its own, today 2025-`month`-`day`, with [`SHEET`] saved there
/// as `name` and opened through 文件 → 导入表格….
fn sheet_under_review(
    name: &str,
    month: u32,
    day: u32,
) -> (
    tempfile::TempDir,
    ScriptedDialogs,
    Harness<'static, TownTrackerApp>,
) {
    let dir = tempfile::tempdir().unwrap();
    let sheet = dir.path().join(name);
    std::fs::write(&sheet, SHEET).unwrap();
    let dialogs = ScriptedDialogs::default();
    let mut harness = harness(
        &dir.path().join("台账.ron"),
        NaiveDate::from_ymd_opt(2025, month, day).unwrap(),
        &dialogs,
        None,
    );
    dialogs.answer(DialogAnswer::Picked(vec![sheet]));
    harness.get_by_label("文件").click();
    harness.run();
    harness.get_by_label_contains("导入表格…").click();
    harness.run();
    (dir, dialogs, harness)
}

#[test]
fn a_sheet_is_reviewed_a_column_corrected_accepted_and_undone() {
    let (_dir, _dialogs, mut harness) = sheet_under_review("一季度推进表.csv", 4, 10);
    harness.get_by_label_contains("导入表格 · 一季度推进表.csv");
    harness.get_by_label("「所属区镇」");
    harness.get_by_label_contains("第3行 星河智造产业园项目");
    assert_eq!(harness.get_all_by_label("东岭镇(新) · 新增").count(), 2);
    harness.get_by_label("青禾街道(新) · 新增");
    assert!(
        harness.query_by_label_contains("合计").is_none(),
        "the total row is skipped"
    );

    harness.get_by_label("「总投资(万元)」的含义").click();
    harness.run();
    harness.get_by_label("(不导入)").click();
    harness.run();
    assert!(
        harness.query_by_label_contains("总投资 3.0亿元").is_none(),
        "the column is no longer read as 总投资"
    );
    assert!(checked(&harness, "第5行 云帆冷链物流中心"));
    harness.get_by_label("第5行 云帆冷链物流中心").click();
    harness.run();
    assert!(!checked(&harness, "第5行 云帆冷链物流中心"));
    harness.get_by_label("导入 2 行").click();
    harness.run();

    let ledger = &harness.state().session().ledger;
    let names: Vec<&str> = ledger.projects().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["星河智造产业园项目", "东岭水厂扩建工程"]);
    let first = ledger.projects().next().unwrap();
    assert_eq!(
        first.investment, None,
        "the corrected column was not imported"
    );
    assert_eq!(
        first.plans.year(2025).unwrap().done_through(3),
        Some(30_000_000)
    );
    harness.get_by_label_contains("已导入表格《一季度推进表.csv》:2 行");

    harness.get_by_label("编辑").click();
    harness.run();
    harness.get_by_label_contains("撤销").click();
    harness.run();
    assert!(
        harness.state().session().ledger.is_empty(),
        "one step undoes it all"
    );
    let path = harness.state().session().store.path().to_path_buf();
    close(harness, &mut MemoryStorage::default());
    let saved = town_tracker::store::load(&path).unwrap().unwrap().ledger;
    assert_eq!(
        saved.projects().count(),
        0,
        "the undone import is not on disk"
    );
}

#[test]
fn the_month_report_is_written_from_the_file_menu() {
    let (dir, dialogs, mut harness) = sheet_under_review("推进表.csv", 3, 31);
    harness.get_by_label("导入 3 行").click();
    harness.run();

    let docx = dir.path().join("三月通报.docx");
    dialogs.answer(DialogAnswer::Picked(vec![docx.clone()]));
    harness.get_by_label("文件").click();
    harness.run();
    harness.get_by_label_contains("生成月度通报…").click();
    harness.run();
    harness.get_by_label_contains("已生成2025年3月通报");
    let text = office::docx_paragraphs(&docx).join("\n");
    assert!(
        text.contains("全市重大项目推进情况通报(2025年3月)"),
        "{text}"
    );
    assert!(text.contains("1-3月累计完成投资4700.0万元"), "{text}");
    assert!(text.contains("青禾街道"), "{text}");
}
