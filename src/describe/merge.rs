//! The merge of conflict copies in plain words: what was merged without asking (for a list
//! merged item by item, which items: a progress line, a problem, an approval, a month), what a
//! person must choose (the field — or the item of a list — by the name the ledger's table
//! gives it, each side's value and who changed it when), and why a ledger's copies could not
//! be settled.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::i18n::Lang;
use crate::model::stamp::FieldStamp;
use crate::workspace::merge::{Choice, Item, ItemPart, Merged, RecordKind, RecordRef};
use crate::workspace::month::{MarkError, SubmittedMonth};
use crate::workspace::settle::SettleError;
use crate::workspace::submission::SendError;

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
                items,
            },
            Lang::Zh,
        ) => format!(
            "{}的{}:副本中的修改是看过台账的修改之后做的,采用副本的{}",
            record(changed, lang),
            field(changed.kind, name, lang),
            concerning(items, lang)
        ),
        (
            Merged::Taken {
                record: changed,
                field: name,
                items,
            },
            Lang::En,
        ) => format!(
            "{} of {}: the copy changed it after seeing the ledger's change, so the copy's is taken{}",
            field(changed.kind, name, lang),
            record(changed, lang),
            concerning(items, lang)
        ),
        (
            Merged::Combined {
                record: changed,
                field: name,
                items,
            },
            Lang::Zh,
        ) if !items.is_empty() => format!(
            "{}的{}:两边各自的改动都保留,从副本补入 {}",
            record(changed, lang),
            field(changed.kind, name, lang),
            parts(items, lang)
        ),
        (
            Merged::Combined {
                record: changed,
                field: name,
                items,
            },
            Lang::En,
        ) if !items.is_empty() => format!(
            "{} of {}: both sides' changes kept, the copy's {} added",
            field(changed.kind, name, lang),
            record(changed, lang),
            parts(items, lang)
        ),
        (
            Merged::Combined {
                record: changed,
                field: name,
                ..
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
                ..
            },
            Lang::En,
        ) => format!(
            "{} of {}: both sides' kept",
            field(changed.kind, name, lang),
            record(changed, lang)
        ),
    }
}

/// The items a whole list taken changed, after the sentence: `(2025年4月、2025年5月)`; nothing
/// for a field that is no such list.
fn concerning(items: &[ItemPart], lang: Lang) -> String {
    if items.is_empty() {
        return String::new();
    }
    match lang {
        Lang::Zh => format!("({})", parts(items, lang)),
        Lang::En => format!(" ({})", parts(items, lang)),
    }
}

/// Items one after the other: `2025年4月、问题「道路未通」的销号`.
fn parts(items: &[ItemPart], lang: Lang) -> String {
    let words: Vec<String> = items.iter().map(|item| part(item, lang)).collect();
    words.join(lang.pick("、", "; "))
}

/// An item of a list, or one field of it: `问题「道路未通」的销号` / `strike-off date of problem “道路未通”`.
pub fn part(part: &ItemPart, lang: Lang) -> String {
    let item = match (&part.item, lang) {
        (Item::Progress { date, text }, Lang::Zh) => format!("{date}「{text}」"),
        (Item::Progress { date, text }, Lang::En) => format!("{date} “{text}”"),
        (Item::Problem { text, .. }, Lang::Zh) => format!("问题「{text}」"),
        (Item::Problem { text, .. }, Lang::En) => format!("problem “{text}”"),
        (Item::Approval { name }, Lang::Zh) => format!("手续「{name}」"),
        (Item::Approval { name }, Lang::En) => format!("approval “{name}”"),
        (Item::Year { year }, Lang::Zh) => format!("{year}年"),
        (Item::Year { year }, Lang::En) => format!("the {year} plan"),
        (Item::Month { year, month }, _) => month_words(*year, *month, lang),
    };
    let Some(name) = part.field.as_deref() else {
        return item;
    };
    let name = item_field(&part.item, name, lang);
    match lang {
        Lang::Zh => format!("{item}的{name}"),
        Lang::En => format!("{name} of {item}"),
    }
}

/// `2025年4月` / `Apr 2025`.
fn month_words(year: i32, month: u32, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{year}年{}", lang.month(month)),
        Lang::En => format!("{} {year}", lang.month(month)),
    }
}

/// A month a one-month 报送 is of, in words: `2025年4月` / `Apr 2025`.
pub fn submitted_month(month: SubmittedMonth, lang: Lang) -> String {
    month_words(month.year, month.month, lang)
}

/// A field of an item of a list by the name the ledger's table gives it.
fn item_field(item: &Item, name: &str, lang: Lang) -> String {
    let words = match (item, name) {
        (Item::Problem { .. }, "text") => ("内容", "words"),
        (Item::Problem { .. }, "owner_office") => ("责任单位", "office in charge"),
        (Item::Problem { .. }, "person") => ("责任人", "person in charge"),
        (Item::Problem { .. }, "due") => ("解决时限", "deadline"),
        (Item::Problem { .. }, "resolution") => ("解决情况", "resolution"),
        (Item::Problem { .. }, "closed") => ("销号", "strike-off date"),
        (Item::Approval { .. }, "target") => ("计划办结", "target date"),
        (Item::Approval { .. }, "done") => ("办结日期", "done date"),
        (Item::Year { .. }, "planned_yuan") => ("年度计划投资", "planned investment"),
        (Item::Year { .. }, "carried") => ("累计结转", "cumulative carried"),
        _ => (name, name),
    };
    lang.pick(words.0, words.1).to_owned()
}

/// An item's value as a person reads it: a month's figure as 完成 and 形象进度, amounts as
/// money, the rest as [`value_text`] writes it.
fn item_value(part: Option<&ItemPart>, value: &Value, lang: Lang) -> String {
    let money = |value: &Value| value.as_i64().map(|yuan| lang.amount(yuan.into()));
    let field = part.and_then(|part| part.field.as_deref());
    let words = match (part.map(|part| &part.item), field) {
        (Some(Item::Month { .. }), None) if value.is_object() => {
            let mut words = Vec::new();
            if let Some(done) = money(&value["done_yuan"]) {
                words.push(format!("{}{done}", lang.pick("完成 ", "done ")));
            }
            if let Some(text) = value["image_progress"].as_str() {
                words.push(format!("{}“{text}”", lang.pick("形象进度 ", "works ")));
            }
            Some(words.join(lang.pick(",", ", ")))
        }
        (Some(Item::Year { .. }), Some("planned_yuan")) => money(value),
        (Some(Item::Year { .. }), Some("carried")) => {
            money(&value["yuan"]).and_then(|yuan| match (value["through_month"].as_u64(), lang) {
                (Some(month), Lang::Zh) => Some(format!("1–{month}月 {yuan}")),
                (Some(month), Lang::En) => Some(format!("{yuan} through month {month}")),
                (None, _) => None,
            })
        }
        _ => None,
    };
    words
        .filter(|words| !words.is_empty())
        .unwrap_or_else(|| value_text(value, lang))
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
            None => item_value(choice.item.as_ref(), value, lang),
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
    let mut name = field(choice.record.kind, &choice.field, lang);
    if let Some(item) = &choice.item {
        name = match lang {
            Lang::Zh => format!("{name}中{}", part(item, lang)),
            Lang::En => format!("{} in the {name}", part(item, lang)),
        };
    }
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
        (SettleError::Mark(MarkError::Unreadable { path, source }), _) => {
            format!("{}: {}", path.display(), io_reason(source, lang))
        }
        (SettleError::Mark(MarkError::NoMonth { path }), Lang::Zh) => format!(
            "{} 标明是一个月的报送,却没有写明是哪一月,所以没有合并,台账没有改动。",
            path.display()
        ),
        (SettleError::Mark(MarkError::NoMonth { path }), Lang::En) => format!(
            "{} is marked as one month's submission but names no month, so it was not merged; the ledger is unchanged.",
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

/// Why a 报送 file could not be written to `out`.
pub fn send_error(error: &SendError, out: &std::path::Path, lang: Lang) -> String {
    match error {
        SendError::Write(error) => format!("{}: {}", out.display(), io_reason(error, lang)),
        SendError::Month(error) => format!(
            "{}{}",
            lang.pick(
                "无法从台账中取出这个月:",
                "The month cannot be taken out of the ledger: "
            ),
            super::edit_error(error, lang)
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

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::model::ProblemId;

    fn named(item: Item, field: Option<&str>) -> ItemPart {
        ItemPart {
            item,
            field: field.map(str::to_owned),
        }
    }

    #[test]
    fn items_of_lists_are_named_as_the_ledger_names_them() {
        let problem = Item::Problem {
            id: ProblemId(5),
            text: "道路未通".into(),
        };
        let approval = Item::Approval {
            name: "环评批复".into(),
        };
        let cases = [
            (
                named(problem.clone(), Some("closed")),
                "问题「道路未通」的销号",
                "strike-off date of problem “道路未通”",
            ),
            (
                named(problem, None),
                "问题「道路未通」",
                "problem “道路未通”",
            ),
            (
                named(approval, Some("done")),
                "手续「环评批复」的办结日期",
                "done date of approval “环评批复”",
            ),
            (
                named(Item::Year { year: 2025 }, Some("planned_yuan")),
                "2025年的年度计划投资",
                "planned investment of the 2025 plan",
            ),
            (
                named(
                    Item::Month {
                        year: 2025,
                        month: 3,
                    },
                    None,
                ),
                "2025年3月",
                "Mar 2025",
            ),
        ];
        for (item, zh, en) in cases {
            assert_eq!(part(&item, Lang::Zh), zh);
            assert_eq!(part(&item, Lang::En), en);
        }
    }

    #[test]
    fn a_months_figure_and_a_years_plan_read_as_money() {
        let month = named(
            Item::Month {
                year: 2025,
                month: 4,
            },
            None,
        );
        let figure = json!({"done_yuan": 5_000_000, "image_progress": "主体施工"});
        assert_eq!(
            item_value(Some(&month), &figure, Lang::Zh),
            "完成 500万元,形象进度 “主体施工”"
        );
        let planned = named(Item::Year { year: 2025 }, Some("planned_yuan"));
        assert_eq!(
            item_value(Some(&planned), &json!(120_000_000), Lang::Zh),
            "1.2亿元"
        );
        let carried = named(Item::Year { year: 2025 }, Some("carried"));
        let value = json!({"through_month": 4, "yuan": 40_000_000});
        assert_eq!(
            item_value(Some(&carried), &value, Lang::Zh),
            "1–4月 4000万元"
        );
        assert_eq!(item_value(None, &json!("陆川"), Lang::Zh), "“陆川”");
    }
}
