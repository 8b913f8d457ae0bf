//! Project recognition: named projects in the shapes the genre writes them.
//!
//! - Headed: "X项目", "X工程", "X基地", with the name's left edge found by the boundary model
//!   ([`crate::lexicon::classes::NAME_BOUNDARIES`], amounts, dates, counts); owner companies split off ("南通千鹤食品
//!   有限公司的年产3000吨复合调味料项目").
//! - Lists: "A、B和C项目", "A、B、C等重大项目", "A、B、C、D4件民生实事项目"; 、 inside one name
//!   when a count before the list says so ("项目2个,即3亿元仓储物流、农产品加工项目和…").
//! - Objects and subjects without 项目: "对新开工的A、B抓紧推进", "C机械完成对接".
//!
//! Generic phrases (重大项目, 在手在谈项目, 亿元以上项目), kinds of work (项目建设), events and
//! phases alone (二期工程) are not projects.

use std::collections::BTreeMap;
use std::ops::Range;

use super::TextWords;
use super::name_check::{Reason, Verdict, judge};
use crate::clean::pinyin::is_han;
use crate::extraction::Span;
use crate::grammar::number::is_chinese_numeral;
use crate::grammar::status::{find_status_words, starts_with_status_word};
use crate::layout::Sentence;
use crate::lexicon::automata::{COMPANY_MATCHER, HEAD_MATCHER, INDUSTRY_MATCHER};
use crate::lexicon::classes::{
    ADMINISTRATIVE_ENDS, BARE_ACTIONS, BUILDING_VERBS_AFTER_SUM, COMPANY_ENDINGS, COPULAS_AFTER_DE,
    COUNT_TOTALS, DENG_WORDS, DESCRIPTION_VERBS, DETERMINERS, DISTRIBUTED_NOUNS, DOCUMENT_ENDINGS,
    DUI_WORDS, EVENT_ENDINGS, FACILITY_ENDINGS, FACILITY_PART_ENDS, GENERIC_TAILS, HE_WORDS,
    HEAD_AS_MODIFIER, HEADS, INDEFINITES, INDUSTRY_ENDINGS, INVESTMENT_VERBS, ITEM_SEPARATORS,
    JOINED_ACTIVITIES, JOINING_WORDS, KIND_HEADS, LIST_OPENERS, LIST_PREDICATES,
    LIST_SEPARATOR_CHARS, LOOSE_LIST_OPENERS, NAME_BOUNDARIES, NAME_CLOSERS,
    NAME_COUNT_CLASSIFIERS, NAME_FINAL_VERBS, NAME_PARTICLES, OBJECT_VERBS, ORDINAL_ENUMERATORS,
    ORGANISATION_TAILS, OWNER_LINKS, PHRASE_OPENERS, PLACE_NAME_ENDS, PROJECT_HEAD,
    PROJECT_NOUN_ENDINGS, QUANTITY_WORDS, SUBJECT_PREDICATES, SUM_OPENERS, WORKS_HEAD,
};
use crate::lexicon::lookup::{
    BoundaryIndex, has_abstract_word, is_generic, is_time_char, longest_prefix, longest_suffix,
};
use crate::lexicon::segment::Words;

/// One mention of a project.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProjectMention {
    pub name: Span,
    pub owner: Option<Span>,
    /// Where the whole mention ends (after its head 项目, if any).
    pub end: usize,
    /// Mentions that share one head or verb ("A、B、C等项目加快建设") share a group.
    pub group: usize,
    /// A noun the list distributes over its items ("滨江、临港两个产业园" → 滨江产业园): the
    /// name is the item followed by it.
    pub suffix: Option<Span>,
}

/// Every industry and facility noun of a text, overlapping ones included, as (start, end)
/// sorted by end.
fn industry_endings(text: &str) -> Vec<(usize, usize)> {
    let mut endings: Vec<(usize, usize)> = INDUSTRY_MATCHER
        .find_overlapping_iter(text)
        .map(|hit| (hit.start(), hit.end()))
        .collect();
    endings.sort_by_key(|&(_, end)| end);
    endings
}

/// Where 项目, 工程 and 基地 stand in a text, in order.
fn heads(text: &str) -> Vec<(usize, &'static str)> {
    HEAD_MATCHER
        .find_iter(text)
        .filter_map(|hit| {
            HEADS
                .get(hit.pattern().as_usize())
                .map(|&head| (hit.start(), head))
        })
        .collect()
}

/// The most words a name found without a head may run over.
const MAX_NAME_WORDS: usize = 8;

/// The longest name the boundary model accepts, in characters.
const MAX_NAME_CHARS: usize = 32;

/// Classifiers that, after a numeral, make a count ("3个", "5大", "4件").
fn is_classifier(c: char) -> bool {
    NAME_COUNT_CLASSIFIERS.contains(&c)
}

/// Where names must stop: boundary words and the ends of amounts and dates.
struct Edges<'t, 'b> {
    text: &'t str,
    boundaries: &'b BoundaryIndex,
    /// The segmenter's words, for the noun-phrase test.
    words: &'b Words,
    /// Unit mentions, in order: a name takes a unit whole ("禾丰县东湖工业集中区污水处理厂").
    units: &'b [Span],
    /// Sums of money, in order.
    amounts: &'b [Span],
    /// Offsets where an amount or a date ends.
    hard_end: Vec<bool>,
}

impl<'t, 'b> Edges<'t, 'b> {
    fn new(
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
        let index = self.units.partition_point(|u| u.end < end);
        self.units
            .get(index)
            .filter(|u| u.end == end)
            .map(|u| u.start)
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
        let index = self.amounts.partition_point(|a| a.end < end);
        self.amounts
            .get(index)
            .filter(|a| a.end == end)
            .map(|a| a.start)
    }

    /// Where an amount written before a list item starts ("投资2.8亿元的恒信精密模具" →
    /// before "投资"), or `start` itself when there is none.
    fn before_amount(&self, floor: usize, start: usize) -> usize {
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
    /// "白鹭镇"): the unit's projects, not one project. A zone can be a project itself
    /// ("青峰山地旅游度假区项目").
    fn is_unit_and_a_char(&self, name: Span) -> bool {
        self.unit_starting_at(name.start).is_some_and(|unit_end| {
            let unit = &self.text[name.start..unit_end];
            let administrative = unit.ends_with(ADMINISTRATIVE_ENDS)
                && (!unit.ends_with('区') || unit.chars().count() <= 4);
            administrative
                && unit_end <= name.end
                && self.text[unit_end..name.end].chars().count() <= 1
        })
    }

    /// True when a name growing leftwards must stop at `start`, having taken `taken` chars
    /// up to `end`. Inside a company's name 和 joins, it does not separate ("永和制药有限公司");
    /// a bare action goes on over the verb before it ("公园提升改造").
    fn stops_at(&self, start: usize, end: usize, taken: usize) -> bool {
        if self.hard_end.get(start).copied().unwrap_or(false) {
            return true;
        }
        if !self.boundaries.ends_at(start) {
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
    fn name_start(&self, floor: usize, end: usize) -> usize {
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

fn is_numeral(c: char) -> bool {
    c.is_ascii_digit() || is_chinese_numeral(c)
}

fn is_name_char(c: char) -> bool {
    is_han(c) || c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '·')
}

/// The width of a bracketed stretch ending at `end` ("(蓉城西湖)"), if it opens close by.
fn enclosed_width(text: &str, floor: usize, end: usize, openers: &[char]) -> Option<usize> {
    let window = &text[floor..end];
    let open = window.rfind(openers)?;
    (window[open..].chars().count() <= 14).then_some(window.len() - open)
}

/// The items of `sorted` (ascending by `key`) whose key lies in `range`, found by moving
/// `cursor` on: the ranges asked for must not go back.
fn items_in<'a, T>(
    sorted: &'a [T],
    cursor: &mut usize,
    range: Range<usize>,
    key: impl Fn(&T) -> usize,
) -> &'a [T] {
    while sorted
        .get(*cursor)
        .is_some_and(|item| key(item) < range.start)
    {
        *cursor += 1;
    }
    let rest = &sorted[*cursor..];
    let len = rest.iter().take_while(|item| key(item) < range.end).count();
    &rest[..len]
}

/// What the other recognisers found, which project names must respect: units a name takes
/// whole, amounts and dates a name never runs across, and the ledger's own projects. All
/// spans in text order.
#[derive(Clone, Copy, Default)]
pub struct Landmarks<'a> {
    pub units: &'a [Span],
    pub amounts: &'a [Span],
    pub dates: &'a [Span],
    pub known: &'a [Span],
}

/// Finds the project mentions of a (Simplified) text, in its sentences and clauses.
pub fn find_projects(
    text: &str,
    text_words: &TextWords,
    landmarks: Landmarks,
    sentences: &[Sentence],
    clauses: &[Span],
) -> Vec<ProjectMention> {
    let Landmarks {
        units,
        amounts,
        dates,
        known,
    } = landmarks;
    let edges = Edges::new(
        text,
        &text_words.boundaries,
        &text_words.words,
        units,
        amounts,
        dates,
    );
    let mut finder = Finder {
        text,
        edges: &edges,
        found: Vec::new(),
        taken: BTreeMap::new(),
        next_group: 0,
        common_words: Vec::new(),
        known,
    };
    finder.known_names();
    let heads = heads(text);
    let endings = industry_endings(text);
    let (mut sentence_index, mut head_index, mut ending_index) = (0, 0, 0);
    for &clause in clauses {
        while sentences
            .get(sentence_index + 1)
            .is_some_and(|s| s.span.start <= clause.start)
        {
            sentence_index += 1;
        }
        let Some(sentence) = sentences.get(sentence_index) else {
            continue;
        };
        let heads = items_in(&heads, &mut head_index, clause.start..clause.end, |h| h.0);
        let endings = items_in(
            &endings,
            &mut ending_index,
            clause.start + 1..clause.end + 1,
            |e| e.1,
        );
        {
            finder.labelled(clause);
            finder.distributive(clause);
            finder.listed_in_next_clause(clause, sentence.span);
            finder.after_status_copula(clause);
            finder.headed(clause, sentence.span, heads);
            finder.listed_before_status(clause);
            finder.enumerated(clause);
            finder.object_list(clause);
            finder.invested_facility(clause);
            finder.subject(clause, endings);
        }
    }
    let mut found = finder.found;
    found.sort_by_key(|m| m.name.start);
    link_groups(text, &mut found);
    drop_lone_common_words(&mut found, &finder.common_words);
    found
}

/// "投资1.8亿元建设民办学校项目": a verb of building right after a sum says what the money
/// does; the name starts after it. ("建设路改造项目" keeps its road.)
fn skip_building_verb_after_sum(text: &str, start: usize, scan_end: usize) -> usize {
    if !text[..start].ends_with('元') {
        return start;
    }
    BUILDING_VERBS_AFTER_SUM
        .iter()
        .find(|verb| text[start..scan_end.max(start)].starts_with(**verb))
        .map(|verb| start + verb.len())
        .filter(|&after| text[after..scan_end.max(after)].chars().count() >= 2)
        .unwrap_or(start)
}

/// "A、B等园区路网和交通基础设施项目": after "A、B等" comes the kind the listed projects are
/// of, not another project. Returns where the list's 等 ends when a list of at least two items
/// stands right before 等 and the words from 等 to `name_start` say no more than a kind: Han
/// characters only, no status word, nothing that starts a new phrase ("…等企业为龙头的丙…",
/// "…等企业后引进丙…").
fn list_before_a_category(text: &str, clause_start: usize, name_start: usize) -> Option<usize> {
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

struct Finder<'t, 'e, 'b, 'k> {
    text: &'t str,
    edges: &'e Edges<'t, 'b>,
    found: Vec<ProjectMention>,
    /// The stretches mentions cover, by start: a new mention may not overlap one.
    taken: BTreeMap<usize, usize>,
    next_group: usize,
    /// Where mentions start whose name is one common word ("钢窗"): names only as items of a
    /// list of names.
    common_words: Vec<usize>,
    /// Where the ledger's own projects are named: mentions that need no other evidence.
    known: &'k [Span],
}

impl Finder<'_, '_, '_, '_> {
    /// The ledger's own projects, first: with 项目 or 工程 after them when the text has one.
    fn known_names(&mut self) {
        for &name in self.known {
            let after = &self.text[name.end..];
            let end = HEADS
                .iter()
                .find(|head| after.starts_with(**head))
                .map_or(name.end, |head| name.end + head.len());
            let group = self.new_group();
            self.push(ProjectMention {
                name,
                owner: None,
                end,
                group,
                suffix: None,
            });
        }
    }

    fn new_group(&mut self) -> usize {
        self.next_group += 1;
        self.next_group
    }

    fn overlaps(&self, span: Span) -> bool {
        let before = self.taken.range(..span.end).next_back();
        before.is_some_and(|(_, &end)| end > span.start)
    }

    fn push(&mut self, mention: ProjectMention) {
        let verdict = if self.known.contains(&mention.name) {
            Verdict::Name
        } else {
            judge(
                self.text,
                self.edges.words,
                self.edges.boundaries,
                mention.name,
                mention.owner.is_some(),
            )
        };
        match verdict {
            Verdict::NotAName(Reason::CommonWord) => self.common_words.push(mention.name.start),
            Verdict::NotAName(_) => return,
            Verdict::Name | Verdict::Unsure => {}
        }
        if !self.overlaps(mention.name) {
            let start = mention.owner.map_or(mention.name.start, |o| o.start);
            let covered = if mention.suffix.is_some() {
                mention.name.end
            } else {
                mention.end.max(mention.name.end)
            };
            self.taken.insert(start, covered);
            self.found.push(mention);
        }
    }

    /// Mentions headed by 项目, 工程 or 基地 in one clause (`heads`: where they stand in it).
    fn headed(&mut self, clause: Span, sentence: Span, heads: &[(usize, &'static str)]) {
        let text = self.text;
        for &(at, head) in heads {
            if at + head.len() > clause.end {
                continue;
            }
            let after = &text[at + head.len()..clause.end];
            let (name_end, mention_end) = if head == PROJECT_HEAD {
                (at, at + head.len())
            } else {
                if after.starts_with(PROJECT_HEAD)
                    || longest_prefix(after, ORGANISATION_TAILS).is_some()
                {
                    continue;
                }
                if !closes_a_name(after) {
                    continue;
                }
                (at + head.len(), at + head.len())
            };
            let name_end = trim_measure_note(text, clause.start, name_end);
            let scan_end = if head == PROJECT_HEAD { name_end } else { at };
            let start = self.edges.name_start(clause.start, scan_end);
            let start = skip_list_marker(text, start, name_end);
            let start = self.joined_activity_start(clause, start, scan_end);
            let start = skip_building_verb_after_sum(text, start, scan_end);
            if text[clause.start..start].ends_with('受') && after.starts_with("影响") {
                continue;
            }
            let name = Span {
                start,
                end: name_end,
            };
            let core = core_of(&text[name.start..scan_end.max(name.start)]);
            let invests_a_sum = after.strip_prefix("投资").is_some_and(|rest| {
                rest.starts_with(|c: char| {
                    c.is_ascii_digit() || is_chinese_numeral(c) || SUM_OPENERS.contains(&c)
                })
            });
            let used_as_modifier = head == PROJECT_HEAD
                && !invests_a_sum
                && longest_prefix(after, HEAD_AS_MODIFIER).is_some();
            if head == PROJECT_HEAD
                && !used_as_modifier
                && let Some(list_end) = list_before_a_category(text, clause.start, start)
            {
                self.listed_before_generic_head(clause, list_end);
                continue;
            }
            if is_generic_core(&core) {
                if head == PROJECT_HEAD
                    && (!used_as_modifier || text[clause.start..start].ends_with('等'))
                {
                    self.listed_before_generic_head(clause, start);
                    self.listed_after(clause, at + head.len());
                }
                continue;
            }
            if self.edges.is_unit_and_a_char(name)
                || INDUSTRY_ENDINGS.contains(&core.as_str())
                || DISTRIBUTED_NOUNS.contains(&core.as_str())
                || used_as_modifier && !looks_named(&core)
                || is_bare_unit(&core)
                || core.starts_with(PROJECT_HEAD)
            {
                continue;
            }
            if !is_acceptable_name(&core) || is_description(&text[clause.start..start]) {
                continue;
            }
            let group = self.new_group();
            let Some(mention) =
                with_owner(text, self.edges, clause.start, name, mention_end, group)
            else {
                continue;
            };
            let mention = self.merge_listed_name(mention, clause, sentence);
            self.push(mention);
            self.listed_before(
                clause,
                mention.owner.map_or(mention.name.start, |o| o.start),
                group,
            );
        }
    }

    /// "茶叶种植、加工项目": a bare activity after 、 is the second part of one name, not a
    /// project of its own; the name starts with the item before it.
    fn joined_activity_start(&self, clause: Span, start: usize, scan_end: usize) -> usize {
        let text = self.text;
        let Some(end) = text[clause.start..start]
            .strip_suffix('、')
            .map(|before| clause.start + before.len())
        else {
            return start;
        };
        if !JOINED_ACTIVITIES.contains(&&text[start..scan_end.max(start)]) {
            return start;
        }
        let item_start = self.edges.name_start(clause.start, end);
        if item_start < end { item_start } else { start }
    }

    /// "A、B、C等重大项目", "A、B4件民生实事项目", "A、B等3个项目": the list before a generic
    /// head; `generic_start` is where the head begins, after any 等.
    fn listed_before_generic_head(&mut self, clause: Span, generic_start: usize) {
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
    fn items_before(&self, clause: Span, list_end: usize) -> Vec<Span> {
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
    fn push_named_items(&mut self, clause: Span, items: Vec<Span>) {
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
    fn listed_before_status(&mut self, clause: Span) {
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

    /// "滨江、临港两个产业园": a list whose count is followed by a facility noun the items share.
    fn distributive(&mut self, clause: Span) {
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

    /// "项目名称:金桥物流园": the value of a name label, up to the end of its line. A bare
    /// "名称:" naming a document ("…建设情况", "…通知") is a page's metadata, not a project.
    fn labelled(&mut self, clause: Span) {
        let text = self.text;
        let label = text[..clause.start].trim_end_matches([':', '：', ' ']);
        let bare = !label.ends_with("项目名称");
        if label.len() == clause.start || bare && !label.ends_with("名称") {
            return;
        }
        let body = &text[clause.start..clause.end];
        let body = body.split('\n').next().unwrap_or(body);
        if bare
            && DOCUMENT_ENDINGS
                .iter()
                .any(|e| body.trim_end().ends_with(e))
        {
            return;
        }
        let trimmed = body.trim();
        let start = clause.start + (body.len() - body.trim_start().len());
        let end = start + trimmed.strip_suffix(PROJECT_HEAD).unwrap_or(trimmed).len();
        let name = Span { start, end };
        let core = core_of(&text[start..end]);
        let length = core.chars().count();
        if (2..=MAX_NAME_CHARS).contains(&length)
            && !is_generic_core(&core)
            && is_acceptable_name(&core)
        {
            let group = self.new_group();
            if let Some(mention) = with_owner(text, self.edges, clause.start, name, end, group) {
                self.push(mention);
            }
        }
    }

    /// "一是A改造、B改造", "另一个是中外合资的C公司": the items an enumerator introduces.
    fn enumerated(&mut self, clause: Span) {
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
    fn listed_after(&mut self, clause: Span, head_end: usize) {
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

    /// "续建的是镇社区卫生服务中心", "新开工的有A、B": a status word and 的是/的有 announce the
    /// projects that follow.
    fn after_status_copula(&mut self, clause: Span) {
        let text = self.text;
        let body = &text[clause.start..clause.end];
        let lead = body.trim_start_matches(|c: char| is_time_char(c) && c != '新');
        if !starts_with_status_word(lead) && !starts_with_status_word(lead.trim_start_matches('新'))
        {
            return;
        }
        let Some(at) = lead.find("的") else { return };
        let after = &lead[at + '的'.len_utf8()..];
        let after = after.strip_prefix(PROJECT_HEAD).unwrap_or(after);
        let Some(copula) = COPULAS_AFTER_DE.iter().find(|c| after.starts_with(**c)) else {
            return;
        };
        if lead[..at].chars().count() > 4 {
            return;
        }
        let start = clause.end - after.len() + copula.len();
        self.push_listed(
            Span {
                start,
                end: clause.end,
            },
            false,
        );
    }

    /// A clause that opens with 分别为/包括… after "…项目N个": its list names the projects.
    fn listed_in_next_clause(&mut self, clause: Span, sentence: Span) {
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
    fn push_listed(&mut self, list: Span, loose: bool) {
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

    /// Items written before a headed mention and joined to it by 、/和/与/以及: they share its
    /// head ("兴旺木业、鼎新建材项目"). Items that have their own head are found on their own.
    fn listed_before(&mut self, clause: Span, first_start: usize, group: usize) {
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
    fn merge_listed_name(
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

    /// "对本土新开工的A、B抓紧推进": a list of names as the object of 对 before a verb.
    fn object_list(&mut self, clause: Span) {
        let text = self.text;
        let body = &text[clause.start..clause.end];
        let Some(dui) = body.find('对') else { return };
        let object_start = dui + '对'.len_utf8();
        let in_a_word = DUI_WORDS.iter().any(|word| {
            let (lead, rest) = word.split_at(word.find('对').unwrap_or(0));
            body[..dui].ends_with(lead) && body[dui..].starts_with(rest)
        });
        if in_a_word {
            return;
        }
        let Some(verb_at) = OBJECT_VERBS
            .iter()
            .filter_map(|v| body[object_start..].find(v))
            .min()
        else {
            return;
        };
        let object = &body[object_start..object_start + verb_at];
        let list_start = object.rfind('的').map_or(0, |at| at + '的'.len_utf8());
        let mut items = Vec::new();
        let mut item_start = list_start;
        for (at, c) in object[list_start..]
            .char_indices()
            .map(|(i, c)| (list_start + i, c))
            .chain([(object.len(), '、')])
        {
            if LIST_SEPARATOR_CHARS.contains(&c) {
                items.push(Span {
                    start: clause.start + object_start + item_start,
                    end: clause.start + object_start + at,
                });
                item_start = at + c.len_utf8();
            }
        }
        let good: Vec<Span> = items
            .into_iter()
            .filter(|item| {
                let name = &text[item.start..item.end];
                let length = name.chars().count();
                (2..=10).contains(&length)
                    && name.chars().all(is_name_char)
                    && longest_prefix(name, NAME_BOUNDARIES).is_none()
                    && !is_generic_core(name)
                    && is_acceptable_name(name)
            })
            .collect();
        let single_company = good.len() == 1
            && good.iter().all(|item| {
                longest_suffix(&text[item.start..item.end], INDUSTRY_ENDINGS).is_some()
            });
        if good.len() < 2 && !single_company {
            return;
        }
        let group = self.new_group();
        for item in good {
            self.push(ProjectMention {
                name: item,
                owner: None,
                end: item.end,
                group,
                suffix: None,
            });
        }
    }

    /// "C机械完成招商项目对接", "D有限公司新厂区开工仪式": a company-like subject opening its
    /// clause, followed by a status or milestone verb. `endings`: the industry and facility
    /// nouns ending in the clause.
    /// "投资2000万元的甲商城和投资1800万元的乙商城": a facility named right after the sum
    /// invested in it, without 项目. The name runs over the words after 的 up to the first
    /// facility noun ("…污水处理厂"), and stops at a list separator, a status word or a
    /// function word.
    fn invested_facility(&mut self, clause: Span) {
        let text = self.text;
        let amounts = self.edges.amounts;
        let from = amounts.partition_point(|a| a.end <= clause.start);
        for amount in amounts[from..].iter().take_while(|a| a.end <= clause.end) {
            let lead = &text[clause.start..amount.start];
            if !INVESTMENT_VERBS.iter().any(|t| lead.ends_with(t))
                || !text[amount.end..clause.end].starts_with('的')
            {
                continue;
            }
            let name_start = amount.end + '的'.len_utf8();
            let Some(name_end) = self.facility_name_end(name_start, clause.end) else {
                continue;
            };
            let after = &text[name_end..clause.end];
            if HEADS.iter().any(|head| after.starts_with(head)) {
                continue;
            }
            let name = Span {
                start: name_start,
                end: name_end,
            };
            let group = self.new_group();
            self.push(ProjectMention {
                name,
                owner: None,
                end: name_end,
                group,
                suffix: None,
            });
        }
    }

    /// Where a facility's name that starts at `start` ends: after the first word that ends in
    /// a facility noun, before any separator, status word or function word.
    fn facility_name_end(&self, start: usize, limit: usize) -> Option<usize> {
        let text = self.text;
        let words = self.edges.words.pieces(Span { start, end: limit });
        for (taken, word) in words.iter().enumerate() {
            let piece = &text[word.span.start..word.span.end];
            let stops = !piece.chars().all(is_name_char)
                || (word.in_dictionary && word.class.is_function_word())
                || starts_with_status_word(&text[word.span.start..limit])
                || taken >= MAX_NAME_WORDS;
            if stops {
                return None;
            }
            let so_far = &text[start..word.span.end];
            if longest_suffix(so_far, FACILITY_ENDINGS).is_some() && so_far.chars().count() >= 2 {
                return Some(word.span.end);
            }
        }
        None
    }

    fn subject(&mut self, clause: Span, endings: &[(usize, usize)]) {
        if endings.is_empty() {
            return;
        }
        let text = self.text;
        let body = &text[clause.start..clause.end];
        let lead = body.len()
            - body
                .trim_start_matches(|c: char| {
                    c.is_ascii_digit() || matches!(c, ' ' | '年' | '月' | '日')
                })
                .len();
        let subject_start = clause.start + lead;
        let window_end = text[subject_start..clause.end]
            .char_indices()
            .nth(18)
            .map_or(clause.end, |(offset, _)| subject_start + offset);
        let mut endings: Vec<(usize, usize)> = endings
            .iter()
            .filter(|&&(start, end)| start >= subject_start && end <= window_end)
            .map(|&(start, end)| (end, end - start))
            .collect();
        endings.sort_unstable_by_key(|&(end, len)| (end, std::cmp::Reverse(len)));
        endings.dedup_by_key(|&mut (end, _)| end);
        for (end, ending_len) in endings {
            let head = &text[subject_start..end];
            let ending = &head[head.len() - ending_len..];
            let after = &text[end..clause.end];
            let predicate = SUBJECT_PREDICATES.iter().any(|p| after.starts_with(p))
                || starts_with_status_word(after);
            if !predicate
                || head.chars().count() < ending.chars().count() + 2
                || !head.chars().all(is_name_char)
            {
                continue;
            }
            let inner_boundary = head
                .char_indices()
                .skip(1)
                .any(|(offset, _)| self.edges.boundaries.ends_at(subject_start + offset));
            let quantity =
                head.starts_with(is_numeral) || QUANTITY_WORDS.iter().any(|w| head.starts_with(w));
            if DETERMINERS.iter().any(|w| head.starts_with(w))
                || inner_boundary
                || quantity
                || is_generic_core(head)
                || is_generic(&head[..head.len() - ending.len()])
                || !is_acceptable_name(head)
            {
                return;
            }
            let name = Span {
                start: subject_start,
                end,
            };
            let group = self.new_group();
            if let Some(mention) = with_owner(text, self.edges, clause.start, name, end, group) {
                self.push(mention);
            }
            return;
        }
    }
}

/// True when what follows 工程 or 基地 shows it ends a project's name: the clause ends, a
/// list goes on, or a predicate follows ("工程已正式投产", "基地的招商工作").
fn closes_a_name(after: &str) -> bool {
    after.is_empty()
        || NAME_CLOSERS.iter().any(|f| after.starts_with(f))
        || starts_with_status_word(after)
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

/// Start of the separator (、, 和, 与, 以及) right before `at`, if there is one.
fn separator_before(text: &str, floor: usize, at: usize) -> Option<usize> {
    let before = &text[floor..at];
    ITEM_SEPARATORS
        .iter()
        .find(|s| before.ends_with(**s))
        .map(|s| at - s.len())
}

/// "(占地80亩)" right before a head is a note, not part of the name: the name ends before it.
fn trim_measure_note(text: &str, floor: usize, end: usize) -> usize {
    let before = &text[floor..end];
    if !before.ends_with(')') && !before.ends_with('）') {
        return end;
    }
    match before.rfind(['(', '（']) {
        Some(open) if before[open..].chars().any(|c| c.is_ascii_digit()) => floor + open,
        _ => end,
    }
}

/// Skips list markers and notes at the start of a name ("1.", "(2)", "①", "(分二期)").
fn skip_list_marker(text: &str, start: usize, end: usize) -> usize {
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

/// A name that reads as a project's, not as words about work: at least four characters and
/// ending in an industry, facility or project noun, or holding figures ("年产3000吨…").
fn looks_named(core: &str) -> bool {
    core.chars().count() >= 4
        && (longest_suffix(core, INDUSTRY_ENDINGS).is_some()
            || longest_suffix(core, FACILITY_ENDINGS).is_some()
            || longest_suffix(core, PROJECT_NOUN_ENDINGS).is_some()
            || core.chars().any(|c| c.is_ascii_digit()))
}

/// "打造一个长8公里、占地4平方公里的滨水休闲度假项目": a project described after a verb of
/// building and an indefinite ("打造一个 … 的") is what will be built, not a named project.
fn is_description(before: &str) -> bool {
    before.ends_with('的')
        && DESCRIPTION_VERBS.iter().any(|verb| {
            before.match_indices(verb).any(|(at, _)| {
                let after = &before[at + verb.len()..];
                INDEFINITES
                    .iter()
                    .any(|indefinite| after.starts_with(indefinite))
            })
        })
}

/// A short name that is only a place ("镇原县"): a unit, not a project.
fn is_bare_unit(core: &str) -> bool {
    core.chars().count() <= 5 && core.ends_with(PLACE_NAME_ENDS)
}

/// A name without punctuation, for the generic and acceptability tests.
fn core_of(name: &str) -> String {
    name.chars().filter(|c| c.is_alphanumeric()).collect()
}

fn is_generic_core(core: &str) -> bool {
    core.chars()
        .filter(|&c| is_han(c) || c.is_ascii_alphabetic())
        .count()
        < 2
        || is_generic(core)
        || longest_suffix(core, GENERIC_TAILS).is_some()
}

fn is_acceptable_name(core: &str) -> bool {
    !has_abstract_word(core)
        && longest_suffix(core, EVENT_ENDINGS).is_none()
        && !is_phase_only(core)
}

/// "二期", "三期工程": a phase with no name.
fn is_phase_only(core: &str) -> bool {
    let stem = core.strip_suffix(WORKS_HEAD).unwrap_or(core);
    stem.strip_suffix('期')
        .is_some_and(|n| !n.is_empty() && n.chars().all(is_numeral))
}

/// Splits an owner company off a name: "X有限公司原料药" (inside the name) or "X有限公司的Y" /
/// "X有限公司投资Y" (right before it). `None` when what is left is no name.
fn with_owner(
    text: &str,
    edges: &Edges,
    floor: usize,
    name: Span,
    end: usize,
    group: usize,
) -> Option<ProjectMention> {
    let written = &text[name.start..name.end];
    let inner = COMPANY_MATCHER
        .find_iter(written)
        .map(|hit| hit.end())
        .max();
    if let Some(split) = inner
        && split < written.len()
    {
        let rest = &written[split..];
        if BARE_ACTIONS.contains(&rest) || rest.chars().count() < 2 && !rest.chars().all(is_han) {
            return Some(ProjectMention {
                name,
                owner: None,
                end,
                group,
                suffix: None,
            });
        }
        let owner = Span {
            start: name.start,
            end: name.start + split,
        };
        let name = Span {
            start: owner.end,
            end: name.end,
        };
        let core = core_of(&text[name.start..name.end]);
        if core.chars().count() < 2 || is_generic(&core) && !is_phase_only(&core) {
            return None;
        }
        return Some(ProjectMention {
            name,
            owner: Some(owner),
            end,
            group,
            suffix: None,
        });
    }
    if is_phase_only(&core_of(written)) {
        return None;
    }
    let before = &text[floor..name.start];
    let link = OWNER_LINKS.iter().find(|w| before.ends_with(**w));
    if let Some(link) = link {
        let owner_end = name.start - link.len();
        if longest_suffix(&text[floor..owner_end], COMPANY_ENDINGS).is_some() {
            let owner_start = edges.name_start(floor, owner_end);
            if owner_start < owner_end {
                return Some(ProjectMention {
                    name,
                    owner: Some(Span {
                        start: owner_start,
                        end: owner_end,
                    }),
                    end,
                    group,
                    suffix: None,
                });
            }
        }
    }
    Some(ProjectMention {
        name,
        owner: None,
        end,
        group,
        suffix: None,
    })
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

/// Gives consecutive mentions joined only by 、/和/与/及/以及 one group.
/// Drops the mentions named by one common word ("样板项目") unless they stand in a list with
/// other names ("特种门、钢窗、机械柔性生产4个项目").
fn drop_lone_common_words(found: &mut Vec<ProjectMention>, common_words: &[usize]) {
    if common_words.is_empty() {
        return;
    }
    let mut group_sizes: BTreeMap<usize, usize> = BTreeMap::new();
    for mention in found.iter() {
        *group_sizes.entry(mention.group).or_default() += 1;
    }
    found.retain(|m| {
        !common_words.contains(&m.name.start) || group_sizes.get(&m.group).is_some_and(|&n| n >= 2)
    });
}

fn link_groups(text: &str, found: &mut [ProjectMention]) {
    for index in 1..found.len() {
        let (previous, current) = (found[index - 1], found[index]);
        let current_start = current.owner.map_or(current.name.start, |o| o.start);
        if previous.end > current_start {
            continue;
        }
        let between = text[previous.end..current_start].trim();
        if between.is_empty() || JOINING_WORDS.contains(&between) {
            found[index].group = previous.group;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::sentences;

    fn projects(text: &str) -> Vec<String> {
        let money: Vec<Span> = crate::grammar::amount::find_money(text)
            .iter()
            .map(|m| m.span)
            .collect();
        let dates: Vec<Span> = crate::grammar::date::find_dates(text)
            .iter()
            .map(|d| d.span)
            .collect();
        let text_words = TextWords::of(text);
        let units: Vec<Span> = crate::recognise::unit::find_units(text, &text_words)
            .iter()
            .map(|u| u.span)
            .collect();
        let sentences = sentences(text);
        let clauses: Vec<Span> = sentences
            .iter()
            .flat_map(|s| crate::layout::clauses(text, s.span))
            .collect();
        find_projects(
            text,
            &text_words,
            Landmarks {
                units: &units,
                amounts: &money,
                dates: &dates,
                known: &[],
            },
            &sentences,
            &clauses,
        )
        .iter()
        .map(|m| match m.owner {
            Some(owner) => format!(
                "{}|{}",
                &text[owner.start..owner.end],
                &text[m.name.start..m.name.end]
            ),
            None => text[m.name.start..m.name.end].to_string(),
        })
        .collect()
    }

    #[test]
    fn headed_names_with_amounts_before() {
        assert_eq!(
            projects("在东港池,总投资90亿元的惠生海工装备基地项目正在进行土建施工。"),
            vec!["惠生海工装备基地"]
        );
        assert_eq!(
            projects(
                "(3)投资4200万元的禾丰县华茂木业项目;(4)投资3600万元的湖城丰源食品生态养殖场(占地60亩)项目;"
            ),
            vec!["禾丰县华茂木业", "湖城丰源食品生态养殖场"]
        );
        assert_eq!(
            projects("1.滨河东路建设项目:拟投资1900万元"),
            vec!["滨河东路建设"]
        );
    }

    #[test]
    fn owners_are_split_off() {
        assert_eq!(
            projects("其中,南通千鹤食品有限公司的年产3000吨复合调味料项目选址"),
            vec!["南通千鹤食品有限公司|年产3000吨复合调味料"]
        );
        assert_eq!(
            projects("为浙江恒泰制药有限公司原料药项目举行开工仪式"),
            vec!["浙江恒泰制药有限公司|原料药"]
        );
        assert_eq!(
            projects("为浙江永和制药有限公司原料药项目举行开工仪式"),
            vec!["浙江永和制药有限公司|原料药"],
            "和 inside a company's name joins"
        );
        assert_eq!(
            projects("分别为绿环再生资源公司扩建项目"),
            vec!["绿环再生资源公司扩建"]
        );
    }

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
    fn a_verb_of_building_after_a_sum_is_not_in_the_name() {
        assert_eq!(
            projects("拟投资1.8亿元建设民办学校项目。"),
            vec!["民办学校"]
        );
        assert_eq!(projects("建设路改造项目开工。"), vec!["建设路改造"]);
    }

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
    fn two_verbs_of_work_stay_in_the_name() {
        assert_eq!(
            projects("东湖公园提升改造项目总投资8000万元。"),
            vec!["东湖公园提升改造"]
        );
        assert!(projects("今年将实施提升改造项目。").is_empty());
        assert!(projects("加快推进改造项目。").is_empty());
    }

    #[test]
    fn a_project_investing_a_sum_is_named() {
        assert_eq!(projects("蓝湾电池项目投资10亿元。"), vec!["蓝湾电池"]);
        assert!(projects("全镇完成项目投资5亿元。").is_empty());
        assert!(projects("该镇重大项目投资18亿元。").is_empty());
    }

    #[test]
    fn a_project_that_holds_another_up_is_not_one_of_ours() {
        assert!(projects("受乙管线施工项目影响,工期顺延").is_empty());
    }

    #[test]
    fn descriptions_are_not_named_projects() {
        assert!(projects("沿湖打造一个长8公里、占地4平方公里的滨水休闲度假项目。").is_empty());
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

    #[test]
    fn generic_phrases_are_not_projects() {
        for text in [
            "紧盯在手在谈项目,助推在谈项目早签约、签约项目早落地。",
            "确保一季度新签约10亿元以上项目1个。",
            "此次集中开工的9个重点项目总投资18.6亿元。",
            "坚持党建引领项目建设,实行项目建设全周期管理。",
            "加快推动音乐节、马拉松、微短剧大赛等项目落地。",
            "力争两个项目在3月底前正式投产。",
            "二期工程正在抓紧建设。",
            "首批3个亿元工业项目和3个城建项目集中开工。",
        ] {
            assert!(projects(text).is_empty(), "{text}: {:?}", projects(text));
        }
    }

    #[test]
    fn objects_and_subjects_without_a_head() {
        assert_eq!(
            projects(
                "对本土新开工的万鹏建材、锦曌新材料抓紧推进,力争投产,庆旺机械完成招商项目对接。"
            ),
            vec!["万鹏建材", "锦曌新材料", "庆旺机械"]
        );
        assert_eq!(
            projects("浙江清源环境工程有限公司新厂区开工仪式。"),
            vec!["浙江清源环境工程有限公司|新厂区"]
        );
    }

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

    #[test]
    fn labelled_names() {
        assert_eq!(
            projects("项目名称:金桥物流园;总投资:5亿元;建设进度:正在施工。"),
            vec!["金桥物流园"]
        );
        assert!(
            projects("名称: 柳湾镇2025年重大项目建设情况\n文号: 发布日期: 2026-02-04").is_empty()
        );
        assert_eq!(projects("名称:金桥物流园\n文号:甲"), vec!["金桥物流园"]);
    }

    #[test]
    fn visited_companies_are_not_projects() {
        assert!(projects("主要领导带队走访迪皮茜、罗源光伏等工业规模企业。").is_empty());
    }
}
