//! The dashboard for the weekly 调度 meeting: headline figures, investment by unit, projects
//! by stage, what falls due this month and this quarter, and overdue projects per unit.

use chrono::{Datelike, NaiveDate};
use eframe::egui::{self, Ui};
use egui_plot::{Bar, BarChart, Plot};

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
        overdue_by_unit(ui, app, view);
    });
}

/// A bar chart whose bars are labelled along the x axis by `names`.
fn labelled_bars(
    ui: &mut Ui,
    id: &str,
    series: &str,
    names: Vec<String>,
    values: &[f64],
    colour: Option<egui::Color32>,
) {
    let bars: Vec<Bar> = values
        .iter()
        .zip(&names)
        .enumerate()
        .map(|(i, (value, name))| Bar::new(i as f64, *value).name(name).width(0.7))
        .collect();
    Plot::new(id)
        .height(220.0)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .show_grid([false, true])
        .x_axis_formatter(move |mark, _| {
            let index = mark.value.round();
            if (mark.value - index).abs() > 1e-6 || index < 0.0 {
                return String::new();
            }
            names.get(index as usize).cloned().unwrap_or_default()
        })
        .show(ui, |plot| {
            let mut chart = BarChart::new(series, bars);
            if let Some(colour) = colour {
                chart = chart.color(colour);
            }
            plot.bar_chart(chart);
        });
}

fn investment_by_unit(ui: &mut Ui, app: &AppView<'_>, view: &mut ViewState) {
    let lang = app.lang();
    ui.strong(lang.pick("各区镇投资(亿元)", "Investment by unit (¥100 m)"));
    let mut units: Vec<(String, i128)> = app
        .ledger
        .units()
        .map(|u| (u.name.clone(), view.cache.unit(app, Some(u.id)).yuan))
        .filter(|(_, yuan)| *yuan > 0)
        .collect();
    units.sort_by_key(|(_, yuan)| std::cmp::Reverse(*yuan));
    units.truncate(12);
    if units.is_empty() {
        ui.weak(lang.pick("还没有投资数据。", "No investment figures yet."));
        return;
    }
    let names: Vec<String> = units.iter().map(|(n, _)| n.clone()).collect();
    let values: Vec<f64> = units.iter().map(|(_, yuan)| *yuan as f64 / 1e8).collect();
    labelled_bars(
        ui,
        "investment-by-unit",
        lang.pick("投资", "Investment"),
        names,
        &values,
        Some(light_color(Light::Green)),
    );
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
    let names: Vec<String> = STAGES.iter().map(|s| lang.status(*s).to_string()).collect();
    let values: Vec<f64> = counts.iter().map(|c| *c as f64).collect();
    labelled_bars(
        ui,
        "projects-by-stage",
        lang.pick("项目数", "Projects"),
        names,
        &values,
        None,
    );
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
