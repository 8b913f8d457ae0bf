//! Crash-safe replacement of a file: the new contents go to a temporary file in the same
//! directory, are flushed to disk, and are renamed over the old file; the old file is kept as
//! a backup first. A crash at any moment leaves the old file or the new one, never a mix. The
//! new file gets the old one's permissions (a new file, the usual ones for the user's umask).

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The backup kept beside a file (`ledger.ron.bak`).
pub fn backup_path(path: &Path) -> PathBuf {
    sibling(path, ".bak")
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

fn temp_prefix(path: &Path) -> String {
    format!(
        ".{}.",
        path.file_name().unwrap_or_default().to_string_lossy()
    )
}

const TEMP_SUFFIX: &str = ".tmp";

/// Replaces `path` with `contents`, keeping the previous contents in [`backup_path`].
pub fn write_atomically(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    let dir = parent_dir(path);
    fs::create_dir_all(dir)?;
    let previous = fs::metadata(path)
        .ok()
        .map(|metadata| metadata.permissions());
    let prefix = temp_prefix(path);
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(TEMP_SUFFIX);
    create_with_mode(&mut builder, previous.as_ref());
    let mut temp = builder.tempfile_in(dir)?;
    if let Some(previous) = previous {
        temp.as_file().set_permissions(previous)?;
    }
    temp.write_all(contents)?;
    temp.as_file().sync_all()?;
    if path.exists() {
        keep_backup(path)?;
    }
    temp.persist(path).map_err(|error| error.error)?;
    sync_dir(dir)
}

/// A temporary file that will become the ledger is created with the old file's mode (or, for
/// a new file, `0666` less the umask, as any program's new file) instead of tempfile's `0600`.
#[cfg(unix)]
fn create_with_mode(builder: &mut tempfile::Builder<'_, '_>, previous: Option<&fs::Permissions>) {
    use std::os::unix::fs::PermissionsExt;
    let permissions = previous
        .cloned()
        .unwrap_or_else(|| fs::Permissions::from_mode(0o666));
    builder.permissions(permissions);
}

#[cfg(not(unix))]
fn create_with_mode(_builder: &mut tempfile::Builder<'_, '_>, _previous: Option<&fs::Permissions>) {
}

/// Links (or, where links are not possible, copies) the current file to the backup name,
/// replacing the old backup atomically.
fn keep_backup(path: &Path) -> std::io::Result<()> {
    let backup = backup_path(path);
    let staging = sibling(path, ".bak.new");
    let _ = fs::remove_file(&staging);
    if fs::hard_link(path, &staging).is_err() {
        fs::copy(path, &staging)?;
    }
    fs::rename(&staging, &backup)
}

/// Checks that the folder of `path` takes new files, by creating (and removing) a temporary
/// file named like a save's. A folder that does not exist yet is left to be created by the
/// first save. Fails with the folder and the reason.
pub fn probe_folder(path: &Path) -> Result<(), (PathBuf, std::io::Error)> {
    let dir = parent_dir(path);
    if !dir.is_dir() {
        return Ok(());
    }
    let prefix = temp_prefix(path);
    tempfile::Builder::new()
        .prefix(&prefix)
        .suffix(TEMP_SUFFIX)
        .tempfile_in(dir)
        .map(drop)
        .map_err(|error| (dir.to_path_buf(), error))
}

/// Removes temporary files a killed writer left behind. Call only while holding the lock.
pub fn remove_stale_temps(path: &Path) {
    let prefix = temp_prefix(path);
    let Ok(entries) = fs::read_dir(parent_dir(path)) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(&prefix) && name.ends_with(TEMP_SUFFIX) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    fs::File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> std::io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_and_keeps_the_previous_version() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ledger.ron");
        write_atomically(&path, b"one").unwrap();
        assert!(!backup_path(&path).exists());
        write_atomically(&path, b"two").unwrap();
        write_atomically(&path, b"three").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"three");
        assert_eq!(fs::read(backup_path(&path)).unwrap(), b"two");
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        assert_eq!(names.len(), 2, "no temporary files left: {names:?}");
    }

    #[cfg(unix)]
    #[test]
    fn the_file_keeps_its_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ledger.ron");
        let mode = |path: &Path| fs::metadata(path).unwrap().permissions().mode() & 0o777;
        write_atomically(&path, b"one").unwrap();
        for kept in [0o644, 0o664, 0o640] {
            fs::set_permissions(&path, fs::Permissions::from_mode(kept)).unwrap();
            write_atomically(&path, b"two").unwrap();
            assert_eq!(mode(&path), kept);
        }
    }

    #[test]
    fn stale_temporaries_are_cleared() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ledger.ron");
        fs::write(dir.path().join(".ledger.ron.abc123.tmp"), b"half").unwrap();
        fs::write(dir.path().join("notes.txt"), b"mine").unwrap();
        remove_stale_temps(&path);
        assert!(!dir.path().join(".ledger.ron.abc123.tmp").exists());
        assert!(dir.path().join("notes.txt").exists());
    }
}
