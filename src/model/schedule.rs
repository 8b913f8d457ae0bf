//! Due dates and traffic lights (红黄绿灯): which targets are open, how many days are left or
//! overdue, and the light a project earns — always relative to a `today` passed in.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::project::{Milestone, Project};

/// How late a target may be before the light turns from yellow to red.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct LightThresholds {
    /// A target missed by 1..=this many days is yellow; later is red.
    pub yellow_max_days: i64,
}

impl Default for LightThresholds {
    fn default() -> Self {
        LightThresholds {
            yellow_max_days: 30,
        }
    }
}

/// 绿灯 on schedule, 黄灯 a target missed by a little, 红灯 missed by a lot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Light {
    Green = 0,
    Yellow = 1,
    Red = 2,
}

impl Light {
    pub const ALL: [Light; 3] = [Light::Green, Light::Yellow, Light::Red];
}

/// A target not yet reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenTarget<'a> {
    /// `Other` for targets outside the four milestones; `label` then says what.
    pub milestone: Milestone,
    pub label: Option<&'a str>,
    pub by: NaiveDate,
}

impl OpenTarget<'_> {
    /// Days from today to the target: positive is left, negative is overdue.
    pub fn days_left(&self, today: NaiveDate) -> i64 {
        (self.by - today).num_days()
    }
}

/// Every target of a project that has a date and is not yet done, earliest first.
pub fn open_targets(project: &Project) -> Vec<OpenTarget<'_>> {
    let mut targets: Vec<OpenTarget<'_>> = project
        .milestones
        .iter()
        .filter(|(_, state)| !state.is_done())
        .filter_map(|(milestone, state)| {
            state.target.map(|by| OpenTarget {
                milestone,
                label: None,
                by,
            })
        })
        .chain(
            project
                .other_targets
                .iter()
                .filter(|target| target.done.is_none())
                .filter_map(|target| {
                    target.by.map(|by| OpenTarget {
                        milestone: Milestone::Other,
                        label: Some(target.text.as_str()),
                        by,
                    })
                }),
        )
        .collect();
    targets.sort_by_key(|target| target.by);
    targets
}

/// The earliest open target, if any.
pub fn next_target(project: &Project) -> Option<OpenTarget<'_>> {
    open_targets(project).into_iter().next()
}

/// How many days the most overdue open target is late (0 when none is overdue).
pub fn days_overdue(project: &Project, today: NaiveDate) -> i64 {
    open_targets(project)
        .iter()
        .map(|target| -target.days_left(today))
        .max()
        .unwrap_or(0)
        .max(0)
}

/// The project's light today.
pub fn light(project: &Project, today: NaiveDate, thresholds: LightThresholds) -> Light {
    match days_overdue(project, today) {
        0 => Light::Green,
        days if days <= thresholds.yellow_max_days => Light::Yellow,
        _ => Light::Red,
    }
}

/// Does the project have an open target due today or within `days` days from today? An
/// overdue target is not "due soon": it is late (the yellow and red lights).
pub fn due_within(project: &Project, today: NaiveDate, days: i64) -> bool {
    open_targets(project)
        .iter()
        .any(|target| (0..=days).contains(&target.days_left(today)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ids::ProjectId;
    use crate::model::project::OtherTarget;

    fn date(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, m, d).unwrap()
    }

    fn due_end_of_march() -> Project {
        let mut project = Project::new(ProjectId(1), "萬鵬建材", None);
        project.milestones.produce.target = Some(date(3, 31));
        project
    }

    #[test]
    fn lights_follow_how_late_the_target_is() {
        let project = due_end_of_march();
        let t = LightThresholds::default();
        assert_eq!(light(&project, date(3, 31), t), Light::Green);
        assert_eq!(light(&project, date(4, 1), t), Light::Yellow);
        assert_eq!(light(&project, date(4, 30), t), Light::Yellow);
        assert_eq!(light(&project, date(5, 1), t), Light::Red);
        let strict = LightThresholds { yellow_max_days: 7 };
        assert_eq!(light(&project, date(4, 15), strict), Light::Red);
    }

    #[test]
    fn a_reached_target_is_no_longer_open() {
        let mut project = due_end_of_march();
        project.milestones.produce.done_undated = true;
        assert!(open_targets(&project).is_empty(), "done on a day unknown");
        project.milestones.produce.done_undated = false;
        project.milestones.produce.done = Some(date(4, 10));
        assert!(open_targets(&project).is_empty());
        assert_eq!(
            light(&project, date(6, 1), LightThresholds::default()),
            Light::Green
        );
    }

    #[test]
    fn days_left_and_next_target() {
        let mut project = due_end_of_march();
        project.other_targets.push(OtherTarget {
            text: "完成土建".into(),
            by: Some(date(2, 28)),
            done: None,
        });
        let next = next_target(&project).unwrap();
        assert_eq!(next.label, Some("完成土建"));
        assert_eq!(next.days_left(date(2, 14)), 14);
        assert_eq!(days_overdue(&project, date(4, 15)), 46);
        assert!(due_within(&project, date(2, 14), 14));
        assert!(!due_within(&project, date(2, 13), 14));
        assert!(
            due_within(&project, date(3, 31), 14),
            "due today is due soon"
        );
        assert!(
            !due_within(&project, date(4, 1), 14),
            "an overdue target is late, not due soon"
        );
    }
}
