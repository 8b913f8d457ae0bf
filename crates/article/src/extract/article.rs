//! An article as the grammars see it: the cleaned text, its aligned Simplified copy, its
//! sentences and clauses, and every amount, date, status word, unit and project mention found
//! in it. Spans are shared by both texts.

use std::ops::Range;

use crate::extraction::Span;
use crate::grammar::amount::{Money, find_money};
use crate::grammar::date::{DateExpr, find_dates};
use crate::grammar::status::{StatusWord, find_status_words};
use crate::layout::{Sentence, clauses, sentences};
use crate::lexicon::known::KnownNames;
use crate::recognise::TextWords;
use crate::recognise::project::{Landmarks, ProjectMention, find_projects};
use crate::recognise::short_form::{FullName, ShortForm, ShortFormInput, find_short_forms};
use crate::recognise::unit::{UnitMention, add_known_units, find_units, heading_unit};

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
    /// The words of the Simplified copy, for the noun-phrase test.
    pub text_words: TextWords,
    /// Where the ledger's own projects are named.
    pub known_projects: Vec<Span>,
    /// The unit mentions written as a township's short form, by span, with the full name.
    short_forms: Vec<ShortForm>,
    /// Where the sentences, clauses, status words and mentions start, for the lookups by
    /// position.
    sentence_starts: Starts,
    clause_starts: Starts,
    word_starts: Starts,
    mention_starts: Starts,
}

impl<'t> Article<'t> {
    /// Runs the grammars and recognisers over a cleaned text and its Simplified copy, with the
    /// ledger's own names.
    pub fn parse(written: &'t str, simple: &'t str, known: &KnownNames) -> Self {
        let sentences = sentences(simple);
        let clauses: Vec<Span> = sentences
            .iter()
            .flat_map(|s| clauses(simple, s.span))
            .collect();
        let money = find_money(simple);
        let dates = find_dates(simple);
        let text_words = TextWords::of(simple);
        let mut units = find_units(simple, &text_words);
        add_known_units(simple, &known.units_in(simple), &mut units);
        let known_projects = known.projects_in(simple);
        let unit_spans: Vec<Span> = units.iter().map(|u| u.span).collect();
        let amount_spans: Vec<Span> = money.iter().map(|m| m.span).collect();
        let date_spans: Vec<Span> = dates.iter().map(|d| d.span).collect();
        let landmarks = Landmarks {
            units: &unit_spans,
            amounts: &amount_spans,
            dates: &date_spans,
            known: &known_projects,
        };
        let mentions = find_projects(simple, &text_words, landmarks, &sentences, &clauses);
        let status_words: Vec<StatusWord> = find_status_words(simple)
            .into_iter()
            .filter(|word| !overlaps_a_name(&mentions, word.span))
            .collect();
        let mut line_start = 0;
        for line in simple.split_inclusive('\n') {
            if let Some(heading) = heading_unit(line, line_start)
                && !units.iter().any(|u| overlaps(u.span, heading.span))
            {
                units.push(heading);
            }
            line_start += line.len();
        }
        units.sort_by_key(|u| u.span.start);
        let (added, short_forms) = find_short_forms(&ShortFormInput {
            text: simple,
            text_words: &text_words,
            units: &units,
            mentions: &mentions,
            ledger: known.short_forms(),
        });
        if !added.is_empty() {
            units.extend(added);
            units.sort_by_key(|u| u.span.start);
        }
        let len = simple.len();
        Article {
            written,
            simple,
            sentence_starts: Starts::new(sentences.iter().map(|s| s.span.start), len),
            clause_starts: Starts::new(clauses.iter().map(|c| c.start), len),
            word_starts: Starts::new(status_words.iter().map(|w| w.span.start), len),
            mention_starts: Starts::new(mentions.iter().map(|m| m.name.start), len),
            sentences,
            clauses,
            money,
            dates,
            status_words,
            units,
            mentions,
            text_words,
            known_projects,
            short_forms,
        }
    }

    /// The name of the unit mentioned at `span`: as written, or for a township's short form
    /// the township's full name ("金马" → "金马镇").
    pub fn unit_name(&self, span: Span) -> &str {
        let index = self
            .short_forms
            .partition_point(|f| f.span.start < span.start);
        match self.short_forms.get(index).filter(|f| f.span == span) {
            Some(ShortForm {
                full: FullName::Mention(full),
                ..
            }) => self.written_of(*full),
            Some(ShortForm {
                full: FullName::Ledger(name),
                ..
            }) => name,
            None => self.written_of(span),
        }
    }

    /// The index of the sentence holding byte `at`.
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let index = self.sentence_starts.before(at + 1).checked_sub(1)?;
        (at < self.sentences[index].span.end).then_some(index)
    }

    /// The index of the clause holding byte `at`.
    pub fn clause_at(&self, at: usize) -> Option<usize> {
        let index = self.clause_starts.before(at + 1).checked_sub(1)?;
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

    /// True when a span lies inside the name of a project mention.
    pub fn inside_name(&self, span: Span) -> bool {
        let index = self.mention_starts.before(span.start + 1);
        index
            .checked_sub(1)
            .is_some_and(|i| span.end <= self.mentions[i].name.end)
    }

    /// The indices of the status words lying inside a span.
    pub fn word_range(&self, span: Span) -> Range<usize> {
        let from = self.word_starts.before(span.start);
        let mut to = self.word_starts.before(span.end).max(from);
        if to > from && self.status_words[to - 1].span.end > span.end {
            to -= 1;
        }
        from..to
    }

    /// The indices of the mentions whose name starts inside a span.
    pub fn mention_range(&self, span: Span) -> Range<usize> {
        let from = self.first_mention_from(span.start);
        let to = self.first_mention_from(span.end).max(from);
        from..to
    }

    /// The index of the first mention whose name starts at or after `at`.
    pub fn first_mention_from(&self, at: usize) -> usize {
        self.mention_starts.before(at)
    }

    /// The index of the first clause that starts at or after `at`.
    pub fn first_clause_from(&self, at: usize) -> usize {
        self.clause_starts.before(at)
    }

    /// The last date lying inside a span.
    pub fn last_date_in(&self, span: Span) -> Option<DateExpr> {
        let to = self.dates.partition_point(|d| d.span.start < span.end);
        self.dates[..to]
            .iter()
            .rev()
            .take_while(|d| d.span.start >= span.start)
            .find(|d| d.span.end <= span.end)
            .copied()
    }

    /// The paragraph a byte lies in.
    pub fn paragraph_at(&self, at: usize) -> Option<usize> {
        self.sentence_at(at).map(|i| self.sentences[i].paragraph)
    }
}

/// Where the items of a list start (in order), and how many of them start before a byte offset,
/// kept every [`Starts::STRIDE`] bytes: a lookup reads the count for the offset's stretch and
/// goes over the few items that start in it, where a binary search over thousands of items
/// would wander through memory.
struct Starts {
    starts: Vec<usize>,
    /// `counts[i]`: how many items start before byte `i * STRIDE`.
    counts: Vec<usize>,
}

impl Starts {
    const STRIDE: usize = 64;

    /// `starts` in order; `len` the length of the text they are offsets into.
    fn new(starts: impl Iterator<Item = usize>, len: usize) -> Self {
        let starts: Vec<usize> = starts.collect();
        let mut counts = Vec::with_capacity(len / Self::STRIDE + 2);
        let mut count = 0;
        for block in 0..=len / Self::STRIDE + 1 {
            let offset = block * Self::STRIDE;
            while starts.get(count).is_some_and(|&start| start < offset) {
                count += 1;
            }
            counts.push(count);
        }
        Starts { starts, counts }
    }

    /// How many items start before byte `at`.
    fn before(&self, at: usize) -> usize {
        let block = (at / Self::STRIDE).min(self.counts.len().saturating_sub(1));
        let from = self.counts.get(block).copied().unwrap_or(0);
        from + self.starts[from..]
            .iter()
            .take_while(|&&start| start < at)
            .count()
    }
}

/// True when a span shares a byte with the name of a mention (mentions sorted by name).
fn overlaps_a_name(mentions: &[ProjectMention], span: Span) -> bool {
    let index = mentions.partition_point(|m| m.name.start < span.end);
    mentions[..index]
        .iter()
        .rev()
        .take(4)
        .any(|m| overlaps(m.name, span))
}

/// True when two spans share at least one byte.
pub fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}
