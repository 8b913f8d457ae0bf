//! What the views ask the app to do. Views return these; `App::apply` carries them out.

use std::path::PathBuf;

use super::change::Change;
use super::command::Command;
use super::dialog::{DialogAnswer, DialogRequest};
use super::settings::Settings;
use crate::i18n::Lang;
use crate::sheet::Field as SheetField;

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
    /// The settings window's OK.
    ApplySettings(Box<Settings>),
    /// Close even though changes could not be saved.
    QuitWithoutSaving,
    /// Import the reviewed article (the first waiting review) as one undo step.
    AcceptImport,
    /// Drop the first waiting review; nothing changes.
    CancelImport,
    /// Read the reviewed article again with this year.
    ReviewYear(i32),
    /// Read pasted text as an article.
    ExtractPasted(String),
    CancelPaste,
    /// The user closed the notice at this place in the list.
    DismissNotice(usize),
    /// The in-window file browser answered.
    FileChosen {
        request: DialogRequest,
        answer: DialogAnswer,
    },
    /// Give a column of the sheet under review another meaning.
    MapSheetColumn {
        column: usize,
        field: SheetField,
    },
    /// Import the reviewed sheet as one undo step.
    AcceptSheet,
    /// Drop the sheet under review; nothing changes.
    CancelSheet,
    /// In a workspace: this machine's ledger is this office's (a ledger of the folder, or a new
    /// one of that name).
    ChooseOffice(String),
    /// In a workspace: copy another office's project into the own ledger, to change it there.
    TakeOver(crate::model::ProjectId),
    /// The conflict window's answers, one for each choice, in order.
    ResolveConflict(Vec<crate::workspace::merge::Side>),
    /// Close the conflict window; the copy stays and is offered again later.
    PostponeConflict,
}
