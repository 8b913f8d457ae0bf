//! The rule that decides a project's light (亮灯), chosen in the settings: by target dates
//! (a target missed by a little is yellow, by a lot red), by investment against 序时进度
//! (green at or above it, yellow 10–30 points behind, red beyond), or by start lateness (yellow
//! when not started in the planned month, red three months after). Every verdict carries its
//! reason, which the views show on hover and the report prints.

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::monthly::time_progress;
use super::project::{Milestone, Project};
use super::schedule::{Light, LightThresholds, days_overdue, open_targets};

/// Which rule decides the lights.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LightRule {
    /// By how late the earliest open target is.
    #[default]
    Targets,
    /// By 1–N月累计完成 against 序时进度.
    Progress,
    /// By how long after the planned month the start is late.
    StartLateness,
}

impl LightRule {
    pub const ALL: [LightRule; 3] = [
        LightRule::Targets,
        LightRule::Progress,
        LightRule::StartLateness,
    ];

    /// The rule's name on the command line.
    pub fn key(self) -> &'static str {
        match self {
            LightRule::Targets => "targets",
            LightRule::Progress => "progress",
            LightRule::StartLateness => "start",
        }
    }

    pub fn from_key(key: &str) -> Option<LightRule> {
        LightRule::ALL.into_iter().find(|rule| rule.key() == key)
    }
}

/// The rule and its thresholds.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct LightSettings {
    #[serde(default)]
    pub rule: LightRule,
    #[serde(default)]
    pub thresholds: LightThresholds,
    /// Points behind 序时进度 from which the light is yellow.
    #[serde(default = "default_yellow_points")]
    pub yellow_points: f64,
    /// Points behind 序时进度 beyond which the light is red.
    #[serde(default = "default_red_points")]
    pub red_points: f64,
}

fn default_yellow_points() -> f64 {
    10.0
}

fn default_red_points() -> f64 {
    30.0
}

impl Default for LightSettings {
    fn default() -> Self {
        LightSettings {
            rule: LightRule::default(),
            thresholds: LightThresholds::default(),
            yellow_points: default_yellow_points(),
            red_points: default_red_points(),
        }
    }
}

/// Why a light is what it is.
#[derive(Debug, Clone, PartialEq)]
pub enum LightReason {
    /// Nothing is late.
    OnSchedule,
    /// A target is overdue by this many days.
    TargetOverdue { milestone: Milestone, days: i64 },
    /// The year's completion is this far from 序时进度 (negative: behind).
    Progress { share: f64, time_progress: f64 },
    /// No 年度计划投资 for the year, so progress cannot be judged.
    NoPlan,
    /// Not started; the planned start was `planned`, `months` whole months ago.
    StartLate { planned: NaiveDate, months: u32 },
}

/// A light with its reason.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    pub light: Light,
    pub reason: LightReason,
}

/// The month a judgement is made for: the report's month, or today's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AsOf {
    pub today: NaiveDate,
    pub year: i32,
    pub month: u32,
}

impl AsOf {
    /// Judged today, for today's month.
    pub fn today(today: NaiveDate) -> Self {
        AsOf {
            today,
            year: today.year(),
            month: today.month(),
        }
    }
}

/// The project's light under `settings`.
pub fn judge(project: &Project, settings: &LightSettings, as_of: AsOf) -> Verdict {
    match settings.rule {
        LightRule::Targets => by_targets(project, settings.thresholds, as_of.today),
        LightRule::Progress => by_progress(project, settings, as_of),
        LightRule::StartLateness => by_start(project, as_of.today),
    }
}

fn by_targets(project: &Project, thresholds: LightThresholds, today: NaiveDate) -> Verdict {
    let days = days_overdue(project, today);
    if days == 0 {
        return Verdict {
            light: Light::Green,
            reason: LightReason::OnSchedule,
        };
    }
    let milestone = open_targets(project)
        .into_iter()
        .find(|target| -target.days_left(today) == days)
        .map(|target| target.milestone)
        .unwrap_or(Milestone::Other);
    Verdict {
        light: if days <= thresholds.yellow_max_days {
            Light::Yellow
        } else {
            Light::Red
        },
        reason: LightReason::TargetOverdue { milestone, days },
    }
}

fn by_progress(project: &Project, settings: &LightSettings, as_of: AsOf) -> Verdict {
    let Some(share) = project
        .plans
        .year(as_of.year)
        .and_then(|plan| plan.share_of_plan(as_of.month))
    else {
        return Verdict {
            light: Light::Green,
            reason: LightReason::NoPlan,
        };
    };
    let time = time_progress(as_of.month);
    let behind = time - share;
    let light = if behind > settings.red_points {
        Light::Red
    } else if behind >= settings.yellow_points {
        Light::Yellow
    } else {
        Light::Green
    };
    Verdict {
        light,
        reason: LightReason::Progress {
            share,
            time_progress: time,
        },
    }
}

fn by_start(project: &Project, today: NaiveDate) -> Verdict {
    let start = &project.milestones.start;
    let on_schedule = Verdict {
        light: Light::Green,
        reason: LightReason::OnSchedule,
    };
    let Some(planned) = start.target else {
        return on_schedule;
    };
    if start.is_done() || project.milestones.complete.is_done() {
        return on_schedule;
    }
    let months = whole_months_after_planned_month(planned, today);
    match months {
        None => on_schedule,
        Some(months) => Verdict {
            light: if months >= 3 {
                Light::Red
            } else {
                Light::Yellow
            },
            reason: LightReason::StartLate { planned, months },
        },
    }
}

/// How many whole months `today` is past the end of `planned`'s month (`None`: not past it).
fn whole_months_after_planned_month(planned: NaiveDate, today: NaiveDate) -> Option<u32> {
    let month_start = planned.with_day(1)?;
    let end_of_month = month_start.checked_add_months(Months::new(1))?.pred_opt()?;
    if today <= end_of_month {
        return None;
    }
    let mut months = 0;
    while end_of_month
        .checked_add_months(Months::new(months + 1))
        .is_some_and(|later| later < today)
    {
        months += 1;
    }
    Some(months)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ids::ProjectId;
    use crate::model::monthly::MonthFigure;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, m, d).unwrap()
    }

    fn with_plan(planned_wan: i64, done_wan: i64) -> Project {
        let mut project = Project::new(ProjectId(1), "星河智造", None);
        project.plans.year_mut(2025).planned_yuan = Some(planned_wan * 10_000);
        project.plans.set_month(
            2025,
            4,
            MonthFigure {
                done_yuan: Some(done_wan * 10_000),
                image_progress: String::new(),
            },
        );
        project
    }

    fn progress() -> LightSettings {
        LightSettings {
            rule: LightRule::Progress,
            ..LightSettings::default()
        }
    }

    #[test]
    fn progress_lights_compare_the_share_of_plan_with_time_elapsed() {
        let april = AsOf::today(day(4, 30));
        let light = |done| judge(&with_plan(1000, done), &progress(), april).light;
        assert_eq!(light(340), Light::Green, "34% against 33.3%");
        assert_eq!(light(240), Light::Green, "9.3 points behind");
        assert_eq!(light(230), Light::Yellow, "10.3 points behind");
        assert_eq!(light(40), Light::Yellow, "29.3 points behind");
        assert_eq!(light(30), Light::Red, "30.3 points behind");
        let verdict = judge(
            &Project::new(ProjectId(2), "无计划", None),
            &progress(),
            april,
        );
        assert_eq!(verdict.reason, LightReason::NoPlan);
    }

    #[test]
    fn start_lateness_is_yellow_after_the_planned_month_and_red_three_months_on() {
        let mut project = Project::new(ProjectId(1), "青禾物流园", None);
        project.milestones.start.target = Some(day(3, 10));
        let rule = LightSettings {
            rule: LightRule::StartLateness,
            ..LightSettings::default()
        };
        let light = |project: &Project, today| judge(project, &rule, AsOf::today(today)).light;
        assert_eq!(light(&project, day(3, 31)), Light::Green);
        assert_eq!(light(&project, day(4, 1)), Light::Yellow);
        assert_eq!(light(&project, day(6, 30)), Light::Yellow);
        assert_eq!(light(&project, day(7, 1)), Light::Red);
        project.milestones.start.done = Some(day(6, 1));
        assert_eq!(light(&project, day(7, 1)), Light::Green);
    }

    #[test]
    fn the_target_rule_names_the_late_milestone() {
        let mut project = Project::new(ProjectId(1), "x", None);
        project.milestones.produce.target = Some(day(3, 31));
        let verdict = judge(&project, &LightSettings::default(), AsOf::today(day(4, 10)));
        assert_eq!(verdict.light, Light::Yellow);
        assert_eq!(
            verdict.reason,
            LightReason::TargetOverdue {
                milestone: Milestone::Produce,
                days: 10
            }
        );
    }

    #[test]
    fn rule_keys_round_trip() {
        for rule in LightRule::ALL {
            assert_eq!(LightRule::from_key(rule.key()), Some(rule));
        }
    }
}
