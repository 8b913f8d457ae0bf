//! The settings window (language, theme, the light rule and its thresholds, due-soon days):
//! edits a draft of the [`Settings`] and hands it back on OK.

use eframe::egui;

use super::ViewState;
use crate::i18n::Lang;
use crate::intent::{Action, ThemeChoice};
use crate::model::lights::LightRule;

/// The settings window, while `view.settings_draft` holds the settings being edited.
pub fn show(ctx: &egui::Context, lang: Lang, view: &mut ViewState, actions: &mut Vec<Action>) {
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
                ui.label(lang.pick("亮灯规则", "Light rule"));
                ui.vertical(|ui| {
                    for rule in LightRule::ALL {
                        ui.radio_value(&mut draft.light_rule, rule, lang.light_rule(rule));
                    }
                });
                ui.end_row();
                let behind_yellow = ui.label(lang.pick(
                    "黄灯:落后序时进度(百分点)",
                    "Yellow: behind time by (points)",
                ));
                ui.add(egui::DragValue::new(&mut draft.yellow_points).range(0.0..=100.0))
                    .labelled_by(behind_yellow.id);
                ui.end_row();
                let behind_red = ui.label(lang.pick(
                    "红灯:落后序时进度超过(百分点)",
                    "Red: behind time by more than (points)",
                ));
                ui.add(egui::DragValue::new(&mut draft.red_points).range(0.0..=100.0))
                    .labelled_by(behind_red.id);
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
