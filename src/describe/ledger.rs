//! The ledger file's problems in plain words: why it cannot be read, why it is read-only, why
//! a save, a "save as" or a recovery failed — with the line and column at fault, the lock
//! file and its holder, and the backup offered only when one exists.

use std::path::Path;

use crate::i18n::Lang;
use crate::model::Inconsistency;
use crate::store::format::{Expected, FormatError, SyntaxKind};
use crate::store::lock::{Holder, LockError};
use crate::store::read::FileKind;
use crate::store::{
    Blocked, LoadError, RecoverError, SaveAsError, SaveError, UnknownField, locate::Position,
};

use super::{io_reason, megabytes};

/// Why the ledger at `ledger` is read-only or unreadable. `backup` says whether a backup
/// exists to be offered.
pub fn blocked(blocked: &Blocked, ledger: &Path, backup: bool, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let path = ledger.display();
    match blocked {
        Blocked::Lock(error) => lock_error(error, ledger, lang),
        Blocked::Load(error) => {
            let mut text = load_error(error, lang);
            if backup && blocked.is_damaged() {
                text.push_str(lang.pick("可以从备份恢复。", " You can restore the backup."));
            }
            text
        }
        Blocked::UnknownFields { fields, .. } if zh => format!(
            "台账 {path} 含有本版本不认识的字段:{}。它们可能是手工添加的,或由更新版本的 Town Tracker 写入;为免保存时丢失,这里只能查看。请删除或改正这些字段,或升级 Town Tracker。",
            field_list(fields, lang)
        ),
        Blocked::UnknownFields { fields, .. } => format!(
            "{path} has fields this version does not know: {}. They may have been added by hand or by a newer Town Tracker; so that a save does not drop them, it can only be viewed here. Remove or correct them, or upgrade Town Tracker.",
            field_list(fields, lang)
        ),
        Blocked::ReadOnlyFile { .. } if zh => {
            format!("台账 {path} 是只读文件(或不属于你),这里只能查看。要修改,请先让它可以写入。")
        }
        Blocked::ReadOnlyFile { .. } => format!(
            "{path} is read-only (or not yours to write); here it can only be viewed. Make it writable to change it."
        ),
        Blocked::NoOffice { folder } if zh => format!(
            "{} 是工作区文件夹,各单位的台账都在里面。请先在“这台电脑属于哪个单位”中选择本单位的台账;在此之前只能查看。",
            folder.display()
        ),
        Blocked::NoOffice { folder } => format!(
            "{} is a workspace folder holding each office's ledger. Choose this machine's office first (“Which office is this machine?”); until then it can only be viewed.",
            folder.display()
        ),
        Blocked::ReadOnlyFolder {
            path: folder,
            source,
        } if zh => format!(
            "台账所在的文件夹 {} 不能写入({}),台账 {path} 这里只能查看。",
            folder.display(),
            io_reason(source, lang)
        ),
        Blocked::ReadOnlyFolder {
            path: folder,
            source,
        } => format!(
            "The folder {} takes no new files ({source}); {path} can only be viewed here.",
            folder.display()
        ),
    }
}

fn lock_error(error: &LockError, ledger: &Path, lang: Lang) -> String {
    let path = ledger.display();
    match (error, lang) {
        (LockError::HeldElsewhere { path: lock, holder }, Lang::Zh) => format!(
            "另一个 Town Tracker 窗口正在使用台账 {path}({}锁文件 {}),这里只能查看,不能修改。",
            holder_text(holder, lang),
            lock.display()
        ),
        (LockError::HeldElsewhere { path: lock, holder }, Lang::En) => format!(
            "Another Town Tracker window has {path} open ({}lock file {}); here it can only be viewed.",
            holder_text(holder, lang),
            lock.display()
        ),
        (LockError::Io { path: lock, source }, Lang::Zh) => format!(
            "无法使用锁文件 {}({}),为防止修改丢失,台账 {path} 这里只能查看。",
            lock.display(),
            io_reason(source, lang)
        ),
        (LockError::Io { path: lock, source }, Lang::En) => format!(
            "Cannot use the lock file {} ({source}); to avoid losing changes, {path} can only be viewed here.",
            lock.display()
        ),
    }
}

/// "用户 王芳,电脑 jingfa-pc,自 2025-04-15 09:30 起;" — what the lock file says of its holder.
fn holder_text(holder: &Holder, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let parts: Vec<String> = [
        holder
            .user
            .as_ref()
            .map(|user| format!("{}{user}", lang.pick("用户 ", "user "))),
        holder
            .host
            .as_ref()
            .map(|host| format!("{}{host}", lang.pick("电脑 ", "machine "))),
        holder.since.as_ref().map(|since| {
            if zh {
                format!("自 {since} 起")
            } else {
                format!("since {since}")
            }
        }),
    ]
    .into_iter()
    .flatten()
    .collect();
    if parts.is_empty() {
        return String::new();
    }
    format!(
        "{}{}",
        parts.join(lang.pick(",", ", ")),
        lang.pick(";", "; ")
    )
}

fn field_list(fields: &[UnknownField], lang: Lang) -> String {
    fields
        .iter()
        .map(|field| match (field.position, lang) {
            (Some(at), Lang::Zh) => {
                format!("{}({},{})", field.name, position(at, lang), field.path)
            }
            (Some(at), Lang::En) => {
                format!("{} ({}, {})", field.name, position(at, lang), field.path)
            }
            (None, Lang::Zh) => format!("{}({})", field.name, field.path),
            (None, Lang::En) => format!("{} ({})", field.name, field.path),
        })
        .collect::<Vec<_>>()
        .join(lang.pick("、", ", "))
}

fn position(at: Position, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("第 {} 行第 {} 列", at.line, at.column),
        Lang::En => format!("line {}, column {}", at.line, at.column),
    }
}

/// Why a ledger file could not be read, and that it was left as it was.
pub fn load_error(error: &LoadError, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    match error {
        LoadError::Unreadable { path, source } if zh => format!(
            "无法读取台账 {}:{}。文件没有被改动。",
            path.display(),
            io_reason(source, lang)
        ),
        LoadError::Unreadable { path, source } => {
            format!(
                "Cannot read {}: {source}. It was not touched.",
                path.display()
            )
        }
        LoadError::NotAFile { path, kind } if zh => format!(
            "{} 不是普通文件,而是{},不能当作台账。它没有被改动。",
            path.display(),
            file_kind(*kind, lang)
        ),
        LoadError::NotAFile { path, kind } => format!(
            "{} is not a regular file but a {}; it cannot be a ledger. It was not touched.",
            path.display(),
            file_kind(*kind, lang)
        ),
        LoadError::TooLarge { path, limit } if zh => format!(
            "{} 超过 {},不像是台账,没有读取。它没有被改动。",
            path.display(),
            megabytes(*limit)
        ),
        LoadError::TooLarge { path, limit } => format!(
            "{} is larger than {}, too large for a ledger; it was not read, nor touched.",
            path.display(),
            megabytes(*limit)
        ),
        LoadError::Format { path, source } => {
            format_error(source, &path.display().to_string(), lang)
        }
    }
}

fn file_kind(kind: FileKind, lang: Lang) -> &'static str {
    match kind {
        FileKind::Directory => lang.pick("文件夹", "folder"),
        FileKind::Fifo => lang.pick("命名管道(FIFO)", "named pipe (FIFO)"),
        FileKind::Socket => lang.pick("套接字", "socket"),
        FileKind::Device => lang.pick("设备文件", "device"),
        FileKind::Other => lang.pick("特殊文件", "special file"),
    }
}

fn format_error(error: &FormatError, path: &str, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    match error {
        FormatError::Syntax { line, column, kind } if zh => format!(
            "台账 {path} 已损坏或不完整({}:{})。文件没有被改动。",
            position(
                Position {
                    line: *line,
                    column: *column
                },
                lang
            ),
            syntax_kind(kind, lang)
        ),
        FormatError::Syntax { line, column, kind } => format!(
            "The ledger {path} is damaged or incomplete ({}: {}). It was not touched.",
            position(
                Position {
                    line: *line,
                    column: *column
                },
                lang
            ),
            syntax_kind(kind, lang)
        ),
        FormatError::NoVersion if zh => format!(
            "{path} 里没有格式版本(schema_version),不是 Town Tracker 台账。文件没有被改动。"
        ),
        FormatError::NoVersion => format!(
            "{path} has no schema_version, so it is not a Town Tracker ledger. It was not touched."
        ),
        FormatError::TooNew { found, supported } if zh => format!(
            "台账 {path} 由更新版本的 Town Tracker 保存(格式版本 {found},本版本最高认识 {supported})。为免丢失数据,不会覆盖它;请升级 Town Tracker。"
        ),
        FormatError::TooNew { found, supported } => format!(
            "The ledger {path} was saved by a newer Town Tracker (format {found}; this one knows up to {supported}). It will not be overwritten; please upgrade."
        ),
        FormatError::UnknownVersion(found) if zh => {
            format!("台账 {path} 的格式版本 {found} 无法识别。文件没有被改动。")
        }
        FormatError::UnknownVersion(found) => {
            format!("The ledger {path} has an unknown format version {found}. It was not touched.")
        }
        FormatError::Inconsistent(inconsistency) if zh => format!(
            "台账 {path} 内容自相矛盾:{}。文件没有被改动。",
            inconsistency_text(inconsistency, lang)
        ),
        FormatError::Inconsistent(inconsistency) => format!(
            "The ledger {path} contradicts itself: {}. It was not touched.",
            inconsistency_text(inconsistency, lang)
        ),
    }
}

fn inconsistency_text(inconsistency: &Inconsistency, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    match inconsistency {
        Inconsistency::InvalidId { id } if zh => format!("编号 {id} 不是有效的记录编号"),
        Inconsistency::InvalidId { id } => format!("{id} is not a valid record id"),
        Inconsistency::MissingUnit { project, unit } if zh => {
            format!("项目“{project}”所属的区镇(编号 {})不存在", unit.0)
        }
        Inconsistency::MissingUnit { project, unit } => {
            format!(
                "project “{project}” belongs to unit {}, which does not exist",
                unit.0
            )
        }
        Inconsistency::MissingSource { project, article } if zh => {
            format!("项目“{project}”引用的文章(编号 {})不存在", article.0)
        }
        Inconsistency::MissingSource { project, article } => {
            format!(
                "project “{project}” cites article {}, which does not exist",
                article.0
            )
        }
        Inconsistency::GoalMissingUnit { goal, unit } if zh => {
            format!("目标“{goal}”所属的区镇(编号 {})不存在", unit.0)
        }
        Inconsistency::GoalMissingUnit { goal, unit } => {
            format!(
                "goal “{goal}” belongs to unit {}, which does not exist",
                unit.0
            )
        }
    }
}

fn syntax_kind(kind: &SyntaxKind, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    match kind {
        SyntaxKind::UnexpectedEnd => lang
            .pick("文件在这里提前结束了", "the text ends too early")
            .into(),
        SyntaxKind::Expected(expected) if zh => {
            format!("这里应当是{}", expected_text(*expected, lang))
        }
        SyntaxKind::Expected(expected) => format!("expected {}", expected_text(*expected, lang)),
        SyntaxKind::UnexpectedChar(c) if zh => format!("不该出现“{c}”"),
        SyntaxKind::UnexpectedChar(c) => format!("unexpected “{c}”"),
        SyntaxKind::NotUtf8 => lang
            .pick(
                "这里有一个不是 UTF-8 文字的字节",
                "a byte that is not UTF-8 text",
            )
            .into(),
        SyntaxKind::NumberOutOfRange => lang.pick("数字太大", "a number too large").into(),
        SyntaxKind::WrongKind => lang
            .pick("这里的值类型不对", "a value of the wrong kind")
            .into(),
        SyntaxKind::UnknownVariant { found, expected } if zh => {
            format!("“{found}”不是可用的值(可用:{})", expected.join("、"))
        }
        SyntaxKind::UnknownVariant { found, expected } => {
            format!("“{found}” is not one of {}", expected.join(", "))
        }
        SyntaxKind::MissingField(field) if zh => format!("缺少字段 {field}"),
        SyntaxKind::MissingField(field) => format!("the field {field} is missing"),
        SyntaxKind::DuplicateField(field) if zh => format!("字段 {field} 写了两次"),
        SyntaxKind::DuplicateField(field) => format!("the field {field} is written twice"),
        SyntaxKind::DuplicateId(id) if zh => format!("编号 {id} 被两条记录使用"),
        SyntaxKind::DuplicateId(id) => format!("the id {id} is used by two records"),
        SyntaxKind::BadValue(text) if zh => format!("“{text}”不是有效的值"),
        SyntaxKind::BadValue(text) => format!("“{text}” is not a valid value here"),
        SyntaxKind::TrailingText => lang
            .pick(
                "台账结束后还有多余的内容",
                "more text after the end of the ledger",
            )
            .into(),
        SyntaxKind::Other => lang
            .pick("这里不符合台账的格式", "this is not ledger text")
            .into(),
    }
}

fn expected_text(expected: Expected, lang: Lang) -> &'static str {
    match expected {
        Expected::Opening => lang.pick("左括号", "an opening bracket"),
        Expected::Closing => lang.pick("右括号", "a closing bracket"),
        Expected::Comma => lang.pick("逗号", "a comma"),
        Expected::Colon => lang.pick("冒号", "a colon"),
        Expected::String => lang.pick("带引号的文字", "text in quotes"),
        Expected::Number => lang.pick("数字", "a number"),
        Expected::Boolean => lang.pick("true 或 false", "true or false"),
        Expected::Name => lang.pick("一个名称", "a name"),
        Expected::Option => lang.pick("Some(…) 或 None", "Some(…) or None"),
    }
}

/// Why a save failed.
pub fn save_error(error: &SaveError, lang: Lang) -> String {
    match (error, lang) {
        (SaveError::ReadOnly { path }, Lang::Zh) => {
            format!("台账 {} 只能查看,没有保存。", path.display())
        }
        (SaveError::ReadOnly { path }, Lang::En) => {
            format!("{} is open read-only; nothing was saved.", path.display())
        }
        (SaveError::Io { path, source }, Lang::Zh) => format!(
            "无法写入台账 {}:{}。文件保持原样。",
            path.display(),
            io_reason(source, lang)
        ),
        (SaveError::Io { path, source }, Lang::En) => format!(
            "Cannot write {}: {source}. The file is as it was.",
            path.display()
        ),
    }
}

/// Why "save as" failed.
pub fn save_as_error(error: &SaveAsError, lang: Lang) -> String {
    match error {
        SaveAsError::Target { path, blocked: why } => format!(
            "{}{}",
            lang.pick("不能另存到这里:", "Cannot save there: "),
            blocked(why, path, false, lang)
        ),
        SaveAsError::Save(error) => save_error(error, lang),
    }
}

/// Why recovering an unreadable ledger failed.
pub fn recover_error(error: &RecoverError, ledger: &Path, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    match error {
        RecoverError::Lock(error) => lock_error(error, ledger, lang),
        RecoverError::NoBackup => lang
            .pick("没有可以恢复的备份。", "There is no backup to restore.")
            .into(),
        RecoverError::Backup(error) => format!(
            "{}{}",
            lang.pick("备份也无法读取:", "The backup cannot be read either: "),
            load_error(error, lang)
        ),
        RecoverError::BackupUnknownFields(fields) if zh => format!(
            "备份含有本版本不认识的字段({}),恢复会丢失它们,所以没有恢复。",
            field_list(fields, lang)
        ),
        RecoverError::BackupUnknownFields(fields) => format!(
            "The backup has fields this version does not know ({}); restoring it would drop them, so it was not restored.",
            field_list(fields, lang)
        ),
        RecoverError::MoveAside { path, source } if zh => format!(
            "无法把损坏的文件 {} 移开:{}。",
            path.display(),
            io_reason(source, lang)
        ),
        RecoverError::MoveAside { path, source } => {
            format!(
                "Cannot move the damaged file {} aside: {source}.",
                path.display()
            )
        }
    }
}
