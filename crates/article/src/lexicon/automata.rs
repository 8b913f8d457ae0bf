//! Every automaton the engine builds from its fixed word lists, built once on first use (or
//! by [`super::warm`]). A list that fails to build is a bug in the list: it panics, in the
//! tests first ([`ALL`] is forced there), rather than silently switching a rule off.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind, StartKind};

use super::classes::{
    ABSTRACT_WORDS, COMPANY_ENDINGS, ENUMERATORS, FACILITY_ENDINGS, FACT_MARKERS, GENERIC_WORDS,
    HEADS, INDUSTRY_ENDINGS, LIST_OPENERS, NAME_BOUNDARIES, NOT_INVESTMENT, PERSON_LABELS,
    STATUS_SPAN_MARKERS, TARGET_MARKERS, UNIT_SUFFIXES, VERBS_BEFORE_ZONES, VISION_VERBS,
};
use crate::grammar::status::LEXICON;

/// Finds [`NAME_BOUNDARIES`], overlapping ones included (a DFA: it runs over the whole text).
pub static BOUNDARY_MATCHER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::Standard)
        .kind(Some(AhoCorasickKind::DFA))
        .build(NAME_BOUNDARIES)
        .expect("NAME_BOUNDARIES builds")
});

/// Finds the longest of [`GENERIC_WORDS`] a text starts with (a DFA: it runs on every
/// candidate name).
pub static GENERIC_MATCHER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        .start_kind(StartKind::Anchored)
        .build(GENERIC_WORDS)
        .expect("GENERIC_WORDS builds")
});

/// Finds [`ABSTRACT_WORDS`].
pub static ABSTRACT_MATCHER: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::new(ABSTRACT_WORDS).expect("ABSTRACT_WORDS builds"));

/// Finds the [`UNIT_SUFFIXES`], longest first; a hit's pattern is its row of the table.
pub static UNIT_SUFFIX_MATCHER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(UNIT_SUFFIXES.iter().map(|(suffix, _, _)| suffix))
        .expect("UNIT_SUFFIXES builds")
});

/// Finds [`VERBS_BEFORE_ZONES`].
pub static ZONE_VERB_MATCHER: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::new(VERBS_BEFORE_ZONES).expect("VERBS_BEFORE_ZONES builds"));

/// Finds the [`HEADS`]; a hit's pattern is its index in `HEADS` (a DFA without a prefilter: it
/// runs over the whole text, and the bytes a prefilter would look for first are common in
/// Chinese text, so it would stop at candidates all along it).
pub static HEAD_MATCHER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .kind(Some(AhoCorasickKind::DFA))
        .prefilter(false)
        .build(HEADS)
        .expect("HEADS builds")
});

/// Finds [`INDUSTRY_ENDINGS`] and [`FACILITY_ENDINGS`], overlapping ones included (a DFA: it
/// runs over the whole text).
pub static INDUSTRY_MATCHER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::Standard)
        .kind(Some(AhoCorasickKind::DFA))
        .build(INDUSTRY_ENDINGS.iter().chain(FACILITY_ENDINGS))
        .expect("INDUSTRY_ENDINGS and FACILITY_ENDINGS build")
});

/// Finds [`ENUMERATORS`] and [`LIST_OPENERS`], overlapping ones included ("其一是" and "一是").
pub static OPENER_MATCHER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::Standard)
        .build(ENUMERATORS.iter().chain(LIST_OPENERS))
        .expect("ENUMERATORS and LIST_OPENERS build")
});

/// Finds [`VISION_VERBS`], overlapping ones included; a hit's pattern is its index there.
pub static VISION_VERB_MATCHER: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::new(VISION_VERBS).expect("VISION_VERBS builds"));

/// Finds [`COMPANY_ENDINGS`] inside a name, longest first (有限公司 before 公司).
pub static COMPANY_MATCHER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(COMPANY_ENDINGS)
        .expect("COMPANY_ENDINGS builds")
});

/// Finds the words of the status lexicon, longest first; a hit's pattern is its row.
pub static STATUS_MATCHER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(LEXICON.iter().map(|(word, _)| word))
        .expect("the status lexicon builds")
});

/// Tells whether a text starts with a word of the status lexicon.
pub static ANCHORED_STATUS_MATCHER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostFirst)
        .start_kind(StartKind::Anchored)
        .build(LEXICON.iter().map(|(word, _)| word))
        .expect("the status lexicon builds")
});

/// Finds [`TARGET_MARKERS`] then [`FACT_MARKERS`], overlapping ones included: a hit's pattern
/// below `TARGET_MARKERS.len()` is a target marker.
pub static MARKER_MATCHER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::Standard)
        .build(TARGET_MARKERS.iter().chain(FACT_MARKERS.iter()))
        .expect("TARGET_MARKERS and FACT_MARKERS build")
});

/// Finds the first of [`STATUS_SPAN_MARKERS`], longest first.
pub static SPAN_MARKER_MATCHER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(STATUS_SPAN_MARKERS)
        .expect("STATUS_SPAN_MARKERS builds")
});

/// Finds [`NOT_INVESTMENT`].
pub static NOT_INVESTMENT_MATCHER: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::new(NOT_INVESTMENT).expect("NOT_INVESTMENT builds"));

/// Finds the first of [`PERSON_LABELS`] in a text, at the leftmost place one starts and the
/// first of the list there.
pub static PERSON_LABEL_MATCHER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostFirst)
        .build(PERSON_LABELS)
        .expect("PERSON_LABELS builds")
});

/// Every automaton of this module.
pub static ALL: [&LazyLock<AhoCorasick>; 16] = [
    &BOUNDARY_MATCHER,
    &GENERIC_MATCHER,
    &ABSTRACT_MATCHER,
    &UNIT_SUFFIX_MATCHER,
    &ZONE_VERB_MATCHER,
    &HEAD_MATCHER,
    &INDUSTRY_MATCHER,
    &OPENER_MATCHER,
    &VISION_VERB_MATCHER,
    &COMPANY_MATCHER,
    &STATUS_MATCHER,
    &ANCHORED_STATUS_MATCHER,
    &MARKER_MATCHER,
    &SPAN_MARKER_MATCHER,
    &NOT_INVESTMENT_MATCHER,
    &PERSON_LABEL_MATCHER,
];

#[cfg(test)]
mod tests {
    use super::ALL;

    #[test]
    fn every_automaton_of_the_module_is_in_all() {
        let statics = include_str!("automata.rs")
            .lines()
            .filter(|line| {
                line.starts_with("pub static") && line.contains(": LazyLock<AhoCorasick>")
            })
            .count();
        assert_eq!(statics, ALL.len());
    }
}
