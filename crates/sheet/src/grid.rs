//! A worksheet as a grid of cells: each cell keeps the text the user sees and, where the
//! reader knew it, the number or date behind it. Merged regions are filled with their
//! top-left cell, so a unit name merged down over its projects reaches every row.

use chrono::NaiveDate;

/// What a cell holds beyond its text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CellValue {
    /// Nothing, or only spaces.
    Empty,
    /// Text (everything in a CSV file is text).
    Text,
    /// A number as the workbook stored it.
    Number(f64),
    /// A date-formatted cell.
    Date(NaiveDate),
}

/// One cell: its text as shown and its value.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// The text as the user sees it (numbers without a trailing `.0`, dates as `2025-03-15`).
    pub text: String,
    /// The value behind the text.
    pub value: CellValue,
}

impl Cell {
    /// An empty cell.
    pub fn empty() -> Self {
        Self {
            text: String::new(),
            value: CellValue::Empty,
        }
    }

    /// A text cell; blank text makes an empty cell.
    pub fn text(text: impl Into<String>) -> Self {
        let text = text.into();
        let value = if text.trim().is_empty() {
            CellValue::Empty
        } else {
            CellValue::Text
        };
        Self { text, value }
    }

    /// A number cell, shown the shortest way that reads back as the same number.
    pub fn number(number: f64) -> Self {
        Self {
            text: number.to_string(),
            value: CellValue::Number(number),
        }
    }

    /// A date cell, shown as `YYYY-MM-DD`.
    pub fn date(date: NaiveDate) -> Self {
        Self {
            text: date.format("%Y-%m-%d").to_string(),
            value: CellValue::Date(date),
        }
    }

    /// Whether the cell holds nothing but spaces.
    pub fn is_empty(&self) -> bool {
        self.value == CellValue::Empty
    }

    /// The text with surrounding spaces removed.
    pub fn trimmed(&self) -> &str {
        self.text.trim()
    }
}

/// A merged region, 0-based and inclusive: `(row, column)` of its corners.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct MergedRegion {
    pub first: (usize, usize),
    pub last: (usize, usize),
}

/// A worksheet's cells, row by row from the sheet's first row (index 0 is row 1).
#[derive(Debug, Clone, Default)]
pub(crate) struct Grid {
    pub rows: Vec<Vec<Cell>>,
}

impl Grid {
    /// The grid of these rows, each padded to the widest.
    pub fn new(mut rows: Vec<Vec<Cell>>) -> Self {
        let width = rows.iter().map(Vec::len).max().unwrap_or(0);
        for row in &mut rows {
            row.resize_with(width, Cell::empty);
        }
        Self { rows }
    }

    /// Whether no cell holds anything.
    pub fn is_blank(&self) -> bool {
        self.rows.iter().flatten().all(Cell::is_empty)
    }

    /// Copies each region's top-left cell into the region's other cells.
    pub fn fill_merged(&mut self, regions: &[MergedRegion]) {
        for region in regions {
            let Some(source) = self
                .rows
                .get(region.first.0)
                .and_then(|row| row.get(region.first.1))
                .cloned()
            else {
                continue;
            };
            for row in self
                .rows
                .iter_mut()
                .take(region.last.0 + 1)
                .skip(region.first.0)
            {
                for cell in row.iter_mut().take(region.last.1 + 1).skip(region.first.1) {
                    *cell = source.clone();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_padded_and_merged_regions_take_their_top_left_cell() {
        let mut grid = Grid::new(vec![
            vec![Cell::text("东岭镇"), Cell::number(3000.0)],
            vec![Cell::empty()],
        ]);
        assert_eq!(grid.rows[1].len(), 2);
        grid.fill_merged(&[MergedRegion {
            first: (0, 0),
            last: (1, 0),
        }]);
        assert_eq!(grid.rows[1][0].text, "东岭镇");
        assert!(grid.rows[1][1].is_empty());
        assert_eq!(grid.rows[0][1].text, "3000");
    }

    #[test]
    fn blank_text_is_an_empty_cell() {
        assert!(Cell::text("  ").is_empty());
        assert!(!Cell::text("续建").is_empty());
        assert!(Grid::new(vec![vec![Cell::text(" ")]]).is_blank());
    }
}
