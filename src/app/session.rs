//! One open ledger: the file it lives in, the ledger in memory, its undo history, and whether
//! it has changes not yet on disk. Autosave is decided here: shortly after the last change,
//! and always before the session ends.

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use crate::model::{Edit, EditError, Ledger};
use crate::store::{LedgerStore, RecoverError, SaveAsError, SaveError, Saved};

use super::history::History;

/// Revisions are unique across every session of the process, so a view cache keyed by one
/// never mistakes one ledger for another.
static NEXT_REVISION: AtomicU64 = AtomicU64::new(1);

fn next_revision() -> u64 {
    NEXT_REVISION.fetch_add(1, Ordering::Relaxed)
}

/// How long after the last change the ledger is written.
pub const AUTOSAVE_DELAY: Duration = Duration::from_millis(800);

#[derive(Debug)]
pub struct Session {
    pub store: LedgerStore,
    pub ledger: Ledger,
    pub history: History,
    /// When the first change not yet saved was made.
    unsaved_since: Option<Instant>,
    last_change: Option<Instant>,
    revision: u64,
}

impl Session {
    /// Opens the ledger at `path` (see [`LedgerStore::open`]: never fails, may be read-only).
    pub fn open(path: &Path) -> Self {
        let opened = LedgerStore::open(path);
        Session {
            store: opened.store,
            ledger: opened.ledger,
            history: History::default(),
            unsaved_since: None,
            last_change: None,
            revision: next_revision(),
        }
    }

    /// Changes whenever the ledger in memory does.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Applies an edit as one undo step.
    pub fn apply(&mut self, label: String, edit: Edit) -> Result<(), EditError> {
        let revert = self.ledger.apply(edit)?;
        self.history.record(label, revert);
        self.touch();
        Ok(())
    }

    pub fn undo(&mut self) -> Result<Option<String>, EditError> {
        let label = self.history.undo(&mut self.ledger)?;
        if label.is_some() {
            self.touch();
        }
        Ok(label)
    }

    pub fn redo(&mut self) -> Result<Option<String>, EditError> {
        let label = self.history.redo(&mut self.ledger)?;
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

    /// Should autosave run now? (Dirty, writable, and quiet for [`AUTOSAVE_DELAY`].)
    pub fn autosave_due(&self, now: Instant) -> bool {
        self.is_dirty()
            && self.store.is_writable()
            && self
                .last_change
                .is_some_and(|last| now.duration_since(last) >= AUTOSAVE_DELAY)
    }

    /// Writes the ledger now (nothing is written when the file already holds it).
    pub fn save(&mut self) -> Result<Saved, SaveError> {
        let saved = self.store.save(&mut self.ledger)?;
        self.unsaved_since = None;
        Ok(saved)
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
