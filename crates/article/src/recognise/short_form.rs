//! Short forms of townships: the stem of a township ("金马" for 金马镇, "金馬" for 金馬鎮) that
//! the article names in full or the ledger holds, used alone as the subject of its clause
//! ("金马将新建…") or as the owner at the head of a project's name ("金马丙新材料项目"). Such a
//! mention is the township itself, never a unit of its own: it is found as a unit mention and
//! carries the township's full name. A bare mention that a list, a heading or the ledger made
//! a unit ("金马、和盛两镇") carries it too when the township is named in full, and a zone
//! written by its kind alone ("开发区") the one zone of that kind the article names in full.

use super::TextWords;
use super::project::ProjectMention;
use super::unit::{UnitBasis, UnitLevel, UnitMention, is_subject};
use crate::clean::pinyin::is_han;
use crate::extraction::Span;
use crate::gazetteer;
use crate::lexicon::classes::{LANDMARK_ENDS, TOWNSHIP_SUFFIXES, UNIT_SUFFIXES};
use crate::lexicon::segment::WordClass;

/// The township a short form stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FullName {
    /// A mention of the township in full in the text.
    Mention(Span),
    /// The name of a unit of the ledger.
    Ledger(String),
}

/// One unit mention written as a township's short form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShortForm {
    pub span: Span,
    pub full: FullName,
}

/// What a short form needs to be found: the (Simplified) text, its words, the unit mentions
/// found so far, the project mentions, and the ledger's townships as (Simplified) short form
/// and the unit's name.
pub struct ShortFormInput<'a> {
    pub text: &'a str,
    pub text_words: &'a TextWords,
    pub units: &'a [UnitMention],
    pub mentions: &'a [ProjectMention],
    pub ledger: &'a [(String, String)],
}

/// Finds the short forms of the townships an article names in full or the ledger holds: new
/// unit mentions (the short forms used as a subject or owner, in order) and the full name of
/// every mention written as a short form, new or found before, sorted by span.
pub fn find_short_forms(input: &ShortFormInput) -> (Vec<UnitMention>, Vec<ShortForm>) {
    let stems = stems(input);
    let kinds = zone_kinds(input);
    if stems.is_empty() && kinds.is_empty() {
        return (Vec::new(), Vec::new());
    }
    let text = input.text;
    let full_of = |form: &str| {
        stems
            .iter()
            .chain(&kinds)
            .find(|(stem, _)| *stem == form)
            .map(|(_, f)| f)
    };
    let mut forms: Vec<ShortForm> = input
        .units
        .iter()
        .filter_map(|unit| {
            let full = full_of(&text[unit.span.start..unit.span.end])?;
            Some(ShortForm {
                span: unit.span,
                full: full.clone(),
            })
        })
        .collect();
    let mut hits: Vec<(Span, &FullName)> = stems
        .iter()
        .flat_map(|(stem, full)| {
            text.match_indices(stem).map(move |(at, _)| {
                let span = Span {
                    start: at,
                    end: at + stem.len(),
                };
                (span, full)
            })
        })
        .collect();
    hits.sort_by_key(|(span, _)| (span.start, std::cmp::Reverse(span.end)));
    let mut added = Vec::new();
    let mut floor = 0;
    for (span, full) in hits {
        if span.start < floor
            || input
                .units
                .iter()
                .any(|u| u.span.start < span.end && span.start < u.span.end)
            || !stands_alone(input, span)
        {
            continue;
        }
        let subject = is_subject(text, span.start) && opens_a_predicate(input, span.end);
        if subject || owns_a_project(input.mentions, span) {
            floor = span.end;
            added.push(UnitMention {
                span,
                level: UnitLevel::Town,
                actor: subject,
                basis: UnitBasis::ShortForm,
            });
            forms.push(ShortForm {
                span,
                full: full.clone(),
            });
        }
    }
    forms.sort_by_key(|f| f.span.start);
    (added, forms)
}

/// The short forms to look for and the township each stands for: the stems of the townships
/// named in full (the first mention of each), then the ledger's. A stem two townships share
/// ("金马镇" and "金马乡") stands for neither.
fn stems<'a>(input: &ShortFormInput<'a>) -> Vec<(&'a str, FullName)> {
    let text = input.text;
    let mut stems: Vec<(&str, FullName)> = Vec::new();
    let mut ambiguous: Vec<&str> = Vec::new();
    for unit in input.units {
        let name = &text[unit.span.start..unit.span.end];
        if !TOWNSHIP_SUFFIXES.iter().any(|s| name.ends_with(s)) {
            continue;
        }
        let Some(stem) = gazetteer::stem_of(name) else {
            continue;
        };
        match stems.iter().find(|(s, _)| *s == stem) {
            Some((_, FullName::Mention(first))) if &text[first.start..first.end] != name => {
                ambiguous.push(stem);
            }
            Some(_) => {}
            None => stems.push((stem, FullName::Mention(unit.span))),
        }
    }
    for (stem, name) in input.ledger {
        if !stems.iter().any(|(s, _)| s == stem) {
            stems.push((stem.as_str(), FullName::Ledger(name.clone())));
        }
    }
    stems.retain(|(stem, _)| !ambiguous.contains(stem));
    stems
}

/// The zones named in full by the kind they end with ("开发区" for 青岚经济开发区): a unit
/// written as the bare kind is that zone when the article names one zone of the kind.
fn zone_kinds<'a>(input: &ShortFormInput<'a>) -> Vec<(&'a str, FullName)> {
    let text = input.text;
    let mut kinds: Vec<(&str, FullName)> = Vec::new();
    let mut ambiguous: Vec<&str> = Vec::new();
    for unit in input.units {
        let name = &text[unit.span.start..unit.span.end];
        let zone_kinds = UNIT_SUFFIXES
            .iter()
            .map(|(suffix, _, _)| *suffix)
            .filter(|kind| {
                kind.chars().count() >= 3 && name.len() > kind.len() && name.ends_with(kind)
            });
        for kind in zone_kinds {
            match kinds.iter().find(|(k, _)| *k == kind) {
                Some((_, FullName::Mention(first))) if &text[first.start..first.end] != name => {
                    ambiguous.push(kind);
                }
                Some(_) => {}
                None => kinds.push((kind, FullName::Mention(unit.span))),
            }
        }
    }
    kinds.retain(|(kind, _)| !ambiguous.contains(kind));
    kinds
}

/// True when a stem found at `span` is a word of its own: it starts and ends at word
/// boundaries, and no word of place continues it into another place ("金马湖", "金马路").
fn stands_alone(input: &ShortFormInput, span: Span) -> bool {
    let text = input.text;
    let words = &input.text_words.words;
    let bounded_before = words.boundary_at(span.start)
        || text[..span.start]
            .chars()
            .next_back()
            .is_none_or(|c| !is_han(c));
    let next = text[span.end..].chars().next();
    let bounded_after = words.boundary_at(span.end) || next.is_none_or(|c| !is_han(c));
    bounded_before && bounded_after && next.is_none_or(|c| !LANDMARK_ENDS.contains(&c))
}

/// True when the word after a subject opens what it does: a verb, an adverb, a preposition
/// or a time ("金马将…", "金马今年…", "金马新签约…").
fn opens_a_predicate(input: &ShortFormInput, at: usize) -> bool {
    input.text_words.words.starting_at(at).is_some_and(|word| {
        matches!(
            word.class,
            WordClass::Verb | WordClass::Adverb | WordClass::Preposition | WordClass::Time
        )
    })
}

/// True when a project's name or owner opens with the stem, or the name follows it right away
/// ("金马丙新材料项目").
fn owns_a_project(mentions: &[ProjectMention], span: Span) -> bool {
    mentions.iter().any(|m| {
        m.name.start == span.start
            || m.name.start == span.end
            || m.owner.is_some_and(|o| o.start == span.start)
    })
}
