//! One open ledger: the file it lives in, the ledger in memory, its undo history, and whether
//! it has changes not yet on disk. Autosave is decided here: shortly after the last change,
//! and always before the session ends; after a failed save it waits longer and longer before
//! trying again (2 s, 4 s, 8 s … up to a minute), so a full disk is not hammered.

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use crate::model::{Edit, EditError, Ledger};
use crate::store::machine::stamp_now;
use crate::store::{LedgerStore, Opened, RecoverError, SaveAsError, SaveError, Saved};

use super::history::History;

/// Revisions are unique across every session of the process, so a view cache keyed by one
/// never mistakes one ledger for another.
static NEXT_REVISION: AtomicU64 = AtomicU64::new(1);

fn next_revision() -> u64 {
    NEXT_REVISION.fetch_add(1, Ordering::Relaxed)
}

/// How long after the last change the ledger is written.
pub const AUTOSAVE_DELAY: Duration = Duration::from_millis(800);

/// The longest wait before autosave tries again after failures.
pub const MAX_RETRY_DELAY: Duration = Duration::from_secs(60);

/// The wait after `failures` failed saves in a row: 2 s, 4 s, 8 s … at most a minute.
pub fn retry_delay(failures: u32) -> Duration {
    Duration::from_secs(1u64 << failures.clamp(1, 6)).min(MAX_RETRY_DELAY)
}

#[derive(Debug)]
pub struct Session {
    pub store: LedgerStore,
    pub ledger: Ledger,
    pub history: History,
    /// When the first change not yet saved was made.
    unsaved_since: Option<Instant>,
    last_change: Option<Instant>,
    revision: u64,
    /// Failed saves since the last one that worked.
    failures: u32,
    /// No autosave before this, after a failure.
    retry_at: Option<Instant>,
}

impl Session {
    /// Opens the ledger at `path` (see [`LedgerStore::open`]: never fails, may be read-only).
    pub fn open(path: &Path) -> Self {
        Session::of(LedgerStore::open(path))
    }

    fn of(opened: Opened) -> Self {
        Session {
            store: opened.store,
            ledger: opened.ledger,
            history: History::default(),
            unsaved_since: None,
            last_change: None,
            revision: next_revision(),
            failures: 0,
            retry_at: None,
        }
    }

    /// A workspace folder before this machine's office is chosen (see [`LedgerStore::no_office`]).
    pub fn no_office(folder: &Path) -> Self {
        Session::of(LedgerStore::no_office(folder))
    }

    /// Changes whenever the ledger in memory does.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Applies an edit as one undo step.
    pub fn apply(&mut self, label: String, edit: Edit) -> Result<(), EditError> {
        let revert = self.ledger.apply_stamped(edit, &stamp_now())?;
        self.history.record(label, revert);
        self.touch();
        Ok(())
    }

    /// Turns the ledger into `version` (a merge of it with another version) as one undo
    /// step, keeping the stamps `version` carries: the merge decided whose change each field
    /// holds. Returns whether anything changed.
    pub fn adopt(&mut self, label: String, version: &Ledger) -> Result<bool, EditError> {
        let Some(edit) = crate::model::replace::edit_between(&self.ledger, version) else {
            return Ok(false);
        };
        let revert = self.ledger.apply(edit)?;
        self.history.record(label, revert);
        self.touch();
        Ok(true)
    }

    /// The ledger holds what its file holds (saved elsewhere, at `saved_at`, and adopted):
    /// nothing to save.
    pub fn mark_as_on_disk(&mut self, saved_at: Option<chrono::NaiveDateTime>) {
        self.ledger.saved_at = saved_at;
        self.unsaved_since = None;
        self.revision = next_revision();
    }

    pub fn undo(&mut self) -> Result<Option<String>, EditError> {
        let label = self.history.undo(&mut self.ledger, &stamp_now())?;
        if label.is_some() {
            self.touch();
        }
        Ok(label)
    }

    pub fn redo(&mut self) -> Result<Option<String>, EditError> {
        let label = self.history.redo(&mut self.ledger, &stamp_now())?;
        if label.is_some() {
            self.touch();
        }
        Ok(label)
    }

    fn touch(&mut self) {
        self.revision = next_revision();
        let now = Instant::now();
        self.unsaved_since.get_or_insert(now);
        self.last_change = Some(now);
    }

    /// Are there changes not yet on disk?
    pub fn is_dirty(&self) -> bool {
        self.unsaved_since.is_some()
    }

    /// When autosave should next run: [`AUTOSAVE_DELAY`] after the last change, and not
    /// before the wait after a failure is over. `None` when there is nothing it could save.
    pub fn next_autosave(&self) -> Option<Instant> {
        if !self.is_dirty() || !self.store.is_writable() {
            return None;
        }
        let quiet = self.last_change? + AUTOSAVE_DELAY;
        Some(self.retry_at.map_or(quiet, |retry| retry.max(quiet)))
    }

    /// Should autosave run now?
    pub fn autosave_due(&self, now: Instant) -> bool {
        self.next_autosave().is_some_and(|due| now >= due)
    }

    /// Failed saves since the last one that worked.
    pub fn failures(&self) -> u32 {
        self.failures
    }

    /// Writes the ledger now (nothing is written when the file already holds it). A failure
    /// puts the next autosave off by [`retry_delay`].
    pub fn save(&mut self) -> Result<Saved, SaveError> {
        match self.store.save(&mut self.ledger) {
            Ok(saved) => {
                self.unsaved_since = None;
                self.failures = 0;
                self.retry_at = None;
                Ok(saved)
            }
            Err(error) => {
                self.failures = self.failures.saturating_add(1);
                self.retry_at = Some(Instant::now() + retry_delay(self.failures));
                Err(error)
            }
        }
    }

    /// Replaces an unreadable ledger by its backup (or an empty one), keeping the damaged
    /// file aside, and saves the result.
    pub fn recover(&mut self, from_backup: bool) -> Result<(), RecoverError> {
        self.ledger = self.store.recover(from_backup)?;
        self.history.clear();
        self.touch();
        Ok(())
    }

    /// Moves this ledger to another file: writes it there and continues there. A target that
    /// another window holds, or that exists but cannot be read as a ledger, is refused.
    pub fn save_as(&mut self, path: &Path) -> Result<(), SaveAsError> {
        if path == self.store.path() {
            self.save()?;
            return Ok(());
        }
        let mut store = LedgerStore::open(path)
            .store
            .into_writable()
            .map_err(|blocked| SaveAsError::Target {
                path: path.to_path_buf(),
                blocked: Box::new(blocked),
            })?;
        let mut ledger = self.ledger.clone();
        store.save(&mut ledger)?;
        self.store = store;
        self.ledger = ledger;
        self.unsaved_since = None;
        self.revision = next_revision();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_wait_longer_and_longer_up_to_a_minute() {
        let waits: Vec<u64> = (1..=8).map(|n| retry_delay(n).as_secs()).collect();
        assert_eq!(waits, [2, 4, 8, 16, 32, 60, 60, 60]);
    }

    #[test]
    fn a_failed_save_puts_the_next_autosave_off() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ledger.ron");
        let mut session = Session::open(&path);
        let add_unit = |session: &mut Session, name: &str| {
            let id = crate::model::UnitId(session.ledger.allocate_id());
            let unit = crate::model::Unit::new(id, name);
            session.apply(name.into(), Edit::PutUnit(unit)).unwrap();
        };
        add_unit(&mut session, "東海鎮");
        session.save().unwrap();
        // A directory where the backup goes: the next save fails.
        std::fs::create_dir_all(dir.path().join("ledger.ron.bak/x")).unwrap();
        add_unit(&mut session, "匯龍鎮");
        let changed = Instant::now();
        assert!(session.autosave_due(changed + AUTOSAVE_DELAY));
        assert!(session.save().is_err());
        let failed = Instant::now();
        assert_eq!(session.failures(), 1);
        assert!(!session.autosave_due(failed + Duration::from_millis(1900)));
        assert!(session.autosave_due(failed + Duration::from_millis(2100)));
    }
}
