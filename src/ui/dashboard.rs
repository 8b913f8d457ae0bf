//! The dashboard for the weekly 调度 meeting: headline figures (with the monthly follow-up's),
//! investment by unit (ranked), projects by stage and completion of plan by unit as labelled
//! bars, what falls due this month and this quarter, and overdue projects per unit.

use chrono::{Datelike, NaiveDate};
use eframe::egui::{self, Ui};

use super::dashboard_follow_up;
use super::widgets::light_color;
use super::{AppView, ViewState};
use crate::i18n::Lang;
use crate::model::schedule::{Light, open_targets};
use crate::model::{STAGES, Status};

/// The last day of today's month and of today's quarter.
fn period_ends(today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let last_day = |year: i32, month: u32| {
        let (next_year, next_month) = if month == 12 {
            (year + 1, 1)
        } else {
            (year, month + 1)
        };
        NaiveDate::from_ymd_opt(next_year, next_month, 1)
            .and_then(|d| d.pred_opt())
            .unwrap_or(today)
    };
    let quarter_end_month = today.month().div_ceil(3) * 3;
    (
        last_day(today.year(), today.month()),
        last_day(today.year(), quarter_end_month),
    )
}

/// Due dates from today to a period's end (not overdue ones): (project name, what, date).
fn due_until<'a>(
    app: &AppView<'a>,
    end: NaiveDate,
    lang: Lang,
) -> Vec<(&'a str, String, NaiveDate)> {
    let mut due: Vec<(&str, String, NaiveDate)> = app
        .ledger
        .projects()
        .flat_map(|p| {
            open_targets(p)
                .into_iter()
                .filter(|t| t.by >= app.today && t.by <= end)
                .map(move |t| {
                    let what = t
                        .label
                        .map(str::to_string)
                        .unwrap_or_else(|| lang.milestone(t.milestone).to_string());
                    (p.name.as_str(), what, t.by)
                })
        })
        .collect();
    due.sort_by_key(|(_, _, by)| *by);
    due
}

pub fn show(ui: &mut Ui, app: &AppView<'_>, view: &mut ViewState) {
    let lang = app.lang();
    let total = view.cache.total(app);
    let (month_end, quarter_end) = period_ends(app.today);
    let due_month = due_until(app, month_end, lang);
    let due_quarter = due_until(app, quarter_end, lang);
    ui.horizontal_wrapped(|ui| {
        let figure = |ui: &mut Ui, label: &str, value: String| {
            ui.group(|ui| {
                ui.vertical(|ui| {
                    ui.weak(label);
                    ui.heading(value);
                });
            });
        };
        figure(ui, lang.pick("项目", "Projects"), total.count.to_string());
        figure(
            ui,
            lang.pick("投资合计", "Investment"),
            lang.amount(total.yuan),
        );
        figure(
            ui,
            lang.pick("本月到期", "Due this month"),
            due_month.len().to_string(),
        );
        figure(
            ui,
            lang.pick("本季度到期", "Due this quarter"),
            due_quarter.len().to_string(),
        );
        figure(
            ui,
            lang.light(Light::Yellow),
            total.lit(Light::Yellow).to_string(),
        );
        figure(
            ui,
            lang.light(Light::Red),
            total.lit(Light::Red).to_string(),
        );
        let follow_up = dashboard_follow_up::counts(app);
        figure(
            ui,
            lang.pick("落后序时进度", "Behind time"),
            follow_up.behind.to_string(),
        );
        figure(
            ui,
            lang.pick("未销号问题", "Open problems"),
            follow_up.open_problems.to_string(),
        );
        figure(
            ui,
            lang.pick("逾期问题", "Overdue problems"),
            follow_up.overdue_problems.to_string(),
        );
    });
    ui.add_space(8.0);
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.columns(2, |columns| {
            investment_by_unit(&mut columns[0], app, view);
            projects_by_stage(&mut columns[1], app, lang);
        });
        ui.add_space(8.0);
        ui.columns(2, |columns| {
            due_list(
                &mut columns[0],
                lang.pick("本月到期", "Due this month"),
                &due_month,
            );
            due_list(
                &mut columns[1],
                lang.pick("本季度到期", "Due this quarter"),
                &due_quarter,
            );
        });
        ui.add_space(8.0);
        ui.columns(2, |columns| {
            dashboard_follow_up::completion_by_unit(&mut columns[0], app);
            overdue_by_unit(&mut columns[1], app, view);
        });
    });
}

/// One bar of a ranked chart: its name, its length and the figure written beside it.
pub(super) struct BarRow {
    pub name: String,
    pub value: f64,
    pub figure: String,
}

/// Bars drawn across, one row each with its name on the left and its figure on the right, so
/// every bar is labelled and no label can overlap another, however many units there are.
pub(super) fn ranked_bars(ui: &mut Ui, id: &str, rows: &[BarRow], colour: egui::Color32) {
    let longest = rows.iter().map(|r| r.value).fold(0.0, f64::max);
    let bar_width = (ui.available_width() * 0.45).clamp(60.0, 360.0);
    let bar_height = ui.text_style_height(&egui::TextStyle::Body) * 0.8;
    egui::Grid::new(id)
        .num_columns(3)
        .spacing([8.0, 4.0])
        .show(ui, |ui| {
            for row in rows {
                ui.label(&row.name);
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(bar_width, bar_height), egui::Sense::hover());
                let share = if longest > 0.0 {
                    (row.value / longest) as f32
                } else {
                    0.0
                };
                let filled = egui::Rect::from_min_size(
                    rect.min,
                    egui::vec2((rect.width() * share).max(1.0), rect.height()),
                );
                ui.painter().rect_filled(filled, 2.0, colour);
                ui.label(&row.figure);
                ui.end_row();
            }
        });
}

/// How many units the investment chart ranks; the rest are counted below it.
const RANKED_UNITS: usize = 12;

fn investment_by_unit(ui: &mut Ui, app: &AppView<'_>, view: &mut ViewState) {
    let lang = app.lang();
    ui.strong(lang.pick("各区镇投资", "Investment by unit"));
    let mut units: Vec<(String, i128)> = app
        .ledger
        .units()
        .map(|u| (u.name.clone(), view.cache.unit(app, Some(u.id)).yuan))
        .filter(|(_, yuan)| *yuan > 0)
        .collect();
    if units.is_empty() {
        ui.weak(lang.pick("还没有投资数据。", "No investment figures yet."));
        return;
    }
    units.sort_by_key(|(_, yuan)| std::cmp::Reverse(*yuan));
    let rest = units.len().saturating_sub(RANKED_UNITS);
    let rows: Vec<BarRow> = units
        .into_iter()
        .take(RANKED_UNITS)
        .map(|(name, yuan)| BarRow {
            name,
            value: yuan as f64,
            figure: lang.amount(yuan),
        })
        .collect();
    ranked_bars(ui, "investment-by-unit", &rows, light_color(Light::Green));
    if rest > 0 {
        ui.weak(match lang {
            Lang::Zh => format!("另有 {rest} 个区镇"),
            Lang::En => format!("and {rest} more units"),
        });
    }
}

fn projects_by_stage(ui: &mut Ui, app: &AppView<'_>, lang: Lang) {
    ui.strong(lang.pick("各阶段项目数", "Projects by stage"));
    let mut counts = [0usize; STAGES.len()];
    for project in app.ledger.projects() {
        let status = match project.status() {
            Status::Started => Status::UnderConstruction,
            other => other,
        };
        if let Some(index) = STAGES.iter().position(|s| *s == status) {
            counts[index] += 1;
        }
    }
    let rows: Vec<BarRow> = STAGES
        .iter()
        .zip(counts)
        .map(|(stage, count)| BarRow {
            name: lang.status(*stage).to_string(),
            value: count as f64,
            figure: count.to_string(),
        })
        .collect();
    let colour = ui.visuals().selection.bg_fill;
    ranked_bars(ui, "projects-by-stage", &rows, colour);
}

fn due_list(ui: &mut Ui, title: &str, due: &[(&str, String, NaiveDate)]) {
    ui.strong(format!("{title} ({})", due.len()));
    for (name, what, by) in due.iter().take(15) {
        ui.label(format!("{} · {name} · {what}", by.format("%m-%d")));
    }
    if due.len() > 15 {
        ui.weak(format!("… +{}", due.len() - 15));
    }
}

fn overdue_by_unit(ui: &mut Ui, app: &AppView<'_>, view: &mut ViewState) {
    let lang = app.lang();
    ui.strong(lang.pick("各区镇逾期项目", "Overdue projects by unit"));
    let mut rows: Vec<(String, usize, usize)> = app
        .ledger
        .units()
        .map(|u| {
            let summary = view.cache.unit(app, Some(u.id));
            (
                u.name.clone(),
                summary.lit(Light::Red),
                summary.lit(Light::Yellow),
            )
        })
        .filter(|(_, red, yellow)| red + yellow > 0)
        .collect();
    rows.sort_by_key(|(_, red, yellow)| std::cmp::Reverse((*red, *yellow)));
    if rows.is_empty() {
        ui.weak(lang.pick("没有逾期项目。", "Nothing is overdue."));
        return;
    }
    egui::Grid::new("overdue-by-unit")
        .striped(true)
        .show(ui, |ui| {
            ui.strong(lang.pick("区镇", "Unit"));
            ui.colored_label(light_color(Light::Red), lang.light(Light::Red));
            ui.colored_label(light_color(Light::Yellow), lang.light(Light::Yellow));
            ui.end_row();
            for (name, red, yellow) in rows {
                ui.label(name);
                ui.label(red.to_string());
                ui.label(yellow.to_string());
                ui.end_row();
            }
        });
}
