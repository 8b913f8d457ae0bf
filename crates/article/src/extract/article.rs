//! An article as the grammars see it: the cleaned text, its aligned Simplified copy, its
//! sentences and clauses, and every amount, date, status word, unit and project mention found
//! in it. Spans are shared by both texts.

use crate::extraction::Span;
use crate::grammar::amount::{Money, find_money};
use crate::grammar::date::{DateExpr, find_dates};
use crate::grammar::status::{StatusWord, find_status_words};
use crate::layout::{Sentence, clauses, sentences};
use crate::recognise::project::{ProjectMention, find_projects};
use crate::recognise::unit::{UnitMention, find_units, heading_unit};
use crate::recognise::words::BoundaryIndex;

/// The parsed article.
pub struct Article<'t> {
    /// The cleaned text, as written.
    pub written: &'t str,
    /// The Simplified copy: same length, same character boundaries.
    pub simple: &'t str,
    pub sentences: Vec<Sentence>,
    pub clauses: Vec<Span>,
    pub money: Vec<Money>,
    pub dates: Vec<DateExpr>,
    pub status_words: Vec<StatusWord>,
    pub units: Vec<UnitMention>,
    pub mentions: Vec<ProjectMention>,
}

impl<'t> Article<'t> {
    /// Runs the grammars and recognisers over a cleaned text and its Simplified copy.
    pub fn parse(written: &'t str, simple: &'t str) -> Self {
        let sentences = sentences(simple);
        let clauses = sentences
            .iter()
            .flat_map(|s| clauses(simple, s.span))
            .collect();
        let money = find_money(simple);
        let dates = find_dates(simple);
        let hard_ends: Vec<usize> = money
            .iter()
            .map(|m| m.span.end)
            .chain(dates.iter().map(|d| d.span.end))
            .collect();
        let boundaries = BoundaryIndex::new(simple);
        let mut units = find_units(simple, &boundaries);
        let unit_spans: Vec<Span> = units.iter().map(|u| u.span).collect();
        let mentions = find_projects(simple, &boundaries, &unit_spans, &sentences, hard_ends);
        let status_words = find_status_words(simple)
            .into_iter()
            .filter(|word| !mentions.iter().any(|m| overlaps(m.name, word.span)))
            .collect();
        let mut line_start = 0;
        for line in simple.split_inclusive('\n') {
            if let Some(heading) = heading_unit(line, line_start) {
                units.push(heading);
            }
            line_start += line.len();
        }
        units.sort_by_key(|u| u.span.start);
        Article {
            written,
            simple,
            sentences,
            clauses,
            money,
            dates,
            status_words,
            units,
            mentions,
        }
    }

    /// The index of the sentence holding byte `at`.
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let index = self
            .sentences
            .partition_point(|s| s.span.start <= at)
            .checked_sub(1)?;
        (at < self.sentences[index].span.end).then_some(index)
    }

    /// The index of the clause holding byte `at`.
    pub fn clause_at(&self, at: usize) -> Option<usize> {
        let index = self
            .clauses
            .partition_point(|c| c.start <= at)
            .checked_sub(1)?;
        (at < self.clauses[index].end).then_some(index)
    }

    /// The written text of a span.
    pub fn written_of(&self, span: Span) -> &'t str {
        self.written.get(span.start..span.end).unwrap_or("")
    }

    /// The Simplified text of a span.
    pub fn simple_of(&self, span: Span) -> &'t str {
        self.simple.get(span.start..span.end).unwrap_or("")
    }

    /// True when byte `at` lies inside the name of a project mention.
    pub fn inside_name(&self, span: Span) -> bool {
        self.mentions
            .iter()
            .any(|m| m.name.start <= span.start && span.end <= m.name.end)
    }
}

/// True when two spans share at least one byte.
pub fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}
