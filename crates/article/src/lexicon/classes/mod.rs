//! The closed word classes of the genre, in Simplified Chinese, in one home: grammar words of
//! local news about projects, never names of particular projects or places. Each class says
//! what it is for; where two classes look alike but differ in members, each says why.
//!
//! - `heads`: heads of project mentions and the endings of names;
//! - `boundaries`: what a name never runs across, and the words at its edges;
//! - `generic`: what makes a candidate generic, abstract, a quantity or a determiner;
//! - `places`: unit suffixes, generic unit names, cities, words of place, ranks and zones;
//! - `counts`: classifiers, totals, minimums and the words around sums of money;
//! - `lists`: separators, list openers, enumerators, copulas, references back;
//! - `markers`: fact and target markers, time words, predicates, person labels.
//!
//! Where a rule is about words (和平, 针对, 等级, 签约), its class lists the words, not their
//! first or last characters. Classes of characters (`&[char]`) are for rules about characters:
//! the last character of a name, stops, classifiers; the few that trim the characters of
//! words ([`ENUMERATION_FILLER_CHARS`], [`THRESHOLD_TRAIL_CHARS`]) or test the last character
//! of one ([`PROJECT_OR_COMPANY_ENDS`]) say so, and stay characters because the rule does.
//!
//! [`ALL_WORD_CLASSES`] and [`ALL_CHAR_CLASSES`] list every class by name; the tests check
//! that none is empty, holds an empty word or a word twice, or is not Simplified.

mod boundaries;
mod counts;
mod generic;
mod heads;
mod lists;
mod markers;
mod places;

pub use boundaries::*;
pub use counts::*;
pub use generic::*;
pub use heads::*;
pub use lists::*;
pub use markers::*;
pub use places::*;

/// Every class of words, by name: the test of the tables walks them all.
pub const ALL_WORD_CLASSES: &[(&str, &[&str])] = &[
    ("HEADS", &HEADS),
    ("KIND_HEADS", &KIND_HEADS),
    ("KEY_HEADS", &KEY_HEADS),
    ("OWNER_NOUNS", &OWNER_NOUNS),
    ("HEAD_AS_MODIFIER", HEAD_AS_MODIFIER),
    ("ORGANISATION_TAILS", ORGANISATION_TAILS),
    ("GOVERNMENT_OFFICES", GOVERNMENT_OFFICES),
    ("COMPANY_ENDINGS", COMPANY_ENDINGS),
    ("INDUSTRY_ENDINGS", INDUSTRY_ENDINGS),
    ("PROJECT_NOUN_ENDINGS", PROJECT_NOUN_ENDINGS),
    ("FACILITY_ENDINGS", FACILITY_ENDINGS),
    ("EVENT_ENDINGS", EVENT_ENDINGS),
    ("FUNDING_ENDINGS", FUNDING_ENDINGS),
    ("DISTRIBUTED_NOUNS", DISTRIBUTED_NOUNS),
    ("JOINED_ACTIVITIES", JOINED_ACTIVITIES),
    ("DOCUMENT_ENDINGS", DOCUMENT_ENDINGS),
    ("NAME_BOUNDARIES", NAME_BOUNDARIES),
    ("GENERIC_WORDS", GENERIC_WORDS),
    ("GENERIC_TAILS", GENERIC_TAILS),
    ("NAME_FINAL_VERBS", NAME_FINAL_VERBS),
    ("BARE_ACTIONS", BARE_ACTIONS),
    ("ABSTRACT_WORDS", ABSTRACT_WORDS),
    ("HE_WORDS", HE_WORDS),
    ("DENG_WORDS", DENG_WORDS),
    ("DUI_WORDS", DUI_WORDS),
    ("PHRASE_OPENERS", PHRASE_OPENERS),
    ("BUILDING_VERBS_AFTER_SUM", BUILDING_VERBS_AFTER_SUM),
    ("MODALS_BEFORE_BUILDING", MODALS_BEFORE_BUILDING),
    ("DESCRIPTION_VERBS", DESCRIPTION_VERBS),
    ("INDEFINITES", INDEFINITES),
    ("DETERMINERS", DETERMINERS),
    ("QUANTITY_WORDS", QUANTITY_WORDS),
    ("UNIT_SUFFIX_WORDS", &UNIT_SUFFIX_WORDS),
    ("GENERIC_NAMES", GENERIC_NAMES),
    ("VERBS_BEFORE_ZONES", VERBS_BEFORE_ZONES),
    ("GENERIC_ZONE_ENDINGS", GENERIC_ZONE_ENDINGS),
    ("WORDS_OPENED_BY_SUFFIX", WORDS_OPENED_BY_SUFFIX),
    ("NOT_CITIES", NOT_CITIES),
    ("CITY_LEADS", CITY_LEADS),
    ("SHORT_NAME_OPENERS", &SHORT_NAME_OPENERS),
    ("LOCATED_HERE_WORDS", LOCATED_HERE_WORDS),
    ("ACTOR_LEADS", ACTOR_LEADS),
    ("LOCATION_WORDS", &LOCATION_WORDS),
    ("TOWNSHIP_SUFFIXES", &TOWNSHIP_SUFFIXES),
    ("ZONE_ENDINGS", &ZONE_ENDINGS),
    ("TOTAL_WORDS", TOTAL_WORDS),
    ("COUNT_TOTALS", COUNT_TOTALS),
    ("COUNT_LEADS", COUNT_LEADS),
    ("INVESTMENT_VERBS", INVESTMENT_VERBS),
    ("INVESTMENT_AFTER_SUM", INVESTMENT_AFTER_SUM),
    ("NOT_INVESTMENT", NOT_INVESTMENT),
    ("ACHIEVEMENT_VERBS", ACHIEVEMENT_VERBS),
    ("MONEY_LINKS", MONEY_LINKS),
    ("QUALIFIER_HOSTS", QUALIFIER_HOSTS),
    ("THRESHOLD_GAPS", THRESHOLD_GAPS),
    ("ITEM_SEPARATORS", ITEM_SEPARATORS),
    ("JOINING_WORDS", JOINING_WORDS),
    ("ENUMERATORS", ENUMERATORS),
    ("ORDINAL_ENUMERATORS", ORDINAL_ENUMERATORS),
    ("LIST_OPENERS", LIST_OPENERS),
    ("LOOSE_LIST_OPENERS", LOOSE_LIST_OPENERS),
    ("DEMONSTRATIVES", DEMONSTRATIVES),
    ("COPULAS", COPULAS),
    ("COPULAS_AFTER_DE", COPULAS_AFTER_DE),
    ("REFERRING_WORDS", REFERRING_WORDS),
    ("BACK_REFERRING_LEADS", BACK_REFERRING_LEADS),
    ("TARGET_MARKERS", &TARGET_MARKERS),
    ("FACT_MARKERS", &FACT_MARKERS),
    ("STATUS_SPAN_MARKERS", STATUS_SPAN_MARKERS),
    ("BARE_YEAR_WORDS", BARE_YEAR_WORDS),
    ("THIS_YEAR_WORDS", THIS_YEAR_WORDS),
    ("LAST_YEAR_WORDS", LAST_YEAR_WORDS),
    ("SINCE_WORDS", SINCE_WORDS),
    ("PLANNING_WORDS", PLANNING_WORDS),
    ("DEADLINE_WORDS", DEADLINE_WORDS),
    ("LIST_PREDICATES", LIST_PREDICATES),
    ("PERIOD_OPENERS", PERIOD_OPENERS),
    ("VISION_VERBS", VISION_VERBS),
    ("SUBJECT_PREDICATES", SUBJECT_PREDICATES),
    ("OBJECT_VERBS", OBJECT_VERBS),
    ("NAME_CLOSERS", NAME_CLOSERS),
    ("OWNER_LINKS", OWNER_LINKS),
    ("PERSON_LABELS", &PERSON_LABELS),
    ("NOT_A_PERSON", NOT_A_PERSON),
];

/// Every class of characters, by name: the test of the tables walks them all.
pub const ALL_CHAR_CLASSES: &[(&str, &[char])] = &[
    ("FACILITY_PART_ENDS", FACILITY_PART_ENDS),
    ("NAME_PARTICLES", NAME_PARTICLES),
    ("ASPECT_PARTICLES", ASPECT_PARTICLES),
    ("VERBS_OF_SLOGANS", VERBS_OF_SLOGANS),
    ("UNIT_NAME_STOPS", UNIT_NAME_STOPS),
    ("GENERIC_BEFORE_QU", GENERIC_BEFORE_QU),
    ("GENERIC_BEFORE_ZHEN", GENERIC_BEFORE_ZHEN),
    ("HIGHER_RANKS", HIGHER_RANKS),
    ("CITY_RUN_ONS", CITY_RUN_ONS),
    ("PLACE_ENDS", &PLACE_ENDS),
    ("LANDMARK_ENDS", LANDMARK_ENDS),
    ("PROJECT_OR_COMPANY_ENDS", PROJECT_OR_COMPANY_ENDS),
    ("ADMINISTRATIVE_ENDS", ADMINISTRATIVE_ENDS),
    ("PLACE_NAME_ENDS", PLACE_NAME_ENDS),
    ("COUNTY_LEVEL_ENDS", COUNTY_LEVEL_ENDS),
    ("RANK_ENDS", RANK_ENDS),
    ("NON_TOWNSHIP_ENDS", NON_TOWNSHIP_ENDS),
    ("PROJECT_COUNT_CLASSIFIERS", PROJECT_COUNT_CLASSIFIERS),
    ("COUNT_CLASSIFIERS", COUNT_CLASSIFIERS),
    ("NAME_COUNT_CLASSIFIERS", NAME_COUNT_CLASSIFIERS),
    ("SUM_OPENERS", SUM_OPENERS),
    ("THRESHOLD_TRAIL_CHARS", THRESHOLD_TRAIL_CHARS),
    ("LIST_SEPARATOR_CHARS", LIST_SEPARATOR_CHARS),
    ("ENUMERATION_FILLER_CHARS", ENUMERATION_FILLER_CHARS),
    ("TIME_CHARS", &TIME_CHARS),
];

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    use crate::script::to_simplified;

    #[test]
    fn every_class_is_a_clean_set_of_simplified_words() {
        for &(name, words) in ALL_WORD_CLASSES {
            assert!(!words.is_empty(), "{name} is empty");
            let mut seen = HashSet::new();
            for &word in words {
                assert!(!word.is_empty(), "{name} holds an empty word");
                assert!(seen.insert(word), "{name} holds {word} twice");
                assert_eq!(
                    to_simplified(word),
                    word,
                    "{name}: {word} is not Simplified"
                );
            }
        }
        for &(name, chars) in ALL_CHAR_CLASSES {
            assert!(!chars.is_empty(), "{name} is empty");
            let mut seen = HashSet::new();
            for &c in chars {
                assert!(seen.insert(c), "{name} holds {c} twice");
                let written = c.to_string();
                assert_eq!(
                    to_simplified(&written),
                    written,
                    "{name}: {c} is not Simplified"
                );
            }
        }
    }

    #[test]
    fn every_class_is_listed_once() {
        let mut listed = HashSet::new();
        for &name in ALL_WORD_CLASSES
            .iter()
            .map(|(name, _)| name)
            .chain(ALL_CHAR_CLASSES.iter().map(|(name, _)| name))
        {
            assert!(listed.insert(name), "{name} is listed twice");
        }
        let single_words = [
            "PROJECT_HEAD",
            "WORKS_HEAD",
            "BASE_HEAD",
            "NAME_LABEL",
            "PROJECT_NAME_LABEL",
            "BATCH_OF_KINDS",
        ];
        let sources = [
            include_str!("boundaries.rs"),
            include_str!("counts.rs"),
            include_str!("generic.rs"),
            include_str!("heads.rs"),
            include_str!("lists.rs"),
            include_str!("markers.rs"),
            include_str!("places.rs"),
        ];
        for line in sources.iter().flat_map(|source| source.lines()) {
            let Some(rest) = line.strip_prefix("pub const ") else {
                continue;
            };
            let name = rest.split(':').next().unwrap_or(rest);
            let words_listed = name == "UNIT_SUFFIXES" && listed.contains("UNIT_SUFFIX_WORDS");
            assert!(
                listed.contains(name) || words_listed || single_words.contains(&name),
                "{name} is in neither ALL_WORD_CLASSES nor ALL_CHAR_CLASSES"
            );
        }
    }

    #[test]
    fn classes_that_differ_nest_as_documented() {
        let within = |small: &[char], large: &[char]| small.iter().all(|c| large.contains(c));
        assert!(within(PROJECT_COUNT_CLASSIFIERS, COUNT_CLASSIFIERS));
        assert!(within(COUNT_CLASSIFIERS, NAME_COUNT_CLASSIFIERS));
        let words_within = |small: &[&str], large: &[&str]| small.iter().all(|w| large.contains(w));
        assert!(words_within(ITEM_SEPARATORS, JOINING_WORDS));
        assert!(words_within(COPULAS_AFTER_DE, COPULAS));
        assert!(words_within(LOOSE_LIST_OPENERS, LIST_OPENERS));
        assert!(words_within(&KIND_HEADS, &HEADS));
    }

    #[test]
    fn words_hold_the_character_they_stand_for() {
        assert!(HE_WORDS.iter().all(|w| w.starts_with('和')));
        assert!(DENG_WORDS.iter().all(|w| w.contains('等')));
        assert!(DUI_WORDS.iter().all(|w| w.contains('对')));
        assert!(QUALIFIER_HOSTS.iter().all(|w| w.ends_with(['约', '近'])));
        assert!(
            WORDS_OPENED_BY_SUFFIX
                .iter()
                .all(|w| UNIT_SUFFIX_WORDS.iter().any(|s| w.starts_with(s) && w != s))
        );
    }
}
