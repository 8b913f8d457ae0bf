//! Invented 推进表 saved as CSV, in UTF-8 with a BOM and in GBK: a two-row header saved
//! without its merge, a unit column left empty under a merged cell, amounts written as
//! text, percentages and dates in several forms.

use chrono::NaiveDate;
use town_tracker_sheet::{Field, MoneyUnit, SheetKind, SkipReason, UnitSource, read_sheet_bytes};

const TWO_TOWNS: &str = "\
2025年1—4月东岭镇重大项目推进情况表,,,,,,,,
序号,所属镇,项目名称,总投资(万元),2025年,,完成率(%),计划开工时间,备注
,,,,计划投资,1至4月完成,,,
1,东岭镇,星河智造产业园项目,\"1,200.5\",600,150,25,2025-03-15,
2,,东岭冷链物流中心,800,/,—,,2025/6,
,,东岭镇小计,\"2,000.5\",600,150,,,
3,青禾街道,青禾新材料项目,1.2亿,3000,900,30%,6月底,暂缓
合计,,,,,,,,
填表人：王某某,,,,,,,,
";

fn day(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap()
}

fn with_bom(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(text.as_bytes());
    bytes
}

#[test]
fn a_utf8_csv_with_a_bom_reads_every_value() {
    let sheet = read_sheet_bytes(&with_bom(TWO_TOWNS), SheetKind::Csv).unwrap();
    assert_eq!(sheet.worksheet, None);
    assert_eq!(
        sheet.title.as_deref(),
        Some("2025年1—4月东岭镇重大项目推进情况表")
    );
    assert_eq!(sheet.header_rows, vec![2, 3]);
    assert_eq!((sheet.year, sheet.month), (Some(2025), Some(4)));
    assert_eq!(sheet.columns[1].field, Field::Unit);
    assert_eq!(sheet.columns[4].header_text, "2025年计划投资");
    assert_eq!(
        sheet.columns[4].field,
        Field::AnnualPlan { year: Some(2025) }
    );
    assert!(sheet.columns[4].money_unit_guessed);
    assert_eq!(
        sheet.columns[5].field,
        Field::YearToDateCompleted {
            through_month: Some(4)
        }
    );
    assert_eq!(sheet.columns[6].field, Field::CompletionRate);
    assert_eq!(
        sheet.columns[3].money_unit,
        Some(MoneyUnit::TenThousandYuan)
    );

    let [first, second, third] = &sheet.rows[..] else {
        panic!("three project rows expected, got {:?}", sheet.rows);
    };
    assert_eq!(first.row_number, 4);
    assert_eq!(first.unit.as_deref(), Some("东岭镇"));
    assert_eq!(first.unit_source, Some(UnitSource::Column));
    assert_eq!(first.record.name.as_deref(), Some("星河智造产业园项目"));
    assert_eq!(first.record.total_investment_yuan, Some(12_005_000));
    assert_eq!(first.record.annual_plan_yuan, Some(6_000_000));
    assert_eq!(first.record.year_to_date_yuan, Some(1_500_000));
    assert_eq!(first.record.completion_percent, Some(25.0));
    assert_eq!(first.record.planned_start, Some(day(2025, 3, 15)));
    assert_eq!(first.record.remarks, None);
    assert_eq!(first.cells[3].text, "1,200.5");

    assert_eq!(second.row_number, 5);
    assert_eq!(second.unit.as_deref(), Some("东岭镇"));
    assert_eq!(second.unit_source, Some(UnitSource::CarriedDown));
    assert_eq!(second.record.total_investment_yuan, Some(8_000_000));
    assert_eq!(second.record.annual_plan_yuan, None);
    assert_eq!(second.record.year_to_date_yuan, None);
    assert_eq!(second.record.completion_percent, None);
    assert_eq!(second.record.planned_start, Some(day(2025, 6, 30)));

    assert_eq!(third.row_number, 7);
    assert_eq!(third.unit.as_deref(), Some("青禾街道"));
    assert_eq!(third.record.serial.as_deref(), Some("3"));
    assert_eq!(third.record.total_investment_yuan, Some(120_000_000));
    assert_eq!(third.record.annual_plan_yuan, Some(30_000_000));
    assert_eq!(third.record.year_to_date_yuan, Some(9_000_000));
    assert_eq!(third.record.completion_percent, Some(30.0));
    assert_eq!(third.record.planned_start, Some(day(2025, 6, 30)));
    assert_eq!(third.record.remarks.as_deref(), Some("暂缓"));

    let skipped: Vec<(u32, SkipReason)> = sheet
        .skipped
        .iter()
        .map(|row| (row.row_number, row.reason.clone()))
        .collect();
    assert_eq!(
        skipped,
        vec![
            (
                6,
                SkipReason::Subtotal {
                    unit: Some("东岭镇".to_owned())
                }
            ),
            (8, SkipReason::Subtotal { unit: None }),
            (9, SkipReason::Note),
        ]
    );
}

#[test]
fn the_same_table_in_gbk_reads_the_same() {
    let (gbk, _, unmappable) = encoding_rs::GBK.encode(TWO_TOWNS);
    assert!(!unmappable);
    assert!(std::str::from_utf8(&gbk).is_err());
    let from_gbk = read_sheet_bytes(&gbk, SheetKind::Csv).unwrap();
    let from_utf8 = read_sheet_bytes(&with_bom(TWO_TOWNS), SheetKind::Csv).unwrap();
    assert_eq!(from_gbk, from_utf8);
    assert_eq!(
        from_gbk.rows[2].record.name.as_deref(),
        Some("青禾新材料项目")
    );
}

#[test]
fn without_a_unit_column_named_subtotals_and_the_reporting_unit_give_rows_their_unit() {
    let table = "\
填报单位：东岭镇,
项目名称,总投资
东岭光伏项目,100
东岭仓储项目,200
青禾片区小计,300
东岭数据中心,400
小计,400
";
    let sheet = read_sheet_bytes(table.as_bytes(), SheetKind::Csv).unwrap();
    assert_eq!(sheet.reporting_unit.as_deref(), Some("东岭镇"));
    let units: Vec<(Option<&str>, Option<UnitSource>)> = sheet
        .rows
        .iter()
        .map(|row| (row.unit.as_deref(), row.unit_source))
        .collect();
    assert_eq!(
        units,
        vec![
            (Some("青禾片区"), Some(UnitSource::Subtotal)),
            (Some("青禾片区"), Some(UnitSource::Subtotal)),
            (Some("东岭镇"), Some(UnitSource::ReportingUnit)),
        ]
    );
    assert!(sheet.columns[1].money_unit_guessed);
    assert_eq!(sheet.rows[2].record.total_investment_yuan, Some(4_000_000));
}
