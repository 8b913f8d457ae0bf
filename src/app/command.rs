//! The commands a user can give from the menu or the keyboard. Each carries its label and its
//! shortcut, so the menus, the shortcut list and the key handling cannot drift apart.

use eframe::egui::{Key, KeyboardShortcut, Modifiers};

use crate::ui::i18n::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    NewLedger,
    OpenLedger,
    ImportArticle,
    PasteArticle,
    OpenSample,
    Save,
    SaveAs,
    Quit,
    Undo,
    Redo,
    NewProject,
    Find,
    ExportCsv,
    ExportXlsx,
    ShowDashboard,
    ShowGoals,
    ShowArticles,
    ShowSettings,
    ShowAbout,
    ShowShortcuts,
}

const CTRL: Modifiers = Modifiers::COMMAND;
const CTRL_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::COMMAND
};

impl Command {
    /// Every command, in menu order.
    pub const ALL: [Command; 20] = [
        Command::NewLedger,
        Command::OpenLedger,
        Command::ImportArticle,
        Command::PasteArticle,
        Command::OpenSample,
        Command::Save,
        Command::SaveAs,
        Command::Quit,
        Command::Undo,
        Command::Redo,
        Command::NewProject,
        Command::Find,
        Command::ExportCsv,
        Command::ExportXlsx,
        Command::ShowDashboard,
        Command::ShowGoals,
        Command::ShowArticles,
        Command::ShowSettings,
        Command::ShowAbout,
        Command::ShowShortcuts,
    ];

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Command::NewLedger => lang.pick("新建台账…", "New ledger…"),
            Command::OpenLedger => lang.pick("打开台账…", "Open ledger…"),
            Command::ImportArticle => lang.pick("导入文章…", "Import article…"),
            Command::PasteArticle => lang.pick("粘贴文章文本…", "Paste article text…"),
            Command::OpenSample => lang.pick("导入示例文章", "Import the sample article"),
            Command::Save => lang.pick("保存", "Save"),
            Command::SaveAs => lang.pick("另存为…", "Save as…"),
            Command::Quit => lang.pick("退出", "Quit"),
            Command::Undo => lang.pick("撤销", "Undo"),
            Command::Redo => lang.pick("重做", "Redo"),
            Command::NewProject => lang.pick("新建项目", "New project"),
            Command::Find => lang.pick("搜索", "Search"),
            Command::ExportCsv => lang.pick("导出 CSV…", "Export CSV…"),
            Command::ExportXlsx => lang.pick("导出 Excel…", "Export Excel…"),
            Command::ShowDashboard => lang.pick("项目列表 / 仪表盘", "Projects / dashboard"),
            Command::ShowGoals => lang.pick("目标…", "Goals…"),
            Command::ShowArticles => lang.pick("已导入的文章", "Imported articles"),
            Command::ShowSettings => lang.pick("设置…", "Settings…"),
            Command::ShowAbout => lang.pick("关于", "About"),
            Command::ShowShortcuts => lang.pick("快捷键", "Keyboard shortcuts"),
        }
    }

    /// The main shortcut, shown in menus.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        self.shortcuts().first().copied()
    }

    /// Every key combination that gives this command; the first is the one shown.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        const fn ks(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
            KeyboardShortcut::new(modifiers, key)
        }
        match self {
            Command::NewLedger => const { &[ks(CTRL_SHIFT, Key::N)] },
            Command::OpenLedger => const { &[ks(CTRL, Key::O)] },
            Command::ImportArticle => const { &[ks(CTRL, Key::I)] },
            Command::PasteArticle => const { &[ks(CTRL_SHIFT, Key::V)] },
            Command::OpenSample => &[],
            Command::Save => const { &[ks(CTRL, Key::S)] },
            Command::SaveAs => const { &[ks(CTRL_SHIFT, Key::S)] },
            Command::Quit => const { &[ks(CTRL, Key::Q)] },
            Command::Undo => const { &[ks(CTRL, Key::Z)] },
            Command::Redo => const { &[ks(CTRL_SHIFT, Key::Z), ks(CTRL, Key::Y)] },
            Command::NewProject => const { &[ks(CTRL, Key::N)] },
            Command::Find => const { &[ks(CTRL, Key::F)] },
            Command::ExportCsv => const { &[ks(CTRL, Key::E)] },
            Command::ExportXlsx => const { &[ks(CTRL_SHIFT, Key::E)] },
            Command::ShowDashboard => const { &[ks(CTRL, Key::D)] },
            Command::ShowGoals => const { &[ks(CTRL, Key::G)] },
            Command::ShowArticles => const { &[ks(CTRL_SHIFT, Key::A)] },
            Command::ShowSettings => const { &[ks(CTRL, Key::Comma)] },
            Command::ShowAbout => &[],
            Command::ShowShortcuts => const { &[ks(Modifiers::NONE, Key::F1)] },
        }
    }

    /// Commands that act on text in a focused text field are left to the field.
    pub fn yields_to_text_fields(self) -> bool {
        matches!(self, Command::Undo | Command::Redo | Command::PasteArticle)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let all: Vec<_> = Command::ALL
            .iter()
            .flat_map(|c| c.shortcuts().iter().map(move |s| (c, s)))
            .collect();
        for (i, (a, sa)) in all.iter().enumerate() {
            for (b, sb) in &all[i + 1..] {
                assert!(sa != sb, "{a:?} and {b:?} share a shortcut");
            }
        }
    }

    #[test]
    fn every_command_has_labels_in_both_languages() {
        for command in Command::ALL {
            assert!(!command.label(Lang::Zh).is_empty());
            let english = command.label(Lang::En);
            assert!(
                !english
                    .chars()
                    .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{english}"
            );
        }
    }
}
