//! A unit: a town, district, park or comparable body that pushes projects.

use serde::{Deserialize, Serialize};

use super::ids::UnitId;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unit {
    pub id: UnitId,
    /// As written (呂四港經濟開發區, 东海镇 …).
    pub name: String,
    /// Other names articles use for it (呂四港區鎮).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}

impl Unit {
    pub fn new(id: UnitId, name: impl Into<String>) -> Self {
        Unit {
            id,
            name: name.into(),
            aliases: Vec::new(),
        }
    }
}
