//! The first-start screen of an empty ledger: what the app does and the one-click ways in.

use eframe::egui::{self, Ui};

use super::widgets::command_button;
use super::{AppView, ViewState};
use crate::intent::{Action, Command};

pub fn show(ui: &mut Ui, app: &AppView<'_>, view: &mut ViewState, actions: &mut Vec<Action>) {
    let lang = app.lang();
    ui.vertical_centered(|ui| {
        ui.add_space(ui.available_height() * 0.2);
        ui.heading(lang.pick("台账还是空的", "The ledger is empty"));
        ui.add_space(8.0);
        ui.label(lang.pick(
            "导入一篇报道重大项目的文章,核对后即可生成各区镇的项目台账。",
            "Import an article about major projects; review what was found and the ledger fills itself.",
        ));
        ui.add_space(16.0);
        let big = |text: &str| egui::Button::new(egui::RichText::new(text).size(18.0));
        for command in [Command::ImportArticle, Command::OpenSample] {
            command_button(ui, app, command, big(command.label(lang)), actions);
            ui.add_space(8.0);
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            ui.add_space((ui.available_width() - 320.0).max(0.0) / 2.0);
            let paste = egui::Button::new(Command::PasteArticle.label(lang));
            command_button(ui, app, Command::PasteArticle, paste, actions);
            if ui.button(lang.pick("手动添加区镇", "Add a unit by hand")).clicked() {
                view.new_unit = Some(String::new());
            }
        });
    });
}
