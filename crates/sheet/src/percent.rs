//! Percentages ("80%", "80％", a stored 0.8 from a %-formatted cell) as percent points.

use crate::decimal::{Decimal, first_number, half_width};
use crate::grid::{Cell, CellValue};

/// The percentage in a cell, in percent points (80.0 for 80%). Text counts as written;
/// a stored number of at most 1 is a fraction (Excel keeps 80% as 0.8) unless the
/// header says its numbers are percents already ("完成率(%)").
pub fn percent_points(cell: &Cell, header_says_percent: bool) -> Option<f64> {
    match cell.value {
        CellValue::Number(number) => {
            let points = Decimal::of_number(number)?.to_f64()?;
            Some(if header_says_percent || points.abs() > 1.0 {
                points
            } else {
                points * 100.0
            })
        }
        CellValue::Text => {
            let text = half_width(&cell.text);
            first_number(&text).and_then(|(decimal, _)| decimal.to_f64())
        }
        CellValue::Empty | CellValue::Date(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_counts_as_written_and_fractions_become_points() {
        assert_eq!(percent_points(&Cell::text("80%"), false), Some(80.0));
        assert_eq!(
            percent_points(&Cell::text("完成６５．５％"), false),
            Some(65.5)
        );
        assert_eq!(percent_points(&Cell::number(0.8), false), Some(80.0));
        assert_eq!(percent_points(&Cell::number(0.8), true), Some(0.8));
        assert_eq!(percent_points(&Cell::number(45.0), false), Some(45.0));
        assert_eq!(percent_points(&Cell::text("—"), false), None);
    }
}
