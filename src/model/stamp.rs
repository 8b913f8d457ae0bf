//! When and on which machine each record and each of its fields was last changed. A record's
//! `created` stamp says when it came into being; a field gets its own stamp the first time it
//! changes after that. Each field stamp also remembers the change it replaced from another
//! machine, so that the merge of two copies of a ledger can tell "this side saw that side's
//! change and changed it again" (it wins) from "both sides changed it independently" (a person
//! chooses).

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

/// A moment on a machine.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Stamp {
    /// Local time of the machine, to the millisecond.
    pub at: NaiveDateTime,
    /// The machine's name.
    pub by: String,
}

/// The last change of one field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldStamp {
    pub at: NaiveDateTime,
    pub by: String,
    /// The last change by another machine that this one replaced, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaced: Option<Stamp>,
}

impl FieldStamp {
    pub fn stamp(&self) -> Stamp {
        Stamp {
            at: self.at,
            by: self.by.clone(),
        }
    }

    /// Was this change made knowing `other`, so that it supersedes it? True when they are the
    /// same change, when this one replaced it, or when both come from one machine and this one
    /// is not older (a machine always sees its own earlier changes).
    pub fn supersedes(&self, other: &FieldStamp) -> bool {
        self == other
            || self.replaced.as_ref() == Some(&other.stamp())
            || (self.by == other.by && self.at >= other.at && self.replaced == other.replaced)
    }
}

/// The stamps of one record.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct RecordStamps {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<Stamp>,
    /// By field name, as the field is spelled in the file.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub fields: BTreeMap<String, FieldStamp>,
}

impl RecordStamps {
    pub fn is_empty(&self) -> bool {
        self.created.is_none() && self.fields.is_empty()
    }

    /// The stamp of a field: its own, or the record's creation when it never changed.
    pub fn field(&self, name: &str) -> Option<FieldStamp> {
        self.fields.get(name).cloned().or_else(|| {
            self.created.as_ref().map(|created| FieldStamp {
                at: created.at,
                by: created.by.clone(),
                replaced: None,
            })
        })
    }

    /// When the record last changed.
    pub fn last_change(&self) -> Option<NaiveDateTime> {
        self.fields
            .values()
            .map(|field| field.at)
            .chain(self.created.as_ref().map(|created| created.at))
            .max()
    }
}

/// A record that carries stamps.
pub trait Stamped: Serialize {
    fn stamps(&self) -> &RecordStamps;
    fn stamps_mut(&mut self) -> &mut RecordStamps;
}

/// The name of the stamps field itself, never stamped.
const STAMPS_FIELD: &str = "stamps";

/// The record's fields as values by name (fields left out of the file are absent).
pub fn field_values<T: Serialize>(record: &T) -> BTreeMap<String, serde_json::Value> {
    match serde_json::to_value(record) {
        Ok(serde_json::Value::Object(map)) => map
            .into_iter()
            .filter(|(name, _)| name != STAMPS_FIELD)
            .collect(),
        _ => BTreeMap::new(),
    }
}

/// The names of the fields whose values differ between two versions of a record.
pub fn changed_fields<T: Serialize>(old: &T, new: &T) -> Vec<String> {
    let old = field_values(old);
    let new = field_values(new);
    let mut names: Vec<String> = old
        .keys()
        .chain(new.keys())
        .filter(|name| old.get(*name) != new.get(*name))
        .cloned()
        .collect();
    names.sort();
    names.dedup();
    names
}

/// Stamps `new` as the change `now` made to `old` (`None`: `new` is a new record). The new
/// record keeps the old one's stamps and gains one for each field that changed.
pub fn restamp<T: Stamped>(old: Option<&T>, new: &mut T, now: &Stamp) {
    let Some(old) = old else {
        if new.stamps().created.is_none() {
            new.stamps_mut().created = Some(now.clone());
        }
        return;
    };
    let changed = changed_fields(old, new);
    let mut stamps = old.stamps().clone();
    for name in changed {
        let replaced = match stamps.field(&name) {
            Some(previous) if previous.by == now.by => previous.replaced,
            Some(previous) => Some(previous.stamp()),
            None => None,
        };
        stamps.fields.insert(
            name,
            FieldStamp {
                at: now.at,
                by: now.by.clone(),
                replaced,
            },
        );
    }
    *new.stamps_mut() = stamps;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, Serialize)]
    struct Thing {
        name: String,
        count: u32,
        stamps: RecordStamps,
    }

    impl Stamped for Thing {
        fn stamps(&self) -> &RecordStamps {
            &self.stamps
        }
        fn stamps_mut(&mut self) -> &mut RecordStamps {
            &mut self.stamps
        }
    }

    fn at(minute: u32, by: &str) -> Stamp {
        Stamp {
            at: chrono::NaiveDate::from_ymd_opt(2025, 4, 1)
                .unwrap()
                .and_hms_opt(9, minute, 0)
                .unwrap(),
            by: by.into(),
        }
    }

    fn thing() -> Thing {
        let mut thing = Thing {
            name: "甲".into(),
            count: 1,
            stamps: RecordStamps::default(),
        };
        restamp(None, &mut thing, &at(0, "城"));
        thing
    }

    #[test]
    fn a_new_record_is_stamped_created_and_a_change_stamps_only_its_field() {
        let old = thing();
        assert_eq!(old.stamps.created, Some(at(0, "城")));
        let mut new = old.clone();
        new.count = 2;
        restamp(Some(&old), &mut new, &at(5, "镇"));
        assert_eq!(new.stamps.fields.keys().collect::<Vec<_>>(), ["count"]);
        let count = &new.stamps.fields["count"];
        assert_eq!(count.replaced, Some(at(0, "城")), "replaced the creation");
        assert_eq!(new.stamps.field("name").unwrap().stamp(), at(0, "城"));
        assert_eq!(new.stamps.last_change(), Some(at(5, "镇").at));
    }

    #[test]
    fn a_change_made_after_seeing_another_supersedes_it_and_independent_ones_do_not() {
        let base = thing();
        let mut town = base.clone();
        town.count = 2;
        restamp(Some(&base), &mut town, &at(5, "镇"));
        let mut city_after = town.clone();
        city_after.count = 3;
        restamp(Some(&town), &mut city_after, &at(9, "城"));
        let mut city_again = city_after.clone();
        city_again.count = 4;
        restamp(Some(&city_after), &mut city_again, &at(12, "城"));
        let town_count = &town.stamps.fields["count"];
        assert!(city_after.stamps.fields["count"].supersedes(town_count));
        assert!(city_again.stamps.fields["count"].supersedes(town_count));
        assert!(city_again.stamps.fields["count"].supersedes(&city_after.stamps.fields["count"]));

        let mut city_alone = base.clone();
        city_alone.count = 7;
        restamp(Some(&base), &mut city_alone, &at(6, "城"));
        let city_count = &city_alone.stamps.fields["count"];
        assert!(!city_count.supersedes(town_count));
        assert!(!town_count.supersedes(city_count));
    }

    #[test]
    fn an_unchanged_record_gains_no_stamp() {
        let old = thing();
        let mut same = old.clone();
        restamp(Some(&old), &mut same, &at(30, "镇"));
        assert!(same.stamps.fields.is_empty());
    }
}
