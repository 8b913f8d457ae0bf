//! The review of a 推进表 before it is imported: how each column was read (its meaning can be
//! changed from a list, a guess is marked), then every project row with a tick, its unit and
//! whether it adds a project or updates one, and the figures it brings. 导入 applies the ticked
//! rows as one undo step; 取消 changes nothing.

use eframe::egui::{self, RichText};

use super::AppView;
use crate::i18n::Lang;
use crate::intent::Action;
use crate::intent::sheet_review::{SheetReview, field_choices};
use crate::report::figures::money;

/// Shows the review; returns what the user decided, if anything.
pub fn show(
    ctx: &egui::Context,
    app: &AppView<'_>,
    review: &mut SheetReview,
    lang: Lang,
) -> Option<Action> {
    let mut decision = None;
    let modal = egui::Modal::new(egui::Id::unique("sheet-review")).show(ctx, |ui| {
        let screen = ctx.content_rect();
        ui.set_width((screen.width() - 80.0).clamp(480.0, 1000.0));
        ui.heading(format!(
            "{} · {}",
            lang.pick("导入表格", "Import spreadsheet"),
            review.plan.file_name
        ));
        ui.label(&review.plan.title);
        let period = match (review.plan.month, lang) {
            (Some(month), Lang::Zh) => format!("{}年1-{month}月", review.plan.year),
            (Some(month), Lang::En) => format!("{}, months 1-{month}", review.plan.year),
            (None, _) => review.plan.year.to_string(),
        };
        ui.label(period);
        ui.separator();
        let height = ((screen.height() - 260.0) / 2.0).max(120.0);
        ui.label(RichText::new(lang.pick("各列的含义", "What each column holds")).strong());
        egui::ScrollArea::vertical()
            .id_salt("sheet-columns")
            .max_height(height)
            .show(ui, |ui| columns(ui, review, lang, &mut decision));
        ui.separator();
        ui.label(RichText::new(lang.pick("项目行", "Project rows")).strong());
        egui::ScrollArea::vertical()
            .id_salt("sheet-rows")
            .max_height(height)
            .show(ui, |ui| rows(ui, app, review, lang));
        ui.separator();
        ui.horizontal(|ui| {
            if ui.button(lang.pick("取消", "Cancel")).clicked() {
                decision = Some(Action::CancelSheet);
            }
            let count = review.plan.ticked_count();
            let accept = match lang {
                Lang::Zh => format!("导入 {count} 行"),
                Lang::En => format!("Import {count} rows"),
            };
            if ui.button(accept).clicked() {
                decision = Some(Action::AcceptSheet);
            }
        });
    });
    if modal.should_close() && decision.is_none() {
        decision = Some(Action::CancelSheet);
    }
    decision
}

fn columns(ui: &mut egui::Ui, review: &SheetReview, lang: Lang, decision: &mut Option<Action>) {
    let choices = field_choices(&review.sheet);
    egui::Grid::new("sheet-column-grid")
        .striped(true)
        .show(ui, |ui| {
            for column in &review.sheet.columns {
                ui.label(format!("「{}」", column.header_text));
                let mut chosen = column.field;
                egui::ComboBox::from_id_salt(("sheet-column", column.index))
                    .selected_text(lang.sheet_field(column.field))
                    .show_ui(ui, |ui| {
                        for choice in &choices {
                            ui.selectable_value(&mut chosen, *choice, lang.sheet_field(*choice));
                        }
                    })
                    .response
                    .accessible_name(match lang {
                        Lang::Zh => format!("「{}」的含义", column.header_text),
                        Lang::En => format!("What «{}» holds", column.header_text),
                    });
                if chosen != column.field {
                    *decision = Some(Action::MapSheetColumn {
                        column: column.index,
                        field: chosen,
                    });
                }
                if column.guessed || column.money_unit_guessed {
                    ui.label(RichText::new(lang.pick("猜测", "guessed")).weak())
                        .on_hover_text(lang.pick(
                            "表头没有明确说明,请核对这一列的含义或金额单位。",
                            "The header does not say plainly; check what this column holds or its money unit.",
                        ));
                } else {
                    ui.label("");
                }
                ui.end_row();
            }
        });
}

fn rows(ui: &mut egui::Ui, app: &AppView<'_>, review: &mut SheetReview, lang: Lang) {
    let SheetReview { plan, .. } = review;
    let words: Vec<_> = plan
        .rows
        .iter()
        .map(|row| lang.sheet_row(app.ledger, plan, row))
        .collect();
    for (row, words) in plan.rows.iter_mut().zip(words) {
        let mut figures = Vec::new();
        if let Some(yuan) = row.record.total_investment_yuan {
            figures.push(format!(
                "{} {}",
                lang.pick("总投资", "total"),
                money(yuan.into())
            ));
        }
        if let Some(yuan) = row.record.annual_plan_yuan {
            figures.push(format!(
                "{} {}",
                lang.pick("年度计划", "plan"),
                money(yuan.into())
            ));
        }
        if let Some(yuan) = row.record.year_to_date_yuan {
            figures.push(format!(
                "{} {}",
                lang.pick("累计", "to date"),
                money(yuan.into())
            ));
        }
        ui.horizontal(|ui| {
            ui.checkbox(&mut row.include, format!("{} {}", words.row, row.name))
                .on_hover_text(&row.cells);
            ui.label(format!("{} · {}", words.unit, words.what));
            if !words.changes.is_empty() {
                ui.label(&words.changes);
            }
            ui.label(RichText::new(figures.join(" · ")).weak());
        });
    }
}
