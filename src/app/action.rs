//! What the views ask the app to do. Views return these; `App::apply` carries them out.

use std::path::PathBuf;

use super::change::Change;
use super::command::Command;
use crate::ui::file_dialog::{DialogAnswer, DialogRequest};
use crate::ui::i18n::Lang;

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Command(Command),
    Change(Change),
    /// Open a ledger from the recent list.
    OpenLedger(PathBuf),
    /// Replace an unreadable ledger by its backup (`true`) or by an empty one.
    Recover {
        from_backup: bool,
    },
    SetLang(Lang),
    /// Close even though changes could not be saved.
    QuitWithoutSaving,
    /// The in-window file browser answered.
    FileChosen {
        request: DialogRequest,
        answer: DialogAnswer,
    },
}
