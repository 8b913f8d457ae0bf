//! Changes a user makes to the ledger, in their own words (add a project, tick 开工 …), and how
//! each becomes one model [`Edit`] — one undo step.

use chrono::NaiveDate;

use super::follow_up::FollowUp;
use crate::article::script::normalise_key;
use crate::i18n::Lang;
use crate::model::done_order::{OrderError, set_done};
use crate::model::reconcile;
use crate::model::{Edit, Goal, GoalId, Ledger, Milestone, Project, ProjectId, Unit, UnitId};

#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    AddUnit {
        name: String,
    },
    RenameUnit {
        unit: UnitId,
        name: String,
    },
    /// Deletes the unit but keeps its projects: they move to `projects_to`, or become
    /// unassigned; its goals move with them, or go when there is no unit to move to.
    DeleteUnit {
        unit: UnitId,
        projects_to: Option<UnitId>,
    },
    /// Moves everything of `from` into `into` (projects, goals, aliases; `from`'s name becomes
    /// an alias) and removes `from`.
    MergeUnits {
        from: UnitId,
        into: UnitId,
    },
    /// Replaces a unit with an edited copy (kind, aliases); `what` names the field for the
    /// undo label.
    UpdateUnit {
        unit: Unit,
        what: String,
    },
    AddProject {
        unit: Option<UnitId>,
        name: String,
    },
    /// Replaces a project with an edited copy; `what` names the field for the undo label. A
    /// project renamed keeps its old name as an alias, so articles using it still find it.
    UpdateProject {
        project: Box<Project>,
        what: String,
    },
    DeleteProject {
        project: ProjectId,
    },
    /// Ticks (`Some(date)`) or unticks (`None`) a milestone. Ticking a milestone also ticks
    /// the earlier ones not yet done, with the same date, marked as inferred; inferred dates
    /// that would break the order 签约 ≤ 开工 ≤ 竣工 ≤ 投产 move to it, and a date a person
    /// entered that it would contradict refuses it.
    SetMilestoneDone {
        project: ProjectId,
        milestone: Milestone,
        done: Option<NaiveDate>,
    },
    AddProgress {
        project: ProjectId,
        date: NaiveDate,
        text: String,
    },
    AddGoal {
        unit: Option<UnitId>,
        milestone: Milestone,
        count: u32,
        min_investment_yuan: Option<i64>,
        by: Option<NaiveDate>,
        text: String,
    },
    UpdateGoal(Box<Goal>),
    DeleteGoal(GoalId),
    /// A change of the monthly follow-up: months, plans, problems, approvals.
    FollowUp(FollowUp),
}

/// A record a change reads or writes, to tell whether it is the user's own (in a workspace,
/// other offices' records are read-only).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    Unit(UnitId),
    Project(ProjectId),
    Goal(GoalId),
}

impl Change {
    /// The records the change touches or puts things under (a new project's unit).
    pub fn subjects(&self) -> Vec<Subject> {
        use Subject as S;
        match self {
            Change::AddUnit { .. } => Vec::new(),
            Change::RenameUnit { unit, .. } => vec![S::Unit(*unit)],
            Change::DeleteUnit { unit, projects_to } => std::iter::once(*unit)
                .chain(*projects_to)
                .map(S::Unit)
                .collect(),
            Change::MergeUnits { from, into } => vec![S::Unit(*from), S::Unit(*into)],
            Change::UpdateUnit { unit, .. } => vec![S::Unit(unit.id)],
            Change::AddProject { unit, .. } => unit.iter().map(|u| S::Unit(*u)).collect(),
            Change::UpdateProject { project, .. } => std::iter::once(S::Project(project.id))
                .chain(project.unit.map(S::Unit))
                .collect(),
            Change::DeleteProject { project }
            | Change::SetMilestoneDone { project, .. }
            | Change::AddProgress { project, .. } => vec![S::Project(*project)],
            Change::AddGoal { unit, .. } => unit.iter().map(|u| S::Unit(*u)).collect(),
            Change::UpdateGoal(goal) => std::iter::once(S::Goal(goal.id))
                .chain(goal.unit.map(S::Unit))
                .collect(),
            Change::DeleteGoal(goal) => vec![S::Goal(*goal)],
            Change::FollowUp(follow_up) => {
                follow_up.projects().into_iter().map(S::Project).collect()
            }
        }
    }
}

/// What a change created, so the view can select it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Created {
    Nothing,
    Unit(UnitId),
    Project(ProjectId),
}

/// What a change does: its edit, what it created, and what it adjusted on the way.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub edit: Edit,
    pub created: Created,
    /// Inferred done dates moved to keep the milestones in order, with the day they moved to.
    pub moved: Vec<(Milestone, NaiveDate)>,
}

impl Outcome {
    fn new(edit: Edit, created: Created) -> Self {
        Outcome {
            edit,
            created,
            moved: Vec::new(),
        }
    }
}

impl Change {
    /// The edit that makes this change, or `None` when it changes nothing (e.g. the project
    /// was deleted meanwhile, or the new value equals the old); an error when the change
    /// would put done dates out of order.
    pub fn to_edit(&self, ledger: &mut Ledger) -> Result<Option<Outcome>, OrderError> {
        let (edit, created) = match self {
            Change::AddUnit { name } => {
                let id = UnitId(ledger.allocate_id());
                (Edit::PutUnit(Unit::new(id, name.trim())), Created::Unit(id))
            }
            Change::RenameUnit { unit, name } => {
                let Some(renamed) = ledger.unit(*unit) else {
                    return Ok(None);
                };
                let mut renamed = renamed.clone();
                if renamed.name == name.trim() {
                    return Ok(None);
                }
                renamed.name = name.trim().to_string();
                (Edit::PutUnit(renamed), Created::Nothing)
            }
            Change::DeleteUnit { unit, projects_to } => {
                let Some(edit) = reconcile::delete_unit(ledger, *unit, *projects_to) else {
                    return Ok(None);
                };
                (edit, Created::Nothing)
            }
            Change::MergeUnits { from, into } => {
                let Some(edit) = reconcile::merge_units(ledger, *from, *into) else {
                    return Ok(None);
                };
                (edit, Created::Unit(*into))
            }
            Change::UpdateUnit { unit, .. } => {
                if ledger.unit(unit.id).is_none_or(|old| old == unit) {
                    return Ok(None);
                }
                (Edit::PutUnit(unit.clone()), Created::Nothing)
            }
            Change::AddProject { unit, name } => {
                let id = ProjectId(ledger.allocate_id());
                let project = Project::new(id, name.trim(), *unit);
                (Edit::PutProject(Box::new(project)), Created::Project(id))
            }
            Change::UpdateProject { project, .. } => {
                let Some(old) = ledger.project(project.id) else {
                    return Ok(None);
                };
                if old == project.as_ref() {
                    return Ok(None);
                }
                let mut updated = project.clone();
                let old_key = normalise_key(&old.name);
                if old_key != normalise_key(&updated.name)
                    && !updated.aliases.iter().any(|a| normalise_key(a) == old_key)
                {
                    updated.aliases.push(old.name.clone());
                }
                (Edit::PutProject(updated), Created::Nothing)
            }
            Change::DeleteProject { project } => {
                if ledger.project(*project).is_none() {
                    return Ok(None);
                }
                (Edit::RemoveProject(*project), Created::Nothing)
            }
            Change::SetMilestoneDone {
                project,
                milestone,
                done,
            } => return set_milestone_done(ledger, *project, *milestone, *done),
            Change::AddProgress {
                project,
                date,
                text,
            } => {
                let text = text.trim();
                if text.is_empty() {
                    return Ok(None);
                }
                let Some(updated) = ledger.project(*project) else {
                    return Ok(None);
                };
                let mut updated = updated.clone();
                updated.add_progress(*date, text);
                (Edit::PutProject(Box::new(updated)), Created::Nothing)
            }
            Change::AddGoal {
                unit,
                milestone,
                count,
                min_investment_yuan,
                by,
                text,
            } => {
                let goal = Goal {
                    id: GoalId(ledger.allocate_id()),
                    unit: *unit,
                    milestone: *milestone,
                    count: (*count).max(1),
                    min_investment_yuan: *min_investment_yuan,
                    from: None,
                    by: *by,
                    text: text.trim().to_string(),
                    source: None,
                    stamps: Default::default(),
                };
                (Edit::PutGoal(goal), Created::Nothing)
            }
            Change::UpdateGoal(goal) => {
                if ledger.goal(goal.id).is_none_or(|old| old == goal.as_ref()) {
                    return Ok(None);
                }
                (Edit::PutGoal(goal.as_ref().clone()), Created::Nothing)
            }
            Change::DeleteGoal(goal) => {
                if ledger.goal(*goal).is_none() {
                    return Ok(None);
                }
                (Edit::RemoveGoal(*goal), Created::Nothing)
            }
            Change::FollowUp(follow_up) => {
                let Some(edit) = follow_up.to_edit(ledger) else {
                    return Ok(None);
                };
                (edit, Created::Nothing)
            }
        };
        Ok(Some(Outcome::new(edit, created)))
    }

    /// The undo label ("撤销 勾选 萬鵬建材 开工").
    pub fn describe(&self, ledger: &Ledger, lang: Lang) -> String {
        let project_name = |id: &ProjectId| {
            ledger
                .project(*id)
                .map(|p| p.name.clone())
                .unwrap_or_default()
        };
        let unit_name = |id: &UnitId| ledger.unit(*id).map(|u| u.name.clone()).unwrap_or_default();
        match self {
            Change::AddUnit { name } => format!("{} {name}", lang.pick("新建区镇", "add unit")),
            Change::RenameUnit { unit, name } => format!(
                "{} {} → {name}",
                lang.pick("重命名", "rename"),
                unit_name(unit)
            ),
            Change::DeleteUnit { unit, .. } => {
                format!(
                    "{} {}",
                    lang.pick("删除区镇", "delete unit"),
                    unit_name(unit)
                )
            }
            Change::MergeUnits { from, into } => format!(
                "{} {} → {}",
                lang.pick("合并区镇", "merge unit"),
                unit_name(from),
                unit_name(into)
            ),
            Change::UpdateUnit { unit, what } => format!("{} · {what}", unit.name),
            Change::AddProject { name, .. } => {
                format!("{} {name}", lang.pick("新建项目", "add project"))
            }
            Change::UpdateProject { project, what } => format!("{} · {what}", project.name),
            Change::DeleteProject { project } => format!(
                "{} {}",
                lang.pick("删除项目", "delete project"),
                project_name(project)
            ),
            Change::SetMilestoneDone {
                project,
                milestone,
                done,
            } => format!(
                "{} {} {}",
                if done.is_some() {
                    lang.pick("勾选", "tick")
                } else {
                    lang.pick("取消勾选", "untick")
                },
                project_name(project),
                lang.milestone(*milestone)
            ),
            Change::AddProgress { project, .. } => format!(
                "{} {}",
                lang.pick("记录推进情况", "log progress on"),
                project_name(project)
            ),
            Change::AddGoal { text, .. } => format!("{} {text}", lang.pick("新增目标", "add goal")),
            Change::UpdateGoal(goal) => {
                format!("{} {}", lang.pick("修改目标", "edit goal"), goal.text)
            }
            Change::DeleteGoal(goal) => format!(
                "{} {}",
                lang.pick("删除目标", "delete goal"),
                ledger.goal(*goal).map(|g| g.text.as_str()).unwrap_or("")
            ),
            Change::FollowUp(follow_up) => follow_up.describe(ledger, lang),
        }
    }
}

/// Ticks or unticks a milestone of a project, keeping the done dates in order.
fn set_milestone_done(
    ledger: &Ledger,
    project: ProjectId,
    milestone: Milestone,
    done: Option<NaiveDate>,
) -> Result<Option<Outcome>, OrderError> {
    let Some(current) = ledger.project(project) else {
        return Ok(None);
    };
    let mut updated = current.clone();
    let moved = match done {
        Some(day) => set_done(&mut updated.milestones, milestone, day)?
            .into_iter()
            .map(|m| (m, day))
            .collect(),
        None => {
            let Some(state) = updated.milestones.get_mut(milestone) else {
                return Ok(None);
            };
            state.done = None;
            state.done_undated = false;
            state.done_inferred = false;
            Vec::new()
        }
    };
    if &updated == current {
        return Ok(None);
    }
    Ok(Some(Outcome {
        edit: Edit::PutProject(Box::new(updated)),
        created: Created::Nothing,
        moved,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, m, d).unwrap()
    }

    fn apply(ledger: &mut Ledger, change: Change) -> Created {
        let outcome = change.to_edit(ledger).unwrap().expect("a change");
        ledger.apply(outcome.edit).unwrap();
        outcome.created
    }

    #[test]
    fn ticking_a_later_milestone_infers_the_earlier_ones() {
        let mut ledger = Ledger::new();
        let Created::Unit(town) = apply(
            &mut ledger,
            Change::AddUnit {
                name: " 東海鎮 ".into(),
            },
        ) else {
            panic!()
        };
        assert_eq!(ledger.unit(town).unwrap().name, "東海鎮");
        let Created::Project(id) = apply(
            &mut ledger,
            Change::AddProject {
                unit: Some(town),
                name: "萬鵬建材".into(),
            },
        ) else {
            panic!()
        };
        apply(
            &mut ledger,
            Change::SetMilestoneDone {
                project: id,
                milestone: Milestone::Start,
                done: Some(date(2, 6)),
            },
        );
        let milestones = ledger.project(id).unwrap().milestones;
        assert_eq!(milestones.sign.done, Some(date(2, 6)));
        assert!(milestones.sign.done_inferred);
        assert_eq!(milestones.start.done, Some(date(2, 6)));
        assert!(!milestones.start.done_inferred);
        assert_eq!(milestones.complete.done, None);
        let earlier = Change::SetMilestoneDone {
            project: id,
            milestone: Milestone::Start,
            done: Some(date(1, 20)),
        };
        let outcome = earlier.to_edit(&mut ledger).unwrap().unwrap();
        assert_eq!(outcome.moved, [(Milestone::Sign, date(1, 20))]);
        ledger.apply(outcome.edit).unwrap();
        let late_sign = Change::SetMilestoneDone {
            project: id,
            milestone: Milestone::Sign,
            done: Some(date(3, 1)),
        };
        assert_eq!(
            late_sign.to_edit(&mut ledger),
            Err(OrderError {
                earlier: Milestone::Sign,
                earlier_done: date(3, 1),
                later: Milestone::Start,
                later_done: date(1, 20),
            })
        );
    }

    #[test]
    fn a_change_that_changes_nothing_makes_no_edit() {
        let mut ledger = Ledger::new();
        let Created::Unit(town) = apply(&mut ledger, Change::AddUnit { name: "a".into() }) else {
            panic!()
        };
        assert!(
            Change::RenameUnit {
                unit: town,
                name: "a".into()
            }
            .to_edit(&mut ledger)
                == Ok(None)
        );
        assert!(
            Change::DeleteProject {
                project: ProjectId(99)
            }
            .to_edit(&mut ledger)
                == Ok(None)
        );
    }

    #[test]
    fn deleting_a_unit_keeps_its_projects_in_one_step() {
        let mut ledger = Ledger::new();
        let Created::Unit(town) = apply(&mut ledger, Change::AddUnit { name: "a".into() }) else {
            panic!()
        };
        for name in ["p1", "p2"] {
            apply(
                &mut ledger,
                Change::AddProject {
                    unit: Some(town),
                    name: name.into(),
                },
            );
        }
        let outcome = Change::DeleteUnit {
            unit: town,
            projects_to: None,
        }
        .to_edit(&mut ledger)
        .unwrap()
        .unwrap();
        let revert = ledger.apply(outcome.edit).unwrap();
        assert_eq!(ledger.units().count(), 0);
        assert_eq!(ledger.projects_of(None).count(), 2, "kept, unassigned");
        ledger.apply(revert).unwrap();
        assert_eq!(ledger.projects_of(Some(town)).count(), 2);
    }
}
