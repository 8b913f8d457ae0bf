//! Town Tracker's spreadsheet reader: a town's monthly 推进表 in, its columns mapped to
//! ledger fields and its project rows typed, for the import review.
//!
//! - Formats: .xlsx/.xlsm/.xlsb/.xls/.ods through calamine, .csv through the `csv` crate
//!   (UTF-8 with or without BOM, else GBK). The extension picks the reader; a workbook
//!   whose bytes show another workbook kind (an .xls that is an .xlsx) is read as what it is.
//! - Worksheet: the first one, in workbook order, that has a header; cover sheets and
//!   instructions are passed over, and later sheets (often summaries of the first) are not
//!   read, so nothing is counted twice.
//! - Header: the row among the first thirty with most header words that names a project
//!   column, joined with a second header row above or below it (merged cells).
//! - Rows: subtotal, section, note and repeated-header rows are skipped and listed with
//!   their reason; a section row or a named subtotal gives rows their unit.
//! - Values: amounts in integer yuan, in the unit the header (or a "单位：万元" note) names,
//!   else 万元 marked as a guess; dates naming only a month are the month's last day.
//!
//! Every row keeps its 1-based row number and its cells, so the review can show the cell
//! a value came from. [`Sheet::with_mapping`] re-reads the rows after the user corrects
//! a column.

mod amount;
mod category;
mod column;
mod date;
mod decimal;
mod delimited;
mod error;
mod field;
mod grid;
mod header;
mod kind;
mod percent;
mod record;
mod rows;
mod sheet;
mod workbook;

use std::path::Path;

pub use amount::{MoneyUnit, amount_yuan};
pub use category::Category;
pub use column::Column;
pub use date::{date_of, parse_date_text};
pub use error::SheetError;
pub use field::Field;
pub use grid::{Cell, CellValue};
pub use kind::SheetKind;
pub use percent::percent_points;
pub use record::ProjectRecord;
pub use rows::SkipReason;
pub use sheet::{Sheet, SheetRow, SkippedRow, UnitSource};

use header::find_header;

/// Reads the 推进表 in a file, choosing the reader by its extension.
pub fn read_sheet(path: &Path) -> Result<Sheet, SheetError> {
    let kind = SheetKind::from_path(path)?;
    let bytes = std::fs::read(path).map_err(|source| SheetError::Io {
        path: path.to_owned(),
        source,
    })?;
    read_sheet_bytes(&bytes, kind)
}

/// Reads a 推进表 from bytes of the given kind.
pub fn read_sheet_bytes(bytes: &[u8], kind: SheetKind) -> Result<Sheet, SheetError> {
    let worksheets = match kind.corrected_by(bytes) {
        SheetKind::Csv => vec![(None, delimited::read_delimited(bytes)?)],
        workbook_kind => workbook::read_workbook(bytes, workbook_kind)?
            .into_iter()
            .map(|worksheet| (Some(worksheet.name), worksheet.grid))
            .collect(),
    };
    let count = worksheets.len();
    worksheets
        .into_iter()
        .filter(|(_, grid)| !grid.is_blank())
        .find_map(|(name, grid)| {
            let header = find_header(&grid)?;
            Some(Sheet::from_grid(name, grid, header))
        })
        .ok_or(SheetError::NoHeader { worksheets: count })
}
