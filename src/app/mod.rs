//! The application: owns the open ledger session, the view state and the file dialogs; draws
//! the views each frame and applies the actions they return — the one place where the ledger
//! changes, undo is recorded and autosave happens.

pub mod file_dialog;
mod folder_watch;
pub mod history;
mod problems;
pub mod screenshot;
pub mod session;
pub mod unattended;
mod workspace_actions;
pub mod workspace_folder;

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::{Local, NaiveDate};
use eframe::egui;

use crate::describe;
use crate::i18n::Lang;
use crate::intent::review::SAMPLE_FILE_NAME;
use crate::intent::{
    Action, ArticleOrigin, Change, Command, CommandState, ConflictReview, Created, DialogAnswer,
    DialogPurpose, DialogRequest, NoticeKey, NoticeLevel, Notices, Review, Settings, SheetReview,
};
use crate::model::Edit;
use crate::model::query::UnitFilter;
use crate::ui::fonts::font_definitions;
use crate::ui::{self, AppView, Confirm, FileBrowser, ViewState};
use file_dialog::FileDialogs;
use screenshot::ScreenshotJob;
use session::{Session, retry_delay};
use unattended::Unattended;
use workspace_folder::OpenWorkspace;

/// What the app is started with.
pub struct AppOptions {
    /// The ledger file, or a workspace folder of ledgers.
    pub data_path: PathBuf,
    /// In a workspace, this machine's office (`--office`), instead of the one remembered.
    pub office: Option<String>,
    /// "Today" for due dates; the system date when `None`.
    pub today: Option<NaiveDate>,
    /// Render the first settled frame to this PNG and close.
    pub screenshot: Option<ScreenshotJob>,
    pub dialogs: Box<dyn FileDialogs>,
    /// Articles to import at start (`--import FILE`).
    pub import: Vec<PathBuf>,
    /// Accept every import at start without review (`--accept-all`) and save.
    pub accept_all: bool,
    /// No one is at the screen: notices go to stderr too, closing never waits for a dialog.
    pub unattended: Option<Unattended>,
    /// The language for this run, instead of the one last chosen (`--lang`).
    pub lang: Option<Lang>,
    /// Select the first project of this name at start (`--select NAME`).
    pub select: Option<String>,
    /// Open on the dashboard rather than the list (`--dashboard`).
    pub dashboard: bool,
    /// Open on the 月报 grid rather than the list (`--monthly`).
    pub monthly: bool,
}

const SETTINGS_KEY: &str = "town-tracker-settings";
const RECENT_LIMIT: usize = 8;

pub struct TownTrackerApp {
    session: Session,
    view: ViewState,
    /// Articles read and waiting for review, first shown first.
    reviews: VecDeque<Review>,
    /// How many reviews were closed since the queue was last empty (for "3 / 10").
    reviews_closed: usize,
    /// The 推进表 under review, while its window is open.
    sheet_review: Option<SheetReview>,
    /// The workspace folder open, when a folder rather than a file is.
    workspace: Option<OpenWorkspace>,
    /// A conflict copy of the own ledger waiting for a person's choices.
    conflict: Option<ConflictReview>,
    notices: Notices,
    settings: Settings,
    dialogs: Box<dyn FileDialogs>,
    today: Option<NaiveDate>,
    screenshot: Option<ScreenshotJob>,
    unattended: Option<Unattended>,
    quitting: bool,
}

impl TownTrackerApp {
    pub fn new(cc: &eframe::CreationContext<'_>, options: AppOptions) -> Self {
        Self::create(&cc.egui_ctx, cc.storage, options)
    }

    /// Builds the app on an egui context (the window's, a test's or a benchmark's), with the
    /// settings from eframe's storage when there is one.
    pub fn create(
        ctx: &egui::Context,
        storage: Option<&dyn eframe::Storage>,
        options: AppOptions,
    ) -> Self {
        ctx.set_fonts(font_definitions());
        let mut settings: Settings = storage
            .and_then(|storage| eframe::get_value(storage, SETTINGS_KEY))
            .unwrap_or_default();
        if let Some(lang) = options.lang {
            settings.lang = lang;
        }
        ctx.set_theme(settings.theme.preference());
        let workspace_folder = options.data_path.is_dir();
        let mut app = TownTrackerApp {
            session: if workspace_folder {
                Session::no_office(&options.data_path)
            } else {
                Session::open(&options.data_path)
            },
            view: ViewState {
                selected_project: settings
                    .selected
                    .as_ref()
                    .filter(|(ledger, _)| *ledger == options.data_path)
                    .map(|&(_, id)| id),
                filter: settings.filter.clone(),
                sort: settings.sort,
                ..ViewState::default()
            },
            reviews: VecDeque::new(),
            reviews_closed: 0,
            sheet_review: None,
            workspace: None,
            conflict: None,
            notices: Notices::default(),
            settings,
            dialogs: options.dialogs,
            today: options.today,
            screenshot: options.screenshot,
            unattended: options.unattended,
            quitting: false,
        };
        if workspace_folder {
            app.open_workspace(ctx, &options.data_path, options.office);
        }
        app.remember_recent(&options.data_path);
        for path in options.import {
            app.begin_import(ArticleOrigin::File(path));
        }
        if options.accept_all {
            while !app.reviews.is_empty() {
                app.accept_import();
            }
            if app.session.is_dirty() {
                app.save_now();
            }
        }
        if let Some(workspace) = &mut app.workspace {
            workspace.union(&app.session.ledger, app.session.revision());
        }
        if let Some(name) = &options.select {
            let found = app.shown_ledger().projects().find(|p| p.name == *name);
            app.view.selected_project = found.map(|p| p.id);
        }
        if options.dashboard {
            app.view.tab = ui::MainTab::Dashboard;
        }
        if options.monthly {
            app.view.tab = ui::MainTab::Monthly;
        }
        app
    }

    /// Today, or the date given with `--today`.
    pub fn today(&self) -> NaiveDate {
        self.today.unwrap_or_else(|| Local::now().date_naive())
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    pub fn view(&self) -> &ViewState {
        &self.view
    }

    /// The articles read and waiting for review.
    pub fn reviews(&self) -> &VecDeque<Review> {
        &self.reviews
    }

    /// The notices being shown.
    pub fn notices(&self) -> &Notices {
        &self.notices
    }

    fn remember_recent(&mut self, path: &Path) {
        let path = path.to_path_buf();
        self.settings.recent.retain(|p| *p != path);
        self.settings.recent.insert(0, path);
        self.settings.recent.truncate(RECENT_LIMIT);
    }

    fn lang(&self) -> Lang {
        self.settings.lang
    }

    fn notify(&mut self, level: NoticeLevel, text: impl Into<String>) {
        let text = text.into();
        if let Some(unattended) = &self.unattended {
            unattended.report(level, &text);
        }
        self.notices.push(level, text);
    }

    /// When the ledger cannot be changed, says so (`what` was not done, and why, in plain
    /// words) and returns true.
    fn refused_read_only(&mut self, what: &str) -> bool {
        let store = &self.session.store;
        if store.is_writable() {
            return false;
        }
        let why = match store.blocked() {
            Some(blocked) => describe::blocked(blocked, store.path(), false, self.lang()),
            None => String::new(),
        };
        self.notify(NoticeLevel::Error, format!("{what}{why}"));
        true
    }

    /// Carries out one action. The only place the ledger changes.
    pub fn apply(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::Command(command) => self.run(ctx, command),
            Action::Change(change) => self.change(change),
            Action::OpenLedger(path) if path.is_dir() => self.open_workspace(ctx, &path, None),
            Action::OpenLedger(path) => self.switch_to(&path),
            Action::Recover { from_backup } => match self.session.recover(from_backup) {
                Ok(()) => {
                    self.save_now();
                    let lang = self.lang();
                    self.notify(
                        NoticeLevel::Info,
                        lang.pick(
                            "已恢复;损坏的文件已改名保留在原文件夹。",
                            "Recovered; the damaged file was kept beside it under a new name.",
                        ),
                    );
                }
                Err(error) => {
                    let text =
                        describe::recover_error(&error, self.session.store.path(), self.lang());
                    self.notify(NoticeLevel::Error, text);
                }
            },
            Action::SetLang(lang) => self.settings.lang = lang,
            Action::ApplySettings(settings) => {
                ctx.set_theme(settings.theme.preference());
                self.settings = *settings;
            }
            Action::QuitWithoutSaving => {
                self.quitting = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Action::FileChosen { request, answer } => self.file_chosen(ctx, request, answer),
            Action::AcceptImport => self.accept_import(),
            Action::MapSheetColumn { .. } | Action::AcceptSheet | Action::CancelSheet => {
                self.apply_sheet_action(action)
            }
            Action::CancelImport => {
                self.close_review();
            }
            Action::ReviewYear(year) => {
                let today = self.today();
                let Some(review) = self.reviews.front() else {
                    return;
                };
                match review.with_year(year, &self.session.ledger, today) {
                    Ok(again) => self.reviews[0] = again,
                    Err(error) => {
                        let lang = self.lang();
                        self.notify(NoticeLevel::Error, describe::article_error(&error, lang));
                    }
                }
            }
            Action::ExtractPasted(text) => {
                self.view.paste = None;
                self.begin_import(ArticleOrigin::Pasted(text));
            }
            Action::CancelPaste => self.view.paste = None,
            Action::DismissNotice(index) => self.notices.dismiss(index),
            Action::ChooseOffice(office) => self.choose_office(office),
            Action::TakeOver(project) => self.take_over(project),
            Action::ResolveConflict(answers) => self.resolve_conflict(&answers),
            Action::PostponeConflict => self.postpone_conflict(),
        }
    }

    /// Reads an article and queues its review; a file that cannot be read is reported and
    /// nothing changes.
    pub fn begin_import(&mut self, origin: ArticleOrigin) {
        let lang = self.lang();
        match Review::start(origin.clone(), &self.session.ledger, self.today(), None) {
            Ok(review) => self.reviews.push_back(review),
            Err(error) => {
                let name = match &origin {
                    ArticleOrigin::File(path) => path.display().to_string(),
                    ArticleOrigin::Pasted(_) => {
                        lang.pick("粘贴的文字", "the pasted text").to_string()
                    }
                    ArticleOrigin::Sample => SAMPLE_FILE_NAME.to_string(),
                };
                self.notify(
                    NoticeLevel::Error,
                    format!(
                        "{} {name}: {}",
                        lang.pick("无法导入", "Cannot import"),
                        describe::article_error(&error, lang)
                    ),
                );
            }
        }
    }

    /// Takes the first waiting review off the queue, counting it for "3 / 10".
    fn close_review(&mut self) -> Option<Review> {
        let review = self.reviews.pop_front()?;
        self.reviews_closed = if self.reviews.is_empty() {
            0
        } else {
            self.reviews_closed + 1
        };
        Some(review)
    }

    /// Applies the first waiting review as one undo step; the reviews still waiting are
    /// matched again against the ledger it changed.
    fn accept_import(&mut self) {
        let Some(review) = self.close_review() else {
            return;
        };
        self.import_reviewed(&review);
        let today = self.today();
        for waiting in &mut self.reviews {
            waiting.replan(&self.session.ledger, today);
        }
    }

    fn import_reviewed(&mut self, review: &Review) {
        let lang = self.lang();
        if self.refused_read_only(lang.pick(
            "台账为只读,没有导入。",
            "The ledger is read-only; nothing was imported. ",
        )) {
            return;
        }
        let Some(edit) = crate::model::merge::import_edit(&mut self.session.ledger, &review.plan)
        else {
            self.notify(
                NoticeLevel::Info,
                lang.pick(
                    "没有新内容,台账没有改变。",
                    "Nothing new; the ledger is unchanged.",
                ),
            );
            return;
        };
        let label = format!("{}《{}》", lang.pick("导入", "import "), review.plan.title);
        match self.session.apply(label, edit) {
            Ok(()) => {
                let count = review.plan.ticked_count();
                self.notify(
                    NoticeLevel::Info,
                    match lang {
                        Lang::Zh => format!("已导入《{}》:{count} 项", review.plan.title),
                        Lang::En => format!("Imported “{}”: {count} items", review.plan.title),
                    },
                );
            }
            Err(error) => self.notify(NoticeLevel::Error, describe::edit_error(&error, lang)),
        }
    }

    fn change(&mut self, change: Change) {
        if !self.session.store.is_writable() {
            let lang = self.lang();
            self.notify(
                NoticeLevel::Error,
                lang.pick(
                    "台账为只读,修改没有生效。",
                    "The ledger is read-only; nothing was changed.",
                ),
            );
            return;
        }
        let lang = self.lang();
        if let Some((office, name)) = self.foreign_subject(&change) {
            self.notify(
                NoticeLevel::Error,
                match lang {
                    Lang::Zh => format!(
                        "「{name}」属于{office}的台账,这里只能查看;要修改项目,请先在详情中“接管”。"
                    ),
                    Lang::En => format!(
                        "“{name}” is in {office}'s ledger and read-only here; to change a project, take it over in its details first."
                    ),
                },
            );
            return;
        }
        // Another office's unit the change puts something under comes into the own ledger
        // with it: in for working the change out, then in the same undo step.
        let borrowed: Vec<Edit> = self
            .units_to_borrow(&change)
            .into_iter()
            .map(Edit::PutUnit)
            .collect();
        let lent = self.session.ledger.apply(Edit::Batch(borrowed.clone()));
        let label = change.describe(&self.session.ledger, lang);
        let outcome = change.to_edit(&mut self.session.ledger);
        if let Ok(revert) = lent
            && let Err(error) = self.session.ledger.apply(revert)
        {
            self.notify(NoticeLevel::Error, describe::edit_error(&error, lang));
            return;
        }
        let mut outcome = match outcome {
            Ok(Some(outcome)) => outcome,
            Ok(None) => return,
            Err(error) => {
                self.notify(NoticeLevel::Error, describe::order_error(&error, lang));
                return;
            }
        };
        if !borrowed.is_empty() {
            outcome.edit = Edit::Batch(borrowed.into_iter().chain([outcome.edit]).collect());
        }
        if let Err(error) = self.session.apply(label, outcome.edit) {
            self.notify(NoticeLevel::Error, describe::edit_error(&error, lang));
            return;
        }
        if !outcome.moved.is_empty() {
            self.notify(
                NoticeLevel::Info,
                describe::moved_dates(&outcome.moved, lang),
            );
        }
        match outcome.created {
            Created::Unit(id) => self.view.filter.unit = UnitFilter::Unit(id),
            Created::Project(id) => self.view.selected_project = Some(id),
            Created::Nothing => {}
        }
        if let Change::DeleteProject { project } = change
            && self.view.selected_project == Some(project)
        {
            self.view.selected_project = None;
        }
    }

    /// The ledger the views show: in a workspace the union of every office's, else the open
    /// one. Exports and the 通报 are of what is shown.
    fn shown_ledger(&self) -> &crate::model::Ledger {
        match &self.workspace {
            Some(workspace) => &workspace.current_union().ledger,
            None => &self.session.ledger,
        }
    }

    /// The unit selected in the left panel, if it still exists.
    fn selected_unit(&self) -> Option<&crate::model::Unit> {
        match self.view.filter.unit {
            UnitFilter::Unit(id) => self.shown_ledger().unit(id),
            UnitFilter::All | UnitFilter::Unassigned => None,
        }
    }

    /// What decides which commands apply now.
    fn command_state(&self) -> CommandState {
        CommandState {
            writable: self.session.store.is_writable(),
            can_undo: self.session.history.undo_label().is_some(),
            can_redo: self.session.history.redo_label().is_some(),
            unit_selected: self.selected_unit().is_some(),
            workspace: self.workspace.is_some(),
        }
    }

    /// Gives a command; one that does not apply now does nothing but say why.
    fn run(&mut self, ctx: &egui::Context, command: Command) {
        let lang = self.lang();
        if let Some(why) = command.unavailable(&self.command_state()) {
            self.notify(NoticeLevel::Info, why.notice(command, lang));
            return;
        }
        match command {
            Command::NewLedger => self.ask_for_file(ctx, DialogPurpose::NewLedger),
            Command::OpenLedger => self.ask_for_file(ctx, DialogPurpose::OpenLedger),
            Command::OpenWorkspace => self.ask_for_file(ctx, DialogPurpose::OpenWorkspace),
            Command::ChooseOffice => self.view.office_choice = Some(String::new()),
            Command::SaveAs => self.ask_for_file(ctx, DialogPurpose::SaveLedgerAs),
            Command::ImportArticle => self.ask_for_file(ctx, DialogPurpose::ImportArticle),
            Command::ImportSheet => self.ask_for_file(ctx, DialogPurpose::ImportSheet),
            Command::PasteArticle => self.view.paste = Some(Default::default()),
            Command::OpenSample => self.begin_import(ArticleOrigin::Sample),
            Command::Save => {
                if self.save_now() {
                    self.notify(NoticeLevel::Info, lang.pick("已保存", "Saved"));
                }
            }
            Command::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Command::Undo => match self.session.undo() {
                Ok(Some(label)) => self.notify(
                    NoticeLevel::Info,
                    format!("{} {label}", lang.pick("已撤销:", "Undone:")),
                ),
                Ok(None) => {}
                Err(error) => self.notify(NoticeLevel::Error, describe::edit_error(&error, lang)),
            },
            Command::Redo => match self.session.redo() {
                Ok(Some(label)) => self.notify(
                    NoticeLevel::Info,
                    format!("{} {label}", lang.pick("已重做:", "Redone:")),
                ),
                Ok(None) => {}
                Err(error) => self.notify(NoticeLevel::Error, describe::edit_error(&error, lang)),
            },
            Command::NewProject => {
                let unit = match self.view.filter.unit {
                    UnitFilter::Unit(id) => Some(id),
                    _ => None,
                };
                let name = lang.pick("新项目", "New project").to_string();
                self.change(Change::AddProject { unit, name });
            }
            Command::Find => {
                self.view.tab = ui::MainTab::Projects;
                self.view.focus_search = true;
            }
            Command::ExportCsv => self.ask_for_file(ctx, DialogPurpose::ExportCsv),
            Command::ExportXlsx => self.ask_for_file(ctx, DialogPurpose::ExportXlsx),
            Command::WriteReport => self.ask_for_file(ctx, DialogPurpose::WriteReport),
            Command::SendLedger => self.ask_for_file(ctx, DialogPurpose::SendLedger),
            Command::SendMonth => self.ask_for_file(ctx, DialogPurpose::SendMonth),
            Command::ReceiveSubmission => self.ask_for_file(ctx, DialogPurpose::ReceiveSubmission),
            Command::ShowDashboard => {
                self.view.tab = match self.view.tab {
                    ui::MainTab::Projects => ui::MainTab::Dashboard,
                    ui::MainTab::Dashboard | ui::MainTab::Monthly => ui::MainTab::Projects,
                };
            }
            Command::ShowMonthly => self.view.tab = ui::MainTab::Monthly,
            Command::ShowGoals => self.view.goals_open = true,
            Command::EditUnit => {
                self.view.unit_dialog = self.selected_unit().map(ui::UnitDialog::new);
            }
            Command::ShowSettings => self.view.settings_draft = Some(self.settings.clone()),
            Command::ShowArticles => self.view.articles_open = true,
            Command::ShowAbout => self.view.about_open = true,
            Command::ShowShortcuts => self.view.shortcuts_open = true,
        }
    }

    fn ask_for_file(&mut self, ctx: &egui::Context, purpose: DialogPurpose) {
        if self.dialogs.is_busy() || self.view.file_browser.is_some() {
            return;
        }
        let lang = self.lang();
        let ledger_dir = self.session.store.path().parent().map(Path::to_path_buf);
        let (title, filter_name, start_dir, file_name) = match purpose {
            DialogPurpose::OpenLedger => (
                Command::OpenLedger.label(lang),
                lang.pick("台账", "Ledger"),
                ledger_dir,
                None,
            ),
            DialogPurpose::OpenWorkspace => (
                Command::OpenWorkspace.label(lang),
                lang.pick("文件夹", "Folders"),
                ledger_dir.clone(),
                None,
            ),
            DialogPurpose::NewLedger => (
                Command::NewLedger.label(lang),
                lang.pick("台账", "Ledger"),
                ledger_dir,
                Some("ledger.ron".to_string()),
            ),
            DialogPurpose::SaveLedgerAs => (
                Command::SaveAs.label(lang),
                lang.pick("台账", "Ledger"),
                ledger_dir,
                self.session
                    .store
                    .path()
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned()),
            ),
            DialogPurpose::ImportArticle => (
                Command::ImportArticle.label(lang),
                lang.pick("文章", "Articles"),
                self.settings.last_import_dir.clone(),
                None,
            ),
            DialogPurpose::ImportSheet => (
                Command::ImportSheet.label(lang),
                lang.pick("表格", "Spreadsheets"),
                self.settings.last_import_dir.clone(),
                None,
            ),
            DialogPurpose::SendLedger => (
                Command::SendLedger.label(lang),
                lang.pick("报送文件", "Submissions"),
                self.settings.last_export_dir.clone().or(ledger_dir.clone()),
                Some(crate::workspace::submission::submission_name(
                    self.session.store.path(),
                    self.today(),
                )),
            ),
            DialogPurpose::SendMonth => (
                Command::SendMonth.label(lang),
                lang.pick("报送文件", "Submissions"),
                self.settings.last_export_dir.clone().or(ledger_dir.clone()),
                Some(crate::workspace::submission::month_submission_name(
                    self.session.store.path(),
                    self.month_to_send(),
                    self.today(),
                )),
            ),
            DialogPurpose::ReceiveSubmission => (
                Command::ReceiveSubmission.label(lang),
                lang.pick("报送文件", "Submissions"),
                self.settings.last_import_dir.clone(),
                None,
            ),
            DialogPurpose::WriteReport => (
                Command::WriteReport.label(lang),
                lang.pick("Word 文档", "Word documents"),
                self.settings.last_export_dir.clone().or(ledger_dir),
                Some(format!("月度通报-{}.docx", self.today().format("%Y%m"))),
            ),
            DialogPurpose::ExportCsv | DialogPurpose::ExportXlsx => {
                let (command, extension) = if purpose == DialogPurpose::ExportCsv {
                    (Command::ExportCsv, "csv")
                } else {
                    (Command::ExportXlsx, "xlsx")
                };
                (
                    command.label(lang),
                    lang.pick("项目推进表", "Project sheet"),
                    self.settings.last_export_dir.clone().or(ledger_dir),
                    Some(format!(
                        "项目推进表-{}.{extension}",
                        self.today().format("%Y%m%d")
                    )),
                )
            }
        };
        let request = DialogRequest {
            purpose,
            title: title.trim_end_matches('…').to_string(),
            start_dir,
            file_name,
            filter_name: filter_name.to_string(),
            all_files_name: lang.pick("所有文件", "All files").to_string(),
        };
        self.dialogs.request(ctx, request);
    }

    fn file_chosen(&mut self, ctx: &egui::Context, request: DialogRequest, answer: DialogAnswer) {
        let paths = match answer {
            DialogAnswer::Picked(paths) => paths,
            DialogAnswer::Cancelled => return,
            DialogAnswer::Unavailable => {
                self.view.file_browser = Some(FileBrowser::new(request));
                return;
            }
        };
        let Some(first) = paths.first().cloned() else {
            return;
        };
        match request.purpose {
            DialogPurpose::OpenLedger => self.switch_to(&first),
            DialogPurpose::OpenWorkspace => self.open_workspace(ctx, &first, None),
            DialogPurpose::NewLedger => self.new_ledger_at(&first),
            DialogPurpose::SaveLedgerAs => match self.session.save_as(&first) {
                Ok(()) => {
                    self.remember_recent(&first);
                    let lang = self.lang();
                    self.notify(
                        NoticeLevel::Info,
                        format!("{} {}", lang.pick("已另存为", "Saved as"), first.display()),
                    );
                    if self.quitting {
                        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                    }
                }
                Err(error) => {
                    let text = describe::save_as_error(&error, self.lang());
                    self.notify(NoticeLevel::Error, text);
                }
            },
            DialogPurpose::ExportCsv | DialogPurpose::ExportXlsx => {
                self.export(request.purpose, &first)
            }
            DialogPurpose::WriteReport => self.write_report(&first),
            DialogPurpose::SendLedger => self.send(&first, None),
            DialogPurpose::SendMonth => self.send(&first, Some(self.month_to_send())),
            DialogPurpose::ReceiveSubmission => {
                self.settings.last_import_dir = first.parent().map(Path::to_path_buf);
                self.receive_submissions(&paths);
            }
            DialogPurpose::ImportArticle => {
                self.settings.last_import_dir = first.parent().map(Path::to_path_buf);
                for path in paths {
                    self.begin_import(ArticleOrigin::File(path));
                }
            }
            DialogPurpose::ImportSheet => {
                self.settings.last_import_dir = first.parent().map(Path::to_path_buf);
                self.begin_sheet_import(&first);
            }
        }
    }

    /// Reads a 推进表 and opens its review; a file that cannot be read is reported.
    fn begin_sheet_import(&mut self, path: &Path) {
        match SheetReview::start(path, &self.session.ledger, self.today()) {
            Ok(review) => self.sheet_review = Some(review),
            Err(error) => {
                let lang = self.lang();
                let text = format!("{}:{}", path.display(), describe::sheet_error(&error, lang));
                self.notify(NoticeLevel::Error, text);
            }
        }
    }

    /// Does what the sheet review asked for: a column's new meaning, accept, cancel.
    fn apply_sheet_action(&mut self, action: Action) {
        match action {
            Action::MapSheetColumn { column, field } => {
                let today = self.today();
                if let Some(review) = &mut self.sheet_review
                    && let Err(error) = review.remap(column, field, &self.session.ledger, today)
                {
                    let text = describe::sheet_error(&error, self.lang());
                    self.notify(NoticeLevel::Error, text);
                }
            }
            Action::AcceptSheet => {
                let Some(review) = self.sheet_review.take() else {
                    return;
                };
                let lang = self.lang();
                let Some(edit) =
                    crate::model::sheet_merge::sheet_edit(&mut self.session.ledger, &review.plan)
                else {
                    self.notify(
                        NoticeLevel::Info,
                        lang.pick("表格没有带来任何变化。", "The sheet changes nothing.")
                            .to_string(),
                    );
                    return;
                };
                let label = format!(
                    "{}《{}》",
                    lang.pick("导入表格", "import sheet "),
                    review.plan.file_name
                );
                match self.session.apply(label, edit) {
                    Ok(()) => {
                        let count = review.plan.ticked_count();
                        let text = match lang {
                            Lang::Zh => {
                                format!("已导入表格《{}》:{count} 行", review.plan.file_name)
                            }
                            Lang::En => {
                                format!("Imported “{}”: {count} rows", review.plan.file_name)
                            }
                        };
                        self.notify(NoticeLevel::Info, text);
                    }
                    Err(error) => {
                        let text = describe::edit_error(&error, lang);
                        self.notify(NoticeLevel::Error, text);
                    }
                }
            }
            Action::CancelSheet => self.sheet_review = None,
            _ => {}
        }
    }

    /// Writes the 通报 of today's month, lights by the rule of the settings.
    fn write_report(&mut self, path: &Path) {
        use chrono::Datelike;
        let lang = self.lang();
        let today = self.today();
        self.settings.last_export_dir = path.parent().map(Path::to_path_buf);
        let request = crate::report::ReportRequest {
            year: today.year(),
            month: today.month(),
            today,
            lights: self.light_settings(),
        };
        let report = crate::report::compose(self.shown_ledger(), &request);
        match crate::export::write_docx(path, &report) {
            Ok(()) => {
                let text = match lang {
                    Lang::Zh => format!(
                        "已生成{}年{}月通报:{}",
                        request.year,
                        request.month,
                        path.display()
                    ),
                    Lang::En => format!(
                        "Wrote the report of {}-{:02} to {}",
                        request.year,
                        request.month,
                        path.display()
                    ),
                };
                self.notify(NoticeLevel::Info, text);
            }
            Err(error) => {
                let text = describe::export_error(&error, lang);
                self.notify(NoticeLevel::Error, text);
            }
        }
    }

    /// The month 报送一个月 sends: the one the 月报 shows (today's until another is picked).
    fn month_to_send(&self) -> crate::workspace::month::SubmittedMonth {
        let (year, month) = self.view.monthly.shown_period(self.today());
        crate::workspace::month::SubmittedMonth { year, month }
    }

    /// The light rule and thresholds of the settings.
    fn light_settings(&self) -> crate::model::lights::LightSettings {
        self.settings.lights()
    }

    /// Writes the list as it is shown (filtered and sorted, lit by the settings' rule) to a CSV
    /// or XLSX file.
    fn export(&mut self, purpose: DialogPurpose, path: &Path) {
        use crate::export::{progress_sheet, write_csv, write_xlsx};
        let lang = self.lang();
        let today = self.today();
        let lights = self.light_settings();
        let as_of = crate::model::lights::AsOf::today(today);
        self.settings.last_export_dir = path.parent().map(Path::to_path_buf);
        let index = crate::model::query::SearchIndex::build(self.shown_ledger());
        let ids = crate::model::query::select_lit(
            self.shown_ledger(),
            &index,
            &self.view.filter,
            self.view.sort,
            today,
            &|p| crate::model::lights::judge(p, &lights, as_of).light,
        );
        let request = crate::export::SheetRequest { as_of, lights };
        let sheet = progress_sheet(self.shown_ledger(), &ids, &request);
        let written = if purpose == DialogPurpose::ExportCsv {
            write_csv(path, &sheet)
        } else {
            write_xlsx(path, &sheet)
        };
        match written {
            Ok(()) => self.notify(
                NoticeLevel::Info,
                match lang {
                    Lang::Zh => format!(
                        "已导出 {} 个项目到 {}",
                        sheet.project_count(),
                        path.display()
                    ),
                    Lang::En => format!(
                        "Exported {} projects to {}",
                        sheet.project_count(),
                        path.display()
                    ),
                },
            ),
            Err(error) => self.notify(
                NoticeLevel::Error,
                format!(
                    "{}{}",
                    lang.pick("导出失败:", "Export failed: "),
                    describe::export_error(&error, lang)
                ),
            ),
        }
    }

    /// Saves the current ledger (when it can) and opens another.
    fn switch_to(&mut self, path: &Path) {
        if path == self.session.store.path() {
            return;
        }
        if self.session.is_dirty() && self.session.store.is_writable() && !self.save_now() {
            return;
        }
        self.session = Session::open(path);
        self.workspace = None;
        self.conflict = None;
        self.view.selected_project = None;
        self.view.filter.unit = UnitFilter::All;
        self.remember_recent(path);
    }

    fn new_ledger_at(&mut self, path: &Path) {
        if path.exists() {
            let lang = self.lang();
            self.notify(
                NoticeLevel::Error,
                format!(
                    "{} {}",
                    path.display(),
                    lang.pick(
                        "已存在;请用“打开台账…”打开它,或另选一个名字。",
                        "exists; open it with “Open ledger…” or choose another name."
                    )
                ),
            );
            return;
        }
        self.switch_to(path);
        self.save_now();
    }

    /// Saves now. A failure is reported in one notice, updated on each attempt and taken
    /// away by the first save that works. Returns whether it worked.
    fn save_now(&mut self) -> bool {
        let lang = self.lang();
        match self.session.save() {
            Ok(_) => {
                self.notices.clear(NoticeKey::SaveFailed);
                true
            }
            Err(error) => {
                let failures = self.session.failures();
                let mut text = format!(
                    "{}{}",
                    lang.pick("保存失败:", "Saving failed: "),
                    describe::save_error(&error, lang)
                );
                if self.session.store.is_writable() {
                    let seconds = retry_delay(failures).as_secs();
                    text.push_str(&match lang {
                        Lang::Zh => format!("(已试 {failures} 次,{seconds} 秒后再试)"),
                        Lang::En => {
                            format!(" (tried {failures} times; trying again in {seconds} s)")
                        }
                    });
                }
                if let Some(unattended) = &self.unattended {
                    unattended.report(NoticeLevel::Error, &text);
                }
                self.notices
                    .push_keyed(NoticeKey::SaveFailed, NoticeLevel::Error, text);
                false
            }
        }
    }

    fn collect_shortcuts(ctx: &egui::Context, actions: &mut Vec<Action>) {
        // Only a text field keeps Ctrl+Z for itself; a focused grid cell or button does not.
        let typing = ctx.text_edit_focused();
        let mut shortcuts: Vec<(Command, egui::KeyboardShortcut)> = Command::ALL
            .iter()
            .filter(|command| !(typing && command.yields_to_text_fields()))
            .flat_map(|&command| command.shortcuts().iter().map(move |&s| (command, s)))
            .collect();
        // The most specific combination first: Ctrl+Shift+Z before Ctrl+Z.
        shortcuts.sort_by_key(|(_, s)| std::cmp::Reverse(s.modifiers.shift));
        ctx.input_mut(|input| {
            for (command, shortcut) in &shortcuts {
                if input.consume_shortcut(shortcut) {
                    actions.push(Action::Command(*command));
                }
            }
        });
    }

    /// Files dropped on the window are imported, one review each.
    fn take_dropped_files(&mut self, ctx: &egui::Context) {
        let (hovering, dropped) =
            ctx.input(|i| (!i.raw.hovered_files.is_empty(), i.raw.dropped_files.clone()));
        self.view.files_hovering = hovering;
        for file in dropped {
            self.begin_import(ArticleOrigin::File(file.path().to_path_buf()));
        }
    }

    /// Closing: save first; if the changes cannot be saved, ask.
    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) || self.quitting {
            return;
        }
        if !self.session.is_dirty() {
            return;
        }
        if self.unattended.is_some() {
            // No one could answer a dialog: save if no save has failed yet (a failure has
            // been reported), and close either way.
            if self.session.failures() == 0 && self.session.store.is_writable() {
                self.save_now();
            }
            return;
        }
        if self.session.store.is_writable() && self.save_now() {
            return;
        }
        ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        self.view.confirm = Some(Confirm::QuitUnsaved);
    }
}

impl TownTrackerApp {
    /// One frame: draws everything, then applies what the user did, then autosaves when due.
    pub fn frame(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let mut actions = Vec::new();
        while let Some((request, answer)) = self.dialogs.poll() {
            actions.push(Action::FileChosen { request, answer });
        }
        if self.reviews.is_empty() && self.view.paste.is_none() && self.sheet_review.is_none() {
            Self::collect_shortcuts(&ctx, &mut actions);
        }
        self.take_dropped_files(&ctx);
        self.notices.prune();
        self.handle_close_request(&ctx);
        self.look_at_workspace_when_due(Instant::now());
        let today = self.today();
        let problem = problems::describe(&self.session.store, self.lang());
        if let Some(workspace) = &mut self.workspace {
            workspace.union(&self.session.ledger, self.session.revision());
        }
        let (ledger, revision, workspace) = match &self.workspace {
            Some(workspace) => (
                &workspace.current_union().ledger,
                // Unique per (own revision, others' generation): revisions are far apart.
                self.session
                    .revision()
                    .wrapping_mul(1 << 20)
                    .wrapping_add(workspace.generation()),
                Some(ui::WorkspaceView {
                    folder: &workspace.folder,
                    own: workspace.own.as_deref(),
                    offices: &workspace.offices,
                    owners: &workspace.current_union().owners,
                }),
            ),
            None => (&self.session.ledger, self.session.revision(), None),
        };
        let view = AppView {
            ledger,
            revision,
            path: self.session.store.path(),
            today,
            thresholds: self.settings.thresholds(),
            lights: self.settings.lights(),
            due_soon_days: self.settings.due_soon_days,
            dirty: self.session.is_dirty(),
            writable: self.session.store.is_writable(),
            problem,
            saved_at: self.session.ledger.saved_at,
            undo: self.session.history.undo_label(),
            redo: self.session.history.redo_label(),
            recent: &self.settings.recent,
            settings: &self.settings,
            notices: self.notices.as_slice(),
            commands: self.command_state(),
            review_queue: (
                self.reviews_closed + 1,
                self.reviews_closed + self.reviews.len(),
            ),
            workspace,
        };
        actions.extend(ui::draw(
            ui,
            &view,
            &mut self.view,
            self.reviews.front_mut(),
            self.sheet_review.as_mut(),
            self.conflict.as_mut(),
        ));
        for action in actions {
            self.apply(&ctx, action);
        }
        let now = Instant::now();
        if self.session.autosave_due(now) {
            self.save_now();
        }
        if let Some(due) = self.session.next_autosave() {
            ctx.request_repaint_after(due.saturating_duration_since(now));
        }
        if let Some(workspace) = &self.workspace {
            ctx.request_repaint_after(workspace.next_look().saturating_duration_since(now));
        }
        if let Some(job) = &mut self.screenshot {
            job.on_frame(&ctx);
        }
    }
}

impl eframe::App for TownTrackerApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.settings.filter = self.view.filter.clone();
        self.settings.sort = self.view.sort;
        self.settings.selected = self
            .view
            .selected_project
            .map(|id| (self.session.store.path().to_path_buf(), id));
        eframe::set_value(storage, SETTINGS_KEY, &self.settings);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        let given_up = self.unattended.is_some() && self.session.failures() > 0;
        if self.session.is_dirty()
            && self.session.store.is_writable()
            && !given_up
            && let Err(error) = self.session.save()
        {
            eprintln!(
                "town-tracker: {}",
                describe::save_error(&error, self.lang())
            );
        }
    }
}
