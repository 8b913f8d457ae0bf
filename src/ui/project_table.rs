//! The project list: the filter bar, then the projects of the selected unit (all when none is
//! selected) that pass the filters, with their light, investment, status, next target (days
//! left or overdue, coloured by light) and the four milestones as checkboxes. Headings sort;
//! only the rows in view are drawn, so thousands of projects stay fluid.

use chrono::{Datelike, NaiveDate};
use eframe::egui::{self, Ui};
use egui_extras::{Column, TableBuilder};

use super::filter_bar;
use super::widgets::command_button;
use super::widgets::{light_color, light_dot, project_name};
use super::{AppView, ViewState};
use crate::i18n::Lang;
use crate::intent::Action;
use crate::intent::Change;
use crate::intent::Command;
use crate::model::lights::{AsOf, judge};
use crate::model::money::sum_yuan;
use crate::model::query::{SortColumn, UnitFilter};
use crate::model::schedule::{Light, next_target};
use crate::model::{MILESTONES, Project, ProjectId};

fn title(app: &AppView<'_>, filter: UnitFilter, lang: Lang) -> String {
    match filter {
        UnitFilter::All => lang.pick("全部区镇", "All units").to_string(),
        UnitFilter::Unit(id) => app
            .ledger
            .unit(id)
            .map(|u| u.name.clone())
            .unwrap_or_default(),
        UnitFilter::Unassigned => lang.pick("未分配", "No unit").to_string(),
    }
}

/// A heading that sorts by its column: click once ascending, again descending.
fn sort_heading(
    ui: &mut Ui,
    view: &mut ViewState,
    column: SortColumn,
    label: &str,
    lang: Lang,
) -> egui::Response {
    let active = view.sort.column == column;
    let arrow = match (active, view.sort.descending) {
        (false, _) => "",
        (true, false) => " ↑",
        (true, true) => " ↓",
    };
    let response = ui.add(
        egui::Button::new(egui::RichText::new(format!("{label}{arrow}")).strong()).frame(false),
    );
    let response = response.accessible_name(format!("{} {label}", lang.pick("排序", "Sort by")));
    if response.clicked() {
        if active {
            view.sort.descending = !view.sort.descending;
        } else {
            view.sort.column = column;
            view.sort.descending = false;
        }
    }
    response
}

pub fn show(ui: &mut Ui, app: &AppView<'_>, view: &mut ViewState, actions: &mut Vec<Action>) {
    let lang = app.lang();
    if let UnitFilter::Unit(id) = view.filter.unit
        && app.ledger.unit(id).is_none()
    {
        view.filter.unit = UnitFilter::All;
    }
    let rows: Vec<ProjectId> = view.cache.rows(app, &view.filter, view.sort).to_vec();
    let projects: Vec<&Project> = rows
        .iter()
        .filter_map(|id| app.ledger.project(*id))
        .collect();
    let total = sum_yuan(projects.iter().filter_map(|p| p.investment));
    ui.horizontal(|ui| {
        ui.heading(title(app, view.filter.unit, lang));
        ui.label(format!(
            "· {} {} · {} {}",
            projects.len(),
            lang.pick("个项目", "projects"),
            lang.pick("投资合计", "investment"),
            if total == 0 {
                "—".to_string()
            } else {
                lang.amount(total)
            }
        ));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let add = egui::Button::new(format!("+ {}", Command::NewProject.label(lang)));
            command_button(ui, app, Command::NewProject, add, actions);
        });
    });
    filter_bar::show(ui, app, view, actions);
    ui.separator();
    if projects.is_empty() {
        ui.label(if view.filter.is_narrowed() {
            lang.pick(
                "没有符合筛选条件的项目。",
                "No project matches the filters.",
            )
        } else {
            lang.pick(
                "这里还没有项目。导入文章,或点“新建项目”。",
                "No projects here yet. Import an article, or click “New project”.",
            )
        });
        return;
    }
    let moved = move_selection_with_arrows(ui, &projects, view);
    // A click anywhere on a row, its name included, selects the project.
    ui.style_mut().interaction.selectable_labels = false;
    ui.spacing_mut().item_spacing.x = 4.0;
    let row_height = ui.spacing().interact_size.y + 4.0;
    // The unit is a column only while all units are listed; the amount only where there is
    // room for it beside the name, unit, status, next target and the four milestones.
    let show_unit = view.filter.unit == UnitFilter::All;
    let show_investment = ui.available_width() >= 620.0;
    // Narrow, the unit, status and next target are cut short so the milestones stay in view.
    let (milestone_width, unit_width, status_width, next_width) = match (lang, show_investment) {
        (_, true) => (
            if lang == Lang::Zh { 28.0 } else { 38.0 },
            160.0,
            150.0,
            220.0,
        ),
        (Lang::Zh, false) => (28.0, 64.0, 56.0, 130.0),
        (Lang::En, false) => (32.0, 64.0, 60.0, 96.0),
    };
    let mut table = TableBuilder::new(ui)
        .striped(true)
        .sense(egui::Sense::click())
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(Column::exact(18.0))
        .column(Column::remainder().at_least(48.0).clip(true));
    if show_unit {
        table = table.column(Column::auto().at_least(48.0).at_most(unit_width).clip(true));
    }
    if show_investment {
        table = table.column(Column::auto().at_least(64.0));
    }
    let mut table = table
        .column(
            Column::auto()
                .at_least(40.0)
                .at_most(status_width)
                .clip(true),
        )
        .column(Column::auto().at_least(80.0).at_most(next_width).clip(true))
        .columns(Column::exact(milestone_width), MILESTONES.len());
    if moved
        && let Some(selected) = view.selected_project
        && let Some(index) = projects.iter().position(|p| p.id == selected)
    {
        table = table.scroll_to_row(index, None);
    }
    table
        .header(row_height, |mut header| {
            header.col(|ui| {
                sort_heading(ui, view, SortColumn::Light, lang.pick("灯", "L"), lang);
            });
            let columns = [
                (SortColumn::Name, lang.pick("项目", "Project"), true),
                (SortColumn::Unit, lang.pick("区镇", "Unit"), show_unit),
                (
                    SortColumn::Investment,
                    lang.pick("投资", "Investment"),
                    show_investment,
                ),
                (SortColumn::Status, lang.pick("状态", "Status"), true),
                (
                    SortColumn::NextTarget,
                    lang.pick("下个节点", "Next target"),
                    true,
                ),
            ];
            for (column, label, shown) in columns {
                if shown {
                    header.col(|ui| {
                        sort_heading(ui, view, column, label, lang);
                    });
                }
            }
            for milestone in MILESTONES {
                header.col(|ui| {
                    let label = lang.milestone_short(milestone);
                    sort_heading(ui, view, SortColumn::Milestone(milestone), label, lang)
                        .on_hover_text(lang.milestone(milestone));
                });
            }
        })
        .body(|body| {
            body.rows(row_height, projects.len(), |mut row| {
                let project = projects[row.index()];
                let verdict = judge(project, &app.lights, AsOf::today(app.today));
                let lit = verdict.light;
                row.set_selected(view.selected_project == Some(project.id));
                row.col(|ui| {
                    light_dot(ui, lit, lang, &project.name)
                        .on_hover_text(lang.light_reason(&verdict.reason));
                });
                row.col(|ui| project_name(ui, app, project));
                if show_unit {
                    row.col(|ui| {
                        let unit = project.unit.and_then(|id| app.ledger.unit(id));
                        ui.label(unit.map_or("—", |u| u.name.as_str()));
                    });
                }
                if show_investment {
                    row.col(|ui| {
                        ui.label(
                            project
                                .investment
                                .as_ref()
                                .map(|i| lang.investment(i))
                                .unwrap_or_else(|| "—".into()),
                        );
                    });
                }
                row.col(|ui| {
                    ui.label(lang.status(project.status()));
                });
                row.col(|ui| match next_target(project) {
                    Some(target) => {
                        let what = target
                            .label
                            .map(str::to_string)
                            .unwrap_or_else(|| lang.milestone_short(target.milestone).to_string());
                        let text = format!(
                            "{what} {} {}",
                            due_day(target.by, app.today),
                            lang.days_left(target.days_left(app.today))
                        );
                        if target.days_left(app.today) < 0 && lit != Light::Green {
                            ui.colored_label(light_color(lit), text);
                        } else {
                            ui.label(text);
                        }
                    }
                    None => {
                        ui.label("—");
                    }
                });
                for milestone in MILESTONES {
                    row.col(|ui| {
                        let state = project
                            .milestones
                            .get(milestone)
                            .copied()
                            .unwrap_or_default();
                        let mut done = state.is_done();
                        let name = format!("{} {}", project.name, lang.milestone(milestone));
                        let response = ui
                            .add_enabled(
                                app.can_edit(project.id),
                                egui::Checkbox::without_text(&mut done),
                            )
                            .accessible_name(name);
                        let response = match lang.done_day(&state) {
                            Some(day) => response.on_hover_text(day),
                            None => response,
                        };
                        if response.changed() {
                            actions.push(Action::Change(Change::SetMilestoneDone {
                                project: project.id,
                                milestone,
                                done: done.then_some(app.today),
                            }));
                        }
                    });
                }
                if row.response().clicked() {
                    view.selected_project = Some(project.id);
                }
            });
        });
}

/// A due day as "03-31" in the current year and "2007-08-31" in any other.
fn due_day(by: NaiveDate, today: NaiveDate) -> String {
    if by.year() == today.year() {
        by.format("%m-%d").to_string()
    } else {
        by.format("%Y-%m-%d").to_string()
    }
}

/// ↑/↓ move the selection when no text field has focus; returns whether it moved.
fn move_selection_with_arrows(ui: &Ui, projects: &[&Project], view: &mut ViewState) -> bool {
    if ui.memory(|m| m.focused().is_some()) {
        return false;
    }
    let (down, up) = ui.input(|i| {
        (
            i.key_pressed(egui::Key::ArrowDown),
            i.key_pressed(egui::Key::ArrowUp),
        )
    });
    if !down && !up {
        return false;
    }
    let current = view
        .selected_project
        .and_then(|id| projects.iter().position(|p| p.id == id));
    let next = match (current, down) {
        (None, _) => 0,
        (Some(i), true) => (i + 1).min(projects.len() - 1),
        (Some(i), false) => i.saturating_sub(1),
    };
    view.selected_project = Some(projects[next].id);
    true
}
