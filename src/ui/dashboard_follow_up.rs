//! The dashboard's monthly follow-up: completion against the year's plan by unit (ranked
//! bars), how many projects are behind 序时进度, and the open and overdue 存在问题.

use chrono::Datelike;
use eframe::egui::Ui;

use super::AppView;
use super::dashboard::{BarRow, ranked_bars};
use super::widgets::light_color;
use crate::i18n::Lang;
use crate::model::monthly::time_progress;
use crate::model::schedule::Light;

/// The headline counts: behind 序时进度, open problems, overdue problems.
pub struct FollowUpCounts {
    pub behind: usize,
    pub open_problems: usize,
    pub overdue_problems: usize,
}

pub fn counts(app: &AppView<'_>) -> FollowUpCounts {
    let (year, month) = (app.today.year(), app.today.month());
    let time = time_progress(month);
    let projects = || app.ledger.projects();
    let problems = || {
        projects()
            .flat_map(|p| p.problems.iter())
            .filter(|p| p.is_open())
    };
    FollowUpCounts {
        behind: projects()
            .filter_map(|p| p.plans.year(year)?.share_of_plan(month))
            .filter(|share| *share < time)
            .count(),
        open_problems: problems().count(),
        overdue_problems: problems().filter(|p| p.is_overdue(app.today)).count(),
    }
}

/// Each unit's 1–N月累计 as a share of its projects' 年度计划, highest first.
pub fn completion_by_unit(ui: &mut Ui, app: &AppView<'_>) {
    let lang = app.lang();
    let (year, month) = (app.today.year(), app.today.month());
    ui.strong(match lang {
        Lang::Zh => format!("各区镇完成年度计划(1–{month}月)"),
        Lang::En => format!("Annual plan done by unit (Jan–{})", lang.month(month)),
    });
    let mut rows: Vec<(String, f64)> = app
        .ledger
        .units()
        .filter_map(|unit| {
            let plans = app
                .ledger
                .projects_of(Some(unit.id))
                .filter_map(|p| p.plans.year(year));
            let (planned, done) = plans.fold((0i128, 0i128), |(planned, done), plan| {
                (
                    planned + i128::from(plan.planned_yuan.unwrap_or(0).max(0)),
                    done + i128::from(plan.done_through(month).unwrap_or(0)),
                )
            });
            (planned > 0).then(|| (unit.name.clone(), done as f64 * 100.0 / planned as f64))
        })
        .collect();
    if rows.is_empty() {
        ui.weak(lang.pick("还没有年度计划投资。", "No annual plans yet."));
        return;
    }
    rows.sort_by(|a, b| b.1.total_cmp(&a.1));
    let bars: Vec<BarRow> = rows
        .into_iter()
        .map(|(name, share)| BarRow {
            name,
            value: share,
            figure: format!("{share:.1}%"),
        })
        .collect();
    ranked_bars(ui, "completion-by-unit", &bars, light_color(Light::Green));
    ui.weak(format!(
        "{} {:.1}%",
        lang.pick("序时进度", "Time elapsed"),
        time_progress(month)
    ));
}
