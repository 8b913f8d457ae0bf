//! Folding one project into another that turns out to be the same project (two units merged,
//! each with its own record of it): the kept record keeps everything it has and gains what
//! only the other knew — its name as an alias, its sources, progress, problems, done and
//! target dates, plans and approvals where the kept one has none, its notes appended.

use super::approval;
use super::project::{MILESTONES, Project};

/// Adds to `kept` what only `other` knows.
pub fn fold_into(kept: &mut Project, other: &Project) {
    for name in std::iter::once(&other.name).chain(&other.aliases) {
        if name != &kept.name && !kept.aliases.contains(name) {
            kept.aliases.push(name.clone());
        }
    }
    if kept.owner.is_none() {
        kept.owner.clone_from(&other.owner);
    }
    if kept.investment.is_none() {
        kept.investment = other.investment;
    }
    for (text, theirs) in [
        (&mut kept.location, &other.location),
        (&mut kept.industry, &other.industry),
        (&mut kept.scope, &other.scope),
        (&mut kept.responsible, &other.responsible),
    ] {
        if text.is_empty() {
            text.clone_from(theirs);
        }
    }
    kept.category = kept.category.or(other.category);
    kept.level = kept.level.or(other.level);
    kept.pursuit = kept.pursuit.or(other.pursuit);
    for milestone in MILESTONES {
        let (Some(mine), Some(theirs)) = (
            kept.milestones.get(milestone).copied(),
            other.milestones.get(milestone).copied(),
        ) else {
            continue;
        };
        let Some(state) = kept.milestones.get_mut(milestone) else {
            continue;
        };
        if !mine.is_done() && theirs.is_done() {
            state.done = theirs.done;
            state.done_undated = theirs.done_undated;
            state.done_inferred = theirs.done_inferred;
        }
        if mine.target.is_none() {
            state.target = theirs.target;
        }
    }
    for target in &other.other_targets {
        if !kept.other_targets.contains(target) {
            kept.other_targets.push(target.clone());
        }
    }
    for entry in &other.progress {
        if !kept.progress.contains(entry) {
            kept.add_progress(entry.date, entry.text.clone());
        }
    }
    if !other.notes.is_empty() && !kept.notes.contains(&other.notes) {
        if !kept.notes.is_empty() {
            kept.notes.push('\n');
        }
        kept.notes.push_str(&other.notes);
    }
    for link in &other.sources {
        if !kept.sources.contains(link) {
            kept.sources.push(link.clone());
        }
    }
    for (year, plan) in &other.plans.0 {
        let mine = kept.plans.year_mut(*year);
        if mine.planned_yuan.is_none() {
            mine.planned_yuan = plan.planned_yuan;
        }
        for (month, figure) in &plan.months {
            mine.months.entry(*month).or_insert_with(|| figure.clone());
        }
    }
    for problem in &other.problems {
        if !kept.problems.iter().any(|p| p.text == problem.text) {
            kept.problems.push(problem.clone());
        }
    }
    for theirs in &other.approvals {
        if approval::find(&kept.approvals, &theirs.name).is_none() {
            kept.approvals.push(theirs.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ids::ProjectId;
    use chrono::NaiveDate;

    #[test]
    fn the_kept_record_gains_what_only_the_other_knew() {
        let day = |m, d| NaiveDate::from_ymd_opt(2025, m, d);
        let mut kept = Project::new(ProjectId(1), "星河智造园", None);
        kept.milestones.start.done = day(2, 1);
        kept.responsible = "王明".into();
        let mut other = Project::new(ProjectId(2), "星河智造产业园", None);
        other.milestones.start.done = day(3, 1);
        other.milestones.produce.target = day(9, 30);
        other.responsible = "李青".into();
        other.notes = "配套道路同步建设".into();
        other.plans.year_mut(2025).planned_yuan = Some(5);
        fold_into(&mut kept, &other);
        assert_eq!(kept.aliases, ["星河智造产业园"]);
        assert_eq!(kept.milestones.start.done, day(2, 1), "its own date stays");
        assert_eq!(kept.milestones.produce.target, day(9, 30));
        assert_eq!(kept.responsible, "王明");
        assert_eq!(kept.notes, "配套道路同步建设");
        assert_eq!(kept.plans.year(2025).unwrap().planned_yuan, Some(5));
        let once = kept.clone();
        fold_into(&mut kept, &other);
        assert_eq!(kept, once, "folding twice adds nothing more");
    }
}
