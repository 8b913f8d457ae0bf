//! A project's lists merged item by item, when both sides changed one independently: the
//! progress log takes the lines of both (the same day and words being one line), kept newest
//! first; problems are matched by id and approvals by name; plans by year and by month. An
//! item only one side holds is kept. An item on both sides takes, field by field, what only
//! one side filled in (a problem 销号 on one side and left open on the other is closed); a
//! field both sides filled differently is left open for a person, the ledger's value kept
//! meanwhile — for a month, the whole month's figure is the choice. Each item is addressed by
//! an [`ItemPart`], which [`set_part`] uses to apply a person's answer.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde_json::{Map, Value};

use crate::model::ProblemId;
use crate::model::project::ProgressEntry;

/// A list of a project's that is merged item by item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemList {
    /// `progress`: 推进情况.
    Progress,
    /// `problems`: 存在问题.
    Problems,
    /// `approvals`: 前期手续.
    Approvals,
    /// `plans`: 年度计划 and the months' figures.
    Plans,
}

/// One item of a list, by what identifies it there (and the words a person knows it by).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    Progress {
        date: NaiveDate,
        text: String,
    },
    Problem {
        id: ProblemId,
        text: String,
    },
    Approval {
        name: String,
    },
    /// A year's plan (its 年度计划投资, the figure carried).
    Year {
        year: i32,
    },
    /// One month of a year's plan.
    Month {
        year: i32,
        month: u32,
    },
}

/// An item, or one field of it (`problems[<id>].closed`); a month is always whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemPart {
    pub item: Item,
    /// The item's field as the file spells it (`closed`, `done`, `planned_yuan` …); `None`:
    /// the whole item.
    pub field: Option<String>,
}

impl ItemPart {
    fn whole(item: Item) -> ItemPart {
        ItemPart { item, field: None }
    }

    fn field(item: Item, field: &str) -> ItemPart {
        ItemPart {
            item,
            field: Some(field.to_owned()),
        }
    }

    /// Where the part is in a project, as the file spells it: `problems[<id>].closed`,
    /// `approvals[环评批复].done`, `plans.2025.planned_yuan`, `plans.2025.months.3`,
    /// `progress[2025-04-10]`.
    pub fn path(&self) -> String {
        let item = match &self.item {
            Item::Progress { date, .. } => format!("progress[{date}]"),
            Item::Problem { id, .. } => format!("problems[{}]", id.0),
            Item::Approval { name } => format!("approvals[{name}]"),
            Item::Year { year } => format!("plans.{year}"),
            Item::Month { year, month } => format!("plans.{year}.months.{month}"),
        };
        match &self.field {
            Some(field) => format!("{item}.{field}"),
            None => item,
        }
    }
}

/// An item's field both sides filled differently.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenItem {
    pub part: ItemPart,
    /// Each side's value; `Null` where that side left it empty.
    pub ledger: Value,
    pub copy: Value,
}

/// How one list came together.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemsMerged {
    /// The merged list, as the file spells it.
    pub value: Value,
    /// The items, or fields of items, taken from the copy.
    pub taken: Vec<ItemPart>,
    pub open: Vec<OpenItem>,
}

/// Why a person's answer cannot be applied: the item is not in the list.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0} is not in the merged ledger")]
pub struct MissingItem(pub String);

/// Is there something in this value (not absent, not `null`, not empty text)?
fn present(value: Option<&Value>) -> Option<&Value> {
    value.filter(|value| !value.is_null() && value.as_str() != Some(""))
}

/// What of two versions of one item's fields comes together: `own` with what only `other`
/// filled in; the names of those fields, and of the fields both filled differently.
fn fill(own: &Map<String, Value>, other: &Map<String, Value>, skip: &[&str]) -> Filled {
    let mut merged = own.clone();
    let (mut filled, mut clashing) = (Vec::new(), Vec::new());
    let names: BTreeSet<&String> = own.keys().chain(other.keys()).collect();
    for name in names
        .into_iter()
        .filter(|name| !skip.contains(&name.as_str()))
    {
        match (present(own.get(name)), present(other.get(name))) {
            (None, Some(theirs)) => {
                merged.insert(name.clone(), theirs.clone());
                filled.push(name.clone());
            }
            (Some(ours), Some(theirs)) if ours != theirs => clashing.push(name.clone()),
            _ => {}
        }
    }
    Filled {
        merged,
        filled,
        clashing,
    }
}

struct Filled {
    merged: Map<String, Value>,
    filled: Vec<String>,
    clashing: Vec<String>,
}

fn array(value: Option<&Value>) -> Vec<Value> {
    value.and_then(Value::as_array).cloned().unwrap_or_default()
}

fn object(value: Option<&Value>) -> Map<String, Value> {
    value
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default()
}

/// Merges the copy's version of a list into the ledger's (either may be absent: empty).
pub fn merge_items(
    list: ItemList,
    ledger: Option<&Value>,
    copy: Option<&Value>,
) -> Result<ItemsMerged, serde_json::Error> {
    match list {
        ItemList::Progress => progress(ledger, copy),
        ItemList::Problems => Ok(keyed(ledger, copy, "id", problem_item)),
        ItemList::Approvals => Ok(keyed(ledger, copy, "name", approval_item)),
        ItemList::Plans => Ok(plans(ledger, copy)),
    }
}

/// The items in which two versions of a list differ: those one side lacks and those that
/// differ between them.
pub fn differing(
    list: ItemList,
    ledger: Option<&Value>,
    copy: Option<&Value>,
) -> Result<Vec<ItemPart>, serde_json::Error> {
    let forth = merge_items(list, ledger, copy)?;
    let back = merge_items(list, copy, ledger)?;
    let mut parts: Vec<ItemPart> = Vec::new();
    let all = forth
        .taken
        .into_iter()
        .chain(forth.open.into_iter().map(|open| open.part))
        .chain(back.taken);
    for part in all {
        if !parts.contains(&part) {
            parts.push(part);
        }
    }
    Ok(parts)
}

fn progress(
    ledger: Option<&Value>,
    copy: Option<&Value>,
) -> Result<ItemsMerged, serde_json::Error> {
    let mut entries: Vec<ProgressEntry> = serde_json::from_value(Value::Array(array(ledger)))?;
    let theirs: Vec<ProgressEntry> = serde_json::from_value(Value::Array(array(copy)))?;
    let mut taken = Vec::new();
    for entry in theirs {
        if entries.contains(&entry) {
            continue;
        }
        let at = entries
            .iter()
            .position(|own| own.date <= entry.date)
            .unwrap_or(entries.len());
        taken.push(ItemPart::whole(Item::Progress {
            date: entry.date,
            text: entry.text.clone(),
        }));
        entries.insert(at, entry);
    }
    Ok(ItemsMerged {
        value: serde_json::to_value(entries)?,
        taken,
        open: Vec::new(),
    })
}

fn problem_item(problem: &Map<String, Value>) -> Option<Item> {
    Some(Item::Problem {
        id: ProblemId(problem.get("id")?.as_u64()?),
        text: problem
            .get("text")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned(),
    })
}

fn approval_item(approval: &Map<String, Value>) -> Option<Item> {
    Some(Item::Approval {
        name: approval.get("name")?.as_str()?.to_owned(),
    })
}

/// Problems by id, approvals by name: the ledger's in their order, then the copy's others.
fn keyed(
    ledger: Option<&Value>,
    copy: Option<&Value>,
    key: &str,
    item: fn(&Map<String, Value>) -> Option<Item>,
) -> ItemsMerged {
    let mut items = array(ledger);
    let (mut taken, mut open) = (Vec::new(), Vec::new());
    for theirs in array(copy) {
        let (Some(their_fields), Some(their_key)) = (theirs.as_object(), theirs.get(key)) else {
            continue;
        };
        let Some(described) = item(their_fields) else {
            continue;
        };
        let own = items.iter_mut().find(|own| own.get(key) == Some(their_key));
        let Some(own) = own else {
            taken.push(ItemPart::whole(described));
            items.push(theirs);
            continue;
        };
        let Filled {
            merged,
            filled,
            clashing,
        } = fill(&object(Some(own)), their_fields, &[key]);
        let described = item(&merged).unwrap_or(described);
        for name in clashing {
            open.push(OpenItem {
                part: ItemPart::field(described.clone(), &name),
                ledger: own.get(&name).cloned().unwrap_or(Value::Null),
                copy: theirs.get(&name).cloned().unwrap_or(Value::Null),
            });
        }
        taken.extend(
            filled
                .iter()
                .map(|name| ItemPart::field(described.clone(), name)),
        );
        *own = Value::Object(merged);
    }
    ItemsMerged {
        value: Value::Array(items),
        taken,
        open,
    }
}

/// The field of a year's plan that holds its months.
const MONTHS: &str = "months";

fn number<T: std::str::FromStr>(key: &str) -> Option<T> {
    key.parse().ok()
}

/// Plans by year, a year's own figures field by field, its months by number.
fn plans(ledger: Option<&Value>, copy: Option<&Value>) -> ItemsMerged {
    let mut years = object(ledger);
    let (mut taken, mut open) = (Vec::new(), Vec::new());
    for (key, theirs) in object(copy) {
        let Some(year) = number::<i32>(&key) else {
            continue;
        };
        let Some(own) = years.get_mut(&key) else {
            taken.push(ItemPart::whole(Item::Year { year }));
            years.insert(key, theirs);
            continue;
        };
        let (own_plan, their_plan) = (object(Some(own)), object(Some(&theirs)));
        let Filled {
            mut merged,
            filled,
            clashing,
        } = fill(&own_plan, &their_plan, &[MONTHS]);
        for name in filled {
            taken.push(ItemPart::field(Item::Year { year }, &name));
        }
        for name in clashing {
            open.push(OpenItem {
                part: ItemPart::field(Item::Year { year }, &name),
                ledger: own_plan.get(&name).cloned().unwrap_or(Value::Null),
                copy: their_plan.get(&name).cloned().unwrap_or(Value::Null),
            });
        }
        let mut months = object(own_plan.get(MONTHS));
        for (key, their_month) in object(their_plan.get(MONTHS)) {
            let Some(month) = number::<u32>(&key) else {
                continue;
            };
            let part = ItemPart::whole(Item::Month { year, month });
            let Some(own_month) = months.get_mut(&key) else {
                taken.push(part);
                months.insert(key, their_month);
                continue;
            };
            let Filled {
                merged: month_merged,
                filled,
                clashing,
            } = fill(&object(Some(own_month)), &object(Some(&their_month)), &[]);
            if !clashing.is_empty() {
                open.push(OpenItem {
                    part,
                    ledger: own_month.clone(),
                    copy: their_month,
                });
            } else if !filled.is_empty() {
                *own_month = Value::Object(month_merged);
                taken.push(part);
            }
        }
        if !months.is_empty() {
            merged.insert(MONTHS.to_owned(), Value::Object(months));
        }
        *own = Value::Object(merged);
    }
    ItemsMerged {
        value: Value::Object(years),
        taken,
        open,
    }
}

/// The list with one part set to the copy's `value` (`Null`: emptied), as a person answered.
pub fn set_part(
    list: Option<&Value>,
    part: &ItemPart,
    value: &Value,
) -> Result<Value, MissingItem> {
    let missing = || MissingItem(part.path());
    let mut list = list.cloned().unwrap_or(Value::Null);
    let target = match (&part.item, part.field.as_deref()) {
        (Item::Problem { id, .. }, Some(field)) => list
            .as_array_mut()
            .and_then(|items| items.iter_mut().find(|p| p["id"].as_u64() == Some(id.0)))
            .and_then(Value::as_object_mut)
            .map(|problem| (problem, field.to_owned())),
        (Item::Approval { name }, Some(field)) => list
            .as_array_mut()
            .and_then(|items| {
                items
                    .iter_mut()
                    .find(|a| a["name"].as_str() == Some(name.as_str()))
            })
            .and_then(Value::as_object_mut)
            .map(|approval| (approval, field.to_owned())),
        (Item::Year { year }, Some(field)) => list
            .get_mut(year.to_string())
            .and_then(Value::as_object_mut)
            .map(|plan| (plan, field.to_owned())),
        (Item::Month { year, month }, None) => list
            .get_mut(year.to_string())
            .and_then(|plan| plan.get_mut(MONTHS))
            .and_then(Value::as_object_mut)
            .map(|months| (months, month.to_string())),
        _ => None,
    };
    let (fields, name) = target.ok_or_else(missing)?;
    if value.is_null() {
        fields.remove(&name);
    } else {
        fields.insert(name, value.clone());
    }
    Ok(list)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn day(month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, month, day).unwrap()
    }

    #[test]
    fn progress_lines_of_both_sides_are_kept_once_newest_first() {
        let ledger = json!([
            {"date": "2025-04-12", "text": "设备进场"},
            {"date": "2025-03-01", "text": "桩基完成"},
        ]);
        let copy = json!([
            {"date": "2025-04-20", "text": "主体封顶"},
            {"date": "2025-03-01", "text": "桩基完成"},
            {"date": "2025-02-10", "text": "取得施工许可"},
        ]);
        let merged = merge_items(ItemList::Progress, Some(&ledger), Some(&copy)).unwrap();
        let texts: Vec<&str> = merged
            .value
            .as_array()
            .unwrap()
            .iter()
            .map(|entry| entry["text"].as_str().unwrap())
            .collect();
        assert_eq!(texts, ["主体封顶", "设备进场", "桩基完成", "取得施工许可"]);
        assert_eq!(
            merged.taken[0],
            ItemPart::whole(Item::Progress {
                date: day(4, 20),
                text: "主体封顶".into()
            })
        );
        assert_eq!(merged.taken.len(), 2);
        assert!(merged.open.is_empty());
    }

    #[test]
    fn a_problem_closed_on_one_side_is_closed_and_one_added_on_the_other_kept() {
        let ledger = json!([{"id": 7, "text": "用地指标未落实"}]);
        let copy = json!([
            {"id": 7, "text": "用地指标未落实", "closed": "2025-04-18"},
            {"id": 9, "text": "电力增容待批"},
        ]);
        let merged = merge_items(ItemList::Problems, Some(&ledger), Some(&copy)).unwrap();
        assert_eq!(merged.value[0]["closed"], "2025-04-18");
        assert_eq!(merged.value[1]["text"], "电力增容待批");
        assert_eq!(merged.taken[0].path(), "problems[7].closed");
        assert_eq!(merged.taken[1].path(), "problems[9]");
        assert!(merged.open.is_empty());
        let back = merge_items(ItemList::Problems, Some(&copy), Some(&ledger)).unwrap();
        assert_eq!(
            back.value, copy,
            "an open problem does not reopen a closed one"
        );
    }

    #[test]
    fn a_problem_field_changed_differently_is_open_and_an_answer_sets_it() {
        let ledger = json!([{"id": 7, "text": "用地指标未落实", "person": "陆川"}]);
        let copy = json!([{"id": 7, "text": "用地指标未落实", "person": "沈岚"}]);
        let merged = merge_items(ItemList::Problems, Some(&ledger), Some(&copy)).unwrap();
        assert_eq!(merged.value, ledger, "the ledger's stays until answered");
        let [open] = &merged.open[..] else {
            panic!("{:?}", merged.open)
        };
        assert_eq!(open.part.path(), "problems[7].person");
        assert_eq!(
            (open.ledger.as_str(), open.copy.as_str()),
            (Some("陆川"), Some("沈岚"))
        );
        let answered = set_part(Some(&merged.value), &open.part, &open.copy).unwrap();
        assert_eq!(answered, copy);
    }

    #[test]
    fn approvals_take_the_dates_one_side_set_and_differing_dates_are_open() {
        let ledger = json!([
            {"name": "环评批复", "target": "2025-05-31"},
            {"name": "用地预审", "done": "2025-03-02"},
        ]);
        let copy = json!([
            {"name": "环评批复", "target": "2025-05-31", "done": "2025-04-28"},
            {"name": "用地预审", "done": "2025-03-05"},
            {"name": "能评", "target": "2025-06-30"},
        ]);
        let merged = merge_items(ItemList::Approvals, Some(&ledger), Some(&copy)).unwrap();
        assert_eq!(merged.value[0]["done"], "2025-04-28");
        assert_eq!(merged.value[1]["done"], "2025-03-02");
        assert_eq!(merged.value[2]["name"], "能评");
        let paths: Vec<String> = merged.taken.iter().map(ItemPart::path).collect();
        assert_eq!(paths, ["approvals[环评批复].done", "approvals[能评]"]);
        assert_eq!(merged.open.len(), 1);
        assert_eq!(merged.open[0].part.path(), "approvals[用地预审].done");
    }

    #[test]
    fn months_entered_on_either_side_are_kept_and_one_month_differing_is_open() {
        let ledger = json!({"2025": {"planned_yuan": 120_000_000, "months": {
            "3": {"done_yuan": 9_000_000},
            "5": {"done_yuan": 4_000_000},
        }}});
        let copy = json!({
            "2025": {"planned_yuan": 150_000_000, "months": {
                "4": {"done_yuan": 11_000_000, "image_progress": "主体施工"},
                "5": {"done_yuan": 5_000_000},
            }},
            "2024": {"planned_yuan": 80_000_000},
        });
        let merged = merge_items(ItemList::Plans, Some(&ledger), Some(&copy)).unwrap();
        let year = &merged.value["2025"];
        assert_eq!(year["months"]["3"]["done_yuan"], 9_000_000);
        assert_eq!(year["months"]["4"]["image_progress"], "主体施工");
        assert_eq!(
            year["months"]["5"]["done_yuan"], 4_000_000,
            "until answered"
        );
        assert_eq!(merged.value["2024"]["planned_yuan"], 80_000_000);
        let taken: Vec<String> = merged.taken.iter().map(ItemPart::path).collect();
        assert_eq!(taken, ["plans.2024", "plans.2025.months.4"]);
        let open: Vec<String> = merged.open.iter().map(|open| open.part.path()).collect();
        assert_eq!(open, ["plans.2025.planned_yuan", "plans.2025.months.5"]);
        let month = &merged.open[1];
        let answered = set_part(Some(&merged.value), &month.part, &month.copy).unwrap();
        assert_eq!(answered["2025"]["months"]["5"]["done_yuan"], 5_000_000);
        let plans: crate::model::monthly::Plans = serde_json::from_value(answered).unwrap();
        assert_eq!(plans.year(2025).unwrap().done_through(5), Some(25_000_000));
    }

    #[test]
    fn a_month_filled_in_on_one_side_takes_what_it_adds() {
        let ledger = json!({"2025": {"months": {"4": {"done_yuan": 1_000_000}}}});
        let copy = json!({"2025": {"months": {"4": {"image_progress": "基础施工"}}}});
        let merged = merge_items(ItemList::Plans, Some(&ledger), Some(&copy)).unwrap();
        assert_eq!(
            merged.value["2025"]["months"]["4"],
            json!({"done_yuan": 1_000_000, "image_progress": "基础施工"})
        );
        assert!(merged.open.is_empty());
        assert_eq!(
            differing(ItemList::Plans, Some(&ledger), Some(&copy)).unwrap(),
            [ItemPart::whole(Item::Month {
                year: 2025,
                month: 4
            })]
        );
    }

    #[test]
    fn an_answer_for_an_item_not_in_the_list_is_refused() {
        let part = ItemPart::field(
            Item::Problem {
                id: ProblemId(3),
                text: String::new(),
            },
            "person",
        );
        assert_eq!(
            set_part(Some(&json!([])), &part, &json!("陆川")),
            Err(MissingItem("problems[3].person".into()))
        );
    }
}
