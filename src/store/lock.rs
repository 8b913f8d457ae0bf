//! One writer per ledger: an exclusive lock on a sidecar file (`ledger.ron.lock`) held for as
//! long as a window has the ledger open. The ledger itself is replaced on every save, so the
//! lock cannot live on it.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

/// A held lock; dropping it releases the ledger for others.
#[derive(Debug)]
pub struct LedgerLock {
    _file: File,
    path: PathBuf,
}

/// Why the lock could not be taken.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error("another Town Tracker window has this ledger open")]
    HeldElsewhere,
    #[error("cannot create the lock file {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// The sidecar lock file of a ledger path.
pub fn lock_path(ledger: &Path) -> PathBuf {
    let mut name = ledger.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    ledger.with_file_name(name)
}

impl LedgerLock {
    /// Takes the lock without waiting.
    pub fn acquire(ledger: &Path) -> Result<Self, LockError> {
        let path = lock_path(ledger);
        let io_error = |source| LockError::Io {
            path: path.clone(),
            source,
        };
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(io_error)?;
        match file.try_lock() {
            Ok(()) => Ok(LedgerLock { _file: file, path }),
            Err(TryLockError::WouldBlock) => Err(LockError::HeldElsewhere),
            Err(TryLockError::Error(source)) => Err(io_error(source)),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_holder_is_refused_until_the_first_lets_go() {
        let dir = tempfile::tempdir().unwrap();
        let ledger = dir.path().join("ledger.ron");
        let first = LedgerLock::acquire(&ledger).unwrap();
        assert_eq!(first.path(), dir.path().join("ledger.ron.lock"));
        assert!(matches!(
            LedgerLock::acquire(&ledger),
            Err(LockError::HeldElsewhere)
        ));
        drop(first);
        LedgerLock::acquire(&ledger).unwrap();
    }
}
