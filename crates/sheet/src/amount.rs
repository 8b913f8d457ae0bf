//! Money: the unit a header or a "单位：万元" note names, and a cell's amount in integer
//! yuan. A unit written in the cell itself ("1.2亿") wins over the column's.

use crate::decimal::{Decimal, first_number, half_width};
use crate::grid::{Cell, CellValue};

/// The unit an amount column counts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MoneyUnit {
    /// 元.
    Yuan,
    /// 万元, the usual unit of a 推进表.
    TenThousandYuan,
    /// 亿元.
    HundredMillionYuan,
}

impl MoneyUnit {
    /// How many yuan one of this unit is.
    pub fn yuan(self) -> i64 {
        match self {
            Self::Yuan => 1,
            Self::TenThousandYuan => 10_000,
            Self::HundredMillionYuan => 100_000_000,
        }
    }

    /// The unit a header or note names ("总投资（亿元）", "单位：万元"), if any.
    pub fn named_in(text: &str) -> Option<Self> {
        if text.contains('亿') {
            Some(Self::HundredMillionYuan)
        } else if text.contains('万') {
            Some(Self::TenThousandYuan)
        } else if text.contains('元') {
            Some(Self::Yuan)
        } else {
            None
        }
    }

    /// The unit a "单位：万元" or "金额单位：亿元" note in a cell names.
    pub(crate) fn of_unit_note(text: &str) -> Option<Self> {
        let text = half_width(text);
        let (_, after) = text.split_once("单位")?;
        let after = after.trim_start_matches([':', '：']);
        after
            .starts_with(['元', '万', '亿'])
            .then(|| Self::named_in(after))
            .flatten()
    }
}

/// The amount in a cell, in yuan: a stored number counts in `column_unit`; text may
/// name its own unit. Blank cells and dashes ("—", "/", "无") are no amount.
pub fn amount_yuan(cell: &Cell, column_unit: MoneyUnit) -> Option<i64> {
    match cell.value {
        CellValue::Number(number) => Decimal::of_number(number)?.scaled(column_unit.yuan()),
        CellValue::Text => amount_in_text(&cell.text, column_unit),
        CellValue::Empty | CellValue::Date(_) => None,
    }
}

fn amount_in_text(text: &str, column_unit: MoneyUnit) -> Option<i64> {
    let text = half_width(text);
    let (decimal, after) = first_number(&text)?;
    let yuan_per_unit = if after.starts_with("千万") {
        10_000_000
    } else if after.starts_with(['亿', '万', '元']) {
        MoneyUnit::named_in(&after[..after.chars().next()?.len_utf8()])?.yuan()
    } else {
        column_unit.yuan()
    };
    decimal.scaled(yuan_per_unit)
}

#[cfg(test)]
mod tests {
    use super::*;

    const WAN: MoneyUnit = MoneyUnit::TenThousandYuan;

    #[test]
    fn numbers_count_in_the_column_unit() {
        assert_eq!(amount_yuan(&Cell::number(3000.0), WAN), Some(30_000_000));
        assert_eq!(
            amount_yuan(&Cell::number(1.5), MoneyUnit::HundredMillionYuan),
            Some(150_000_000)
        );
        assert_eq!(amount_yuan(&Cell::number(88.0), MoneyUnit::Yuan), Some(88));
    }

    #[test]
    fn text_amounts_may_name_their_own_unit() {
        assert_eq!(amount_yuan(&Cell::text("1,200.5"), WAN), Some(12_005_000));
        assert_eq!(amount_yuan(&Cell::text("1.2亿"), WAN), Some(120_000_000));
        assert_eq!(
            amount_yuan(&Cell::text("约800万元"), MoneyUnit::Yuan),
            Some(8_000_000)
        );
        assert_eq!(amount_yuan(&Cell::text("3千万"), WAN), Some(30_000_000));
        assert_eq!(amount_yuan(&Cell::text("500元"), WAN), Some(500));
    }

    #[test]
    fn dashes_and_blanks_are_no_amount() {
        for text in ["—", "/", "-", "无", "", "  "] {
            assert_eq!(amount_yuan(&Cell::text(text), WAN), None, "{text:?}");
        }
    }

    #[test]
    fn units_are_read_from_headers_and_notes() {
        assert_eq!(MoneyUnit::named_in("总投资(万元)"), Some(WAN));
        assert_eq!(
            MoneyUnit::named_in("总投资（亿元）"),
            Some(MoneyUnit::HundredMillionYuan)
        );
        assert_eq!(MoneyUnit::named_in("总投资(元)"), Some(MoneyUnit::Yuan));
        assert_eq!(MoneyUnit::named_in("总投资"), None);
        assert_eq!(MoneyUnit::of_unit_note("单位：万元"), Some(WAN));
        assert_eq!(
            MoneyUnit::of_unit_note("金额单位: 亿元"),
            Some(MoneyUnit::HundredMillionYuan)
        );
        assert_eq!(MoneyUnit::of_unit_note("填报单位：东岭镇"), None);
    }
}
