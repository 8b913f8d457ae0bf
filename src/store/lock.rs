//! One writer per ledger: an exclusive advisory lock on a sidecar file (`ledger.ron.lock`)
//! held for as long as a window has the ledger open. The ledger itself is replaced on every
//! save, so the lock cannot live on it.
//!
//! The sidecar is never what blocks: a lock file someone else left behind (in a shared folder,
//! owned by another user and not writable for us) is opened read-only and locked all the same,
//! since an advisory lock needs no write access. Only a lock really held stops a second writer;
//! the holder writes who it is (user, machine, process, since when) into the sidecar when it
//! may, so the one refused can be told, and clears it when it lets go. A sidecar this app
//! creates is made writable for the group, so colleagues sharing a folder can leave their name.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{ErrorKind, Read, Write};
use std::path::{Path, PathBuf};

use chrono::Local;

/// A held lock; dropping it releases the ledger for others.
#[derive(Debug)]
pub struct LedgerLock {
    file: File,
    path: PathBuf,
    /// The sidecar could be opened for writing, so it names us.
    signed: bool,
}

/// Who holds a lock, as far as the sidecar says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Holder {
    pub user: Option<String>,
    pub host: Option<String>,
    pub pid: Option<u32>,
    /// When the holder took the lock, as it wrote it (`2025-04-15 09:30`).
    pub since: Option<String>,
}

/// Why the lock could not be taken.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error("another Town Tracker window has this ledger open (lock file {})", .path.display())]
    HeldElsewhere { path: PathBuf, holder: Holder },
    #[error("cannot use the lock file {}: {source}", .path.display())]
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
        let (file, writable) = open_sidecar(&path).map_err(io_error)?;
        match file.try_lock() {
            Ok(()) => {
                let mut lock = LedgerLock {
                    file,
                    path,
                    signed: writable,
                };
                lock.sign();
                Ok(lock)
            }
            Err(TryLockError::WouldBlock) => Err(LockError::HeldElsewhere {
                holder: read_holder(&path),
                path,
            }),
            Err(TryLockError::Error(source)) => Err(io_error(source)),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Writes who holds the lock into the sidecar; a sidecar that refuses stays unsigned.
    fn sign(&mut self) {
        if !self.signed {
            return;
        }
        let me = Holder {
            user: current_user(),
            host: gethostname::gethostname().into_string().ok(),
            pid: Some(std::process::id()),
            since: Some(Local::now().format("%Y-%m-%d %H:%M").to_string()),
        };
        let written = self
            .file
            .set_len(0)
            .and_then(|()| self.file.write_all(me.to_text().as_bytes()));
        self.signed = written.is_ok();
    }
}

impl Drop for LedgerLock {
    fn drop(&mut self) {
        if self.signed {
            // Unsigned before the lock goes, so a stale name never outlives its holder.
            let _ = self.file.set_len(0);
        }
    }
}

/// Opens the sidecar, creating it (group-writable) when it is missing; one that may not be
/// written is opened read-only, which is enough to lock it.
fn open_sidecar(path: &Path) -> std::io::Result<(File, bool)> {
    match OpenOptions::new().write(true).create_new(true).open(path) {
        Ok(file) => {
            share_with_group(&file);
            return Ok((file, true));
        }
        Err(error) if error.kind() == ErrorKind::AlreadyExists => {}
        Err(error) => return Err(error),
    }
    match OpenOptions::new().read(true).write(true).open(path) {
        Ok(file) => Ok((file, true)),
        Err(error) if error.kind() == ErrorKind::PermissionDenied => {
            File::open(path).map(|file| (file, false))
        }
        Err(error) => Err(error),
    }
}

#[cfg(unix)]
fn share_with_group(file: &File) {
    use std::os::unix::fs::PermissionsExt;
    if let Ok(metadata) = file.metadata() {
        let mode = metadata.permissions().mode() | 0o060;
        let _ = file.set_permissions(std::fs::Permissions::from_mode(mode));
    }
}

#[cfg(not(unix))]
fn share_with_group(_file: &File) {}

/// The login name: from the environment, else (on Linux) the password file's entry for the
/// owner of this process.
fn current_user() -> Option<String> {
    ["USER", "LOGNAME", "USERNAME"]
        .iter()
        .find_map(|name| std::env::var(name).ok().filter(|user| !user.is_empty()))
        .or_else(user_of_this_process)
}

#[cfg(target_os = "linux")]
fn user_of_this_process() -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let uid = std::fs::metadata("/proc/self").ok()?.uid().to_string();
    let passwd = std::fs::read_to_string("/etc/passwd").ok()?;
    passwd.lines().find_map(|line| {
        let mut fields = line.split(':');
        let name = fields.next()?;
        (fields.nth(1)? == uid).then(|| name.to_string())
    })
}

#[cfg(not(target_os = "linux"))]
fn user_of_this_process() -> Option<String> {
    None
}

/// What the sidecar says about its holder (nothing, when it is empty or unreadable).
pub fn read_holder(path: &Path) -> Holder {
    let mut text = String::new();
    let limited = File::open(path).and_then(|file| file.take(4096).read_to_string(&mut text));
    if limited.is_err() {
        return Holder::default();
    }
    Holder::from_text(&text)
}

impl Holder {
    fn to_text(&self) -> String {
        let mut text = String::new();
        let fields = [
            ("user", self.user.clone()),
            ("host", self.host.clone()),
            ("pid", self.pid.map(|pid| pid.to_string())),
            ("since", self.since.clone()),
        ];
        for (key, value) in fields {
            if let Some(value) = value {
                text.push_str(&format!("{key}: {value}\n"));
            }
        }
        text
    }

    fn from_text(text: &str) -> Self {
        let mut holder = Holder::default();
        for line in text.lines() {
            let Some((key, value)) = line.split_once(':') else {
                continue;
            };
            let value = Some(value.trim().to_string()).filter(|v| !v.is_empty());
            match key.trim() {
                "user" => holder.user = value,
                "host" => holder.host = value,
                "pid" => holder.pid = value.and_then(|v| v.parse().ok()),
                "since" => holder.since = value,
                _ => {}
            }
        }
        holder
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_holder_is_refused_and_told_who_holds_it() {
        let dir = tempfile::tempdir().unwrap();
        let ledger = dir.path().join("ledger.ron");
        let first = LedgerLock::acquire(&ledger).unwrap();
        assert_eq!(first.path(), dir.path().join("ledger.ron.lock"));
        match LedgerLock::acquire(&ledger) {
            Err(LockError::HeldElsewhere { path, holder }) => {
                assert_eq!(path, dir.path().join("ledger.ron.lock"));
                assert_eq!(holder.pid, Some(std::process::id()));
                assert_eq!(holder.user, current_user());
                assert!(holder.host.is_some());
                assert!(holder.user.is_some() || !cfg!(target_os = "linux"));
            }
            other => panic!("expected a held lock, got {other:?}"),
        }
        drop(first);
        assert_eq!(read_holder(&lock_path(&ledger)), Holder::default());
        LedgerLock::acquire(&ledger).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn a_new_sidecar_is_writable_for_the_group() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let ledger = dir.path().join("ledger.ron");
        let _lock = LedgerLock::acquire(&ledger).unwrap();
        let mode = std::fs::metadata(lock_path(&ledger))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o060, 0o060, "{mode:o}");
    }

    #[test]
    fn holders_round_trip_through_the_sidecar_text() {
        let holder = Holder {
            user: Some("王芳".into()),
            host: Some("jingfa-pc".into()),
            pid: Some(42),
            since: Some("2025-04-15 09:30".into()),
        };
        assert_eq!(Holder::from_text(&holder.to_text()), holder);
        assert_eq!(Holder::from_text("garbage"), Holder::default());
    }
}
