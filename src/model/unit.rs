//! A unit: a town, district, park or comparable body that pushes projects, with the other names
//! articles use for it and its kind (镇/乡/街道, county, city, park or zone).

use serde::{Deserialize, Serialize};

use super::ids::UnitId;
use super::stamp::{RecordStamps, Stamped};
use crate::article::script::normalise_key;

/// What sort of body a unit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    /// 镇, 乡 or 街道.
    Township,
    /// A county, county-level city or district (县, 区).
    County,
    /// A city (市).
    City,
    /// A park or zone (开发区, 园区, 高新区, 港区 …).
    Park,
}

impl UnitKind {
    pub const ALL: [UnitKind; 4] = [
        UnitKind::Township,
        UnitKind::County,
        UnitKind::City,
        UnitKind::Park,
    ];

    /// The kind a name's ending says, if it says one.
    pub fn from_name(name: &str) -> Option<UnitKind> {
        let key = crate::article::script::to_simplified(name.trim());
        let ends = |endings: &[&str]| endings.iter().any(|e| key.ends_with(e));
        if ends(&[
            "开发区",
            "园区",
            "产业园",
            "高新区",
            "港区",
            "度假区",
            "新区",
            "示范区",
            "经济区",
            "工业园",
            "保税区",
        ]) {
            Some(UnitKind::Park)
        } else if ends(&["镇", "乡", "街道"]) {
            Some(UnitKind::Township)
        } else if ends(&["县", "区"]) {
            Some(UnitKind::County)
        } else if ends(&["市"]) {
            Some(UnitKind::City)
        } else {
            None
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unit {
    pub id: UnitId,
    /// As written (呂四港經濟開發區, 东海镇 …).
    pub name: String,
    /// Other names articles use for it (呂四港區鎮).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// What sort of body it is, when someone said; else its name's ending tells.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<UnitKind>,
    #[serde(default, skip_serializing_if = "RecordStamps::is_empty")]
    pub stamps: RecordStamps,
}

impl Stamped for Unit {
    fn stamps(&self) -> &RecordStamps {
        &self.stamps
    }
    fn stamps_mut(&mut self) -> &mut RecordStamps {
        &mut self.stamps
    }
}

impl Unit {
    pub fn new(id: UnitId, name: impl Into<String>) -> Self {
        Unit {
            id,
            name: name.into(),
            aliases: Vec::new(),
            kind: None,
            stamps: RecordStamps::default(),
        }
    }

    /// Its kind: as set, else as its name says.
    pub fn kind(&self) -> Option<UnitKind> {
        self.kind.or_else(|| UnitKind::from_name(&self.name))
    }

    /// Does it go by this name, as its name or an alias (in either script)?
    pub fn answers_to(&self, name: &str) -> bool {
        let key = normalise_key(name);
        !key.is_empty()
            && std::iter::once(&self.name)
                .chain(&self.aliases)
                .any(|own| normalise_key(own) == key)
    }

    /// Adds an alias unless it already goes by that name.
    pub fn add_alias(&mut self, alias: &str) {
        let alias = alias.trim();
        if !alias.is_empty() && !self.answers_to(alias) {
            self.aliases.push(alias.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ending_of_a_name_tells_its_kind() {
        assert_eq!(UnitKind::from_name("東海鎮"), Some(UnitKind::Township));
        assert_eq!(UnitKind::from_name("城東街道"), Some(UnitKind::Township));
        assert_eq!(
            UnitKind::from_name("呂四港經濟開發區"),
            Some(UnitKind::Park)
        );
        assert_eq!(UnitKind::from_name("海門區"), Some(UnitKind::County));
        assert_eq!(UnitKind::from_name("啟東市"), Some(UnitKind::City));
        assert_eq!(UnitKind::from_name("臨川"), None);
        let mut unit = Unit::new(UnitId(1), "啟東市");
        unit.kind = Some(UnitKind::County);
        assert_eq!(unit.kind(), Some(UnitKind::County), "as set wins");
    }

    #[test]
    fn aliases_are_matched_in_either_script_and_not_doubled() {
        let mut unit = Unit::new(UnitId(1), "呂四港經濟開發區");
        unit.add_alias("吕四港区镇");
        unit.add_alias("呂四港區鎮");
        unit.add_alias("吕四港经济开发区");
        assert_eq!(unit.aliases, ["吕四港区镇"]);
        assert!(unit.answers_to("呂四港區鎮"));
        assert!(!unit.answers_to(""));
    }
}
