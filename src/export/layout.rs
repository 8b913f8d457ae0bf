//! How wide each column of a printed 推进表 is and how many lines each row takes: widths fit
//! the longest value (CJK characters count two), long text columns are capped and wrap, and a
//! heading longer than its values wraps onto a second line.

use super::sheet::{Cell, ColumnKind, ColumnSpec};
use super::text_width::display_width;

/// The widest a long text column (项目, 最新进展 …) grows before its text wraps.
const LONG_TEXT_MAX: usize = 30;
/// The widest a short text column grows before its text wraps.
const SHORT_TEXT_MAX: usize = 24;
/// A heading wider than this wraps, unless its values are wider anyway.
const HEADING_WRAP: usize = 10;
/// Room either side of the text.
const PADDING: usize = 2;

/// The text a spreadsheet shows for a cell, with its number format applied: amounts grouped
/// with two decimals ("12,345.68"), percentages with one ("45.5%").
pub fn shown_text(cell: &Cell) -> String {
    match cell {
        Cell::Wan(yuan) => grouped_two_decimals(*yuan),
        Cell::Percent(ratio) => format!("{:.1}%", ratio * 100.0),
        other => other.plain_text(),
    }
}

/// 万元 with thousands separators and two decimals, rounded half away from zero.
fn grouped_two_decimals(yuan: i128) -> String {
    let sign = if yuan < 0 { "-" } else { "" };
    let hundredths = (yuan.unsigned_abs() + 50) / 100;
    let whole = (hundredths / 100).to_string();
    let mut grouped = String::new();
    for (index, digit) in whole.chars().enumerate() {
        if index > 0 && (whole.len() - index).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    format!("{sign}{grouped}.{:02}", hundredths % 100)
}

/// Whether a column's text wraps within its width.
pub fn wraps(kind: ColumnKind) -> bool {
    matches!(kind, ColumnKind::Text | ColumnKind::LongText)
}

/// The widths of the columns, in character columns, fitted to the headings and the rows.
pub fn column_widths(columns: &[ColumnSpec], rows: &[Vec<Cell>]) -> Vec<usize> {
    columns
        .iter()
        .enumerate()
        .map(|(index, column)| {
            let values = rows
                .iter()
                .filter_map(|row| row.get(index))
                .map(|cell| display_width(&shown_text(cell)))
                .max()
                .unwrap_or(0);
            let cap = match column.kind {
                ColumnKind::LongText => LONG_TEXT_MAX,
                ColumnKind::Text => SHORT_TEXT_MAX,
                _ => usize::MAX,
            };
            let heading = display_width(&column.heading).min(HEADING_WRAP.max(values));
            values.min(cap).max(heading) + PADDING
        })
        .collect()
}

/// How many lines a row takes when its wrapping cells wrap at the column widths.
pub fn row_lines(columns: &[ColumnSpec], widths: &[usize], row: &[Cell]) -> usize {
    row.iter()
        .zip(columns)
        .zip(widths)
        .filter(|((_, column), _)| wraps(column.kind))
        .map(|((cell, _), width)| lines(&shown_text(cell), *width))
        .max()
        .unwrap_or(1)
        .max(1)
}

/// How many lines the headings take at the column widths (every heading wraps).
pub fn heading_lines(columns: &[ColumnSpec], widths: &[usize]) -> usize {
    columns
        .iter()
        .zip(widths)
        .map(|(column, width)| lines(&column.heading, *width))
        .max()
        .unwrap_or(1)
        .max(1)
}

fn lines(text: &str, width: usize) -> usize {
    let usable = width.saturating_sub(PADDING).max(1);
    text.lines()
        .map(|line| display_width(line).div_ceil(usable).max(1))
        .sum::<usize>()
        .max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn column(heading: &str, kind: ColumnKind) -> ColumnSpec {
        ColumnSpec {
            heading: heading.into(),
            kind,
            subtotal: false,
        }
    }

    #[test]
    fn amounts_show_grouped_with_two_decimals() {
        assert_eq!(shown_text(&Cell::Wan(1_234_567_890)), "123,456.79");
        assert_eq!(shown_text(&Cell::Wan(35_000)), "3.50");
        assert_eq!(shown_text(&Cell::Wan(-80_000_000)), "-8,000.00");
        assert_eq!(shown_text(&Cell::Percent(0.455)), "45.5%");
    }

    #[test]
    fn widths_fit_unit_names_and_cap_long_text() {
        let columns = [
            column("区镇", ColumnKind::Text),
            column("最新进展", ColumnKind::LongText),
            column("剩余天数(负为逾期)", ColumnKind::Days),
        ];
        let rows = vec![vec![
            Cell::Text("青禾经济开发区 小计".into()),
            Cell::Text("进展".repeat(40)),
            Cell::Days(-45),
        ]];
        let widths = column_widths(&columns, &rows);
        assert_eq!(
            widths,
            [19 + PADDING, LONG_TEXT_MAX + PADDING, 10 + PADDING]
        );
        assert_eq!(row_lines(&columns, &widths, &rows[0]), 6, "160 wide in 30");
        assert_eq!(heading_lines(&columns, &widths), 2);
    }
}
