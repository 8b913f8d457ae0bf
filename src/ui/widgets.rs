//! Small widgets the views share: the traffic-light dot, text fields that commit on Enter or
//! when focus leaves, date fields (picked from a calendar, cleared, or set to today), and
//! buttons for commands, greyed out by the command's own rule.

use chrono::NaiveDate;
use eframe::egui::{self, Color32, Response, Sense, Ui};

use super::AppView;
use super::date_picker::date_button;
use crate::i18n::Lang;
use crate::intent::{Action, Command};
use crate::model::schedule::Light;

/// The colour of a light.
pub fn light_color(light: Light) -> Color32 {
    match light {
        Light::Green => Color32::from_rgb(0x2e, 0xa0, 0x43),
        Light::Yellow => Color32::from_rgb(0xe3, 0xa0, 0x08),
        Light::Red => Color32::from_rgb(0xd7, 0x3a, 0x31),
    }
}

/// A coloured dot for a light, named for screen readers and tests ("萬鵬建材 黄灯").
pub fn light_dot(ui: &mut Ui, light: Light, lang: Lang, subject: &str) -> Response {
    let size = ui.spacing().interact_size.y * 0.55;
    let (rect, response) = ui.allocate_exact_size(egui::vec2(size, size), Sense::hover());
    ui.painter()
        .circle_filled(rect.center(), size / 2.0, light_color(light));
    let name = lang.light(light);
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Image, true, format!("{subject} {name}"))
    });
    response.on_hover_text(name)
}

/// A single-line text field showing `current` that reports a new value when the user
/// presses Enter or leaves the field with a changed text. Escape restores `current`.
/// `name` is its accessible name (what a screen reader, and a test, calls it).
pub fn committed_text(
    ui: &mut Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    current: &str,
    width: f32,
    name: &str,
) -> Option<String> {
    committed(ui, id_salt, current, name, |buffer| {
        egui::TextEdit::singleline(buffer).desired_width(width)
    })
}

/// A multi-line text field (notes) that commits when focus leaves it.
pub fn committed_multiline(
    ui: &mut Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    current: &str,
    name: &str,
) -> Option<String> {
    committed(ui, id_salt, current, name, |buffer| {
        egui::TextEdit::multiline(buffer)
            .desired_rows(3)
            .desired_width(f32::INFINITY)
    })
}

/// A text field whose edits live in a buffer of the UI's memory until they are committed.
fn committed(
    ui: &mut Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    current: &str,
    name: &str,
    field: impl for<'b> FnOnce(&'b mut String) -> egui::TextEdit<'b>,
) -> Option<String> {
    let id = ui.make_persistent_id(id_salt);
    let mut buffer: String = ui
        .data_mut(|data| data.get_temp::<String>(id))
        .unwrap_or_else(|| current.to_string());
    let response = ui.add(field(&mut buffer).id(id)).accessible_name(name);
    commit(ui, id, response, buffer, current)
}

/// A combo box over `choices` (value and label), named `name` for screen readers.
pub fn choice_combo<T: PartialEq + Copy>(
    ui: &mut Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    value: &mut T,
    choices: &[(T, &str)],
    name: &str,
) {
    let selected = choices
        .iter()
        .find(|(choice, _)| choice == value)
        .map(|(_, label)| *label)
        .unwrap_or("");
    let response = egui::ComboBox::from_id_salt(id_salt)
        .selected_text(selected)
        .show_ui(ui, |ui| {
            for (choice, label) in choices {
                ui.selectable_value(value, *choice, *label);
            }
        })
        .response;
    let _ = response.accessible_name(name);
}

fn commit(
    ui: &mut Ui,
    id: egui::Id,
    response: Response,
    buffer: String,
    current: &str,
) -> Option<String> {
    if response.has_focus() {
        if ui.input(|i| i.key_pressed(egui::Key::Escape)) {
            ui.data_mut(|data| data.remove::<String>(id));
            response.surrender_focus();
            return None;
        }
        ui.data_mut(|data| data.insert_temp(id, buffer));
        return None;
    }
    ui.data_mut(|data| data.remove::<String>(id));
    (response.lost_focus() && buffer != current).then_some(buffer)
}

/// Parses "2025-03-31", "2025/3/31" or "2025.3.31".
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = text.trim().split(['-', '/', '.']).collect();
    let [y, m, d] = parts.as_slice() else {
        return None;
    };
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// A date: a calendar button and a clear button when set, a "set" button when not. Returns
/// the new value when the user changed it. `label` names the field for screen readers.
pub fn date_field(
    ui: &mut Ui,
    id_salt: &str,
    value: Option<NaiveDate>,
    default: NaiveDate,
    label: &str,
    lang: Lang,
) -> Option<Option<NaiveDate>> {
    match value {
        Some(date) => {
            if let Some(picked) = date_button(ui, id_salt, date, default, label, lang) {
                return Some(Some(picked));
            }
            let clear = ui
                .small_button("×")
                .on_hover_text(lang.pick("清除日期", "Clear the date"))
                .accessible_name(format!("{} {label}", lang.pick("清除", "Clear")));
            clear.clicked().then_some(None)
        }
        None => {
            let set = ui
                .small_button("—")
                .on_hover_text(lang.pick("设为今天", "Set to today"))
                .accessible_name(format!("{} {label}", lang.pick("设置", "Set")));
            set.clicked().then_some(Some(default))
        }
    }
}

/// A button that gives a command, greyed out when the command does not apply now; says
/// whether it was clicked.
pub fn command_button(
    ui: &mut Ui,
    app: &AppView<'_>,
    command: Command,
    button: egui::Button<'_>,
    actions: &mut Vec<Action>,
) -> bool {
    let clicked = ui
        .add_enabled(command.enabled(&app.commands), button)
        .clicked();
    if clicked {
        actions.push(Action::Command(command));
    }
    clicked
}

/// A shortcut as menus show it: "Ctrl+," rather than egui's "Ctrl+Comma".
pub fn shortcut_text(ctx: &egui::Context, shortcut: &egui::KeyboardShortcut) -> String {
    let is_mac = ctx.os().is_mac();
    let names = egui::ModifierNames::NAMES;
    let mut text = names.format(&shortcut.modifiers, is_mac);
    if !text.is_empty() {
        text += names.concat;
    }
    text + shortcut.logical_key.symbol_or_name()
}

/// A project's name in a list, after the office it belongs to when that is another office of
/// the workspace (its records are read-only here).
pub fn project_name(ui: &mut Ui, app: &AppView<'_>, project: &crate::model::Project) {
    if let Some(office) = app.office_of(project.id) {
        let lang = app.lang();
        ui.weak(format!("〔{office}〕"))
            .on_hover_text(lang.pick("其他单位的项目,只读", "Another office's project: read-only"));
    }
    ui.label(&project.name);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_in_the_usual_ways() {
        let day = NaiveDate::from_ymd_opt(2025, 3, 31);
        assert_eq!(parse_date("2025-03-31"), day);
        assert_eq!(parse_date(" 2025/3/31 "), day);
        assert_eq!(parse_date("2025.3.31"), day);
        assert_eq!(parse_date("2025-02-30"), None);
        assert_eq!(parse_date("2025-03"), None);
        assert_eq!(parse_date("明天"), None);
    }
}
