//! A real .xls (BIFF8) workbook: `fixtures/two-towns.xls` is `fixtures/two-towns.csv` (an
//! invented two-town 推进表 with a title row, two header rows, 小计 and 合计 rows) converted by
//! LibreOffice (`soffice --headless --infilter="CSV:44,34,76,1" --convert-to xls
//! two-towns.csv`). Read as .xls, it gives what the CSV gives.

use std::path::Path;

use town_tracker_sheet::{Field, SheetKind, read_sheet};

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

#[test]
fn an_xls_workbook_reads_like_the_csv_it_was_made_from() {
    let xls = read_sheet(&fixture("two-towns.xls")).unwrap();
    let csv = read_sheet(&fixture("two-towns.csv")).unwrap();
    assert_eq!(
        SheetKind::from_path(&fixture("two-towns.xls")).unwrap(),
        SheetKind::Xls
    );
    assert_eq!(xls.title.as_deref(), Some("2025年重大项目推进表(1-4月)"));
    assert_eq!((xls.year, xls.month), (Some(2025), Some(4)));
    let names: Vec<_> = xls.rows.iter().map(|row| row.record.name.clone()).collect();
    assert_eq!(
        names,
        csv.rows
            .iter()
            .map(|row| row.record.name.clone())
            .collect::<Vec<_>>()
    );
    assert_eq!(xls.rows.len(), 4);
    assert_eq!(xls.skipped.len(), 3, "two 小计 rows and the 合计");
    let first = &xls.rows[0];
    assert_eq!(first.unit.as_deref(), Some("东岭镇"));
    assert_eq!(first.record.total_investment_yuan, Some(300_000_000));
    assert_eq!(first.record.annual_plan_yuan, Some(120_000_000));
    assert_eq!(first.record.year_to_date_yuan, Some(45_000_000));
    let fields: Vec<Field> = xls.columns.iter().map(|c| c.field).collect();
    assert_eq!(
        fields,
        csv.columns.iter().map(|c| c.field).collect::<Vec<_>>()
    );
}
