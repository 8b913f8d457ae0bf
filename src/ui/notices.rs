//! Short notices (toasts) in the corner: saved, undone, what went wrong. Errors stay until
//! dismissed; the rest fade after a few seconds. A notice about an ongoing state (a save that
//! keeps failing) has a key: it is updated in place, never stacked, and taken away when the
//! state ends.

use std::time::{Duration, Instant};

use eframe::egui::{self, Color32};

use super::ViewState;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeLevel {
    Info,
    Error,
}

/// What a keyed notice is about; there is at most one notice per key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeKey {
    /// Saving the ledger failed (and autosave will try again).
    SaveFailed,
}

#[derive(Debug, Clone)]
pub struct Notice {
    pub level: NoticeLevel,
    pub text: String,
    pub key: Option<NoticeKey>,
    shown: Instant,
}

impl Notice {
    pub fn new(level: NoticeLevel, text: String) -> Self {
        Notice {
            level,
            text,
            key: None,
            shown: Instant::now(),
        }
    }
}

const INFO_LIFETIME: Duration = Duration::from_secs(4);

pub fn show(ctx: &egui::Context, view: &mut ViewState) {
    view.notices
        .retain(|n| n.level == NoticeLevel::Error || n.shown.elapsed() < INFO_LIFETIME);
    if view.notices.is_empty() {
        return;
    }
    let mut dismissed = None;
    egui::Area::new(egui::Id::unique("notices"))
        .anchor(egui::Align2::RIGHT_BOTTOM, egui::vec2(-12.0, -36.0))
        .order(egui::Order::Foreground)
        .show(ctx, |ui| {
            for (index, notice) in view.notices.iter().enumerate() {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.set_max_width(420.0);
                    ui.horizontal(|ui| {
                        let color = match notice.level {
                            NoticeLevel::Info => ui.visuals().text_color(),
                            NoticeLevel::Error => Color32::from_rgb(0xd7, 0x3a, 0x31),
                        };
                        ui.colored_label(color, &notice.text);
                        if ui.small_button("×").clicked() {
                            dismissed = Some(index);
                        }
                    });
                });
            }
        });
    if let Some(index) = dismissed {
        view.notices.remove(index);
    }
    if view.notices.iter().any(|n| n.level == NoticeLevel::Info) {
        ctx.request_repaint_after(Duration::from_millis(500));
    }
}
