//! The merge of conflict copies in plain words: what was merged without asking, what a person
//! must choose (the field by the name the ledger's table gives it, each side's value and who
//! changed it when), and why a ledger's copies could not be settled.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::i18n::Lang;
use crate::model::stamp::FieldStamp;
use crate::workspace::merge::{Choice, Merged, RecordKind, RecordRef};
use crate::workspace::settle::SettleError;

use super::{io_reason, ledger};

/// `项目「星河智造」` / `project “星河智造”`.
fn record(record: &RecordRef, lang: Lang) -> String {
    let kind = match record.kind {
        RecordKind::Unit => lang.pick("区镇", "unit"),
        RecordKind::Project => lang.pick("项目", "project"),
        RecordKind::Goal => lang.pick("目标", "goal"),
        RecordKind::Source => lang.pick("文章", "article"),
    };
    match lang {
        Lang::Zh => format!("{kind}「{}」", record.name),
        Lang::En => format!("{kind} “{}”", record.name),
    }
}

/// A field by the name a person knows it by; a field this list does not know by its own.
fn field(kind: RecordKind, name: &str, lang: Lang) -> String {
    let words = match (kind, name) {
        (_, "name") => ("名称", "name"),
        (_, "aliases") => ("别名", "other names"),
        (RecordKind::Unit, "kind") => ("类型", "kind"),
        (RecordKind::Goal, "unit") | (RecordKind::Project, "unit") => ("所属区镇", "unit"),
        (RecordKind::Project, "owner") => ("业主单位", "owner"),
        (RecordKind::Project, "investment") => ("总投资", "investment"),
        (RecordKind::Project, "location") => ("建设地点", "location"),
        (RecordKind::Project, "category") => ("建设性质", "category"),
        (RecordKind::Project, "level") => ("级别", "level"),
        (RecordKind::Project, "industry") => ("所属行业", "industry"),
        (RecordKind::Project, "scope") => ("建设内容及规模", "scope"),
        (RecordKind::Project, "milestones") => ("节点", "milestones"),
        (RecordKind::Project, "pursuit") => ("推进阶段", "stage before signing"),
        (RecordKind::Project, "other_targets") => ("其他目标", "other targets"),
        (RecordKind::Project, "responsible") => ("责任人", "responsible person"),
        (RecordKind::Project, "progress") => ("推进情况", "progress"),
        (RecordKind::Project, "notes") => ("备注", "notes"),
        (RecordKind::Project, "sources") => ("来源文章", "source articles"),
        (RecordKind::Project, "plans") => ("年度计划", "yearly plans"),
        (RecordKind::Project, "problems") => ("存在问题", "problems"),
        (RecordKind::Project, "approvals") => ("前期手续", "approvals"),
        (RecordKind::Goal, "milestone") => ("节点", "milestone"),
        (RecordKind::Goal, "count") => ("个数", "count"),
        (RecordKind::Goal, "min_investment_yuan") => ("最低投资", "least investment"),
        (RecordKind::Goal, "from") => ("起始日期", "from"),
        (RecordKind::Goal, "by") => ("截止日期", "by"),
        (RecordKind::Goal, "text") => ("原文", "words"),
        (RecordKind::Goal, "source") => ("来源文章", "source article"),
        (RecordKind::Source, "title") => ("标题", "title"),
        (RecordKind::Source, "file_name") => ("文件名", "file name"),
        (RecordKind::Source, "published") => ("发布日期", "published"),
        (RecordKind::Source, "imported") => ("导入日期", "imported"),
        (RecordKind::Source, "skipped") => ("未导入的项目", "projects not imported"),
        _ => (name, name),
    };
    lang.pick(words.0, words.1).to_owned()
}

/// One line of what was merged without asking.
pub fn merged(merged: &Merged, lang: Lang) -> String {
    match (merged, lang) {
        (Merged::Added(added), Lang::Zh) => format!("补入副本中新增的{}", record(added, lang)),
        (Merged::Added(added), Lang::En) => format!("added {} from the copy", record(added, lang)),
        (
            Merged::SameRecord {
                record: kept,
                copy_name,
            },
            Lang::Zh,
        ) => format!(
            "两边都新增了{}(副本中为「{copy_name}」),合为一条",
            record(kept, lang)
        ),
        (
            Merged::SameRecord {
                record: kept,
                copy_name,
            },
            Lang::En,
        ) => format!(
            "{} was added on both sides (“{copy_name}” in the copy); kept once",
            record(kept, lang)
        ),
        (
            Merged::Taken {
                record: changed,
                field: name,
            },
            Lang::Zh,
        ) => format!(
            "{}的{}:副本中的修改是看过台账的修改之后做的,采用副本的",
            record(changed, lang),
            field(changed.kind, name, lang)
        ),
        (
            Merged::Taken {
                record: changed,
                field: name,
            },
            Lang::En,
        ) => format!(
            "{} of {}: the copy changed it after seeing the ledger's change, so the copy's is taken",
            field(changed.kind, name, lang),
            record(changed, lang)
        ),
        (
            Merged::Combined {
                record: changed,
                field: name,
            },
            Lang::Zh,
        ) => format!(
            "{}的{}:两边的都保留",
            record(changed, lang),
            field(changed.kind, name, lang)
        ),
        (
            Merged::Combined {
                record: changed,
                field: name,
            },
            Lang::En,
        ) => format!(
            "{} of {}: both sides' kept",
            field(changed.kind, name, lang),
            record(changed, lang)
        ),
    }
}

/// A choice left for a person: the field, and each side's value with who changed it when. A
/// unit or an article is named by `names` (by id).
pub fn choice(choice: &Choice, names: &BTreeMap<u64, String>, lang: Lang) -> String {
    let ChoiceWords { what, ledger, copy } = choice_words(choice, names, lang);
    match lang {
        Lang::Zh => format!("{what}两边各自改过:台账为 {ledger},副本为 {copy}"),
        Lang::En => {
            format!("{what} was changed on both sides: the ledger has {ledger}, the copy {copy}")
        }
    }
}

/// A choice in parts, for a window that lays them out: which field of which record, and each
/// side's value with who changed it when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChoiceWords {
    pub what: String,
    pub ledger: String,
    pub copy: String,
}

pub fn choice_words(choice: &Choice, names: &BTreeMap<u64, String>, lang: Lang) -> ChoiceWords {
    let refers = matches!(choice.field.as_str(), "unit" | "source")
        && matches!(choice.record.kind, RecordKind::Project | RecordKind::Goal);
    let side = |value: &Value, stamp: &Option<FieldStamp>| {
        let named = value
            .as_u64()
            .filter(|_| refers)
            .and_then(|id| names.get(&id));
        let value = match named {
            Some(name) => format!("“{name}”"),
            None => value_text(value, lang),
        };
        let Some(stamp) = stamp else {
            return value;
        };
        let (by, at) = (&stamp.by, stamp.at.format("%Y-%m-%d %H:%M"));
        match lang {
            Lang::Zh => format!("{value}({by} {at})"),
            Lang::En => format!("{value} ({by}, {at})"),
        }
    };
    let name = field(choice.record.kind, &choice.field, lang);
    let what = match lang {
        Lang::Zh => format!("{}的{name}", record(&choice.record, lang)),
        Lang::En => format!("{name} of {}", record(&choice.record, lang)),
    };
    ChoiceWords {
        what,
        ledger: side(&choice.ledger, &choice.ledger_stamp),
        copy: side(&choice.copy, &choice.copy_stamp),
    }
}

/// A value as a person reads it: text as written, nothing as “empty”, the rest as compact
/// JSON.
fn value_text(value: &Value, lang: Lang) -> String {
    match value {
        Value::Null => lang.pick("(空)", "(empty)").to_owned(),
        Value::String(text) if text.is_empty() => lang.pick("(空)", "(empty)").to_owned(),
        Value::String(text) => format!("“{text}”"),
        other => other.to_string(),
    }
}

/// Why a ledger's conflict copies could not be settled.
pub fn settle_error(error: &SettleError, ledger_path: &std::path::Path, lang: Lang) -> String {
    match (error, lang) {
        (SettleError::Blocked(blocked), _) => ledger::blocked(blocked, ledger_path, false, lang),
        (SettleError::Load(error), _) => ledger::load_error(error, lang),
        (SettleError::Save(error), _) => ledger::save_error(error, lang),
        (SettleError::CopyGone { path }, Lang::Zh) => {
            format!("合并时冲突副本 {} 不见了,台账没有改动。", path.display())
        }
        (SettleError::CopyGone { path }, Lang::En) => format!(
            "The conflict copy {} went away while merging; the ledger is unchanged.",
            path.display()
        ),
        (SettleError::CopyUnknownFields { path, fields }, Lang::Zh) => format!(
            "冲突副本 {} 含有本版本不认识的字段:{}。合并会丢失它们,所以没有合并。请升级 Town Tracker。",
            path.display(),
            field_names(fields)
        ),
        (SettleError::CopyUnknownFields { path, fields }, Lang::En) => format!(
            "The conflict copy {} has fields this version does not know: {}. Merging would drop them, so it was not merged. Upgrade Town Tracker.",
            path.display(),
            field_names(fields)
        ),
        (SettleError::Merge { path, source }, Lang::Zh) => format!(
            "冲突副本 {} 的内容前后矛盾,无法合并({source}),台账没有改动。",
            path.display()
        ),
        (SettleError::Merge { path, source }, Lang::En) => format!(
            "The conflict copy {} contradicts itself and cannot be merged ({source}); the ledger is unchanged.",
            path.display()
        ),
        (SettleError::MoveAside { path, source }, Lang::Zh) => format!(
            "台账已保存,但无法把合并过的副本 {} 移走:{}。请手工移走它,以免再次合并。",
            path.display(),
            io_reason(source, lang)
        ),
        (SettleError::MoveAside { path, source }, Lang::En) => format!(
            "The ledger is saved, but the merged copy {} cannot be moved aside: {source}. Move it by hand so that it is not merged again.",
            path.display()
        ),
    }
}

fn field_names(fields: &[crate::store::UnknownField]) -> String {
    fields
        .iter()
        .map(|field| field.path.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}
