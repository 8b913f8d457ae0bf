//! How each status word reads where it stands: a fact, a target with its date, or neither;
//! a target carries on to the next clause of its sentence. Also the status a fact word gives
//! (开工 said of last year is building work) and the words it is quoted with.

use crate::extract::article::Article;
use crate::extraction::Span;
use crate::grammar::date::DateExpr;
use crate::grammar::status::{Mood, StatusWord, markers};
use crate::lexicon::automata::SPAN_MARKER_MATCHER;
use crate::lexicon::classes::{BARE_YEAR_WORDS, LAST_YEAR_WORDS};
use crate::vocab::Status;

/// How a status word reads where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Reading {
    Fact,
    /// A target, with its date (if the clause gives one) and where its words start.
    Target {
        date: Option<DateExpr>,
        text_start: usize,
    },
    /// A target word with no milestone ("确保加快建设"): neither fact nor target.
    Ignored,
}

/// True when a date expression names more than a bare year word ("明年底", "6月", not "当年").
fn names_a_period(simple: &str, date: &DateExpr) -> bool {
    !BARE_YEAR_WORDS.contains(&&simple[date.span.start..date.span.end])
}

/// Reads every status word as fact or target. A clause with a project or a date but no marker
/// of its own carries on the target of the clause before it in the same sentence ("力争两个
/// 项目3月底前投产,C完成对接", "计划今年7月开工,明年底建成投产"); a semicolon ends it.
pub(super) fn readings(article: &Article) -> Vec<Reading> {
    let simple = article.simple;
    let mut out = Vec::with_capacity(article.status_words.len());
    let mut last_target: Option<(usize, Option<DateExpr>)> = None;
    for word in &article.status_words {
        let Some(clause_index) = article.clause_at(word.span.start) else {
            out.push(Reading::Fact);
            continue;
        };
        let clause = article.clauses[clause_index];
        let before = &simple[clause.start..word.span.start];
        let date = article.last_date_in(Span {
            start: clause.start,
            end: word.span.start,
        });
        let found = markers(before);
        let marker_start = found.first_target_start.map(|at| clause.start + at);
        let text_start = marker_start
            .into_iter()
            .chain(date.map(|d| d.span.start))
            .min()
            .unwrap_or(word.span.start);
        let same_sentence = |index: usize| {
            article.sentence_at(article.clauses[index].start) == article.sentence_at(clause.start)
        };
        let has_mention = !article
            .mention_range(Span {
                start: clause.start,
                end: word.span.start,
            })
            .is_empty();
        let hypothetical = simple[word.span.end..].starts_with('后');
        let fact_marker_end = found.last_fact_end.map(|end| clause.start + end);
        let deadline_after_fact = date
            .is_some_and(|d| d.deadline && fact_marker_end.is_none_or(|end| end <= d.span.start));
        let mut reading = match found.mood() {
            _ if hypothetical => Reading::Ignored,
            _ if deadline_after_fact => Reading::Target { date, text_start },
            Mood::Target => Reading::Target { date, text_start },
            Mood::Fact => Reading::Fact,
            Mood::Unmarked => match last_target {
                Some((index, carried))
                    if (has_mention || date.is_some_and(|d| names_a_period(simple, &d)))
                        && index + 1 == clause_index
                        && same_sentence(index)
                        && !simple[article.clauses[index].end..clause.start]
                            .contains([';', '；']) =>
                {
                    Reading::Target {
                        date: date.or(carried),
                        text_start: clause.start,
                    }
                }
                _ => Reading::Fact,
            },
        };
        if let Reading::Target { date, .. } = reading {
            if word.sense.milestone.is_none() {
                reading = Reading::Ignored;
            } else {
                last_target = Some((clause_index, date));
            }
        }
        out.push(reading);
    }
    out
}

/// A fact word's status, with 开工 said of last year read as under construction.
pub(super) fn adjust_for_past(article: &Article, word: &StatusWord) -> Status {
    let clause_start = article
        .clause_at(word.span.start)
        .map_or(word.span.start, |i| article.clauses[i].start);
    let before = &article.simple[clause_start..word.span.start];
    if word.sense.status == Status::Started && LAST_YEAR_WORDS.iter().any(|w| before.contains(w)) {
        Status::UnderConstruction
    } else {
        word.sense.status
    }
}

/// The words a status came from: the word, with a fact marker or 新 just before it.
pub(super) fn status_span(article: &Article, word: &StatusWord) -> Span {
    let clause_start = article
        .clause_at(word.span.start)
        .map_or(word.span.start, |i| article.clauses[i].start);
    let before = &article.simple[clause_start..word.span.start];
    let window_start = before.char_indices().rev().nth(5).map_or(0, |(at, _)| at);
    let window = &before[window_start..];
    let marker = SPAN_MARKER_MATCHER.find(window).map(|hit| hit.start());
    let start = marker.map_or(word.span.start, |at| clause_start + window_start + at);
    Span {
        start,
        end: word.span.end,
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{extract, facts_of};
    use crate::vocab::{Milestone, Status};

    #[test]
    fn facts_and_targets_are_told_apart() {
        let extraction = extract("甲新材料项目已开工建设,力争年底前竣工投产。");
        let (status, targets, _) = facts_of(&extraction, "甲新材料");
        assert_eq!(status, Some(Status::Started));
        assert_eq!(
            targets,
            vec![(Milestone::Produce, "2024-12-31".to_string())]
        );
    }

    #[test]
    fn started_last_year_is_under_construction() {
        let extraction = extract("去年新开工的丙木业项目8月底前竣工投产。");
        assert_eq!(
            facts_of(&extraction, "丙木业").0,
            Some(Status::UnderConstruction)
        );
    }

    #[test]
    fn the_target_of_a_clause_carries_to_the_next_project() {
        let extraction = extract("力争天成项目3月底前投产,庚辰机械完成招商项目对接。");
        assert_eq!(
            facts_of(&extraction, "庚辰机械").1,
            vec![(Milestone::Sign, "2024-03-31".to_string())]
        );
        assert_eq!(
            facts_of(&extraction, "庚辰机械").0,
            Some(Status::Negotiating)
        );
    }
}
