//! Changes a user makes to the ledger, in their own words (add a project, tick 开工 …), and how
//! each becomes one model [`Edit`] — one undo step.

use chrono::NaiveDate;

use crate::i18n::Lang;
use crate::model::{
    Edit, Goal, GoalId, Ledger, MILESTONES, Milestone, Project, ProjectId, Unit, UnitId,
};

#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    AddUnit {
        name: String,
    },
    RenameUnit {
        unit: UnitId,
        name: String,
    },
    /// Deletes the unit with its projects and goals.
    DeleteUnit {
        unit: UnitId,
    },
    AddProject {
        unit: Option<UnitId>,
        name: String,
    },
    /// Replaces a project with an edited copy; `what` names the field for the undo label.
    UpdateProject {
        project: Box<Project>,
        what: String,
    },
    DeleteProject {
        project: ProjectId,
    },
    /// Ticks (`Some(date)`) or unticks (`None`) a milestone. Ticking a milestone also ticks
    /// the earlier ones not yet done, with the same date, marked as inferred.
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
}

/// What a change created, so the view can select it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Created {
    Nothing,
    Unit(UnitId),
    Project(ProjectId),
}

impl Change {
    /// The edit that makes this change, or `None` when it changes nothing (e.g. the project
    /// was deleted meanwhile, or the new value equals the old).
    pub fn to_edit(&self, ledger: &mut Ledger) -> Option<(Edit, Created)> {
        match self {
            Change::AddUnit { name } => {
                let id = UnitId(ledger.allocate_id());
                Some((Edit::PutUnit(Unit::new(id, name.trim())), Created::Unit(id)))
            }
            Change::RenameUnit { unit, name } => {
                let mut renamed = ledger.unit(*unit)?.clone();
                if renamed.name == name.trim() {
                    return None;
                }
                renamed.name = name.trim().to_string();
                Some((Edit::PutUnit(renamed), Created::Nothing))
            }
            Change::DeleteUnit { unit } => {
                ledger.unit(*unit)?;
                let mut edits: Vec<Edit> = ledger
                    .projects_of(Some(*unit))
                    .map(|p| Edit::RemoveProject(p.id))
                    .collect();
                edits.extend(
                    ledger
                        .goals()
                        .filter(|g| g.unit == Some(*unit))
                        .map(|g| Edit::RemoveGoal(g.id)),
                );
                edits.push(Edit::RemoveUnit(*unit));
                Some((Edit::Batch(edits), Created::Nothing))
            }
            Change::AddProject { unit, name } => {
                let id = ProjectId(ledger.allocate_id());
                let project = Project::new(id, name.trim(), *unit);
                Some((Edit::PutProject(Box::new(project)), Created::Project(id)))
            }
            Change::UpdateProject { project, .. } => {
                if ledger.project(project.id)? == project.as_ref() {
                    return None;
                }
                Some((Edit::PutProject(project.clone()), Created::Nothing))
            }
            Change::DeleteProject { project } => {
                ledger.project(*project)?;
                Some((Edit::RemoveProject(*project), Created::Nothing))
            }
            Change::SetMilestoneDone {
                project,
                milestone,
                done,
            } => {
                let mut updated = ledger.project(*project)?.clone();
                let position = MILESTONES.iter().position(|m| m == milestone)?;
                let state = updated.milestones.get_mut(*milestone)?;
                if state.done == *done {
                    return None;
                }
                state.done = *done;
                state.done_inferred = false;
                if let Some(date) = done {
                    for earlier in &MILESTONES[..position] {
                        if let Some(state) = updated.milestones.get_mut(*earlier)
                            && state.done.is_none()
                        {
                            state.done = Some(*date);
                            state.done_inferred = true;
                        }
                    }
                }
                Some((Edit::PutProject(Box::new(updated)), Created::Nothing))
            }
            Change::AddProgress {
                project,
                date,
                text,
            } => {
                let text = text.trim();
                if text.is_empty() {
                    return None;
                }
                let mut updated = ledger.project(*project)?.clone();
                updated.add_progress(*date, text);
                Some((Edit::PutProject(Box::new(updated)), Created::Nothing))
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
                };
                Some((Edit::PutGoal(goal), Created::Nothing))
            }
            Change::UpdateGoal(goal) => {
                if ledger.goal(goal.id)? == goal.as_ref() {
                    return None;
                }
                Some((Edit::PutGoal(goal.as_ref().clone()), Created::Nothing))
            }
            Change::DeleteGoal(goal) => {
                ledger.goal(*goal)?;
                Some((Edit::RemoveGoal(*goal), Created::Nothing))
            }
        }
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
            Change::DeleteUnit { unit } => {
                format!(
                    "{} {}",
                    lang.pick("删除区镇", "delete unit"),
                    unit_name(unit)
                )
            }
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
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, m, d).unwrap()
    }

    fn apply(ledger: &mut Ledger, change: Change) -> Created {
        let (edit, created) = change.to_edit(ledger).expect("a change");
        ledger.apply(edit).unwrap();
        created
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
            .is_none()
        );
        assert!(
            Change::DeleteProject {
                project: ProjectId(99)
            }
            .to_edit(&mut ledger)
            .is_none()
        );
    }

    #[test]
    fn deleting_a_unit_takes_its_projects_in_one_step() {
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
        let (edit, _) = Change::DeleteUnit { unit: town }
            .to_edit(&mut ledger)
            .unwrap();
        let revert = ledger.apply(edit).unwrap();
        assert!(ledger.is_empty());
        ledger.apply(revert).unwrap();
        assert_eq!(ledger.projects().count(), 2);
    }
}
