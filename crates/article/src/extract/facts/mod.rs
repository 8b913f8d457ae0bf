//! Gives each project mention its facts: investments (the amount grammar plus where the sum
//! stands relative to the name), its status (the status grammar over the mention's scope), and
//! its targets (status words read as targets, with their due dates).
//!
//! A mention's scope is its own clause and the clauses after it up to the next project or a
//! clause about other projects; before that come the words between the previous project and
//! it ("新开工的…"), the sentence's header ("此次集中开工的9个项目…包括"), sentences that
//! refer back to it ("该项目…"), and a batch statement ("5大产业项目集中开工").
//!
//! - `reading`: each status word read as a fact or a target;
//! - `scope`: a group's status from its scopes, enumeration headers, sections and batches;
//! - `targets`: targets, counted targets, the produce merge and the status targets imply;
//! - `money`: which project each sum belongs to.

mod money;
mod reading;
mod scope;
mod targets;

use std::collections::HashSet;

use crate::extract::article::Article;
use crate::extract::reference::References;
use crate::extraction::{AmountFinding, Span, TargetFinding};
use crate::vocab::Status;
use money::attach_money;
use reading::readings;
use scope::{batch_status, group_status, paragraphs_with_own_statuses, section_statuses};
use targets::counted_targets;

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

#[cfg(test)]
mod test_support {
    use crate::vocab::{Milestone, Status};
    use crate::{Extraction, Options, extract_text};

    pub(super) fn extract(text: &str) -> Extraction {
        let options = Options {
            default_year: Some(2024),
            ..Options::default()
        };
        extract_text(text, "test", &options)
    }

    pub(super) fn facts_of(
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
}
