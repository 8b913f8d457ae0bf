//! Export of a project list as a 项目推进表 (project progress sheet) the way offices print it
//! for a 调度会: a title, a 序号 column, one row per project grouped by unit with a subtotal
//! after each unit and a 合计 at the end, investment in 万元, each milestone's target and
//! done date, days left or overdue, light, responsible person, latest progress, notes and
//! sources — to CSV (UTF-8 with a byte-order mark, so Excel and WPS read Chinese correctly) or
//! XLSX (print-ready: A4 landscape, one page wide). The monthly 通报 is written as .docx from
//! a [`Report`].

mod columns;
mod csv_file;
mod docx_file;
mod layout;
mod report;
mod sheet;
mod text_width;
mod xlsx_file;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::model::lights::{AsOf, LightRule, LightSettings};
use crate::model::schedule::LightThresholds;
use crate::model::{Ledger, Project, ProjectId, UnitId};

pub use csv_file::write_csv;
pub use docx_file::write_docx;
pub use report::{Block, Report, Section};
pub use sheet::{Cell, ColumnKind, ColumnSpec, ProgressSheet, RowRole, UnitGroup};
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

/// The month a sheet is for, the day its lights are judged on, and the light rule.
#[derive(Debug, Clone, Copy)]
pub struct SheetRequest {
    pub as_of: AsOf,
    pub lights: LightSettings,
}

impl SheetRequest {
    /// Today's month, lights by target dates with these thresholds (the list's lights).
    pub fn today(today: NaiveDate, thresholds: LightThresholds) -> Self {
        SheetRequest {
            as_of: AsOf::today(today),
            lights: LightSettings {
                rule: LightRule::Targets,
                thresholds,
                ..LightSettings::default()
            },
        }
    }
}

/// The sheet's title for a month: "2025年4月重大项目推进表".
pub fn sheet_title(year: i32, month: u32) -> String {
    format!("{year}年{month}月重大项目推进表")
}

/// The group name of projects that belong to no unit.
const NO_UNIT: &str = "未分配";

/// The sheet of the given projects: grouped by unit in the order the units first appear, each
/// group keeping the given order; 序号 runs through the sheet as printed.
pub fn progress_sheet(
    ledger: &Ledger,
    projects: &[ProjectId],
    request: &SheetRequest,
) -> ProgressSheet {
    let mut by_unit: Vec<(Option<UnitId>, Vec<&Project>)> = Vec::new();
    for project in projects.iter().filter_map(|id| ledger.project(*id)) {
        match by_unit.iter_mut().find(|(unit, _)| *unit == project.unit) {
            Some((_, members)) => members.push(project),
            None => by_unit.push((project.unit, vec![project])),
        }
    }
    let columns = columns::columns(request.as_of.month);
    let mut serial = 0;
    let groups = by_unit
        .into_iter()
        .map(|(unit, members)| UnitGroup {
            unit: unit
                .and_then(|id| ledger.unit(id))
                .map_or_else(|| NO_UNIT.to_string(), |u| u.name.clone()),
            rows: members
                .into_iter()
                .map(|project| {
                    serial += 1;
                    let context = columns::RowContext {
                        ledger,
                        project,
                        serial,
                        request,
                    };
                    columns.iter().map(|c| (c.value)(&context)).collect()
                })
                .collect(),
        })
        .collect();
    ProgressSheet {
        title: sheet_title(request.as_of.year, request.as_of.month),
        columns: columns.into_iter().map(|c| c.spec).collect(),
        groups,
    }
}
