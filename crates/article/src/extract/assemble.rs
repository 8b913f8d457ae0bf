//! Turns mentions and their facts into findings: mentions of one project (same key, or one
//! name the start of the other, "青峰" / "青峰山地旅游度假区") become one finding; of its sums
//! the first total or planned investment is the investment and the rest are extras.

use std::collections::HashMap;

use super::article::Article;
use super::facts::{Facts, StatusChoice};
use super::topic::Topics;
use crate::extraction::{AmountFinding, ProjectFinding};
use crate::grammar::person::{ResponsiblePhrase, find_responsible};
use crate::lexicon::classes::ADMINISTRATIVE_ENDS;
use crate::recognise::name_check::{Verdict, judge};
use crate::recognise::project::ProjectMention;
use crate::vocab::AmountKind;

/// How many of the latest projects a mention is compared with for looser sameness (a name
/// that starts another, or follows a unit); equal keys are found among all of them.
const RECENT_DRAFTS: usize = 16;

struct Draft {
    key: String,
    /// The owner's name, reduced like `key`, when the project has one.
    owner_key: Option<String>,
    finding: ProjectFinding,
    amounts: Vec<AmountFinding>,
    status: Option<StatusChoice>,
}

/// Builds the project findings of an article.
pub fn project_findings(article: &Article, topics: &Topics, facts: Facts) -> Vec<ProjectFinding> {
    let mut drafts: Vec<Draft> = Vec::with_capacity(article.mentions.len());
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let people = find_responsible(article.simple);
    let unit_keys: Vec<String> = article
        .units
        .iter()
        .map(|u| match_key(article.simple_of(u.span), ""))
        .collect();
    let facts = article
        .mentions
        .iter()
        .zip(facts.status)
        .zip(facts.targets)
        .zip(facts.investments);
    for (((mention, status), targets), amounts) in facts {
        let simple_suffix = mention.suffix.map_or("", |s| article.simple_of(s));
        let key = match_key(article.simple_of(mention.name), simple_suffix);
        if key.is_empty() {
            continue;
        }
        let recent = drafts.len().saturating_sub(RECENT_DRAFTS);
        let same = by_key
            .get(&key)
            .copied()
            .or_else(|| (recent..drafts.len()).find(|&i| same_project(&drafts[i].key, &key)))
            .or_else(|| {
                (recent..drafts.len()).find(|&i| {
                    mention.owner.is_none()
                        && drafts[i]
                            .owner_key
                            .as_deref()
                            .is_some_and(|owner| is_short_name_of(&key, owner))
                })
            });
        let responsible = responsible_of(article, &people, mention);
        if let Some(slot) = same {
            let draft = &mut drafts[slot];
            if draft.finding.responsible.is_none() {
                draft.finding.responsible = responsible;
            }
            if is_unit_and_name(&draft.key, &key, &unit_keys) {
                let sentence = sentence_of(article, mention);
                draft.finding.name = written_name(article, mention);
                draft.finding.span = mention.name;
                draft.finding.sentence = article.written_of(sentence).to_string();
                draft.finding.sentence_span = sentence;
            }
            merge(article, draft, status, targets, amounts);
            continue;
        }
        by_key.insert(key.clone(), drafts.len());
        let sentence = sentence_of(article, mention);
        let finding = ProjectFinding {
            name: written_name(article, mention),
            owner: mention.owner.map(|o| article.written_of(o).to_string()),
            unit: topics
                .unit_of(mention)
                .map(|s| article.unit_name(s).to_string()),
            investment: None,
            investments_extra: Vec::new(),
            status: status.map(|s| s.status),
            status_text: status
                .and_then(|s| s.span)
                .map(|s| article.written_of(s).to_string()),
            targets,
            responsible,
            span: mention.name,
            sentence: article.written_of(sentence).to_string(),
            sentence_span: sentence,
            confidence: confidence_of(article, mention),
        };
        drafts.push(Draft {
            key,
            owner_key: mention.owner.map(|o| match_key(article.simple_of(o), "")),
            finding,
            amounts,
            status,
        });
    }
    drafts.into_iter().map(finish).collect()
}

fn merge(
    article: &Article,
    draft: &mut Draft,
    status: Option<StatusChoice>,
    targets: Vec<crate::extraction::TargetFinding>,
    amounts: Vec<AmountFinding>,
) {
    let better = match (draft.status, status) {
        (None, Some(_)) => true,
        (Some(old), Some(new)) => {
            new.source < old.source || new.source == old.source && new.status > old.status
        }
        _ => false,
    };
    if better && let Some(new) = status {
        draft.status = Some(new);
        draft.finding.status = Some(new.status);
        draft.finding.status_text = new.span.map(|span| article.written_of(span).to_string());
    }
    for target in targets {
        if !draft
            .finding
            .targets
            .iter()
            .any(|t| t.milestone == target.milestone && t.by == target.by)
        {
            draft.finding.targets.push(target);
        }
    }
    for amount in amounts {
        if !draft.amounts.iter().any(|a| a.span == amount.span) {
            draft.amounts.push(amount);
        }
    }
}

/// "甲项目…责任领导:王明": the first responsible-person phrase after a mention, before the
/// next other project and within its paragraph.
fn responsible_of(
    article: &Article,
    people: &[ResponsiblePhrase],
    mention: &ProjectMention,
) -> Option<String> {
    let scope_end = article.mentions[article.first_mention_from(mention.end)..]
        .iter()
        .find(|m| m.group != mention.group)
        .map_or(article.simple.len(), |m| {
            m.owner.map_or(m.name.start, |o| o.start)
        });
    let paragraph = article.paragraph_at(mention.name.start);
    let first = people.partition_point(|p| p.span.start < mention.end);
    people[first..]
        .iter()
        .take_while(|p| p.span.end <= scope_end)
        .find(|p| article.paragraph_at(p.span.start) == paragraph)
        .map(|p| article.written_of(p.person).to_string())
}

/// The sentence a mention stands in (its evidence).
fn sentence_of(article: &Article, mention: &ProjectMention) -> crate::extraction::Span {
    article
        .sentence_at(mention.name.start)
        .map_or(mention.name, |i| article.sentences[i].span)
}

fn finish(mut draft: Draft) -> ProjectFinding {
    let main = draft
        .amounts
        .iter()
        .position(|a| matches!(a.kind, AmountKind::Total | AmountKind::Planned))
        .or((!draft.amounts.is_empty()).then_some(0));
    if let Some(main) = main {
        let investment = draft.amounts.remove(main);
        draft.finding.investment = Some(investment);
        draft.finding.investments_extra = draft.amounts;
    }
    draft.finding
}

/// How sure a mention is a project: a project the ledger holds is certain; a name the
/// noun-phrase test accepts, with 项目/工程 after
/// it or a company before it, is sure; without either it is likely; a name whose edges do
/// not fall on word boundaries is unsure.
fn confidence_of(article: &Article, mention: &ProjectMention) -> f32 {
    if article.known_projects.contains(&mention.name) {
        return 1.0;
    }
    let headed = mention.end > mention.name.end || mention.owner.is_some();
    match judge(
        article.simple,
        &article.text_words.words,
        &article.text_words.boundaries,
        mention.name,
        mention.owner.is_some(),
    ) {
        Verdict::Name if headed => 0.9,
        Verdict::Name => 0.7,
        Verdict::Unsure | Verdict::NotAName(_) => 0.4,
    }
}

/// A mention's name as written: without the line breaks that only wrap the source's lines,
/// and with the noun a list distributes over its items.
fn written_name(article: &Article, mention: &ProjectMention) -> String {
    let mut name = article.written_of(mention.name).trim().replace('\n', "");
    if let Some(suffix) = mention.suffix {
        name.push_str(article.written_of(suffix));
    }
    name
}

/// The key two mentions are compared by: letters, digits and Han characters of the
/// Simplified name and the noun a list distributes over it.
fn match_key(simple_name: &str, simple_suffix: &str) -> String {
    simple_name
        .chars()
        .chain(simple_suffix.chars())
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// True when `long` is one of the article's units followed by `short` ("柳湾镇甲科技" and
/// "甲科技"): the article named the place once, the project is the rest.
fn is_unit_and_name(long: &str, short: &str, unit_keys: &[String]) -> bool {
    long.len() > short.len()
        && long
            .strip_suffix(short)
            .is_some_and(|prefix| unit_keys.iter().any(|unit| unit == prefix))
}

/// "天和药业" after "江苏天和制药有限公司原料药项目": a later mention that is the owner's short
/// name (its first two characters in the owner's name, and another of its characters after
/// them) is that owner's project.
fn is_short_name_of(key: &str, owner: &str) -> bool {
    let count = key.chars().count();
    if !(3..=6).contains(&count) {
        return false;
    }
    let split = key.char_indices().nth(2).map_or(key.len(), |(at, _)| at);
    let (lead, rest) = key.split_at(split);
    owner.find(lead).is_some_and(|at| {
        let after = &owner[at + lead.len()..];
        rest.chars().any(|c| after.contains(c))
    })
}

/// Same key; or one key starts the other (at least two characters); or one key holds the
/// other (at least four characters): "青禾镇金禾穗秸秆板加工" and "金禾穗秸秆板加工".
fn same_project(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short == long {
        return true;
    }
    if short.len() == long.len() {
        return false;
    }
    if long.starts_with(short) {
        return short.chars().count() >= 2;
    }
    if short.len() >= 6 * '一'.len_utf8() && short.chars().count() >= 6 && long.contains(short) {
        return true;
    }
    long.strip_suffix(short)
        .is_some_and(|prefix| prefix.ends_with(ADMINISTRATIVE_ENDS) && short.chars().count() >= 4)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentions_of_one_project() {
        assert!(same_project("青峰", "青峰山地旅游度假区"));
        assert!(same_project("青禾镇金禾穗秸秆板加工", "金禾穗秸秆板加工"));
        assert!(!same_project("晨牧二期", "禾丰县晨牧一体化生猪养殖"));
        assert!(!same_project("峰山", "青峰山地"));
        let units = ["柳湾镇".to_string()];
        assert!(is_unit_and_name("柳湾镇甲冠军", "甲冠军", &units));
        assert!(!is_unit_and_name("甲冠军", "柳湾镇甲冠军", &units));
        assert!(!is_unit_and_name(
            "青峰山地旅游度假区",
            "旅游度假区",
            &units
        ));
        assert!(!is_unit_and_name("南区污水处理厂", "污水处理厂", &units));
        assert!(is_short_name_of("永和药业", "江苏永和制药有限公司"));
        assert!(!is_short_name_of("永和大道", "江苏永和制药有限公司"));
        assert!(!is_short_name_of("光伏电站", "江苏永和制药有限公司"));
    }
}
