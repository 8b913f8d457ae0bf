//! The detail panel's monthly follow-up: the year's 年度计划投资 (editable) with its months as a
//! small chart (bars of cumulative completion against the 序时进度 line, drawn with egui's
//! painter), the 存在问题 (added, edited, struck off with today's date, overdue ones marked) and
//! the 前期手续 (one row per name of the ledger's list: done with its date, a target, overdue
//! marked). Each edit is one change.

use chrono::{Datelike, NaiveDate};
use eframe::egui::{self, Ui};

use super::AppView;
use super::month_entry::{parse_wan, wan_text};
use super::widgets::{committed_text, date_field, light_color};
use crate::i18n::Lang;
use crate::intent::{Action, Change, FollowUp};
use crate::model::approval::{self, Approval};
use crate::model::monthly::{YearPlan, time_progress};
use crate::model::problem::Problem;
use crate::model::schedule::Light;
use crate::model::{Project, ProjectId};

/// Which text field of a problem a row edits.
type ProblemField = fn(&mut Problem) -> &mut String;

fn follow_up(change: FollowUp) -> Action {
    Action::Change(Change::FollowUp(change))
}

/// 年度计划投资 of today's year and the chart of its months.
pub fn year_plan(ui: &mut Ui, app: &AppView<'_>, project: &Project, actions: &mut Vec<Action>) {
    let lang = app.lang();
    let year = app.today.year();
    let plan = project.plans.year(year);
    ui.strong(match lang {
        Lang::Zh => format!("{year}年计划与完成"),
        Lang::En => format!("{year}: plan and done"),
    });
    ui.horizontal(|ui| {
        let name = lang.pick("年度计划投资(万元)", "Annual plan (10k yuan)");
        ui.label(name);
        let shown = plan
            .and_then(|p| p.planned_yuan)
            .map(wan_text)
            .unwrap_or_default();
        if let Some(typed) = committed_text(ui, ("year-plan", project.id), &shown, 90.0, name) {
            let planned_yuan = match typed.trim() {
                "" => Some(None),
                text => parse_wan(text).filter(|&yuan| yuan >= 0).map(Some),
            };
            if let Some(planned_yuan) = planned_yuan {
                actions.push(follow_up(FollowUp::SetYearPlan {
                    project: project.id,
                    year,
                    planned_yuan,
                }));
            }
        }
    });
    match plan.filter(|p| p.planned_yuan.is_some_and(|yuan| yuan > 0)) {
        Some(plan) => chart(ui, plan, app.today.month(), lang),
        None => {
            ui.weak(lang.pick(
                "填写年度计划投资后可看到月度进度图。",
                "Enter the annual plan to see the months' chart.",
            ));
        }
    }
}

/// Bars of the cumulative share of the plan, month by month up to `through`, with the
/// 序时进度 line across all twelve.
fn chart(ui: &mut Ui, plan: &YearPlan, through: u32, lang: Lang) {
    let width = ui.available_width().min(320.0);
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, 90.0), egui::Sense::hover());
    let painter = ui.painter_at(rect);
    let visuals = ui.visuals();
    painter.rect_stroke(
        rect,
        2.0,
        visuals.widgets.noninteractive.bg_stroke,
        egui::StrokeKind::Inside,
    );
    let slot = rect.width() / 12.0;
    let height_of = |percent: f64| rect.height() * (percent.clamp(0.0, 100.0) / 100.0) as f32;
    for month in 1..=through.min(12) {
        let share = plan.share_of_plan(month).unwrap_or(0.0);
        let left = rect.left() + slot * (month - 1) as f32 + slot * 0.2;
        let bar = egui::Rect::from_min_max(
            egui::pos2(left, rect.bottom() - height_of(share)),
            egui::pos2(left + slot * 0.6, rect.bottom()),
        );
        let colour = if share + 10.0 <= time_progress(month) {
            light_color(Light::Yellow)
        } else {
            light_color(Light::Green)
        };
        painter.rect_filled(bar, 1.0, colour);
    }
    let line: Vec<egui::Pos2> = (0..=12)
        .map(|month| {
            egui::pos2(
                rect.left() + slot * month as f32,
                rect.bottom() - height_of(time_progress(month)),
            )
        })
        .collect();
    painter.add(egui::Shape::line(
        line,
        egui::Stroke::new(1.5, light_color(Light::Red)),
    ));
    let share = plan.share_of_plan(through).unwrap_or(0.0);
    let summary = match lang {
        Lang::Zh => format!(
            "1–{through}月累计占计划 {share:.1}%\n序时进度 {:.1}%(红线)",
            time_progress(through)
        ),
        Lang::En => format!(
            "Jan–{}: {share:.1}% of plan\n{:.1}% of the year gone (red line)",
            lang.month(through),
            time_progress(through)
        ),
    };
    response.on_hover_text(&summary);
    ui.weak(summary);
}

/// 存在问题: one block per problem, then a field to add one.
pub fn problems(
    ui: &mut Ui,
    app: &AppView<'_>,
    project: &Project,
    draft: &mut String,
    actions: &mut Vec<Action>,
) {
    let lang = app.lang();
    let open = project.problems.iter().filter(|p| p.is_open()).count();
    ui.strong(format!("{} ({open})", lang.pick("存在问题", "Problems")));
    for (index, problem) in project.problems.iter().enumerate() {
        problem_block(ui, app, project.id, index + 1, problem, actions);
    }
    ui.horizontal(|ui| {
        let name = lang.pick("新问题", "New problem");
        ui.add(
            egui::TextEdit::singleline(draft)
                .desired_width(200.0)
                .hint_text(lang.pick("存在什么问题", "What holds it up")),
        )
        .accessible_name(name);
        let add = ui.add_enabled(
            !draft.trim().is_empty(),
            egui::Button::new(lang.pick("新增问题", "Add problem")),
        );
        if add.clicked() {
            actions.push(follow_up(FollowUp::AddProblem {
                project: project.id,
                text: std::mem::take(draft),
            }));
        }
    });
}

fn problem_block(
    ui: &mut Ui,
    app: &AppView<'_>,
    project: ProjectId,
    number: usize,
    problem: &Problem,
    actions: &mut Vec<Action>,
) {
    let lang = app.lang();
    let what = format!("{} {number}", lang.pick("问题", "Problem"));
    let edit = |edit: &dyn Fn(&mut Problem)| {
        let mut edited = problem.clone();
        edit(&mut edited);
        follow_up(FollowUp::EditProblem {
            project,
            problem: Box::new(edited),
        })
    };
    ui.group(|ui| {
        ui.horizontal(|ui| {
            let mut closed = !problem.is_open();
            let tick = ui
                .checkbox(&mut closed, lang.pick("销号", "Closed"))
                .accessible_name(format!("{} {}", lang.pick("销号", "Close"), problem.text));
            if tick.changed() {
                actions.push(follow_up(if closed {
                    FollowUp::CloseProblem {
                        project,
                        problem: problem.id,
                        on: app.today,
                    }
                } else {
                    FollowUp::ReopenProblem {
                        project,
                        problem: problem.id,
                    }
                }));
            }
            if let Some(day) = problem.closed {
                ui.weak(day.format("%Y-%m-%d").to_string());
            } else if let Some(due) = problem.due.filter(|_| problem.is_overdue(app.today)) {
                ui.colored_label(
                    light_color(Light::Red),
                    lang.days_left((due - app.today).num_days()),
                );
            }
        });
        if let Some(text) = committed_text(
            ui,
            ("problem-text", problem.id),
            &problem.text,
            260.0,
            &what,
        ) && !text.trim().is_empty()
        {
            actions.push(edit(&|p| p.text = text.trim().to_string()));
        }
        egui::Grid::new(("problem-fields", problem.id))
            .num_columns(2)
            .spacing([8.0, 4.0])
            .show(ui, |ui| {
                let fields: [(&str, &str, ProblemField); 3] = [
                    (
                        lang.pick("责任单位", "Office"),
                        &problem.owner_office,
                        |p| &mut p.owner_office,
                    ),
                    (lang.pick("责任人", "Person"), &problem.person, |p| {
                        &mut p.person
                    }),
                    (
                        lang.pick("解决情况", "Resolution"),
                        &problem.resolution,
                        |p| &mut p.resolution,
                    ),
                ];
                for (label, current, field) in fields {
                    ui.label(label);
                    if let Some(text) = committed_text(
                        ui,
                        ("problem-field", problem.id, label),
                        current,
                        170.0,
                        &format!("{what} {label}"),
                    ) {
                        actions.push(edit(&|p| *field(p) = text.trim().to_string()));
                    }
                    ui.end_row();
                }
                let due_label = format!("{what} {}", lang.pick("解决时限", "due by"));
                ui.label(lang.pick("解决时限", "Due by"));
                ui.horizontal(|ui| {
                    if let Some(due) = date_field(
                        ui,
                        &format!("problem-due-{}", problem.id.0),
                        problem.due,
                        app.today,
                        &due_label,
                        lang,
                    ) {
                        actions.push(edit(&|p| p.due = due));
                    }
                });
                ui.end_row();
            });
    });
}

/// 前期手续: a row per name of the ledger's list — done (with its date) and the target.
pub fn approvals(ui: &mut Ui, app: &AppView<'_>, project: &Project, actions: &mut Vec<Action>) {
    let lang = app.lang();
    ui.strong(lang.pick("前期手续", "Approvals"));
    egui::Grid::new(("approvals", project.id))
        .num_columns(3)
        .spacing([8.0, 4.0])
        .show(ui, |ui| {
            for name in &app.ledger.approval_names {
                let current =
                    approval::find(&project.approvals, name)
                        .cloned()
                        .unwrap_or(Approval {
                            name: name.clone(),
                            target: None,
                            done: None,
                        });
                approval_row(ui, app, project.id, &current, actions);
                ui.end_row();
            }
        });
}

fn approval_row(
    ui: &mut Ui,
    app: &AppView<'_>,
    project: ProjectId,
    current: &Approval,
    actions: &mut Vec<Action>,
) {
    let lang = app.lang();
    let set = |approval: Approval| follow_up(FollowUp::SetApproval { project, approval });
    let mut done = current.is_done();
    if ui.checkbox(&mut done, &current.name).changed() {
        actions.push(set(Approval {
            done: done.then_some(app.today),
            ..current.clone()
        }));
    }
    ui.label(
        current
            .done
            .map(|day: NaiveDate| day.format("%Y-%m-%d").to_string())
            .unwrap_or_default(),
    );
    ui.horizontal(|ui| {
        let label = format!("{} {}", current.name, lang.pick("目标日期", "due by"));
        if let Some(target) = date_field(
            ui,
            &format!("approval-{}-{}", current.name, project.0),
            current.target,
            app.today,
            &label,
            lang,
        ) {
            actions.push(set(Approval {
                target,
                ..current.clone()
            }));
        }
        if let Some(target) = current.target.filter(|_| current.is_overdue(app.today)) {
            ui.colored_label(
                light_color(Light::Red),
                lang.days_left((target - app.today).num_days()),
            );
        }
    });
}
