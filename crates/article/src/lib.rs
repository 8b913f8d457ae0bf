//! Town Tracker's article engine: bytes of a local-news article in, an [`Extraction`] out.
//!
//! The pipeline runs one way: [`decode`] turns bytes (plain text in any common Chinese
//! encoding, saved HTML, .docx, Markdown) into a [`decode::Document`]; [`extract`] cleans its
//! text (pinyin annotations, full-width forms), works on a Simplified copy, and finds units,
//! projects, amounts, statuses, targets and goals, each with the span it came from.
//! Everything here is pure: no UI, no writes, and no panics on any input.

pub mod clean;
pub mod decode;
pub mod extract;
pub mod extraction;
pub mod gazetteer;
pub mod grammar;
pub mod layout;
pub mod lexicon;
pub mod recognise;
pub mod script;
pub mod vocab;

use std::io::Read;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

pub use decode::{DecodeError, Document};
pub use extraction::{
    AmountFinding, Extraction, GoalFinding, ProjectFinding, SourceFormat, Span, TargetFinding,
    UNSURE_BELOW, UnitFinding, UnitKind, Warning, WarningKind, YearSource,
};
pub use lexicon::known::{KnownNames, KnownProject, KnownUnit};
pub use vocab::{AmountKind, Milestone, Qualifier, Status};

/// Pays every one-time cost of the engine now: the automata of the word classes, the
/// Traditional → Simplified tables, the segmenter's dictionary with its tag model and the
/// gazetteer (a quarter of a second in all). Idempotent and cheap once done; the app calls it
/// on a thread of its own at start-up so that neither the window nor the first import waits.
pub fn warm_up() {
    lexicon::warm();
    lexicon::segment::warm();
    gazetteer::warm();
}

/// Files larger than this are refused: unread when their size says so, and cut off while
/// being read when they grow or state no size (as devices do).
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;

/// How to resolve the year of dates such as "3月底前" that do not state one.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Overrides whatever year the article states (the review window's correction).
    pub forced_year: Option<i32>,
    /// Used when the article states no year (`extract --year`).
    pub default_year: Option<i32>,
    /// The import date: the last resort for the year. `None` leaves such dates empty.
    pub import_date: Option<NaiveDate>,
    /// The ledger's own units and projects: an article that names one finds it.
    pub known: std::sync::Arc<KnownNames>,
}

/// Why an article could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ArticleError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{} is a {kind}, not a file that can be read as an article", .path.display())]
    NotAFile { path: PathBuf, kind: SpecialFile },
    #[error(transparent)]
    Decode(#[from] DecodeError),
}

/// What stands at a path that is not a regular file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SpecialFile {
    #[error("folder")]
    Folder,
    #[error("named pipe (FIFO)")]
    Fifo,
    #[error("socket")]
    Socket,
    #[error("device")]
    Device,
    #[error("special file")]
    Other,
}

impl SpecialFile {
    fn of(kind: std::fs::FileType) -> Self {
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if kind.is_fifo() {
                return SpecialFile::Fifo;
            }
            if kind.is_socket() {
                return SpecialFile::Socket;
            }
            if kind.is_char_device() || kind.is_block_device() {
                return SpecialFile::Device;
            }
        }
        if kind.is_dir() {
            SpecialFile::Folder
        } else {
            SpecialFile::Other
        }
    }
}

/// Reads and extracts one file. Only a regular file is read — a FIFO would block, a device
/// never ends — and no more of it than [`MAX_FILE_BYTES`] (a larger one is refused).
pub fn extract_file(path: &Path, options: &Options) -> Result<Extraction, ArticleError> {
    let io_error = |source| ArticleError::Io {
        path: path.to_path_buf(),
        source,
    };
    let metadata = std::fs::metadata(path).map_err(io_error)?;
    if !metadata.is_file() {
        return Err(ArticleError::NotAFile {
            path: path.to_path_buf(),
            kind: SpecialFile::of(metadata.file_type()),
        });
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(DecodeError::TooLarge {
            size: metadata.len(),
            limit: MAX_FILE_BYTES,
        }
        .into());
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|file| file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(io_error)?;
    let file_name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    extract_bytes(&bytes, &file_name, options)
}

/// Extracts an article held in memory; `file_name` gives the id and hints at the format.
pub fn extract_bytes(
    bytes: &[u8],
    file_name: &str,
    options: &Options,
) -> Result<Extraction, ArticleError> {
    let document = decode::decode(bytes, file_name)?;
    let id = Path::new(file_name)
        .file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(extract::extract_document(document, &id, options))
}

/// Extracts pasted text.
pub fn extract_text(text: &str, id: &str, options: &Options) -> Extraction {
    extract::extract_document(Document::from_text(text), id, options)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_regular_files_are_read() {
        let dir = std::env::temp_dir();
        assert!(matches!(
            extract_file(&dir, &Options::default()),
            Err(ArticleError::NotAFile {
                kind: SpecialFile::Folder,
                ..
            })
        ));
        #[cfg(unix)]
        assert!(matches!(
            extract_file(Path::new("/dev/zero"), &Options::default()),
            Err(ArticleError::NotAFile {
                kind: SpecialFile::Device,
                ..
            })
        ));
    }
}
