//! A goal that is not one project: "确保一季度新签约10亿元以上项目1个" — reach a milestone with
//! a number of projects, each at least so large, by a date.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::ids::{GoalId, ProjectId, SourceId, UnitId};
use super::project::{Milestone, Project};
use super::stamp::{RecordStamps, Stamped};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Goal {
    pub id: GoalId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<UnitId>,
    pub milestone: Milestone,
    /// How many projects must reach the milestone.
    pub count: u32,
    /// The least investment a project must have to count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_investment_yuan: Option<i64>,
    /// The first day that counts (default: 1 January of the year of `by`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<NaiveDate>,
    /// As written.
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceId>,
    #[serde(default, skip_serializing_if = "RecordStamps::is_empty")]
    pub stamps: RecordStamps,
}

impl Stamped for Goal {
    fn stamps(&self) -> &RecordStamps {
        &self.stamps
    }
    fn stamps_mut(&mut self) -> &mut RecordStamps {
        &mut self.stamps
    }
}

/// How far a goal has come.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoalProgress {
    /// The projects that count towards it.
    pub projects: Vec<ProjectId>,
    pub count: u32,
}

impl GoalProgress {
    pub fn achieved(&self) -> u32 {
        u32::try_from(self.projects.len()).unwrap_or(u32::MAX)
    }

    pub fn is_met(&self) -> bool {
        self.achieved() >= self.count
    }

    /// Met; still open; or past its date and not met (未完成).
    pub fn state(&self, by: Option<NaiveDate>, today: NaiveDate) -> GoalState {
        if self.is_met() {
            GoalState::Met
        } else if by.is_some_and(|by| by < today) {
            GoalState::Missed
        } else {
            GoalState::Open
        }
    }
}

/// Where a goal stands on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GoalState {
    Met,
    Open,
    /// Its date has passed and it was not met.
    Missed,
}

impl Goal {
    /// The first day that counts.
    pub fn period_start(&self) -> Option<NaiveDate> {
        self.from.or_else(|| {
            self.by
                .and_then(|by| NaiveDate::from_ymd_opt(by.year(), 1, 1))
        })
    }

    /// Of `projects`, those of the goal's unit (any unit when it has none) that reached the
    /// goal's milestone within its period with at least its least investment.
    pub fn progress<'a>(&self, projects: impl IntoIterator<Item = &'a Project>) -> GoalProgress {
        let start = self.period_start();
        let projects = projects
            .into_iter()
            .filter(|p| self.unit.is_none() || p.unit == self.unit)
            .filter(|p| {
                let Some(done) = p.milestones.get(self.milestone).and_then(|s| s.done) else {
                    return false;
                };
                start.is_none_or(|start| done >= start) && self.by.is_none_or(|by| done <= by)
            })
            .filter(|p| {
                self.min_investment_yuan
                    .is_none_or(|least| p.investment.is_some_and(|i| i.yuan >= least))
            })
            .map(|p| p.id)
            .collect();
        GoalProgress {
            projects,
            count: self.count,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ledger::{Edit, Ledger};
    use crate::model::money::{AmountKind, Investment, Qualifier};
    use crate::model::project::Project;
    use crate::model::unit::Unit;

    fn date(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, m, d).unwrap()
    }

    #[test]
    fn progress_counts_big_enough_projects_signed_in_the_period() {
        let mut ledger = Ledger::new();
        let town = UnitId(ledger.allocate_id());
        let other = UnitId(ledger.allocate_id());
        ledger
            .apply(Edit::PutUnit(Unit::new(town, "東海鎮")))
            .unwrap();
        ledger
            .apply(Edit::PutUnit(Unit::new(other, "匯龍鎮")))
            .unwrap();
        let cases = [
            (town, 1_200_000_000, Some(date(2, 10))),
            (town, 300_000_000, Some(date(2, 11))),
            (town, 2_000_000_000, Some(date(4, 2))),
            (town, 1_500_000_000, None),
            (town, 3_000_000_000, NaiveDate::from_ymd_opt(2007, 2, 1)),
            (other, 5_000_000_000, Some(date(1, 20))),
        ];
        let mut counted = None;
        for (unit, yuan, signed) in cases {
            let id = ProjectId(ledger.allocate_id());
            let mut project = Project::new(id, "p", Some(unit));
            project.investment = Some(Investment {
                yuan,
                qualifier: Qualifier::Exact,
                kind: AmountKind::Total,
            });
            project.milestones.sign.done = signed;
            counted.get_or_insert(id);
            ledger.apply(Edit::PutProject(Box::new(project))).unwrap();
        }
        let goal = Goal {
            id: GoalId(ledger.allocate_id()),
            unit: Some(town),
            milestone: Milestone::Sign,
            count: 1,
            min_investment_yuan: Some(1_000_000_000),
            from: None,
            by: Some(date(3, 31)),
            text: "确保一季度新签约10亿元以上项目1个".into(),
            source: None,
            stamps: Default::default(),
        };
        assert_eq!(goal.period_start(), Some(date(1, 1)));
        let progress = goal.progress(ledger.projects());
        assert_eq!(progress.projects, vec![counted.unwrap()]);
        assert!(progress.is_met());
        assert_eq!(progress.state(goal.by, date(4, 15)), GoalState::Met);
        let two = Goal {
            count: 2,
            ..goal.clone()
        };
        let short = two.progress(ledger.projects());
        assert!(!short.is_met(), "a project signed in 2007 does not count");
        assert_eq!(short.state(two.by, date(3, 31)), GoalState::Open);
        assert_eq!(short.state(two.by, date(4, 1)), GoalState::Missed);
        let anywhere = Goal { unit: None, ..goal };
        assert_eq!(anywhere.progress(ledger.projects()).achieved(), 2);
    }
}
