//! What the 月报 grid accepts in a cell: amounts typed in 万元 (as the offices write them, with
//! or without thousands separators), the warnings an amount raises before it is taken
//! (negative, more than the project's total investment, a month still to come), and a column
//! pasted from a spreadsheet split into its cells.

use crate::i18n::Lang;

const WAN: i64 = 10_000;

/// An amount in 万元 ("120", "12.5", "-3", "1,200.25") as whole yuan; `None` when it is not a
/// number or has more than four decimals (a 万元 has no smaller part than a yuan).
pub fn parse_wan(text: &str) -> Option<i64> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ',' | '\u{ff0c}'))
        .collect();
    let (negative, digits) = match cleaned.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, cleaned.as_str()),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty())
        || !all_digits(whole)
        || !all_digits(fraction)
        || fraction.len() > 4
    {
        return None;
    }
    let whole: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let fraction: i64 = format!("{fraction:0<4}").parse().ok()?;
    let yuan = whole.checked_mul(WAN)?.checked_add(fraction)?;
    Some(if negative { -yuan } else { yuan })
}

/// Yuan as 万元 for a cell: "120", "12.5", "0.0123"; at most four decimals, no trailing zeros.
pub fn wan_text(yuan: i64) -> String {
    let sign = if yuan < 0 { "-" } else { "" };
    let magnitude = yuan.unsigned_abs();
    let whole = magnitude / WAN as u64;
    let fraction = magnitude % WAN as u64;
    if fraction == 0 {
        return format!("{sign}{whole}");
    }
    let digits = format!("{fraction:04}");
    format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
}

/// Why an entry is held back until the user confirms it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryWarning {
    Negative,
    /// More than the project's total investment (in yuan).
    AboveTotal(i64),
    /// The month has not ended yet.
    FutureMonth,
    /// A pasted line is not an amount and is left out.
    NotANumber,
}

impl EntryWarning {
    pub fn text(self, lang: Lang) -> String {
        match (self, lang) {
            (EntryWarning::Negative, Lang::Zh) => "金额为负数".into(),
            (EntryWarning::Negative, Lang::En) => "the amount is negative".into(),
            (EntryWarning::AboveTotal(total), Lang::Zh) => {
                format!("超过项目总投资({}万元)", wan_text(total))
            }
            (EntryWarning::AboveTotal(total), Lang::En) => format!(
                "more than the project's total investment ({} × 10k yuan)",
                wan_text(total)
            ),
            (EntryWarning::FutureMonth, Lang::Zh) => "这个月还没到".into(),
            (EntryWarning::FutureMonth, Lang::En) => "this month has not come yet".into(),
            (EntryWarning::NotANumber, Lang::Zh) => "不是金额,已略过".into(),
            (EntryWarning::NotANumber, Lang::En) => "not an amount; left out".into(),
        }
    }
}

/// The warnings an amount for a month raises: its sign, the project's total, the month.
pub fn amount_warnings(yuan: i64, total_yuan: Option<i64>, future: bool) -> Vec<EntryWarning> {
    let mut warnings = Vec::new();
    if yuan < 0 {
        warnings.push(EntryWarning::Negative);
    }
    if let Some(total) = total_yuan.filter(|&total| total > 0 && yuan > total) {
        warnings.push(EntryWarning::AboveTotal(total));
    }
    if future {
        warnings.push(EntryWarning::FutureMonth);
    }
    warnings
}

/// The cells of a column pasted from a spreadsheet, top to bottom: one per line, the first
/// tab-separated field of each; the trailing empty line a spreadsheet adds is dropped.
pub fn pasted_cells(text: &str) -> Vec<String> {
    let mut cells: Vec<String> = text
        .lines()
        .map(|line| line.split('\t').next().unwrap_or("").trim().to_string())
        .collect();
    while cells.last().is_some_and(String::is_empty) {
        cells.pop();
    }
    cells
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_in_wan_become_yuan_and_back() {
        assert_eq!(parse_wan("120"), Some(1_200_000));
        assert_eq!(parse_wan(" 12.5 "), Some(125_000));
        assert_eq!(parse_wan("1,200.25"), Some(12_002_500));
        assert_eq!(parse_wan("1\u{ff0c}200"), Some(12_000_000));
        assert_eq!(parse_wan("-3"), Some(-30_000));
        assert_eq!(parse_wan(".5"), Some(5_000));
        assert_eq!(parse_wan("0.00001"), None);
        assert_eq!(parse_wan("十万"), None);
        assert_eq!(parse_wan(""), None);
        assert_eq!(parse_wan("-"), None);
        for yuan in [1_200_000, 125_000, -30_000, 123, 0] {
            assert_eq!(parse_wan(&wan_text(yuan)), Some(yuan));
        }
        assert_eq!(wan_text(125_000), "12.5");
    }

    #[test]
    fn warnings_name_each_doubt() {
        assert!(amount_warnings(10_000, Some(50_000), false).is_empty());
        assert_eq!(
            amount_warnings(-10_000, Some(50_000), true),
            [EntryWarning::Negative, EntryWarning::FutureMonth]
        );
        assert_eq!(
            amount_warnings(60_000, Some(50_000), false),
            [EntryWarning::AboveTotal(50_000)]
        );
        assert!(amount_warnings(60_000, None, false).is_empty());
        assert!(
            EntryWarning::AboveTotal(50_000)
                .text(Lang::Zh)
                .contains("5万元")
        );
    }

    #[test]
    fn a_pasted_column_is_one_cell_a_line() {
        assert_eq!(
            pasted_cells("120\r\n35.5\t备注\n\n80\n\n"),
            ["120", "35.5", "", "80"]
        );
        assert!(pasted_cells("").is_empty());
    }
}
