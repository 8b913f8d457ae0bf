//! Serde helper: a map from id to item is written as a plain list of items (each item carries
//! its own id), which reads better in the RON file and cannot disagree with itself.

use std::collections::BTreeMap;

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An item that knows its own key.
pub trait Keyed {
    type Key: Ord + Copy + std::fmt::Debug;
    fn key(&self) -> Self::Key;
}

pub fn serialize<K, T, S>(map: &BTreeMap<K, T>, serializer: S) -> Result<S::Ok, S::Error>
where
    T: Serialize,
    S: Serializer,
{
    serializer.collect_seq(map.values())
}

pub fn deserialize<'de, T, D>(deserializer: D) -> Result<BTreeMap<T::Key, T>, D::Error>
where
    T: Keyed + Deserialize<'de>,
    D: Deserializer<'de>,
{
    let items = Vec::<T>::deserialize(deserializer)?;
    let mut map = BTreeMap::new();
    for item in items {
        let key = item.key();
        if map.insert(key, item).is_some() {
            return Err(D::Error::custom(format!("the id {key:?} is used twice")));
        }
    }
    Ok(map)
}
