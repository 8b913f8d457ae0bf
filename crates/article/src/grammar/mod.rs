//! The grammars: small parsers for the phrases a project's facts are written in — numbers,
//! sums of money, dates, status verbs and the responsible person. Each works on Simplified text and returns spans.

pub mod amount;
pub mod count;
pub mod date;
pub mod number;
pub mod person;
pub mod status;

/// Walks `text` for phrases, in order and without overlap: where `starts` accepts a character
/// (with the one before it and the rest of the text from it), `parse` reads a phrase at that
/// byte offset, and the walk goes on after its `end`. Stretches out of `reach` of an anchor
/// are skipped.
fn scan<const N: usize, T>(
    text: &str,
    mut reach: Reach<N>,
    starts: impl Fn(char, Option<char>, &str) -> bool,
    parse: impl Fn(usize) -> Option<T>,
    end: impl Fn(&T) -> usize,
) -> Vec<T> {
    let mut found = Vec::new();
    let mut at = 0;
    let mut previous: Option<char> = None;
    while let Some(c) = text[at..].chars().next() {
        let Some(from) = reach.from(text, at) else {
            break;
        };
        if from > at {
            at = from;
            previous = text[..at].chars().next_back();
            continue;
        }
        if starts(c, previous, &text[at..])
            && let Some(phrase) = parse(at)
        {
            at = end(&phrase);
            previous = text[..at].chars().next_back();
            found.push(phrase);
            continue;
        }
        previous = Some(c);
        at += c.len_utf8();
    }
    found
}

/// Where a phrase that names one of a few anchor characters soon after its start ("…亿元",
/// "…月底") can start: no more than `reach` characters before the next anchor. A scanner walking
/// a text forward asks it where to look next and skips the stretches in between; each anchor is
/// looked for with a fast single-character search.
struct Reach<const N: usize> {
    anchors: [char; N],
    reach: usize,
    /// Where each anchor next stands at or after the last position asked about (the text's
    /// length when it stands nowhere after; `None` before the first search).
    next: [Option<usize>; N],
    /// The nearest of them, and the first byte within reach of it.
    window: Option<(usize, usize)>,
}

impl<const N: usize> Reach<N> {
    fn new(anchors: [char; N], reach: usize) -> Self {
        Reach {
            anchors,
            reach,
            next: [None; N],
            window: None,
        }
    }

    /// The first byte at or after `at` within reach of an anchor; `None` when no anchor follows.
    fn from(&mut self, text: &str, at: usize) -> Option<usize> {
        let (start, anchor) = match self.window {
            Some((start, anchor)) if anchor >= at => (start, anchor),
            _ => {
                for (next, anchor) in self.next.iter_mut().zip(self.anchors) {
                    if next.is_none_or(|next| next < at) {
                        *next = Some(text[at..].find(anchor).map_or(text.len(), |i| at + i));
                    }
                }
                let anchor = self.next.iter().flatten().copied().min()?;
                if anchor == text.len() {
                    return None;
                }
                let start = text[at..anchor]
                    .char_indices()
                    .rev()
                    .nth(self.reach - 1)
                    .map_or(at, |(offset, _)| at + offset);
                (start, anchor)
            }
        };
        self.window = Some((start, anchor));
        Some(start.max(at))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reach_skips_to_the_characters_before_an_anchor() {
        let text = "一二三四五六七八九十元一二三";
        let mut reach = Reach::new(['元'], 3);
        let start = reach.from(text, 0);
        assert_eq!(start, text.find("八"));
        assert_eq!(
            reach.from(text, text.find("九").unwrap_or(0)),
            text.find("九")
        );
        assert_eq!(
            reach.from(text, text.find("元").unwrap_or(0)),
            text.find("元")
        );
        assert_eq!(reach.from(text, text.rfind("一").unwrap_or(0)), None);
        assert_eq!(Reach::new(['元'], 30).from(text, 0), Some(0));
    }
}
