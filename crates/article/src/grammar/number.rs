//! Numbers as articles write them: Arabic digits with decimals ("1.02", "2 300"), Chinese
//! numerals ("三千万", "一亿", "十二"), and the magnitude words 千/万/百万/千万/亿. Values are
//! exact decimals (integer mantissa and scale), never floats.

use std::sync::LazyLock;

/// An exact decimal number: `mantissa / 10^scale`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decimal {
    pub mantissa: i128,
    pub scale: u32,
}

/// Digits beyond this many are not a number an article means.
const MAX_DIGITS: usize = 18;

impl Decimal {
    pub fn integer(value: i128) -> Self {
        Decimal {
            mantissa: value,
            scale: 0,
        }
    }

    /// The number multiplied by an integer factor, `None` on overflow.
    pub fn times(self, factor: i128) -> Option<Self> {
        Some(Decimal {
            mantissa: self.mantissa.checked_mul(factor)?,
            scale: self.scale,
        })
    }

    /// The whole part (rounded toward zero), `None` if it does not fit an `i64`.
    pub fn whole(self) -> Option<i64> {
        let divisor = 10i128.checked_pow(self.scale)?;
        i64::try_from(self.mantissa / divisor).ok()
    }
}

/// Parses Arabic digits with an optional decimal part at the start of `text`; returns the
/// number and the bytes used. Digits must be ASCII (the cleaner folds full-width ones).
pub fn parse_arabic(text: &str) -> Option<(Decimal, usize)> {
    let bytes = text.as_bytes();
    let whole_len = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if whole_len == 0 || whole_len > MAX_DIGITS {
        return None;
    }
    let mut mantissa: i128 = text[..whole_len].parse().ok()?;
    let mut used = whole_len;
    let mut scale = 0;
    if bytes.get(whole_len) == Some(&b'.') {
        let fraction_len = bytes[whole_len + 1..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if fraction_len > 0 && fraction_len <= 8 {
            let fraction: i128 = text[whole_len + 1..whole_len + 1 + fraction_len]
                .parse()
                .ok()?;
            let shift = 10i128.pow(u32::try_from(fraction_len).ok()?);
            mantissa = mantissa.checked_mul(shift)?.checked_add(fraction)?;
            scale = u32::try_from(fraction_len).ok()?;
            used = whole_len + 1 + fraction_len;
        }
    }
    Some((Decimal { mantissa, scale }, used))
}

fn digit_value(c: char) -> Option<i128> {
    Some(match c {
        '零' | '〇' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '贰' | '兩' => 2,
        '三' | '叁' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

fn small_unit_value(c: char) -> Option<i128> {
    Some(match c {
        '十' | '拾' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1000,
        _ => return None,
    })
}

/// True for the characters Chinese numerals are written with (magnitudes 万/亿 excluded).
pub fn is_chinese_numeral(c: char) -> bool {
    let code = u32::from(c) as usize;
    NUMERAL_CHARS
        .get(code / 64)
        .is_some_and(|bits| bits >> (code % 64) & 1 == 1)
}

/// A bit for each character of the Basic Multilingual Plane, set for the characters Chinese
/// numerals are written with: the scanners ask about nearly every character, and a lookup does
/// not branch on it.
pub(crate) static NUMERAL_CHARS: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let mut bits = vec![0u64; 0x10000 / 64];
    for c in (0..0x10000).filter_map(char::from_u32) {
        let code = u32::from(c) as usize;
        if (digit_value(c).is_some() || small_unit_value(c).is_some())
            && let Some(word) = bits.get_mut(code / 64)
        {
            *word |= 1 << (code % 64);
        }
    }
    bits
});

/// Parses a Chinese numeral below ten thousand at the start of `text` ("三千", "十二",
/// "一"); returns the value and the bytes used. Magnitudes (万, 亿) are left to the caller.
pub fn parse_chinese(text: &str) -> Option<(i128, usize)> {
    let mut total = 0i128;
    let mut pending: Option<i128> = None;
    let mut used = 0;
    for c in text.chars() {
        if let Some(digit) = digit_value(c) {
            if pending.is_some() && digit != 0 {
                break;
            }
            pending = Some(digit);
        } else if let Some(unit) = small_unit_value(c) {
            total += pending.unwrap_or(1) * unit;
            pending = None;
        } else {
            break;
        }
        used += c.len_utf8();
    }
    (used > 0).then_some((total + pending.unwrap_or(0), used))
}

/// Parses a magnitude word at the start of `text`: 千万, 百万, 万亿, 亿, 万, 千, 百.
pub fn parse_magnitude(text: &str) -> Option<(i128, usize)> {
    const WORDS: [(&str, i128); 7] = [
        ("千万", 10_000_000),
        ("百万", 1_000_000),
        ("万亿", 1_000_000_000_000),
        ("亿", 100_000_000),
        ("万", 10_000),
        ("千", 1_000),
        ("百", 100),
    ];
    WORDS
        .iter()
        .find(|(word, _)| text.starts_with(word))
        .map(|&(word, value)| (value, word.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_integers_and_decimals_are_exact() {
        assert_eq!(parse_arabic("90亿"), Some((Decimal::integer(90), 2)));
        assert_eq!(
            parse_arabic("1.02亿"),
            Some((
                Decimal {
                    mantissa: 102,
                    scale: 2
                },
                4
            ))
        );
        assert_eq!(
            parse_arabic("550.01"),
            Some((
                Decimal {
                    mantissa: 55001,
                    scale: 2
                },
                6
            ))
        );
        assert_eq!(parse_arabic("3.元"), Some((Decimal::integer(3), 1)));
        assert_eq!(parse_arabic("亿"), None);
        assert_eq!(parse_arabic("1234567890123456789"), None);
    }

    #[test]
    fn decimals_scale_to_whole_numbers() {
        let value = parse_arabic("1.02")
            .map(|(d, _)| d)
            .and_then(|d| d.times(100_000_000));
        assert_eq!(value.and_then(Decimal::whole), Some(102_000_000));
        let value = parse_arabic("25.3")
            .map(|(d, _)| d)
            .and_then(|d| d.times(100_000_000));
        assert_eq!(value.and_then(Decimal::whole), Some(2_530_000_000));
    }

    #[test]
    fn chinese_numerals() {
        assert_eq!(parse_chinese("三千万"), Some((3000, 6)));
        assert_eq!(parse_chinese("一亿"), Some((1, 3)));
        assert_eq!(parse_chinese("十二个"), Some((12, 6)));
        assert_eq!(parse_chinese("两个"), Some((2, 3)));
        assert_eq!(parse_chinese("一千二百三十四"), Some((1234, 21)));
        assert_eq!(parse_chinese("三五"), Some((3, 3)));
        assert_eq!(parse_chinese("个"), None);
    }

    #[test]
    fn magnitudes_prefer_the_longest_word() {
        assert_eq!(parse_magnitude("千万元"), Some((10_000_000, 6)));
        assert_eq!(parse_magnitude("亿元"), Some((100_000_000, 3)));
        assert_eq!(parse_magnitude("元"), None);
    }
}
