//! Questions asked of the word classes ([`super::classes`]): where boundary words end in a
//! text, whether a candidate is generic or about work, the longest class word a text starts or
//! ends with.

use aho_corasick::{Anchored, Input};

use super::automata::{ABSTRACT_MATCHER, BOUNDARY_MATCHER, GENERIC_MATCHER};
use super::classes::TIME_CHARS;

/// Where the words of [`NAME_BOUNDARIES`](super::classes::NAME_BOUNDARIES) end in a text,
/// found in one pass.
pub struct BoundaryIndex {
    /// Byte length of the longest boundary word ending at each offset (0: none).
    word_end: Vec<u8>,
}

impl BoundaryIndex {
    pub fn new(text: &str) -> Self {
        let mut word_end = vec![0u8; text.len() + 1];
        for hit in BOUNDARY_MATCHER.find_overlapping_iter(text) {
            let len = u8::try_from(hit.end() - hit.start()).unwrap_or(u8::MAX);
            if let Some(slot) = word_end.get_mut(hit.end()) {
                *slot = (*slot).max(len);
            }
        }
        BoundaryIndex { word_end }
    }

    /// True when a boundary word ends at byte `at`.
    pub fn ends_at(&self, at: usize) -> bool {
        self.word_end.get(at).is_some_and(|&len| len > 0)
    }
}

/// Time words and numerals that may open a clause before its subject ("今年上半年,", "2月7日下午").
pub fn is_time_char(c: char) -> bool {
    c.is_ascii_digit() || c == ' ' || TIME_CHARS.contains(&c)
}

/// The longest word of `words` (none empty) that `text` ends with. The last bytes are compared
/// first: most words end in another character, and this rules them out at once.
pub fn longest_suffix<'w>(text: &str, words: &[&'w str]) -> Option<&'w str> {
    let last = text.as_bytes().last();
    words
        .iter()
        .copied()
        .filter(|w| w.as_bytes().last() == last && text.ends_with(w))
        .max_by_key(|w| w.len())
}

/// The longest word of `words` that `text` starts with.
pub fn longest_prefix<'w>(text: &str, words: &[&'w str]) -> Option<&'w str> {
    words
        .iter()
        .copied()
        .filter(|w| text.starts_with(w))
        .max_by_key(|w| w.len())
}

/// The length of the longest generic word `text` starts with.
fn generic_word_len(text: &str) -> Option<usize> {
    let hit = GENERIC_MATCHER.find(Input::new(text).anchored(Anchored::Yes))?;
    Some(hit.end())
}

/// True when `text` holds a word about work or policy rather than a project.
pub fn has_abstract_word(text: &str) -> bool {
    ABSTRACT_MATCHER.is_match(text)
}

/// True when `text` is made of generic words, digits and numerals only.
pub fn is_generic(text: &str) -> bool {
    let mut rest = text;
    while !rest.is_empty() {
        if let Some(len) = generic_word_len(rest) {
            rest = &rest[len..];
            continue;
        }
        let Some(c) = rest.chars().next() else { break };
        if c.is_ascii_digit()
            || c == '.'
            || crate::grammar::number::is_chinese_numeral(c)
            || !crate::clean::pinyin::is_han(c)
        {
            rest = &rest[c.len_utf8()..];
            continue;
        }
        return false;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::classes::{COMPANY_ENDINGS, NAME_BOUNDARIES};

    #[test]
    fn generic_names() {
        for text in [
            "重大",
            "在手在谈优质",
            "民生实事重点",
            "亿元以上",
            "5000万元以上",
            "园区共享",
            "招商",
            "亿元工业",
            "3个",
        ] {
            assert!(is_generic(text), "{text}");
        }
        for text in ["惠生海工装备基地", "墨达思", "钢窗", "加油站", "食用菌"] {
            assert!(!is_generic(text), "{text}");
        }
    }

    #[test]
    fn suffixes_and_prefixes_prefer_the_longest_word() {
        assert_eq!(
            longest_suffix("南通千鹤食品有限公司", COMPANY_ENDINGS),
            Some("有限公司")
        );
        assert_eq!(longest_prefix("分别为甲", NAME_BOUNDARIES), Some("分别为"));
    }
}
