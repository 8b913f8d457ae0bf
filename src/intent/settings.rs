//! Preferences — language, theme, the light rule and its thresholds, the due-soon days — kept in eframe's
//! storage (not in the ledger) together with the recent ledgers and the list's filter and
//! sort, so they survive a restart.

use std::path::PathBuf;

use eframe::egui;
use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::model::ProjectId;
use crate::model::lights::{LightRule, LightSettings};
use crate::model::query::{ProjectFilter, SortOrder};
use crate::model::schedule::LightThresholds;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ThemeChoice {
    #[default]
    System,
    Light,
    Dark,
}

impl ThemeChoice {
    pub fn preference(self) -> egui::ThemePreference {
        match self {
            ThemeChoice::System => egui::ThemePreference::System,
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub lang: Lang,
    pub theme: ThemeChoice,
    /// A target missed by up to this many days is yellow; later is red.
    pub yellow_max_days: i64,
    /// "Due soon" means within this many days.
    pub due_soon_days: i64,
    /// The rule that decides the lights.
    pub light_rule: LightRule,
    /// Points behind 序时进度 from which the progress rule lights yellow.
    pub yellow_points: f64,
    /// Points behind 序时进度 beyond which the progress rule lights red.
    pub red_points: f64,
    pub recent: Vec<PathBuf>,
    pub last_import_dir: Option<PathBuf>,
    pub last_export_dir: Option<PathBuf>,
    pub filter: ProjectFilter,
    pub sort: SortOrder,
    /// The project selected when the window closed, with the ledger it is in.
    pub selected: Option<(PathBuf, ProjectId)>,
    /// For each workspace folder opened on this machine, the office whose ledger is this
    /// machine's own (the file's stem: 青石镇 for 青石镇.ron).
    pub offices: std::collections::BTreeMap<PathBuf, String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            lang: Lang::default(),
            theme: ThemeChoice::default(),
            yellow_max_days: LightThresholds::default().yellow_max_days,
            due_soon_days: 14,
            light_rule: LightRule::default(),
            yellow_points: LightSettings::default().yellow_points,
            red_points: LightSettings::default().red_points,
            recent: Vec::new(),
            last_import_dir: None,
            last_export_dir: None,
            filter: ProjectFilter::default(),
            sort: SortOrder::default(),
            selected: None,
            offices: Default::default(),
        }
    }
}

impl Settings {
    pub fn thresholds(&self) -> LightThresholds {
        LightThresholds {
            yellow_max_days: self.yellow_max_days,
        }
    }

    /// The light rule with its thresholds.
    pub fn lights(&self) -> LightSettings {
        LightSettings {
            rule: self.light_rule,
            thresholds: self.thresholds(),
            yellow_points: self.yellow_points,
            red_points: self.red_points,
        }
    }
}
