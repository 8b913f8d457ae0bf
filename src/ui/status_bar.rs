//! The status bar: the ledger's path, whether it is saved, and today's date.

use eframe::egui::{self, Ui};

use super::AppView;
use crate::i18n::Lang;

pub fn show(ui: &mut Ui, app: &AppView<'_>, lang: Lang) {
    ui.horizontal(|ui| {
        match &app.workspace {
            Some(workspace) => {
                let own = workspace
                    .own
                    .unwrap_or(lang.pick("(未选择)", "(not chosen)"));
                ui.label(match lang {
                    Lang::Zh => format!(
                        "工作区 {} · 本单位:{own} · {} 个单位的台账",
                        workspace.folder.display(),
                        workspace.offices.len()
                    ),
                    Lang::En => format!(
                        "Workspace {} · this office: {own} · {} offices' ledgers",
                        workspace.folder.display(),
                        workspace.offices.len()
                    ),
                });
            }
            None => {
                ui.label(app.path.display().to_string());
            }
        }
        ui.separator();
        let state = if !app.writable {
            lang.pick("只读", "read-only").to_string()
        } else if app.dirty {
            lang.pick("有未保存的修改", "unsaved changes").to_string()
        } else if let Some(saved) = app.saved_at {
            format!(
                "{} {}",
                lang.pick("已保存", "saved"),
                saved.format("%Y-%m-%d %H:%M")
            )
        } else {
            lang.pick("没有修改", "no changes").to_string()
        };
        ui.label(state);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.label(format!(
                "{} {}",
                lang.pick("今天", "Today"),
                app.today.format("%Y-%m-%d")
            ));
        });
    });
}
