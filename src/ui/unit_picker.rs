//! A searchable unit picker: every unit of the ledger with its aliases, narrowed by what is
//! typed (Simplified finds Traditional and back). One click opens it, one click picks.

use eframe::egui::{self, Ui};

use crate::article::script::to_simplified;
use crate::i18n::Lang;
use crate::model::{Ledger, Unit, UnitId};

/// A unit as the picker lists it: "東海鎮(东海、东海片区)".
pub fn unit_label(unit: &Unit) -> String {
    if unit.aliases.is_empty() {
        unit.name.clone()
    } else {
        format!("{}({})", unit.name, unit.aliases.join("、"))
    }
}

/// Does the unit's name or an alias contain every word typed?
fn matches(unit: &Unit, typed: &str) -> bool {
    let typed = to_simplified(&typed.to_lowercase());
    let own = to_simplified(&unit_label(unit).to_lowercase());
    typed.split_whitespace().all(|word| own.contains(word))
}

/// A combo box over the ledger's units (all but `except`), with a search field on top and
/// `none` as the first choice when given (no unit). `name` is its accessible name.
pub struct UnitPicker<'a> {
    pub ledger: &'a Ledger,
    pub name: &'a str,
    pub none: Option<&'a str>,
    pub except: Option<UnitId>,
    pub lang: Lang,
}

impl UnitPicker<'_> {
    /// Shows the picker; returns whether the choice changed.
    pub fn show(
        &self,
        ui: &mut Ui,
        id_salt: impl std::hash::Hash + std::fmt::Debug,
        value: &mut Option<UnitId>,
    ) -> bool {
        pick(ui, self, id_salt, value)
    }
}

fn pick(
    ui: &mut Ui,
    picker: &UnitPicker<'_>,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    value: &mut Option<UnitId>,
) -> bool {
    let UnitPicker {
        ledger,
        name,
        none,
        except,
        lang,
    } = *picker;
    let id = ui.make_persistent_id(id_salt);
    let selected = match value.and_then(|id| ledger.unit(id)) {
        Some(unit) => unit.name.clone(),
        None => none.unwrap_or("—").to_string(),
    };
    let mut changed = false;
    let response = egui::ComboBox::from_id_salt(id)
        .selected_text(selected)
        .height(320.0)
        .show_ui(ui, |ui| {
            let search_id = id.with("search");
            let mut typed: String = ui.data(|d| d.get_temp(search_id)).unwrap_or_default();
            let field = ui.add(
                egui::TextEdit::singleline(&mut typed)
                    .hint_text(lang.pick("输入名称或别名筛选", "Type to narrow"))
                    .desired_width(200.0),
            );
            let _ = field.accessible_name(format!("{name} {}", lang.pick("筛选", "filter")));
            ui.data_mut(|d| d.insert_temp(search_id, typed.clone()));
            if let Some(none) = none
                && typed.trim().is_empty()
            {
                changed |= ui.selectable_value(value, None, none).changed();
            }
            for unit in ledger
                .units()
                .filter(|unit| Some(unit.id) != except && matches(unit, &typed))
            {
                changed |= ui
                    .selectable_value(value, Some(unit.id), unit_label(unit))
                    .changed();
            }
        })
        .response;
    let _ = response.accessible_name(name);
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typing_in_either_script_finds_a_unit_by_its_alias() {
        let mut unit = Unit::new(UnitId(1), "呂四港經濟開發區");
        unit.aliases.push("呂四港區鎮".into());
        assert_eq!(unit_label(&unit), "呂四港經濟開發區(呂四港區鎮)");
        assert!(matches(&unit, "吕四 区镇"));
        assert!(matches(&unit, ""));
        assert!(!matches(&unit, "东海"));
    }
}
