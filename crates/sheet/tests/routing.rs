//! Files reach the right reader: by extension whatever its case, by signature when a
//! workbook wears another workbook's extension, and each failure is its own error.

use std::path::Path;

use rust_xlsxwriter::Workbook;
use town_tracker_sheet::{SheetError, SheetKind, read_sheet};

fn small_workbook(with_header: bool) -> Vec<u8> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    if with_header {
        sheet.write_string(0, 0, "项目名称").unwrap();
        sheet.write_string(0, 1, "总投资(万元)").unwrap();
    }
    sheet.write_string(1, 0, "星河智造产业园项目").unwrap();
    sheet.write_number(1, 1, 3000).unwrap();
    workbook.save_to_buffer().unwrap()
}

fn saved(folder: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = folder.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn workbooks_and_csv_are_read_by_extension_and_signature() {
    let folder = tempfile::tempdir().unwrap();
    for name in ["推进表.xlsx", "推进表.XLSX", "推进表.xls", "推进表.ods"] {
        let sheet = read_sheet(&saved(folder.path(), name, &small_workbook(true)))
            .unwrap_or_else(|error| panic!("{name}: {error}"));
        assert_eq!(
            sheet.rows[0].record.total_investment_yuan,
            Some(30_000_000),
            "{name}"
        );
        assert_eq!(sheet.worksheet.as_deref(), Some("Sheet1"), "{name}");
    }
    let csv = saved(
        folder.path(),
        "推进表.csv",
        "项目名称,总投资\n青禾项目,5\n".as_bytes(),
    );
    assert_eq!(
        read_sheet(&csv).unwrap().rows[0]
            .record
            .total_investment_yuan,
        Some(50_000)
    );
}

#[test]
fn each_failure_says_what_went_wrong() {
    let folder = tempfile::tempdir().unwrap();
    let broken_ods = saved(folder.path(), "推进表.ods", b"not a spreadsheet");
    assert!(matches!(
        read_sheet(&broken_ods),
        Err(SheetError::Unreadable {
            kind: SheetKind::Ods,
            ..
        })
    ));
    let broken_xls = saved(folder.path(), "推进表.xls", b"not a spreadsheet");
    assert!(matches!(
        read_sheet(&broken_xls),
        Err(SheetError::Unreadable {
            kind: SheetKind::Xls,
            ..
        })
    ));
    let word = saved(folder.path(), "推进表.docx", b"PK\x03\x04");
    assert!(matches!(
        read_sheet(&word),
        Err(SheetError::UnsupportedFormat { extension }) if extension == "docx"
    ));
    assert!(matches!(
        read_sheet(&folder.path().join("不存在.xlsx")),
        Err(SheetError::Io { .. })
    ));
    let headless = saved(folder.path(), "推进表.xlsx", &small_workbook(false));
    assert!(matches!(
        read_sheet(&headless),
        Err(SheetError::NoHeader { worksheets: 1 })
    ));
}
