//! Plain words for a ledger file that cannot be used: what happened, that nothing was
//! overwritten, and whether a backup exists.

use crate::store::format::FormatError;
use crate::store::lock::LockError;
use crate::store::{Blocked, LedgerStore, LoadError};
use crate::ui::Problem;
use crate::ui::i18n::Lang;

/// The banner text for a store that will not write, or `None` when all is well.
pub fn describe(store: &LedgerStore, lang: Lang) -> Option<Problem> {
    let blocked = store.blocked()?;
    let path = store.path().display();
    let zh = lang == Lang::Zh;
    let (message, unreadable) = match blocked {
        Blocked::Lock(LockError::HeldElsewhere) => (
            if zh {
                format!("另一个 Town Tracker 窗口正在使用台账 {path},这里只能查看,不能修改。")
            } else {
                format!("Another Town Tracker window has {path} open; here it can only be viewed.")
            },
            false,
        ),
        Blocked::Lock(LockError::Io { source, .. }) => (
            if zh {
                format!("无法锁定台账 {path}({source}),为防止修改丢失,这里只能查看。")
            } else {
                format!(
                    "Cannot lock {path} ({source}); to avoid losing changes it can only be viewed."
                )
            },
            false,
        ),
        Blocked::Load(LoadError::Unreadable { source, .. }) => (
            if zh {
                format!("无法读取台账 {path}:{source}。文件没有被改动。")
            } else {
                format!("Cannot read {path}: {source}. The file was not touched.")
            },
            true,
        ),
        Blocked::Load(LoadError::Format { source, .. }) => {
            (format_problem(source, &path.to_string(), zh), true)
        }
    };
    let too_new = matches!(
        blocked,
        Blocked::Load(LoadError::Format {
            source: FormatError::TooNew { .. },
            ..
        })
    );
    Some(Problem {
        message,
        unreadable: unreadable && !too_new,
        backup_available: store.backup().is_some(),
    })
}

fn format_problem(error: &FormatError, path: &str, zh: bool) -> String {
    match (error, zh) {
        (
            FormatError::Syntax {
                line,
                column,
                message,
            },
            true,
        ) => format!(
            "台账 {path} 已损坏或不完整(第 {line} 行第 {column} 列:{message})。文件没有被改动;可以从备份恢复。"
        ),
        (
            FormatError::Syntax {
                line,
                column,
                message,
            },
            false,
        ) => format!(
            "The ledger {path} is damaged or incomplete (line {line}, column {column}: {message}). It was not touched; you can restore the backup."
        ),
        (FormatError::TooNew { found, supported }, true) => format!(
            "台账 {path} 由更新版本的 Town Tracker 保存(格式版本 {found},本版本最高认识 {supported})。为免丢失数据,不会覆盖它;请升级 Town Tracker。"
        ),
        (FormatError::TooNew { found, supported }, false) => format!(
            "The ledger {path} was saved by a newer Town Tracker (format {found}; this one knows up to {supported}). It will not be overwritten; please upgrade."
        ),
        (FormatError::UnknownVersion(found), true) => {
            format!("台账 {path} 的格式版本 {found} 无法识别。文件没有被改动。")
        }
        (FormatError::UnknownVersion(found), false) => {
            format!("The ledger {path} has an unknown format version {found}. It was not touched.")
        }
        (FormatError::Inconsistent(detail), true) => {
            format!("台账 {path} 内容自相矛盾({detail})。文件没有被改动;可以从备份恢复。")
        }
        (FormatError::Inconsistent(detail), false) => format!(
            "The ledger {path} contradicts itself ({detail}). It was not touched; you can restore the backup."
        ),
    }
}
