//! The exported files read back: the 推进表 as XLSX (print setup, merged title, frozen header,
//! date cells, subtotal formulas and their values) and as CSV (every printed row), the sheet
//! built from a ledger (grouped by unit, 序号 in print order, 万元), and the 通报 as .docx.

mod office;

use std::collections::BTreeMap;
use std::path::Path;

use chrono::NaiveDate;
use office::{Element, attribute, elements, named, read_entry};
use quick_xml::events::Event;
use town_tracker::export::{
    Block, Cell, ColumnKind, ColumnSpec, ProgressSheet, Report, Section, SheetRequest, UnitGroup,
    progress_sheet, write_csv, write_docx, write_xlsx,
};
use town_tracker::model::money::{AmountKind, Investment, Qualifier};
use town_tracker::model::schedule::{Light, LightThresholds};
use town_tracker::model::{Edit, Ledger, Project, ProjectId, Unit, UnitId};

fn day(month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, month, day).unwrap()
}

fn column(heading: &str, kind: ColumnKind, subtotal: bool) -> ColumnSpec {
    ColumnSpec {
        heading: heading.into(),
        kind,
        subtotal,
    }
}

/// Two invented towns, three projects, one of every kind of cell.
fn sample_sheet() -> ProgressSheet {
    let row = |serial, unit: &str, name: &str, yuan, ratio, target, light| {
        vec![
            Cell::Serial(serial),
            Cell::Text(unit.into()),
            Cell::Text(name.into()),
            Cell::Wan(yuan),
            Cell::Percent(ratio),
            Cell::Date(target),
            Cell::Days(-3),
            Cell::Light(light),
        ]
    };
    ProgressSheet {
        title: "2025年4月重大项目推进表".into(),
        columns: vec![
            column("序号", ColumnKind::Serial, false),
            column("区镇", ColumnKind::Text, false),
            column("项目", ColumnKind::LongText, false),
            column("总投资(万元)", ColumnKind::Wan, true),
            column("占年度计划%", ColumnKind::Percent, false),
            column("开工目标", ColumnKind::Date, false),
            column("剩余天数", ColumnKind::Days, false),
            column("亮灯", ColumnKind::Light, false),
        ],
        groups: vec![
            UnitGroup {
                unit: "东岭镇".into(),
                rows: vec![
                    row(
                        1,
                        "东岭镇",
                        "青石光伏组件",
                        120_000_000,
                        0.25,
                        day(4, 15),
                        Light::Green,
                    ),
                    row(
                        2,
                        "东岭镇",
                        "云杉冷链仓储",
                        35_000,
                        0.5,
                        day(5, 1),
                        Light::Red,
                    ),
                ],
            },
            UnitGroup {
                unit: "西泉经济开发区".into(),
                rows: vec![row(
                    3,
                    "西泉经济开发区",
                    "白鹭精密轴承",
                    80_000_000,
                    1.0,
                    day(6, 30),
                    Light::Yellow,
                )],
            },
        ],
    }
}

/// An XLSX cell as stored: its style index, type, formula and value.
#[derive(Debug, Default, Clone)]
struct StoredCell {
    style: usize,
    kind: String,
    formula: String,
    value: String,
}

/// The sheet's cells by reference ("D5"), shared strings resolved.
fn stored_cells(path: &Path) -> BTreeMap<String, StoredCell> {
    let shared: Vec<String> = named(&elements(&read_entry(path, "xl/sharedStrings.xml")), "si")
        .iter()
        .map(|e| e.text.clone())
        .collect();
    let sheet = read_entry(path, "xl/worksheets/sheet1.xml");
    let mut reader = quick_xml::Reader::from_str(&sheet);
    let mut cells = BTreeMap::new();
    let (mut current, mut reference, mut inside) = (StoredCell::default(), String::new(), "");
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == b"c" => {
                let attr = |name: &[u8]| {
                    e.try_get_attribute(name)
                        .unwrap()
                        .map(|a| String::from_utf8(a.value.to_vec()).unwrap())
                        .unwrap_or_default()
                };
                reference = attr(b"r");
                current = StoredCell {
                    style: attr(b"s").parse().unwrap_or(0),
                    kind: attr(b"t"),
                    ..StoredCell::default()
                };
                cells.insert(reference.clone(), current.clone());
            }
            Event::Start(e) if e.name().as_ref() == b"f" => inside = "f",
            Event::Start(e) if e.name().as_ref() == b"v" => inside = "v",
            Event::Text(t) if !inside.is_empty() => {
                let text = t.decode().unwrap().into_owned();
                if inside == "f" {
                    current.formula = text;
                } else if current.kind == "s" {
                    current.value = shared[text.parse::<usize>().unwrap()].clone();
                } else {
                    current.value = text;
                }
                cells.insert(reference.clone(), current.clone());
            }
            Event::End(e) if matches!(e.name().as_ref(), b"f" | b"v") => inside = "",
            Event::Eof => break,
            _ => {}
        }
    }
    cells
}

/// The number format code of a cell style (an index into `cellXfs`).
fn number_format(path: &Path, style: usize) -> String {
    let xml = read_entry(path, "xl/styles.xml");
    let styles = elements(&xml);
    let codes: BTreeMap<&str, &str> = named(&styles, "numFmt")
        .iter()
        .map(|f| (attribute(f, "numFmtId"), attribute(f, "formatCode")))
        .collect();
    let mut reader = quick_xml::Reader::from_str(&xml);
    let (mut inside, mut ids) = (false, Vec::new());
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) if e.name().as_ref() == b"cellXfs" => inside = true,
            Event::End(e) if e.name().as_ref() == b"cellXfs" => inside = false,
            Event::Start(e) | Event::Empty(e) if inside && e.name().as_ref() == b"xf" => ids.push(
                e.try_get_attribute("numFmtId")
                    .unwrap()
                    .map(|a| String::from_utf8(a.value.to_vec()).unwrap())
                    .unwrap_or_default(),
            ),
            Event::Eof => break,
            _ => {}
        }
    }
    codes
        .get(ids[style].as_str())
        .map(|code| code.to_string())
        .unwrap_or_default()
}

#[test]
fn the_xlsx_prints_on_a4_landscape_one_page_wide_with_title_and_header_repeated() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("推进表.xlsx");
    write_xlsx(&path, &sample_sheet()).unwrap();

    let sheet = elements(&read_entry(&path, "xl/worksheets/sheet1.xml"));
    let setup = named(&sheet, "pageSetup");
    assert_eq!(setup.len(), 1);
    assert_eq!(attribute(setup[0], "orientation"), "landscape");
    assert_eq!(attribute(setup[0], "paperSize"), "9", "A4");
    assert!(
        matches!(attribute(setup[0], "fitToWidth"), "" | "1"),
        "one page wide (1 is the default, so it may be left out)"
    );
    assert_eq!(attribute(setup[0], "fitToHeight"), "0", "any height");
    assert_eq!(attribute(named(&sheet, "pageSetUpPr")[0], "fitToPage"), "1");
    let merged = named(&sheet, "mergeCell");
    assert_eq!(merged.len(), 1);
    assert_eq!(
        attribute(merged[0], "ref"),
        "A1:H1",
        "the title spans all columns"
    );
    let pane = named(&sheet, "pane");
    assert_eq!(attribute(pane[0], "state"), "frozen");
    assert_eq!(attribute(pane[0], "ySplit"), "2", "frozen below the header");
    assert!(named(&sheet, "oddFooter")[0].text.contains("&P"));
    let margins = named(&sheet, "pageMargins");
    assert!(attribute(margins[0], "left").parse::<f64>().unwrap() < 0.5);

    let workbook = elements(&read_entry(&path, "xl/workbook.xml"));
    let titles: Vec<&Element> = named(&workbook, "definedName")
        .into_iter()
        .filter(|e| attribute(e, "name") == "_xlnm.Print_Titles")
        .collect();
    assert_eq!(titles.len(), 1);
    assert_eq!(titles[0].text, "项目推进表!$1:$2");

    let cells = stored_cells(&path);
    assert_eq!(cells["A1"].value, "2025年4月重大项目推进表");
    assert_eq!(cells["D2"].value, "总投资(万元)");
    assert_eq!(cells["C3"].value, "青石光伏组件");
}

#[test]
fn xlsx_dates_are_date_cells_and_amounts_are_wan() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sheet.xlsx");
    write_xlsx(&path, &sample_sheet()).unwrap();
    let cells = stored_cells(&path);
    let target = &cells["F3"];
    assert_eq!(target.kind, "", "a number, not a string");
    assert_eq!(target.value, "45762", "2025-04-15 as an Excel serial day");
    assert_eq!(number_format(&path, target.style), "yyyy-mm-dd");
    let amount = &cells["D3"];
    assert_eq!(amount.value, "12000");
    assert_eq!(number_format(&path, amount.style), "#,##0.00");
    assert_eq!(cells["E3"].value, "0.25");
    assert_eq!(number_format(&path, cells["E3"].style), "0.0%");
    assert_eq!(cells["H4"].value, "红灯");
}

#[test]
fn xlsx_subtotal_rows_sum_each_unit_and_the_total_sums_all() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sheet.xlsx");
    write_xlsx(&path, &sample_sheet()).unwrap();
    let cells = stored_cells(&path);
    // Rows: 1 title, 2 header, 3–4 东岭镇, 5 its subtotal, 6 西泉, 7 its subtotal, 8 合计.
    assert_eq!(cells["B5"].value, "东岭镇 小计");
    assert_eq!(cells["D5"].formula, "SUBTOTAL(9,D3:D4)");
    assert_eq!(cells["D5"].value, "12003.5");
    assert_eq!(cells["B7"].value, "西泉经济开发区 小计");
    assert_eq!(cells["D7"].formula, "SUBTOTAL(9,D6:D6)");
    assert_eq!(cells["D7"].value, "8000");
    assert_eq!(cells["B8"].value, "合计");
    assert_eq!(cells["D8"].formula, "SUBTOTAL(9,D3:D7)");
    assert_eq!(cells["D8"].value, "20003.5");
    assert_eq!(cells["G5"].value, "", "days are not summed");
    assert!(!cells.contains_key("A9"), "nothing after the total");
}

#[test]
fn the_csv_holds_every_printed_row_with_plain_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sheet.csv");
    write_csv(&path, &sample_sheet()).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let text = text.strip_prefix('\u{feff}').expect("a byte-order mark");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines,
        [
            "序号,区镇,项目,总投资(万元),占年度计划%,开工目标,剩余天数,亮灯",
            "1,东岭镇,青石光伏组件,12000,25.0,2025-04-15,-3,绿灯",
            "2,东岭镇,云杉冷链仓储,3.5,50.0,2025-05-01,-3,红灯",
            ",东岭镇 小计,,12003.5,,,,",
            "3,西泉经济开发区,白鹭精密轴承,8000,100.0,2025-06-30,-3,黄灯",
            ",西泉经济开发区 小计,,8000,,,,",
            ",合计,,20003.5,,,,",
        ]
    );
}

/// A ledger where the towns' projects come interleaved, as a sort by date may list them.
fn interleaved_ledger() -> (Ledger, Vec<ProjectId>) {
    let mut ledger = Ledger::new();
    let north = UnitId(ledger.allocate_id());
    let south = UnitId(ledger.allocate_id());
    ledger
        .apply(Edit::PutUnit(Unit::new(north, "北坡镇")))
        .unwrap();
    ledger
        .apply(Edit::PutUnit(Unit::new(south, "南湾镇")))
        .unwrap();
    let mut ids = Vec::new();
    for (name, unit, yuan) in [
        ("松针木业", Some(north), Some(50_000_000)),
        ("海盐化工", Some(south), Some(2_000_000_000)),
        ("杏林康养", Some(north), None),
        ("无主仓库", None, Some(10_000)),
    ] {
        let id = ProjectId(ledger.allocate_id());
        let mut project = Project::new(id, name, unit);
        project.investment = yuan.map(|yuan| Investment {
            yuan,
            qualifier: Qualifier::Exact,
            kind: AmountKind::Total,
        });
        project.milestones.start.target = Some(day(3, 1));
        project.responsible = "刘主任".into();
        ledger.apply(Edit::PutProject(Box::new(project))).unwrap();
        ids.push(id);
    }
    (ledger, ids)
}

#[test]
fn the_sheet_groups_projects_by_unit_and_numbers_them_as_printed() {
    let (ledger, ids) = interleaved_ledger();
    let request = SheetRequest::today(day(4, 15), LightThresholds::default());
    let sheet = progress_sheet(&ledger, &ids, &request);
    assert_eq!(sheet.title, "2025年4月重大项目推进表");
    let headings: Vec<&str> = sheet.columns.iter().map(|c| c.heading.as_str()).collect();
    assert_eq!(
        headings[..15],
        [
            "序号",
            "区镇",
            "项目名称",
            "建设单位",
            "建设性质",
            "建设内容及规模",
            "总投资(万元)",
            "年度计划投资(万元)",
            "本月完成(万元)",
            "1-4月累计完成(万元)",
            "占年度计划%",
            "形象进度",
            "存在问题",
            "责任人",
            "亮灯"
        ],
        "the columns of a real 推进表, in its order"
    );
    assert_eq!(headings[headings.len() - 3..], ["最新进展", "备注", "来源"]);
    let col = |name: &str| headings.iter().position(|h| *h == name).unwrap();
    let units: Vec<&str> = sheet.groups.iter().map(|g| g.unit.as_str()).collect();
    assert_eq!(units, ["北坡镇", "南湾镇", "未分配"]);
    let names: Vec<(Cell, Cell)> = sheet
        .groups
        .iter()
        .flat_map(|g| g.rows.iter())
        .map(|row| (row[0].clone(), row[col("项目名称")].clone()))
        .collect();
    assert_eq!(
        names,
        [
            (Cell::Serial(1), Cell::Text("松针木业".into())),
            (Cell::Serial(2), Cell::Text("杏林康养".into())),
            (Cell::Serial(3), Cell::Text("海盐化工".into())),
            (Cell::Serial(4), Cell::Text("无主仓库".into())),
        ]
    );
    let first = &sheet.groups[0].rows[0];
    assert_eq!(first[col("区镇")], Cell::Text("北坡镇".into()));
    assert_eq!(first[col("总投资(万元)")], Cell::Wan(50_000_000));
    assert_eq!(first[col("开工目标")], Cell::Date(day(3, 1)));
    assert_eq!(first[col("剩余天数(负为逾期)")], Cell::Days(-45));
    assert_eq!(first[col("亮灯")], Cell::Light(Light::Red));
    assert_eq!(first[col("责任人")], Cell::Text("刘主任".into()));
    assert_eq!(
        sheet.groups[0].rows[1][col("总投资(万元)")],
        Cell::Empty,
        "no investment known"
    );
    assert_eq!(sheet.groups[2].rows[0][col("区镇")], Cell::Empty, "no unit");
    assert_eq!(sheet.project_count(), 4);
}

fn sample_report() -> Report {
    Report {
        title: "2025年4月重大项目推进情况通报".into(),
        subtitle: "青禾县重大项目推进办公室 2025年5月6日".into(),
        sections: vec![
            Section {
                heading: "一、总体情况".into(),
                blocks: vec![Block::Paragraph(
                    "全县纳入调度的重大项目共12个，本月新开工3个。".into(),
                )],
            },
            Section {
                heading: "二、各区镇推进情况".into(),
                blocks: vec![
                    Block::Paragraph("各区镇项目推进情况见下表。".into()),
                    Block::Table {
                        headings: vec!["区镇".into(), "项目数".into(), "亮灯".into()],
                        rows: vec![
                            vec!["东岭镇".into(), "5".into(), "绿灯".into()],
                            vec!["西泉经济开发区".into(), "7".into(), "红灯".into()],
                        ],
                    },
                ],
            },
        ],
    }
}

#[test]
fn the_docx_holds_the_report_text_in_order_with_a_bordered_table() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("通报.docx");
    write_docx(&path, &sample_report()).unwrap();

    let document = elements(&read_entry(&path, "word/document.xml"));
    let paragraphs: Vec<String> = named(&document, "w:p")
        .iter()
        .map(|p| p.text.clone())
        .filter(|t| !t.is_empty())
        .collect();
    assert_eq!(
        paragraphs,
        [
            "2025年4月重大项目推进情况通报",
            "青禾县重大项目推进办公室 2025年5月6日",
            "一、总体情况",
            "全县纳入调度的重大项目共12个，本月新开工3个。",
            "二、各区镇推进情况",
            "各区镇项目推进情况见下表。",
            "区镇",
            "项目数",
            "亮灯",
            "东岭镇",
            "5",
            "绿灯",
            "西泉经济开发区",
            "7",
            "红灯",
        ]
    );
    let rows = named(&document, "w:tr");
    assert_eq!(rows.len(), 3, "heading row and two rows");
    assert_eq!(rows[2].text, "西泉经济开发区7红灯");
    let borders = named(&document, "w:tblBorders");
    assert_eq!(borders.len(), 1);
    let inside = named(&document, "w:insideV");
    assert_eq!(attribute(inside[0], "w:val"), "single");

    let styles = elements(&read_entry(&path, "word/styles.xml"));
    let heading = named(&styles, "w:style")
        .into_iter()
        .find(|s| attribute(s, "w:styleId") == "Heading1")
        .expect("a heading style");
    assert_eq!(attribute(heading, "w:type"), "paragraph");
    let east_asian: Vec<&str> = named(&styles, "w:rFonts")
        .iter()
        .map(|f| attribute(f, "w:eastAsia"))
        .collect();
    assert!(east_asian.contains(&"宋体"), "{east_asian:?}");
    assert!(east_asian.contains(&"黑体"), "{east_asian:?}");
}
