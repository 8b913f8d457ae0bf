//! The left panel: every unit (town) with its project count and investment total, a row for
//! all projects and one for projects without a unit; add, rename and delete units here.

use std::collections::HashMap;

use eframe::egui::{self, Ui};

use super::{AppView, Confirm, UnitFilter, ViewState};
use crate::app::action::Action;
use crate::app::change::Change;
use crate::model::UnitId;
use crate::model::money::format_yuan;

/// Count and investment total per unit (`None`: no unit).
fn totals(app: &AppView<'_>) -> HashMap<Option<UnitId>, (usize, i64)> {
    let mut totals: HashMap<Option<UnitId>, (usize, i64)> = HashMap::new();
    for project in app.ledger.projects() {
        let entry = totals.entry(project.unit).or_default();
        entry.0 += 1;
        if let Some(investment) = project.investment {
            entry.1 = entry.1.saturating_add(investment.yuan);
        }
    }
    totals
}

fn amount(yuan: i64) -> String {
    if yuan == 0 {
        "—".to_string()
    } else {
        format_yuan(yuan)
    }
}

/// One selectable row: the name, the project count and the investment total.
fn row(ui: &mut Ui, selected: bool, name: &str, count: usize, yuan: i64) -> egui::Response {
    let text = format!("{name}    {count} · {}", amount(yuan));
    let accessible = format!("{name} · {count} · {}", amount(yuan));
    let response = ui.add(
        egui::Button::selectable(selected, text).min_size(egui::vec2(ui.available_width(), 0.0)),
    );
    response.accessible_name(accessible)
}

pub fn show(ui: &mut Ui, app: &AppView<'_>, view: &mut ViewState, actions: &mut Vec<Action>) {
    let lang = view.lang;
    let totals = totals(app);
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
    egui::ScrollArea::vertical().show(ui, |ui| {
        let all_yuan = totals.values().map(|t| t.1).fold(0i64, i64::saturating_add);
        if row(
            ui,
            view.unit_filter == UnitFilter::All,
            lang.pick("全部", "All"),
            app.ledger.projects().len(),
            all_yuan,
        )
        .clicked()
        {
            view.unit_filter = UnitFilter::All;
        }
        for unit in app.ledger.units() {
            let (count, yuan) = totals.get(&Some(unit.id)).copied().unwrap_or_default();
            if let Some((id, name)) = &mut view.renaming_unit
                && *id == unit.id
            {
                let field = ui
                    .text_edit_singleline(name)
                    .accessible_name(lang.pick("区镇名称", "Unit name"));
                if field.lost_focus() {
                    if ui.input(|i| i.key_pressed(egui::Key::Enter)) && !name.trim().is_empty() {
                        actions.push(Action::Change(Change::RenameUnit {
                            unit: unit.id,
                            name: name.clone(),
                        }));
                    }
                    view.renaming_unit = None;
                } else {
                    field.request_focus();
                }
                continue;
            }
            let selected = view.unit_filter == UnitFilter::Unit(unit.id);
            let response = row(ui, selected, &unit.name, count, yuan);
            if response.clicked() {
                view.unit_filter = UnitFilter::Unit(unit.id);
            }
            if app.writable {
                response.context_menu(|ui| {
                    if ui.button(lang.pick("重命名", "Rename")).clicked() {
                        view.renaming_unit = Some((unit.id, unit.name.clone()));
                        ui.close();
                    }
                    if ui.button(lang.pick("删除…", "Delete…")).clicked() {
                        view.confirm = Some(Confirm::DeleteUnit(unit.id));
                        ui.close();
                    }
                });
            }
        }
        if let Some(&(count, yuan)) = totals.get(&None)
            && row(
                ui,
                view.unit_filter == UnitFilter::Unassigned,
                lang.pick("未分配", "No unit"),
                count,
                yuan,
            )
            .clicked()
        {
            view.unit_filter = UnitFilter::Unassigned;
        }
    });
}
