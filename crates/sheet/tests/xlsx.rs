//! An invented two-town 推进表 written with rust_xlsxwriter: a merged title, two header rows
//! with a merged "2025年（万元）" group, section rows, 小计 and 合计 rows and a note at the
//! bottom, read back value by value.

use chrono::NaiveDate;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet, XlsxError};
use town_tracker_sheet::{
    Category, Field, MoneyUnit, SheetKind, SkipReason, UnitSource, read_sheet_bytes,
};

const WAN: i64 = 10_000;

fn day(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap()
}

/// Columns: 序号 项目名称 建设单位 建设性质 总投资（万元） [2025年（万元）: 计划投资 1-4月完成]
/// 开工以来累计完成 形象进度 计划竣工时间 联系电话 备注.
fn write_two_town_sheet(sheet: &mut Worksheet) -> Result<(), XlsxError> {
    let plain = Format::new();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    sheet.merge_range(0, 0, 0, 11, "2025年全市重大项目推进表", &plain)?;
    let single_headers = [
        (0, "序号"),
        (1, "项目名称"),
        (2, "建设单位"),
        (3, "建设性质"),
        (4, "总投资（万元）"),
        (7, "开工以来累计完成"),
        (8, "形象进度"),
        (9, "计划竣工时间"),
        (10, "联系电话"),
        (11, "备注"),
    ];
    for (column, text) in single_headers {
        sheet.merge_range(1, column, 2, column, text, &plain)?;
    }
    sheet.merge_range(1, 5, 1, 6, "2025年（万元）", &plain)?;
    sheet.write_string(2, 5, "计划投资")?;
    sheet.write_string(2, 6, "1-4月完成")?;

    sheet.merge_range(3, 0, 3, 11, "一、东岭镇", &plain)?;
    sheet.write_number(4, 0, 1)?;
    sheet.write_string(4, 1, "星河智造产业园项目")?;
    sheet.write_string(4, 2, "东岭星河科技有限公司")?;
    sheet.write_string(4, 3, "续建")?;
    sheet.write_number(4, 4, 30000)?;
    sheet.write_number(4, 5, 12000)?;
    sheet.write_number(4, 6, 4500.5)?;
    sheet.write_number(4, 7, 18000)?;
    sheet.write_string(4, 8, " 主体结构完成80% ")?;
    sheet.write_string(4, 9, "2025年12月")?;

    sheet.write_number(5, 0, 2)?;
    sheet.write_string(5, 1, "东岭冷链物流中心")?;
    sheet.write_string(5, 2, "东岭港物流有限公司")?;
    sheet.write_string(5, 3, "新开工")?;
    sheet.write_string(5, 4, "1.2亿")?;
    sheet.write_number(5, 5, 5000)?;
    sheet.write_string(5, 6, "—")?;
    sheet.write_string(5, 8, "土地已摘牌")?;
    sheet.write_datetime_with_format(5, 9, ExcelDateTime::from_ymd(2025, 6, 30)?, &date)?;
    sheet.write_string(5, 10, "0000-0000000")?;
    sheet.write_string(5, 11, "拟6月开工")?;

    sheet.write_string(6, 1, "东岭镇小计")?;
    sheet.write_number(6, 4, 42000)?;
    sheet.write_number(6, 5, 17000)?;

    sheet.merge_range(7, 0, 7, 11, "二、青禾街道", &plain)?;
    sheet.write_number(8, 0, 1)?;
    sheet.write_string(8, 1, "青禾新材料项目")?;
    sheet.write_string(8, 2, "青禾新材料股份有限公司")?;
    sheet.write_string(8, 3, "竣工投产")?;
    sheet.write_number(8, 4, 8000)?;
    sheet.write_number(8, 5, 3000)?;
    sheet.write_number(8, 6, 2600)?;
    sheet.write_number(8, 7, 7600)?;
    sheet.write_string(8, 8, "设备调试")?;
    sheet.write_string(8, 9, "2025.03")?;

    sheet.write_string(9, 1, "小计")?;
    sheet.write_number(9, 4, 8000)?;
    sheet.merge_range(10, 0, 10, 1, "合计", &plain)?;
    sheet.write_number(10, 4, 50000)?;
    sheet.merge_range(12, 0, 12, 11, "填表人：李某某　审核人：赵某某", &plain)?;
    Ok(())
}

fn two_town_workbook() -> Vec<u8> {
    let mut workbook = Workbook::new();
    write_two_town_sheet(workbook.add_worksheet().set_name("推进表").unwrap()).unwrap();
    workbook.save_to_buffer().unwrap()
}

#[test]
fn the_title_the_two_header_rows_and_the_columns_are_found() {
    let sheet = read_sheet_bytes(&two_town_workbook(), SheetKind::Xlsx).unwrap();
    assert_eq!(sheet.worksheet.as_deref(), Some("推进表"));
    assert_eq!(sheet.title.as_deref(), Some("2025年全市重大项目推进表"));
    assert_eq!(sheet.header_rows, vec![2, 3]);
    assert_eq!(sheet.year, Some(2025));
    assert_eq!(sheet.month, Some(4));
    let fields: Vec<Field> = sheet.columns.iter().map(|column| column.field).collect();
    assert_eq!(
        fields,
        vec![
            Field::SerialNumber,
            Field::ProjectName,
            Field::Owner,
            Field::Category,
            Field::TotalInvestment,
            Field::AnnualPlan { year: Some(2025) },
            Field::YearToDateCompleted {
                through_month: Some(4)
            },
            Field::SinceStartCompleted,
            Field::Progress,
            Field::PlannedCompletion,
            Field::Ignored,
            Field::Remarks,
        ]
    );
    assert_eq!(sheet.columns[5].header_text, "2025年(万元)计划投资");
    assert_eq!(sheet.columns[6].header_text, "2025年(万元)1-4月完成");
    assert_eq!(sheet.columns[10].header_text, "联系电话");
    for index in [4, 5, 6] {
        assert_eq!(
            sheet.columns[index].money_unit,
            Some(MoneyUnit::TenThousandYuan)
        );
        assert!(!sheet.columns[index].money_unit_guessed, "column {index}");
    }
    assert_eq!(
        sheet.columns[7].money_unit,
        Some(MoneyUnit::TenThousandYuan)
    );
    assert!(sheet.columns[7].money_unit_guessed);
    assert!(sheet.columns.iter().all(|column| !column.guessed));
}

#[test]
fn every_project_value_is_read_with_its_row_and_unit() {
    let sheet = read_sheet_bytes(&two_town_workbook(), SheetKind::Xlsx).unwrap();
    let numbers: Vec<u32> = sheet.rows.iter().map(|row| row.row_number).collect();
    assert_eq!(numbers, vec![5, 6, 9]);

    let [first, second, third] = &sheet.rows[..] else {
        panic!("three project rows expected, got {:?}", sheet.rows);
    };
    assert_eq!(first.unit.as_deref(), Some("东岭镇"));
    assert_eq!(first.unit_source, Some(UnitSource::Section));
    let record = &first.record;
    assert_eq!(record.serial.as_deref(), Some("1"));
    assert_eq!(record.name.as_deref(), Some("星河智造产业园项目"));
    assert_eq!(record.owner.as_deref(), Some("东岭星河科技有限公司"));
    assert_eq!(record.category, Some(Category::Continuing));
    assert_eq!(record.category_text.as_deref(), Some("续建"));
    assert_eq!(record.total_investment_yuan, Some(30000 * WAN));
    assert_eq!(record.annual_plan_yuan, Some(12000 * WAN));
    assert_eq!(record.year_to_date_yuan, Some(45_005_000));
    assert_eq!(record.since_start_yuan, Some(18000 * WAN));
    assert_eq!(record.progress.as_deref(), Some("主体结构完成80%"));
    assert_eq!(record.planned_completion, Some(day(2025, 12, 31)));
    assert_eq!(record.remarks, None);
    assert_eq!(first.cells[6].text, "4500.5");
    assert_eq!(first.cells[8].text, " 主体结构完成80% ");

    assert_eq!(second.unit.as_deref(), Some("东岭镇"));
    let record = &second.record;
    assert_eq!(record.name.as_deref(), Some("东岭冷链物流中心"));
    assert_eq!(record.category, Some(Category::NewStart));
    assert_eq!(record.total_investment_yuan, Some(120_000_000));
    assert_eq!(record.annual_plan_yuan, Some(5000 * WAN));
    assert_eq!(record.year_to_date_yuan, None);
    assert_eq!(record.since_start_yuan, None);
    assert_eq!(record.planned_completion, Some(day(2025, 6, 30)));
    assert_eq!(record.remarks.as_deref(), Some("拟6月开工"));
    assert_eq!(record.responsible_person, None);
    assert_eq!(second.cells[9].text, "2025-06-30");
    assert_eq!(second.cells[10].text, "0000-0000000");

    assert_eq!(third.unit.as_deref(), Some("青禾街道"));
    let record = &third.record;
    assert_eq!(record.serial.as_deref(), Some("1"));
    assert_eq!(record.name.as_deref(), Some("青禾新材料项目"));
    assert_eq!(record.category, Some(Category::CompletedInProduction));
    assert_eq!(record.total_investment_yuan, Some(8000 * WAN));
    assert_eq!(record.annual_plan_yuan, Some(3000 * WAN));
    assert_eq!(record.year_to_date_yuan, Some(2600 * WAN));
    assert_eq!(record.since_start_yuan, Some(7600 * WAN));
    assert_eq!(record.progress.as_deref(), Some("设备调试"));
    assert_eq!(record.planned_completion, Some(day(2025, 3, 31)));
}

#[test]
fn sections_subtotals_the_total_and_the_note_are_skipped_with_their_reason() {
    let sheet = read_sheet_bytes(&two_town_workbook(), SheetKind::Xlsx).unwrap();
    let skipped: Vec<(u32, SkipReason)> = sheet
        .skipped
        .iter()
        .map(|row| (row.row_number, row.reason.clone()))
        .collect();
    assert_eq!(
        skipped,
        vec![
            (
                4,
                SkipReason::UnitSection {
                    unit: "东岭镇".to_owned()
                }
            ),
            (
                7,
                SkipReason::Subtotal {
                    unit: Some("东岭镇".to_owned())
                }
            ),
            (
                8,
                SkipReason::UnitSection {
                    unit: "青禾街道".to_owned()
                }
            ),
            (10, SkipReason::Subtotal { unit: None }),
            (11, SkipReason::Subtotal { unit: None }),
            (13, SkipReason::Note),
        ]
    );
    assert_eq!(sheet.skipped[1].cells[4].text, "42000");
}

#[test]
fn a_corrected_mapping_rereads_every_row() {
    let sheet = read_sheet_bytes(&two_town_workbook(), SheetKind::Xlsx).unwrap();
    let remapped = sheet
        .with_mapping(10, Field::ResponsiblePerson)
        .unwrap()
        .with_mapping(8, Field::Ignored)
        .unwrap()
        .with_money_unit(7, MoneyUnit::Yuan)
        .unwrap();
    assert_eq!(remapped.columns[10].field, Field::ResponsiblePerson);
    assert_eq!(
        remapped.rows[1].record.responsible_person.as_deref(),
        Some("0000-0000000")
    );
    assert_eq!(remapped.rows[0].record.progress, None);
    assert_eq!(remapped.rows[0].record.since_start_yuan, Some(18000));
    assert!(!remapped.columns[7].money_unit_guessed);

    let without_month = remapped.with_mapping(6, Field::Ignored).unwrap();
    assert_eq!(without_month.month, None);
    assert_eq!(without_month.rows[0].record.year_to_date_yuan, None);

    let without_names = without_month.with_mapping(1, Field::Ignored).unwrap();
    assert!(without_names.rows.is_empty());
    assert!(
        without_names
            .skipped
            .iter()
            .any(|row| row.row_number == 5 && row.reason == SkipReason::NoProjectName)
    );
    assert!(matches!(
        without_names.with_mapping(12, Field::Remarks),
        Err(town_tracker_sheet::SheetError::NoSuchColumn {
            index: 12,
            columns: 12
        })
    ));
}

#[test]
fn a_cover_sheet_is_passed_over_and_a_unit_column_merged_down_reaches_every_row() {
    let mut workbook = Workbook::new();
    let plain = Format::new();
    let cover = workbook.add_worksheet().set_name("说明").unwrap();
    cover
        .write_string(0, 0, "本表由各区镇每月5日前报送")
        .unwrap();
    let sheet = workbook.add_worksheet().set_name("4月").unwrap();
    sheet.write_string(0, 0, "单位：亿元").unwrap();
    sheet.write_string(1, 0, "所属镇").unwrap();
    sheet.write_string(1, 1, "项目名称").unwrap();
    sheet.write_string(1, 2, "总投资").unwrap();
    sheet.write_string(1, 3, "进度").unwrap();
    sheet.merge_range(2, 0, 3, 0, "东岭镇", &plain).unwrap();
    sheet.write_string(2, 1, "东岭光伏项目").unwrap();
    sheet.write_number(2, 2, 1.5).unwrap();
    sheet.write_string(3, 1, "东岭仓储项目").unwrap();
    sheet.write_number(3, 2, 0.35).unwrap();
    sheet.write_string(4, 0, "所属镇").unwrap();
    sheet.write_string(4, 1, "项目名称").unwrap();
    sheet.write_string(5, 0, "青禾街道").unwrap();
    sheet.write_string(5, 1, "青禾数据中心").unwrap();
    sheet.write_string(5, 2, "8000万元").unwrap();
    let bytes = workbook.save_to_buffer().unwrap();

    let sheet = read_sheet_bytes(&bytes, SheetKind::Xlsx).unwrap();
    assert_eq!(sheet.worksheet.as_deref(), Some("4月"));
    assert_eq!(sheet.title, None);
    assert_eq!(sheet.note_money_unit, Some(MoneyUnit::HundredMillionYuan));
    assert_eq!(
        sheet.columns[2].money_unit,
        Some(MoneyUnit::HundredMillionYuan)
    );
    assert!(sheet.columns[3].guessed);
    assert_eq!(sheet.columns[3].field, Field::Progress);
    let read: Vec<(u32, Option<&str>, Option<i64>)> = sheet
        .rows
        .iter()
        .map(|row| {
            (
                row.row_number,
                row.unit.as_deref(),
                row.record.total_investment_yuan,
            )
        })
        .collect();
    assert_eq!(
        read,
        vec![
            (3, Some("东岭镇"), Some(150_000_000)),
            (4, Some("东岭镇"), Some(35_000_000)),
            (6, Some("青禾街道"), Some(80_000_000)),
        ]
    );
    assert!(
        sheet
            .rows
            .iter()
            .all(|row| row.unit_source == Some(UnitSource::Column))
    );
    assert_eq!(sheet.skipped.len(), 1);
    assert_eq!(sheet.skipped[0].reason, SkipReason::RepeatedHeader);
}
