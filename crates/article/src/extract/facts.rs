//! Gives each project mention its facts: investments (the amount grammar plus where the sum
//! stands relative to the name), its status (the status grammar over the mention's scope), and
//! its targets (status words read as targets, with their due dates).
//!
//! A mention's scope is its own clause and the clauses after it up to the next project or a
//! clause about other projects; before that come the words between the previous project and
//! it ("新开工的…"), the sentence's header ("此次集中开工的9个项目…包括"), sentences that
//! refer back to it ("该项目…"), and a batch statement ("5大产业项目集中开工").

use std::collections::HashSet;

use super::article::Article;
use super::reference::References;
use crate::extraction::{AmountFinding, Span, TargetFinding};
use crate::grammar::amount::{Money, MoneyRole, money_role};
use crate::grammar::count::{ProjectCount, find_project_count};
use crate::grammar::date::DateExpr;
use crate::grammar::number::is_chinese_numeral;
use crate::grammar::status::{Mood, StatusWord, find_status_words, markers};
use crate::lexicon::automata::SPAN_MARKER_MATCHER;
use crate::lexicon::classes::{
    BACK_REFERRING_LEADS, BARE_YEAR_WORDS, COPULAS, COUNT_CLASSIFIERS, DEMONSTRATIVES,
    ENUMERATION_FILLER_CHARS, ENUMERATORS, HEAD_AS_MODIFIER, JOINING_WORDS, KIND_HEADS,
    LAST_YEAR_WORDS, OWNER_NOUNS, PROJECT_HEAD, TOTAL_WORDS,
};
use crate::lexicon::lookup::{is_generic, longest_prefix};
use crate::vocab::{AmountKind, Milestone, Status};

/// How a status word reads where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reading {
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

/// How sure a status is, by where it came from (lower is surer).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum StatusSource {
    Own,
    Before,
    Header,
    Section,
    ReferredBack,
    Batch,
    FromTarget,
}

/// A status with the words it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatusChoice {
    pub status: Status,
    /// `None` when the status is inferred from a target.
    pub span: Option<Span>,
    pub source: StatusSource,
}

/// The facts of every mention, indexed like `Article::mentions`.
pub struct Facts {
    pub investments: Vec<Vec<AmountFinding>>,
    pub status: Vec<Option<StatusChoice>>,
    pub targets: Vec<Vec<TargetFinding>>,
}

/// Gathers the facts of all mentions. `year`/`month` resolve due dates.
pub fn gather(article: &Article, year: Option<i32>, month: Option<u32>) -> Facts {
    let readings = readings(article);
    let count = article.mentions.len();
    let mut facts = Facts {
        investments: vec![Vec::new(); count],
        status: vec![None; count],
        targets: vec![Vec::new(); count],
    };
    let references = References::new(article);
    attach_money(article, &references, &mut facts);
    let batch = batch_status(article, &readings);
    let paragraphs_with_facts = paragraphs_with_own_statuses(article, &readings);
    let sections = section_statuses(article, &readings);
    let mut groups: Vec<(usize, Vec<usize>)> = Vec::new();
    let mut group_slot: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    for (index, mention) in article.mentions.iter().enumerate() {
        let slot = *group_slot.entry(mention.group).or_insert_with(|| {
            groups.push((mention.group, Vec::new()));
            groups.len() - 1
        });
        groups[slot].1.push(index);
    }
    for (_, members) in groups {
        let context = Context {
            batch,
            references: &references,
            paragraphs_with_facts: &paragraphs_with_facts,
            sections: &sections,
            year,
            month,
        };
        let (status, targets) = group_status(article, &readings, &members, &context);
        for &member in &members {
            facts.status[member] = status;
            facts.targets[member].clone_from(&targets);
        }
    }
    counted_targets(article, &readings, &mut facts, year, month);
    facts
}

/// Reads every status word as fact or target. A clause with a project or a date but no marker
/// of its own carries on the target of the clause before it in the same sentence ("力争两个
/// 项目3月底前投产,C完成对接", "计划今年7月开工,明年底建成投产"); a semicolon ends it.
fn readings(article: &Article) -> Vec<Reading> {
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

/// The status and targets of one group of mentions.
fn group_status(
    article: &Article,
    readings: &[Reading],
    members: &[usize],
    context: &Context,
) -> (Option<StatusChoice>, Vec<TargetFinding>) {
    let mentions = &article.mentions;
    let first = &mentions[members[0]];
    let group = first.group;
    let start = members
        .iter()
        .map(|&i| {
            mentions[i]
                .owner
                .map_or(mentions[i].name.start, |o| o.start)
        })
        .min()
        .unwrap_or(first.name.start);
    let end = members
        .iter()
        .map(|&i| mentions[i].end)
        .max()
        .unwrap_or(first.end);
    let Some(sentence_index) = article.sentence_at(start) else {
        return (None, Vec::new());
    };
    let sentence = article.sentences[sentence_index].span;
    let sentence_paragraph = article.sentences[sentence_index].paragraph;
    let previous_scope_end = mentions[..article.first_mention_from(start)]
        .iter()
        .rev()
        .find(|m| m.group != group && m.end <= start)
        .filter(|m| m.end > sentence.start)
        .map_or(sentence.start, |m| {
            own_scope_end(article, m.group, m.end, sentence).min(start)
        });
    let own = Span {
        start: end,
        end: own_scope_end(article, group, end, sentence),
    };
    let before = Span {
        start: previous_scope_end,
        end: start,
    };
    let mut targets = Vec::new();
    let collect_targets = |scope: Span, targets: &mut Vec<TargetFinding>| {
        for index in article.word_range(scope) {
            let word = &article.status_words[index];
            if let Reading::Target { date, text_start } = readings[index]
                && let Some(milestone) = word.sense.milestone
            {
                let span = Span {
                    start: text_start,
                    end: word.span.end,
                };
                let by = date.and_then(|d| d.due(context.year, context.month));
                match targets
                    .iter_mut()
                    .find(|t| t.milestone == milestone && t.by == by)
                {
                    Some(same) if word.span.start <= same.span.end + "的".len() => {
                        same.span.end = same.span.end.max(word.span.end);
                        same.text = article.written_of(same.span).to_string();
                    }
                    Some(_) => {}
                    None => targets.push(TargetFinding {
                        milestone,
                        by,
                        text: article.written_of(span).to_string(),
                        span,
                    }),
                }
            }
        }
    };
    collect_targets(own, &mut targets);
    let referring = context.references.sentences_about(article, group);
    for &span in &referring {
        collect_targets(span, &mut targets);
    }
    merge_produce_targets(&mut targets);
    let fact_in = |scope: Span| -> Option<(Status, Span)> {
        let last_facts = || {
            article
                .word_range(scope)
                .rev()
                .filter(|&i| readings[i] == Reading::Fact)
                .map(|i| &article.status_words[i])
        };
        let chosen = last_facts()
            .find(|w| !w.sense.weak)
            .or_else(|| last_facts().next())?;
        Some((
            adjust_for_past(article, chosen),
            status_span(article, chosen),
        ))
    };
    let header = Span {
        start: sentence.start,
        end: mentions
            .get(article.first_mention_from(sentence.start))
            .map_or(sentence.start, |m| {
                m.owner.map_or(m.name.start, |o| o.start)
            })
            .max(sentence.start),
    };
    let section = || {
        context
            .sections
            .partition_point(|&(at, _, _)| at < start)
            .checked_sub(1)
            .map(|i| (context.sections[i].1, context.sections[i].2))
    };
    let choice = |source: StatusSource| {
        move |(status, span): (Status, Span)| StatusChoice {
            status,
            span: Some(span),
            source,
        }
    };
    let strong_in = |scope: Span| {
        article
            .word_range(scope)
            .rev()
            .any(|i| readings[i] == Reading::Fact && !article.status_words[i].sense.weak)
    };
    let stated_before = || {
        fact_in(before)
            .filter(|(_, span)| {
                qualifies_the_name(article.simple_of(Span {
                    start: span.end,
                    end: start,
                }))
            })
            .map(choice(StatusSource::Before))
    };
    let own_is_weak = !strong_in(own) && strong_in(before);
    let stated = fact_in(own)
        .filter(|_| !own_is_weak)
        .map(choice(StatusSource::Own))
        .or_else(stated_before)
        .or_else(|| fact_in(own).map(choice(StatusSource::Own)))
        .or_else(|| fact_in(header).map(choice(StatusSource::Header)))
        .or_else(|| {
            enumeration_header(article, readings, sentence_index).map(choice(StatusSource::Header))
        })
        .or_else(|| {
            referring
                .iter()
                .find_map(|&span| fact_in(span))
                .map(choice(StatusSource::ReferredBack))
        })
        .or_else(|| section().map(choice(StatusSource::Section)))
        .or_else(|| {
            context
                .batch
                .filter(|_| !context.paragraphs_with_facts.contains(&sentence_paragraph))
                .map(choice(StatusSource::Batch))
        });
    let implied = implied_by_targets(&targets);
    let status = match (stated, implied) {
        (Some(stated), Some(implied)) if contradicts(stated.status, &targets) => Some(implied),
        (Some(stated), _) => Some(stated),
        (None, implied) => implied,
    };
    (status, targets)
}

/// True when the words between a status and the name after it let the status qualify the
/// name ("新开工的甲", "签约项目甲", "已开工,甲"), not the object of a clause that describes
/// what will be built ("拟建3条生产线的甲公司…").
fn qualifies_the_name(between: &str) -> bool {
    let between = between.trim_start_matches(['"', '“', '”']);
    between.is_empty()
        || between.starts_with(['的', ',', ',', '、', ':', ':', '和', '及'])
        || between.starts_with(PROJECT_HEAD)
        || crate::grammar::status::starts_with_status_word(between)
}

/// Where a group's own scope ends: the next other project in the sentence, or a clause about
/// other projects ("推动在手在谈项目加快落户").
fn own_scope_end(article: &Article, group: usize, end: usize, sentence: Span) -> usize {
    let (group, end) = coordinated_chain_end(article, group, end, sentence);
    let next_mention = article.mentions[article.first_mention_from(end)..]
        .iter()
        .find(|m| m.group != group)
        .map_or(sentence.end, |m| m.owner.map_or(m.name.start, |o| o.start))
        .min(sentence.end);
    let next_mention = article
        .clause_at(next_mention)
        .map(|i| article.clauses[i].start)
        .filter(|&clause_start| clause_start >= end)
        .unwrap_or(next_mention);
    let own_clause_end = article
        .clause_at(end.saturating_sub(1))
        .map_or(sentence.end, |i| article.clauses[i].end);
    let first_clause = article.first_clause_from(own_clause_end);
    for clause in article.clauses[first_clause..]
        .iter()
        .take_while(|c| c.end <= next_mention)
    {
        if about_other_projects(article.simple_of(*clause)) {
            return clause.start;
        }
    }
    next_mention
}

/// "A项目、B公司投资2亿元的C项目及D项目,也已达成合作意向": projects joined only by 、, 和,
/// 及 or 与 (with an owner or a sum before the next name) share what follows the last of
/// them. Returns the group and end of the last project in the chain.
fn coordinated_chain_end(
    article: &Article,
    mut group: usize,
    mut end: usize,
    sentence: Span,
) -> (usize, usize) {
    loop {
        let Some(next) = article.mentions[article.first_mention_from(end)..]
            .iter()
            .find(|m| m.group != group)
            .filter(|m| m.name.start < sentence.end)
        else {
            return (group, end);
        };
        let next_start = next.owner.map_or(next.name.start, |o| o.start);
        if next_start < end
            || !joins_as_a_list(article.simple_of(Span {
                start: end,
                end: next_start,
            }))
        {
            return (group, end);
        }
        group = next.group;
        end = next.end;
    }
}

/// True when the words between two project mentions only join them: a list separator, and
/// at most a sum before the next name ("、投资2亿元的").
fn joins_as_a_list(gap: &str) -> bool {
    let Some(rest) = JOINING_WORDS
        .iter()
        .find_map(|separator| gap.strip_prefix(separator))
    else {
        return false;
    };
    rest.is_empty()
        || rest.ends_with('的')
            && rest.contains("投资")
            && !rest.contains([',', '，', '、'])
            && find_status_words(rest).is_empty()
}

/// "竣工10项", "开工二十项等": a milestone verb, a number and 项 at the end of the clause or
/// before 等/、 — a count of projects, not a fact about the one named before.
fn is_tally(clause: &str) -> bool {
    clause.match_indices('项').any(|(at, _)| {
        let before = &clause[..at];
        let numeral =
            before.trim_end_matches(|c: char| c.is_ascii_digit() || is_chinese_numeral(c));
        let after = &clause[at + '项'.len_utf8()..];
        numeral.len() < before.len()
            && (after.is_empty() || after.starts_with(['等', '、']))
            && find_status_words(numeral)
                .last()
                .is_some_and(|w| w.span.end == numeral.len() && w.sense.milestone.is_some())
    })
}

/// A clause that names other projects in general ("推动在手在谈优质项目加快落户") or counts
/// them in a tally ("年初计划竣工10项"); "两个项目", "该项目" and "项目建设" refer back instead.
fn about_other_projects(clause: &str) -> bool {
    is_tally(clause)
        || clause.match_indices(PROJECT_HEAD).any(|(at, head)| {
            let before = &clause[..at];
            let refers_back = before.trim().is_empty()
                || before.ends_with('个')
                || BACK_REFERRING_LEADS.iter().any(|w| before.ends_with(w));
            !refers_back && longest_prefix(&clause[at + head.len()..], HEAD_AS_MODIFIER).is_none()
        })
}

/// "柳湾镇也有两个项目同一天开工。其一是…", "集中签约3个项目。这3个项目是:…", "签约项目3个。
/// 具体为:…": a sentence that opens an enumeration takes the status of a sentence before it
/// (in its paragraph, or the last of the paragraph before) that counts the projects or
/// describes them without naming one.
fn enumeration_header(
    article: &Article,
    readings: &[Reading],
    sentence_index: usize,
) -> Option<(Status, Span)> {
    let sentence = article.sentences[sentence_index];
    let text = article.simple_of(sentence.span);
    if !opens_an_enumeration(text) {
        return None;
    }
    let first_of_paragraph = sentence_index == 0
        || article.sentences[sentence_index - 1].paragraph != sentence.paragraph;
    let earlier = article.sentences[..sentence_index]
        .iter()
        .rev()
        .take(4)
        .enumerate()
        .take_while(|&(taken, s)| {
            s.paragraph == sentence.paragraph || (first_of_paragraph && taken == 0)
        })
        .map(|(_, s)| s);
    for previous in earlier {
        let previous_text = article.simple_of(previous.span);
        let counts_projects = find_project_count(previous_text).is_some();
        let describes_projects = previous_text.contains("的项目");
        if !(counts_projects || describes_projects)
            || !article.mention_range(previous.span).is_empty()
        {
            continue;
        }
        let fact = article
            .word_range(previous.span)
            .rev()
            .find(|&i| readings[i] == Reading::Fact)
            .map(|i| {
                let word = &article.status_words[i];
                (word.sense.status, status_span(article, word))
            });
        if fact.is_some() {
            return fact;
        }
    }
    None
}

/// True when a sentence opens an enumeration: an enumerator ("其一是", "具体为", "分别是") or
/// a count of projects that is the subject of a copula ("这3个项目是:", "上述项目分别为").
fn opens_an_enumeration(sentence: &str) -> bool {
    let lead = longest_prefix(sentence, DEMONSTRATIVES).map_or(sentence, |d| &sentence[d.len()..]);
    if ENUMERATORS.iter().any(|e| lead.starts_with(e)) {
        return true;
    }
    let counted_subject = find_project_count(lead)
        .filter(|count| count.start == 0)
        .map(|count| count.end)
        .or_else(|| lead.starts_with(PROJECT_HEAD).then_some(PROJECT_HEAD.len()));
    counted_subject.is_some_and(|end| {
        let after = lead[end..].trim_start_matches(ENUMERATION_FILLER_CHARS);
        COPULAS.iter().any(|c| after.starts_with(c))
    })
}

/// "力争两个项目在3月底前正式投产": a clause that names no project but counts N of them gives
/// its targets to the last N projects of its paragraph.
fn counted_targets(
    article: &Article,
    readings: &[Reading],
    facts: &mut Facts,
    year: Option<i32>,
    month: Option<u32>,
) {
    for clause in &article.clauses {
        let Some(ProjectCount {
            count: Some(count),
            end: count_end,
            ..
        }) = find_project_count(article.simple_of(*clause))
        else {
            continue;
        };
        if !article.mention_range(*clause).is_empty() {
            continue;
        }
        let Some(paragraph) = article
            .sentence_at(clause.start)
            .map(|i| article.sentences[i].paragraph)
        else {
            continue;
        };
        let chosen: Vec<usize> = article.mentions[..article.first_mention_from(clause.start)]
            .iter()
            .enumerate()
            .rev()
            .filter(|(_, m)| m.end <= clause.start)
            .take_while(|(_, m)| {
                article
                    .sentence_at(m.name.start)
                    .is_some_and(|i| article.sentences[i].paragraph == paragraph)
            })
            .map(|(index, _)| index)
            .take(count)
            .collect();
        if chosen.len() != count {
            continue;
        }
        let after_count = Span {
            start: clause.start + count_end,
            end: clause.end,
        };
        let targets: Vec<TargetFinding> = article
            .word_range(after_count)
            .map(|i| (&article.status_words[i], readings[i]))
            .filter_map(|(word, reading)| match (reading, word.sense.milestone) {
                (Reading::Target { date, text_start }, Some(milestone)) => {
                    let span = Span {
                        start: text_start.min(clause.start),
                        end: word.span.end,
                    };
                    Some(TargetFinding {
                        milestone,
                        by: date.and_then(|d| d.due(year, month)),
                        text: article.written_of(span).to_string(),
                        span,
                    })
                }
                _ => None,
            })
            .collect();
        for index in chosen {
            for target in &targets {
                if !facts.targets[index]
                    .iter()
                    .any(|t| t.milestone == target.milestone && t.by == target.by)
                {
                    facts.targets[index].push(target.clone());
                }
            }
        }
    }
}

/// A fact word's status, with 开工 said of last year read as under construction.
fn adjust_for_past(article: &Article, word: &StatusWord) -> Status {
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
fn status_span(article: &Article, word: &StatusWord) -> Span {
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

/// "竣工" and "投产" for the same date are one produce target.
fn merge_produce_targets(targets: &mut Vec<TargetFinding>) {
    let produce_dates: Vec<_> = targets
        .iter()
        .filter(|t| t.milestone == Milestone::Produce)
        .map(|t| t.by)
        .collect();
    targets.retain(|t| !(t.milestone == Milestone::Complete && produce_dates.contains(&t.by)));
}

/// The status a project's targets imply when nothing is stated: a project that must sign is
/// negotiating, one that must start is planned, one that must finish is being built.
fn implied_by_targets(targets: &[TargetFinding]) -> Option<StatusChoice> {
    let earliest = targets
        .iter()
        .map(|t| t.milestone)
        .filter(|m| *m != Milestone::Other)
        .min()
        .or_else(|| targets.first().map(|t| t.milestone))?;
    let status = match earliest {
        Milestone::Sign => Status::Negotiating,
        Milestone::Start => Status::Planned,
        Milestone::Complete | Milestone::Produce | Milestone::Other => Status::UnderConstruction,
    };
    Some(StatusChoice {
        status,
        span: None,
        source: StatusSource::FromTarget,
    })
}

/// True when a stated status is already past a milestone the project still has to reach.
fn contradicts(status: Status, targets: &[TargetFinding]) -> bool {
    targets.iter().any(|t| match t.milestone {
        Milestone::Sign => status >= Status::Signed,
        Milestone::Start => status >= Status::Started,
        Milestone::Complete => status >= Status::Completed,
        Milestone::Produce => status >= Status::InProduction,
        Milestone::Other => false,
    })
}

/// What holds for all the groups of an article: the batch status, the section headings and
/// the year and month due dates resolve with.
struct Context<'s> {
    batch: Option<(Status, Span)>,
    references: &'s References,
    /// The paragraphs in which a project states a status of its own: the batch does not reach
    /// into them.
    paragraphs_with_facts: &'s HashSet<usize>,
    /// Section headings that give a status ("(一)续建项目"), by where they start.
    sections: &'s [(usize, Status, Span)],
    year: Option<i32>,
    month: Option<u32>,
}

/// "(一)续建项目", "二、新开工项目": short heading lines (no comma, no full stop) that name a
/// status for the projects listed under them.
fn section_statuses(article: &Article, readings: &[Reading]) -> Vec<(usize, Status, Span)> {
    let mut out = Vec::new();
    for (index, sentence) in article.sentences.iter().enumerate() {
        let alone = [index.checked_sub(1), Some(index + 1)]
            .iter()
            .flatten()
            .filter_map(|i| article.sentences.get(*i))
            .all(|other| other.paragraph != sentence.paragraph);
        let text = article.simple_of(sentence.span);
        let reads_as_a_sentence = text.contains([',', '，']) || text.trim_end().ends_with('。');
        if !alone
            || reads_as_a_sentence
            || text.chars().count() > 20
            || !KIND_HEADS.iter().any(|head| text.contains(head))
            || !article.mention_range(sentence.span).is_empty()
        {
            continue;
        }
        let fact = article
            .word_range(sentence.span)
            .find(|&i| readings[i] == Reading::Fact)
            .map(|i| &article.status_words[i]);
        if let Some(word) = fact {
            out.push((
                sentence.span.start,
                word.sense.status,
                status_span(article, word),
            ));
        }
    }
    out
}

/// The paragraphs in which some project states a status of its own: a fact in the clauses
/// right after its name ("一是甲项目,主体已完工").
fn paragraphs_with_own_statuses(article: &Article, readings: &[Reading]) -> HashSet<usize> {
    let mut out = HashSet::new();
    for mention in &article.mentions {
        let Some(sentence_index) = article.sentence_at(mention.name.start) else {
            continue;
        };
        let sentence = article.sentences[sentence_index];
        let own = Span {
            start: mention.end,
            end: own_scope_end(article, mention.group, mention.end, sentence.span),
        };
        if article
            .word_range(own)
            .any(|i| readings[i] == Reading::Fact)
        {
            out.insert(sentence.paragraph);
        }
    }
    out
}

/// "5大产业项目集中开工": a batch statement whose status holds for the article's projects
/// that state none of their own, outside paragraphs that state statuses of their own.
fn batch_status(article: &Article, readings: &[Reading]) -> Option<(Status, Span)> {
    article
        .status_words
        .iter()
        .zip(readings)
        .find_map(|(word, reading)| {
            let simple = article.simple;
            let is_batch = *reading == Reading::Fact
                && simple[..word.span.start].ends_with("集中")
                && simple[..word.span.start]
                    .trim_end_matches("集中")
                    .ends_with(PROJECT_HEAD);
            is_batch.then(|| {
                (
                    word.sense.status,
                    Span {
                        start: word.span.start - "集中".len(),
                        end: word.span.end,
                    },
                )
            })
        })
}

/// Gives each sum of money to the project it belongs to.
fn attach_money(article: &Article, references: &References, facts: &mut Facts) {
    for money in &article.money {
        let Some(clause_index) = article.clause_at(money.span.start) else {
            continue;
        };
        let clause = article.clauses[clause_index];
        let role = money_role(article.simple, clause.start, money);
        let (kind, text_start) = match role {
            MoneyRole::NotInvestment => continue,
            MoneyRole::Bare => (AmountKind::Total, money.span.start),
            MoneyRole::Investment {
                kind,
                trigger_start,
            } => (kind, trigger_start),
        };
        if is_threshold(article.simple, money) {
            continue;
        }
        let investment = matches!(role, MoneyRole::Investment { .. });
        let target = forward_owner(article, money, clause, investment)
            .or_else(|| {
                investment
                    .then(|| backward_owner(article, text_start))
                    .flatten()
            })
            .or_else(|| {
                investment
                    .then(|| referred_owner(article, references, money, text_start))
                    .flatten()
            });
        let Some(target) = target else { continue };
        let span = Span {
            start: text_start,
            end: money.span.end,
        };
        let finding = AmountFinding {
            yuan: money.yuan,
            qualifier: money.qualifier,
            kind,
            text: article.written_of(span).to_string(),
            span,
            currency: money.currency.map(str::to_string),
            currency_amount: money.currency_amount,
        };
        facts.investments[target].push(finding);
    }
}

/// "投资8000万元的X项目", "3亿元仓储物流项目": the project right after a sum in its clause.
fn forward_owner(
    article: &Article,
    money: &Money,
    clause: Span,
    investment: bool,
) -> Option<usize> {
    let index = article.mentions[article.first_mention_from(money.span.end)..]
        .iter()
        .position(|m| m.owner.map_or(m.name.start, |o| o.start) >= money.span.end)
        .map(|offset| article.first_mention_from(money.span.end) + offset)?;
    let mention = &article.mentions[index];
    if mention.name.end > clause.end {
        return None;
    }
    let start = mention.owner.map_or(mention.name.start, |o| o.start);
    let gap = article.simple[money.span.end..start].trim();
    let note = gap.starts_with('(') && gap.ends_with(')');
    let next_money = article
        .money
        .partition_point(|m| m.span.start < money.span.end);
    let money_between = article
        .money
        .get(next_money)
        .is_some_and(|m| m.span.end <= start);
    let described = investment && gap.ends_with('的') && !money_between;
    (gap.is_empty() || gap == "的" || note || described).then_some(index)
}

/// "X项目总投资5.2亿元": the last project before the sum in its sentence, unless the words
/// between make the sum an aggregate ("三个项目合计").
fn backward_owner(article: &Article, trigger_start: usize) -> Option<usize> {
    let sentence = article.sentences[article.sentence_at(trigger_start)?].span;
    let candidates = &article.mentions[..article.first_mention_from(trigger_start)];
    let (index, mention) = candidates
        .iter()
        .enumerate()
        .rev()
        .take(8)
        .filter(|(_, m)| m.end <= trigger_start && m.name.start >= sentence.start)
        .max_by_key(|(_, m)| m.end)?;
    let between = &article.simple[mention.end..trigger_start];
    (!is_aggregate(between)).then_some(index)
}

/// "该项目总投资4000万元", "此次公司投资4000万元": a sum in a sentence with no project of its
/// own goes to the project the sentence refers back to ([`References`]), or to the last
/// project of its paragraph when the words before the sum speak of a project or company.
fn referred_owner(
    article: &Article,
    references: &References,
    money: &Money,
    trigger_start: usize,
) -> Option<usize> {
    let sentence_index = article.sentence_at(trigger_start)?;
    let sentence = article.sentences[sentence_index];
    let before_money = Span {
        start: sentence.span.start,
        end: trigger_start,
    };
    if !article.mention_range(before_money).is_empty()
        || is_aggregate(&article.simple[sentence.span.start..money.span.start])
    {
        return None;
    }
    let named_before = article.first_mention_from(sentence.span.start);
    if let Some(group) = references.of_sentence(sentence_index) {
        return article.mentions[..named_before]
            .iter()
            .rposition(|m| m.group == group);
    }
    let index = named_before.checked_sub(1)?;
    let mention = &article.mentions[index];
    let lead = &article.simple[sentence.span.start..trigger_start];
    (mention.end <= sentence.span.start
        && article.paragraph_at(mention.name.start) == Some(sentence.paragraph)
        && OWNER_NOUNS.iter().any(|noun| lead.contains(noun)))
    .then_some(index)
}

/// Words that make a sum cover several projects: counts ("6个", "8条") and totals (合计).
fn is_aggregate(text: &str) -> bool {
    let mut previous: Option<char> = None;
    for c in text.chars() {
        if COUNT_CLASSIFIERS.contains(&c)
            && previous.is_some_and(|p| p.is_ascii_digit() || is_chinese_numeral(p))
        {
            return true;
        }
        previous = Some(c);
    }
    TOTAL_WORDS.iter().any(|w| text.contains(w))
}

/// "10亿元以上项目", "投资过亿元的项目": a threshold for a kind of project, not an amount.
fn is_threshold(simple: &str, money: &Money) -> bool {
    let rest = &simple[money.span.end..];
    let after = &rest[..rest.char_indices().nth(10).map_or(rest.len(), |(at, _)| at)];
    match after.find(PROJECT_HEAD) {
        Some(at) => {
            let between = after[..at]
                .trim_start_matches("以上")
                .trim_start_matches('的');
            between.chars().all(crate::clean::pinyin::is_han)
                && (between.is_empty() || is_generic(between))
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Extraction, Options, extract_text};

    fn extract(text: &str) -> Extraction {
        let options = Options {
            default_year: Some(2024),
            ..Options::default()
        };
        extract_text(text, "test", &options)
    }

    fn facts_of(
        extraction: &Extraction,
        name: &str,
    ) -> (Option<Status>, Vec<(Milestone, String)>, Option<i64>) {
        let project = extraction
            .projects
            .iter()
            .find(|p| p.name == name)
            .unwrap_or_else(|| panic!("{name} missing"));
        let targets = project
            .targets
            .iter()
            .map(|t| (t.milestone, t.by.map(|d| d.to_string()).unwrap_or_default()))
            .collect();
        (
            project.status,
            targets,
            project.investment.as_ref().and_then(|i| i.yuan),
        )
    }

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
    fn a_target_is_not_a_status() {
        let extraction = extract("确保乙精密项目6月底前开工建设。");
        let (status, targets, _) = facts_of(&extraction, "乙精密");
        assert_eq!(status, Some(Status::Planned));
        assert_eq!(targets, vec![(Milestone::Start, "2024-06-30".to_string())]);
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
    fn tallies_are_about_other_projects() {
        assert!(is_tally("年初计划竣工10项"));
        assert!(is_tally("已开工二十项等"));
        assert!(!is_tally("已完成2项前期手续"));
        assert!(!is_tally("获得3项专利"));
        assert!(!is_tally("重点推进项目"));
    }

    #[test]
    fn counted_projects_share_a_target() {
        let extraction = extract("丁机械项目、戊电子项目均已开工。力争两个项目在9月底前投产。");
        for name in ["丁机械", "戊电子"] {
            assert_eq!(
                facts_of(&extraction, name).1,
                vec![(Milestone::Produce, "2024-09-30".to_string())],
                "{name}"
            );
        }
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

    #[test]
    fn sums_go_to_the_project_they_describe() {
        let extraction = extract("总投资3亿元的甲光电项目正在施工,乙物流项目计划投资8000万元。");
        assert_eq!(facts_of(&extraction, "甲光电").2, Some(300_000_000));
        assert_eq!(facts_of(&extraction, "乙物流").2, Some(80_000_000));
    }

    #[test]
    fn aggregates_and_thresholds_go_nowhere() {
        let extraction = extract(
            "甲化工项目、乙纺织项目已开工,两个项目合计投资5亿元。确保新签约亿元以上项目3个。",
        );
        assert_eq!(facts_of(&extraction, "甲化工").2, None);
        assert_eq!(facts_of(&extraction, "乙纺织").2, None);
        assert!(is_aggregate("三个项目合计"));
        assert!(!is_aggregate("正在进行"));
    }

    #[test]
    fn a_sentence_that_refers_back_gives_its_facts() {
        let extraction = extract("记者来到甲食品项目现场。该项目总投资2亿元,力争四季度投产。");
        let (_, targets, yuan) = facts_of(&extraction, "甲食品");
        assert_eq!(yuan, Some(200_000_000));
        assert_eq!(
            targets,
            vec![(Milestone::Produce, "2024-12-31".to_string())]
        );
    }

    #[test]
    fn a_batch_statement_covers_projects_without_a_status() {
        let extraction = extract("3月1日,全县5大产业项目集中开工。\n其中,甲牧业项目总投资1亿元。");
        assert_eq!(facts_of(&extraction, "甲牧业").0, Some(Status::Started));
    }

    #[test]
    fn a_batch_statement_stops_at_a_paragraph_with_its_own_statuses() {
        let extraction = extract(
            "6月16日,东湖街道重点项目集中签约。\n今年以来,一是甲康养中心项目,主体已完工;二是乙管网改造工程,投资1.1亿元,已完成80%。",
        );
        assert_eq!(facts_of(&extraction, "乙管网改造工程").0, None);
    }
}
