//! UTF-16 without a byte-order mark, recognised by what its code units decode to: in a real
//! text nearly every unit is ASCII, a CJK ideograph or CJK punctuation in one byte order, and
//! much of it is noise in the other (Hangul, surrogates, private use) or in a legacy reading.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE};

/// Enough code units to judge by; longer input is judged by its start.
const SAMPLE_UNITS: usize = 16 * 1024;

/// At least this many units are needed to judge at all.
const MIN_UNITS: usize = 2;

/// Share of plausible characters, in percent, that a byte order needs to be taken.
const PLAUSIBLE_PERCENT: usize = 95;

/// Real text has line breaks, digits or punctuation: at least one such unit in this many.
const UNITS_PER_STRUCTURE: usize = 50;

/// UTF-16LE or UTF-16BE when the bytes read as text in that byte order.
pub fn recognise(bytes: &[u8]) -> Option<&'static Encoding> {
    if !bytes.len().is_multiple_of(2) || bytes.len() < MIN_UNITS * 2 {
        return None;
    }
    let sample = &bytes[..bytes.len().min(SAMPLE_UNITS * 2)];
    let units = sample.len() / 2;
    [
        (UTF_16LE, u16::from_le_bytes as fn([u8; 2]) -> u16),
        (UTF_16BE, u16::from_be_bytes),
    ]
    .into_iter()
    .map(|(encoding, unit_from)| (encoding, Reading::count(sample, unit_from)))
    .filter(|(_, reading)| reading.is_text(units))
    .max_by_key(|(_, reading)| reading.plausible)
    .map(|(encoding, _)| encoding)
}

/// Counts over the code units of one byte order.
struct Reading {
    /// Units that decode to characters an article is made of (a surrogate pair counts twice).
    plausible: usize,
    /// Units that are line breaks, digits or punctuation, ASCII or CJK.
    structure: usize,
}

impl Reading {
    fn count(sample: &[u8], unit_from: fn([u8; 2]) -> u16) -> Self {
        let units = sample
            .chunks_exact(2)
            .map(|pair| unit_from([pair[0], pair[1]]));
        let mut reading = Reading {
            plausible: 0,
            structure: 0,
        };
        for character in char::decode_utf16(units).flatten() {
            if is_plausible(character) {
                reading.plausible += character.len_utf16();
            }
            if is_structure(character) {
                reading.structure += 1;
            }
        }
        reading
    }

    fn is_text(&self, units: usize) -> bool {
        self.plausible * 100 >= units * PLAUSIBLE_PERCENT
            && self.structure * UNITS_PER_STRUCTURE >= units
    }
}

fn is_structure(character: char) -> bool {
    (character.is_ascii() && !character.is_ascii_alphabetic())
        || ('\u{3000}'..='\u{303F}').contains(&character)
        || ('\u{FF00}'..='\u{FF20}').contains(&character)
}

fn is_plausible(character: char) -> bool {
    matches!(character,
        '\t' | '\n' | '\r' | ' '..='~'
        | '\u{A0}'..='\u{FF}'
        | '\u{2000}'..='\u{206F}'
        | '\u{3000}'..='\u{303F}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{FF00}'..='\u{FFEF}'
        | '\u{20000}'..='\u{3134F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str =
        "青禾镇总投资12亿元的智能装备产业园项目正在进行主体施工，力争6月底前竣工投产。\n";

    fn utf16(text: &str, little_endian: bool) -> Vec<u8> {
        text.encode_utf16()
            .flat_map(|unit| {
                if little_endian {
                    unit.to_le_bytes()
                } else {
                    unit.to_be_bytes()
                }
            })
            .collect()
    }

    #[test]
    fn recognises_both_byte_orders() {
        assert_eq!(recognise(&utf16(STORY, true)), Some(UTF_16LE));
        assert_eq!(recognise(&utf16(STORY, false)), Some(UTF_16BE));
        assert_eq!(
            recognise(&utf16("Plain English words.", false)),
            Some(UTF_16BE)
        );
        assert_eq!(recognise(&utf16("\u{20BB7}安镇。", true)), Some(UTF_16LE));
    }

    #[test]
    fn legacy_chinese_is_not_utf16() {
        let (gbk, _, _) = encoding_rs::GBK.encode(STORY);
        assert_eq!(recognise(&gbk), None);
        let (big5, _, _) =
            encoding_rs::BIG5.encode("東林鎮總投資18億元的新能源電池項目正在加緊建設。");
        assert_eq!(recognise(&big5), None);
    }

    #[test]
    fn odd_lengths_and_tiny_input_are_not_judged() {
        assert_eq!(recognise(b"a\x00b"), None);
        assert_eq!(recognise(b"a\x00"), None);
    }

    #[test]
    fn han_noise_without_punctuation_is_not_utf16() {
        assert_eq!(recognise(&b"\x80\x85\x99\x93\x94\x88".repeat(40)), None);
    }

    #[test]
    fn binary_is_not_utf16() {
        let bytes: Vec<u8> = (0..=255u8).cycle().take(1024).collect();
        assert_eq!(recognise(&bytes), None);
    }
}
