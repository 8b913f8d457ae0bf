//! Short notices (toasts) in the corner, drawn from the app's list; closing one is an action.

use std::time::Duration;

use eframe::egui::{self, Color32};

use crate::intent::{Action, Notice, NoticeLevel};

pub fn show(ctx: &egui::Context, notices: &[Notice], actions: &mut Vec<Action>) {
    if notices.is_empty() {
        return;
    }
    egui::Area::new(egui::Id::unique("notices"))
        .anchor(egui::Align2::RIGHT_BOTTOM, egui::vec2(-12.0, -36.0))
        .order(egui::Order::Foreground)
        .show(ctx, |ui| {
            for (index, notice) in notices.iter().enumerate() {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.set_max_width(420.0);
                    ui.horizontal(|ui| {
                        let color = match notice.level {
                            NoticeLevel::Info => ui.visuals().text_color(),
                            NoticeLevel::Error => Color32::from_rgb(0xd7, 0x3a, 0x31),
                        };
                        ui.colored_label(color, &notice.text);
                        if ui.small_button("×").clicked() {
                            actions.push(Action::DismissNotice(index));
                        }
                    });
                });
            }
        });
    if notices.iter().any(|n| n.level == NoticeLevel::Info) {
        ctx.request_repaint_after(Duration::from_millis(500));
    }
}
