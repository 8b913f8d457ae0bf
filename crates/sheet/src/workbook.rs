//! Workbooks (.xlsx, .xlsb, .xls, .ods) read through calamine into grids, one per
//! worksheet in the workbook's order, with merged regions filled where the format
//! records them (.xlsx and .xls).

use std::io::Cursor;

use calamine::{Data, Dimensions, Ods, Range, Reader, Xls, Xlsb, Xlsx};
use chrono::NaiveDate;

use crate::date::parse_date_text;
use crate::error::SheetError;
use crate::grid::{Cell, Grid, MergedRegion};
use crate::kind::SheetKind;

/// One worksheet: its name and cells.
pub(crate) struct Worksheet {
    pub name: String,
    pub grid: Grid,
}

/// Every worksheet of a workbook of this kind (not CSV). A panic inside calamine on
/// damaged data (0.38 overflows on absurd cell references in debug builds, see
/// tafia/calamine#705) is an unreadable file, not a crash.
pub(crate) fn read_workbook(bytes: &[u8], kind: SheetKind) -> Result<Vec<Worksheet>, SheetError> {
    std::panic::catch_unwind(|| read_with_calamine(bytes, kind)).unwrap_or_else(|_| {
        Err(SheetError::Unreadable {
            kind,
            detail: "the reader stopped on damaged data".to_owned(),
        })
    })
}

fn read_with_calamine(bytes: &[u8], kind: SheetKind) -> Result<Vec<Worksheet>, SheetError> {
    let unreadable = |detail: String| SheetError::Unreadable { kind, detail };
    let cursor = Cursor::new(bytes);
    match kind {
        SheetKind::Xlsx => {
            let mut workbook = calamine::open_workbook_from_rs::<Xlsx<_>, _>(cursor)
                .map_err(|e| unreadable(e.to_string()))?;
            worksheets(&mut workbook, |book, name| {
                book.merge_cells_by_sheet_name(name).unwrap_or_default()
            })
            .map_err(unreadable)
        }
        SheetKind::Xls => {
            let mut workbook = calamine::open_workbook_from_rs::<Xls<_>, _>(cursor)
                .map_err(|e| unreadable(e.to_string()))?;
            worksheets(&mut workbook, |book, name| {
                book.merge_cells_by_sheet_name(name).unwrap_or_default()
            })
            .map_err(unreadable)
        }
        SheetKind::Xlsb => {
            let mut workbook = calamine::open_workbook_from_rs::<Xlsb<_>, _>(cursor)
                .map_err(|e| unreadable(e.to_string()))?;
            worksheets(&mut workbook, |_, _| Vec::new()).map_err(unreadable)
        }
        SheetKind::Ods => {
            let mut workbook = calamine::open_workbook_from_rs::<Ods<_>, _>(cursor)
                .map_err(|e| unreadable(e.to_string()))?;
            worksheets(&mut workbook, |_, _| Vec::new()).map_err(unreadable)
        }
        SheetKind::Csv => Err(unreadable("a CSV file is text, not a workbook".to_owned())),
    }
}

fn worksheets<R, RS>(
    workbook: &mut R,
    mut merged_regions: impl FnMut(&mut R, &str) -> Vec<Dimensions>,
) -> Result<Vec<Worksheet>, String>
where
    R: Reader<RS>,
    R::Error: std::fmt::Display,
    RS: std::io::Read + std::io::Seek,
{
    let mut sheets = Vec::new();
    for name in workbook.sheet_names() {
        let range = workbook
            .worksheet_range(&name)
            .map_err(|e| format!("worksheet “{name}”: {e}"))?;
        let mut grid = grid_of(&range);
        let regions: Vec<MergedRegion> = merged_regions(workbook, &name)
            .iter()
            .map(|d| MergedRegion {
                first: (d.start.0 as usize, d.start.1 as usize),
                last: (d.end.0 as usize, d.end.1 as usize),
            })
            .collect();
        grid.fill_merged(&regions);
        sheets.push(Worksheet { name, grid });
    }
    Ok(sheets)
}

/// The range's cells at their absolute places: row 0 is the sheet's row 1 even when
/// the used range starts lower.
fn grid_of(range: &Range<Data>) -> Grid {
    let Some((first_row, first_column)) = range.start() else {
        return Grid::default();
    };
    let mut rows: Vec<Vec<Cell>> = (0..first_row).map(|_| Vec::new()).collect();
    for data_row in range.rows() {
        let mut row: Vec<Cell> = (0..first_column).map(|_| Cell::empty()).collect();
        row.extend(data_row.iter().map(cell_of));
        rows.push(row);
    }
    Grid::new(rows)
}

fn cell_of(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::empty(),
        Data::Int(number) => Cell::number(*number as f64),
        Data::Float(number) => Cell::number(*number),
        Data::String(text) => Cell::text(text.clone()),
        Data::DateTime(moment) if moment.is_datetime() => {
            let (year, month, day, ..) = moment.to_ymd_hms_milli();
            NaiveDate::from_ymd_opt(year.into(), month.into(), day.into())
                .map_or_else(|| Cell::text(data.to_string()), Cell::date)
        }
        Data::DateTimeIso(text) => {
            parse_date_text(text, None).map_or_else(|| Cell::text(text.clone()), Cell::date)
        }
        other => Cell::text(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_bytes_are_an_unreadable_workbook_of_the_kind_asked() {
        for kind in [
            SheetKind::Xlsx,
            SheetKind::Xls,
            SheetKind::Ods,
            SheetKind::Xlsb,
        ] {
            let error = read_workbook(b"not a workbook at all", kind)
                .err()
                .expect("garbage must not read");
            assert!(
                matches!(error, SheetError::Unreadable { kind: k, .. } if k == kind),
                "{kind}: {error:?}"
            );
        }
    }

    #[test]
    fn calamine_values_become_cells_with_the_text_shown() {
        assert_eq!(cell_of(&Data::Float(1200.5)).text, "1200.5");
        assert_eq!(cell_of(&Data::Int(3000)).text, "3000");
        assert_eq!(
            cell_of(&Data::DateTimeIso("2025-03-15T00:00:00".to_owned())).text,
            "2025-03-15"
        );
        assert!(cell_of(&Data::Empty).is_empty());
    }
}
