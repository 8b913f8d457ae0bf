//! "Paste article text": a large text box filled from the clipboard when it opens (the text
//! can be edited or pasted again), then read like any other article.

use eframe::egui;

use crate::i18n::Lang;
use crate::intent::Action;

/// The paste dialog's state while it is open.
#[derive(Debug, Default)]
pub struct PasteDraft {
    pub text: String,
    /// The clipboard has been asked for its text.
    pasted: bool,
}

pub fn show(ctx: &egui::Context, draft: &mut PasteDraft, lang: Lang) -> Option<Action> {
    let mut decision = None;
    let modal = egui::Modal::new(egui::Id::unique("paste-article")).show(ctx, |ui| {
        ui.set_width(640.0);
        ui.heading(lang.pick("粘贴文章文本", "Paste article text"));
        ui.label(lang.pick(
            "剪贴板里的文字已粘贴在下面;也可以直接输入或再次粘贴(Ctrl+V)。",
            "The clipboard's text is pasted below; you can also type or paste again (Ctrl+V).",
        ));
        let field = egui::ScrollArea::vertical()
            .max_height(360.0)
            .show(ui, |ui| {
                ui.add(
                    egui::TextEdit::multiline(&mut draft.text)
                        .desired_rows(16)
                        .desired_width(f32::INFINITY),
                )
                .accessible_name(lang.pick("文章文本", "Article text"))
            })
            .inner;
        if !draft.pasted {
            draft.pasted = true;
            field.request_focus();
            ctx.send_viewport_cmd(egui::ViewportCommand::RequestPaste);
        }
        ui.horizontal(|ui| {
            if ui.button(lang.pick("取消", "Cancel")).clicked() {
                decision = Some(Action::CancelPaste);
            }
            let ready = !draft.text.trim().is_empty();
            if ui
                .add_enabled(ready, egui::Button::new(lang.pick("识别", "Read it")))
                .clicked()
            {
                decision = Some(Action::ExtractPasted(draft.text.clone()));
            }
        });
    });
    if decision.is_none() && modal.should_close() {
        decision = Some(Action::CancelPaste);
    }
    decision
}
