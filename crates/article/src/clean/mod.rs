//! Cleaning: the first step after decoding. Removes pinyin annotations (also their broken
//! forms), folds full-width digits, letters and parsing punctuation to ASCII, unifies line
//! breaks, and finds garbled stretches. The cleaned text is what every span points into.

mod fold;
mod garbled;
pub mod pinyin;

use crate::extraction::Span;

/// A cleaned article text and the garbled stretches found in it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cleaned {
    pub text: String,
    pub garbled: Vec<Span>,
}

/// Cleans decoded text.
pub fn clean(raw: &str) -> Cleaned {
    let mut text = String::with_capacity(raw.len());
    let mut previous: Option<char> = None;
    let mut at = 0;
    while let Some(c) = raw[at..].chars().next() {
        if is_plain(c) && !previous.is_some_and(pinyin::is_garbled_char) {
            let run = raw[at..].find(|c| !is_plain(c)).unwrap_or(raw.len() - at);
            text.push_str(&raw[at..at + run]);
            at += run;
            previous = text.chars().next_back();
            continue;
        }
        let may_annotate = matches!(c, '(' | '（') || previous.is_some_and(pinyin::is_garbled_char);
        if may_annotate && let Some(len) = pinyin::annotation_len(previous, &raw[at..]) {
            at += len;
            continue;
        }
        at += c.len_utf8();
        let kept = match c {
            '\r' if raw[at..].starts_with('\n') => continue,
            '\r' => '\n',
            _ => fold::fold_char(c),
        };
        text.push(kept);
        previous = Some(kept);
    }
    let garbled = garbled::garbled_spans(&text);
    Cleaned { text, garbled }
}

/// A character cleaning keeps as it is, whatever stands around it: no line break to unify,
/// nothing to fold, no parenthesis that may open a reading, no garbled character a broken
/// reading may follow.
fn is_plain(c: char) -> bool {
    !matches!(c, '\r' | '(' | '（') && !pinyin::is_garbled_char(c) && fold::fold_char(c) == c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans_pinyin_width_and_line_breaks() {
        let cleaned = clean("總投資９０億元的惠生項(xiàng)目\r\n第二行\r第三行");
        assert_eq!(cleaned.text, "總投資90億元的惠生項目\n第二行\n第三行");
        assert!(cleaned.garbled.is_empty());
    }

    #[test]
    fn reports_garbled_spans_in_cleaned_offsets() {
        let cleaned = clean("在勇?lián)?dāng)、善作(zuò)為");
        assert_eq!(cleaned.text, "在勇??、善作為");
        let span = cleaned.garbled[0];
        assert_eq!(&cleaned.text[span.start..span.end], "??");
    }
}
