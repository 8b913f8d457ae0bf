//! Garbled stretches: replacement characters, '?' standing inside Chinese, and mojibake runs of
//! UTF-8 read as Latin-1. They are reported as warnings, never fatal.

use super::pinyin::{is_garbled_char, is_han};
use crate::extraction::Span;

/// Garbled characters closer than this (in characters) are reported as one stretch.
const MERGE_GAP: usize = 4;

/// Finds the garbled stretches of a cleaned text, in order, as byte spans.
pub fn garbled_spans(text: &str) -> Vec<Span> {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut from = 0;
    while let Some(start) = next_mark(text, from) {
        // Judge the run of marks found here and the character after it.
        let mut previous = text[..start].chars().next_back();
        let mut chars = text[start..]
            .char_indices()
            .map(|(at, c)| (start + at, c))
            .peekable();
        while let Some((at, c)) = chars.next() {
            let next = chars.peek().map(|&(_, n)| n);
            if is_suspect(c, previous, next) {
                let end = at + c.len_utf8();
                match spans.last_mut() {
                    Some((_, last_end)) if text[*last_end..at].chars().count() <= MERGE_GAP => {
                        *last_end = end;
                    }
                    _ => spans.push((at, end)),
                }
            }
            from = at + c.len_utf8();
            previous = Some(c);
            if !is_mark(c) {
                break;
            }
        }
    }
    spans
        .into_iter()
        .map(|(start, end)| Span { start, end })
        .collect()
}

/// Where the first mark at or after `from` stands. Candidates are found by their first byte
/// ('?' and the lead bytes of U+FFFD and of Ã..ï, never inside a character) without decoding
/// the text, and checked as characters.
fn next_mark(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut at = from;
    while let Some(offset) = bytes
        .get(at..)?
        .iter()
        .position(|&b| matches!(b, b'?' | 0xEF | 0xC3))
    {
        let start = at + offset;
        if text[start..].chars().next().is_some_and(is_mark) {
            return Some(start);
        }
        at = start + 1;
    }
    None
}

/// The characters a garbled stretch is seen by: '?', the replacement character and the Latin-1
/// letters that open a mojibake pair. Only they, and the character right after one, can be
/// suspect; the text between them is passed over.
fn is_mark(c: char) -> bool {
    matches!(c, '?' | '\u{FFFD}' | 'Ã'..='ï')
}

fn is_suspect(c: char, previous: Option<char>, next: Option<char>) -> bool {
    let chinese_or_garbled = |n: Option<char>| n.is_some_and(|n| is_han(n) || is_garbled_char(n));
    match c {
        '\u{FFFD}' => true,
        '?' => {
            chinese_or_garbled(previous)
                && (chinese_or_garbled(next) || next.is_some_and(is_stray_after_garble))
        }
        'Ã'..='ï' => next.is_some_and(is_latin1_continuation),
        _ => previous.is_some_and(|p| ('Ã'..='ï').contains(&p)) && is_latin1_continuation(c),
    }
}

/// Punctuation that a garbled character often swallows or leaves behind ("親?!碧").
fn is_stray_after_garble(c: char) -> bool {
    matches!(c, '!' | ',' | '、' | '。' | '“' | '”')
}

/// Characters that UTF-8 continuation bytes become when read as Latin-1 or Windows-1252.
fn is_latin1_continuation(c: char) -> bool {
    matches!(
        c,
        '\u{80}'
            ..='\u{BF}'
                | '€'
                | '‚'
                | 'ƒ'
                | '„'
                | '…'
                | '†'
                | '‡'
                | 'ˆ'
                | '‰'
                | 'Š'
                | '‹'
                | 'Œ'
                | 'Ž'
                | '‘'
                | '’'
                | '“'
                | '”'
                | '•'
                | '–'
                | '—'
                | '˜'
                | '™'
                | 'š'
                | '›'
                | 'œ'
                | 'ž'
                | 'Ÿ'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans_text(text: &str) -> Vec<&str> {
        garbled_spans(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn finds_replacement_characters() {
        assert_eq!(
            spans_text("项目\u{FFFD}\u{FFFD}建设"),
            vec!["\u{FFFD}\u{FFFD}"]
        );
    }

    #[test]
    fn finds_question_marks_inside_chinese_and_merges_close_ones() {
        assert_eq!(spans_text("在勇??、善作为"), vec!["??"]);
        assert_eq!(spans_text("亲?!碧厣放?,构建"), vec!["?!碧厣放?"]);
    }

    #[test]
    fn ignores_ordinary_question_marks() {
        assert!(spans_text("what? ok").is_empty());
        assert!(spans_text("是吗？是的").is_empty());
    }

    #[test]
    fn finds_latin1_mojibake() {
        assert_eq!(spans_text("ok ä¸\u{AD}æ–‡ ok"), vec!["ä¸\u{AD}æ–"]);
    }
}
