//! The window for a conflict copy of the own ledger that left choices: each field changed on
//! both sides, with this machine's value and the copy's (who changed it, when), one to pick.
//! 合并 takes the answers in as one undo step and moves the copy aside; 稍后 leaves the copy
//! where it is, to be offered again.

use eframe::egui;

use crate::describe::merge::{ChoiceWords, choice_words};
use crate::i18n::Lang;
use crate::intent::{Action, ConflictReview};
use crate::workspace::merge::Side;

pub fn show(ctx: &egui::Context, review: &mut ConflictReview, lang: Lang) -> Option<Action> {
    let mut action = None;
    egui::Window::new(lang.pick("合并冲突副本", "Merge a conflict copy"))
        .collapsible(false)
        .default_width(620.0)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            ui.label(match review.copy_name() {
                Some(name) => format!(
                    "{} {name}",
                    lang.pick(
                        "同步软件留下了本单位台账的冲突副本:",
                        "The sync engine left a conflict copy of this office's ledger:"
                    )
                ),
                None => lang
                    .pick(
                        "另一台电脑保存的本单位台账已同步过来,而这里也有修改。",
                        "Another machine's save of this office's ledger arrived while this window had changes.",
                    )
                    .to_string(),
            });
            ui.label(match lang {
                Lang::Zh => format!(
                    "其余修改已自动合并({} 处);下面 {} 处两边各自改过,请选择保留哪一边。",
                    review.merge.merged.len(),
                    review.merge.choices.len()
                ),
                Lang::En => format!(
                    "The other changes merge by themselves ({}); these {} were changed on both sides: choose which to keep.",
                    review.merge.merged.len(),
                    review.merge.choices.len()
                ),
            });
            ui.separator();
            egui::ScrollArea::vertical().max_height(360.0).show(ui, |ui| {
                for (index, choice) in review.merge.choices.iter().enumerate() {
                    let ChoiceWords { what, ledger, copy } =
                        choice_words(choice, &review.names, lang);
                    ui.strong(what);
                    let answer = &mut review.answers[index];
                    ui.radio_value(
                        answer,
                        Side::Ledger,
                        format!("{}{ledger}", lang.pick("本机:", "This machine: ")),
                    );
                    ui.radio_value(
                        answer,
                        Side::Copy,
                        format!("{}{copy}", lang.pick("另一版本:", "The other version: ")),
                    );
                    ui.add_space(6.0);
                }
            });
            ui.separator();
            ui.horizontal(|ui| {
                if ui.button(lang.pick("合并", "Merge")).clicked() {
                    action = Some(Action::ResolveConflict(review.answers.clone()));
                }
                if ui.button(lang.pick("稍后", "Later")).clicked() {
                    action = Some(Action::PostponeConflict);
                }
            });
        });
    action
}
