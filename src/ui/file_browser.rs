//! The in-window file browser, used when no native file dialog can be shown: a path field,
//! the folder's entries (folders first, then files with the expected extensions), and for
//! saving a file-name field. Reading a folder that cannot be read says so instead of failing.

use std::path::{Path, PathBuf};

use eframe::egui;

use crate::i18n::Lang;
use crate::intent::DialogRequest;

#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    name: String,
    is_dir: bool,
}

/// What the user chose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BrowserOutcome {
    Picked(Vec<PathBuf>),
    Cancelled,
}

/// An open in-window file browser.
#[derive(Debug)]
pub struct FileBrowser {
    pub request: DialogRequest,
    dir: PathBuf,
    path_input: String,
    file_name: String,
    entries: Vec<Entry>,
    show_all: bool,
    error: Option<String>,
}

impl FileBrowser {
    pub fn new(request: DialogRequest) -> Self {
        let dir = request
            .start_dir
            .clone()
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_else(|| PathBuf::from("/"));
        let file_name = request.file_name.clone().unwrap_or_default();
        let mut browser = FileBrowser {
            request,
            path_input: String::new(),
            dir: PathBuf::new(),
            file_name,
            entries: Vec::new(),
            show_all: false,
            error: None,
        };
        browser.go_to(dir);
        browser
    }

    /// The folder being shown.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn go_to(&mut self, dir: PathBuf) {
        match list_dir(&dir) {
            Ok(entries) => {
                self.entries = entries;
                self.path_input = dir.display().to_string();
                self.dir = dir;
                self.error = None;
            }
            Err(error) => self.error = Some(format!("{}: {error}", dir.display())),
        }
    }

    fn visible(&self, entry: &Entry) -> bool {
        if entry.name.starts_with('.') {
            return false;
        }
        entry.is_dir
            || self.show_all
            || Path::new(&entry.name)
                .extension()
                .and_then(|ext| ext.to_str())
                .is_some_and(|ext| {
                    self.request
                        .purpose
                        .extensions()
                        .iter()
                        .any(|wanted| ext.eq_ignore_ascii_case(wanted))
                })
    }

    /// Draws the browser; returns the outcome once the user decides.
    pub fn show(&mut self, ctx: &egui::Context, lang: Lang) -> Option<BrowserOutcome> {
        let mut outcome = None;
        let modal = egui::Modal::new(egui::Id::unique("file-browser")).show(ctx, |ui| {
            ui.set_width(560.0);
            ui.heading(&self.request.title);
            ui.label(lang.pick(
                "无法打开系统的文件对话框,请在这里选择文件。",
                "The system file dialog is not available; choose the file here.",
            ));
            ui.horizontal(|ui| {
                if ui.button(lang.pick("上一级", "Up")).clicked()
                    && let Some(parent) = self.dir.parent()
                {
                    self.go_to(parent.to_path_buf());
                }
                let field = ui
                    .add(
                        egui::TextEdit::singleline(&mut self.path_input)
                            .desired_width(f32::INFINITY)
                            .hint_text(lang.pick("文件夹或文件路径", "Folder or file path")),
                    )
                    .accessible_name(lang.pick("路径", "Path"));
                if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                    let typed = PathBuf::from(self.path_input.trim());
                    if typed.is_dir() {
                        self.go_to(typed);
                    } else if !self.request.purpose.is_save() && typed.is_file() {
                        outcome = Some(BrowserOutcome::Picked(vec![typed]));
                    } else {
                        self.error = Some(format!(
                            "{}: {}",
                            typed.display(),
                            lang.pick("找不到该文件夹或文件", "no such folder or file")
                        ));
                    }
                }
            });
            if let Some(error) = &self.error {
                ui.colored_label(ui.visuals().error_fg_color, error);
            }
            let mut go_into = None;
            egui::ScrollArea::vertical()
                .max_height(320.0)
                .show(ui, |ui| {
                    ui.set_min_width(ui.available_width());
                    let shown: Vec<Entry> = self
                        .entries
                        .iter()
                        .filter(|e| self.visible(e))
                        .cloned()
                        .collect();
                    for entry in shown {
                        let text = if entry.is_dir {
                            format!("{}/", entry.name)
                        } else {
                            entry.name.clone()
                        };
                        let selected = !entry.is_dir && entry.name == self.file_name;
                        let response = ui.selectable_label(selected, text);
                        if response.clicked() {
                            if entry.is_dir {
                                go_into = Some(self.dir.join(&entry.name));
                            } else {
                                self.file_name = entry.name.clone();
                            }
                        }
                        if response.double_clicked() && !entry.is_dir {
                            outcome =
                                Some(BrowserOutcome::Picked(vec![self.dir.join(&entry.name)]));
                        }
                    }
                });
            if let Some(dir) = go_into {
                self.go_to(dir);
            }
            ui.checkbox(
                &mut self.show_all,
                lang.pick("显示所有文件", "Show all files"),
            );
            ui.horizontal(|ui| {
                ui.label(lang.pick("文件名", "File name"));
                ui.add(egui::TextEdit::singleline(&mut self.file_name).desired_width(300.0))
                    .accessible_name(lang.pick("文件名", "File name"));
            });
            ui.separator();
            ui.horizontal(|ui| {
                if ui.button(lang.pick("取消", "Cancel")).clicked() {
                    outcome = Some(BrowserOutcome::Cancelled);
                }
                let ok = if self.request.purpose.is_save() {
                    lang.pick("保存", "Save")
                } else {
                    lang.pick("打开", "Open")
                };
                let name = self.file_name.trim();
                if ui
                    .add_enabled(!name.is_empty(), egui::Button::new(ok))
                    .clicked()
                {
                    outcome = Some(BrowserOutcome::Picked(vec![self.dir.join(name)]));
                }
            });
        });
        if outcome.is_none() && modal.should_close() {
            outcome = Some(BrowserOutcome::Cancelled);
        }
        outcome
    }
}

fn list_dir(dir: &Path) -> std::io::Result<Vec<Entry>> {
    let mut entries: Vec<Entry> = std::fs::read_dir(dir)?
        .flatten()
        .map(|entry| Entry {
            name: entry.file_name().to_string_lossy().into_owned(),
            is_dir: entry.path().is_dir(),
        })
        .collect();
    entries.sort_by(|a, b| b.is_dir.cmp(&a.is_dir).then_with(|| a.name.cmp(&b.name)));
    Ok(entries)
}
