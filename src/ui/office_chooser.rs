//! The window that asks, once per machine and workspace, which office's ledger is this
//! machine's own: one button for each ledger of the folder, or the name of a new one. Edits go
//! to that ledger; the other offices' records are shown read-only.

use eframe::egui;

use super::WorkspaceView;
use crate::i18n::Lang;
use crate::intent::Action;

/// Draws the chooser while `draft` (the new office's name being typed) is open; returns the
/// office chosen. Closing it leaves the workspace read-only.
pub fn show(
    ctx: &egui::Context,
    workspace: &WorkspaceView<'_>,
    draft: &mut Option<String>,
    lang: Lang,
) -> Option<Action> {
    let name = draft.as_mut()?;
    let mut chosen = None;
    let mut open = true;
    egui::Window::new(lang.pick("这台电脑属于哪个单位", "Which office is this machine?"))
        .collapsible(false)
        .resizable(false)
        .open(&mut open)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            ui.label(format!(
                "{} {}",
                lang.pick("工作区:", "Workspace:"),
                workspace.folder.display()
            ));
            ui.label(lang.pick(
                "修改只写入本单位的台账;其他单位的项目只能查看,需要时可以接管。",
                "Changes go to this office's ledger; other offices' projects are read-only unless taken over.",
            ));
            ui.separator();
            for office in workspace.offices {
                let button = ui
                    .button(office)
                    .accessible_name(format!("{}{office}", lang.pick("本机属于", "This machine is ")));
                if button.clicked() {
                    chosen = Some(office.clone());
                }
            }
            if workspace.offices.is_empty() {
                ui.weak(lang.pick("文件夹里还没有台账。", "The folder holds no ledger yet."));
            }
            ui.separator();
            ui.horizontal(|ui| {
                ui.label(lang.pick("新单位:", "New office:"));
                let field = ui
                    .add(
                        egui::TextEdit::singleline(name)
                            .desired_width(180.0)
                            .hint_text(lang.pick("如 青石镇", "e.g. Qingshi")),
                    )
                    .accessible_name(lang.pick("新单位名称", "New office's name"));
                let typed = name.trim();
                let valid = office_name_is_valid(typed);
                let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if ui
                    .add_enabled(valid, egui::Button::new(lang.pick("新建", "Create")))
                    .clicked()
                    || (entered && valid)
                {
                    chosen = Some(typed.to_string());
                }
            });
        });
    if chosen.is_some() || !open {
        *draft = None;
    }
    chosen.map(Action::ChooseOffice)
}

/// Can this be an office's file name: not empty, no path separators or characters Windows
/// refuses, not hidden?
pub fn office_name_is_valid(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('.')
        && !name.chars().any(|c| {
            matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') || c.is_control()
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_office_name_must_make_a_plain_file_name() {
        assert!(office_name_is_valid("青石镇"));
        assert!(office_name_is_valid("市项目办"));
        for bad in ["", ".青石镇", "青石/镇", "a:b", "问?"] {
            assert!(!office_name_is_valid(bad), "{bad}");
        }
    }
}
