//! Exact decimal numbers in cell text ("1,200.5", "１２００", "-3.25"), scaled to
//! integers without going through floating point, so 0.35亿 is exactly 35,000,000 yuan.

/// Full-width digits and punctuation made half-width, spaces removed.
pub(crate) fn half_width(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '．' => '.',
            '，' => ',',
            '－' => '-',
            '％' => '%',
            '（' => '(',
            '）' => ')',
            other => other,
        })
        .collect()
}

/// A decimal number read from text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Decimal {
    negative: bool,
    /// All digits, integer part then fraction.
    digits: String,
    /// How many of `digits` are after the point.
    fraction_digits: usize,
}

/// The first number in `text` (already [`half_width`]), with the text after it. A minus
/// sign counts only at the very start, so "1-4月" reads as 1.
pub(crate) fn first_number(text: &str) -> Option<(Decimal, &str)> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let negative = text[..start] == *"-";
    let mut digits = String::new();
    let mut fraction_digits = None;
    let mut end = start;
    for (offset, c) in text[start..].char_indices() {
        match c {
            '0'..='9' => {
                digits.push(c);
                if let Some(count) = fraction_digits.as_mut() {
                    *count += 1;
                }
            }
            ',' if fraction_digits.is_none() && next_is_digit(text, start + offset + 1) => {}
            '.' if fraction_digits.is_none() && next_is_digit(text, start + offset + 1) => {
                fraction_digits = Some(0);
            }
            _ => break,
        }
        end = start + offset + c.len_utf8();
    }
    let decimal = Decimal {
        negative,
        digits,
        fraction_digits: fraction_digits.unwrap_or(0),
    };
    Some((decimal, &text[end..]))
}

fn next_is_digit(text: &str, at: usize) -> bool {
    text[at..].starts_with(|c: char| c.is_ascii_digit())
}

impl Decimal {
    /// The decimal of a stored number, by its shortest exact text.
    pub fn of_number(number: f64) -> Option<Self> {
        if !number.is_finite() {
            return None;
        }
        first_number(&number.to_string()).map(|(decimal, _)| decimal)
    }

    /// The number times `factor`, rounded half away from zero; `None` if it overflows.
    pub fn scaled(&self, factor: i64) -> Option<i64> {
        const MAX_FRACTION: usize = 18;
        let kept = self.digits.len() - self.fraction_digits.saturating_sub(MAX_FRACTION);
        let fraction = self.fraction_digits.min(MAX_FRACTION);
        let mantissa: i128 = self.digits[..kept].parse().ok()?;
        let divisor = 10_i128.checked_pow(u32::try_from(fraction).ok()?)?;
        let product = mantissa.checked_mul(i128::from(factor))?;
        let rounded = (product + divisor / 2) / divisor;
        let signed = if self.negative { -rounded } else { rounded };
        i64::try_from(signed).ok()
    }

    /// The number as a float, for percentages.
    pub fn to_f64(&self) -> Option<f64> {
        let point = self.digits.len() - self.fraction_digits;
        let sign = if self.negative { "-" } else { "" };
        format!("{sign}{}.{}", &self.digits[..point], &self.digits[point..])
            .trim_end_matches('.')
            .parse()
            .ok()
    }

    /// The whole part, if the number has no fraction and is not negative.
    pub fn as_whole(&self) -> Option<u64> {
        (!self.negative && self.fraction_digits == 0)
            .then(|| self.digits.parse().ok())
            .flatten()
    }

    /// The integer part and the fraction's digits as written ("2025.03" → 2025, "03").
    pub fn parts(&self) -> (&str, &str) {
        self.digits
            .split_at(self.digits.len() - self.fraction_digits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scaled(text: &str, factor: i64) -> Option<i64> {
        first_number(&half_width(text)).and_then(|(d, _)| d.scaled(factor))
    }

    #[test]
    fn numbers_scale_exactly() {
        assert_eq!(scaled("1,200.5", 10_000), Some(12_005_000));
        assert_eq!(scaled("0.35", 100_000_000), Some(35_000_000));
        assert_eq!(scaled("１２００", 1), Some(1200));
        assert_eq!(scaled("-3.25", 100), Some(-325));
        assert_eq!(scaled("2.675", 100), Some(268));
        assert_eq!(scaled("约3000万元", 10_000), Some(30_000_000));
        assert_eq!(scaled("99999999999999999999", 10_000), None);
    }

    #[test]
    fn a_range_dash_is_no_minus_sign_and_the_rest_follows_the_number() {
        let (decimal, rest) = first_number("1-4月").unwrap();
        assert_eq!(decimal.as_whole(), Some(1));
        assert_eq!(rest, "-4月");
        let (decimal, rest) = first_number("1.2亿").unwrap();
        assert_eq!(decimal.parts(), ("1", "2"));
        assert_eq!(rest, "亿");
    }

    #[test]
    fn stored_numbers_read_by_their_shortest_text() {
        let decimal = Decimal::of_number(2025.03).unwrap();
        assert_eq!(decimal.parts(), ("2025", "03"));
        assert_eq!(Decimal::of_number(12.5).unwrap().to_f64(), Some(12.5));
        assert_eq!(Decimal::of_number(f64::NAN), None);
    }
}
