//! Money: an integer number of yuan, written the way a Chinese reader expects (万 and 亿).

use serde::{Deserialize, Serialize};

pub use town_tracker_article::{AmountKind, Qualifier};

/// A project's investment: whole yuan (never a float), how exact it is, and what it measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Investment {
    pub yuan: i64,
    #[serde(default)]
    pub qualifier: Qualifier,
    #[serde(default)]
    pub kind: AmountKind,
}

const WAN: i64 = 10_000;
const YI: i64 = 100_000_000;

/// The total of some investments, in yuan. The sum is taken in `i128`, which no sum of `i64`
/// amounts can overflow, so a total is never silently cut off.
pub fn sum_yuan(investments: impl IntoIterator<Item = Investment>) -> i128 {
    investments.into_iter().map(|i| i128::from(i.yuan)).sum()
}

/// Formats yuan with 亿/万: 9_000_000_000 → "90亿元", 102_000_000 → "1.02亿元",
/// 80_000_000 → "8000万元", 35_000 → "3.5万元", 800 → "800元". At most two decimals,
/// trailing zeros dropped.
pub fn format_yuan(yuan: i64) -> String {
    format_total_yuan(yuan.into())
}

/// [`format_yuan`] for a total, which may be larger than any single amount.
pub fn format_total_yuan(yuan: i128) -> String {
    let sign = if yuan < 0 { "-" } else { "" };
    let magnitude = yuan.unsigned_abs();
    let (unit_size, unit) = if magnitude >= YI as u128 {
        (YI as u128, "亿元")
    } else if magnitude >= WAN as u128 {
        (WAN as u128, "万元")
    } else {
        return format!("{sign}{magnitude}元");
    };
    let rounded = (magnitude % unit_size * 100 + unit_size / 2) / unit_size;
    let whole = magnitude / unit_size + rounded / 100;
    let fraction = rounded % 100;
    let number = match fraction {
        0 => whole.to_string(),
        f if f % 10 == 0 => format!("{whole}.{}", f / 10),
        f => format!("{whole}.{f:02}"),
    };
    format!("{sign}{number}{unit}")
}

/// The amount in 亿元 as a decimal string for tables and exports ("90", "1.02", "0.8").
pub fn yi_yuan_decimal(yuan: i64) -> String {
    let sign = if yuan < 0 { "-" } else { "" };
    let magnitude = u128::from(yuan.unsigned_abs());
    let ten_thousandths = (magnitude * 10_000 + YI as u128 / 2) / YI as u128;
    let whole = ten_thousandths / 10_000;
    let fraction = ten_thousandths % 10_000;
    if fraction == 0 {
        return format!("{sign}{whole}");
    }
    let digits = format!("{fraction:04}");
    format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
}

/// The short Chinese word for a qualifier, placed before or after the amount.
pub fn qualifier_words(qualifier: Qualifier) -> (&'static str, &'static str) {
    match qualifier {
        Qualifier::Exact => ("", ""),
        Qualifier::About => ("约", ""),
        Qualifier::AtLeast => ("", "以上"),
        Qualifier::AtMost => ("近", ""),
    }
}

/// An investment as a reader expects it: "约1.5亿元", "5000万元以上".
pub fn format_investment(investment: &Investment) -> String {
    let (before, after) = qualifier_words(investment.qualifier);
    format!("{before}{}{after}", format_yuan(investment.yuan))
}

/// Parses what a user types into an amount field, in 亿元: "90", "1.02", " 0.5 ".
/// Returns `None` for anything that is not a non-negative decimal with at most 8 decimals.
pub fn parse_yi_yuan(input: &str) -> Option<i64> {
    let input = input.trim();
    let (whole, fraction) = match input.split_once('.') {
        Some((whole, fraction)) => (whole, fraction),
        None => (input, ""),
    };
    if whole.is_empty() && fraction.is_empty() {
        return None;
    }
    let all_digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if !all_digits(whole) || !all_digits(fraction) || fraction.len() > 8 {
        return None;
    }
    let whole: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let padded = format!("{fraction:0<8}");
    let fraction: i64 = padded.parse().ok()?;
    whole.checked_mul(YI)?.checked_add(fraction)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_with_yi_and_wan() {
        assert_eq!(format_yuan(9_000_000_000), "90亿元");
        assert_eq!(format_yuan(102_000_000), "1.02亿元");
        assert_eq!(format_yuan(150_000_000), "1.5亿元");
        assert_eq!(format_yuan(100_000_000), "1亿元");
        assert_eq!(format_yuan(80_000_000), "8000万元");
        assert_eq!(format_yuan(35_000), "3.5万元");
        assert_eq!(format_yuan(800), "800元");
        assert_eq!(format_yuan(0), "0元");
        assert_eq!(format_yuan(-50_000), "-5万元");
        assert_eq!(format_yuan(i64::MAX), "92233720368.55亿元");
        assert_eq!(format_yuan(i64::MIN), "-92233720368.55亿元");
        assert_eq!(format_yuan(999_999_999), "10亿元");
        assert_eq!(
            format_total_yuan(i128::MAX),
            "1701411834604692317316873037158.84亿元"
        );
    }

    #[test]
    fn totals_never_saturate() {
        let investment = |yuan| Investment {
            yuan,
            qualifier: Qualifier::Exact,
            kind: AmountKind::Total,
        };
        let total = sum_yuan([investment(i64::MAX), investment(i64::MAX), investment(1)]);
        assert_eq!(total, 2 * i128::from(i64::MAX) + 1);
        assert_eq!(format_total_yuan(total), "184467440737.1亿元");
    }

    #[test]
    fn decimal_yi_for_tables() {
        assert_eq!(yi_yuan_decimal(9_000_000_000), "90");
        assert_eq!(yi_yuan_decimal(102_000_000), "1.02");
        assert_eq!(yi_yuan_decimal(80_000_000), "0.8");
        assert_eq!(yi_yuan_decimal(12_345), "0.0001");
    }

    #[test]
    fn investments_carry_their_qualifier() {
        let about = Investment {
            yuan: 150_000_000,
            qualifier: Qualifier::About,
            kind: AmountKind::Total,
        };
        assert_eq!(format_investment(&about), "约1.5亿元");
        let at_least = Investment {
            qualifier: Qualifier::AtLeast,
            yuan: 50_000_000,
            ..about
        };
        assert_eq!(format_investment(&at_least), "5000万元以上");
    }

    #[test]
    fn parses_typed_amounts_in_yi() {
        assert_eq!(parse_yi_yuan("90"), Some(9_000_000_000));
        assert_eq!(parse_yi_yuan(" 1.02 "), Some(102_000_000));
        assert_eq!(parse_yi_yuan(".5"), Some(50_000_000));
        assert_eq!(parse_yi_yuan("0.00000001"), Some(1));
        assert_eq!(parse_yi_yuan(""), None);
        assert_eq!(parse_yi_yuan("."), None);
        assert_eq!(parse_yi_yuan("-1"), None);
        assert_eq!(parse_yi_yuan("1.2.3"), None);
        assert_eq!(parse_yi_yuan("abc"), None);
        assert_eq!(parse_yi_yuan("0.000000001"), None);
        assert_eq!(parse_yi_yuan("99999999999999999999"), None);
    }
}
