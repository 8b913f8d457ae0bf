//! The commands a user can give from the menu or the keyboard. Each carries its label and its
//! shortcut, so the menus, the shortcut list and the key handling cannot drift apart.

use eframe::egui::{Key, KeyboardShortcut, Modifiers};

use crate::i18n::Lang;

/// Declares the commands and derives [`Command::ALL`] from the same list, so a new command
/// cannot be left out of the menus' checks, the shortcut list or the key handling.
macro_rules! commands {
    ($($name:ident),* $(,)?) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Command {
            $($name),*
        }

        impl Command {
            /// Every command, in menu order.
            pub const ALL: &'static [Command] = &[$(Command::$name),*];
        }
    };
}

commands! {
    NewLedger,
    OpenLedger,
    OpenWorkspace,
    ChooseOffice,
    ImportArticle,
    ImportSheet,
    PasteArticle,
    OpenSample,
    Save,
    SaveAs,
    Quit,
    Undo,
    Redo,
    NewProject,
    EditUnit,
    Find,
    ExportCsv,
    ExportXlsx,
    WriteReport,
    SendLedger,
    ReceiveSubmission,
    ShowDashboard,
    ShowMonthly,
    ShowGoals,
    ShowArticles,
    ShowSettings,
    ShowAbout,
    ShowShortcuts,
}

/// What decides whether a command applies now; the app fills it in each frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommandState {
    /// The ledger can be changed and saved.
    pub writable: bool,
    pub can_undo: bool,
    pub can_redo: bool,
    /// A unit is selected in the left panel.
    pub unit_selected: bool,
    /// A workspace folder is open.
    pub workspace: bool,
}

/// Why a command does not apply now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unavailable {
    ReadOnly,
    NothingToUndo,
    NothingToRedo,
    NoUnitSelected,
    NoWorkspace,
}

impl Unavailable {
    /// The short notice a shortcut gives instead of the command.
    pub fn notice(self, command: Command, lang: Lang) -> String {
        let label = command.label(lang).trim_end_matches('…');
        let why = match self {
            Unavailable::ReadOnly => lang.pick("台账为只读", "the ledger is read-only"),
            Unavailable::NothingToUndo => lang.pick("没有可撤销的操作", "nothing to undo"),
            Unavailable::NothingToRedo => lang.pick("没有可重做的操作", "nothing to redo"),
            Unavailable::NoUnitSelected => {
                lang.pick("请先在左侧选一个区镇", "select a unit on the left first")
            }
            Unavailable::NoWorkspace => {
                lang.pick("没有打开工作区文件夹", "no workspace folder is open")
            }
        };
        match lang {
            Lang::Zh => format!("“{label}”现在不可用:{why}"),
            Lang::En => format!("“{label}” is not available: {why}"),
        }
    }
}

const CTRL: Modifiers = Modifiers::COMMAND;
const CTRL_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::COMMAND
};

impl Command {
    /// Why the command does not apply now, or `None` when it does. Menus grey it out and its
    /// shortcut only says why, from this one rule.
    pub fn unavailable(self, state: &CommandState) -> Option<Unavailable> {
        match self {
            Command::ImportArticle
            | Command::ImportSheet
            | Command::PasteArticle
            | Command::OpenSample
            | Command::Save
            | Command::NewProject
            | Command::EditUnit
                if !state.writable =>
            {
                Some(Unavailable::ReadOnly)
            }
            Command::Undo | Command::Redo if !state.writable => Some(Unavailable::ReadOnly),
            Command::Undo if !state.can_undo => Some(Unavailable::NothingToUndo),
            Command::Redo if !state.can_redo => Some(Unavailable::NothingToRedo),
            Command::EditUnit if !state.unit_selected => Some(Unavailable::NoUnitSelected),
            Command::ChooseOffice if !state.workspace => Some(Unavailable::NoWorkspace),
            _ => None,
        }
    }

    pub fn enabled(self, state: &CommandState) -> bool {
        self.unavailable(state).is_none()
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Command::NewLedger => lang.pick("新建台账…", "New ledger…"),
            Command::OpenLedger => lang.pick("打开台账…", "Open ledger…"),
            Command::OpenWorkspace => lang.pick("打开工作区…", "Open workspace…"),
            Command::ChooseOffice => lang.pick("本机所属单位…", "This machine's office…"),
            Command::ImportArticle => lang.pick("导入文章…", "Import article…"),
            Command::ImportSheet => lang.pick("导入表格…", "Import spreadsheet…"),
            Command::PasteArticle => lang.pick("粘贴文章文本…", "Paste article text…"),
            Command::OpenSample => lang.pick("导入示例文章", "Import the sample article"),
            Command::Save => lang.pick("保存", "Save"),
            Command::SaveAs => lang.pick("另存为…", "Save as…"),
            Command::Quit => lang.pick("退出", "Quit"),
            Command::Undo => lang.pick("撤销", "Undo"),
            Command::Redo => lang.pick("重做", "Redo"),
            Command::NewProject => lang.pick("新建项目", "New project"),
            Command::EditUnit => lang.pick("编辑区镇…", "Edit unit…"),
            Command::Find => lang.pick("搜索", "Search"),
            Command::ExportCsv => lang.pick("导出 CSV…", "Export CSV…"),
            Command::ExportXlsx => lang.pick("导出 Excel…", "Export Excel…"),
            Command::WriteReport => lang.pick("生成月度通报…", "Write the monthly report…"),
            Command::SendLedger => lang.pick("报送…", "Send the ledger…"),
            Command::ReceiveSubmission => lang.pick("导入报送…", "Receive a submission…"),
            Command::ShowDashboard => lang.pick("项目列表 / 仪表盘", "Projects / dashboard"),
            Command::ShowMonthly => lang.pick("月报", "Monthly report"),
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
            Command::OpenWorkspace => const { &[ks(CTRL_SHIFT, Key::O)] },
            Command::ChooseOffice => &[],
            Command::ImportArticle => const { &[ks(CTRL, Key::I)] },
            Command::ImportSheet => const { &[ks(CTRL_SHIFT, Key::I)] },
            Command::PasteArticle => const { &[ks(CTRL_SHIFT, Key::V)] },
            Command::OpenSample => &[],
            Command::Save => const { &[ks(CTRL, Key::S)] },
            Command::SaveAs => const { &[ks(CTRL_SHIFT, Key::S)] },
            Command::Quit => const { &[ks(CTRL, Key::Q)] },
            Command::Undo => const { &[ks(CTRL, Key::Z)] },
            Command::Redo => const { &[ks(CTRL_SHIFT, Key::Z), ks(CTRL, Key::Y)] },
            Command::NewProject => const { &[ks(CTRL, Key::N)] },
            Command::EditUnit => const { &[ks(CTRL, Key::U)] },
            Command::Find => const { &[ks(CTRL, Key::F)] },
            Command::ExportCsv => const { &[ks(CTRL, Key::E)] },
            Command::ExportXlsx => const { &[ks(CTRL_SHIFT, Key::E)] },
            Command::WriteReport => const { &[ks(CTRL_SHIFT, Key::R)] },
            Command::SendLedger | Command::ReceiveSubmission => &[],
            Command::ShowDashboard => const { &[ks(CTRL, Key::D)] },
            Command::ShowMonthly => const { &[ks(CTRL, Key::M)] },
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
    fn a_read_only_ledger_takes_no_changes_but_can_be_saved_elsewhere() {
        let read_only = CommandState {
            writable: false,
            can_undo: true,
            can_redo: true,
            unit_selected: true,
            workspace: false,
        };
        for command in [Command::ImportArticle, Command::NewProject, Command::Undo] {
            assert_eq!(command.unavailable(&read_only), Some(Unavailable::ReadOnly));
        }
        assert!(Command::SaveAs.enabled(&read_only));
        assert!(Command::ExportCsv.enabled(&read_only));
        let fresh = CommandState {
            writable: true,
            can_undo: false,
            can_redo: false,
            unit_selected: false,
            workspace: false,
        };
        assert_eq!(
            Command::Undo.unavailable(&fresh),
            Some(Unavailable::NothingToUndo)
        );
        assert!(Command::ImportArticle.enabled(&fresh));
        assert_eq!(
            Command::EditUnit.unavailable(&fresh),
            Some(Unavailable::NoUnitSelected)
        );
    }

    #[test]
    fn every_command_has_labels_in_both_languages() {
        for &command in Command::ALL {
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
