//! The menu bar: 文件 / 编辑 / 视图 / 帮助, each item showing its shortcut.

use eframe::egui::{self, Ui};

use super::i18n::Lang;
use super::{AppView, ViewState};
use crate::app::action::Action;
use crate::app::command::Command;

/// A menu item for a command, with its shortcut; pushes the command when clicked.
fn command_item(
    ui: &mut Ui,
    command: Command,
    enabled: bool,
    lang: Lang,
    actions: &mut Vec<Action>,
) {
    let mut button = egui::Button::new(command.label(lang));
    if let Some(shortcut) = command.shortcut() {
        button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
    }
    if ui.add_enabled(enabled, button).clicked() {
        actions.push(Action::Command(command));
        ui.close();
    }
}

pub fn show(ui: &mut Ui, app: &AppView<'_>, view: &ViewState, actions: &mut Vec<Action>) {
    let lang = view.lang;
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(lang.pick("文件", "File"), |ui| {
            command_item(ui, Command::NewLedger, true, lang, actions);
            command_item(ui, Command::OpenLedger, true, lang, actions);
            ui.menu_button(lang.pick("最近打开", "Recent"), |ui| {
                if app.recent.is_empty() {
                    ui.label(lang.pick("(无)", "(none)"));
                }
                for path in app.recent {
                    if ui.button(path.display().to_string()).clicked() {
                        actions.push(Action::OpenLedger(path.clone()));
                        ui.close();
                    }
                }
            });
            ui.separator();
            command_item(ui, Command::ImportArticle, app.writable, lang, actions);
            command_item(ui, Command::PasteArticle, app.writable, lang, actions);
            command_item(ui, Command::OpenSample, app.writable, lang, actions);
            ui.separator();
            command_item(ui, Command::ExportCsv, true, lang, actions);
            command_item(ui, Command::ExportXlsx, true, lang, actions);
            ui.separator();
            command_item(ui, Command::Save, app.writable, lang, actions);
            command_item(ui, Command::SaveAs, true, lang, actions);
            ui.separator();
            command_item(ui, Command::Quit, true, lang, actions);
        });
        ui.menu_button(lang.pick("编辑", "Edit"), |ui| {
            command_item(
                ui,
                Command::Undo,
                app.undo.is_some() && app.writable,
                lang,
                actions,
            );
            command_item(
                ui,
                Command::Redo,
                app.redo.is_some() && app.writable,
                lang,
                actions,
            );
            ui.separator();
            command_item(ui, Command::NewProject, app.writable, lang, actions);
            command_item(ui, Command::Find, true, lang, actions);
            ui.separator();
            command_item(ui, Command::ShowSettings, true, lang, actions);
        });
        ui.menu_button(lang.pick("视图", "View"), |ui| {
            command_item(ui, Command::ShowDashboard, true, lang, actions);
            command_item(ui, Command::ShowGoals, true, lang, actions);
            command_item(ui, Command::ShowArticles, true, lang, actions);
            ui.separator();
            ui.label(lang.pick("界面语言", "Language"));
            for (choice, name) in [(Lang::Zh, "中文"), (Lang::En, "English")] {
                if ui.radio(lang == choice, name).clicked() {
                    actions.push(Action::SetLang(choice));
                    ui.close();
                }
            }
        });
        ui.menu_button(lang.pick("帮助", "Help"), |ui| {
            command_item(ui, Command::ShowShortcuts, true, lang, actions);
            command_item(ui, Command::ShowAbout, true, lang, actions);
        });
    });
}
