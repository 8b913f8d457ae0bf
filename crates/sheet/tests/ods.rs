//! An invented 推进表 as a real OpenDocument spreadsheet, written by hand as its zip of
//! XML parts (no .ods writer is needed), read through calamine: numbers, dates, a title
//! spanning the columns, and the signature winning over a wrong .xlsx name.

use std::io::{Cursor, Write};

use chrono::NaiveDate;
use town_tracker_sheet::{MoneyUnit, SheetKind, SkipReason, read_sheet, read_sheet_bytes};
use zip::write::SimpleFileOptions;

const MIMETYPE: &str = "application/vnd.oasis.opendocument.spreadsheet";

const MANIFEST: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"#;

fn text(value: &str) -> String {
    format!(
        r#"<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>"#
    )
}

fn number(value: f64) -> String {
    format!(
        r#"<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>"#
    )
}

fn date(value: &str) -> String {
    format!(
        r#"<table:table-cell office:value-type="date" office:date-value="{value}"><text:p>{value}</text:p></table:table-cell>"#
    )
}

fn row(cells: &[String]) -> String {
    format!("<table:table-row>{}</table:table-row>", cells.concat())
}

fn content() -> String {
    let title = r#"<table:table-row><table:table-cell table:number-columns-spanned="5" office:value-type="string"><text:p>2025年重大项目推进表</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated="4"/></table:table-row>"#;
    let rows = [
        row(&[
            text("序号"),
            text("项目名称"),
            text("所属镇"),
            text("总投资（亿元）"),
            text("计划竣工时间"),
        ]),
        row(&[
            number(1.0),
            text("星河智造产业园项目"),
            text("东岭镇"),
            number(1.5),
            date("2025-06-30"),
        ]),
        row(&[
            number(2.0),
            text("青禾数据中心"),
            text("青禾街道"),
            text("8000万元"),
            text("2025年四季度"),
        ]),
        row(&[text("合计"), text(""), text(""), number(2.3), text("")]),
    ];
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:spreadsheet><table:table table:name="推进表">{title}{}</table:table></office:spreadsheet></office:body>
</office:document-content>"#,
        rows.concat()
    )
}

fn ods_bytes() -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(MIMETYPE.as_bytes()).unwrap();
    zip.start_file("META-INF/manifest.xml", SimpleFileOptions::default())
        .unwrap();
    zip.write_all(MANIFEST.as_bytes()).unwrap();
    zip.start_file("content.xml", SimpleFileOptions::default())
        .unwrap();
    zip.write_all(content().as_bytes()).unwrap();
    zip.finish().unwrap().into_inner()
}

#[test]
fn an_ods_sheet_reads_its_numbers_dates_and_units() {
    let bytes = ods_bytes();
    assert_eq!(SheetKind::sniff(&bytes), Some(SheetKind::Ods));
    let sheet = read_sheet_bytes(&bytes, SheetKind::Ods).unwrap();
    assert_eq!(sheet.worksheet.as_deref(), Some("推进表"));
    assert_eq!(sheet.title.as_deref(), Some("2025年重大项目推进表"));
    assert_eq!(sheet.header_rows, vec![2]);
    assert_eq!(
        sheet.columns[3].money_unit,
        Some(MoneyUnit::HundredMillionYuan)
    );

    let read: Vec<_> = sheet
        .rows
        .iter()
        .map(|row| {
            (
                row.row_number,
                row.unit.as_deref(),
                row.record.serial.as_deref(),
                row.record.total_investment_yuan,
                row.record.planned_completion,
            )
        })
        .collect();
    assert_eq!(
        read,
        vec![
            (
                3,
                Some("东岭镇"),
                Some("1"),
                Some(150_000_000),
                NaiveDate::from_ymd_opt(2025, 6, 30)
            ),
            (
                4,
                Some("青禾街道"),
                Some("2"),
                Some(80_000_000),
                NaiveDate::from_ymd_opt(2025, 12, 31)
            ),
        ]
    );
    assert_eq!(sheet.rows[0].cells[4].text, "2025-06-30");
    assert_eq!(sheet.skipped.len(), 1);
    assert_eq!(sheet.skipped[0].reason, SkipReason::Subtotal { unit: None });
}

#[test]
fn an_ods_saved_as_xlsx_is_read_as_ods() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("推进表.xlsx");
    std::fs::write(&path, ods_bytes()).unwrap();
    let sheet = read_sheet(&path).unwrap();
    assert_eq!(sheet.rows.len(), 2);
}
