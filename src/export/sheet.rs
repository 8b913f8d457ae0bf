//! A 推进表 as typed cells, independent of where the values come from and of the file format:
//! a title, the columns (heading, kind, whether a subtotal sums it) and the rows grouped by
//! unit. The subtotal and total rows are worked out here, once, for every writer.

use chrono::NaiveDate;

use crate::i18n::Lang;
use crate::model::schedule::Light;

const YUAN_PER_WAN: i128 = 10_000;

/// One value of the sheet.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    /// 序号: the project's place in the sheet.
    Serial(usize),
    Text(String),
    /// An amount in yuan, shown in 万元.
    Wan(i128),
    /// A ratio, 0.455 shown as 45.5%.
    Percent(f64),
    /// A day, written as a real date.
    Date(NaiveDate),
    /// A count of days (negative: overdue).
    Days(i64),
    Light(Light),
}

impl Cell {
    /// The value as plain text, the way the CSV writes it: amounts in 万元 with every decimal
    /// they have and no grouping ("8000", "3.5"), percentages as numbers ("45.5"), dates as
    /// yyyy-mm-dd, lights as 红灯/黄灯/绿灯.
    pub fn plain_text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Serial(serial) => serial.to_string(),
            Cell::Text(text) => text.clone(),
            Cell::Wan(yuan) => wan_decimal(*yuan),
            Cell::Percent(ratio) => format_percent_points(*ratio),
            Cell::Date(day) => day.format("%Y-%m-%d").to_string(),
            Cell::Days(days) => days.to_string(),
            Cell::Light(light) => Lang::Zh.light(*light).to_string(),
        }
    }
}

/// Yuan as 万元, exact (at most four decimals, trailing zeros dropped): 80_000_000 → "8000",
/// 35_000 → "3.5", 123 → "0.0123".
pub fn wan_decimal(yuan: i128) -> String {
    let sign = if yuan < 0 { "-" } else { "" };
    let magnitude = yuan.unsigned_abs();
    let whole = magnitude / YUAN_PER_WAN.unsigned_abs();
    let fraction = magnitude % YUAN_PER_WAN.unsigned_abs();
    if fraction == 0 {
        return format!("{sign}{whole}");
    }
    let digits = format!("{fraction:04}");
    format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
}

/// Yuan as a number of 万元 for a spreadsheet cell.
pub fn wan_number(yuan: i128) -> f64 {
    // The nearest double: the sheet shows two decimals of 万元, far coarser than its error.
    yuan as f64 / YUAN_PER_WAN as f64
}

/// A ratio as percentage points with one decimal: 0.455 → "45.5".
fn format_percent_points(ratio: f64) -> String {
    format!("{:.1}", ratio * 100.0)
}

/// What a column holds, which decides how it is laid out and summed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnKind {
    /// 序号: a running number.
    Serial,
    /// A short text, as wide as its longest value.
    Text,
    /// A long text (progress, notes): capped in width and wrapped.
    LongText,
    Wan,
    Percent,
    Date,
    Days,
    Light,
}

/// A column: its heading, what it holds, and whether subtotal rows sum it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnSpec {
    pub heading: String,
    pub kind: ColumnKind,
    pub subtotal: bool,
}

/// The projects of one unit, one row each (cells in column order).
#[derive(Debug, Clone, PartialEq)]
pub struct UnitGroup {
    pub unit: String,
    pub rows: Vec<Vec<Cell>>,
}

/// The whole sheet.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgressSheet {
    /// "2025年4月重大项目推进表".
    pub title: String,
    pub columns: Vec<ColumnSpec>,
    pub groups: Vec<UnitGroup>,
}

/// A row as printed: a project's, a unit's subtotal or the grand total.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowRole {
    Project,
    Subtotal,
    Total,
}

/// Where the label of a subtotal or total row goes: the 区镇 column, else the first text column.
const LABEL_HEADING: &str = "区镇";

impl ProgressSheet {
    /// The number of project rows.
    pub fn project_count(&self) -> usize {
        self.groups.iter().map(|g| g.rows.len()).sum()
    }

    /// Every row in print order: each group's projects, then its subtotal ("东岭镇 小计"); a
    /// 合计 row at the end.
    pub fn printed_rows(&self) -> Vec<(RowRole, Vec<Cell>)> {
        let mut printed = Vec::with_capacity(self.project_count() + self.groups.len() + 1);
        for group in &self.groups {
            printed.extend(group.rows.iter().map(|row| (RowRole::Project, row.clone())));
            let label = format!("{} 小计", group.unit);
            printed.push((RowRole::Subtotal, self.sum_row(label, &group.rows)));
        }
        let all: Vec<Vec<Cell>> = self
            .groups
            .iter()
            .flat_map(|g| g.rows.iter().cloned())
            .collect();
        printed.push((RowRole::Total, self.sum_row("合计".into(), &all)));
        printed
    }

    /// The column a subtotal row's label goes in.
    pub fn label_column(&self) -> usize {
        self.columns
            .iter()
            .position(|c| c.heading == LABEL_HEADING)
            .or_else(|| {
                self.columns
                    .iter()
                    .position(|c| matches!(c.kind, ColumnKind::Text | ColumnKind::LongText))
            })
            .unwrap_or(0)
    }

    /// A row with the label and, in every subtotal column, the sum of the rows' values.
    fn sum_row(&self, label: String, rows: &[Vec<Cell>]) -> Vec<Cell> {
        let label_column = self.label_column();
        let mut label = Some(label);
        self.columns
            .iter()
            .enumerate()
            .map(|(index, column)| {
                if index == label_column {
                    return Cell::Text(label.take().unwrap_or_default());
                }
                if !column.subtotal {
                    return Cell::Empty;
                }
                sum_cells(column.kind, rows.iter().filter_map(|row| row.get(index)))
            })
            .collect()
    }
}

/// The sum of a column's cells; cells of another type (a text among amounts) count nothing.
/// Percentages, dates and texts have no sum, and neither has a column with no value in these
/// rows: their subtotal cell stays empty rather than showing a made-up 0.
fn sum_cells<'a>(kind: ColumnKind, cells: impl Iterator<Item = &'a Cell>) -> Cell {
    match kind {
        ColumnKind::Wan => cells
            .filter_map(|c| match c {
                Cell::Wan(yuan) => Some(*yuan),
                _ => None,
            })
            .reduce(i128::saturating_add)
            .map_or(Cell::Empty, Cell::Wan),
        ColumnKind::Days => cells
            .filter_map(|c| match c {
                Cell::Days(days) => Some(*days),
                _ => None,
            })
            .reduce(i64::saturating_add)
            .map_or(Cell::Empty, Cell::Days),
        ColumnKind::Serial
        | ColumnKind::Percent
        | ColumnKind::Text
        | ColumnKind::LongText
        | ColumnKind::Date
        | ColumnKind::Light => Cell::Empty,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(value: &str) -> Cell {
        Cell::Text(value.into())
    }

    fn column(heading: &str, kind: ColumnKind, subtotal: bool) -> ColumnSpec {
        ColumnSpec {
            heading: heading.into(),
            kind,
            subtotal,
        }
    }

    #[test]
    fn wan_keeps_every_decimal_and_drops_trailing_zeros() {
        assert_eq!(wan_decimal(80_000_000), "8000");
        assert_eq!(wan_decimal(35_000), "3.5");
        assert_eq!(wan_decimal(123), "0.0123");
        assert_eq!(wan_decimal(-12_500), "-1.25");
        assert_eq!(Cell::Percent(0.455).plain_text(), "45.5");
    }

    #[test]
    fn subtotals_sum_only_their_columns_and_the_total_sums_all() {
        let sheet = ProgressSheet {
            title: "表".into(),
            columns: vec![
                column("序号", ColumnKind::Serial, false),
                column("区镇", ColumnKind::Text, false),
                column("总投资(万元)", ColumnKind::Wan, true),
                column("剩余天数", ColumnKind::Days, false),
            ],
            groups: vec![
                UnitGroup {
                    unit: "甲镇".into(),
                    rows: vec![
                        vec![
                            Cell::Serial(1),
                            text("甲镇"),
                            Cell::Wan(10_000),
                            Cell::Days(5),
                        ],
                        vec![Cell::Serial(2), text("甲镇"), Cell::Empty, Cell::Days(7)],
                    ],
                },
                UnitGroup {
                    unit: "乙镇".into(),
                    rows: vec![vec![
                        Cell::Serial(3),
                        text("乙镇"),
                        Cell::Empty,
                        Cell::Days(1),
                    ]],
                },
            ],
        };
        let printed = sheet.printed_rows();
        let roles: Vec<RowRole> = printed.iter().map(|(role, _)| *role).collect();
        use RowRole::*;
        assert_eq!(
            roles,
            [Project, Project, Subtotal, Project, Subtotal, Total]
        );
        assert_eq!(
            printed[2].1,
            [
                Cell::Empty,
                text("甲镇 小计"),
                Cell::Wan(10_000),
                Cell::Empty
            ]
        );
        assert_eq!(printed[4].1[2], Cell::Empty, "no amount known, no 0");
        assert_eq!(
            printed[5].1,
            [Cell::Empty, text("合计"), Cell::Wan(10_000), Cell::Empty]
        );
    }
}
