//! One record held on both sides, merged field by field: a field equal on both sides is kept;
//! a field that differs goes to the side whose change was made knowing the other's
//! ([`FieldStamp::supersedes`]), stamp and all, or that filled a field the other side has left
//! empty since it made the record (nothing is lost by filling it); a list that only gathers (aliases, source
//! links) takes the items of both; a list of a project's (its progress log, problems,
//! approvals, plans) changed on both sides independently is merged item by item
//! ([`items`](super::items)); any other difference is left open for a person, the ledger's
//! value kept meanwhile.

use std::collections::BTreeSet;

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::Side;
use super::items::{ItemList, ItemPart, differing, merge_items};
use crate::model::stamp::{FieldStamp, RecordStamps, Stamped, field_values};

/// The name under which a record's stamps are written.
const STAMPS_FIELD: &str = "stamps";

/// How a list field of a record is merged when both sides changed it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListMerge {
    /// It only gathers (aliases, source links): the items of both, whichever side changed it.
    Gather,
    /// Item by item, when neither side's change was made knowing the other's.
    Items(ItemList),
}

/// A field both sides changed independently, or an item of a list field.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenField {
    pub field: String,
    /// The item of the list `field` the choice is about; `None`: the whole field.
    pub item: Option<ItemPart>,
    /// The value on each side; `Null` where the side leaves the field empty.
    pub ledger: Value,
    pub copy: Value,
    pub ledger_stamp: Option<FieldStamp>,
    pub copy_stamp: Option<FieldStamp>,
}

/// How the fields of one record came together.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldsMerged<T> {
    pub record: T,
    /// Fields whose newer change, from the copy, was taken, with the items of a list that
    /// changed so (none for other fields).
    pub taken: Vec<(String, Vec<ItemPart>)>,
    /// Lists that gained the copy's items, with those items (none for a list that only
    /// gathers).
    pub combined: Vec<(String, Vec<ItemPart>)>,
    pub open: Vec<OpenField>,
}

/// Which side's change of a field wins without asking, if one does. A stamped change wins over
/// a value without a stamp: such a value was there before stamps were kept.
fn winner(ledger: Option<&FieldStamp>, copy: Option<&FieldStamp>) -> Option<Side> {
    match (ledger, copy) {
        (Some(ledger), Some(copy)) => match (ledger.supersedes(copy), copy.supersedes(ledger)) {
            (true, false) => Some(Side::Ledger),
            (false, true) => Some(Side::Copy),
            _ => None,
        },
        (Some(_), None) => Some(Side::Ledger),
        (None, Some(_)) => Some(Side::Copy),
        (None, None) => None,
    }
}

/// The ledger's items, then the copy's that the ledger lacks.
fn gather(ledger: Option<&Value>, copy: Option<&Value>) -> Value {
    let mut items = ledger
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    for item in copy.and_then(Value::as_array).into_iter().flatten() {
        if !items.contains(item) {
            items.push(item.clone());
        }
    }
    Value::Array(items)
}

/// Merges the copy's version of a record into the ledger's; `lists` says how its list fields
/// are merged (the others are whole values). The copy's references must already point at the
/// merged ledger's records.
pub fn merge_fields<T: Stamped + DeserializeOwned>(
    ledger: &T,
    copy: &T,
    lists: &[(&str, ListMerge)],
) -> Result<FieldsMerged<T>, serde_json::Error> {
    let (ours, theirs) = (field_values(ledger), field_values(copy));
    let mut values = ours.clone();
    let mut stamps = ledger.stamps().clone();
    if let Some(created) = &copy.stamps().created
        && stamps
            .created
            .as_ref()
            .is_none_or(|own| created.at < own.at)
    {
        stamps.created = Some(created.clone());
    }
    let mut taken = Vec::new();
    let mut combined = Vec::new();
    let mut open = Vec::new();
    let names: BTreeSet<&String> = ours.keys().chain(theirs.keys()).collect();
    for name in names {
        let (own, other) = (ours.get(name), theirs.get(name));
        if own == other {
            continue;
        }
        let (own_stamp, other_stamp) = (ledger.stamps().field(name), copy.stamps().field(name));
        let unset = |value: Option<&Value>, stamps: &RecordStamps| {
            value.is_none() && !stamps.fields.contains_key(name)
        };
        let side = match (unset(own, ledger.stamps()), unset(other, copy.stamps())) {
            (true, false) => Some(Side::Copy),
            (false, true) => Some(Side::Ledger),
            _ => winner(own_stamp.as_ref(), other_stamp.as_ref()),
        };
        let list = lists
            .iter()
            .find(|(list, _)| list == name)
            .map(|(_, how)| *how);
        if list == Some(ListMerge::Gather) {
            let union = gather(own, other);
            if Some(&union) != own {
                values.insert(name.clone(), union);
                combined.push((name.clone(), Vec::new()));
                if side == Some(Side::Copy) {
                    take_stamp(&mut stamps, copy.stamps(), name);
                }
            }
            continue;
        }
        match (side, list) {
            (Some(Side::Ledger), _) => {}
            (Some(Side::Copy), _) => {
                let items = match list {
                    Some(ListMerge::Items(list)) => differing(list, own, other)?,
                    _ => Vec::new(),
                };
                match other {
                    Some(value) => values.insert(name.clone(), value.clone()),
                    None => values.remove(name),
                };
                take_stamp(&mut stamps, copy.stamps(), name);
                taken.push((name.clone(), items));
            }
            (None, Some(ListMerge::Items(list))) => {
                let items = merge_items(list, own, other)?;
                if !items.taken.is_empty() {
                    values.insert(name.clone(), items.value);
                    combined.push((name.clone(), items.taken));
                }
                open.extend(items.open.into_iter().map(|item| OpenField {
                    field: name.clone(),
                    item: Some(item.part),
                    ledger: item.ledger,
                    copy: item.copy,
                    ledger_stamp: own_stamp.clone(),
                    copy_stamp: other_stamp.clone(),
                }));
            }
            (None, _) => open.push(OpenField {
                field: name.clone(),
                item: None,
                ledger: own.cloned().unwrap_or(Value::Null),
                copy: other.cloned().unwrap_or(Value::Null),
                ledger_stamp: own_stamp,
                copy_stamp: other_stamp,
            }),
        }
    }
    Ok(FieldsMerged {
        record: rebuild(values, &stamps)?,
        taken,
        combined,
        open,
    })
}

/// The record with one field set to `value` (`Null`: left empty) and stamped `stamp`.
pub fn with_field<T: Stamped + DeserializeOwned>(
    record: &T,
    field: &str,
    value: &Value,
    stamp: Option<&FieldStamp>,
) -> Result<T, serde_json::Error> {
    let mut values = field_values(record);
    if value.is_null() {
        values.remove(field);
    } else {
        values.insert(field.to_owned(), value.clone());
    }
    let mut stamps = record.stamps().clone();
    match stamp {
        Some(stamp) => stamps.fields.insert(field.to_owned(), stamp.clone()),
        None => stamps.fields.remove(field),
    };
    rebuild(values, &stamps)
}

fn take_stamp(stamps: &mut RecordStamps, copy: &RecordStamps, name: &str) {
    match copy.fields.get(name) {
        Some(stamp) => stamps.fields.insert(name.to_owned(), stamp.clone()),
        None => stamps.fields.remove(name),
    };
}

fn rebuild<T: DeserializeOwned>(
    values: std::collections::BTreeMap<String, Value>,
    stamps: &RecordStamps,
) -> Result<T, serde_json::Error> {
    let mut object: serde_json::Map<String, Value> = values.into_iter().collect();
    object.insert(STAMPS_FIELD.to_owned(), serde_json::to_value(stamps)?);
    serde_json::from_value(Value::Object(object))
}
