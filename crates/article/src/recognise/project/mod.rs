//! Project recognition: named projects in the shapes the genre writes them, one pass per
//! shape over every clause, in the order of `PASSES` (the reason for it is written there).
//!
//! - `edges`: where a name starts, the boundary model (boundary words, amounts, dates,
//!   counts, units taken whole);
//! - `headed`: "X项目", "X工程", "X基地";
//! - `lists`: items joined to a mention or a generic head ("A、B和C项目", "A、B、C等重大项目",
//!   "A、B、C、D4件民生实事项目"), 、 inside one name when a count before the list says so
//!   ("项目2个,即3亿元仓储物流、农产品加工项目和…");
//! - `announced`: lists a count, a generic head, an opener or an ordinal announces ("滨江、临港
//!   两个产业园", "在谈项目有A、B", "一是A改造");
//! - `owners`: owner companies split off ("南通千鹤食品有限公司的年产3000吨复合调味料项目");
//! - `bare`: names without 项目: labels, status copulas, objects, invested facilities, subjects
//!   ("对新开工的A、B抓紧推进", "C机械完成对接");
//! - `names`: what a name must not be: generic phrases (重大项目, 在手在谈项目, 亿元以上项目),
//!   kinds of work (项目建设), events and phases alone (二期工程).

mod announced;
mod bare;
mod edges;
mod headed;
mod lists;
mod names;
mod owners;

use std::collections::BTreeMap;
use std::ops::Range;

use crate::extraction::Span;
use crate::layout::Sentence;
use crate::lexicon::classes::{HEADS, JOINING_WORDS};
use crate::recognise::TextWords;
use crate::recognise::name_check::{Reason, Verdict, judge};
use bare::industry_endings;
use edges::Edges;
use headed::heads;

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

/// The passes over each clause, one per shape of mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pass {
    /// "项目名称:金桥物流园": the value of a name label ([`Finder::labelled`]).
    Labelled,
    /// "滨江、临港两个产业园": a counted list sharing a facility noun ([`Finder::distributive`]).
    Distributive,
    /// "甲村委会、乙村委会通畅工程2个项目": a list whose last item carries a noun the items
    /// share, closed by a matching count ([`Finder::shared_before_count`]).
    SharedBeforeCount,
    /// "项目3个,分别为A、B": a list opening the clause after a count ([`Finder::listed_in_next_clause`]).
    ListedInNextClause,
    /// "新开工的有A、B": a list after a status word and 的是/的有 ([`Finder::after_status_copula`]).
    AfterStatusCopula,
    /// "X项目", "X工程", "X基地", with the items joined to them ([`Finder::headed`]).
    Headed,
    /// "A产业园、B物流中心等加快建设": a list closed by 等 and a status verb
    /// ([`Finder::listed_before_status`]).
    ListedBeforeStatus,
    /// "一是A改造、B改造": the items an ordinal introduces ([`Finder::enumerated`]).
    Enumerated,
    /// "对A、B抓紧推进": a list as the object of 对 ([`Finder::object_list`]).
    ObjectList,
    /// "投资2000万元的甲商城": a facility after the sum invested in it
    /// ([`Finder::invested_facility`]).
    InvestedFacility,
    /// "C机械完成对接": a company-like subject before a status verb ([`Finder::subject`]).
    Subject,
}

/// The order of the passes. A mention may not overlap one found before it ([`Finder::push`]),
/// so where two passes could read the same words the earlier one wins, and the order puts the
/// shapes whose edges the text writes before the shapes whose edges are guessed:
///
/// 1. a label's value (to the end of its line), and the lists a count with a shared noun, a
///    generic head, an opener or a status copula announces (cut at their separators). Most of
///    these stand down when their clause has a head of its own, leaving it to the heads; where
///    they do meet a head, the announced items win over an edge the boundary model guesses;
/// 2. mentions with a head (项目, 工程, 基地), the usual shape, with the items joined to them.
///    They must come before the facilities after a sum: in "分别是:投资5亿元的A产业园、投资2.8
///    亿元的B和投资1.5亿元的C工程" the head claims the whole joined list, where the facility
///    pass would take A alone and break it (`tests/fixtures.rs`,
///    `list_items_with_their_own_amounts`);
/// 3. shapes without a head, which only the words around them vouch for: a list before a status
///    verb, an ordinal's items, the object of 对, a facility after its sum, and last the
///    loosest, a company-like subject, which takes only what no other pass did.
const PASSES: [Pass; 11] = [
    Pass::Labelled,
    Pass::Distributive,
    Pass::SharedBeforeCount,
    Pass::ListedInNextClause,
    Pass::AfterStatusCopula,
    Pass::Headed,
    Pass::ListedBeforeStatus,
    Pass::Enumerated,
    Pass::ObjectList,
    Pass::InvestedFacility,
    Pass::Subject,
];

/// Finds the project mentions of a (Simplified) text, in its sentences and clauses: every pass
/// of `PASSES` over each clause, then the ledger's own projects those passes did not find.
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
        for pass in PASSES {
            match pass {
                Pass::Labelled => finder.labelled(clause),
                Pass::Distributive => finder.distributive(clause),
                Pass::SharedBeforeCount => finder.shared_before_count(clause),
                Pass::ListedInNextClause => finder.listed_in_next_clause(clause, sentence.span),
                Pass::AfterStatusCopula => finder.after_status_copula(clause),
                Pass::Headed => finder.headed(clause, sentence.span, heads),
                Pass::ListedBeforeStatus => finder.listed_before_status(clause),
                Pass::Enumerated => finder.enumerated(clause),
                Pass::ObjectList => finder.object_list(clause),
                Pass::InvestedFacility => finder.invested_facility(clause),
                Pass::Subject => finder.subject(clause, endings),
            }
        }
    }
    finder.known_names();
    let mut found = finder.found;
    found.sort_by_key(|m| m.name.start);
    link_groups(text, &mut found);
    drop_lone_common_words(&mut found, &finder.common_words);
    found
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

/// The mentions found so far and what a new one must respect.
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
    /// The ledger's own projects that the passes of the genre did not find (they run last, so
    /// that a name found with its owner or list keeps them), with 项目 or 工程 after them when
    /// the text has one.
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

    /// Keeps a mention whose name passes the noun-phrase test and overlaps no mention found
    /// before.
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
}

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

/// Gives consecutive mentions joined only by 、/和/与/及/以及 one group.
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
mod test_support {
    use super::*;
    use crate::layout::sentences;

    pub(super) fn projects(text: &str) -> Vec<String> {
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
}

#[cfg(test)]
mod tests {
    use super::test_support::projects;

    #[test]
    fn visited_companies_are_not_projects() {
        assert!(projects("主要领导带队走访迪皮茜、罗源光伏等工业规模企业。").is_empty());
    }
}
