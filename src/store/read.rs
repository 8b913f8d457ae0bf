//! Reading a ledger file whole — but only a regular file, and only up to a limit: a FIFO
//! would block the reader forever, a device such as `/dev/zero` never ends, and a file can
//! grow while it is read, so the limit is enforced on the bytes read, not on the size stated.

use std::fs::{self, File};
use std::io::{ErrorKind, Read};
use std::path::Path;

/// A ledger file larger than this is refused (a 10,000-project ledger is about 5 MB).
pub const MAX_LEDGER_BYTES: u64 = 256 * 1024 * 1024;

/// What stands at a path when it is not a regular file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Directory,
    Fifo,
    Socket,
    Device,
    Other,
}

/// Why a file was not read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("it is not a regular file but a {0:?}")]
    NotAFile(FileKind),
    #[error("it is larger than {limit} bytes")]
    TooLarge { limit: u64 },
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// The bytes of the regular file at `path` (links followed), or `Ok(None)` when nothing is
/// there.
pub fn read_regular(path: &Path, limit: u64) -> Result<Option<Vec<u8>>, ReadError> {
    let metadata = match fs::metadata(path) {
        Ok(metadata) => metadata,
        Err(error) if error.kind() == ErrorKind::NotFound => return Ok(None),
        Err(error) => return Err(error.into()),
    };
    check_regular(&metadata)?;
    if metadata.len() > limit {
        return Err(ReadError::TooLarge { limit });
    }
    let file = File::open(path)?;
    check_regular(&file.metadata()?)?;
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if u64::try_from(bytes.len()).unwrap_or(u64::MAX) > limit {
        return Err(ReadError::TooLarge { limit });
    }
    Ok(Some(bytes))
}

fn check_regular(metadata: &fs::Metadata) -> Result<(), ReadError> {
    let kind = metadata.file_type();
    if kind.is_file() {
        return Ok(());
    }
    Err(ReadError::NotAFile(if kind.is_dir() {
        FileKind::Directory
    } else {
        special_kind(&kind)
    }))
}

#[cfg(unix)]
fn special_kind(kind: &fs::FileType) -> FileKind {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_fifo() {
        FileKind::Fifo
    } else if kind.is_socket() {
        FileKind::Socket
    } else if kind.is_char_device() || kind.is_block_device() {
        FileKind::Device
    } else {
        FileKind::Other
    }
}

#[cfg(not(unix))]
fn special_kind(_kind: &fs::FileType) -> FileKind {
    FileKind::Other
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_regular_files_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("ledger.ron");
        fs::write(&file, b"(schema_version: 1)").unwrap();
        assert_eq!(
            read_regular(&file, 100).unwrap().unwrap(),
            b"(schema_version: 1)"
        );
        assert!(
            read_regular(&dir.path().join("none"), 100)
                .unwrap()
                .is_none()
        );
        assert!(matches!(
            read_regular(dir.path(), 100),
            Err(ReadError::NotAFile(FileKind::Directory))
        ));
        assert!(matches!(
            read_regular(&file, 5),
            Err(ReadError::TooLarge { limit: 5 })
        ));
    }

    #[cfg(unix)]
    #[test]
    fn devices_are_refused_unread() {
        assert!(matches!(
            read_regular(Path::new("/dev/zero"), 100),
            Err(ReadError::NotAFile(FileKind::Device))
        ));
    }
}
