//! Any text, any CSV made of 推进表 words, numbers and noise, and any bytes under any
//! kind are read without a panic; what is read keeps rows below the header.

use std::io::{Cursor, Read, Write};

use proptest::prelude::*;
use rust_xlsxwriter::Workbook;
use town_tracker_sheet::{
    Cell, MoneyUnit, SheetError, SheetKind, amount_yuan, parse_date_text, percent_points,
    read_sheet_bytes,
};

const WORDS: &[&str] = &[
    "序号",
    "项目名称",
    "所属镇",
    "总投资(万元)",
    "2025年",
    "计划投资",
    "1-4月完成",
    "小计",
    "东岭镇小计",
    "合计",
    "一、东岭镇",
    "（二）续建项目",
    "填表人：某",
    "星河智造产业园项目",
    "1.2亿",
    "1,200.5",
    "—",
    "/",
    "2025.03",
    "6月底",
    "80%",
    "单位：万元",
    "填报单位：青禾街道",
    "",
    "",
    "",
    "\"",
    "(",
    "）",
    "１２",
    "-",
    "9999999999999999999999",
    "0.0000001",
];

fn cell_text() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(WORDS).prop_map(str::to_owned),
        "[0-9.,\\-年月日亿万元%()（）一二、]{0,8}",
        any::<String>(),
    ]
}

fn csv_table() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::collection::vec(cell_text(), 0..8), 0..14).prop_map(|rows| {
        rows.iter()
            .map(|row| {
                row.iter()
                    .map(|cell| format!("\"{}\"", cell.replace('"', "\"\"")))
                    .collect::<Vec<_>>()
                    .join(",")
            })
            .collect::<Vec<_>>()
            .join("\n")
    })
}

proptest! {
    #[test]
    fn values_never_panic(text in any::<String>(), year in proptest::option::of(1900..2100i32)) {
        let _ = parse_date_text(&text, year);
        let cell = Cell::text(text);
        let _ = amount_yuan(&cell, MoneyUnit::HundredMillionYuan);
        let _ = percent_points(&cell, false);
    }

    #[test]
    fn tables_of_sheet_words_never_panic(table in csv_table()) {
        if let Ok(sheet) = read_sheet_bytes(table.as_bytes(), SheetKind::Csv) {
            let last_header_row = *sheet.header_rows.last().unwrap();
            prop_assert!(sheet.rows.iter().all(|row| row.row_number > last_header_row));
            prop_assert!(sheet.skipped.iter().all(|row| row.row_number > last_header_row));
            let remapped = sheet.clone().with_mapping(0, town_tracker_sheet::Field::ProjectName);
            prop_assert!(remapped.is_ok() || sheet.columns.is_empty());
        }
    }

    #[test]
    fn any_bytes_under_any_kind_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        for kind in [SheetKind::Xlsx, SheetKind::Xlsb, SheetKind::Xls, SheetKind::Ods, SheetKind::Csv] {
            let _ = read_sheet_bytes(&bytes, kind);
        }
    }

    #[test]
    fn damaged_workbooks_never_panic(
        damage in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..6),
    ) {
        let mut bytes = real_workbook();
        for (at, byte) in damage {
            let index = at.index(bytes.len());
            bytes[index] = byte;
        }
        let _ = read_sheet_bytes(&bytes, SheetKind::Xlsx);
    }
}

fn real_workbook() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    for (column, header) in ["序号", "项目名称", "总投资(万元)"].into_iter().enumerate()
    {
        sheet.write_string(0, column as u16, header).unwrap();
    }
    sheet.write_number(1, 0, 1).unwrap();
    sheet.write_string(1, 1, "星河智造产业园项目").unwrap();
    sheet.write_number(1, 2, 3000).unwrap();
    workbook.save_to_buffer().unwrap()
}

/// The workbook with `from` replaced by `to` in each of its XML parts.
fn rewritten(bytes: &[u8], from: &str, to: &str) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).unwrap();
        let name = entry.name().unwrap().into_owned();
        let mut text = String::new();
        entry.read_to_string(&mut text).unwrap();
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(text.replace(from, to).as_bytes()).unwrap();
    }
    out.finish().unwrap().into_inner()
}

#[test]
fn an_absurd_cell_reference_is_no_crash() {
    let original = real_workbook();
    assert!(read_sheet_bytes(&rewritten(&original, "", ""), SheetKind::Xlsx).is_ok());
    let damaged = rewritten(&original, "ref=\"A1:C2\"", "ref=\"AAAAAAAAAAAAAAAA1:C2\"");
    assert_ne!(damaged.len(), 0);
    match read_sheet_bytes(&damaged, SheetKind::Xlsx) {
        Ok(_)
        | Err(SheetError::Unreadable {
            kind: SheetKind::Xlsx,
            ..
        }) => {}
        Err(other) => panic!("unexpected error {other:?}"),
    }
}
