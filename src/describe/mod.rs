//! Every error a person is shown, in plain words and in the UI's language (中文 or English):
//! the one describer. Notices, the ledger banner and unattended runs take their messages from
//! here, so that no serde or system English reaches the Chinese UI, a position is the line and
//! column really at fault, and a message offers only what exists (the backup only when there
//! is one). It knows nothing of egui or the app: errors in, text out.

mod article;
mod ledger;
pub mod merge;
mod sheet;

use std::io::ErrorKind;

pub use article::article_error;
pub use ledger::{blocked, load_error, recover_error, save_as_error, save_error};
pub use sheet::sheet_error;

use crate::export::ExportError;
use crate::i18n::Lang;
use crate::model::done_order::OrderError;
use crate::model::{EditError, Milestone};
use crate::workspace::WorkspaceError;

/// Why an edit was refused.
pub fn edit_error(error: &EditError, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    match error {
        EditError::UnknownUnit(_) if zh => "找不到这个区镇,它可能已被删除。".into(),
        EditError::UnknownUnit(_) => "That unit no longer exists.".into(),
        EditError::UnknownProject(_) if zh => "找不到这个项目,它可能已被删除。".into(),
        EditError::UnknownProject(_) => "That project no longer exists.".into(),
        EditError::UnknownGoal(_) if zh => "找不到这个目标,它可能已被删除。".into(),
        EditError::UnknownGoal(_) => "That goal no longer exists.".into(),
        EditError::UnknownSource(_) if zh => "找不到这篇文章,它可能已被删除。".into(),
        EditError::UnknownSource(_) => "That article no longer exists.".into(),
        EditError::UnitInUse(count) if zh => {
            format!("这个区镇还有 {count} 个项目,请先删除或移走它们。")
        }
        EditError::UnitInUse(count) => {
            format!("The unit still has {count} projects; delete or move them first.")
        }
        EditError::SourceInUse(count) if zh => {
            format!("还有 {count} 个项目或目标引用这篇文章,不能删除。")
        }
        EditError::SourceInUse(count) => {
            format!("{count} projects or goals still refer to this article.")
        }
        EditError::ForeignId if zh => "这条记录不属于当前台账。".into(),
        EditError::ForeignId => "That record does not belong to this ledger.".into(),
    }
}

/// Why a done date was refused: it would put two milestones out of order.
pub fn order_error(error: &OrderError, lang: Lang) -> String {
    let earlier = lang.milestone(error.earlier);
    let later = lang.milestone(error.later);
    let (earlier_done, later_done) = (error.earlier_done, error.later_done);
    match lang {
        Lang::Zh => format!(
            "没有修改:{earlier}({earlier_done})不能晚于{later}({later_done})。请先改{later}的日期。"
        ),
        Lang::En => format!(
            "Not changed: {earlier} ({earlier_done}) cannot come after {later} ({later_done}). Change the date of {later} first."
        ),
    }
}

/// Which inferred done dates were moved to keep the milestones in order.
pub fn moved_dates(moved: &[(Milestone, chrono::NaiveDate)], lang: Lang) -> String {
    let list: Vec<String> = moved
        .iter()
        .map(|(milestone, day)| format!("{} → {day}", lang.milestone(*milestone)))
        .collect();
    match lang {
        Lang::Zh => format!("为保持节点顺序,推断的完成日期已调整:{}。", list.join("、")),
        Lang::En => format!(
            "To keep the milestones in order, inferred done dates moved: {}.",
            list.join(", ")
        ),
    }
}

/// Why an export failed.
pub fn export_error(error: &ExportError, lang: Lang) -> String {
    match (error, lang) {
        (ExportError::Io { path, source }, Lang::Zh) => {
            format!("无法写入 {}:{}。", path.display(), io_reason(source, lang))
        }
        (ExportError::Io { path, source }, Lang::En) => {
            format!("Cannot write {}: {source}.", path.display())
        }
        (ExportError::Format { path, .. }, Lang::Zh) => {
            format!("无法生成 {}:表格程序库报告了错误。", path.display())
        }
        (ExportError::Format { path, message }, Lang::En) => {
            format!("Cannot write {}: {message}.", path.display())
        }
    }
}

/// Why a workspace folder could not be listed.
pub fn workspace_error(error: &WorkspaceError, lang: Lang) -> String {
    match (error, lang) {
        (WorkspaceError::NotAFolder { path }, Lang::Zh) => {
            format!("{} 不是文件夹,不能作为工作区打开。", path.display())
        }
        (WorkspaceError::NotAFolder { path }, Lang::En) => {
            format!(
                "{} is not a folder, so it cannot be opened as a workspace.",
                path.display()
            )
        }
        (WorkspaceError::Unreadable { path, source }, Lang::Zh) => {
            format!(
                "无法读取工作区文件夹 {}:{}。",
                path.display(),
                io_reason(source, lang)
            )
        }
        (WorkspaceError::Unreadable { path, source }, Lang::En) => {
            format!(
                "Cannot list the workspace folder {}: {source}.",
                path.display()
            )
        }
    }
}

/// What the system said about a file, in the UI's language.
pub fn io_reason(error: &std::io::Error, lang: Lang) -> String {
    if lang == Lang::En {
        return error.to_string();
    }
    let reason = match error.kind() {
        ErrorKind::NotFound => "找不到这个文件或文件夹",
        ErrorKind::PermissionDenied => "没有权限",
        ErrorKind::AlreadyExists => "已有同名的文件",
        ErrorKind::ReadOnlyFilesystem => "磁盘或分区是只读的",
        ErrorKind::StorageFull => "磁盘已满",
        ErrorKind::QuotaExceeded => "超出了磁盘配额",
        ErrorKind::IsADirectory => "这是一个文件夹",
        ErrorKind::NotADirectory => "路径中有一段不是文件夹",
        ErrorKind::DirectoryNotEmpty => "文件夹不是空的",
        ErrorKind::FileTooLarge => "文件太大",
        ErrorKind::InvalidFilename => "文件名无效",
        ErrorKind::ResourceBusy | ErrorKind::ExecutableFileBusy => "文件正被占用",
        ErrorKind::TimedOut => "操作超时",
        ErrorKind::Unsupported => "这个文件系统不支持这项操作",
        ErrorKind::StaleNetworkFileHandle
        | ErrorKind::NetworkDown
        | ErrorKind::NetworkUnreachable
        | ErrorKind::HostUnreachable
        | ErrorKind::ConnectionReset
        | ErrorKind::ConnectionAborted => "网络或共享文件夹连接中断",
        _ => {
            return match error.raw_os_error() {
                Some(code) => format!("系统错误(代码 {code})"),
                None => "系统错误".into(),
            };
        }
    };
    reason.into()
}

/// A byte count in megabytes with one decimal ("20.0 MB").
fn megabytes(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1_048_576.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn system_reasons_are_chinese_in_the_chinese_ui() {
        let denied = std::io::Error::from(ErrorKind::PermissionDenied);
        assert_eq!(io_reason(&denied, Lang::Zh), "没有权限");
        assert!(io_reason(&denied, Lang::En).contains("denied"));
        let odd = std::io::Error::from_raw_os_error(40);
        assert!(!io_reason(&odd, Lang::Zh).is_ascii());
        assert_eq!(megabytes(20 * 1024 * 1024), "20.0 MB");
    }

    #[test]
    fn an_order_error_names_both_milestones_and_days() {
        let day = |d| chrono::NaiveDate::from_ymd_opt(2025, 3, d).unwrap();
        let error = OrderError {
            earlier: Milestone::Sign,
            earlier_done: day(5),
            later: Milestone::Start,
            later_done: day(1),
        };
        assert_eq!(
            order_error(&error, Lang::Zh),
            "没有修改:签约(2025-03-05)不能晚于开工(2025-03-01)。请先改开工的日期。"
        );
        assert!(order_error(&error, Lang::En).contains("cannot come after"));
        assert_eq!(
            moved_dates(&[(Milestone::Sign, day(1))], Lang::Zh),
            "为保持节点顺序,推断的完成日期已调整:签约 → 2025-03-01。"
        );
    }

    #[test]
    fn edit_errors_have_no_debug_text() {
        for error in [
            EditError::UnknownProject(crate::model::ProjectId(3)),
            EditError::UnitInUse(2),
        ] {
            let text = edit_error(&error, Lang::Zh);
            assert!(!text.contains("ProjectId") && !text.is_ascii(), "{text}");
        }
    }

    #[test]
    fn workspace_errors_are_plain_chinese() {
        let missing = WorkspaceError::Unreadable {
            path: "/共享/台账".into(),
            source: std::io::Error::from(ErrorKind::NotFound),
        };
        assert_eq!(
            workspace_error(&missing, Lang::Zh),
            "无法读取工作区文件夹 /共享/台账:找不到这个文件或文件夹。"
        );
        let file = WorkspaceError::NotAFolder {
            path: "/共享/甲镇.ron".into(),
        };
        assert_eq!(
            workspace_error(&file, Lang::Zh),
            "/共享/甲镇.ron 不是文件夹,不能作为工作区打开。"
        );
        assert!(workspace_error(&file, Lang::En).contains("not a folder"));
    }
}
