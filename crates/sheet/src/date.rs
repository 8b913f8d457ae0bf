//! Dates in the forms 推进表 use: 2025年3月15日, 2025年3月, 2025.03, 2025-03-15,
//! 2025/3, 20250315, 2025年底, 2025年一季度, 上半年, 6月底 (with the sheet's year), and
//! Excel date serials. A date naming only a month is that month's last day, a quarter
//! or half-year its last day, a year alone 31 December: the way the app treats due
//! periods ("3月底前" is due on 03-31).

use chrono::{Datelike, Days, NaiveDate};

use crate::decimal::{Decimal, first_number, half_width};
use crate::grid::{Cell, CellValue};

/// The date in a cell; `default_year` stands in when the text names no year.
pub fn date_of(cell: &Cell, default_year: Option<i32>) -> Option<NaiveDate> {
    match cell.value {
        CellValue::Date(date) => Some(date),
        CellValue::Number(number) => date_of_number(number),
        CellValue::Text => parse_date_text(&cell.text, default_year),
        CellValue::Empty => None,
    }
}

/// A stored number in a date column: 20250315, 2025.03 (typed into Excel, which drops a
/// trailing zero, so 2025.1 is October), 2025 (the year's end), or a date serial.
pub fn date_of_number(number: f64) -> Option<NaiveDate> {
    if number < 0.0 {
        return None;
    }
    let decimal = Decimal::of_number(number)?;
    let (whole, fraction) = decimal.parts();
    let year: i32 = whole.parse().ok()?;
    if (1900..=2100).contains(&year) {
        return match fraction.len() {
            0 => end_of_month(year, 12),
            1 => end_of_month(year, fraction.parse::<u32>().ok()? * 10),
            2 => end_of_month(year, fraction.parse().ok()?),
            _ => None,
        };
    }
    if fraction.is_empty() && whole.len() == 8 {
        return yyyymmdd(whole);
    }
    from_serial(number)
}

/// The date an Excel serial names (1900 system, counted from 1899-12-30), for serials
/// between 1910 and 2100: smaller or larger numbers in a date column are no dates.
pub fn from_serial(serial: f64) -> Option<NaiveDate> {
    const FIRST_PLAUSIBLE: f64 = 3653.0;
    const LAST_PLAUSIBLE: f64 = 73415.0;
    if !(FIRST_PLAUSIBLE..=LAST_PLAUSIBLE).contains(&serial) {
        return None;
    }
    NaiveDate::from_ymd_opt(1899, 12, 30)?.checked_add_days(Days::new(serial.trunc() as u64))
}

/// The date a text names, if it names one.
pub fn parse_date_text(text: &str, default_year: Option<i32>) -> Option<NaiveDate> {
    let text = half_width(text);
    let numbers = numbers_in(&text);
    let (year, year_written, rest) = match numbers.first() {
        Some(first) if first.len() == 8 && numbers.len() == 1 => return yyyymmdd(first),
        Some(first) if first.len() == 4 => (first.parse().ok()?, true, &numbers[1..]),
        _ => (default_year?, false, &numbers[..]),
    };
    if let Some(last_month) = period_end_month(&text) {
        return end_of_month(year, last_month);
    }
    match rest {
        [] if year_written || text.contains('年') => end_of_month(year, 12),
        [] => None,
        [month] if year_written || text.contains('月') => end_of_month(year, month.parse().ok()?),
        [_] => None,
        [month, day, ..] => NaiveDate::from_ymd_opt(year, month.parse().ok()?, day.parse().ok()?),
    }
}

/// The last month of a quarter or half-year the text names.
fn period_end_month(text: &str) -> Option<u32> {
    if text.contains("上半年") {
        return Some(6);
    }
    if text.contains("下半年") {
        return Some(12);
    }
    let before_quarter = text.split_once('季')?.0;
    let quarter = match before_quarter.chars().last()? {
        '一' | '1' | '首' => 1,
        '二' | '2' => 2,
        '三' | '3' => 3,
        '四' | '4' => 4,
        _ => return None,
    };
    Some(quarter * 3)
}

fn numbers_in(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|part| !part.is_empty())
        .collect()
}

fn yyyymmdd(digits: &str) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(
        digits.get(..4)?.parse().ok()?,
        digits.get(4..6)?.parse().ok()?,
        digits.get(6..8)?.parse().ok()?,
    )
}

/// The last day of a month.
pub fn end_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let next = first.checked_add_months(chrono::Months::new(1))?;
    next.pred_opt().filter(|date| date.month() == month)
}

/// The month of a text's first number followed by 月, used by header reading.
pub(crate) fn month_after_number(text: &str) -> Option<u32> {
    let (decimal, after) = first_number(text)?;
    let month = u32::try_from(decimal.as_whole()?).ok()?;
    (after.starts_with('月') && (1..=12).contains(&month)).then_some(month)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).unwrap()
    }

    #[test]
    fn written_dates_in_the_forms_sheets_use() {
        let read = |text| parse_date_text(text, None);
        assert_eq!(read("2025年3月15日"), Some(day(2025, 3, 15)));
        assert_eq!(read("2025-03-15"), Some(day(2025, 3, 15)));
        assert_eq!(read("2025/3/5"), Some(day(2025, 3, 5)));
        assert_eq!(read("2025.3.15"), Some(day(2025, 3, 15)));
        assert_eq!(read("20250315"), Some(day(2025, 3, 15)));
        assert_eq!(read("2025-03-15T00:00:00"), Some(day(2025, 3, 15)));
        assert_eq!(read("２０２５年３月"), Some(day(2025, 3, 31)));
        assert_eq!(read("2025年2月底"), Some(day(2025, 2, 28)));
        assert_eq!(read("2024.02"), Some(day(2024, 2, 29)));
        assert_eq!(read("2025年底"), Some(day(2025, 12, 31)));
        assert_eq!(read("2025年一季度"), Some(day(2025, 3, 31)));
        assert_eq!(read("2025年第3季度"), Some(day(2025, 9, 30)));
        assert_eq!(read("2025年上半年"), Some(day(2025, 6, 30)));
        assert_eq!(read("2025年2月30日"), None);
        assert_eq!(read("待定"), None);
    }

    #[test]
    fn a_text_without_a_year_takes_the_sheets_year() {
        assert_eq!(parse_date_text("6月底", Some(2025)), Some(day(2025, 6, 30)));
        assert_eq!(parse_date_text("年内", Some(2026)), Some(day(2026, 12, 31)));
        assert_eq!(parse_date_text("6月底", None), None);
        assert_eq!(parse_date_text("待定", Some(2025)), None);
        assert_eq!(parse_date_text("3", Some(2025)), None);
    }

    #[test]
    fn stored_numbers_in_a_date_column() {
        assert_eq!(date_of_number(45731.0), Some(day(2025, 3, 15)));
        assert_eq!(date_of_number(2025.03), Some(day(2025, 3, 31)));
        assert_eq!(date_of_number(2025.1), Some(day(2025, 10, 31)));
        assert_eq!(date_of_number(2025.0), Some(day(2025, 12, 31)));
        assert_eq!(date_of_number(20250315.0), Some(day(2025, 3, 15)));
        assert_eq!(date_of_number(-3.0), None);
        assert_eq!(date_of_number(12.0), None);
    }

    #[test]
    fn month_numbers_are_read_before_yue() {
        assert_eq!(month_after_number("4月完成"), Some(4));
        assert_eq!(month_after_number("13月"), None);
        assert_eq!(month_after_number("4日"), None);
    }
}
