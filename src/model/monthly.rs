//! Money against the plan, month by month: a project's 年度计划投资 for a year and, for each
//! month, the 完成投资 and the 形象进度 written that month. Cumulative figures (1–N月累计,
//! 占年度计划%, 开工以来累计, 占总投资%) are computed here from the months, never stored twice, and
//! 序时进度 (the share of the year elapsed) is what they are measured against. A figure known
//! only as part of a cumulative total (a 推进表's "1–4月累计" for months never entered one by
//! one) is kept as carried, never spread over months it may not belong to.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// What was done in one month.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct MonthFigure {
    /// 本月完成投资, whole yuan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done_yuan: Option<i64>,
    /// 形象进度: where the works stand, in the office's words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub image_progress: String,
}

impl MonthFigure {
    pub fn is_empty(&self) -> bool {
        self.done_yuan.is_none() && self.image_progress.is_empty()
    }
}

/// Completed in months 1..=`through_month` that were never entered month by month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Carried {
    pub through_month: u32,
    pub yuan: i64,
}

/// One year of a project's plan and its months.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct YearPlan {
    /// 年度计划投资, whole yuan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned_yuan: Option<i64>,
    /// What a cumulative figure says was done beyond the months entered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carried: Option<Carried>,
    /// By month number, 1–12.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub months: BTreeMap<u32, MonthFigure>,
}

impl YearPlan {
    pub fn is_empty(&self) -> bool {
        self.planned_yuan.is_none()
            && self.carried.is_none()
            && self.months.values().all(MonthFigure::is_empty)
    }

    /// 1–N月累计完成: the sum of months 1..=`month` and of what was carried through a month up
    /// to it; `None` when none of them has a figure.
    pub fn done_through(&self, month: u32) -> Option<i64> {
        let carried = self
            .carried
            .filter(|carried| carried.through_month <= month)
            .map(|carried| carried.yuan);
        self.months
            .range(1..=month)
            .filter_map(|(_, figure)| figure.done_yuan)
            .chain(carried)
            .fold(None, |sum, yuan| {
                Some(sum.unwrap_or(0).saturating_add(yuan))
            })
    }

    /// Makes the cumulative figure through `month` equal `cumulative`: what the months entered
    /// do not account for is carried through `month` (nothing is carried when they account for
    /// it all).
    pub fn set_cumulative(&mut self, month: u32, cumulative: i64) {
        self.carried = None;
        let entered = self.done_through(month);
        let rest = cumulative.saturating_sub(entered.unwrap_or(0));
        self.carried = (rest != 0 || entered.is_none()).then_some(Carried {
            through_month: month,
            yuan: rest,
        });
    }

    /// 占年度计划%: the cumulative figure through `month` as a percentage of the plan.
    pub fn share_of_plan(&self, month: u32) -> Option<f64> {
        let planned = self.planned_yuan.filter(|&yuan| yuan > 0)?;
        Some(self.done_through(month).unwrap_or(0) as f64 * 100.0 / planned as f64)
    }

    /// The latest 形象进度 written in a month up to `month`.
    pub fn image_progress_through(&self, month: u32) -> Option<&str> {
        self.months
            .range(1..=month)
            .rev()
            .map(|(_, figure)| figure.image_progress.as_str())
            .find(|text| !text.is_empty())
    }
}

/// A project's plans by year.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Plans(pub BTreeMap<i32, YearPlan>);

impl Plans {
    pub fn is_empty(&self) -> bool {
        self.0.values().all(YearPlan::is_empty)
    }

    pub fn year(&self, year: i32) -> Option<&YearPlan> {
        self.0.get(&year)
    }

    /// The plan of a year, created empty when there is none.
    pub fn year_mut(&mut self, year: i32) -> &mut YearPlan {
        self.0.entry(year).or_default()
    }

    /// 开工以来累计: everything done in the years before `year` and in `year` up to `month`.
    pub fn done_since_start(&self, year: i32, month: u32) -> Option<i64> {
        self.0
            .range(..=year)
            .filter_map(|(&y, plan)| plan.done_through(if y == year { month } else { 12 }))
            .fold(None, |sum, yuan| {
                Some(sum.unwrap_or(0).saturating_add(yuan))
            })
    }

    /// Removes the years that hold nothing.
    pub fn drop_empty_years(&mut self) {
        self.0.retain(|_, plan| !plan.is_empty());
    }

    /// Sets one month's figure, dropping empty months and years so that an edit undone leaves
    /// the plans as they were.
    pub fn set_month(&mut self, year: i32, month: u32, figure: MonthFigure) {
        let plan = self.year_mut(year);
        if figure.is_empty() {
            plan.months.remove(&month);
        } else {
            plan.months.insert(month, figure);
        }
        if plan.is_empty() {
            self.0.remove(&year);
        }
    }
}

/// 序时进度: the share of the year elapsed at the end of `month`, in percent.
pub fn time_progress(month: u32) -> f64 {
    f64::from(month.min(12)) * 100.0 / 12.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wan(n: i64) -> Option<i64> {
        Some(n * 10_000)
    }

    fn plans() -> Plans {
        let mut plans = Plans::default();
        plans.year_mut(2024).planned_yuan = wan(1000);
        plans.set_month(
            2024,
            12,
            MonthFigure {
                done_yuan: wan(900),
                image_progress: "基础完成".into(),
            },
        );
        plans.year_mut(2025).planned_yuan = wan(2000);
        for (month, amount) in [(1, 100), (2, 150), (4, 250)] {
            plans.set_month(
                2025,
                month,
                MonthFigure {
                    done_yuan: wan(amount),
                    image_progress: String::new(),
                },
            );
        }
        plans
    }

    #[test]
    fn cumulative_figures_are_sums_of_the_months() {
        let plans = plans();
        let year = plans.year(2025).unwrap();
        assert_eq!(year.done_through(3), wan(250));
        assert_eq!(year.done_through(4), wan(500));
        assert_eq!(year.share_of_plan(4), Some(25.0));
        assert_eq!(plans.done_since_start(2025, 4), wan(1400));
        assert_eq!(plans.done_since_start(2024, 11), None);
        assert_eq!(year.image_progress_through(12), None);
        assert_eq!(
            plans.year(2024).unwrap().image_progress_through(12),
            Some("基础完成")
        );
    }

    #[test]
    fn a_cumulative_figure_is_carried_beyond_the_months_entered() {
        let figure = |yuan| MonthFigure {
            done_yuan: Some(yuan),
            image_progress: String::new(),
        };
        let mut plan = YearPlan::default();
        plan.set_cumulative(4, 4500);
        assert_eq!(plan.done_through(4), Some(4500));
        assert_eq!(plan.done_through(3), None, "not spread over earlier months");
        assert!(plan.months.is_empty(), "no month is said to hold it");
        plan.months.insert(5, figure(500));
        assert_eq!(plan.done_through(5), Some(5000));
        plan.set_cumulative(5, 5000);
        assert_eq!(
            plan.carried.unwrap().yuan,
            4500,
            "still carried through April"
        );
        plan.months.insert(4, figure(4500));
        plan.set_cumulative(5, 5000);
        assert_eq!(plan.carried, None, "the months now account for it all");
        assert_eq!(plan.done_through(5), Some(5000));
    }

    #[test]
    fn time_progress_is_months_elapsed_over_twelve() {
        assert!((time_progress(4) - 33.333).abs() < 0.01);
        assert_eq!(time_progress(12), 100.0);
    }

    #[test]
    fn clearing_a_month_leaves_no_empty_year_behind() {
        let mut plans = Plans::default();
        plans.set_month(
            2025,
            3,
            MonthFigure {
                done_yuan: wan(1),
                image_progress: String::new(),
            },
        );
        plans.set_month(2025, 3, MonthFigure::default());
        assert_eq!(plans, Plans::default());
    }

    #[test]
    fn a_plan_of_nothing_has_no_share() {
        let mut plan = YearPlan::default();
        assert_eq!(plan.share_of_plan(4), None);
        plan.planned_yuan = Some(0);
        assert_eq!(plan.share_of_plan(4), None);
    }
}
