//! Export of a project list as a 项目推进表 (project progress sheet): one row per project with
//! unit, name, investment in 亿元, status, each milestone's target and done date, days left or
//! overdue, light, responsible person, latest progress, notes and sources — to CSV (UTF-8 with
//! a byte-order mark, so Excel and WPS read Chinese correctly) or XLSX.

mod csv_file;
mod xlsx_file;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::i18n::Lang;
use crate::model::money::yi_yuan_decimal;
use crate::model::schedule::{LightThresholds, light, next_target};
use crate::model::{Ledger, MILESTONES, ProjectId};

pub use csv_file::write_csv;
pub use xlsx_file::write_xlsx;

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("cannot write {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot write {path}: {message}")]
    Format { path: PathBuf, message: String },
}

impl ExportError {
    pub(crate) fn format(path: &Path, message: impl ToString) -> Self {
        ExportError::Format {
            path: path.to_path_buf(),
            message: message.to_string(),
        }
    }
}

/// The column headings, in order.
pub fn headings() -> Vec<String> {
    let lang = Lang::Zh;
    let mut headings: Vec<String> = ["区镇", "项目", "投资(亿元)", "状态"]
        .map(String::from)
        .to_vec();
    for milestone in MILESTONES {
        let name = lang.milestone(milestone);
        headings.push(format!("{name}目标"));
        headings.push(format!("{name}完成"));
    }
    headings.extend(
        [
            "剩余天数(负为逾期)",
            "亮灯",
            "责任人",
            "最新进展",
            "备注",
            "来源",
        ]
        .map(String::from),
    );
    headings
}

/// One row per project, in the given order; every cell is text (numbers as written).
pub fn rows(
    ledger: &Ledger,
    projects: &[ProjectId],
    today: NaiveDate,
    thresholds: LightThresholds,
) -> Vec<Vec<String>> {
    let lang = Lang::Zh;
    let date = |d: Option<NaiveDate>| {
        d.map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default()
    };
    projects
        .iter()
        .filter_map(|id| ledger.project(*id))
        .map(|project| {
            let mut row = vec![
                project
                    .unit
                    .and_then(|id| ledger.unit(id))
                    .map(|u| u.name.clone())
                    .unwrap_or_default(),
                project.name.clone(),
                project
                    .investment
                    .map(|i| yi_yuan_decimal(i.yuan))
                    .unwrap_or_default(),
                lang.status(project.status()).to_string(),
            ];
            for (_, state) in project.milestones.iter() {
                row.push(date(state.target));
                row.push(lang.done_day(state).unwrap_or_default());
            }
            row.push(
                next_target(project)
                    .map(|t| t.days_left(today).to_string())
                    .unwrap_or_default(),
            );
            row.push(lang.light(light(project, today, thresholds)).to_string());
            row.push(project.responsible.clone());
            row.push(
                project
                    .progress
                    .first()
                    .map(|e| format!("{} {}", e.date.format("%Y-%m-%d"), e.text))
                    .unwrap_or_default(),
            );
            row.push(project.notes.clone());
            let sources: Vec<String> = project
                .sources
                .iter()
                .filter_map(|link| ledger.source(link.source))
                .map(|s| format!("《{}》", s.title))
                .collect();
            row.push(sources.join(" "));
            row
        })
        .collect()
}
