//! What every UI journey needs: the app in a kittest harness on a ledger file (with scripted
//! file dialogs, a fixed today and, optionally, eframe's settings), closing it the way the
//! window does, and reading a checkbox.

#![allow(dead_code, reason = "each journey file uses the helpers it needs")]

use std::collections::HashMap;
use std::path::Path;

use chrono::NaiveDate;
use eframe::egui::accesskit::Toggled;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use town_tracker::app::file_dialog::ScriptedDialogs;
use town_tracker::app::{AppOptions, TownTrackerApp};

/// eframe's storage, in memory, so settings can survive a "restart" inside a test.
#[derive(Default, Clone)]
pub struct MemoryStorage(pub HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_string(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

/// The app on `ledger`, as a 1400×900 window, run until it settles.
pub fn harness(
    ledger: &Path,
    today: NaiveDate,
    dialogs: &ScriptedDialogs,
    storage: Option<&MemoryStorage>,
) -> Harness<'static, TownTrackerApp> {
    harness_sized(ledger, today, dialogs, storage, [1400.0, 900.0])
}

/// The app on `ledger` in a window of `size`, run until it settles.
pub fn harness_sized(
    ledger: &Path,
    today: NaiveDate,
    dialogs: &ScriptedDialogs,
    storage: Option<&MemoryStorage>,
    size: [f32; 2],
) -> Harness<'static, TownTrackerApp> {
    build(options(ledger, None, today, dialogs), storage, size)
}

/// The app on the workspace `folder` as `office`'s machine, run until it settles.
pub fn workspace_harness(
    folder: &Path,
    office: &str,
    today: NaiveDate,
    dialogs: &ScriptedDialogs,
) -> Harness<'static, TownTrackerApp> {
    let options = options(folder, Some(office.to_string()), today, dialogs);
    build(options, None, [1400.0, 900.0])
}

fn options(
    data: &Path,
    office: Option<String>,
    today: NaiveDate,
    dialogs: &ScriptedDialogs,
) -> AppOptions {
    AppOptions {
        data_path: data.to_path_buf(),
        office,
        today: Some(today),
        screenshot: None,
        dialogs: Box::new(dialogs.clone()),
        import: Vec::new(),
        accept_all: false,
        unattended: None,
        lang: None,
        select: None,
        dashboard: false,
        monthly: false,
    }
}

fn build(
    options: AppOptions,
    storage: Option<&MemoryStorage>,
    size: [f32; 2],
) -> Harness<'static, TownTrackerApp> {
    let storage = storage.cloned();
    let mut harness = Harness::builder().with_size(size).build_eframe(move |cc| {
        TownTrackerApp::create(
            &cc.egui_ctx,
            storage.as_ref().map(|s| s as &dyn eframe::Storage),
            options,
        )
    });
    harness.run();
    harness
}

/// Closes the app the way the window does: settings into `storage`, then the exit save.
pub fn close(harness: Harness<'static, TownTrackerApp>, storage: &mut MemoryStorage) {
    let mut app = harness.into_state();
    eframe::App::save(&mut app, storage);
    eframe::App::on_exit(&mut app, None);
}

/// Is the checkbox with this accessible name ticked?
pub fn checked(harness: &Harness<'_, TownTrackerApp>, label: &str) -> bool {
    harness.get_by_label(label).accesskit_node().toggled() == Some(Toggled::True)
}
