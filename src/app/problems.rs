//! The banner's problem for a ledger file that cannot be used: the describer's words, and
//! which ways on exist (the backup is offered only when there is one, recovery only for a
//! file whose content is damaged).

use crate::describe;
use crate::i18n::Lang;
use crate::intent::Problem;
use crate::store::{Blocked, LedgerStore};

/// The banner for a store that will not write, or `None` when all is well.
pub fn describe(store: &LedgerStore, lang: Lang) -> Option<Problem> {
    let blocked = store.blocked()?;
    let backup_available = store.backup().is_some();
    Some(Problem {
        message: describe::blocked(blocked, store.path(), backup_available, lang),
        unreadable: blocked.is_damaged(),
        backup_available,
        choose_office: matches!(blocked, Blocked::NoOffice { .. }),
    })
}
