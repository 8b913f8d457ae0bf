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

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

pub use decode::{DecodeError, Document};
pub use extraction::{
    AmountFinding, Extraction, GoalFinding, ProjectFinding, SourceFormat, Span, TargetFinding,
    UNSURE_BELOW, UnitFinding, UnitKind, Warning, WarningKind, YearSource,
};
pub use lexicon::known::{KnownNames, KnownProject, KnownUnit};
pub use vocab::{AmountKind, Milestone, Qualifier, Status};

/// Files larger than this are refused before they are read.
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
    #[error(transparent)]
    Decode(#[from] DecodeError),
}

/// Reads and extracts one file. Files over [`MAX_FILE_BYTES`] are refused unread.
pub fn extract_file(path: &Path, options: &Options) -> Result<Extraction, ArticleError> {
    let io_error = |source| ArticleError::Io {
        path: path.to_path_buf(),
        source,
    };
    let size = std::fs::metadata(path).map_err(io_error)?.len();
    if size > MAX_FILE_BYTES {
        return Err(DecodeError::TooLarge {
            size,
            limit: MAX_FILE_BYTES,
        }
        .into());
    }
    let bytes = std::fs::read(path).map_err(io_error)?;
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
