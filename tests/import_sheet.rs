//! The monthly cycle from outside: an invented two-header-row 推进表 with a 区镇 column, unit
//! subtotal rows and a total row, amounts in 万元, imported with `import-sheet --accept-all`;
//! every project lands with its plan, its 1–4月 figure and its problem; importing it again
//! changes nothing; without `--accept-all` nothing is written. Then `export --month 2025-04
//! --light-rule progress` shows each project's plan, 1–4月累计, 占年度计划% and the light
//! against 序时进度, and `report --docx` writes the 通报 with its five sections.

mod office;

use std::path::Path;
use std::process::Command;

use rust_xlsxwriter::{Format, Workbook, XlsxError};
use town_tracker::model::Ledger;
use town_tracker::store;

const BIN: &str = env!("CARGO_BIN_EXE_town-tracker");
const WAN: i64 = 10_000;

/// (区镇, 项目名称, 建设单位, 总投资, 年度计划, 1-4月累计, 形象进度, 存在问题, 责任人)
type Row = (
    &'static str,
    &'static str,
    &'static str,
    f64,
    f64,
    f64,
    &'static str,
    &'static str,
    &'static str,
);

const ROWS: [Row; 4] = [
    (
        "东岭镇",
        "星河智造产业园项目",
        "星河科技有限公司",
        30000.0,
        12000.0,
        4500.0,
        "主体结构完成",
        "用电增容待批",
        "王明",
    ),
    (
        "东岭镇",
        "东岭水厂扩建工程",
        "东岭水务公司",
        8000.0,
        3000.0,
        300.0,
        "土方开挖",
        "",
        "李青",
    ),
    (
        "青禾街道",
        "云帆冷链物流中心",
        "云帆物流有限公司",
        20000.0,
        6000.0,
        2400.0,
        "钢结构吊装",
        "",
        "赵远",
    ),
    (
        "青禾街道",
        "青禾新材料二期",
        "青禾新材料公司",
        5000.0,
        2000.0,
        0.0,
        "办理施工许可",
        "",
        "钱进",
    ),
];

fn write_sheet(path: &Path) -> Result<(), XlsxError> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    let plain = Format::new();
    sheet.merge_range(0, 0, 0, 9, "2025年重大项目推进表(1-4月)", &plain)?;
    for (column, text) in [
        (0, "序号"),
        (1, "所属区镇"),
        (2, "项目名称"),
        (3, "建设单位"),
        (4, "总投资(万元)"),
        (7, "形象进度"),
        (8, "存在问题"),
        (9, "责任人"),
    ] {
        sheet.merge_range(1, column, 2, column, text, &plain)?;
    }
    sheet.merge_range(1, 5, 1, 6, "2025年(万元)", &plain)?;
    sheet.write_string(2, 5, "年度计划投资")?;
    sheet.write_string(2, 6, "1-4月累计完成")?;
    let mut line = 3;
    let mut serial = 1;
    for unit in ["东岭镇", "青禾街道"] {
        let rows: Vec<&Row> = ROWS.iter().filter(|row| row.0 == unit).collect();
        for row in &rows {
            sheet.write_number(line, 0, f64::from(serial))?;
            sheet.write_string(line, 1, row.0)?;
            sheet.write_string(line, 2, row.1)?;
            sheet.write_string(line, 3, row.2)?;
            sheet.write_number(line, 4, row.3)?;
            sheet.write_number(line, 5, row.4)?;
            sheet.write_number(line, 6, row.5)?;
            sheet.write_string(line, 7, row.6)?;
            sheet.write_string(line, 8, row.7)?;
            sheet.write_string(line, 9, row.8)?;
            line += 1;
            serial += 1;
        }
        sheet.write_string(line, 1, format!("{unit}小计"))?;
        sheet.write_number(line, 4, rows.iter().map(|row| row.3).sum::<f64>())?;
        line += 1;
    }
    sheet.write_string(line, 1, "合计")?;
    sheet.write_number(line, 4, ROWS.iter().map(|row| row.3).sum::<f64>())?;
    workbook.save(path)
}

fn import(ledger: &Path, sheet: &Path, accept: bool) -> String {
    let mut command = Command::new(BIN);
    command
        .arg("--data")
        .arg(ledger)
        .arg("import-sheet")
        .arg(sheet);
    if accept {
        command.arg("--accept-all");
    }
    let output = command.output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

fn load(path: &Path) -> Ledger {
    store::load(path).unwrap().unwrap().ledger
}

#[test]
fn a_sheet_is_imported_with_plans_and_months_and_again_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = dir.path().join("推进表.xlsx");
    write_sheet(&sheet).unwrap();
    let ledger_path = dir.path().join("台账.ron");

    let printed = import(&ledger_path, &sheet, false);
    assert!(printed.contains("「项目名称」 → project name"), "{printed}");
    assert!(
        printed.contains("「2025年(万元)1-4月累计完成」"),
        "{printed}"
    );
    assert!(printed.contains("3 rows skipped"), "{printed}");
    assert!(
        !ledger_path.exists(),
        "nothing written without --accept-all"
    );

    let printed = import(&ledger_path, &sheet, true);
    assert!(
        printed.contains("row 4 adds 星河智造产业园项目 · 东岭镇 (new)"),
        "{printed}"
    );
    let ledger = load(&ledger_path);
    let units: Vec<&str> = ledger.units().map(|u| u.name.as_str()).collect();
    assert_eq!(units, ["东岭镇", "青禾街道"]);
    assert_eq!(ledger.projects().count(), 4);
    for row in ROWS {
        let project = ledger.projects().find(|p| p.name == row.1).unwrap();
        let unit = ledger.unit(project.unit.unwrap()).unwrap();
        assert_eq!(unit.name, row.0);
        assert_eq!(project.owner.as_deref(), Some(row.2));
        assert_eq!(project.investment.unwrap().yuan, row.3 as i64 * WAN);
        let year = project.plans.year(2025).unwrap();
        assert_eq!(year.planned_yuan, Some(row.4 as i64 * WAN));
        assert_eq!(year.done_through(4), Some(row.5 as i64 * WAN));
        let share = year.share_of_plan(4).unwrap();
        assert!((share - row.5 * 100.0 / row.4).abs() < 0.05, "{share}");
        assert_eq!(year.image_progress_through(4), Some(row.6));
        assert_eq!(project.responsible, row.8);
        let problems: Vec<&str> = project.problems.iter().map(|p| p.text.as_str()).collect();
        let expected: Vec<&str> = Some(row.7).filter(|t| !t.is_empty()).into_iter().collect();
        assert_eq!(problems, expected);
        assert!(
            project.sources[0].sentence.contains(row.1),
            "the row it came from"
        );
        assert!(project.stamps.created.is_some(), "stamped");
    }

    let before = std::fs::read(&ledger_path).unwrap();
    let printed = import(&ledger_path, &sheet, true);
    assert!(
        printed.contains("This sheet was imported before."),
        "{printed}"
    );
    assert!(printed.contains("Nothing changes."), "{printed}");
    assert!(
        printed.contains("row 4 no change 星河智造产业园项目 · 东岭镇"),
        "{printed}"
    );
    assert_eq!(
        std::fs::read(&ledger_path).unwrap(),
        before,
        "not even rewritten"
    );
}

#[test]
fn a_file_that_is_no_sheet_is_refused_in_plain_words() {
    let dir = tempfile::tempdir().unwrap();
    for (name, expected) in [
        ("notes.pdf", "不是能读取的表格格式"),
        ("notes.csv", "不像是项目推进表"),
    ] {
        let bogus = dir.path().join(name);
        std::fs::write(&bogus, "一段说明,不是表格").unwrap();
        let output = Command::new(BIN)
            .arg("--data")
            .arg(dir.path().join("台账.ron"))
            .args(["--lang", "zh", "import-sheet", "--accept-all"])
            .arg(&bogus)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(expected), "{stderr}");
    }
}

fn run(args: &[&std::ffi::OsStr]) -> String {
    let output = Command::new(BIN).args(args).output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// `town-tracker --data LEDGER --today 2025-04-30 COMMAND --month 2025-04 --light-rule
/// progress --FLAG OUT`.
fn april(ledger: &Path, command: &str, flag: &str, out: &Path) -> String {
    let words = [
        "--today",
        "2025-04-30",
        command,
        "--month",
        "2025-04",
        "--light-rule",
        "progress",
        flag,
    ];
    let mut args: Vec<&std::ffi::OsStr> = vec!["--data".as_ref(), ledger.as_os_str()];
    args.extend(words.iter().map(std::ffi::OsStr::new));
    args.push(out.as_os_str());
    run(&args)
}

#[test]
fn the_month_exported_and_reported_after_a_sheet_import() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = dir.path().join("推进表.xlsx");
    write_sheet(&sheet).unwrap();
    let ledger = dir.path().join("台账.ron");
    import(&ledger, &sheet, true);

    let csv = dir.path().join("四月.csv");
    april(&ledger, "export", "--csv", &csv);
    let text = std::fs::read_to_string(&csv).unwrap();
    let mut lines = text.trim_start_matches('\u{feff}').lines();
    let headings: Vec<&str> = lines.next().unwrap().split(',').collect();
    let col = |name: &str| {
        headings
            .iter()
            .position(|h| *h == name)
            .unwrap_or_else(|| panic!("no {name} in {headings:?}"))
    };
    let rows: Vec<Vec<&str>> = lines.map(|line| line.split(',').collect()).collect();
    let lights = ["绿灯", "黄灯", "绿灯", "红灯"];
    for (row, light) in ROWS.iter().zip(lights) {
        let cells = rows
            .iter()
            .find(|cells| cells[col("项目名称")] == row.1)
            .unwrap_or_else(|| panic!("{} missing:\n{text}", row.1));
        assert_eq!(cells[col("区镇")], row.0);
        assert_eq!(cells[col("年度计划投资(万元)")], format!("{}", row.4));
        assert_eq!(cells[col("1-4月累计完成(万元)")], format!("{}", row.5));
        let share: f64 = cells[col("占年度计划%")].parse().unwrap();
        assert!(
            (share - row.5 * 100.0 / row.4).abs() < 0.05,
            "{share} for {}",
            row.1
        );
        assert_eq!(cells[col("亮灯")], light, "{}", row.1);
        assert_eq!(
            cells[col("本月完成(万元)")],
            "",
            "the sheet said nothing of April alone"
        );
    }
    assert!(text.contains("东岭镇 小计"), "{text}");

    let docx = dir.path().join("四月通报.docx");
    let printed = april(&ledger, "report", "--docx", &docx);
    assert!(printed.contains("written to"), "{printed}");
    let paragraphs = office::docx_paragraphs(&docx).join("\n");
    for heading in [
        "一、总体情况",
        "二、各区镇推进情况",
        "三、亮灯项目",
        "四、存在问题",
        "五、本月新开工/竣工投产",
    ] {
        assert!(
            paragraphs.contains(heading),
            "{heading} missing:\n{paragraphs}"
        );
    }
    for unit in ["东岭镇", "青禾街道"] {
        assert!(paragraphs.contains(unit), "{unit} missing");
    }
    assert!(paragraphs.contains("青禾新材料二期"), "the red project");
    assert!(paragraphs.contains("用电增容待批"), "the open problem");
}
