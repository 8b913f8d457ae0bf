//! The bar above the project list: search (Ctrl+F), status, light, due soon, a missing
//! milestone, clearing the filters, and exporting what is shown.

use eframe::egui::{self, Ui};

use super::widgets::choice_combo;
use super::{AppView, ViewState};
use crate::i18n::Lang;
use crate::intent::Action;
use crate::intent::Command;
use crate::model::schedule::Light;
use crate::model::{MILESTONES, STAGES};

pub fn show(ui: &mut Ui, app: &AppView<'_>, view: &mut ViewState, actions: &mut Vec<Action>) {
    let lang = app.lang();
    // One line that scrolls sideways when narrow: wrapping would push the list down under
    // the pointer whenever the detail panel opens.
    egui::ScrollArea::horizontal()
        .id_salt("filter-bar")
        .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::AlwaysHidden)
        .show(ui, |ui| bar(ui, app, view, actions, lang));
}

fn bar(
    ui: &mut Ui,
    app: &AppView<'_>,
    view: &mut ViewState,
    actions: &mut Vec<Action>,
    lang: Lang,
) {
    ui.horizontal(|ui| {
        let search = ui
            .add(
                egui::TextEdit::singleline(&mut view.filter.text)
                    .desired_width(180.0)
                    .hint_text(lang.pick("搜索项目/区镇/责任人", "Search projects, units, people")),
            )
            .accessible_name(lang.pick("搜索", "Search"));
        if std::mem::take(&mut view.focus_search) {
            search.request_focus();
        }
        combo(
            ui,
            "status",
            lang.pick("状态", "Status"),
            lang,
            &mut view.filter.status,
            &STAGES,
            |s| lang.status(s),
        );
        let mut light = (view.filter.lights.len() == 1).then(|| view.filter.lights[0]);
        let late = view.filter.lights.len() == 2;
        let light_text = if late {
            lang.pick("逾期(黄+红)", "late (yellow+red)").to_string()
        } else {
            light
                .map(|l| lang.light(l).to_string())
                .unwrap_or_else(|| lang.pick("全部亮灯", "any light").into())
        };
        let response = egui::ComboBox::from_id_salt("filter-light")
            .selected_text(light_text)
            .show_ui(ui, |ui| {
                let mut changed = false;
                changed |= ui
                    .selectable_value(&mut light, None, lang.pick("全部亮灯", "any light"))
                    .clicked();
                for choice in Light::ALL {
                    changed |= ui
                        .selectable_value(&mut light, Some(choice), lang.light(choice))
                        .clicked();
                }
                if ui
                    .selectable_label(late, lang.pick("逾期(黄+红)", "late (yellow+red)"))
                    .clicked()
                {
                    view.filter.lights = vec![Light::Yellow, Light::Red];
                } else if changed {
                    view.filter.lights = light.into_iter().collect();
                }
            })
            .response;
        let _ = response.accessible_name(lang.pick("亮灯", "Light"));
        let mut due_soon = view.filter.due_within_days.is_some();
        let due_label = match lang {
            Lang::Zh => format!("{}天内到期", app.due_soon_days),
            Lang::En => format!("due within {} days", app.due_soon_days),
        };
        if ui.checkbox(&mut due_soon, due_label).changed() {
            view.filter.due_within_days = due_soon.then_some(app.due_soon_days);
        }
        if let Some(days) = &mut view.filter.due_within_days {
            *days = app.due_soon_days;
        }
        combo(
            ui,
            "missing",
            lang.pick("缺少节点", "Missing"),
            lang,
            &mut view.filter.missing,
            &MILESTONES,
            |m| lang.milestone(m),
        );
        missing_approval(ui, app, view);
        if ui
            .add_enabled(
                view.filter.is_narrowed(),
                egui::Button::new(lang.pick("清除筛选", "Clear filters")),
            )
            .clicked()
        {
            let unit = view.filter.unit;
            view.filter = Default::default();
            view.filter.unit = unit;
        }
        ui.separator();
        for command in [Command::ExportCsv, Command::ExportXlsx] {
            if ui.button(command.label(lang)).clicked() {
                actions.push(Action::Command(command));
            }
        }
    });
}

/// A combo box over `choices` with an "any" entry; `name` is its accessible name.
/// "缺少手续": projects whose 前期手续 of this name is not yet done.
fn missing_approval(ui: &mut Ui, app: &AppView<'_>, view: &mut ViewState) {
    let lang = app.lang();
    let any = lang.pick("全部手续", "any approval");
    let selected = view.filter.missing_approval.as_deref().map_or_else(
        || any.to_string(),
        |name| format!("{}{name}", lang.pick("缺", "no ")),
    );
    let mut chosen = view.filter.missing_approval.clone();
    egui::ComboBox::from_id_salt(("filter", "missing-approval"))
        .selected_text(selected)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut chosen, None, any);
            for name in &app.ledger.approval_names {
                let label = format!("{}{name}", lang.pick("缺", "no "));
                ui.selectable_value(&mut chosen, Some(name.clone()), label);
            }
        })
        .response
        .accessible_name(lang.pick("缺少手续", "Missing approval"));
    view.filter.missing_approval = chosen;
}

fn combo<T: Copy + PartialEq>(
    ui: &mut Ui,
    id: &str,
    name: &str,
    lang: Lang,
    value: &mut Option<T>,
    choices: &[T],
    label: impl Fn(T) -> &'static str,
) {
    let any = match lang {
        Lang::Zh => format!("全部{name}"),
        Lang::En => format!("any {}", name.to_lowercase()),
    };
    let options: Vec<(Option<T>, &str)> = std::iter::once((None, any.as_str()))
        .chain(choices.iter().map(|&c| (Some(c), label(c))))
        .collect();
    choice_combo(ui, ("filter", id), value, &options, name);
}
