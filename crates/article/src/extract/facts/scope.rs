//! The status of a group of mentions: the facts of its own scope, then of the words before it,
//! the sentence's header, an enumeration's header, the sentences that refer back to it, a
//! section heading and a batch statement, in that order of trust; and where each scope ends.

use std::collections::HashSet;

use super::reading::{Reading, adjust_for_past, status_span};
use super::targets::{contradicts, implied_by_targets, targets_in};
use super::{Context, StatusChoice, StatusSource};
use crate::extract::article::Article;
use crate::extraction::{Span, TargetFinding};
use crate::grammar::count::find_project_count;
use crate::grammar::number::is_chinese_numeral;
use crate::grammar::status::find_status_words;
use crate::lexicon::classes::{
    BACK_REFERRING_LEADS, COPULAS, DEMONSTRATIVES, ENUMERATION_FILLER_CHARS, ENUMERATORS,
    HEAD_AS_MODIFIER, JOINING_WORDS, KIND_HEADS, PROJECT_HEAD,
};
use crate::lexicon::lookup::longest_prefix;
use crate::vocab::Status;

/// The status and targets of one group of mentions.
pub(super) fn group_status(
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
    let referring = context.references.sentences_about(article, group);
    let targets = targets_in(
        article,
        readings,
        std::iter::once(own).chain(referring.iter().copied()),
        (context.year, context.month),
    );
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

/// "(一)续建项目", "二、新开工项目": short heading lines (no comma, no full stop) that name a
/// status for the projects listed under them.
pub(super) fn section_statuses(
    article: &Article,
    readings: &[Reading],
) -> Vec<(usize, Status, Span)> {
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
pub(super) fn paragraphs_with_own_statuses(
    article: &Article,
    readings: &[Reading],
) -> HashSet<usize> {
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
pub(super) fn batch_status(article: &Article, readings: &[Reading]) -> Option<(Status, Span)> {
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

#[cfg(test)]
mod tests {
    use super::super::test_support::{extract, facts_of};
    use super::is_tally;
    use crate::vocab::Status;

    #[test]
    fn tallies_are_about_other_projects() {
        assert!(is_tally("年初计划竣工10项"));
        assert!(is_tally("已开工二十项等"));
        assert!(!is_tally("已完成2项前期手续"));
        assert!(!is_tally("获得3项专利"));
        assert!(!is_tally("重点推进项目"));
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
