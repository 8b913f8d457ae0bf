//! The egui views. They read the ledger and the app's state through [`AppView`], keep only
//! view-local state (selection, filters, drafts, open dialogs) in [`ViewState`], and return
//! [`Action`]s; the app applies those after the frame, in one place.

mod approval_list;
mod conflict_window;
mod dashboard;
mod dashboard_follow_up;
mod date_picker;
mod detail_attributes;
mod detail_follow_up;
mod dialogs;
pub mod file_browser;
mod filter_bar;
pub mod fonts;
mod goals;
mod grid_entry;
pub mod icon;
mod import_review;
mod list_cache;
mod menu_bar;
mod month_entry;
mod monthly_grid;
mod notices;
pub mod office_chooser;
pub mod paste_dialog;
mod problem_banner;
mod project_detail;
mod project_table;
mod settings_window;
mod sheet_review;
mod status_bar;
mod unit_dialog;
mod unit_picker;
mod units_panel;
mod welcome;
pub mod widgets;

use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime};
use eframe::egui;

use crate::i18n::Lang;
use crate::intent::{
    Action, CommandState, ConflictReview, Notice, Problem, Review, Settings, SheetReview,
};
use crate::model::lights::LightSettings;
use crate::model::query::{ProjectFilter, SortOrder};
use crate::model::schedule::LightThresholds;
use crate::model::{GoalId, Ledger, ProjectId, UnitId};
use crate::workspace::union::Owners;
pub use file_browser::FileBrowser;
pub use list_cache::ListCache;
pub use unit_dialog::UnitDialog;

/// A question the user must answer before something happens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Confirm {
    DeleteProject(ProjectId),
    DeleteGoal(GoalId),
    /// Closing with changes that cannot be saved.
    QuitUnsaved,
}

/// The main area's two faces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MainTab {
    #[default]
    Projects,
    Dashboard,
    /// The 月报 grid: a month's figures, project by project.
    Monthly,
}

/// What the app shows that the views only read.
pub struct AppView<'a> {
    pub ledger: &'a Ledger,
    /// Changes whenever the ledger does (and differs between ledgers).
    pub revision: u64,
    pub path: &'a Path,
    pub today: NaiveDate,
    pub thresholds: LightThresholds,
    /// The light rule chosen in the settings, with its thresholds.
    pub lights: LightSettings,
    /// "Due soon" means within this many days.
    pub due_soon_days: i64,
    pub dirty: bool,
    pub writable: bool,
    /// Why the ledger is read-only or could not be read, in plain words.
    pub problem: Option<Problem>,
    pub saved_at: Option<NaiveDateTime>,
    pub undo: Option<&'a str>,
    pub redo: Option<&'a str>,
    pub recent: &'a [PathBuf],
    /// The language, theme and thresholds; `settings.lang` is the one language of the window.
    pub settings: &'a Settings,
    /// The notices in the corner, oldest first.
    pub notices: &'a [Notice],
    /// What decides which commands apply now.
    pub commands: CommandState,
    /// The review shown is this one of so many read together ("3 / 10").
    pub review_queue: (usize, usize),
    /// In a workspace: the folder, this machine's office and the other offices' records.
    pub workspace: Option<WorkspaceView<'a>>,
}

/// What the views know of an open workspace.
#[derive(Debug, Clone, Copy)]
pub struct WorkspaceView<'a> {
    pub folder: &'a Path,
    /// This machine's office, once chosen.
    pub own: Option<&'a str>,
    /// The offices whose ledgers are in the folder, own included.
    pub offices: &'a [String],
    pub owners: &'a Owners,
}

impl AppView<'_> {
    /// The language of the window.
    pub fn lang(&self) -> Lang {
        self.settings.lang
    }

    /// The other office a project belongs to, in a workspace; `None` for the user's own.
    pub fn office_of(&self, project: ProjectId) -> Option<&str> {
        self.workspace.and_then(|w| w.owners.project(project))
    }

    /// Can this project be changed here: the ledger writes and the project is the user's own?
    pub fn can_edit(&self, project: ProjectId) -> bool {
        self.writable && self.office_of(project).is_none()
    }
}

/// View-local state: what is selected, filtered, open, being typed.
#[derive(Debug, Default)]
pub struct ViewState {
    pub tab: MainTab,
    pub filter: ProjectFilter,
    pub sort: SortOrder,
    pub selected_project: Option<ProjectId>,
    pub about_open: bool,
    pub articles_open: bool,
    pub shortcuts_open: bool,
    pub goals_open: bool,
    /// The settings being edited, while the settings window is open.
    pub settings_draft: Option<Settings>,
    /// The search field should take the keyboard focus (Ctrl+F).
    pub focus_search: bool,
    pub confirm: Option<Confirm>,
    /// The name of a unit being added, while its field is open.
    pub new_unit: Option<String>,
    /// A unit being renamed, with the name typed so far.
    pub renaming_unit: Option<(UnitId, String)>,
    /// The window of one unit (kind, aliases, merge, delete), while it is open.
    pub unit_dialog: Option<unit_dialog::UnitDialog>,
    /// The text of a progress entry being written, and its date.
    pub progress_draft: String,
    pub progress_date: Option<NaiveDate>,
    /// The text of a problem being written in the detail panel.
    pub problem_draft: String,
    pub goal_draft: goals::GoalDraft,
    pub file_browser: Option<FileBrowser>,
    pub paste: Option<paste_dialog::PasteDraft>,
    /// Files are being dragged over the window.
    pub files_hovering: bool,
    pub cache: ListCache,
    /// The 前期手续 list being edited, one name a line, while its window is open.
    pub approval_list: Option<String>,
    pub monthly: grid_entry::GridState,
    /// The name of a new office being typed, while the window asking for this machine's
    /// office is open.
    pub office_choice: Option<String>,
}

/// Draws the whole window and returns what the user asked for.
/// The article under review, when one waits, is edited in place.
pub fn draw(
    ui: &mut egui::Ui,
    app: &AppView<'_>,
    view: &mut ViewState,
    review: Option<&mut Review>,
    sheet: Option<&mut SheetReview>,
    conflict: Option<&mut ConflictReview>,
) -> Vec<Action> {
    let lang = app.lang();
    let mut actions = Vec::new();
    egui::Panel::top("menu-bar").show(ui, |ui| {
        menu_bar::show(ui, app, &mut actions);
    });
    egui::Panel::bottom("status-bar").show(ui, |ui| {
        status_bar::show(ui, app, lang);
    });
    if let Some(problem) = &app.problem {
        egui::Panel::top("problem-banner").show(ui, |ui| {
            problem_banner::show(ui, problem, lang, &mut actions);
        });
    }
    let width = ui.available_width();
    egui::Panel::left("units")
        .resizable(true)
        .default_size((width * 0.16).clamp(140.0, 250.0))
        .max_size((width * 0.18).clamp(150.0, 320.0))
        .show(ui, |ui| {
            units_panel::show(ui, app, view, &mut actions);
        });
    let selected = view.selected_project.and_then(|id| app.ledger.project(id));
    if let Some(project) = selected
        && view.tab == MainTab::Projects
    {
        // Its width follows the window, never its content, so opening it or selecting
        // another project moves nothing in the list.
        egui::Panel::right("project-detail")
            .resizable(false)
            .exact_size(detail_width(width))
            .show(ui, |ui| {
                project_detail::show(ui, app, project, view, &mut actions);
            });
    }
    egui::CentralPanel::default().show(ui, |ui| {
        if app.ledger.is_empty() && app.problem.is_none() {
            welcome::show(ui, app, view, &mut actions);
            return;
        }
        ui.horizontal(|ui| {
            ui.selectable_value(
                &mut view.tab,
                MainTab::Projects,
                lang.pick("项目", "Projects"),
            );
            ui.selectable_value(
                &mut view.tab,
                MainTab::Dashboard,
                lang.pick("仪表盘", "Dashboard"),
            );
            ui.selectable_value(
                &mut view.tab,
                MainTab::Monthly,
                lang.pick("月报", "Monthly report"),
            );
        });
        ui.separator();
        match view.tab {
            MainTab::Projects => project_table::show(ui, app, view, &mut actions),
            MainTab::Dashboard => dashboard::show(ui, app, view),
            MainTab::Monthly => monthly_grid::show(ui, app, view, &mut actions),
        }
    });
    dialogs::show(ui.ctx(), app, view, &mut actions);
    goals::window(ui.ctx(), app, view, &mut actions);
    if let Some(dialog) = &mut view.unit_dialog
        && !unit_dialog::show(ui.ctx(), app, dialog, &mut actions)
    {
        view.unit_dialog = None;
    }
    settings_window::show(ui.ctx(), lang, view, &mut actions);
    approval_list::show(ui.ctx(), app, &mut view.approval_list, &mut actions);
    if let Some(draft) = &mut view.paste
        && let Some(action) = paste_dialog::show(ui.ctx(), draft, lang)
    {
        actions.push(action);
    }
    if let Some(review) = review
        && let Some(action) = import_review::show(ui.ctx(), app, review, lang)
    {
        actions.push(action);
    }
    if let Some(sheet) = sheet
        && let Some(action) = sheet_review::show(ui.ctx(), app, sheet, lang)
    {
        actions.push(action);
    }
    if let Some(workspace) = &app.workspace
        && let Some(action) =
            office_chooser::show(ui.ctx(), workspace, &mut view.office_choice, lang)
    {
        actions.push(action);
    }
    if let Some(conflict) = conflict
        && let Some(action) = conflict_window::show(ui.ctx(), conflict, lang)
    {
        actions.push(action);
    }
    if view.files_hovering {
        drop_hint(ui.ctx(), lang);
    }
    notices::show(ui.ctx(), app.notices, &mut actions);
    actions
}

/// The detail panel's width in a window this wide.
pub fn detail_width(window_width: f32) -> f32 {
    (window_width * 0.3).clamp(260.0, 380.0)
}

/// The hint shown while files are dragged over the window.
fn drop_hint(ctx: &egui::Context, lang: Lang) {
    let screen = ctx.content_rect();
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("drop-hint"),
    ));
    painter.rect_filled(screen, 0.0, egui::Color32::from_black_alpha(160));
    painter.text(
        screen.center(),
        egui::Align2::CENTER_CENTER,
        lang.pick("松开鼠标即可导入文章", "Drop to import the articles"),
        egui::FontId::proportional(28.0),
        egui::Color32::WHITE,
    );
}
