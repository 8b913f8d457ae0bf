//! The in-window file browser, used when no native file dialog can be shown: a path field,
//! the folder's entries (folders first, then files with the expected extensions), and for
//! saving a file-name field. Where several files may be chosen (importing articles),
//! Ctrl-click adds or takes away one file and Shift-click selects a run, as the native dialog
//! does. Reading a folder that cannot be read says so instead of failing.

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
    /// The files selected in the list, when several may be chosen.
    selected: Vec<String>,
    /// The file a Shift-click selects from.
    anchor: Option<String>,
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
            selected: Vec::new(),
            anchor: None,
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
                self.selected.clear();
                self.anchor = None;
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
                    let files: Vec<String> = shown
                        .iter()
                        .filter(|e| !e.is_dir)
                        .map(|e| e.name.clone())
                        .collect();
                    for entry in shown {
                        let text = if entry.is_dir {
                            format!("{}/", entry.name)
                        } else {
                            entry.name.clone()
                        };
                        let selected = !entry.is_dir
                            && (entry.name == self.file_name
                                || self.selected.contains(&entry.name));
                        let response = ui.selectable_label(selected, text);
                        if response.clicked() {
                            if entry.is_dir {
                                go_into = Some(self.dir.join(&entry.name));
                            } else if self.request.purpose.allows_many() {
                                let modifiers = ui.input(|i| i.modifiers);
                                self.selected = click_selection(
                                    &files,
                                    &self.selected,
                                    self.anchor.as_deref(),
                                    &entry.name,
                                    modifiers,
                                );
                                if !modifiers.shift {
                                    self.anchor = Some(entry.name.clone());
                                }
                                self.file_name = self.selected.join("; ");
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
                let typed = ui
                    .add(egui::TextEdit::singleline(&mut self.file_name).desired_width(300.0))
                    .accessible_name(lang.pick("文件名", "File name"));
                if typed.changed() {
                    self.selected.clear();
                }
            });
            ui.separator();
            ui.horizontal(|ui| {
                if ui.button(lang.pick("取消", "Cancel")).clicked() {
                    outcome = Some(BrowserOutcome::Cancelled);
                }
                let folder = self.request.purpose.is_folder();
                let ok = if folder {
                    lang.pick("选择此文件夹", "Choose this folder")
                } else if self.request.purpose.is_save() {
                    lang.pick("保存", "Save")
                } else {
                    lang.pick("打开", "Open")
                };
                let name = self.file_name.trim();
                if ui
                    .add_enabled(folder || !name.is_empty(), egui::Button::new(ok))
                    .clicked()
                {
                    let paths = if folder && name.is_empty() {
                        vec![self.dir.clone()]
                    } else if self.selected.is_empty() {
                        vec![self.dir.join(name)]
                    } else {
                        self.selected.iter().map(|n| self.dir.join(n)).collect()
                    };
                    outcome = Some(BrowserOutcome::Picked(paths));
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

/// The files selected after a click on `clicked`, of the `files` shown: a plain click selects
/// it alone, Ctrl-click adds or takes it away, Shift-click selects the run from the anchor.
fn click_selection(
    files: &[String],
    selected: &[String],
    anchor: Option<&str>,
    clicked: &str,
    modifiers: egui::Modifiers,
) -> Vec<String> {
    let position = |name: &str| files.iter().position(|f| f == name);
    if modifiers.shift
        && let (Some(from), Some(to)) = (anchor.and_then(position), position(clicked))
    {
        let (low, high) = (from.min(to), from.max(to));
        return files[low..=high].to_vec();
    }
    if modifiers.command {
        let mut selection = selected.to_vec();
        match selection.iter().position(|s| s == clicked) {
            Some(at) => {
                selection.remove(at);
            }
            None => selection.push(clicked.to_string()),
        }
        return selection;
    }
    vec![clicked.to_string()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ctrl_adds_and_takes_away_shift_selects_a_run() {
        let files: Vec<String> = ["a.txt", "b.txt", "c.txt", "d.txt"]
            .map(String::from)
            .to_vec();
        let none = egui::Modifiers::NONE;
        let one = click_selection(&files, &[], None, "b.txt", none);
        assert_eq!(one, ["b.txt"]);
        let two = click_selection(
            &files,
            &one,
            Some("b.txt"),
            "d.txt",
            egui::Modifiers::COMMAND,
        );
        assert_eq!(two, ["b.txt", "d.txt"]);
        let back = click_selection(
            &files,
            &two,
            Some("d.txt"),
            "b.txt",
            egui::Modifiers::COMMAND,
        );
        assert_eq!(back, ["d.txt"]);
        let run = click_selection(&files, &one, Some("b.txt"), "d.txt", egui::Modifiers::SHIFT);
        assert_eq!(run, ["b.txt", "c.txt", "d.txt"]);
        let upwards = click_selection(&files, &one, Some("c.txt"), "a.txt", egui::Modifiers::SHIFT);
        assert_eq!(upwards, ["a.txt", "b.txt", "c.txt"]);
        assert_eq!(
            click_selection(&files, &run, Some("b.txt"), "c.txt", none),
            ["c.txt"]
        );
    }
}
