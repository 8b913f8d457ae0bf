//! A project in the ledger: its name, unit, investment, the four milestones with done and
//! target dates, the responsible person, a dated progress log, notes and source links.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use town_tracker_article::{Milestone, Status};

use super::approval::Approval;
use super::ids::{ProjectId, SourceId, UnitId};
use super::money::Investment;
use super::monthly::Plans;
use super::problem::Problem;
use super::stamp::{RecordStamps, Stamped};

/// The four milestones a project passes, in order.
pub const MILESTONES: [Milestone; 4] = [
    Milestone::Sign,
    Milestone::Start,
    Milestone::Complete,
    Milestone::Produce,
];

/// The stages a ledger project can be in, in order (started and under construction are one
/// stage in the ledger: 开工 done and 竣工 not yet).
pub const STAGES: [Status; 6] = [
    Status::Planned,
    Status::Negotiating,
    Status::Signed,
    Status::UnderConstruction,
    Status::Completed,
    Status::InProduction,
];

/// One milestone of one project: when it happened, and when it is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct MilestoneState {
    /// The day it happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done: Option<NaiveDate>,
    /// It happened, but on a day nobody knows (an undated article said so): "日期不详".
    /// Never set together with `done`.
    #[serde(default, skip_serializing_if = "is_false")]
    pub done_undated: bool,
    /// `done` was inferred (from an article's status or date), not entered by a person.
    #[serde(default, skip_serializing_if = "is_false")]
    pub done_inferred: bool,
    /// The day it is due.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<NaiveDate>,
}

fn is_false(value: &bool) -> bool {
    !value
}

impl MilestoneState {
    /// Nothing recorded: not done, no target.
    pub fn is_unset(&self) -> bool {
        *self == MilestoneState::default()
    }

    /// Reached, with or without a known day.
    pub fn is_done(&self) -> bool {
        self.done.is_some() || self.done_undated
    }
}

/// 签约 → 开工 → 竣工 → 投产.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Milestones {
    #[serde(default, skip_serializing_if = "MilestoneState::is_unset")]
    pub sign: MilestoneState,
    #[serde(default, skip_serializing_if = "MilestoneState::is_unset")]
    pub start: MilestoneState,
    #[serde(default, skip_serializing_if = "MilestoneState::is_unset")]
    pub complete: MilestoneState,
    #[serde(default, skip_serializing_if = "MilestoneState::is_unset")]
    pub produce: MilestoneState,
}

impl Milestones {
    /// Nothing recorded for any milestone.
    pub fn is_unset(&self) -> bool {
        *self == Milestones::default()
    }

    /// The state of one of the four milestones; `Other` has none and gives `None`.
    pub fn get(&self, milestone: Milestone) -> Option<&MilestoneState> {
        match milestone {
            Milestone::Sign => Some(&self.sign),
            Milestone::Start => Some(&self.start),
            Milestone::Complete => Some(&self.complete),
            Milestone::Produce => Some(&self.produce),
            Milestone::Other => None,
        }
    }

    /// Mutable access to one of the four milestones; `Other` gives `None`.
    pub fn get_mut(&mut self, milestone: Milestone) -> Option<&mut MilestoneState> {
        match milestone {
            Milestone::Sign => Some(&mut self.sign),
            Milestone::Start => Some(&mut self.start),
            Milestone::Complete => Some(&mut self.complete),
            Milestone::Produce => Some(&mut self.produce),
            Milestone::Other => None,
        }
    }

    /// The four milestones with their states, in order.
    pub fn iter(&self) -> impl Iterator<Item = (Milestone, &MilestoneState)> {
        [&self.sign, &self.start, &self.complete, &self.produce]
            .into_iter()
            .zip(MILESTONES)
            .map(|(state, milestone)| (milestone, state))
    }
}

/// Where a project stands before it is signed, when someone said so.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Pursuit {
    /// 前期 / 待建: planned, nobody is negotiating yet.
    Planned,
    /// 在谈 / 对接 / 洽谈.
    Negotiating,
}

/// 建设性质: what the project's year is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// 新开工: starts this year.
    NewStart,
    /// 续建: started in an earlier year, building on.
    Continuing,
    /// 竣工投产: to be completed and put into production this year.
    CompleteProduce,
    /// 预备 / 前期: still being prepared.
    Preparatory,
}

impl Category {
    pub const ALL: [Category; 4] = [
        Category::NewStart,
        Category::Continuing,
        Category::CompleteProduce,
        Category::Preparatory,
    ];
}

/// Whose list of key projects it is on (省/市/县重点).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Province,
    City,
    County,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::Province, Level::City, Level::County];
}

/// A target that is not one of the four milestones (封顶, 完成土建 …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OtherTarget {
    /// What must happen, as written ("9月底前完成土建").
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done: Option<NaiveDate>,
}

/// One dated line of the progress log (推进情况).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgressEntry {
    pub date: NaiveDate,
    pub text: String,
}

/// A link from a project to an article that mentioned it, with the sentence it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceLink {
    pub source: SourceId,
    pub sentence: String,
}

/// A major project (重大项目) a unit is pushing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Project {
    pub id: ProjectId,
    /// As written by the article or the user (Simplified or Traditional).
    pub name: String,
    /// Names it had before it was renamed, so articles that use them still find it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<UnitId>,
    /// The company behind the project, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub investment: Option<Investment>,
    /// 建设地点.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub location: String,
    /// 建设性质.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<Category>,
    /// 省/市/县重点.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    /// 所属行业 / 产业类别.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub industry: String,
    /// 建设内容及规模.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub scope: String,
    #[serde(default, skip_serializing_if = "Milestones::is_unset")]
    pub milestones: Milestones,
    /// Planned or negotiating, for a project not yet signed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pursuit: Option<Pursuit>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_targets: Vec<OtherTarget>,
    /// 责任人 / 挂钩领导.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub responsible: String,
    /// 推进情况, newest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub progress: Vec<ProgressEntry>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceLink>,
    /// 年度计划投资 and the months' figures, by year.
    #[serde(default, skip_serializing_if = "Plans::is_empty")]
    pub plans: Plans,
    /// 存在问题, in the order they were raised.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<Problem>,
    /// 前期手续 with a target or done date.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub approvals: Vec<Approval>,
    #[serde(default, skip_serializing_if = "RecordStamps::is_empty")]
    pub stamps: RecordStamps,
}

impl Stamped for Project {
    fn stamps(&self) -> &RecordStamps {
        &self.stamps
    }
    fn stamps_mut(&mut self) -> &mut RecordStamps {
        &mut self.stamps
    }
}

impl Project {
    /// A new project with nothing known but its name and unit.
    pub fn new(id: ProjectId, name: impl Into<String>, unit: Option<UnitId>) -> Self {
        Project {
            id,
            name: name.into(),
            aliases: Vec::new(),
            unit,
            owner: None,
            investment: None,
            location: String::new(),
            category: None,
            level: None,
            industry: String::new(),
            scope: String::new(),
            milestones: Milestones::default(),
            pursuit: None,
            other_targets: Vec::new(),
            responsible: String::new(),
            progress: Vec::new(),
            notes: String::new(),
            sources: Vec::new(),
            plans: Plans::default(),
            problems: Vec::new(),
            approvals: Vec::new(),
            stamps: RecordStamps::default(),
        }
    }

    /// Where the project stands, derived from its milestones: the furthest one done decides
    /// (开工 done and 竣工 not yet means under construction); before signing, the stated
    /// pursuit (negotiating) or planned.
    pub fn status(&self) -> Status {
        let m = &self.milestones;
        if m.produce.is_done() {
            Status::InProduction
        } else if m.complete.is_done() {
            Status::Completed
        } else if m.start.is_done() {
            Status::UnderConstruction
        } else if m.sign.is_done() {
            Status::Signed
        } else if self.pursuit == Some(Pursuit::Negotiating) {
            Status::Negotiating
        } else {
            Status::Planned
        }
    }

    /// Adds a progress entry, keeping the log newest first (a new entry goes before older
    /// entries of the same day).
    pub fn add_progress(&mut self, date: NaiveDate, text: impl Into<String>) {
        let position = self
            .progress
            .iter()
            .position(|entry| entry.date <= date)
            .unwrap_or(self.progress.len());
        self.progress.insert(
            position,
            ProgressEntry {
                date,
                text: text.into(),
            },
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, m, d).unwrap()
    }

    #[test]
    fn status_follows_the_furthest_milestone_done() {
        let mut project = Project::new(ProjectId(1), "萬鵬建材", None);
        assert_eq!(project.status(), Status::Planned);
        project.pursuit = Some(Pursuit::Negotiating);
        assert_eq!(project.status(), Status::Negotiating);
        project.milestones.sign.done = Some(day(1, 5));
        assert_eq!(project.status(), Status::Signed);
        project.milestones.start.done = Some(day(2, 6));
        assert_eq!(project.status(), Status::UnderConstruction);
        project.milestones.produce.done = Some(day(3, 30));
        assert_eq!(project.status(), Status::InProduction);
        project.milestones.produce.done = None;
        project.milestones.complete.done = Some(day(3, 1));
        assert_eq!(project.status(), Status::Completed);
        project.milestones.produce.done_undated = true;
        assert_eq!(project.status(), Status::InProduction);
    }

    #[test]
    fn progress_log_is_newest_first() {
        let mut project = Project::new(ProjectId(1), "x", None);
        project.add_progress(day(2, 1), "厂房封顶");
        project.add_progress(day(4, 10), "设备安装完成");
        project.add_progress(day(3, 1), "主体完工");
        project.add_progress(day(4, 10), "试生产");
        let texts: Vec<_> = project.progress.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(texts, ["试生产", "设备安装完成", "主体完工", "厂房封顶"]);
    }

    #[test]
    fn milestones_iterate_in_order() {
        let mut milestones = Milestones::default();
        milestones.get_mut(Milestone::Complete).unwrap().target = Some(day(6, 30));
        assert!(milestones.get_mut(Milestone::Other).is_none());
        let order: Vec<_> = milestones.iter().map(|(m, _)| m).collect();
        assert_eq!(order, MILESTONES);
        assert_eq!(
            milestones.get(Milestone::Complete).unwrap().target,
            Some(day(6, 30))
        );
    }
}
