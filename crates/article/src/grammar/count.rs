//! Counts of projects: "3个项目", "两个项目", "3个招商引资项目", "5大产业项目", "签约项目3个",
//! "一批项目". A count lets a sentence speak for a batch of projects that it does not name
//! (集中签约, 集中开工) and lets a later enumeration name them ("这3个项目是:…").

use crate::clean::pinyin::is_han;
use crate::grammar::number::{is_chinese_numeral, parse_chinese};
use crate::lexicon::classes::{PROJECT_COUNT_CLASSIFIERS, PROJECT_HEAD};

/// The most characters of modifiers between a count and its 项目 ("3个招商引资项目").
const MAX_MODIFIER_CHARS: usize = 8;

/// A count of projects found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProjectCount {
    /// How many; `None` for "一批".
    pub count: Option<usize>,
    /// Byte offsets of the whole phrase.
    pub start: usize,
    pub end: usize,
}

/// The first count of projects in a text. 项目 is looked for by its first character, which
/// needs no searcher built for each of the many clauses asked.
pub fn find_project_count(text: &str) -> Option<ProjectCount> {
    let first = PROJECT_HEAD.chars().next()?;
    text.match_indices(first)
        .filter(|&(at, _)| text[at..].starts_with(PROJECT_HEAD))
        .find_map(|(at, _)| {
            counted_before(text, at).or_else(|| counted_after(text, at + PROJECT_HEAD.len()))
        })
}

/// "3个招商引资项目": a numeral and a classifier, then at most a few modifiers before 项目 at
/// `head`.
fn counted_before(text: &str, head: usize) -> Option<ProjectCount> {
    let before = &text[..head];
    for (taken, (at, c)) in before.char_indices().rev().enumerate() {
        if PROJECT_COUNT_CLASSIFIERS.contains(&c) {
            let numeral_start = numeral_start(before, at);
            if numeral_start < at {
                let count = read_count(&before[numeral_start..at], c)?;
                return Some(ProjectCount {
                    count,
                    start: numeral_start,
                    end: head + PROJECT_HEAD.len(),
                });
            }
        }
        if taken == MAX_MODIFIER_CHARS || !is_han(c) || c == '的' {
            return None;
        }
    }
    None
}

/// "项目3个": 项目, then a numeral and 个.
fn counted_after(text: &str, after_head: usize) -> Option<ProjectCount> {
    let rest = &text[after_head..];
    let numeral_len: usize = rest
        .chars()
        .take_while(|&c| c.is_ascii_digit() || is_chinese_numeral(c))
        .map(char::len_utf8)
        .sum();
    if numeral_len == 0 || !rest[numeral_len..].starts_with('个') {
        return None;
    }
    let count = read_count(&rest[..numeral_len], '个')?;
    Some(ProjectCount {
        count,
        start: after_head - PROJECT_HEAD.len(),
        end: after_head + numeral_len + '个'.len_utf8(),
    })
}

/// Where the numerals ending at `end` begin.
fn numeral_start(text: &str, end: usize) -> usize {
    text[..end]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_ascii_digit() || is_chinese_numeral(c))
        .last()
        .map_or(end, |(at, _)| at)
}

/// The number a numeral says before a classifier: "一批" is a batch of unknown size.
fn read_count(numerals: &str, classifier: char) -> Option<Option<usize>> {
    if classifier == '批' {
        return (numerals == "一").then_some(None);
    }
    let value = match numerals.parse::<usize>() {
        Ok(value) => value,
        Err(_) => {
            let (value, used) = parse_chinese(numerals)?;
            if used != numerals.len() {
                return None;
            }
            usize::try_from(value).ok()?
        }
    };
    (value > 0).then_some(Some(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(text: &str) -> Option<Option<usize>> {
        find_project_count(text).map(|c| c.count)
    }

    #[test]
    fn counts_before_and_after_the_head() {
        assert_eq!(count("两个项目同日开工"), Some(Some(2)));
        assert_eq!(count("集中签约3个招商引资项目"), Some(Some(3)));
        assert_eq!(count("5大产业项目集中开工"), Some(Some(5)));
        assert_eq!(count("成功签约招商引资项目4个"), Some(Some(4)));
        assert_eq!(count("集中开工一批重点项目"), Some(None));
        assert_eq!(count("签约的项目进展顺利"), None);
        assert_eq!(count("3个村的道路项目"), None);
    }

    #[test]
    fn the_phrase_spans_count_and_head() {
        let text = "今年集中签约3个招商引资项目,";
        let found = find_project_count(text).unwrap();
        assert_eq!(&text[found.start..found.end], "3个招商引资项目");
    }
}
