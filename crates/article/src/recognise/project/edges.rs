//! Where a project's name starts: the boundary model. A name grows leftwards from its end over
//! name characters and whole units, and stops at a boundary word, the end of an amount or a
//! date, a particle, a count or a list separator; brackets and list markers are handled here.

use crate::clean::pinyin::is_han;
use crate::extraction::Span;
use crate::grammar::number::is_chinese_numeral;
use crate::lexicon::classes::{
    ADMINISTRATIVE_ENDS, BARE_ACTIONS, COMPANY_ENDINGS, HE_WORDS, HEADS, INVESTMENT_VERBS,
    ITEM_SEPARATORS, NAME_COUNT_CLASSIFIERS, NAME_FINAL_VERBS, NAME_PARTICLES,
};
use crate::lexicon::lookup::{BoundaryIndex, longest_suffix};
use crate::lexicon::segment::{WordClass, Words};

/// The longest name the boundary model accepts, in characters.
pub(super) const MAX_NAME_CHARS: usize = 32;

/// Classifiers that, after a numeral, make a count ("3个", "5大", "4件").
pub(super) fn is_classifier(c: char) -> bool {
    NAME_COUNT_CLASSIFIERS.contains(&c)
}

/// Where names must stop: boundary words and the ends of amounts and dates.
pub(super) struct Edges<'t, 'b> {
    text: &'t str,
    pub(super) boundaries: &'b BoundaryIndex,
    /// The segmenter's words, for the noun-phrase test.
    pub(super) words: &'b Words,
    /// Unit mentions, in order: a name takes a unit whole ("禾丰县东湖工业集中区污水处理厂").
    units: &'b [Span],
    /// Sums of money, in order.
    pub(super) amounts: &'b [Span],
    /// Offsets where an amount or a date ends.
    hard_end: Vec<bool>,
}

impl<'t, 'b> Edges<'t, 'b> {
    pub(super) fn new(
        text: &'t str,
        boundaries: &'b BoundaryIndex,
        words: &'b Words,
        units: &'b [Span],
        amounts: &'b [Span],
        dates: &[Span],
    ) -> Self {
        let mut hard_end = vec![false; text.len() + 1];
        for span in amounts.iter().chain(dates) {
            if let Some(slot) = hard_end.get_mut(span.end) {
                *slot = true;
            }
        }
        Edges {
            text,
            boundaries,
            words,
            units,
            amounts,
            hard_end,
        }
    }

    /// The start of the unit mention that ends at `end`.
    fn unit_ending_at(&self, end: usize) -> Option<usize> {
        start_of_span_ending_at(self.units, end)
    }

    /// The end of the unit mention that starts at `start`.
    fn unit_starting_at(&self, start: usize) -> Option<usize> {
        let index = self.units.partition_point(|u| u.start < start);
        self.units
            .get(index)
            .filter(|u| u.start == start)
            .map(|u| u.end)
    }

    /// The start of the sum of money that ends at `end`.
    fn amount_ending_at(&self, end: usize) -> Option<usize> {
        start_of_span_ending_at(self.amounts, end)
    }

    /// Where an amount written before a list item starts ("投资2.8亿元的恒信精密模具" →
    /// before "投资"), or `start` itself when there is none.
    pub(super) fn before_amount(&self, floor: usize, start: usize) -> usize {
        let before = self.text[floor..start].trim_end_matches([' ', '的']);
        let Some(amount_start) = self.amount_ending_at(floor + before.len()) else {
            return start;
        };
        let lead = &self.text[floor..amount_start.max(floor)];
        let trigger = INVESTMENT_VERBS
            .iter()
            .find(|t| lead.ends_with(**t))
            .map_or(0, |t| t.len());
        amount_start.max(floor) - trigger
    }

    /// True when a name is an administrative unit and at most one character more ("柳湾镇抓",
    /// "白鹭镇"), or the unit and one verb of the dictionary ("柳湾镇召开" before 项目观摩会): the
    /// unit's projects or what the unit does, not one project. A zone can be a project itself
    /// ("青峰山地旅游度假区项目").
    pub(super) fn is_unit_and_a_char(&self, name: Span) -> bool {
        self.unit_starting_at(name.start).is_some_and(|unit_end| {
            let unit = &self.text[name.start..unit_end];
            let administrative = unit.ends_with(ADMINISTRATIVE_ENDS)
                && (!unit.ends_with('区') || unit.chars().count() <= 4);
            let rest = Span {
                start: unit_end,
                end: name.end,
            };
            let only_a_verb = || {
                matches!(self.words.pieces(rest).as_slice(), [word]
                    if word.in_dictionary && word.class == WordClass::Verb)
            };
            administrative
                && unit_end <= name.end
                && (self.text[unit_end..name.end].chars().count() <= 1 || only_a_verb())
        })
    }

    /// True when a name growing leftwards must stop at `start`, having taken `taken` chars
    /// up to `end`. Inside a company's name 和 joins, it does not separate ("永和制药有限公司");
    /// a bare action goes on over the verb before it ("公园提升改造").
    fn stops_at(&self, start: usize, end: usize, taken: usize) -> bool {
        if self.hard_end.get(start).copied().unwrap_or(false) {
            return true;
        }
        if !self.boundaries.ends_at(start) || self.inside_a_dictionary_word(start) {
            return false;
        }
        let before = &self.text[..start];
        if before.ends_with('和') && self.he_inside_a_name(start) {
            return false;
        }
        if before.ends_with('和')
            && !HEADS
                .iter()
                .any(|head| before[..before.len() - '和'.len_utf8()].ends_with(head))
            && COMPANY_ENDINGS
                .iter()
                .any(|e| self.text[start..end].contains(e))
        {
            return false;
        }
        if taken > 0 {
            let only_an_action = BARE_ACTIONS.contains(&&self.text[start..end]);
            let verb_before = longest_suffix(before, NAME_FINAL_VERBS).is_some()
                || longest_suffix(before, BARE_ACTIONS).is_some();
            return !(only_an_action && verb_before);
        }
        before
            .chars()
            .next_back()
            .is_some_and(|c| NAME_PARTICLES.contains(&c))
            || longest_suffix(before, NAME_FINAL_VERBS).is_none()
    }

    /// True when `at` falls inside a noun the dictionary knows, after at least two of its
    /// characters ("服务|中心" in "服务中心"), or inside an idiom of the dictionary ("以|工代赈"):
    /// a boundary word ending there is part of that word, not an edge.
    fn inside_a_dictionary_word(&self, at: usize) -> bool {
        self.words.holding(at).is_some_and(|word| {
            let inside = self.text[word.span.start.min(at)..at].chars().count();
            word.in_dictionary
                && (word.class == WordClass::Noun && inside >= 2
                    || word.class == WordClass::Other && inside >= 1)
        })
    }

    /// True when the 和 just before `start` is part of a name, not a list's "and": it begins a
    /// word ("和平路", "和谐家园"), or a single character stands before it ("康和医疗").
    fn he_inside_a_name(&self, start: usize) -> bool {
        let text = self.text;
        let mut at = start - '和'.len_utf8();
        if HE_WORDS.iter().any(|word| text[at..].starts_with(word)) {
            return true;
        }
        let mut item_chars = 0;
        while let Some(c) = text[..at].chars().next_back() {
            if !is_han(c) || self.boundaries.ends_at(at) || self.unit_ending_at(at).is_some() {
                break;
            }
            item_chars += 1;
            at -= c.len_utf8();
            if item_chars > 1 {
                return false;
            }
        }
        item_chars == 1
    }

    /// The start of a name that ends at `end`, not reaching before `floor`.
    pub(super) fn name_start(&self, floor: usize, end: usize) -> usize {
        let text = self.text;
        let mut start = end;
        let mut taken = 0;
        while taken < MAX_NAME_CHARS {
            if let Some(unit_start) = self.unit_ending_at(start)
                && unit_start >= floor
                && unit_start < start
            {
                taken += text[unit_start..start].chars().count();
                start = unit_start;
                continue;
            }
            if self.stops_at(start, end, taken) {
                break;
            }
            let Some(c) = text[floor..start].chars().next_back() else {
                break;
            };
            let width = match c {
                ')' | '）' => enclosed_width(text, floor, start, &['(', '（']),
                '”' => enclosed_width(text, floor, start, &['“']),
                '\n' if crate::layout::is_soft_break(text, start - 1) => Some(1),
                _ if is_name_char(c) => Some(c.len_utf8()),
                _ => None,
            };
            let Some(width) = width else { break };
            if is_classifier(c)
                && text[floor..start - width]
                    .chars()
                    .next_back()
                    .is_some_and(is_numeral)
            {
                break;
            }
            start -= width;
            taken += 1;
        }
        start
    }
}

/// The start of the span of `spans` (in text order, none overlapping) that ends at `end`.
fn start_of_span_ending_at(spans: &[Span], end: usize) -> Option<usize> {
    let index = spans.partition_point(|s| s.end < end);
    spans.get(index).filter(|s| s.end == end).map(|s| s.start)
}

pub(super) fn is_numeral(c: char) -> bool {
    c.is_ascii_digit() || is_chinese_numeral(c)
}

pub(super) fn is_name_char(c: char) -> bool {
    is_han(c) || c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '·')
}

/// The width of a bracketed stretch ending at `end` ("(蓉城西湖)"), if it opens close by.
fn enclosed_width(text: &str, floor: usize, end: usize, openers: &[char]) -> Option<usize> {
    let window = &text[floor..end];
    let open = window.rfind(openers)?;
    (window[open..].chars().count() <= 14).then_some(window.len() - open)
}

/// Start of the separator (、, 和, 与, 以及) right before `at`, if there is one.
pub(super) fn separator_before(text: &str, floor: usize, at: usize) -> Option<usize> {
    let before = &text[floor..at];
    ITEM_SEPARATORS
        .iter()
        .find(|s| before.ends_with(**s))
        .map(|s| at - s.len())
}

/// Skips list markers and notes at the start of a name ("1.", "(2)", "①", "(分二期)").
pub(super) fn skip_list_marker(text: &str, start: usize, end: usize) -> usize {
    let mut at = start;
    loop {
        let rest = &text[at..end];
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits > 0 && rest[digits..].starts_with(['.', '、', ')']) {
            at += digits + 1;
            continue;
        }
        if rest.starts_with(['(', '（'])
            && let Some(close) = rest.find([')', '）'])
        {
            let close_len = rest[close..].chars().next().map_or(1, char::len_utf8);
            if close + close_len < rest.len() {
                at += close + close_len;
                continue;
            }
        }
        if let Some(c) = rest.chars().next().filter(|c| ('①'..='⑳').contains(c)) {
            at += c.len_utf8();
            continue;
        }
        return at;
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::projects;

    #[test]
    fn a_he_inside_a_name_does_not_split_it() {
        assert_eq!(
            projects("东湖镇康和医疗器械产业园项目已开工。"),
            vec!["东湖镇康和医疗器械产业园"]
        );
        assert_eq!(
            projects("东湖镇和平路改造项目投资2亿元。"),
            vec!["东湖镇和平路改造"]
        );
        assert_eq!(
            projects("甲秸秆综合利用项目和康和医疗器械产业园项目集中开工。"),
            vec!["甲秸秆综合利用", "康和医疗器械产业园"]
        );
        assert_eq!(
            projects("推进青山物流和远景医药项目建设。"),
            vec!["青山物流", "远景医药"]
        );
    }

    #[test]
    fn a_unit_and_its_verb_are_no_name() {
        assert!(projects("白鹭镇召开项目集中签约仪式。白鹭镇镇长致辞。").is_empty());
        assert!(projects("白鹭镇召开项目观摩会。").is_empty());
    }

    #[test]
    fn a_name_starts_after_a_unit_named_by_a_pronoun() {
        assert_eq!(
            projects("此外,该镇青禾电缆二期项目也已开工建设。"),
            vec!["青禾电缆二期"]
        );
        assert_eq!(projects("我县柳湾物流园项目已投产。"), vec!["柳湾物流园"]);
    }

    #[test]
    fn a_boundary_word_inside_a_noun_does_not_cut_it() {
        assert_eq!(
            projects("柳湾社区服务中心项目已开工。"),
            vec!["柳湾社区服务中心"]
        );
        assert_eq!(
            projects("全力服务青禾物流项目建设。"),
            vec!["青禾物流"],
            "服务 as a verb still ends before the name"
        );
        assert!(
            projects("加快推进以工代赈项目。").is_empty(),
            "以工代赈 is one idiom, and a kind of project"
        );
    }

    #[test]
    fn two_verbs_of_work_stay_in_the_name() {
        assert_eq!(
            projects("东湖公园提升改造项目总投资8000万元。"),
            vec!["东湖公园提升改造"]
        );
        assert!(projects("今年将实施提升改造项目。").is_empty());
        assert!(projects("加快推进改造项目。").is_empty());
    }
}
