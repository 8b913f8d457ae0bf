//! A 推进表 under review: the sheet as read, the plan of what it would do to the ledger, and
//! what the user changes before accepting — a column's meaning, which rows to take.
//! Changing a column's meaning re-reads every row and plans again, keeping the rows the user
//! unticked unticked.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::model::Ledger;
use crate::model::sheet_merge::{SheetPlan, plan_sheet};
use crate::sheet::{Field, Sheet, SheetError, read_sheet};

/// The meanings a column can be given in the review, in the order they are offered. The year
/// of a plan column and the month of a cumulative column come from the sheet.
pub fn field_choices(sheet: &Sheet) -> Vec<Field> {
    vec![
        Field::Ignored,
        Field::SerialNumber,
        Field::ProjectName,
        Field::Unit,
        Field::Owner,
        Field::Location,
        Field::Category,
        Field::Scope,
        Field::TotalInvestment,
        Field::AnnualPlan { year: sheet.year },
        Field::MonthCompleted { month: None },
        Field::YearToDateCompleted {
            through_month: sheet.month,
        },
        Field::SinceStartCompleted,
        Field::CompletionRate,
        Field::Progress,
        Field::Problems,
        Field::ResponsibleDepartment,
        Field::ResponsiblePerson,
        Field::PlannedStart,
        Field::PlannedCompletion,
        Field::Remarks,
    ]
}

#[derive(Debug, Clone)]
pub struct SheetReview {
    pub path: PathBuf,
    pub sheet: Sheet,
    pub plan: SheetPlan,
}

impl SheetReview {
    /// Reads the sheet at `path` and plans it against the ledger.
    pub fn start(path: &Path, ledger: &Ledger, today: NaiveDate) -> Result<Self, SheetError> {
        let sheet = read_sheet(path)?;
        let plan = plan_sheet(ledger, &sheet, &file_name(path), today);
        Ok(SheetReview {
            path: path.to_path_buf(),
            sheet,
            plan,
        })
    }

    /// Gives a column another meaning and plans again; rows unticked stay unticked.
    pub fn remap(
        &mut self,
        column: usize,
        field: Field,
        ledger: &Ledger,
        today: NaiveDate,
    ) -> Result<(), SheetError> {
        let sheet = self.sheet.clone().with_mapping(column, field)?;
        let unticked: Vec<u32> = self
            .plan
            .rows
            .iter()
            .filter(|row| !row.include)
            .map(|row| row.row_number)
            .collect();
        let mut plan = plan_sheet(ledger, &sheet, &file_name(&self.path), today);
        for row in &mut plan.rows {
            row.include = !unticked.contains(&row.row_number);
        }
        self.sheet = sheet;
        self.plan = plan;
        Ok(())
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_meaning_plans_again_and_keeps_unticked_rows_unticked() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("表.csv");
        std::fs::write(
            &path,
            "项目名称,所属镇,总投资(万元),说明\n甲智造园,东岭镇,1000,x\n乙物流中心,东岭镇,800,y\n",
        )
        .unwrap();
        let ledger = Ledger::new();
        let today = NaiveDate::from_ymd_opt(2025, 4, 2).unwrap();
        let mut review = SheetReview::start(&path, &ledger, today).unwrap();
        assert_eq!(review.plan.rows.len(), 2);
        review.plan.rows[1].include = false;
        review.remap(2, Field::Ignored, &ledger, today).unwrap();
        assert_eq!(review.plan.rows[0].record.total_investment_yuan, None);
        assert!(review.plan.rows[0].include && !review.plan.rows[1].include);
        assert!(review.remap(9, Field::Ignored, &ledger, today).is_err());
        assert!(field_choices(&review.sheet).contains(&Field::ProjectName));
    }
}
