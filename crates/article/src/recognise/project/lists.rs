//! Joined lists: items written before a mention or a generic head and joined to it by 、/和/
//! 与/以及 share its head ("兴旺木业、鼎新建材项目", "A、B、C等重大项目"), and a list closed by 等
//! and a status verb names projects without one; a declared count keeps a listed name whole,
//! and short facilities after a named one are its parts.

use super::edges::{is_classifier, is_numeral, separator_before, skip_list_marker};
use super::names::{core_of, is_acceptable_name, is_bare_unit, is_generic_core};
use super::owners::with_owner;
use super::{Finder, ProjectMention};
use crate::clean::pinyin::is_han;
use crate::extraction::Span;
use crate::grammar::status::{find_status_words, starts_with_status_word};
use crate::lexicon::classes::{
    COMPANY_ENDINGS, COUNT_TOTALS, DENG_WORDS, DISTRIBUTED_NOUNS, FACILITY_PART_ENDS,
    INDUSTRY_ENDINGS, KIND_HEADS, LIST_PREDICATES, LIST_SEPARATOR_CHARS, PHRASE_OPENERS,
    PROJECT_HEAD, PROJECT_NOUN_ENDINGS,
};
use crate::lexicon::lookup::longest_suffix;

/// "A、B等园区路网和交通基础设施项目": after "A、B等" comes the kind the listed projects are
/// of, not another project. Returns where the list's 等 ends when a list of at least two items
/// stands right before 等 and the words from 等 to `name_start` say no more than a kind: Han
/// characters only, no status word, nothing that starts a new phrase ("…等企业为龙头的丙…",
/// "…等企业后引进丙…").
pub(super) fn list_before_a_category(
    text: &str,
    clause_start: usize,
    name_start: usize,
) -> Option<usize> {
    let before = &text[clause_start..name_start];
    let (at, _) = before.char_indices().rev().find(|&(_, c)| c == '等')?;
    let list = &before[..at];
    let kind = &before[at + '等'.len_utf8()..];
    let in_a_word = DENG_WORDS.iter().any(|word| {
        let (lead, rest) = word.split_at(word.find('等').unwrap_or(0));
        list.ends_with(lead) && before[at..].starts_with(rest)
    });
    let last_item = list.rsplit(LIST_SEPARATOR_CHARS).next().unwrap_or(list);
    let listed = list.contains(LIST_SEPARATOR_CHARS)
        && last_item.chars().count() >= 2
        && last_item.chars().all(is_han);
    let only_a_kind = kind.chars().all(is_han)
        && find_status_words(kind).is_empty()
        && !PHRASE_OPENERS.iter().any(|w| kind.contains(w));
    (listed && !in_a_word && only_a_kind).then_some(clause_start + at + '等'.len_utf8())
}

impl Finder<'_, '_, '_, '_> {
    /// "A、B、C等重大项目", "A、B4件民生实事项目", "A、B等3个项目": the list before a generic
    /// head; `generic_start` is where the head begins, after any 等.
    pub(super) fn listed_before_generic_head(&mut self, clause: Span, generic_start: usize) {
        let text = self.text;
        let before = text[clause.start..generic_start].trim_end_matches(' ');
        let (list, counted) = if let Some(rest) = before.strip_suffix('等') {
            (rest, false)
        } else {
            let numerals = before.trim_end_matches(is_classifier);
            let bare = numerals.trim_end_matches(is_numeral);
            if numerals.len() == before.len()
                || bare.len() == numerals.len()
                || COUNT_TOTALS.iter().any(|w| bare.ends_with(w))
            {
                return;
            }
            match bare.strip_suffix('等') {
                Some(rest) => (rest, false),
                None => (bare, true),
            }
        };
        let items = self.items_before(clause, clause.start + list.len());
        if counted && items.len() < 2 {
            return;
        }
        let group = self.new_group();
        for item in items {
            let core = core_of(&text[item.start..item.end]);
            if is_generic_core(&core) || !is_acceptable_name(&core) || is_bare_unit(&core) {
                continue;
            }
            if let Some(mention) = with_owner(text, self.edges, clause.start, item, item.end, group)
            {
                self.push(mention);
            }
        }
    }

    /// The items of a 、/和-list that ends at `list_end`, in order.
    pub(super) fn items_before(&self, clause: Span, list_end: usize) -> Vec<Span> {
        let text = self.text;
        let mut end = list_end;
        let mut items = Vec::new();
        loop {
            let start = self.edges.name_start(clause.start, end);
            let start = skip_list_marker(text, start, end);
            if start >= end {
                break;
            }
            items.push(Span { start, end });
            match separator_before(text, clause.start, start) {
                Some(separator_start) => end = separator_start,
                None => break,
            }
        }
        items.reverse();
        items
    }

    /// Names that look like projects on their own (they end in a project noun, an industry
    /// or a company): the items of lists without 项目.
    pub(super) fn push_named_items(&mut self, clause: Span, items: Vec<Span>) {
        let text = self.text;
        let group = self.new_group();
        for item in items {
            let core = core_of(&text[item.start..item.end]);
            let named = longest_suffix(&core, PROJECT_NOUN_ENDINGS).is_some()
                || longest_suffix(&core, INDUSTRY_ENDINGS).is_some()
                || longest_suffix(&core, COMPANY_ENDINGS).is_some();
            if !named
                || is_generic_core(&core)
                || !is_acceptable_name(&core)
                || is_bare_unit(&core)
                || INDUSTRY_ENDINGS.contains(&core.as_str())
                || DISTRIBUTED_NOUNS.contains(&core.as_str())
                || PROJECT_NOUN_ENDINGS.contains(&core.as_str())
            {
                continue;
            }
            if let Some(mention) = with_owner(text, self.edges, clause.start, item, item.end, group)
            {
                self.push(mention);
            }
        }
    }

    /// "推动A产业园、B物流中心等加快建设": a list closed by 等 and a status verb.
    pub(super) fn listed_before_status(&mut self, clause: Span) {
        let text = self.text;
        let body = &text[clause.start..clause.end];
        for (at, _) in body.match_indices('等') {
            let after = &body[at + '等'.len_utf8()..];
            if !(starts_with_status_word(after)
                || LIST_PREDICATES.iter().any(|p| after.starts_with(p)))
            {
                continue;
            }
            let items = self.items_before(clause, clause.start + at);
            self.push_named_items(clause, items);
        }
    }

    /// Items written before a headed mention and joined to it by 、/和/与/以及: they share its
    /// head ("兴旺木业、鼎新建材项目"). Items that have their own head are found on their own.
    pub(super) fn listed_before(&mut self, clause: Span, first_start: usize, group: usize) {
        let text = self.text;
        let mut boundary = self.edges.before_amount(clause.start, first_start);
        let mut items = Vec::new();
        while let Some(end) = separator_before(text, clause.start, boundary) {
            if KIND_HEADS
                .iter()
                .any(|head| text[clause.start..end].ends_with(head))
            {
                break;
            }
            let start = self.edges.name_start(clause.start, end);
            let start = skip_list_marker(text, start, end);
            if start >= end {
                break;
            }
            let item = Span { start, end };
            let core = core_of(&text[item.start..item.end]);
            if is_generic_core(&core) || !is_acceptable_name(&core) {
                break;
            }
            items.push(item);
            boundary = self.edges.before_amount(clause.start, start);
        }
        items.reverse();
        for item in join_facility_parts(text, items) {
            if let Some(mention) = with_owner(text, self.edges, clause.start, item, item.end, group)
            {
                self.push(mention);
            }
        }
    }

    /// When a count before a list says there are as many projects as heads, a 、 before a
    /// head joins parts of one name ("南湖路、北苑路基础设施BT项目"): the name takes them in.
    pub(super) fn merge_listed_name(
        &self,
        mention: ProjectMention,
        clause: Span,
        sentence: Span,
    ) -> ProjectMention {
        if mention.owner.is_some() || !self.text[..mention.name.start].ends_with('、') {
            return mention;
        }
        let text = self.text;
        let Some((count, count_end)) = declared_count(text, sentence.start, mention.name.start)
        else {
            return mention;
        };
        let region_start = count_end.max(clause.start);
        let region = &text[region_start..clause.end];
        let heads: usize = KIND_HEADS
            .iter()
            .map(|head| region.matches(head).count())
            .sum();
        if heads != count {
            return mention;
        }
        let mut start = mention.name.start;
        while text[clause.start..start].ends_with('、') {
            let end = start - '、'.len_utf8();
            let item_start = self.edges.name_start(clause.start, end);
            if item_start >= end {
                break;
            }
            start = item_start;
        }
        ProjectMention {
            name: Span {
                start,
                end: mention.name.end,
            },
            ..mention
        }
    }
}

/// "A饲料厂、孵化场、育雏场": short facilities listed after a facility with a name are parts
/// of that one project, not projects of their own; they join the item before them.
fn join_facility_parts(text: &str, items: Vec<Span>) -> Vec<Span> {
    let is_facility = |span: &Span| {
        text[span.start..span.end]
            .chars()
            .next_back()
            .is_some_and(|c| FACILITY_PART_ENDS.contains(&c))
    };
    let mut joined: Vec<Span> = Vec::with_capacity(items.len());
    for item in items {
        let short = text[item.start..item.end].chars().count() <= 5;
        match joined.last_mut() {
            Some(previous)
                if short
                    && is_facility(&item)
                    && is_facility(previous)
                    && text[previous.end..item.start].trim() == "、" =>
            {
                previous.end = item.end;
            }
            _ => joined.push(item),
        }
    }
    joined
}

/// The count a sentence declares before `before` ("两个重点项目", "项目2个"): its value and end.
fn declared_count(text: &str, sentence_start: usize, before: usize) -> Option<(usize, usize)> {
    let window = &text[sentence_start..before];
    let mut best = None;
    for (at, _) in window.match_indices('个') {
        let numerals: Vec<char> = window[..at]
            .chars()
            .rev()
            .take_while(|&c| is_numeral(c))
            .collect();
        if numerals.is_empty() {
            continue;
        }
        let written: String = numerals.iter().rev().collect();
        let value = written.parse::<usize>().ok().or_else(|| {
            crate::grammar::number::parse_chinese(&written)
                .and_then(|(v, _)| usize::try_from(v).ok())
        });
        let after = &window[at + '个'.len_utf8()..];
        let about_projects = window[..at]
            .trim_end_matches(is_numeral)
            .ends_with(PROJECT_HEAD)
            || after
                .chars()
                .take(6)
                .collect::<String>()
                .contains(PROJECT_HEAD);
        if let Some(value) = value
            && about_projects
        {
            let end = sentence_start + at + '个'.len_utf8();
            let end = text[end..before]
                .find(PROJECT_HEAD)
                .map_or(end, |p| end + p + PROJECT_HEAD.len());
            best = Some((value, end));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::super::test_support::projects;

    #[test]
    fn lists_share_their_head() {
        assert_eq!(
            projects("推动墨达思、瑞振精密、海铂风尚等重大项目加快建设"),
            vec!["墨达思", "瑞振精密", "海铂风尚"]
        );
        assert_eq!(
            projects("去年新开工的兴旺木业、鼎新建材项目9月底前竣工投产"),
            vec!["兴旺木业", "鼎新建材"]
        );
        assert_eq!(
            projects("抓紧对接华能风电压小升大、恒源液压三期技改项目以及鸿钧渔光互补项目"),
            vec!["华能风电压小升大", "恒源液压三期技改", "鸿钧渔光互补"]
        );
        assert_eq!(
            projects("确定甲路建设、乙河加固2件民生实事重点项目"),
            vec!["甲路建设", "乙河加固"]
        );
    }

    #[test]
    fn the_kind_after_a_list_is_no_project() {
        assert_eq!(
            projects("甲铁路、乙大道等园区外延路网和互联互通重大交通基础设施项目跑出加速度。"),
            vec!["甲铁路", "乙大道"]
        );
        assert_eq!(
            projects("走访甲、乙等企业并签约丙新材料项目。"),
            vec!["丙新材料"]
        );
        assert_eq!(
            projects("考察甲公司、乙集团等企业后引进丙新材料项目。"),
            vec!["丙新材料"]
        );
        assert_eq!(
            projects("以甲食品、乙粮油等企业为龙头的丙产业园项目加快建设。"),
            vec!["丙产业园"]
        );
    }

    #[test]
    fn facility_parts_join_the_named_facility() {
        assert_eq!(
            projects(
                "包括甲牧5000万只蛋鸡全产业链饲料厂、孵化场、育雏场、污水处理厂和乙酒业新厂区建设项目。"
            ),
            vec![
                "甲牧5000万只蛋鸡全产业链饲料厂、孵化场、育雏场、污水处理厂",
                "乙酒业新厂区建设"
            ]
        );
    }

    #[test]
    fn a_declared_count_keeps_a_listed_name_whole() {
        assert_eq!(
            projects("已签约项目2个,即3亿元仓储物流、农产品加工项目和8000万元的饲料生产项目。"),
            vec!["仓储物流、农产品加工", "饲料生产"]
        );
    }
}
