//! The layout of a cleaned text: paragraphs (lines), sentences and clauses, as byte spans.

use crate::extraction::Span;
use crate::lexicon::classes::NAME_LABEL;

/// One sentence: it never crosses a line break.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    /// Index of the paragraph (line) the sentence stands in.
    pub paragraph: usize,
}

/// True for the characters that end a sentence.
pub fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '\n')
}

/// True for the characters that end a clause inside a sentence.
pub fn ends_clause(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | '，' | '；' | '：' | '|') || ends_sentence(c)
}

/// Splits a text into sentences; empty and whitespace-only pieces are left out. A '?' between
/// two Han characters is a garbled character, not the end of a question.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut paragraph = 0;
    let mut paragraph_start = 0;
    let mut start = 0;
    let whole = Span {
        start: 0,
        end: text.len(),
    };
    for (at, c) in stops(text, whole) {
        let garbled_mark = c == '?'
            && text[..at]
                .chars()
                .next_back()
                .is_some_and(is_cjk_or_garbled)
            && text[at + 1..].chars().next().is_some_and(is_cjk_or_garbled);
        if ends_sentence(c) && !garbled_mark && !(c == '\n' && is_soft_break(text, at)) {
            let end = at + c.len_utf8();
            push_trimmed(text, start, end, paragraph, &mut out);
            start = end;
            if c == '\n' && !continues_a_record(&text[paragraph_start..], &text[end..]) {
                paragraph += 1;
                paragraph_start = end;
            }
        }
    }
    push_trimmed(text, start, text.len(), paragraph, &mut out);
    out
}

/// True when the next line goes on with the record a paragraph opened: the paragraph begins
/// with a name label ("项目名称:", "名称:") and the next line with a field label ("总投资：",
/// "进展情况:"). Such lines are one record, one paragraph.
fn continues_a_record(paragraph: &str, next_line: &str) -> bool {
    field_label(paragraph).is_some_and(|label| label.ends_with(NAME_LABEL))
        && field_label(next_line).is_some()
}

/// The label a line opens with: two to six Han characters before ':' or '：'.
fn field_label(line: &str) -> Option<&str> {
    let line = line.trim_start_matches([' ', '\u{3000}', '\t']);
    let label_len: usize = line
        .chars()
        .take(6)
        .take_while(|&c| crate::clean::pinyin::is_han(c))
        .map(char::len_utf8)
        .sum();
    (label_len >= NAME_LABEL.len() && line[label_len..].starts_with([':', '：']))
        .then(|| &line[..label_len])
}

/// Lines at least this long may be wrapped by the source rather than ended.
const WRAPPED_LINE_CHARS: usize = 25;

/// True when the line break at byte `at` only wraps a long line: the line ends inside a word
/// (no punctuation) and Chinese goes on on the next line. Such a break ends no sentence and may
/// stand inside a name.
pub fn is_soft_break(text: &str, at: usize) -> bool {
    if text.as_bytes().get(at) != Some(&b'\n') {
        return false;
    }
    let line_start = text[..at].rfind('\n').map_or(0, |p| p + 1);
    let line = &text[line_start..at];
    let before = line.chars().next_back();
    let after = text[at + 1..].chars().next();
    before.is_some_and(|c| crate::clean::pinyin::is_han(c) || c.is_ascii_alphanumeric())
        && after.is_some_and(crate::clean::pinyin::is_han)
        && line.chars().count() >= WRAPPED_LINE_CHARS
}

/// The characters of a span that may end a clause or a sentence, with their byte offsets: the
/// ASCII ones, the CJK punctuation (U+3000..U+3FFF: 。) and the full-width forms
/// (U+F000..U+FFFF: ，！？). The walk steps from character to character by their first bytes
/// and decodes only those.
fn stops(text: &str, span: Span) -> impl Iterator<Item = (usize, char)> + '_ {
    let bytes = text.as_bytes();
    let mut at = span.start;
    std::iter::from_fn(move || {
        while at < span.end {
            let here = at;
            let lead = bytes[here];
            at += match lead {
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                0xF0..=0xFF => 4,
                _ => 1,
            };
            if lead.is_ascii() {
                return Some((here, char::from(lead)));
            }
            if matches!(lead, 0xE3 | 0xEF) {
                return text[here..].chars().next().map(|c| (here, c));
            }
        }
        None
    })
}

fn is_cjk_or_garbled(c: char) -> bool {
    crate::clean::pinyin::is_han(c) || c == '?'
}

fn push_trimmed(text: &str, start: usize, end: usize, paragraph: usize, out: &mut Vec<Sentence>) {
    let piece = &text[start..end];
    let trimmed = piece.trim();
    if trimmed.is_empty() {
        return;
    }
    let lead = piece.len() - piece.trim_start().len();
    out.push(Sentence {
        span: Span {
            start: start + lead,
            end: start + lead + trimmed.len(),
        },
        paragraph,
    });
}

/// Where the clause holding byte `at` starts: just after the nearest clause end before it.
pub fn clause_start_before(text: &str, at: usize) -> usize {
    text[..at]
        .char_indices()
        .rev()
        .find(|&(_, c)| ends_clause(c))
        .map_or(0, |(end, c)| end + c.len_utf8())
}

/// Splits a span of `text` into clauses (separated by commas, semicolons and colons).
pub fn clauses(text: &str, span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = span.start;
    for (at, c) in stops(text, span) {
        if ends_clause(c) && !(c == '\n' && is_soft_break(text, at)) {
            if at > start {
                out.push(Span { start, end: at });
            }
            start = at + c.len_utf8();
        }
    }
    if span.end > start {
        out.push(Span {
            start,
            end: span.end,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str, spans: impl IntoIterator<Item = Span>) -> Vec<&str> {
        spans.into_iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn splits_sentences_and_counts_paragraphs() {
        let text = "甲镇开工。乙项目投产!\n  丙镇签约\n\n丁";
        let found = sentences(text);
        assert_eq!(
            texts(text, found.iter().map(|s| s.span)),
            vec!["甲镇开工。", "乙项目投产!", "丙镇签约", "丁"]
        );
        assert_eq!(
            found.iter().map(|s| s.paragraph).collect::<Vec<_>>(),
            vec![0, 0, 1, 3]
        );
    }

    #[test]
    fn labelled_lines_in_a_row_are_one_record() {
        let text =
            "情况表\n项目名称:甲园\n总投资:5亿元\n进展情况:已开工。\n\n项目名称:乙园\n说明文字";
        assert_eq!(
            sentences(text)
                .iter()
                .map(|s| s.paragraph)
                .collect::<Vec<_>>(),
            vec![0, 1, 1, 1, 3, 4]
        );
        let text = "总体情况:良好\n存在问题:用地紧张";
        assert_eq!(
            sentences(text)
                .iter()
                .map(|s| s.paragraph)
                .collect::<Vec<_>>(),
            vec![0, 1],
            "only a record that opens with a name label"
        );
    }

    #[test]
    fn a_question_mark_inside_chinese_does_not_end_a_sentence() {
        let text = "在勇??当中推动。下一句";
        assert_eq!(texts(text, sentences(text).iter().map(|s| s.span)).len(), 2);
    }

    #[test]
    fn a_wrapped_line_goes_on() {
        let text = "总投资12亿元的蓝湾新能源电池项目已于2月底开工建设目前正在进行桩基施\n工,力争10月底前封顶。\n短标题\n正文。";
        let found = sentences(text);
        assert_eq!(found.len(), 3);
        assert_eq!(found[0].paragraph, 0);
        assert!(is_soft_break(text, text.find('\n').unwrap_or(0)));
        assert!(!is_soft_break(text, text.rfind('\n').unwrap_or(0)));
    }

    #[test]
    fn splits_clauses() {
        let text = "目前,东海镇成立专班;对项目抓紧推进:力争投产";
        let all = Span {
            start: 0,
            end: text.len(),
        };
        assert_eq!(
            texts(text, clauses(text, all)),
            vec!["目前", "东海镇成立专班", "对项目抓紧推进", "力争投产"]
        );
    }
}
