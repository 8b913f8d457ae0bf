//! Numbers as a 通报 prints them: money in 万元 below one 亿 and in 亿元 above, one decimal;
//! shares in percent with one decimal; months in Chinese form (2025年4月).

/// 123_450_000 → "1.2亿元", 45_000_000 → "4500.0万元".
pub fn money(yuan: i128) -> String {
    const WAN: f64 = 10_000.0;
    const YI: f64 = 100_000_000.0;
    let value = yuan as f64;
    if value.abs() >= YI {
        format!("{:.1}亿元", value / YI)
    } else {
        format!("{:.1}万元", value / WAN)
    }
}

/// 37.456 → "37.5%".
pub fn percent(value: f64) -> String {
    format!("{value:.1}%")
}

/// (2025, 4) → "2025年4月".
pub fn month(year: i32, month: u32) -> String {
    format!("{year}年{month}月")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_is_in_wan_or_yi_with_one_decimal() {
        assert_eq!(money(45_000_000), "4500.0万元");
        assert_eq!(money(123_450_000), "1.2亿元");
        assert_eq!(money(0), "0.0万元");
        assert_eq!(percent(37.456), "37.5%");
        assert_eq!(month(2025, 4), "2025年4月");
    }
}
