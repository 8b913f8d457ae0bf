//! What the app does with a workspace folder: opening it, choosing this machine's office,
//! looking again when the folder changes (another office's ledger arriving, a sync engine's
//! save of the own ledger, a conflict copy), refusing changes to other offices' records,
//! taking a project over, and merging a conflict copy with the person's answers. Every change
//! of the own ledger goes through the session, as one undo step.

use std::path::{Path, PathBuf};
use std::time::Instant;

use eframe::egui;

use super::TownTrackerApp;
use super::session::Session;
use super::workspace_folder::{OpenWorkspace, office_file};
use crate::describe;
use crate::i18n::Lang;
use crate::intent::conflict_review::ConflictSource;
use crate::intent::{Change, ConflictReview, NoticeLevel, Subject};
use crate::model::{Edit, ProjectId, replace};
use crate::store;
use crate::ui::office_chooser::office_name_is_valid;
use crate::workspace::ConflictCopy;
use crate::workspace::merge::{self, Side};
use crate::workspace::month::SubmittedMonth;
use crate::workspace::settle::{LedgerSettled, SettleError, Settled, move_aside};
use crate::workspace::submission::{SendError, receive, receive_answered, send, send_month};

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
        let lang = self.lang();
        let given = office.filter(|name| {
            let valid = office_name_is_valid(name);
            if !valid {
                self.notify(
                    NoticeLevel::Error,
                    match lang {
                        Lang::Zh => format!("“{name}”不能作为单位台账的文件名,请在窗口中选择或新建。"),
                        Lang::En => format!("“{name}” cannot name an office's ledger file; choose or create one in the window."),
                    },
                );
            }
            valid
        });
        let own = given.or_else(|| self.settings.offices.get(folder).cloned());
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
            Ok(merged) => {
                // What merges by itself is taken now, so closing the window loses nothing
                // but the other machine's side of the choices.
                let label = lang.pick("同步来的修改", "changes synced in").to_string();
                self.adopt(label, &merged.ledger);
                self.conflict = Some(ConflictReview::own(None, merged));
            }
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
                self.conflict = Some(ConflictReview::own(Some(copy.path.clone()), merged));
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

    /// The conflict window's answers: a merge into the open ledger taken in as one undo step
    /// and saved, its copy moved aside; a 报送 written into its office's ledger.
    pub(super) fn resolve_conflict(&mut self, answers: &[Side]) {
        let lang = self.lang();
        let Some(review) = self.conflict.take() else {
            return;
        };
        match review.source {
            ConflictSource::Own { copy, merge } => {
                let resolved = match merge.resolve(answers) {
                    Ok(resolved) => resolved,
                    Err(source) => {
                        let path = copy
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
                let label = match &copy {
                    Some(copy) => merge_label(copy, lang),
                    None => lang.pick("同步来的修改", "changes synced in").to_string(),
                };
                self.adopt(label, &resolved);
                match &copy {
                    Some(copy) => self.finish_copy(copy, review.merged + review.choices.len()),
                    None => {
                        self.save_now();
                    }
                }
            }
            ConflictSource::Received { file, ledger } => {
                let folder = ledger.parent().map(Path::to_path_buf).unwrap_or_default();
                let received = receive_answered(&folder, &file, answers);
                self.report_received(&file, received);
            }
        }
    }

    /// The conflict window closed without answers: a conflict copy stays in the folder and is
    /// offered again when the workspace is next opened; a 报送 is not taken in.
    pub(super) fn postpone_conflict(&mut self) {
        let lang = self.lang();
        let Some(review) = self.conflict.take() else {
            return;
        };
        let text = match review.source {
            ConflictSource::Own { copy: Some(_), .. } => lang.pick(
                "冲突副本留在文件夹中,下次打开工作区时再合并。",
                "The conflict copy stays in the folder; it is offered again when the workspace is next opened.",
            ),
            ConflictSource::Own { copy: None, .. } => lang.pick(
                "两边都改过的字段保留了本机的值。",
                "The fields changed on both sides keep this machine's values.",
            ),
            ConflictSource::Received { .. } => lang.pick(
                "报送没有导入,台账没有改动。",
                "The submission was not received; the ledger is unchanged.",
            ),
        };
        self.notify(NoticeLevel::Info, text);
    }

    /// Writes the own ledger, or one month of it, as one 报送 file.
    pub(super) fn send(&mut self, path: &Path, month: Option<SubmittedMonth>) {
        let lang = self.lang();
        self.settings.last_export_dir = path.parent().map(Path::to_path_buf);
        let sent = match month {
            Some(month) => send_month(&self.session.ledger, month, path),
            None => send(&self.session.ledger, path).map_err(SendError::Write),
        };
        let (level, text) = match (sent, month, lang) {
            (Ok(()), None, _) => (
                NoticeLevel::Info,
                format!(
                    "{} {}",
                    lang.pick("报送文件已写入", "Submission written to"),
                    path.display()
                ),
            ),
            (Ok(()), Some(month), Lang::Zh) => (
                NoticeLevel::Info,
                format!(
                    "{}年{}月的报送文件已写入 {}",
                    month.year,
                    month.month,
                    path.display()
                ),
            ),
            (Ok(()), Some(month), Lang::En) => (
                NoticeLevel::Info,
                format!(
                    "The submission of {}-{:02} was written to {}",
                    month.year,
                    month.month,
                    path.display()
                ),
            ),
            (Err(error), _, _) => (
                NoticeLevel::Error,
                describe::merge::send_error(&error, path, lang),
            ),
        };
        self.notify(level, text);
    }

    /// Takes 报送 files into the folder of the open ledger (the workspace), each as its
    /// office's ledger, and says what each brought; a file whose merge leaves choices opens the
    /// window for them (one at a time: the others wait to be received again).
    pub(super) fn receive_submissions(&mut self, files: &[PathBuf]) {
        let folder = match &self.workspace {
            Some(workspace) => workspace.folder.clone(),
            None => self
                .session
                .store
                .path()
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_default(),
        };
        for file in files {
            let received = receive(&folder, file, None);
            self.report_received(file, received);
        }
        if let Some(workspace) = &mut self.workspace {
            workspace.look_soon();
        }
    }

    /// Says what receiving `file` did, or opens the window for its choices.
    fn report_received(&mut self, file: &Path, received: LedgerSettled) {
        let lang = self.lang();
        let office = file_name(&received.ledger);
        let merged: Vec<String> = received
            .copies
            .iter()
            .flat_map(|copy| &copy.merged)
            .map(|merged| describe::merge::merged(merged, lang))
            .collect();
        let (level, text) = match (&received.settled, lang) {
            (Settled::Saved { .. }, _) => {
                (NoticeLevel::Info, received_text(&office, &merged, lang))
            }
            (Settled::ChoicesLeft, _) if self.conflict.is_none() => {
                if let Some(merge) = received.copies.first() {
                    self.conflict = Some(ConflictReview::received(
                        file.to_path_buf(),
                        received.ledger.clone(),
                        merge,
                    ));
                }
                return;
            }
            (Settled::ChoicesLeft, Lang::Zh) => (
                NoticeLevel::Error,
                format!(
                    "{office} 未改动:{} 有字段两边各自改过,请稍后再导入它",
                    file_name(file)
                ),
            ),
            (Settled::ChoicesLeft, Lang::En) => (
                NoticeLevel::Error,
                format!(
                    "{office} not changed: {} changes fields changed on both sides; receive it again afterwards",
                    file_name(file)
                ),
            ),
            (Settled::Failed(error), _) => (
                NoticeLevel::Error,
                describe::merge::settle_error(error, &received.ledger, lang),
            ),
        };
        self.notify(level, text);
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
                Subject::UnitRef(_) => return None,
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

    /// The other offices' units `change` puts something under: copied into the own ledger with
    /// the change (a unit is shared by everyone who pushes projects in it).
    pub(super) fn units_to_borrow(&self, change: &Change) -> Vec<crate::model::Unit> {
        let Some(workspace) = &self.workspace else {
            return Vec::new();
        };
        let union = workspace.current_union();
        change
            .subjects()
            .into_iter()
            .filter_map(|subject| match subject {
                Subject::UnitRef(id) if union.owners.unit(id).is_some() => {
                    union.ledger.unit(id).cloned()
                }
                _ => None,
            })
            .collect()
    }

    /// Copies another office's project (with its unit and articles, where the own ledger lacks
    /// them) into the own ledger under the same id, as one undo step; from then on the window
    /// shows and changes the own copy.
    pub(super) fn take_over(&mut self, project: ProjectId) {
        let lang = self.lang();
        if self.refused_read_only(lang.pick(
            "台账为只读,无法接管。",
            "The ledger is read-only; cannot take over. ",
        )) {
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

/// "已导入报送,东岭镇.ron:3 处合并(…;…;…等)".
fn received_text(office: &str, merged: &[String], lang: Lang) -> String {
    const SHOWN: usize = 3;
    let mut told = merged
        .iter()
        .take(SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join(lang.pick(";", "; "));
    if merged.len() > SHOWN {
        told.push_str(lang.pick(" 等", " …"));
    }
    match (lang, merged.is_empty()) {
        (Lang::Zh, true) => format!("已导入报送,{office}:没有新内容"),
        (Lang::En, true) => format!("Received into {office}: nothing new"),
        (Lang::Zh, false) => format!("已导入报送,{office}:{} 处合并({told})", merged.len()),
        (Lang::En, false) => format!(
            "Received into {office}: {} changes merged ({told})",
            merged.len()
        ),
    }
}

fn merge_label(copy: &Path, lang: Lang) -> String {
    format!(
        "{}{}",
        lang.pick("合并冲突副本 ", "merge the conflict copy "),
        file_name(copy)
    )
}
