//! Serde helper: a map from id to item is written as a plain list of items (each item carries
//! its own id), which reads better in the RON file and cannot disagree with itself.

use std::collections::BTreeMap;

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An item that knows its own key.
pub trait Keyed {
    type Key: Ord + Copy + Into<u64>;
    fn key(&self) -> Self::Key;
}

/// How a list that uses one id twice is reported through serde, whose errors are text.
const DUPLICATE_ID: &str = "duplicate id ";

/// The id a list used twice, when `message` is the error [`deserialize`] gave for it.
pub fn duplicate_id(message: &str) -> Option<u64> {
    message.strip_prefix(DUPLICATE_ID)?.parse().ok()
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
            let number: u64 = key.into();
            return Err(D::Error::custom(format!("{DUPLICATE_ID}{number}")));
        }
    }
    Ok(map)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize)]
    struct Item {
        id: u64,
    }

    impl Keyed for Item {
        type Key = u64;
        fn key(&self) -> u64 {
            self.id
        }
    }

    #[derive(Debug, Deserialize)]
    struct List(#[serde(deserialize_with = "super::deserialize")] BTreeMap<u64, Item>);

    #[test]
    fn an_id_used_twice_is_named() {
        let list: List = ron::from_str("([(id: 3), (id: 4)])").unwrap();
        assert_eq!(list.0.keys().copied().collect::<Vec<_>>(), [3, 4]);
        let error = ron::from_str::<List>("([(id: 3), (id: 4), (id: 3)])").unwrap_err();
        let ron::Error::Message(message) = error.code else {
            panic!("{error:?}");
        };
        assert_eq!(duplicate_id(&message), Some(3));
        assert_eq!(duplicate_id("something else"), None);
    }
}
