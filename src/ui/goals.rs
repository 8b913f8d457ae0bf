//! Goals that are not single projects ("确保一季度新签约10亿元以上项目1个"): in the left panel
//! with their progress computed from the projects, and a window to add, edit and delete them.

use chrono::NaiveDate;
use eframe::egui::{self, Ui};

use super::widgets::{choice_combo, date_field};
use super::{AppView, Confirm, ViewState};
use crate::i18n::Lang;
use crate::intent::Action;
use crate::intent::Change;
use crate::model::goal::GoalState;
use crate::model::money::{parse_yi_yuan, yi_yuan_decimal};
use crate::model::{Goal, MILESTONES, Milestone, UnitId};

/// A goal being written in the "add" form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoalDraft {
    pub unit: Option<UnitId>,
    pub milestone: Milestone,
    pub count: u32,
    /// The least investment, in 亿元, as typed.
    pub min_yi: String,
    pub by: Option<NaiveDate>,
    pub text: String,
}

impl Default for GoalDraft {
    fn default() -> Self {
        GoalDraft {
            unit: None,
            milestone: Milestone::Sign,
            count: 1,
            min_yi: String::new(),
            by: None,
            text: String::new(),
        }
    }
}

fn unit_name(app: &AppView<'_>, unit: Option<UnitId>, lang: Lang) -> String {
    unit.and_then(|id| app.ledger.unit(id))
        .map(|u| u.name.clone())
        .unwrap_or_else(|| lang.pick("全部区镇", "All units").to_string())
}

/// A one-line description of a goal ("签约 10亿元以上 ×1,截至 2025-03-31").
fn summary(goal: &Goal, lang: Lang) -> String {
    let least = goal
        .min_investment_yuan
        .map(|y| format!(" {}{}", lang.amount(y.into()), lang.pick("以上", "+")))
        .unwrap_or_default();
    let by = goal
        .by
        .map(|d| format!(", {} {d}", lang.pick("截至", "by")))
        .unwrap_or_default();
    format!(
        "{}{least} ×{}{by}",
        lang.milestone(goal.milestone),
        goal.count
    )
}

/// The goals in the left panel.
pub fn panel(ui: &mut Ui, app: &AppView<'_>, view: &mut ViewState) {
    let lang = app.lang();
    ui.horizontal(|ui| {
        ui.strong(format!(
            "{} ({})",
            lang.pick("目标", "Goals"),
            app.ledger.goals().len()
        ));
        if ui.small_button(lang.pick("管理…", "Manage…")).clicked() {
            view.goals_open = true;
        }
    });
    egui::ScrollArea::vertical()
        .id_salt("goals-list")
        .show(ui, |ui| {
            for goal in app.ledger.goals() {
                let progress = view.cache.goal(app, goal);
                let met = match progress.state(goal.by, app.today) {
                    GoalState::Met => lang.pick("(已达成)", " (met)"),
                    GoalState::Missed => lang.pick("(未完成)", " (not met)"),
                    GoalState::Open => "",
                };
                let label = format!(
                    "{}: {}{met}",
                    unit_name(app, goal.unit, lang),
                    summary(goal, lang)
                );
                ui.label(&label);
                let fraction = if goal.count == 0 {
                    1.0
                } else {
                    (progress.achieved() as f32 / goal.count as f32).min(1.0)
                };
                ui.add(
                    egui::ProgressBar::new(fraction)
                        .text(format!("{}/{}", progress.achieved(), goal.count))
                        .desired_height(14.0),
                )
                .accessible_name(format!("{label} {}/{}", progress.achieved(), goal.count))
                .on_hover_text(&goal.text);
            }
        });
}

/// The window to manage goals.
pub fn window(
    ctx: &egui::Context,
    app: &AppView<'_>,
    view: &mut ViewState,
    actions: &mut Vec<Action>,
) {
    if !view.goals_open {
        return;
    }
    let mut open = true;
    egui::Window::new(app.lang().pick("目标", "Goals"))
        .open(&mut open)
        .default_width(640.0)
        .show(ctx, |ui| {
            ui.add_enabled_ui(app.writable, |ui| {
                for goal in app.ledger.goals() {
                    let office = app.workspace.and_then(|w| w.owners.goal(goal.id));
                    if let Some(office) = office {
                        ui.weak(match app.lang() {
                            Lang::Zh => format!("属于{office}的台账,只读"),
                            Lang::En => format!("In {office}'s ledger: read-only"),
                        });
                    }
                    ui.add_enabled_ui(office.is_none(), |ui| {
                        edit_goal(ui, app, goal, view, actions);
                    });
                    ui.separator();
                }
                add_goal(ui, app, view, actions);
            });
        });
    view.goals_open = open;
}

fn unit_combo(
    ui: &mut Ui,
    app: &AppView<'_>,
    id: impl std::hash::Hash + std::fmt::Debug,
    unit: &mut Option<UnitId>,
    lang: Lang,
) {
    let names: Vec<(Option<UnitId>, String)> = std::iter::once(None)
        .chain(app.ledger.units().map(|u| Some(u.id)))
        .map(|choice| (choice, unit_name(app, choice, lang)))
        .collect();
    let choices: Vec<(Option<UnitId>, &str)> =
        names.iter().map(|(c, n)| (*c, n.as_str())).collect();
    choice_combo(
        ui,
        id,
        unit,
        &choices,
        lang.pick("目标所属区镇", "Goal's unit"),
    );
}

fn milestone_combo(
    ui: &mut Ui,
    id: impl std::hash::Hash + std::fmt::Debug,
    milestone: &mut Milestone,
    lang: Lang,
) {
    let choices = MILESTONES.map(|m| (m, lang.milestone(m)));
    choice_combo(
        ui,
        id,
        milestone,
        &choices,
        lang.pick("目标节点", "Goal's milestone"),
    );
}

fn edit_goal(
    ui: &mut Ui,
    app: &AppView<'_>,
    goal: &Goal,
    view: &mut ViewState,
    actions: &mut Vec<Action>,
) {
    let lang = app.lang();
    let mut edited = goal.clone();
    ui.label(&goal.text);
    ui.horizontal_wrapped(|ui| {
        unit_combo(ui, app, ("goal-unit", goal.id), &mut edited.unit, lang);
        milestone_combo(ui, ("goal-milestone", goal.id), &mut edited.milestone, lang);
        ui.label("×");
        ui.add(egui::DragValue::new(&mut edited.count).range(1..=999))
            .accessible_name(lang.pick("目标个数", "Goal count"));
        let least = goal
            .min_investment_yuan
            .map(yi_yuan_decimal)
            .unwrap_or_default();
        ui.label(lang.pick("单个投资不低于(亿元)", "each at least (¥100 m)"));
        if let Some(typed) = super::widgets::committed_text(
            ui,
            ("goal-least", goal.id),
            &least,
            60.0,
            lang.pick("单个投资不低于", "each at least"),
        ) {
            edited.min_investment_yuan = parse_yi_yuan(&typed);
        }
        ui.label(lang.pick("起", "from"));
        if let Some(from) = date_field(
            ui,
            &format!("goal-from-{}", goal.id.0),
            goal.period_start(),
            app.today,
            lang.pick("目标开始日期", "Goal start"),
            lang,
        ) {
            edited.from = from;
        }
        ui.label(lang.pick("截至", "by"));
        if let Some(by) = date_field(
            ui,
            &format!("goal-by-{}", goal.id.0),
            goal.by,
            app.today,
            lang.pick("目标截止日期", "Goal due"),
            lang,
        ) {
            edited.by = by;
        }
        if ui.button(lang.pick("删除", "Delete")).clicked() {
            view.confirm = Some(Confirm::DeleteGoal(goal.id));
        }
    });
    if &edited != goal {
        actions.push(Action::Change(Change::UpdateGoal(Box::new(edited))));
    }
}

fn add_goal(ui: &mut Ui, app: &AppView<'_>, view: &mut ViewState, actions: &mut Vec<Action>) {
    let lang = app.lang();
    ui.strong(lang.pick("新增目标", "Add a goal"));
    let draft = &mut view.goal_draft;
    ui.horizontal_wrapped(|ui| {
        unit_combo(ui, app, "new-goal-unit", &mut draft.unit, lang);
        milestone_combo(ui, "new-goal-milestone", &mut draft.milestone, lang);
        ui.label("×");
        ui.add(egui::DragValue::new(&mut draft.count).range(1..=999))
            .accessible_name(lang.pick("新目标个数", "New goal count"));
        ui.label(lang.pick("单个投资不低于(亿元)", "each at least (¥100 m)"));
        ui.add(egui::TextEdit::singleline(&mut draft.min_yi).desired_width(60.0))
            .accessible_name(lang.pick("新目标最低投资", "New goal least investment"));
        ui.label(lang.pick("截至", "by"));
        if let Some(by) = date_field(
            ui,
            "new-goal-by",
            draft.by,
            app.today,
            lang.pick("新目标截止日期", "New goal due"),
            lang,
        ) {
            draft.by = by;
        }
    });
    ui.horizontal(|ui| {
        ui.add(
            egui::TextEdit::singleline(&mut draft.text)
                .desired_width(360.0)
                .hint_text(lang.pick("说明,如“确保一季度新签约10亿元以上项目1个”", "Description")),
        )
        .accessible_name(lang.pick("新目标说明", "New goal description"));
        if ui.button(lang.pick("添加目标", "Add goal")).clicked() {
            let draft = std::mem::take(draft);
            actions.push(Action::Change(Change::AddGoal {
                unit: draft.unit,
                milestone: draft.milestone,
                count: draft.count,
                min_investment_yuan: parse_yi_yuan(&draft.min_yi),
                by: draft.by,
                text: draft.text,
            }));
        }
    });
}
