//! The window where the ledger's list of 前期手续 is edited: one name a line. 确定 replaces the
//! list (one undo step); the dates projects already have for a name taken off are kept.

use eframe::egui;

use super::AppView;
use crate::intent::{Action, Change, FollowUp};

/// Shows the window while `draft` holds the text being edited; closes it (`None`) on 确定 or
/// 取消.
pub fn show(
    ctx: &egui::Context,
    app: &AppView<'_>,
    draft: &mut Option<String>,
    actions: &mut Vec<Action>,
) {
    let lang = app.lang();
    let Some(text) = draft else {
        return;
    };
    let mut close = false;
    egui::Window::new(lang.pick("前期手续清单", "List of approvals"))
        .id(egui::Id::unique("approval-list"))
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            ui.label(lang.pick(
                "每行一项,按办理顺序排列:",
                "One approval a line, in the order they are obtained:",
            ));
            ui.add(
                egui::TextEdit::multiline(text)
                    .desired_rows(8)
                    .desired_width(260.0),
            )
            .accessible_name(lang.pick("前期手续名称", "Approval names"));
            ui.horizontal(|ui| {
                if ui.button(lang.pick("取消", "Cancel")).clicked() {
                    close = true;
                }
                if ui.button(lang.pick("确定", "OK")).clicked() {
                    actions.push(Action::Change(Change::FollowUp(
                        FollowUp::SetApprovalNames {
                            names: text.lines().map(str::to_string).collect(),
                        },
                    )));
                    close = true;
                }
            });
        });
    if close {
        *draft = None;
    }
}
