//! A project row's typed values, read through the column mapping: text trimmed, amounts
//! in yuan, dates as dates, the completion rate in percent points.

use chrono::NaiveDate;

use crate::amount::{MoneyUnit, amount_yuan};
use crate::category::Category;
use crate::column::Column;
use crate::date::date_of;
use crate::field::Field;
use crate::grid::Cell;
use crate::percent::percent_points;

/// What a project row says, field by field. When two columns map to one field, the
/// first non-empty one counts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProjectRecord {
    /// 序号 as written.
    pub serial: Option<String>,
    /// 项目名称.
    pub name: Option<String>,
    /// 建设单位.
    pub owner: Option<String>,
    /// 建设地点.
    pub location: Option<String>,
    /// The category the category column or the section row above names.
    pub category: Option<Category>,
    /// The category cell as written ("续建", "新建").
    pub category_text: Option<String>,
    /// 建设内容及规模.
    pub scope: Option<String>,
    /// 总投资, yuan.
    pub total_investment_yuan: Option<i64>,
    /// The year's planned investment, yuan.
    pub annual_plan_yuan: Option<i64>,
    /// Completed in the month, yuan.
    pub month_completed_yuan: Option<i64>,
    /// Completed this year through the sheet's month, yuan.
    pub year_to_date_yuan: Option<i64>,
    /// Completed since construction began, yuan.
    pub since_start_yuan: Option<i64>,
    /// 完成率, percent points.
    pub completion_percent: Option<f64>,
    /// 形象进度.
    pub progress: Option<String>,
    /// 存在问题.
    pub problems: Option<String>,
    /// 责任单位.
    pub responsible_department: Option<String>,
    /// 责任人.
    pub responsible_person: Option<String>,
    /// 计划开工时间 (a month alone is its last day).
    pub planned_start: Option<NaiveDate>,
    /// 计划竣工时间 (a month alone is its last day).
    pub planned_completion: Option<NaiveDate>,
    /// 备注.
    pub remarks: Option<String>,
}

/// What the reading of a row knows beyond its cells.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct RowContext {
    /// The sheet's year, for dates that name none ("6月底").
    pub year: Option<i32>,
    /// The category of the section the row is in.
    pub section_category: Option<Category>,
}

/// The record of a project row.
pub(crate) fn record_of(row: &[Cell], columns: &[Column], context: RowContext) -> ProjectRecord {
    let mut record = ProjectRecord::default();
    for column in columns {
        let Some(cell) = row.get(column.index) else {
            continue;
        };
        let text = || Some(cell.trimmed().to_owned()).filter(|text| !text.is_empty());
        let amount = || {
            amount_yuan(
                cell,
                column.money_unit.unwrap_or(MoneyUnit::TenThousandYuan),
            )
        };
        let date = || date_of(cell, context.year);
        match column.field {
            Field::SerialNumber => fill(&mut record.serial, text),
            Field::ProjectName => fill(&mut record.name, text),
            Field::Owner => fill(&mut record.owner, text),
            Field::Unit | Field::Ignored => {}
            Field::Location => fill(&mut record.location, text),
            Field::Category => {
                fill(&mut record.category, || Category::named_in(cell.trimmed()));
                fill(&mut record.category_text, text);
            }
            Field::Scope => fill(&mut record.scope, text),
            Field::TotalInvestment => fill(&mut record.total_investment_yuan, amount),
            Field::AnnualPlan { .. } => fill(&mut record.annual_plan_yuan, amount),
            Field::MonthCompleted { .. } => fill(&mut record.month_completed_yuan, amount),
            Field::YearToDateCompleted { .. } => fill(&mut record.year_to_date_yuan, amount),
            Field::SinceStartCompleted => fill(&mut record.since_start_yuan, amount),
            Field::CompletionRate => fill(&mut record.completion_percent, || {
                percent_points(cell, column.says_percent())
            }),
            Field::Progress => fill(&mut record.progress, text),
            Field::Problems => fill(&mut record.problems, text),
            Field::ResponsibleDepartment => fill(&mut record.responsible_department, text),
            Field::ResponsiblePerson => fill(&mut record.responsible_person, text),
            Field::PlannedStart => fill(&mut record.planned_start, date),
            Field::PlannedCompletion => fill(&mut record.planned_completion, date),
            Field::Remarks => fill(&mut record.remarks, text),
        }
    }
    if record.category.is_none() {
        record.category = context.section_category;
    }
    record
}

fn fill<T>(slot: &mut Option<T>, value: impl FnOnce() -> Option<T>) {
    if slot.is_none() {
        *slot = value();
    }
}
