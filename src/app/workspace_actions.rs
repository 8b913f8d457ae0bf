//! What the app does with a workspace folder: opening it, choosing this machine's office,
//! looking again when the folder changes (another office's ledger arriving, a sync engine's
//! save of the own ledger, a conflict copy), refusing changes to other offices' records,
//! taking a project over, and merging a conflict copy with the person's answers. Every change
//! of the own ledger goes through the session, as one undo step.

use std::path::Path;
use std::time::Instant;

use eframe::egui;

use super::TownTrackerApp;
use super::session::Session;
use super::workspace_folder::{OpenWorkspace, office_file};
use crate::describe;
use crate::i18n::Lang;
use crate::intent::{Change, ConflictReview, NoticeLevel, Subject};
use crate::model::{Edit, ProjectId, replace};
use crate::store;
use crate::workspace::ConflictCopy;
use crate::workspace::merge::{self, Side};
use crate::workspace::settle::{SettleError, move_aside};

impl TownTrackerApp {
    /// Opens `folder` as a workspace: this machine's office as remembered (or `office`), else
    /// the window asks; the folder is read at once.
    pub(super) fn open_workspace(
        &mut self,
        ctx: &egui::Context,
        folder: &Path,
        office: Option<String>,
    ) {
        if self.session.is_dirty() && self.session.store.is_writable() && !self.save_now() {
            return;
        }
        let own = office.or_else(|| self.settings.offices.get(folder).cloned());
        let waker = ctx.clone();
        match OpenWorkspace::open(folder, own.clone(), move || waker.request_repaint()) {
            Ok(workspace) => {
                self.session = match &own {
                    Some(office) => {
                        self.settings
                            .offices
                            .insert(folder.to_path_buf(), office.clone());
                        Session::open(&office_file(folder, office))
                    }
                    None => Session::no_office(folder),
                };
                self.view.office_choice = own.is_none().then(String::new);
                self.workspace = Some(workspace);
                self.conflict = None;
                self.view.selected_project = None;
                self.view.filter.unit = crate::model::query::UnitFilter::All;
                self.remember_recent(folder);
                self.look_at_workspace(true);
            }
            Err(error) => {
                let text = describe::workspace_error(&error, self.lang());
                self.notify(NoticeLevel::Error, text);
            }
        }
    }

    /// This machine's ledger is `office`'s from now on: opened (created when the folder has
    /// none of that name) and remembered for this folder.
    pub(super) fn choose_office(&mut self, office: String) {
        let Some(folder) = self.workspace.as_ref().map(|w| w.folder.clone()) else {
            return;
        };
        if self.session.is_dirty() && self.session.store.is_writable() && !self.save_now() {
            return;
        }
        let path = office_file(&folder, &office);
        let new = !path.exists();
        self.session = Session::open(&path);
        self.settings.offices.insert(folder, office.clone());
        if let Some(workspace) = &mut self.workspace {
            workspace.own = Some(office.clone());
        }
        if new && self.session.store.is_writable() {
            // The file appears at once, so the other offices see the new ledger.
            self.save_now();
        }
        self.conflict = None;
        self.look_at_workspace(false);
        let lang = self.lang();
        self.notify(
            NoticeLevel::Info,
            match lang {
                Lang::Zh => format!("本机的台账:{office}"),
                Lang::En => format!("This machine's ledger: {office}"),
            },
        );
    }

    /// Looks at the folder when the watcher saw a change or the poll is due.
    pub(super) fn look_at_workspace_when_due(&mut self, now: Instant) {
        if self
            .workspace
            .as_mut()
            .is_some_and(|workspace| workspace.look_due(now))
        {
            self.look_at_workspace(false);
        }
    }

    /// Reads the folder again: other offices' ledgers that changed, the own ledger saved by
    /// another machine, conflict copies of it. `first` is the look on opening, which names no
    /// office as updated.
    fn look_at_workspace(&mut self, first: bool) {
        let lang = self.lang();
        let Some(workspace) = &mut self.workspace else {
            return;
        };
        let looked = match workspace.look(Instant::now()) {
            Ok(looked) => looked,
            Err(error) => {
                let text = describe::workspace_error(&error, lang);
                self.notify(NoticeLevel::Error, text);
                return;
            }
        };
        if !first && !looked.changed.is_empty() {
            let offices = looked.changed.join(lang.pick("、", ", "));
            self.notify(
                NoticeLevel::Info,
                match lang {
                    Lang::Zh => format!("已更新:{offices}的台账"),
                    Lang::En => format!("Updated: the ledger of {offices}"),
                },
            );
        }
        for error in &looked.unreadable {
            let text = describe::load_error(error, lang);
            self.notify(NoticeLevel::Error, text);
        }
        self.take_in_own_file();
        for copy in looked.new_copies {
            self.offer_copy(&copy);
        }
    }

    /// The own ledger's file was saved by another machine (the sync engine brought it): its
    /// version is merged with the window's, changes on both sides kept; a field changed on
    /// both is asked.
    fn take_in_own_file(&mut self) {
        let lang = self.lang();
        let disk = match self.session.store.changed_on_disk() {
            Ok(Some(disk)) => disk,
            Ok(None) => return,
            Err(error) => {
                let text = describe::load_error(&error, lang);
                self.notify(NoticeLevel::Error, text);
                return;
            }
        };
        let was_dirty = self.session.is_dirty();
        match merge::merge(&self.session.ledger, &disk) {
            Ok(merged) if merged.choices.is_empty() => {
                let label = lang.pick("同步来的修改", "changes synced in").to_string();
                self.adopt(label, &merged.ledger);
                if !was_dirty && replace::edit_between(&merged.ledger, &disk).is_none() {
                    // Nothing of this window's own: the file already holds it all, and
                    // writing it back would only send it round again.
                    self.session.mark_as_on_disk(disk.saved_at);
                }
            }
            Ok(merged) => self.conflict = Some(ConflictReview::new(None, merged)),
            Err(source) => {
                let path = self.session.store.path().to_path_buf();
                let error = SettleError::Merge {
                    path: path.clone(),
                    source,
                };
                self.notify_settle(&error, &path);
            }
        }
    }

    /// A conflict copy of the own ledger: merged at once when nothing needs a person (and moved
    /// aside), else shown for the choices — one at a time.
    fn offer_copy(&mut self, copy: &ConflictCopy) {
        let lang = self.lang();
        if self.conflict.is_some() || !self.session.store.is_writable() {
            return;
        }
        let parsed = match store::load(&copy.path) {
            Ok(Some(parsed)) if parsed.unknown_fields.is_empty() => parsed,
            Ok(Some(parsed)) => {
                let error = SettleError::CopyUnknownFields {
                    path: copy.path.clone(),
                    fields: parsed.unknown_fields,
                };
                self.notify_settle(&error, &copy.path);
                return;
            }
            Ok(None) => return,
            Err(error) => {
                let text = describe::load_error(&error, lang);
                self.notify(NoticeLevel::Error, text);
                return;
            }
        };
        match merge::merge(&self.session.ledger, &parsed.ledger) {
            Ok(merged) if merged.choices.is_empty() => {
                self.adopt(merge_label(&copy.path, lang), &merged.ledger);
                self.finish_copy(&copy.path, merged.merged.len());
            }
            Ok(merged) => {
                self.conflict = Some(ConflictReview::new(Some(copy.path.clone()), merged));
            }
            Err(source) => {
                let error = SettleError::Merge {
                    path: copy.path.clone(),
                    source,
                };
                self.notify_settle(&error, &copy.path);
            }
        }
    }

    /// The conflict window's answers: the merge taken in as one undo step, saved, and the copy
    /// moved aside.
    pub(super) fn resolve_conflict(&mut self, answers: &[Side]) {
        let lang = self.lang();
        let Some(review) = self.conflict.take() else {
            return;
        };
        let resolved = match review.resolved(answers) {
            Ok(resolved) => resolved,
            Err(source) => {
                let path = review
                    .copy
                    .clone()
                    .unwrap_or_else(|| self.session.store.path().to_path_buf());
                let error = SettleError::Merge {
                    path: path.clone(),
                    source,
                };
                self.notify_settle(&error, &path);
                return;
            }
        };
        let label = match &review.copy {
            Some(copy) => merge_label(copy, lang),
            None => lang.pick("同步来的修改", "changes synced in").to_string(),
        };
        self.adopt(label, &resolved);
        let changes = review.merge.merged.len() + review.merge.choices.len();
        match &review.copy {
            Some(copy) => self.finish_copy(copy, changes),
            None => {
                self.save_now();
            }
        }
    }

    /// The conflict window closed without answers: the copy stays in the folder and is offered
    /// again when the workspace is next opened.
    pub(super) fn postpone_conflict(&mut self) {
        let lang = self.lang();
        if self
            .conflict
            .take()
            .is_some_and(|review| review.copy.is_some())
        {
            self.notify(
                NoticeLevel::Info,
                lang.pick(
                    "冲突副本留在文件夹中,下次打开工作区时再合并。",
                    "The conflict copy stays in the folder; it is offered again when the workspace is next opened.",
                ),
            );
        }
    }

    fn adopt(&mut self, label: String, version: &crate::model::Ledger) {
        if let Err(error) = self.session.adopt(label, version) {
            let text = describe::edit_error(&error, self.lang());
            self.notify(NoticeLevel::Error, text);
        }
    }

    /// Saves the merge and moves the copy aside, saying so.
    fn finish_copy(&mut self, copy: &Path, changes: usize) {
        let lang = self.lang();
        if !self.save_now() {
            return;
        }
        let Some(folder) = self.workspace.as_ref().map(|w| w.folder.clone()) else {
            return;
        };
        match move_aside(&folder, copy) {
            Ok(moved) => {
                let name = file_name(copy);
                let aside = moved
                    .parent()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default();
                self.notify(
                    NoticeLevel::Info,
                    match lang {
                        Lang::Zh => format!(
                            "已合并冲突副本 {name}({changes} 处),副本已移到 {aside}"
                        ),
                        Lang::En => format!(
                            "Merged the conflict copy {name} ({changes} changes); the copy was moved to {aside}"
                        ),
                    },
                );
            }
            Err(error) => self.notify_settle(&error, copy),
        }
    }

    fn notify_settle(&mut self, error: &SettleError, path: &Path) {
        let text = describe::merge::settle_error(error, path, self.lang());
        self.notify(NoticeLevel::Error, text);
    }

    /// In a workspace, the office another record of `change` belongs to, if any: such a
    /// change is refused.
    pub(super) fn foreign_subject(&self, change: &Change) -> Option<(String, String)> {
        let workspace = self.workspace.as_ref()?;
        let union = workspace.current_union();
        change.subjects().into_iter().find_map(|subject| {
            let (office, name) = match subject {
                Subject::Project(id) => (
                    union.owners.project(id)?,
                    union.ledger.project(id).map(|p| p.name.clone()),
                ),
                Subject::Unit(id) => (
                    union.owners.unit(id)?,
                    union.ledger.unit(id).map(|u| u.name.clone()),
                ),
                Subject::Goal(id) => (
                    union.owners.goal(id)?,
                    union.ledger.goal(id).map(|g| g.text.clone()),
                ),
            };
            Some((office.to_string(), name.unwrap_or_default()))
        })
    }

    /// Copies another office's project (with its unit and articles, where the own ledger lacks
    /// them) into the own ledger under the same id, as one undo step; from then on the window
    /// shows and changes the own copy.
    pub(super) fn take_over(&mut self, project: ProjectId) {
        let lang = self.lang();
        if !self.session.store.is_writable() {
            let text = format!(
                "{}{}",
                lang.pick(
                    "台账为只读,无法接管。",
                    "The ledger is read-only; cannot take over. "
                ),
                self.read_only_reason()
            );
            self.notify(NoticeLevel::Error, text);
            return;
        }
        let Some(workspace) = &self.workspace else {
            return;
        };
        let union = workspace.current_union();
        let (Some(office), Some(taken)) = (
            union.owners.project(project),
            union.ledger.project(project).cloned(),
        ) else {
            return;
        };
        let own = &self.session.ledger;
        let mut edits = Vec::new();
        if let Some(unit) = taken.unit.filter(|unit| own.unit(*unit).is_none())
            && let Some(unit) = union.ledger.unit(unit)
        {
            edits.push(Edit::PutUnit(unit.clone()));
        }
        for link in &taken.sources {
            if own.source(link.source).is_none()
                && let Some(source) = union.ledger.source(link.source)
                && !edits.contains(&Edit::PutSource(source.clone()))
            {
                edits.push(Edit::PutSource(source.clone()));
            }
        }
        let label = match lang {
            Lang::Zh => format!("接管{office}的「{}」", taken.name),
            Lang::En => format!("take over “{}” from {office}", taken.name),
        };
        let text = match lang {
            Lang::Zh => format!("已接管「{}」:以后在本单位的台账中修改", taken.name),
            Lang::En => format!(
                "Took over “{}”: it is changed in this office's ledger from now on",
                taken.name
            ),
        };
        edits.push(Edit::PutProject(Box::new(taken)));
        match self.session.apply(label, Edit::Batch(edits)) {
            Ok(()) => self.notify(NoticeLevel::Info, text),
            Err(error) => {
                let text = describe::edit_error(&error, lang);
                self.notify(NoticeLevel::Error, text);
            }
        }
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn merge_label(copy: &Path, lang: Lang) -> String {
    format!(
        "{}{}",
        lang.pick("合并冲突副本 ", "merge the conflict copy "),
        file_name(copy)
    )
}
