//! The small windows: About, the keyboard shortcuts, confirmations before deleting or quitting,
//! and the in-window file browser when it is open.

use eframe::egui;

use super::file_browser::BrowserOutcome;
use super::widgets::shortcut_text;
use super::{AppView, Confirm, ViewState};
use crate::intent::Action;
use crate::intent::Change;
use crate::intent::Command;
use crate::intent::DialogAnswer;

pub fn show(
    ctx: &egui::Context,
    app: &AppView<'_>,
    view: &mut ViewState,
    actions: &mut Vec<Action>,
) {
    let lang = app.lang();
    if view.about_open {
        egui::Window::new(Command::ShowAbout.label(lang))
            .open(&mut view.about_open)
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                ui.heading("项目推进台账 · Town Tracker");
                ui.label(format!("{} {}", lang.pick("版本", "Version"), env!("CARGO_PKG_VERSION")));
                ui.label(lang.pick(
                    "记录各区镇重大项目的投资、节点和目标,从新闻报道中导入。",
                    "A ledger of the major projects each town is pushing, imported from news articles.",
                ));
                ui.label(lang.pick(
                    "许可:MIT 或 Apache-2.0。字体:Droid Sans Fallback(Apache-2.0)、GNU Unifont(OFL-1.1)。",
                    "Licence: MIT or Apache-2.0. Fonts: Droid Sans Fallback (Apache-2.0), GNU Unifont (OFL-1.1).",
                ));
            });
    }
    if view.articles_open {
        egui::Window::new(Command::ShowArticles.label(lang))
            .open(&mut view.articles_open)
            .default_width(560.0)
            .show(ctx, |ui| articles(ui, app, lang));
    }
    if view.shortcuts_open {
        egui::Window::new(Command::ShowShortcuts.label(lang))
            .open(&mut view.shortcuts_open)
            .collapsible(false)
            .show(ctx, |ui| {
                egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
                    for command in Command::ALL {
                        let keys: Vec<String> = command
                            .shortcuts()
                            .iter()
                            .map(|s| shortcut_text(ctx, s))
                            .collect();
                        if keys.is_empty() {
                            continue;
                        }
                        ui.label(command.label(lang));
                        ui.monospace(keys.join(" / "));
                        ui.end_row();
                    }
                    ui.label(lang.pick("上下移动选择", "Move the selection"));
                    ui.monospace("↑ / ↓");
                    ui.end_row();
                });
            });
    }
    if let Some(confirm) = view.confirm.clone() {
        confirm_window(ctx, app, view, &confirm, actions);
    }
    if let Some(browser) = &mut view.file_browser
        && let Some(outcome) = browser.show(ctx, lang)
    {
        let request = browser.request.clone();
        view.file_browser = None;
        let answer = match outcome {
            BrowserOutcome::Picked(paths) => DialogAnswer::Picked(paths),
            BrowserOutcome::Cancelled => DialogAnswer::Cancelled,
        };
        actions.push(Action::FileChosen { request, answer });
    }
}

fn confirm_window(
    ctx: &egui::Context,
    app: &AppView<'_>,
    view: &mut ViewState,
    confirm: &Confirm,
    actions: &mut Vec<Action>,
) {
    let lang = app.lang();
    let (question, yes, action) = match confirm {
        Confirm::DeleteProject(project) => {
            let name = app.ledger.project(*project).map(|p| p.name.as_str()).unwrap_or("");
            (
                match lang {
                    crate::i18n::Lang::Zh => format!("删除项目“{name}”?可以撤销。"),
                    crate::i18n::Lang::En => format!("Delete the project “{name}”? You can undo this."),
                },
                lang.pick("删除", "Delete"),
                Action::Change(Change::DeleteProject { project: *project }),
            )
        }
        Confirm::DeleteGoal(goal) => {
            let text = app.ledger.goal(*goal).map(|g| g.text.as_str()).unwrap_or("");
            (
                match lang {
                    crate::i18n::Lang::Zh => format!("删除目标“{text}”?可以撤销。"),
                    crate::i18n::Lang::En => format!("Delete the goal “{text}”? You can undo this."),
                },
                lang.pick("删除", "Delete"),
                Action::Change(Change::DeleteGoal(*goal)),
            )
        }
        Confirm::QuitUnsaved => (
            lang.pick(
                "有修改无法保存到这个台账文件。先“另存为…”,还是放弃这些修改退出?",
                "Some changes cannot be saved to this ledger file. Save them elsewhere first, or quit and lose them?",
            )
            .to_string(),
            lang.pick("放弃修改并退出", "Quit and lose them"),
            Action::QuitWithoutSaving,
        ),
    };
    let modal = egui::Modal::new(egui::Id::unique("confirm")).show(ctx, |ui| {
        ui.set_max_width(420.0);
        ui.label(&question);
        ui.add_space(8.0);
        let mut decided = None;
        ui.horizontal(|ui| {
            if ui.button(lang.pick("取消", "Cancel")).clicked() {
                decided = Some(false);
            }
            if *confirm == Confirm::QuitUnsaved && ui.button(Command::SaveAs.label(lang)).clicked()
            {
                actions.push(Action::Command(Command::SaveAs));
                decided = Some(false);
            }
            if ui.button(yes).clicked() {
                decided = Some(true);
            }
        });
        decided
    });
    match modal.inner {
        Some(true) => {
            actions.push(action);
            view.confirm = None;
        }
        Some(false) => view.confirm = None,
        None if modal.should_close() => view.confirm = None,
        None => {}
    }
}

/// Every imported article with what came from it.
fn articles(ui: &mut egui::Ui, app: &AppView<'_>, lang: crate::i18n::Lang) {
    if app.ledger.sources().len() == 0 {
        ui.label(lang.pick("还没有导入文章。", "No articles imported yet."));
        return;
    }
    egui::ScrollArea::vertical()
        .max_height(420.0)
        .show(ui, |ui| {
            egui::Grid::new("articles")
                .striped(true)
                .num_columns(5)
                .show(ui, |ui| {
                    for heading in [
                        lang.pick("标题", "Title"),
                        lang.pick("文章日期", "Dated"),
                        lang.pick("文件", "File"),
                        lang.pick("导入于", "Imported"),
                        lang.pick("项目 / 目标", "Projects / goals"),
                    ] {
                        ui.strong(heading);
                    }
                    ui.end_row();
                    for source in app.ledger.sources() {
                        let projects = app
                            .ledger
                            .projects()
                            .filter(|p| p.sources.iter().any(|link| link.source == source.id))
                            .count();
                        let goals = app
                            .ledger
                            .goals()
                            .filter(|g| g.source == Some(source.id))
                            .count();
                        ui.label(&source.title);
                        ui.label(
                            source
                                .published
                                .map(|d| d.to_string())
                                .unwrap_or_else(|| "—".into()),
                        );
                        ui.label(if source.file_name.is_empty() {
                            lang.pick("(粘贴)", "(pasted)")
                        } else {
                            source.file_name.as_str()
                        });
                        ui.label(source.imported.to_string());
                        ui.label(format!("{projects} / {goals}"));
                        ui.end_row();
                    }
                });
        });
}
