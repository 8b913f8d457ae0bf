//! The left panel: every unit (town) with its project count, investment total and red/yellow
//! lights, a row for all projects and one for projects without a unit; add, rename and delete
//! units here. Below, the goals with their progress.

use eframe::egui::{self, Ui};

use super::list_cache::UnitSummary;
use super::unit_dialog::UnitDialog;
use super::widgets::{light_color, light_dot};
use super::{AppView, ViewState, goals};
use crate::i18n::Lang;
use crate::intent::Action;
use crate::intent::{Change, Command};
use crate::model::Unit;
use crate::model::query::UnitFilter;
use crate::model::schedule::Light;

/// A unit's kind and aliases, as its row's tooltip says them.
fn about(unit: &Unit, lang: Lang) -> String {
    let kind = unit
        .kind()
        .map_or(lang.pick("类型未指定", "kind not set"), |k| {
            lang.unit_kind(k)
        });
    if unit.aliases.is_empty() {
        kind.to_string()
    } else {
        format!(
            "{kind} · {}{}",
            lang.pick("别名:", "also: "),
            unit.aliases.join(lang.pick("、", ", "))
        )
    }
}

fn amount(yuan: i128, lang: Lang) -> String {
    if yuan == 0 {
        "—".to_string()
    } else {
        lang.amount(yuan)
    }
}

/// One selectable row: the name, the project count, the investment total, and the lights that
/// need attention.
fn row(
    ui: &mut Ui,
    selected: bool,
    name: &str,
    summary: UnitSummary,
    lang: Lang,
) -> egui::Response {
    let text = format!(
        "{name}    {} · {}",
        summary.count,
        amount(summary.yuan, lang)
    );
    let accessible = format!(
        "{name} · {} · {}",
        summary.count,
        amount(summary.yuan, lang)
    );
    ui.horizontal(|ui| {
        let response = ui.add(egui::Button::selectable(selected, text));
        for light in [Light::Red, Light::Yellow] {
            let lit = summary.lit(light);
            if lit > 0 {
                light_dot(ui, light, lang, name);
                ui.colored_label(light_color(light), lit.to_string());
            }
        }
        response.accessible_name(accessible)
    })
    .inner
}

pub fn show(ui: &mut Ui, app: &AppView<'_>, view: &mut ViewState, actions: &mut Vec<Action>) {
    let lang = app.lang();
    ui.horizontal(|ui| {
        ui.heading(format!(
            "{} ({})",
            lang.pick("区镇", "Units"),
            app.ledger.units().len()
        ));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let add = ui
                .add_enabled(app.writable, egui::Button::new("+"))
                .on_hover_text(lang.pick("新建区镇", "Add a unit"))
                .accessible_name(lang.pick("新建区镇", "Add a unit"));
            if add.clicked() {
                view.new_unit = Some(String::new());
            }
        });
    });
    if let Some(name) = &mut view.new_unit {
        let field = ui
            .add(
                egui::TextEdit::singleline(name)
                    .hint_text(lang.pick("区镇名称,回车确认", "Unit name, Enter to add")),
            )
            .accessible_name(lang.pick("新区镇名称", "New unit name"));
        if field.lost_focus() {
            let typed = name.trim().to_string();
            if ui.input(|i| i.key_pressed(egui::Key::Enter)) && !typed.is_empty() {
                actions.push(Action::Change(Change::AddUnit { name: typed }));
            }
            view.new_unit = None;
        } else {
            field.request_focus();
        }
    }
    ui.separator();
    let goals_height = if app.ledger.goals().len() > 0 {
        160.0
    } else {
        40.0
    };
    let mut entries = vec![UnitFilter::All];
    entries.extend(app.ledger.units().map(|u| UnitFilter::Unit(u.id)));
    if view.cache.unit(app, None).count > 0 {
        entries.push(UnitFilter::Unassigned);
    }
    let row_height = ui.spacing().interact_size.y;
    egui::ScrollArea::vertical()
        .id_salt("units-list")
        .max_height((ui.available_height() - goals_height).max(120.0))
        .show_rows(ui, row_height, entries.len(), |ui, range| {
            for entry in &entries[range] {
                unit_row(ui, app, view, *entry, actions);
            }
        });
    ui.separator();
    goals::panel(ui, app, view);
}

/// One row of the list: all projects, a unit (renamable, deletable), or projects without one.
fn unit_row(
    ui: &mut Ui,
    app: &AppView<'_>,
    view: &mut ViewState,
    entry: UnitFilter,
    actions: &mut Vec<Action>,
) {
    let lang = app.lang();
    let selected = view.filter.unit == entry;
    let unit = match entry {
        UnitFilter::All => {
            let total = view.cache.total(app);
            if row(ui, selected, lang.pick("全部", "All"), total, lang).clicked() {
                view.filter.unit = entry;
            }
            return;
        }
        UnitFilter::Unassigned => {
            let summary = view.cache.unit(app, None);
            if row(ui, selected, lang.pick("未分配", "No unit"), summary, lang).clicked() {
                view.filter.unit = entry;
            }
            return;
        }
        UnitFilter::Unit(id) => match app.ledger.unit(id) {
            Some(unit) => unit,
            None => return,
        },
    };
    if let Some((id, name)) = &mut view.renaming_unit
        && *id == unit.id
    {
        let field = ui
            .text_edit_singleline(name)
            .accessible_name(lang.pick("区镇名称", "Unit name"));
        if field.lost_focus() {
            let typed = name.trim().to_string();
            if ui.input(|i| i.key_pressed(egui::Key::Enter)) && !typed.is_empty() {
                match app.ledger.unit_named(&typed, Some(unit.id)) {
                    Some(other) => {
                        view.unit_dialog = Some(UnitDialog::offering_merge(unit, &typed, other));
                    }
                    None => actions.push(Action::Change(Change::RenameUnit {
                        unit: unit.id,
                        name: typed,
                    })),
                }
            }
            view.renaming_unit = None;
        } else {
            field.request_focus();
        }
        return;
    }
    let summary = view.cache.unit(app, Some(unit.id));
    let response = row(ui, selected, &unit.name, summary, lang).on_hover_text(about(unit, lang));
    if response.clicked() {
        view.filter.unit = entry;
    }
    if app.writable {
        response.context_menu(|ui| {
            if ui.button(lang.pick("重命名", "Rename")).clicked() {
                view.renaming_unit = Some((unit.id, unit.name.clone()));
                ui.close();
            }
            if ui.button(Command::EditUnit.label(lang)).clicked() {
                view.unit_dialog = Some(UnitDialog::new(unit));
                ui.close();
            }
            let merge = ui.button(lang.pick("合并到…", "Merge into…")).clicked();
            let delete = ui.button(lang.pick("删除…", "Delete…")).clicked();
            if merge || delete {
                view.unit_dialog = Some(UnitDialog::new(unit));
                ui.close();
            }
        });
    }
}
