//! The 月报 grid: for the unit selected on the left (or all) and one month, a row per project
//! with 年度计划, 本月完成 (editable), 1–N月累计, 占年度计划%, 序时进度, 形象进度 (editable), the
//! open 存在问题 and the light by the chosen rule. It is typed into like a spreadsheet: arrows
//! move, Enter or typing starts an entry, Tab/Shift+Tab go to the next/previous editable cell,
//! Enter commits and moves down, Escape cancels, a pasted column fills downwards. A doubtful
//! entry waits beside its cell until the user confirms it; each commit is one undo step. The
//! keyboard and the entries are `grid_entry`'s; this module draws.

use chrono::Datelike;
use eframe::egui::{self, Key, Ui};
use egui_extras::{Column, TableBuilder};

use super::grid_entry::{
    Cursor, EntryColumn, GridState, Pending, cell_text, figures, handle_keys, month_change,
};
use super::month_entry::wan_text;
use super::widgets::{light_color, light_dot, project_name};
use super::{AppView, ViewState};
use crate::i18n::Lang;
use crate::intent::Action;
use crate::model::lights::{AsOf, judge};
use crate::model::monthly::time_progress;
use crate::model::schedule::Light;
use crate::model::{Project, ProjectId};

pub fn show(ui: &mut Ui, app: &AppView<'_>, view: &mut ViewState, actions: &mut Vec<Action>) {
    let lang = app.lang();
    let rows: Vec<ProjectId> = view.cache.rows(app, &view.filter, view.sort).to_vec();
    let projects: Vec<&Project> = rows
        .iter()
        .filter_map(|id| app.ledger.project(*id))
        .collect();
    let grid = &mut view.monthly;
    let (year, month) = grid.period.unwrap_or((app.today.year(), app.today.month()));
    period_picker(ui, grid, year, month, lang);
    if let Some(pending) = grid.pending.clone() {
        confirm_bar(ui, grid, &pending, lang, actions, year, month);
    }
    ui.separator();
    if projects.is_empty() {
        ui.label(lang.pick("这里还没有项目。", "No projects here yet."));
        return;
    }
    if let Some(cursor) = &mut grid.cursor {
        cursor.row = cursor.row.min(projects.len() - 1);
    }
    let future = (year, month) > (app.today.year(), app.today.month());
    if grid.pending.is_none() && app.writable {
        handle_keys(ui, grid, &projects, (year, month), future, lang, actions);
    }
    table(ui, app, grid, &projects, (year, month));
}

/// "‹ 2025年4月 ›" with buttons for the month before and after.
fn period_picker(ui: &mut Ui, grid: &mut GridState, year: i32, month: u32, lang: Lang) {
    ui.horizontal(|ui| {
        ui.heading(lang.pick("月报", "Monthly report"));
        let before = ui
            .button("‹")
            .on_hover_text(lang.pick("上个月", "Previous month"))
            .accessible_name(lang.pick("上个月", "Previous month"));
        let shown = match lang {
            Lang::Zh => format!("{year}年{month}月"),
            Lang::En => format!("{} {year}", lang.month(month)),
        };
        ui.strong(shown);
        let after = ui
            .button("›")
            .on_hover_text(lang.pick("下个月", "Next month"))
            .accessible_name(lang.pick("下个月", "Next month"));
        let moved = if before.clicked() {
            Some(if month == 1 {
                (year - 1, 12)
            } else {
                (year, month - 1)
            })
        } else if after.clicked() {
            Some(if month == 12 {
                (year + 1, 1)
            } else {
                (year, month + 1)
            })
        } else {
            None
        };
        if let Some(period) = moved {
            grid.period = Some(period);
            grid.editing = None;
            grid.pending = None;
        }
        ui.weak(format!(
            "{} {:.1}%",
            lang.pick("序时进度", "Time elapsed"),
            time_progress(month)
        ));
    });
}

/// The warnings of the entries held back, with the question whether to take them.
fn confirm_bar(
    ui: &mut Ui,
    grid: &mut GridState,
    pending: &Pending,
    lang: Lang,
    actions: &mut Vec<Action>,
    year: i32,
    month: u32,
) {
    let mut decided = None;
    ui.horizontal_wrapped(|ui| {
        ui.colored_label(
            light_color(Light::Red),
            format!(
                "{}{}",
                lang.pick("注意:", "Check: "),
                pending.warnings.join(lang.pick(";", "; "))
            ),
        );
        ui.label(lang.pick("仍要录入吗?", "Enter it anyway?"));
        if ui.button(lang.pick("仍然录入", "Enter anyway")).clicked() {
            decided = Some(true);
        }
        if ui.button(lang.pick("不录入", "Discard")).clicked() {
            decided = Some(false);
        }
    });
    let (enter, escape) = ui.input(|i| (i.key_pressed(Key::Enter), i.key_pressed(Key::Escape)));
    match decided
        .or(enter.then_some(true))
        .or(escape.then_some(false))
    {
        Some(true) => {
            if !pending.entries.is_empty() {
                actions.push(month_change(year, month, pending.entries.clone()));
            }
            grid.cursor = Some(pending.then);
            grid.pending = None;
        }
        Some(false) => {
            grid.cursor = Some(pending.at);
            grid.pending = None;
        }
        None => {}
    }
}

fn table(
    ui: &mut Ui,
    app: &AppView<'_>,
    grid: &mut GridState,
    projects: &[&Project],
    (year, month): (i32, u32),
) {
    let lang = app.lang();
    let through = match lang {
        Lang::Zh => format!("1–{month}月累计(万元)"),
        Lang::En => format!("Jan–{} (10k)", lang.month(month)),
    };
    let headings = [
        lang.pick("灯", "L").to_string(),
        lang.pick("项目", "Project").to_string(),
        lang.pick("年度计划(万元)", "Year plan (10k)").to_string(),
        lang.pick("本月完成(万元)", "Month (10k)").to_string(),
        through,
        lang.pick("占年度计划", "Of plan").to_string(),
        lang.pick("序时进度", "Time").to_string(),
        lang.pick("形象进度", "Works progress").to_string(),
        lang.pick("存在问题", "Problems").to_string(),
    ];
    let as_of = AsOf {
        today: app.today,
        year,
        month,
    };
    let row_height = ui.spacing().interact_size.y + 4.0;
    let time = time_progress(month);
    let table = TableBuilder::new(ui)
        .striped(true)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(Column::exact(18.0))
        .column(Column::remainder().at_least(90.0).clip(true))
        .columns(Column::exact(96.0), 2)
        .column(Column::exact(118.0))
        .columns(Column::exact(72.0), 2)
        .column(Column::exact(160.0))
        .column(Column::exact(84.0));
    let table = match grid.cursor {
        Some(cursor) => table.scroll_to_row(cursor.row, None),
        None => table,
    };
    table
        .header(row_height, |mut header| {
            for heading in &headings {
                header.col(|ui| {
                    ui.strong(heading);
                });
            }
        })
        .body(|body| {
            body.rows(row_height, projects.len(), |mut row| {
                let index = row.index();
                let project = projects[index];
                let figures = figures(project, year, month);
                let verdict = judge(project, &app.lights, as_of);
                row.col(|ui| {
                    light_dot(ui, verdict.light, lang, &project.name)
                        .on_hover_text(lang.light_reason(&verdict.reason));
                });
                row.col(|ui| project_name(ui, app, project));
                let amount = |yuan: Option<i64>| yuan.map(wan_text).unwrap_or_default();
                row.col(|ui| {
                    figure(ui, project, &headings[2], amount(figures.planned));
                });
                row.col(|ui| {
                    entry_cell(
                        ui,
                        app,
                        grid,
                        project,
                        index,
                        EntryColumn::Done,
                        &headings[3],
                        amount(figures.done),
                        (year, month),
                    );
                });
                row.col(|ui| {
                    figure(ui, project, &headings[4], amount(figures.through));
                });
                row.col(|ui| {
                    let share = figures
                        .share
                        .map(|s| format!("{s:.1}%"))
                        .unwrap_or_default();
                    figure(ui, project, &headings[5], share);
                });
                row.col(|ui| {
                    ui.weak(format!("{time:.1}%"));
                });
                row.col(|ui| {
                    entry_cell(
                        ui,
                        app,
                        grid,
                        project,
                        index,
                        EntryColumn::Image,
                        &headings[7],
                        figures.image.clone(),
                        (year, month),
                    );
                });
                row.col(|ui| {
                    let open: Vec<_> = project.problems.iter().filter(|p| p.is_open()).collect();
                    let overdue = open.iter().filter(|p| p.is_overdue(app.today)).count();
                    let text = match (open.len(), overdue) {
                        (0, _) => String::new(),
                        (count, 0) => count.to_string(),
                        (count, late) => match lang {
                            Lang::Zh => format!("{count}(逾期{late})"),
                            Lang::En => format!("{count} ({late} late)"),
                        },
                    };
                    let name = format!("{} {} {text}", project.name, headings[8]);
                    figure_named(ui, name.trim_end(), text, overdue > 0);
                });
            });
        });
}

/// A computed cell, named "星河智造 1–4月累计(万元) 120" for screen readers and tests.
fn figure(ui: &mut Ui, project: &Project, heading: &str, text: String) {
    let name = format!("{} {heading} {text}", project.name);
    figure_named(ui, name.trim_end(), text, false);
}

/// A computed cell with its accessible name, in red when `alarming`.
fn figure_named(ui: &mut Ui, name: &str, text: String, alarming: bool) {
    if alarming {
        ui.visuals_mut().override_text_color = Some(light_color(Light::Red));
    }
    let (_, response) = painted_cell(ui, text, egui::Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Cell, true, name.trim_end()));
}

/// A cell's text painted in a rect as wide as the column, sensing `sense`.
fn painted_cell(ui: &mut Ui, text: String, sense: egui::Sense) -> (egui::Rect, egui::Response) {
    let galley = ui.painter().layout_no_wrap(
        text,
        egui::TextStyle::Body.resolve(ui.style()),
        ui.visuals().text_color(),
    );
    let (rect, response) = ui.allocate_exact_size(
        egui::vec2(ui.available_width(), ui.spacing().interact_size.y),
        sense,
    );
    ui.painter_at(rect).galley(
        rect.left_center() + egui::vec2(3.0, -galley.size().y / 2.0),
        galley,
        ui.visuals().text_color(),
    );
    (rect, response)
}

/// A cell typed into: its text, the field while it is being edited, the warning beside it.
#[allow(clippy::too_many_arguments)]
fn entry_cell(
    ui: &mut Ui,
    app: &AppView<'_>,
    grid: &mut GridState,
    project: &Project,
    row: usize,
    column: EntryColumn,
    heading: &str,
    text: String,
    (year, month): (i32, u32),
) {
    let here = Cursor { row, column };
    let name = format!("{} {heading}", project.name);
    let is_cursor = grid.cursor == Some(here);
    let waiting = grid.pending.as_ref().is_some_and(|p| p.at == here);
    if is_cursor && let Some((buffer, fresh)) = &mut grid.editing {
        let id = ui.make_persistent_id(("month-entry", project.id, column as u8));
        let response = ui
            .add(
                egui::TextEdit::singleline(buffer)
                    .id(id)
                    .lock_focus(true)
                    .desired_width(ui.available_width()),
            )
            .accessible_name(name);
        if *fresh {
            *fresh = false;
            response.request_focus();
            if let Some(mut state) = egui::TextEdit::load_state(ui.ctx(), id) {
                let end = egui::text::CCursor::new(buffer.chars().count());
                state
                    .cursor
                    .set_char_range(Some(egui::text::CCursorRange::one(end)));
                state.store(ui.ctx(), id);
            }
        }
        if let Some(why) = &grid.invalid {
            response
                .on_hover_text(why.clone())
                .show_tooltip_text(why.clone());
        }
        return;
    }
    let sense = if is_cursor {
        egui::Sense::click()
    } else {
        egui::Sense::CLICK
    };
    let shown = if waiting { format!("! {text}") } else { text };
    let (rect, response) = painted_cell(ui, shown, sense);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
    let painter = ui.painter_at(rect);
    if is_cursor {
        painter.rect_stroke(
            rect,
            2.0,
            ui.visuals().selection.stroke,
            egui::StrokeKind::Inside,
        );
        if !response.has_focus() {
            response.request_focus();
        }
        ui.memory_mut(|m| {
            m.set_focus_lock_filter(
                response.id,
                egui::EventFilter {
                    tab: true,
                    horizontal_arrows: true,
                    vertical_arrows: true,
                    escape: false,
                },
            )
        });
    }
    if waiting {
        painter.rect_stroke(
            rect,
            2.0,
            egui::Stroke::new(1.5, light_color(Light::Red)),
            egui::StrokeKind::Inside,
        );
    }
    if response.double_clicked() && app.can_edit(project.id) {
        grid.cursor = Some(here);
        grid.begin(cell_text(project, year, month, column));
    } else if response.clicked() {
        grid.cursor = Some(here);
        grid.editing = None;
    }
}
