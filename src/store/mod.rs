//! The ledger on disk: where it lives, opening it (with a lock so two windows cannot both
//! write it), saving it crash-safely with a backup, and recovering when it cannot be read.
//! Opening never fails outright: a problem leaves the store read-only and says why, so the app
//! can start, explain, and offer the backup without writing over anything.

pub mod atomic;
pub mod format;
pub mod lock;

use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use chrono::Local;

use crate::model::Ledger;
use atomic::{backup_path, remove_stale_temps, write_atomically};
pub use format::FormatError;
use lock::{LedgerLock, LockError};

/// The ledger's default location: the platform's data directory
/// (`~/.local/share/town-tracker/ledger.ron` on Linux).
pub fn default_ledger_path() -> PathBuf {
    directories::ProjectDirs::from("", "", "town-tracker")
        .map(|dirs| dirs.data_dir().join("ledger.ron"))
        .unwrap_or_else(|| PathBuf::from("ledger.ron"))
}

/// Why a ledger file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read {path}: {source}")]
    Unreadable {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {source}")]
    Format { path: PathBuf, source: FormatError },
}

/// Why the store will not write.
#[derive(Debug, thiserror::Error)]
pub enum Blocked {
    #[error(transparent)]
    Lock(#[from] LockError),
    #[error(transparent)]
    Load(#[from] LoadError),
}

/// Why a save failed.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("the ledger is open read-only: {0}")]
    ReadOnly(String),
    #[error("cannot write {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Reads a ledger file. A missing file is `Ok(None)`: a ledger not yet saved.
pub fn load(path: &Path) -> Result<Option<Ledger>, LoadError> {
    let text = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) if error.kind() == ErrorKind::NotFound => return Ok(None),
        Err(source) => {
            return Err(LoadError::Unreadable {
                path: path.to_path_buf(),
                source,
            });
        }
    };
    let text = String::from_utf8(text).map_err(|_| LoadError::Format {
        path: path.to_path_buf(),
        source: FormatError::Syntax {
            line: 1,
            column: 1,
            message: "the file is not UTF-8 text".into(),
        },
    })?;
    format::from_ron(&text)
        .map(Some)
        .map_err(|source| LoadError::Format {
            path: path.to_path_buf(),
            source,
        })
}

/// An open ledger file.
#[derive(Debug)]
pub struct LedgerStore {
    path: PathBuf,
    lock: Option<LedgerLock>,
    blocked: Option<Blocked>,
}

/// What opening a path gave: the store, the ledger to show, and whether it existed.
#[derive(Debug)]
pub struct Opened {
    pub store: LedgerStore,
    pub ledger: Ledger,
    /// The file did not exist yet: a new, empty ledger.
    pub created: bool,
}

impl LedgerStore {
    /// Opens a ledger. Never fails: when the file is locked by another window it is opened
    /// read-only; when it cannot be read, an empty ledger is shown and nothing is written
    /// until the user chooses what to do ([`LedgerStore::blocked`] says why).
    pub fn open(path: &Path) -> Opened {
        let path = path.to_path_buf();
        let lock = LedgerLock::acquire(&path);
        if lock.is_ok() {
            remove_stale_temps(&path);
        }
        let loaded = load(&path);
        let (lock, lock_problem) = match lock {
            Ok(lock) => (Some(lock), None),
            Err(error) => (None, Some(Blocked::Lock(error))),
        };
        let (ledger, created, blocked) = match loaded {
            Ok(Some(ledger)) => (ledger, false, lock_problem),
            Ok(None) => (Ledger::new(), true, lock_problem),
            Err(error) => (Ledger::new(), false, Some(Blocked::Load(error))),
        };
        Opened {
            store: LedgerStore {
                path,
                lock,
                blocked,
            },
            ledger,
            created,
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Why saving is refused, if it is.
    pub fn blocked(&self) -> Option<&Blocked> {
        self.blocked.as_ref()
    }

    pub fn is_writable(&self) -> bool {
        self.blocked.is_none() && self.lock.is_some()
    }

    /// The backup file, if there is one.
    pub fn backup(&self) -> Option<PathBuf> {
        let backup = backup_path(&self.path);
        backup.exists().then_some(backup)
    }

    /// Writes the ledger (stamping `saved_at`), crash-safely, keeping the previous file as the
    /// backup.
    pub fn save(&self, ledger: &mut Ledger) -> Result<(), SaveError> {
        if let Some(blocked) = &self.blocked {
            return Err(SaveError::ReadOnly(blocked.to_string()));
        }
        if self.lock.is_none() {
            return Err(SaveError::ReadOnly("the ledger is not locked".into()));
        }
        let previous = ledger.saved_at;
        ledger.saved_at = Some(Local::now().naive_local());
        let text = format::to_ron(ledger);
        write_atomically(&self.path, text.as_bytes()).map_err(|source| {
            ledger.saved_at = previous;
            SaveError::Io {
                path: self.path.clone(),
                source,
            }
        })
    }

    /// Recovers from an unreadable ledger: moves the damaged file aside (nothing is deleted)
    /// and, when `from_backup`, returns the backup's ledger, else an empty one. Afterwards the
    /// store writes normally. Refused while another window holds the ledger.
    pub fn recover(&mut self, from_backup: bool) -> Result<Ledger, RecoverError> {
        if self.lock.is_none() {
            self.lock = Some(LedgerLock::acquire(&self.path)?);
        }
        let ledger = if from_backup {
            let backup = backup_path(&self.path);
            load(&backup)?.ok_or(RecoverError::NoBackup)?
        } else {
            Ledger::new()
        };
        if self.path.exists() {
            let stamp = Local::now().format("%Y%m%d-%H%M%S");
            let mut name = self.path.file_name().unwrap_or_default().to_os_string();
            name.push(format!(".damaged-{stamp}"));
            let aside = self.path.with_file_name(name);
            fs::rename(&self.path, &aside).map_err(|source| RecoverError::MoveAside {
                path: self.path.clone(),
                source,
            })?;
        }
        self.blocked = None;
        Ok(ledger)
    }
}

/// Why recovery failed.
#[derive(Debug, thiserror::Error)]
pub enum RecoverError {
    #[error(transparent)]
    Lock(#[from] LockError),
    #[error("there is no backup to restore")]
    NoBackup,
    #[error("the backup cannot be read either: {0}")]
    Backup(#[from] LoadError),
    #[error("cannot move the damaged file {path} aside: {source}")]
    MoveAside {
        path: PathBuf,
        source: std::io::Error,
    },
}
