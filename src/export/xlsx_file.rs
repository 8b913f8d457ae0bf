//! The sheet as XLSX (rust_xlsxwriter), ready to print for a 调度会: a merged title row, a bold
//! wrapped header row with borders, frozen below the header; one row per project grouped by
//! unit, each group followed by a grey subtotal row (`SUBTOTAL` formulas with their values)
//! and a 合计 row at the end; amounts in 万元 ("#,##0.00"), real date cells (yyyy-mm-dd), the
//! light cell filled green, yellow or red; A4 landscape, one page wide, title and header
//! repeated on every page, small margins, page numbers in the footer.

use std::path::Path;

use rust_xlsxwriter::{
    Color, ExcelDateTime, Format, FormatAlign, FormatBorder, Formula, Workbook, Worksheet,
    XlsxError,
};

use super::ExportError;
use super::layout::{column_widths, heading_lines, row_lines, wraps};
use super::sheet::{Cell, ColumnKind, ProgressSheet, RowRole, wan_number};
use crate::model::schedule::Light;

const FONT: &str = "宋体";
const TITLE_ROW: u32 = 0;
const HEADER_ROW: u32 = 1;
const FIRST_DATA_ROW: u32 = 2;
/// 序号, 区镇 and 项目 stay in view when scrolling right.
const FROZEN_COLUMNS: u16 = 3;
const LINE_HEIGHT: f64 = 15.0;
const A4: u8 = 9;
const SUBTOTAL_FILL: u32 = 0xF2F2F2;
const TOTAL_FILL: u32 = 0xD9D9D9;

pub fn write_xlsx(path: &Path, sheet: &ProgressSheet) -> Result<(), ExportError> {
    let mut workbook = Workbook::new();
    let worksheet = workbook.add_worksheet();
    fill(worksheet, sheet).map_err(|e| ExportError::format(path, e))?;
    workbook
        .save(path)
        .map_err(|e| ExportError::format(path, e))
}

fn fill(worksheet: &mut Worksheet, sheet: &ProgressSheet) -> Result<(), XlsxError> {
    worksheet.set_name("项目推进表")?;
    let last_column = column_number(sheet.columns.len().saturating_sub(1))?;
    let printed = sheet.printed_rows();
    let cells: Vec<Vec<Cell>> = printed.iter().map(|(_, row)| row.clone()).collect();
    let widths = column_widths(&sheet.columns, &cells);

    let title = base()
        .set_bold()
        .set_font_size(16)
        .set_align(FormatAlign::Center);
    worksheet.merge_range(TITLE_ROW, 0, TITLE_ROW, last_column, &sheet.title, &title)?;
    worksheet.set_row_height(TITLE_ROW, 30)?;

    let heading = bordered()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Center);
    for (index, (column, width)) in sheet.columns.iter().zip(&widths).enumerate() {
        let number = column_number(index)?;
        worksheet.write_string_with_format(HEADER_ROW, number, &column.heading, &heading)?;
        worksheet.set_column_width(number, *width as f64)?;
    }
    worksheet.set_row_height(
        HEADER_ROW,
        LINE_HEIGHT * heading_lines(&sheet.columns, &widths) as f64,
    )?;

    let mut line = FIRST_DATA_ROW;
    let mut group_start = FIRST_DATA_ROW;
    for (role, row) in &printed {
        let sum_from = if *role == RowRole::Total {
            FIRST_DATA_ROW
        } else {
            group_start
        };
        for (index, (cell, column)) in row.iter().zip(&sheet.columns).enumerate() {
            let number = column_number(index)?;
            let format = cell_format(column.kind, *role, cell);
            if *role != RowRole::Project
                && column.subtotal
                && *cell != Cell::Empty
                && line > sum_from
            {
                let formula = Formula::new(format!(
                    "SUBTOTAL(9,{})",
                    column_range(number, sum_from, line.saturating_sub(1))
                ))
                .set_result(formula_result(cell));
                worksheet.write_formula_with_format(line, number, formula, &format)?;
            } else {
                write_cell(worksheet, line, number, cell, &format)?;
            }
        }
        let lines = row_lines(&sheet.columns, &widths, row);
        if lines > 1 {
            worksheet.set_row_height(line, LINE_HEIGHT * lines as f64)?;
        }
        line += 1;
        if *role == RowRole::Subtotal {
            group_start = line;
        }
    }

    worksheet.set_freeze_panes(FIRST_DATA_ROW, FROZEN_COLUMNS.min(last_column + 1))?;
    worksheet.set_paper_size(A4);
    worksheet.set_landscape();
    worksheet.set_print_fit_to_pages(1, 0);
    worksheet.set_repeat_rows(TITLE_ROW, HEADER_ROW)?;
    worksheet.set_margins(0.3, 0.3, 0.4, 0.5, 0.2, 0.25);
    worksheet.set_print_center_horizontally(true);
    worksheet.set_footer("&C第 &P 页，共 &N 页");
    Ok(())
}

fn write_cell(
    worksheet: &mut Worksheet,
    line: u32,
    column: u16,
    cell: &Cell,
    format: &Format,
) -> Result<(), XlsxError> {
    match cell {
        Cell::Empty => worksheet.write_blank(line, column, format)?,
        Cell::Serial(serial) => {
            worksheet.write_number_with_format(line, column, *serial as f64, format)?
        }
        Cell::Text(text) => worksheet.write_string_with_format(line, column, text, format)?,
        Cell::Wan(yuan) => {
            worksheet.write_number_with_format(line, column, wan_number(*yuan), format)?
        }
        Cell::Percent(ratio) => worksheet.write_number_with_format(line, column, *ratio, format)?,
        Cell::Date(day) => match excel_date(*day) {
            Some(date) => worksheet.write_datetime_with_format(line, column, date, format)?,
            None => worksheet.write_string_with_format(line, column, cell.plain_text(), format)?,
        },
        Cell::Days(days) => {
            worksheet.write_number_with_format(line, column, *days as f64, format)?
        }
        Cell::Light(_) => {
            worksheet.write_string_with_format(line, column, cell.plain_text(), format)?
        }
    };
    Ok(())
}

/// A day Excel can hold (years 1900–9999), else `None` and the day is written as text.
fn excel_date(day: chrono::NaiveDate) -> Option<ExcelDateTime> {
    use chrono::Datelike;
    let year = u16::try_from(day.year()).ok()?;
    let month = u8::try_from(day.month()).ok()?;
    let day = u8::try_from(day.day()).ok()?;
    ExcelDateTime::from_ymd(year, month, day).ok()
}

/// The cached value of a subtotal formula, as a spreadsheet shows it before recalculating.
fn formula_result(cell: &Cell) -> String {
    match cell {
        Cell::Wan(yuan) => wan_number(*yuan).to_string(),
        other => other.plain_text(),
    }
}

/// "D3:D7" for a column and two rows (both counted from 0).
fn column_range(column: u16, first: u32, last: u32) -> String {
    let letters = rust_xlsxwriter::utility::column_number_to_name(column);
    format!("{letters}{}:{letters}{}", first + 1, last.max(first) + 1)
}

fn column_number(index: usize) -> Result<u16, XlsxError> {
    u16::try_from(index).map_err(|_| XlsxError::RowColumnLimitError)
}

fn base() -> Format {
    Format::new()
        .set_font_name(FONT)
        .set_font_size(11)
        .set_align(FormatAlign::VerticalCenter)
}

fn bordered() -> Format {
    base().set_border(FormatBorder::Thin)
}

/// A cell's format: by its column's kind, its row's role and, for a light, its colour.
fn cell_format(kind: ColumnKind, role: RowRole, cell: &Cell) -> Format {
    let format = match kind {
        ColumnKind::Serial | ColumnKind::Light => bordered().set_align(FormatAlign::Center),
        ColumnKind::Text | ColumnKind::LongText => bordered(),
        ColumnKind::Wan => bordered().set_num_format("#,##0.00"),
        ColumnKind::Percent => bordered().set_num_format("0.0%"),
        ColumnKind::Date => bordered()
            .set_num_format("yyyy-mm-dd")
            .set_align(FormatAlign::Center),
        ColumnKind::Days => bordered().set_num_format("0"),
    };
    let format = if wraps(kind) {
        format.set_text_wrap()
    } else {
        format
    };
    let format = match cell {
        Cell::Light(light) => light_fill(format, *light),
        _ => format,
    };
    match role {
        RowRole::Project => format,
        RowRole::Subtotal => format.set_bold().set_background_color(SUBTOTAL_FILL),
        RowRole::Total => format.set_bold().set_background_color(TOTAL_FILL),
    }
}

fn light_fill(format: Format, light: Light) -> Format {
    match light {
        Light::Green => format
            .set_background_color(Color::RGB(0x00B050))
            .set_font_color(Color::White),
        Light::Yellow => format.set_background_color(Color::RGB(0xFFFF00)),
        Light::Red => format
            .set_background_color(Color::RGB(0xFF0000))
            .set_font_color(Color::White),
    }
}
