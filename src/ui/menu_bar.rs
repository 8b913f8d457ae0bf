//! The menu bar: 文件 / 编辑 / 视图 / 帮助, each item showing its shortcut.

use eframe::egui::{self, Ui};

use super::AppView;
use super::widgets::{command_button, shortcut_text};
use crate::i18n::Lang;
use crate::intent::{Action, Command};

/// A menu item for a command, with its shortcut, greyed out when the command does not apply;
/// pushes the command when clicked.
fn command_item(ui: &mut Ui, app: &AppView<'_>, command: Command, actions: &mut Vec<Action>) {
    let mut button = egui::Button::new(command.label(app.lang()));
    if let Some(shortcut) = command.shortcut() {
        button = button.shortcut_text(shortcut_text(ui.ctx(), &shortcut));
    }
    if command_button(ui, app, command, button, actions) {
        ui.close();
    }
}

pub fn show(ui: &mut Ui, app: &AppView<'_>, actions: &mut Vec<Action>) {
    let lang = app.lang();
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(lang.pick("文件", "File"), |ui| {
            command_item(ui, app, Command::NewLedger, actions);
            command_item(ui, app, Command::OpenLedger, actions);
            command_item(ui, app, Command::OpenWorkspace, actions);
            if app.workspace.is_some() {
                command_item(ui, app, Command::ChooseOffice, actions);
            }
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
            command_item(ui, app, Command::ImportArticle, actions);
            command_item(ui, app, Command::ImportSheet, actions);
            command_item(ui, app, Command::PasteArticle, actions);
            command_item(ui, app, Command::OpenSample, actions);
            ui.separator();
            command_item(ui, app, Command::ExportCsv, actions);
            command_item(ui, app, Command::ExportXlsx, actions);
            command_item(ui, app, Command::WriteReport, actions);
            ui.separator();
            command_item(ui, app, Command::SendLedger, actions);
            command_item(ui, app, Command::ReceiveSubmission, actions);
            ui.separator();
            command_item(ui, app, Command::Save, actions);
            command_item(ui, app, Command::SaveAs, actions);
            ui.separator();
            command_item(ui, app, Command::Quit, actions);
        });
        ui.menu_button(lang.pick("编辑", "Edit"), |ui| {
            command_item(ui, app, Command::Undo, actions);
            command_item(ui, app, Command::Redo, actions);
            ui.separator();
            command_item(ui, app, Command::NewProject, actions);
            command_item(ui, app, Command::EditUnit, actions);
            command_item(ui, app, Command::Find, actions);
            ui.separator();
            command_item(ui, app, Command::ShowSettings, actions);
        });
        ui.menu_button(lang.pick("视图", "View"), |ui| {
            command_item(ui, app, Command::ShowDashboard, actions);
            command_item(ui, app, Command::ShowMonthly, actions);
            command_item(ui, app, Command::ShowGoals, actions);
            command_item(ui, app, Command::ShowArticles, actions);
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
            command_item(ui, app, Command::ShowShortcuts, actions);
            command_item(ui, app, Command::ShowAbout, actions);
        });
    });
}
