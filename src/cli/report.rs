//! `town-tracker report --month YYYY-MM --docx OUT`: the monthly 通报 of the ledger, written as
//! a Word document.

use std::path::Path;

use chrono::NaiveDate;

use super::MonthArg;
use crate::describe;
use crate::export::write_docx;
use crate::i18n::Lang;
use crate::model::lights::{LightRule, LightSettings};
use crate::report::{ReportRequest, compose};

/// Runs the report; returns the process exit code.
pub fn run_report(
    data: &Path,
    today: NaiveDate,
    month: MonthArg,
    docx: &Path,
    light_rule: LightRule,
) -> i32 {
    let Some(ledger) = super::load_shown(data) else {
        return 1;
    };
    let report = compose(
        &ledger,
        &ReportRequest {
            year: month.year,
            month: month.month,
            today,
            lights: LightSettings {
                rule: light_rule,
                ..LightSettings::default()
            },
        },
    );
    match write_docx(docx, &report) {
        Ok(()) => {
            println!(
                "{} {}月通报 written to {}",
                month.year,
                month.month,
                docx.display()
            );
            0
        }
        Err(error) => {
            eprintln!("town-tracker: {}", describe::export_error(&error, Lang::En));
            1
        }
    }
}
