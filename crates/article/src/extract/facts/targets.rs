//! Targets: those a group's scopes read, those a clause counting N projects gives the last N,
//! and the status targets imply when none is stated or the stated one is past a milestone
//! still to reach.

use super::reading::Reading;
use super::{Facts, StatusChoice, StatusSource};
use crate::extract::article::Article;
use crate::extraction::{Span, TargetFinding};
use crate::grammar::count::{ProjectCount, find_project_count};
use crate::vocab::{Milestone, Status};

/// The targets read in `scopes` (a group's own clauses, then the sentences that refer back to
/// it), their dates resolved with `year` and `month`: a target word right after one of the same
/// milestone and date extends it, and 竣工 gives way to 投产 for the same date.
pub(super) fn targets_in(
    article: &Article,
    readings: &[Reading],
    scopes: impl IntoIterator<Item = Span>,
    (year, month): (Option<i32>, Option<u32>),
) -> Vec<TargetFinding> {
    let mut targets: Vec<TargetFinding> = Vec::new();
    for scope in scopes {
        for index in article.word_range(scope) {
            let word = &article.status_words[index];
            if let Reading::Target { date, text_start } = readings[index]
                && let Some(milestone) = word.sense.milestone
            {
                let span = Span {
                    start: text_start,
                    end: word.span.end,
                };
                let by = date.and_then(|d| d.due(year, month));
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
    }
    merge_produce_targets(&mut targets);
    targets
}

/// "力争两个项目在3月底前正式投产": a clause that names no project but counts N of them gives
/// its targets to the last N projects of its paragraph.
pub(super) fn counted_targets(
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
pub(super) fn implied_by_targets(targets: &[TargetFinding]) -> Option<StatusChoice> {
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
pub(super) fn contradicts(status: Status, targets: &[TargetFinding]) -> bool {
    targets.iter().any(|t| match t.milestone {
        Milestone::Sign => status >= Status::Signed,
        Milestone::Start => status >= Status::Started,
        Milestone::Complete => status >= Status::Completed,
        Milestone::Produce => status >= Status::InProduction,
        Milestone::Other => false,
    })
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{extract, facts_of};
    use crate::vocab::{Milestone, Status};

    #[test]
    fn a_target_is_not_a_status() {
        let extraction = extract("确保乙精密项目6月底前开工建设。");
        let (status, targets, _) = facts_of(&extraction, "乙精密");
        assert_eq!(status, Some(Status::Planned));
        assert_eq!(targets, vec![(Milestone::Start, "2024-06-30".to_string())]);
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
}
