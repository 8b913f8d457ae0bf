//! Announced lists: the items that a count with a noun they share ("滨江、临港两个产业园"), a
//! generic head or an opener ("在谈项目有A、B", "项目3个,分别为A、B和C") or an ordinal ("一是A
//! 改造、B改造") announces, names without a head of their own.

use super::edges::{is_classifier, is_numeral};
use super::names::{core_of, is_acceptable_name, is_bare_unit, is_generic_core};
use super::owners::with_owner;
use super::{Finder, ProjectMention};
use crate::clean::pinyin::is_han;
use crate::extraction::Span;
use crate::grammar::count::find_project_count;
use crate::lexicon::automata::OPENER_MATCHER;
use crate::lexicon::classes::{
    DISTRIBUTED_NOUNS, KIND_HEADS, LIST_OPENERS, LIST_SEPARATOR_CHARS, LOOSE_LIST_OPENERS,
    ORDINAL_ENUMERATORS, PROJECT_HEAD,
};
use crate::lexicon::lookup::longest_prefix;

/// The items of a 、-list from an opener ("具体为", "分别是") to `end`, each a short run of Han
/// characters and digits. The opener is the one that ends last, the longest of those.
fn opened_items(text: &str, from: usize, end: usize) -> Option<Vec<Span>> {
    let stretch = &text[from..end];
    let opener = OPENER_MATCHER
        .find_overlapping_iter(stretch)
        .max_by_key(|hit| (hit.end(), hit.len()))?;
    let list_start = from + opener.end();
    let list = text[list_start..end].trim_start_matches([':', '：']);
    let mut at = end - list.len();
    let mut items = Vec::new();
    for item in list.split('、') {
        let chars = item.chars().count();
        if !(2..=16).contains(&chars) || !item.chars().all(|c| is_han(c) || c.is_ascii_digit()) {
            return None;
        }
        items.push(Span {
            start: at,
            end: at + item.len(),
        });
        at += item.len() + '、'.len_utf8();
    }
    Some(items)
}

/// The longest ending (in whole characters) that all the texts share.
fn common_ending<'a>(texts: impl Iterator<Item = &'a str>) -> String {
    let mut ending: Option<Vec<char>> = None;
    for text in texts {
        let chars: Vec<char> = text.chars().collect();
        ending = Some(match ending {
            None => chars,
            Some(so_far) => {
                let shared = so_far
                    .iter()
                    .rev()
                    .zip(chars.iter().rev())
                    .take_while(|(a, b)| a == b)
                    .count();
                so_far[so_far.len() - shared..].to_vec()
            }
        });
    }
    ending.unwrap_or_default().into_iter().collect()
}

impl Finder<'_, '_, '_, '_> {
    /// "滨江、临港两个产业园": a list whose count is followed by a facility noun the items share.
    pub(super) fn distributive(&mut self, clause: Span) {
        let text = self.text;
        let body = &text[clause.start..clause.end];
        let mut previous: Option<char> = None;
        for (offset, c) in body.char_indices() {
            let opens_count = is_numeral(c) && !previous.is_some_and(is_numeral);
            previous = Some(c);
            if !opens_count {
                continue;
            }
            let count_start = clause.start + offset;
            let after = &text[count_start..clause.end];
            let numerals = after.len() - after.trim_start_matches(is_numeral).len();
            let after_count = after[numerals..].trim_start_matches(is_classifier);
            let Some(noun) = longest_prefix(after_count, DISTRIBUTED_NOUNS) else {
                continue;
            };
            let declared = crate::grammar::number::parse_chinese(&after[..numerals])
                .map(|(value, _)| value)
                .or_else(|| after[..numerals].parse::<i128>().ok());
            let noun_start = clause.end - after_count.len();
            let items: Vec<Span> = self
                .items_before(clause, count_start)
                .into_iter()
                .filter(|item| {
                    let core = core_of(&text[item.start..item.end]);
                    (2..=6).contains(&core.chars().count())
                        && !is_generic_core(&core)
                        && !is_bare_unit(&core)
                })
                .collect();
            let count_matches =
                declared.is_some_and(|d| usize::try_from(d).ok() == Some(items.len()));
            if items.len() < 2 || !count_matches {
                continue;
            }
            let suffix = Span {
                start: noun_start,
                end: noun_start + noun.len(),
            };
            let end = if text[suffix.end..].starts_with(PROJECT_HEAD) {
                suffix.end + PROJECT_HEAD.len()
            } else {
                suffix.end
            };
            let group = self.new_group();
            for item in items {
                self.push(ProjectMention {
                    name: item,
                    owner: None,
                    end,
                    group,
                    suffix: Some(suffix),
                });
            }
        }
    }

    /// "具体为甲村委会、乙村委会、丙村委会通畅工程3个项目": a list after an opener whose last item
    /// carries a noun the items share, closed by a count of projects that matches the items.
    /// The shared noun is what follows, in the last item, the ending all other items have in
    /// common ("村委会"). The items are cut at 、 only: their names may hold numerals and
    /// classifiers ("八家村").
    pub(super) fn shared_before_count(&mut self, clause: Span) {
        let text = self.text;
        let Some(count) = find_project_count(&text[clause.start..clause.end]) else {
            return;
        };
        let Some(declared) = count.count else {
            return;
        };
        let list_end = clause.start + count.start;
        let Some(items) = opened_items(text, clause.start, list_end) else {
            return;
        };
        let Some((last, others)) = items.split_last() else {
            return;
        };
        if items.len() != declared || others.is_empty() {
            return;
        }
        let ending = common_ending(others.iter().map(|item| &text[item.start..item.end]));
        let last_text = &text[last.start..last.end];
        let Some(stem_len) = (!ending.is_empty())
            .then(|| last_text.rfind(ending.as_str()).map(|at| at + ending.len()))
            .flatten()
        else {
            return;
        };
        let noun = Span {
            start: last.start + stem_len,
            end: last.end,
        };
        let noun_text = &text[noun.start..noun.end];
        if noun.start >= noun.end || !KIND_HEADS.iter().any(|head| noun_text.ends_with(head)) {
            return;
        }
        let group = self.new_group();
        let stems = others.iter().copied().chain(std::iter::once(Span {
            start: last.start,
            end: noun.start,
        }));
        for name in stems {
            self.push(ProjectMention {
                name,
                owner: None,
                end: clause.start + count.end,
                group,
                suffix: Some(noun),
            });
        }
    }

    /// "一是A改造、B改造", "另一个是中外合资的C公司": the items an enumerator introduces.
    pub(super) fn enumerated(&mut self, clause: Span) {
        let text = self.text;
        let body = &text[clause.start..clause.end];
        let Some(enumerator) = longest_prefix(body, ORDINAL_ENUMERATORS) else {
            return;
        };
        if KIND_HEADS.iter().any(|head| body.contains(head)) {
            return;
        }
        let items: Vec<Span> = self
            .items_before(clause, clause.end)
            .into_iter()
            .filter(|item| item.start >= clause.start + enumerator.len())
            .collect();
        self.push_named_items(clause, items);
    }

    /// "在谈项目有A、B", "项目3个,分别为A、B和C": a list that follows a generic head (in its
    /// clause, or opening the next clause with 分别为/包括…).
    pub(super) fn listed_after(&mut self, clause: Span, head_end: usize) {
        let text = self.text;
        let rest = &text[head_end..clause.end];
        let counted = rest.trim_start_matches(|c: char| is_numeral(c) || c == '个' || c == ' ');
        let Some(opener) = longest_prefix(counted, LIST_OPENERS) else {
            return;
        };
        let list_start = clause.end - counted.len() + opener.len();
        let list_start = list_start
            + (text[list_start..clause.end].len()
                - text[list_start..clause.end]
                    .trim_start_matches([':', '：', ' '])
                    .len());
        let loose = LOOSE_LIST_OPENERS.contains(&opener);
        self.push_listed(
            Span {
                start: list_start,
                end: clause.end,
            },
            loose,
        );
    }

    /// A clause that opens with 分别为/包括… after "…项目N个": its list names the projects.
    pub(super) fn listed_in_next_clause(&mut self, clause: Span, sentence: Span) {
        let text = self.text;
        let body = &text[clause.start..clause.end];
        let Some(opener) = longest_prefix(body, LIST_OPENERS) else {
            return;
        };
        let before =
            text[sentence.start..clause.start].trim_end_matches([',', ':', '：', ';', ' ']);
        let counted = before.trim_end_matches('个');
        let bare = counted.trim_end_matches(is_numeral);
        let bare = bare
            .strip_suffix('有')
            .map_or(bare, |b| b.strip_suffix('也').unwrap_or(b));
        if counted.len() == before.len()
            || bare.len() == counted.len() && !bare.ends_with(PROJECT_HEAD)
            || !bare.ends_with(PROJECT_HEAD)
        {
            return;
        }
        let start = clause.start + opener.len();
        let start = start
            + (text[start..clause.end].len()
                - text[start..clause.end]
                    .trim_start_matches([':', '：', ' '])
                    .len());
        self.push_listed(
            Span {
                start,
                end: clause.end,
            },
            false,
        );
    }

    /// The items of a list that a generic head announced: names without 项目 of their own (a
    /// list with heads is left to the headed mentions). After a loose opener (有, 即) only a
    /// list of two or more counts.
    pub(super) fn push_listed(&mut self, list: Span, loose: bool) {
        let text = self.text;
        let body = &text[list.start..list.end];
        if KIND_HEADS.iter().any(|head| body.contains(head)) {
            return;
        }
        let body = body.strip_suffix('等').unwrap_or(body);
        let mut items = Vec::new();
        let mut start = list.start;
        for (offset, separator) in body.match_indices(LIST_SEPARATOR_CHARS) {
            items.push(Span {
                start,
                end: list.start + offset,
            });
            start = list.start + offset + separator.len();
        }
        items.push(Span {
            start,
            end: list.start + body.len(),
        });
        let items: Vec<Span> = items
            .into_iter()
            .map(|item| {
                let written = &text[item.start..item.end];
                let lead = written.len() - written.trim_start().len();
                Span {
                    start: item.start + lead,
                    end: item.start + written.trim_end().len(),
                }
            })
            .filter(|item| item.start < item.end)
            .collect();
        if items.is_empty() || loose && items.len() < 2 {
            return;
        }
        let group = self.new_group();
        for item in items {
            let written = &text[item.start..item.end];
            let core = core_of(written);
            let length = core.chars().count();
            let has_head = KIND_HEADS.iter().any(|head| written.ends_with(head));
            if has_head
                || !(2..=16).contains(&length)
                || is_generic_core(&core)
                || !is_acceptable_name(&core)
                || is_bare_unit(&core)
            {
                continue;
            }
            if let Some(mention) = with_owner(text, self.edges, list.start, item, item.end, group) {
                self.push(mention);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::projects;
    use super::super::{Landmarks, find_projects};
    use crate::extraction::Span;
    use crate::layout::sentences;
    use crate::recognise::TextWords;

    #[test]
    fn lists_after_a_generic_head() {
        assert_eq!(
            projects("目前,该镇在谈项目有华瑞科技、远景医药和天成新材等。"),
            vec!["华瑞科技", "远景医药", "天成新材"]
        );
        assert_eq!(
            projects("今年新签约项目3个,分别为金辉纺织、绿源农业和鼎盛物流。"),
            vec!["金辉纺织", "绿源农业", "鼎盛物流"]
        );
        assert!(projects("亿元以上项目有了新突破。").is_empty());
    }

    #[test]
    fn shared_nouns_before_a_count() {
        let text = "具体为田心村委会、小龙村委会、冲门村委会、八家村委会通畅工程4个项目。";
        let text_words = TextWords::of(text);
        let sentences = sentences(text);
        let clauses: Vec<Span> = sentences
            .iter()
            .flat_map(|s| crate::layout::clauses(text, s.span))
            .collect();
        let found = find_projects(
            text,
            &text_words,
            Landmarks::default(),
            &sentences,
            &clauses,
        );
        let named: Vec<String> = found
            .iter()
            .map(|m| {
                let suffix = m.suffix.map_or("", |s| &text[s.start..s.end]);
                format!("{}{suffix}", &text[m.name.start..m.name.end])
            })
            .collect();
        assert_eq!(
            named,
            vec![
                "田心村委会通畅工程",
                "小龙村委会通畅工程",
                "冲门村委会通畅工程",
                "八家村委会通畅工程"
            ]
        );
    }

    #[test]
    fn distributed_nouns() {
        let text = "推动滨江、临港两个产业园项目加快建设。";
        let text_words = TextWords::of(text);
        let sentences = sentences(text);
        let clauses: Vec<Span> = sentences
            .iter()
            .flat_map(|s| crate::layout::clauses(text, s.span))
            .collect();
        let found = find_projects(
            text,
            &text_words,
            Landmarks::default(),
            &sentences,
            &clauses,
        );
        let named: Vec<String> = found
            .iter()
            .map(|m| {
                let suffix = m.suffix.map_or("", |s| &text[s.start..s.end]);
                format!("{}{suffix}", &text[m.name.start..m.name.end])
            })
            .collect();
        assert_eq!(named, vec!["滨江产业园", "临港产业园"]);
    }
}
