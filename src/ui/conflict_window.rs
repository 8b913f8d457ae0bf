//! The window for a merge that left choices — a conflict copy of the own ledger, or a 报送
//! received into an office's ledger: each field changed on both sides, with the ledger's value
//! and the other version's (who changed it, when), one to pick. 合并 takes the answers in (a
//! conflict copy as one undo step, then moved aside; a 报送 written into its office's ledger);
//! 稍后 leaves everything as it was.

use eframe::egui;

use crate::describe::merge::{ChoiceWords, choice_words};
use crate::i18n::Lang;
use crate::intent::conflict_review::ConflictSource;
use crate::intent::{Action, ConflictReview};
use crate::workspace::merge::Side;

pub fn show(ctx: &egui::Context, review: &mut ConflictReview, lang: Lang) -> Option<Action> {
    let mut action = None;
    egui::Window::new(lang.pick("合并冲突副本", "Merge a conflict copy"))
        .collapsible(false)
        .default_width(620.0)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            ui.label(intro(review, lang));
            ui.label(match (lang, review.merged) {
                (Lang::Zh, 0) => format!(
                    "下面 {} 处两边各自改过,请选择保留哪一边。",
                    review.choices.len()
                ),
                (Lang::Zh, merged) => format!(
                    "其余修改已自动合并({merged} 处);下面 {} 处两边各自改过,请选择保留哪一边。",
                    review.choices.len()
                ),
                (Lang::En, 0) => format!(
                    "These {} were changed on both sides: choose which to keep.",
                    review.choices.len()
                ),
                (Lang::En, merged) => format!(
                    "The other changes merge by themselves ({merged}); these {} were changed on both sides: choose which to keep.",
                    review.choices.len()
                ),
            });
            ui.separator();
            egui::ScrollArea::vertical().max_height(360.0).show(ui, |ui| {
                for (index, choice) in review.choices.iter().enumerate() {
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

/// What is being merged, in a sentence.
fn intro(review: &ConflictReview, lang: Lang) -> String {
    let name = review.file_name().unwrap_or_default();
    match (&review.source, lang) {
        (ConflictSource::Own { copy: Some(_), .. }, Lang::Zh) => {
            format!("同步软件留下了本单位台账的冲突副本:{name}")
        }
        (ConflictSource::Own { copy: Some(_), .. }, Lang::En) => {
            format!("The sync engine left a conflict copy of this office's ledger: {name}")
        }
        (ConflictSource::Own { copy: None, .. }, Lang::Zh) => {
            "另一台电脑保存的本单位台账已同步过来,而这里也有修改。".to_string()
        }
        (ConflictSource::Own { copy: None, .. }, Lang::En) => {
            "Another machine's save of this office's ledger arrived while this window had changes."
                .to_string()
        }
        (ConflictSource::Received { ledger, .. }, _) => {
            let office = ledger
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            match lang {
                Lang::Zh => format!("导入报送 {name} 到 {office}"),
                Lang::En => format!("Receiving {name} into {office}"),
            }
        }
    }
}
