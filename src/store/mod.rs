//! The ledger on disk: where it lives, opening it (with a lock so two windows cannot both
//! write it), saving it crash-safely with a backup, and recovering when it cannot be read.
//! Opening never fails outright: a problem leaves the store read-only and says why, so the app
//! can start, explain, and offer the backup without writing over anything.
//!
//! A ledger opened through a symbolic link is the link's target: it is locked, backed up and
//! saved there, and the link stays. A save writes only when the ledger changed, and keeps the
//! file's permissions. The store stays read-only when the file is read-only (or not ours to
//! write), when its folder takes no new files, and when the file holds fields this version
//! does not know — saving would drop them.

pub mod atomic;
pub mod format;
mod link;
pub mod locate;
pub mod lock;
pub mod machine;
mod migrate;
pub mod read;

use std::fs::{self, OpenOptions};
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use chrono::Local;

use crate::model::Ledger;
use atomic::{backup_path, probe_folder, remove_stale_temps, write_atomically};
pub use format::{FormatError, Parsed, UnknownField};
use lock::{LedgerLock, LockError};
use read::{FileKind, MAX_LEDGER_BYTES, ReadError, read_regular};

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
    #[error("{path} is not a regular file ({kind:?})")]
    NotAFile { path: PathBuf, kind: FileKind },
    #[error("{path} is larger than the {limit} bytes a ledger may be")]
    TooLarge { path: PathBuf, limit: u64 },
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
    #[error("{path} has fields this version does not know ({}); saving would drop them", names(.fields))]
    UnknownFields {
        path: PathBuf,
        fields: Vec<UnknownField>,
    },
    #[error("{path} is read-only")]
    ReadOnlyFile { path: PathBuf },
    #[error("{folder} is a workspace and this machine's office is not chosen yet")]
    NoOffice { folder: PathBuf },
    #[error("the folder {path} takes no new files: {source}")]
    ReadOnlyFolder {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl Blocked {
    /// The file's content cannot be read as a ledger of any version: restoring the backup or
    /// starting afresh (the damaged file moved aside) are the ways on.
    pub fn is_damaged(&self) -> bool {
        matches!(
            self,
            Blocked::Load(LoadError::Format { source, .. })
                if !matches!(source, FormatError::TooNew { .. })
        )
    }
}

fn names(fields: &[UnknownField]) -> String {
    fields
        .iter()
        .map(|field| field.path.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Why a save failed.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("{path} is open read-only")]
    ReadOnly { path: PathBuf },
    #[error("cannot write {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// What a successful save did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    Written,
    /// The ledger is what the file already holds: nothing was written, the backup kept.
    Unchanged,
}

/// Reads a ledger file (following links). A missing file is `Ok(None)`: a ledger not yet
/// saved. Only a regular file is read, and at most [`MAX_LEDGER_BYTES`] of it.
pub fn load(path: &Path) -> Result<Option<Parsed>, LoadError> {
    let bytes = match read_regular(path, MAX_LEDGER_BYTES) {
        Ok(Some(bytes)) => bytes,
        Ok(None) => return Ok(None),
        Err(error) => {
            let path = path.to_path_buf();
            return Err(match error {
                ReadError::NotAFile(kind) => LoadError::NotAFile { path, kind },
                ReadError::TooLarge { limit } => LoadError::TooLarge { path, limit },
                ReadError::Io(source) => LoadError::Unreadable { path, source },
            });
        }
    };
    format::from_bytes(&bytes)
        .map(Some)
        .map_err(|source| LoadError::Format {
            path: path.to_path_buf(),
            source,
        })
}

/// An open ledger file.
#[derive(Debug)]
pub struct LedgerStore {
    /// The path as it was given (shown to the user).
    path: PathBuf,
    /// The real file, links followed: what is locked, backed up and written.
    file: PathBuf,
    lock: Option<LedgerLock>,
    blocked: Option<Blocked>,
    /// The ledger as the file holds it, so a save that would change nothing writes nothing.
    on_disk: Option<Ledger>,
    /// The file's modification time and length when it was last read or written, to tell a
    /// change made by someone else (a sync engine bringing another machine's save).
    seen: Option<FileStamp>,
}

/// A file's modification time and length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FileStamp {
    modified: std::time::SystemTime,
    len: u64,
}

impl FileStamp {
    fn of(file: &Path) -> Option<FileStamp> {
        let metadata = fs::metadata(file).ok()?;
        Some(FileStamp {
            modified: metadata.modified().ok()?,
            len: metadata.len(),
        })
    }
}

/// What opening a path gave: the store and the ledger to show.
#[derive(Debug)]
pub struct Opened {
    pub store: LedgerStore,
    pub ledger: Ledger,
}

impl LedgerStore {
    /// Opens a ledger. Never fails: when the file is locked by another window, read-only, in
    /// a folder that takes no files, or holds fields this version does not know, it is shown
    /// read-only; when it cannot be read, an empty ledger is shown and nothing is written
    /// until the user chooses what to do ([`LedgerStore::blocked`] says why).
    pub fn open(path: &Path) -> Opened {
        let file = link::real_file(path);
        let lock = LedgerLock::acquire(&file);
        if lock.is_ok() {
            remove_stale_temps(&file);
        }
        let mut migrated = false;
        let (ledger, created, problem) = match load(&file) {
            Ok(Some(parsed)) if parsed.unknown_fields.is_empty() => {
                migrated = parsed.migrated_from.is_some();
                (parsed.ledger, false, None)
            }
            Ok(Some(parsed)) => {
                let unknown = Blocked::UnknownFields {
                    path: path.to_path_buf(),
                    fields: parsed.unknown_fields,
                };
                (parsed.ledger, false, Some(unknown))
            }
            Ok(None) => (Ledger::new(), true, None),
            Err(error) => (Ledger::new(), false, Some(Blocked::Load(error))),
        };
        let problem = problem.or_else(|| check_writable(path, &file, created).err());
        let (lock, blocked) = match lock {
            Ok(lock) => (Some(lock), problem),
            Err(error) => (None, problem.or(Some(Blocked::Lock(error)))),
        };
        let on_disk = (!created && !migrated && blocked.is_none()).then(|| ledger.clone());
        let seen = FileStamp::of(&file);
        Opened {
            store: LedgerStore {
                path: path.to_path_buf(),
                file,
                lock,
                blocked,
                on_disk,
                seen,
            },
            ledger,
        }
    }

    /// A workspace folder before this machine's office is chosen: nothing to write, an empty
    /// ledger of its own.
    pub fn no_office(folder: &Path) -> Opened {
        Opened {
            store: LedgerStore {
                path: folder.to_path_buf(),
                file: folder.to_path_buf(),
                lock: None,
                blocked: Some(Blocked::NoOffice {
                    folder: folder.to_path_buf(),
                }),
                on_disk: None,
                seen: None,
            },
            ledger: Ledger::new(),
        }
    }

    /// The path as it was opened.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The real file behind [`LedgerStore::path`] (the same path unless it is a link).
    pub fn file(&self) -> &Path {
        &self.file
    }

    /// Why saving is refused, if it is.
    pub fn blocked(&self) -> Option<&Blocked> {
        self.blocked.as_ref()
    }

    /// The store, when it writes; else why it will not.
    pub fn into_writable(self) -> Result<LedgerStore, Blocked> {
        match self.blocked {
            Some(blocked) => Err(blocked),
            None => Ok(self),
        }
    }

    pub fn is_writable(&self) -> bool {
        self.blocked.is_none() && self.lock.is_some()
    }

    /// The backup file, if there is one.
    pub fn backup(&self) -> Option<PathBuf> {
        let backup = backup_path(&self.file);
        backup.exists().then_some(backup)
    }

    /// Writes the ledger (stamping `saved_at`), crash-safely, keeping the previous file as the
    /// backup — unless the file already holds this ledger, when nothing is touched.
    pub fn save(&mut self, ledger: &mut Ledger) -> Result<Saved, SaveError> {
        if !self.is_writable() {
            return Err(SaveError::ReadOnly {
                path: self.path.clone(),
            });
        }
        if self.on_disk.as_ref() == Some(&*ledger) {
            return Ok(Saved::Unchanged);
        }
        let previous = ledger.saved_at;
        ledger.saved_at = Some(Local::now().naive_local());
        let text = format::to_ron(ledger);
        match write_atomically(&self.file, text.as_bytes()) {
            Ok(()) => {
                self.on_disk = Some(ledger.clone());
                self.seen = FileStamp::of(&self.file);
                Ok(Saved::Written)
            }
            Err(source) => {
                ledger.saved_at = previous;
                Err(SaveError::Io {
                    path: self.path.clone(),
                    source,
                })
            }
        }
    }

    /// The ledger the file holds now, when someone else changed the file since this store last
    /// read or wrote it (a sync engine bringing another machine's save) and it differs from what
    /// this store wrote; `None` when it did not change, went away, or the store does not write
    /// (a version saved by a newer Town Tracker, with fields this one does not know, makes the
    /// store read-only).
    /// From then on the store takes that version as what the file holds, so the next save
    /// writes over it only with a ledger that differs from it — the caller merges the two first.
    pub fn changed_on_disk(&mut self) -> Result<Option<Ledger>, LoadError> {
        if !self.is_writable() {
            return Ok(None);
        }
        let now = FileStamp::of(&self.file);
        if now.is_none() || now == self.seen {
            return Ok(None);
        }
        let Some(parsed) = load(&self.file)? else {
            return Ok(None);
        };
        self.seen = now;
        if !parsed.unknown_fields.is_empty() {
            // A newer version saved it: writing over it would drop what it knows.
            self.blocked = Some(Blocked::UnknownFields {
                path: self.path.clone(),
                fields: parsed.unknown_fields,
            });
            return Ok(None);
        }
        if self.on_disk.as_ref() == Some(&parsed.ledger) {
            return Ok(None);
        }
        self.on_disk = Some(parsed.ledger.clone());
        Ok(Some(parsed.ledger))
    }

    /// Recovers from an unreadable ledger: moves the damaged file aside (nothing is deleted)
    /// and, when `from_backup`, returns the backup's ledger, else an empty one. Afterwards the
    /// store writes normally. Refused while another window holds the ledger, and when the
    /// backup holds fields this version does not know.
    pub fn recover(&mut self, from_backup: bool) -> Result<Ledger, RecoverError> {
        if self.lock.is_none() {
            self.lock = Some(LedgerLock::acquire(&self.file)?);
        }
        let ledger = if from_backup {
            let backup = load(&backup_path(&self.file))?.ok_or(RecoverError::NoBackup)?;
            if !backup.unknown_fields.is_empty() {
                return Err(RecoverError::BackupUnknownFields(backup.unknown_fields));
            }
            backup.ledger
        } else {
            Ledger::new()
        };
        if fs::symlink_metadata(&self.file).is_ok() {
            let stamp = Local::now().format("%Y%m%d-%H%M%S");
            let mut name = self.file.file_name().unwrap_or_default().to_os_string();
            name.push(format!(".damaged-{stamp}"));
            let aside = self.file.with_file_name(name);
            fs::rename(&self.file, &aside).map_err(|source| RecoverError::MoveAside {
                path: self.file.clone(),
                source,
            })?;
        }
        self.blocked = None;
        self.on_disk = None;
        Ok(ledger)
    }
}

/// May this process replace the file at `file` (opened as `path`)? A file without write
/// permission, or one we may not open for writing (another user's), is read-only even where
/// its folder would let a rename replace it; a folder that takes no new files cannot hold a
/// save's temporary file.
fn check_writable(path: &Path, file: &Path, created: bool) -> Result<(), Blocked> {
    if !created {
        let read_only = || Blocked::ReadOnlyFile {
            path: path.to_path_buf(),
        };
        if fs::metadata(file).is_ok_and(|m| m.permissions().readonly()) {
            return Err(read_only());
        }
        match OpenOptions::new().append(true).open(file) {
            Err(error)
                if matches!(
                    error.kind(),
                    ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem
                ) =>
            {
                return Err(read_only());
            }
            _ => {}
        }
    }
    probe_folder(file).map_err(|(folder, source)| Blocked::ReadOnlyFolder {
        path: folder,
        source,
    })
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
    #[error("the backup has fields this version does not know ({}); restoring it would drop them", names(.0))]
    BackupUnknownFields(Vec<UnknownField>),
    #[error("cannot move the damaged file {path} aside: {source}")]
    MoveAside {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Why "save as" failed.
#[derive(Debug, thiserror::Error)]
pub enum SaveAsError {
    #[error("cannot save to {path}: {blocked}")]
    Target {
        path: PathBuf,
        blocked: Box<Blocked>,
    },
    #[error(transparent)]
    Save(#[from] SaveError),
}
