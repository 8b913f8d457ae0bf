//! Preferences — language, theme, the light and due-soon thresholds — kept in eframe's
//! storage (not in the ledger) together with the recent ledgers and the list's filter and
//! sort, so they survive a restart; and the window that edits them.

use std::path::PathBuf;

use eframe::egui;
use serde::{Deserialize, Serialize};

use super::ViewState;
use super::i18n::Lang;
use crate::app::action::Action;
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
    pub recent: Vec<PathBuf>,
    pub last_import_dir: Option<PathBuf>,
    pub last_export_dir: Option<PathBuf>,
    pub filter: ProjectFilter,
    pub sort: SortOrder,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            lang: Lang::default(),
            theme: ThemeChoice::default(),
            yellow_max_days: LightThresholds::default().yellow_max_days,
            due_soon_days: 14,
            recent: Vec::new(),
            last_import_dir: None,
            last_export_dir: None,
            filter: ProjectFilter::default(),
            sort: SortOrder::default(),
        }
    }
}

impl Settings {
    pub fn thresholds(&self) -> LightThresholds {
        LightThresholds {
            yellow_max_days: self.yellow_max_days,
        }
    }
}

/// The settings window, while `view.settings_draft` holds the settings being edited.
pub fn show(ctx: &egui::Context, view: &mut ViewState, actions: &mut Vec<Action>) {
    let lang = view.lang;
    let Some(draft) = &mut view.settings_draft else {
        return;
    };
    let mut decided = None;
    let modal = egui::Modal::new(egui::Id::unique("settings")).show(ctx, |ui| {
        ui.set_width(420.0);
        ui.heading(lang.pick("设置", "Settings"));
        egui::Grid::new("settings-grid")
            .num_columns(2)
            .spacing([12.0, 8.0])
            .show(ui, |ui| {
                ui.label(lang.pick("界面语言", "Language"));
                ui.horizontal(|ui| {
                    ui.radio_value(&mut draft.lang, Lang::Zh, "中文");
                    ui.radio_value(&mut draft.lang, Lang::En, "English");
                });
                ui.end_row();
                ui.label(lang.pick("主题", "Theme"));
                ui.horizontal(|ui| {
                    ui.radio_value(
                        &mut draft.theme,
                        ThemeChoice::System,
                        lang.pick("跟随系统", "System"),
                    );
                    ui.radio_value(
                        &mut draft.theme,
                        ThemeChoice::Light,
                        lang.pick("浅色", "Light"),
                    );
                    ui.radio_value(
                        &mut draft.theme,
                        ThemeChoice::Dark,
                        lang.pick("深色", "Dark"),
                    );
                });
                ui.end_row();
                let yellow =
                    ui.label(lang.pick("黄灯:逾期不超过(天)", "Yellow: late by at most (days)"));
                ui.add(egui::DragValue::new(&mut draft.yellow_max_days).range(1..=365))
                    .labelled_by(yellow.id);
                ui.end_row();
                let soon =
                    ui.label(lang.pick("“即将到期”指(天)内", "“Due soon” means within (days)"));
                ui.add(egui::DragValue::new(&mut draft.due_soon_days).range(1..=365))
                    .labelled_by(soon.id);
                ui.end_row();
            });
        ui.separator();
        ui.horizontal(|ui| {
            if ui.button(lang.pick("取消", "Cancel")).clicked() {
                decided = Some(false);
            }
            if ui.button(lang.pick("确定", "OK")).clicked() {
                decided = Some(true);
            }
        });
    });
    match decided {
        Some(true) => {
            if let Some(settings) = view.settings_draft.take() {
                actions.push(Action::ApplySettings(Box::new(settings)));
            }
        }
        Some(false) => view.settings_draft = None,
        None if modal.should_close() => view.settings_draft = None,
        None => {}
    }
}
