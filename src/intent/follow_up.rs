//! The changes of the monthly follow-up: a month's 完成投资 and 形象进度 (one cell, or a column
//! pasted from a spreadsheet), a year's 年度计划投资, 存在问题 added, edited, struck off (销号)
//! and reopened, and a 前期手续's target and done dates. Each becomes one `Edit` — one undo
//! step — or nothing when it changes nothing.

use chrono::NaiveDate;

use crate::i18n::Lang;
use crate::model::approval::{self, Approval};
use crate::model::monthly::MonthFigure;
use crate::model::problem::Problem;
use crate::model::{Edit, Ledger, ProblemId, Project, ProjectId};

/// One field of a month's figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MonthValue {
    /// 本月完成投资 in whole yuan; `None` clears it.
    Done(Option<i64>),
    /// 形象进度; empty clears it.
    Image(String),
}

#[derive(Debug, Clone, PartialEq)]
pub enum FollowUp {
    /// Sets one field of a month for each project listed: one cell typed, or a column pasted.
    SetMonth {
        year: i32,
        month: u32,
        entries: Vec<(ProjectId, MonthValue)>,
    },
    /// Sets (or, with `None`, clears) a year's 年度计划投资.
    SetYearPlan {
        project: ProjectId,
        year: i32,
        planned_yuan: Option<i64>,
    },
    AddProblem {
        project: ProjectId,
        text: String,
    },
    /// Replaces a problem with an edited copy (same id).
    EditProblem {
        project: ProjectId,
        problem: Box<Problem>,
    },
    /// 销号: the problem is solved on `on`.
    CloseProblem {
        project: ProjectId,
        problem: ProblemId,
        on: NaiveDate,
    },
    ReopenProblem {
        project: ProjectId,
        problem: ProblemId,
    },
    /// Sets a 前期手续's target and done dates (both empty: forgets it).
    SetApproval {
        project: ProjectId,
        approval: Approval,
    },
    /// Replaces the ledger's list of 前期手续 (one name a line as typed: trimmed, blank lines
    /// and repeats dropped). A project's dates of a name taken off the list are kept.
    SetApprovalNames {
        names: Vec<String>,
    },
}

impl FollowUp {
    /// The projects the change touches.
    pub fn projects(&self) -> Vec<ProjectId> {
        match self {
            FollowUp::SetMonth { entries, .. } => entries.iter().map(|(id, _)| *id).collect(),
            FollowUp::SetYearPlan { project, .. }
            | FollowUp::AddProblem { project, .. }
            | FollowUp::EditProblem { project, .. }
            | FollowUp::CloseProblem { project, .. }
            | FollowUp::ReopenProblem { project, .. }
            | FollowUp::SetApproval { project, .. } => vec![*project],
            FollowUp::SetApprovalNames { .. } => Vec::new(),
        }
    }

    /// The edit that makes this change, or `None` when it changes nothing.
    pub fn to_edit(&self, ledger: &mut Ledger) -> Option<Edit> {
        match self {
            FollowUp::SetMonth {
                year,
                month,
                entries,
            } => {
                let edits: Vec<Edit> = entries
                    .iter()
                    .filter_map(|(id, value)| {
                        updated(ledger, *id, |p| set_month(p, *year, *month, value))
                    })
                    .collect();
                match edits.len() {
                    0 => None,
                    1 => edits.into_iter().next(),
                    _ => Some(Edit::Batch(edits)),
                }
            }
            FollowUp::SetYearPlan {
                project,
                year,
                planned_yuan,
            } => updated(ledger, *project, |p| {
                p.plans.year_mut(*year).planned_yuan = *planned_yuan;
                if p.plans.year(*year).is_some_and(|plan| plan.is_empty()) {
                    p.plans.0.remove(year);
                }
            }),
            FollowUp::AddProblem { project, text } => {
                let text = text.trim();
                if text.is_empty() || ledger.project(*project).is_none() {
                    return None;
                }
                let id = ProblemId(ledger.allocate_id());
                updated(ledger, *project, |p| {
                    p.problems.push(Problem::new(id, text))
                })
            }
            FollowUp::EditProblem { project, problem } => updated(ledger, *project, |p| {
                if let Some(slot) = p.problems.iter_mut().find(|q| q.id == problem.id) {
                    *slot = problem.as_ref().clone();
                }
            }),
            FollowUp::CloseProblem {
                project,
                problem,
                on,
            } => updated(ledger, *project, |p| {
                if let Some(slot) = p.problems.iter_mut().find(|q| q.id == *problem) {
                    slot.closed = Some(*on);
                }
            }),
            FollowUp::ReopenProblem { project, problem } => updated(ledger, *project, |p| {
                if let Some(slot) = p.problems.iter_mut().find(|q| q.id == *problem) {
                    slot.closed = None;
                }
            }),
            FollowUp::SetApproval { project, approval } => updated(ledger, *project, |p| {
                approval::set(&mut p.approvals, approval.clone());
            }),
            FollowUp::SetApprovalNames { names } => {
                let mut cleaned: Vec<String> = Vec::new();
                for name in names.iter().map(|n| n.trim()).filter(|n| !n.is_empty()) {
                    if !cleaned.iter().any(|c| c == name) {
                        cleaned.push(name.to_string());
                    }
                }
                (cleaned != ledger.approval_names).then_some(Edit::SetApprovalNames(cleaned))
            }
        }
    }

    /// The undo label ("星河智造 · 4月完成投资").
    pub fn describe(&self, ledger: &Ledger, lang: Lang) -> String {
        let name = |id: &ProjectId| {
            ledger
                .project(*id)
                .map(|p| p.name.clone())
                .unwrap_or_default()
        };
        let problem_text = |project: &ProjectId, problem: &ProblemId| {
            ledger
                .project(*project)
                .and_then(|p| p.problems.iter().find(|q| q.id == *problem))
                .map(|q| q.text.clone())
                .unwrap_or_default()
        };
        match self {
            FollowUp::SetMonth { month, entries, .. } => {
                let what = match entries.first() {
                    Some((_, MonthValue::Image(_))) => lang.month_image(*month),
                    _ => lang.month_done(*month),
                };
                match entries.as_slice() {
                    [(id, _)] => format!("{} · {what}", name(id)),
                    _ => match lang {
                        Lang::Zh => format!("粘贴 {} 个项目的{what}", entries.len()),
                        Lang::En => format!("paste {what} of {} projects", entries.len()),
                    },
                }
            }
            FollowUp::SetYearPlan { project, year, .. } => format!(
                "{} · {year}{}",
                name(project),
                lang.pick("年度计划投资", " annual plan")
            ),
            FollowUp::AddProblem { project, text } => format!(
                "{} · {} {text}",
                name(project),
                lang.pick("新增问题", "add problem")
            ),
            FollowUp::EditProblem { project, problem } => format!(
                "{} · {} {}",
                name(project),
                lang.pick("修改问题", "edit problem"),
                problem.text
            ),
            FollowUp::CloseProblem {
                project, problem, ..
            } => format!(
                "{} · {} {}",
                name(project),
                lang.pick("销号", "close"),
                problem_text(project, problem)
            ),
            FollowUp::ReopenProblem { project, problem } => format!(
                "{} · {} {}",
                name(project),
                lang.pick("重新打开", "reopen"),
                problem_text(project, problem)
            ),
            FollowUp::SetApproval { project, approval } => {
                format!("{} · {}", name(project), approval.name)
            }
            FollowUp::SetApprovalNames { .. } => {
                lang.pick("前期手续清单", "list of approvals").to_string()
            }
        }
    }
}

/// The project edited by `edit`, as a `PutProject`, or `None` when it is gone or unchanged.
fn updated(ledger: &Ledger, id: ProjectId, edit: impl FnOnce(&mut Project)) -> Option<Edit> {
    let current = ledger.project(id)?;
    let mut project = current.clone();
    edit(&mut project);
    (project != *current).then(|| Edit::PutProject(Box::new(project)))
}

fn set_month(project: &mut Project, year: i32, month: u32, value: &MonthValue) {
    let mut figure: MonthFigure = project
        .plans
        .year(year)
        .and_then(|plan| plan.months.get(&month))
        .cloned()
        .unwrap_or_default();
    match value {
        MonthValue::Done(yuan) => figure.done_yuan = *yuan,
        MonthValue::Image(text) => figure.image_progress = text.trim().to_string(),
    }
    project.plans.set_month(year, month, figure);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, m, d).unwrap()
    }

    fn ledger_with(names: &[&str]) -> (Ledger, Vec<ProjectId>) {
        let mut ledger = Ledger::new();
        let ids = names
            .iter()
            .map(|name| {
                let id = ProjectId(ledger.allocate_id());
                ledger
                    .apply(Edit::PutProject(Box::new(Project::new(id, *name, None))))
                    .unwrap();
                id
            })
            .collect();
        (ledger, ids)
    }

    /// Applies the change; returns the edit that undoes it.
    fn apply(ledger: &mut Ledger, change: FollowUp) -> Edit {
        let edit = change.to_edit(ledger).expect("a change");
        ledger.apply(edit).unwrap()
    }

    #[test]
    fn a_pasted_column_is_one_step_and_undoes_to_nothing() {
        let (mut ledger, ids) = ledger_with(&["星河智造", "青禾物流园"]);
        let before = ledger.clone();
        let paste = FollowUp::SetMonth {
            year: 2025,
            month: 4,
            entries: vec![
                (ids[0], MonthValue::Done(Some(1_200_000))),
                (ids[1], MonthValue::Done(Some(300_000))),
            ],
        };
        assert_eq!(
            paste.describe(&ledger, Lang::Zh),
            "粘贴 2 个项目的4月完成投资"
        );
        let revert = apply(&mut ledger, paste);
        let plan = |ledger: &Ledger, id| ledger.project(id).unwrap().plans.year(2025).cloned();
        assert_eq!(
            plan(&ledger, ids[0]).unwrap().done_through(4),
            Some(1_200_000)
        );
        assert_eq!(
            plan(&ledger, ids[1]).unwrap().done_through(12),
            Some(300_000)
        );
        ledger.apply(revert).unwrap();
        assert_eq!(
            ledger.projects().cloned().collect::<Vec<_>>(),
            before.projects().cloned().collect::<Vec<_>>()
        );
    }

    #[test]
    fn image_progress_and_done_share_the_month() {
        let (mut ledger, ids) = ledger_with(&["星河智造"]);
        let set = |value| FollowUp::SetMonth {
            year: 2025,
            month: 3,
            entries: vec![(ids[0], value)],
        };
        apply(&mut ledger, set(MonthValue::Done(Some(50_000))));
        apply(&mut ledger, set(MonthValue::Image(" 主体封顶 ".into())));
        let project = ledger.project(ids[0]).unwrap();
        let figure = &project.plans.year(2025).unwrap().months[&3];
        assert_eq!(figure.done_yuan, Some(50_000));
        assert_eq!(figure.image_progress, "主体封顶");
        assert_eq!(
            set(MonthValue::Done(Some(50_000))).to_edit(&mut ledger),
            None
        );
        assert_eq!(
            set(MonthValue::Image("x".into())).describe(&ledger, Lang::Zh),
            "星河智造 · 3月形象进度"
        );
    }

    #[test]
    fn a_year_plan_cleared_leaves_no_year() {
        let (mut ledger, ids) = ledger_with(&["星河智造"]);
        let plan = |planned_yuan| FollowUp::SetYearPlan {
            project: ids[0],
            year: 2025,
            planned_yuan,
        };
        apply(&mut ledger, plan(Some(10_000_000)));
        assert_eq!(
            ledger
                .project(ids[0])
                .unwrap()
                .plans
                .year(2025)
                .unwrap()
                .planned_yuan,
            Some(10_000_000)
        );
        apply(&mut ledger, plan(None));
        assert!(ledger.project(ids[0]).unwrap().plans.is_empty());
    }

    #[test]
    fn a_problem_is_added_struck_off_and_reopened() {
        let (mut ledger, ids) = ledger_with(&["青禾物流园"]);
        let project = ids[0];
        assert_eq!(
            FollowUp::AddProblem {
                project,
                text: "  ".into()
            }
            .to_edit(&mut ledger),
            None,
            "an empty problem is no problem"
        );
        apply(
            &mut ledger,
            FollowUp::AddProblem {
                project,
                text: " 用电增容未批 ".into(),
            },
        );
        let problem = ledger.project(project).unwrap().problems[0].clone();
        assert_eq!(problem.text, "用电增容未批");
        let mut edited = problem.clone();
        edited.due = Some(day(4, 30));
        edited.owner_office = "供电所".into();
        apply(
            &mut ledger,
            FollowUp::EditProblem {
                project,
                problem: Box::new(edited),
            },
        );
        let close = FollowUp::CloseProblem {
            project,
            problem: problem.id,
            on: day(5, 6),
        };
        assert_eq!(
            close.describe(&ledger, Lang::Zh),
            "青禾物流园 · 销号 用电增容未批"
        );
        let undo_close = apply(&mut ledger, close);
        let stored = &ledger.project(project).unwrap().problems[0];
        assert_eq!(
            (stored.closed, stored.due),
            (Some(day(5, 6)), Some(day(4, 30)))
        );
        assert_eq!(stored.owner_office, "供电所");
        ledger.apply(undo_close).unwrap();
        assert!(ledger.project(project).unwrap().problems[0].is_open());
        apply(
            &mut ledger,
            FollowUp::CloseProblem {
                project,
                problem: problem.id,
                on: day(5, 6),
            },
        );
        apply(
            &mut ledger,
            FollowUp::ReopenProblem {
                project,
                problem: problem.id,
            },
        );
        assert!(ledger.project(project).unwrap().problems[0].is_open());
    }

    #[test]
    fn an_approval_ticked_and_cleared() {
        let (mut ledger, ids) = ledger_with(&["星河智造"]);
        let set = |target, done| FollowUp::SetApproval {
            project: ids[0],
            approval: Approval {
                name: "环评批复".into(),
                target,
                done,
            },
        };
        apply(&mut ledger, set(Some(day(5, 31)), Some(day(5, 2))));
        let approvals = &ledger.project(ids[0]).unwrap().approvals;
        assert_eq!(approvals.len(), 1);
        assert!(approvals[0].is_done());
        apply(&mut ledger, set(None, None));
        assert!(ledger.project(ids[0]).unwrap().approvals.is_empty());
        assert_eq!(set(None, None).to_edit(&mut ledger), None);
    }
}
