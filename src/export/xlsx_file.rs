//! The sheet as XLSX (rust_xlsxwriter): a bold header row, frozen; amounts and day counts as
//! numbers, everything else as text.

use std::path::Path;

use rust_xlsxwriter::{Format, Workbook};

use super::ExportError;

/// Columns holding numbers: investment (亿元) and days left.
fn is_numeric_column(heading: &str) -> bool {
    heading.starts_with("投资") || heading.starts_with("剩余天数")
}

pub fn write_xlsx(
    path: &Path,
    headings: &[String],
    rows: &[Vec<String>],
) -> Result<(), ExportError> {
    let fail = |e: rust_xlsxwriter::XlsxError| ExportError::format(path, e);
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("项目推进表").map_err(fail)?;
    let bold = Format::new().set_bold();
    for (column, heading) in headings.iter().enumerate() {
        let column = u16::try_from(column).map_err(|e| ExportError::format(path, e))?;
        sheet
            .write_string_with_format(0, column, heading, &bold)
            .map_err(fail)?;
    }
    for (index, row) in rows.iter().enumerate() {
        let line = u32::try_from(index + 1).map_err(|e| ExportError::format(path, e))?;
        for (column, cell) in row.iter().enumerate() {
            let number = headings
                .get(column)
                .filter(|h| is_numeric_column(h))
                .and_then(|_| cell.parse::<f64>().ok());
            let column = u16::try_from(column).map_err(|e| ExportError::format(path, e))?;
            match number {
                Some(value) => sheet.write_number(line, column, value).map_err(fail)?,
                None => sheet.write_string(line, column, cell).map_err(fail)?,
            };
        }
    }
    sheet.set_freeze_panes(1, 0).map_err(fail)?;
    sheet.set_column_width(1, 28).map_err(fail)?;
    workbook.save(path).map_err(fail)
}
