//! What can go wrong reading a 推进表, each with what the user needs to know.

use std::path::PathBuf;

use crate::kind::SheetKind;

/// Why a spreadsheet could not be read.
#[derive(Debug, thiserror::Error)]
pub enum SheetError {
    /// The file itself could not be opened or read.
    #[error("cannot read the file {path}: {source}")]
    Io {
        /// The file asked for.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// The file's extension names no format this crate reads.
    #[error(
        "the file type “{extension}” is not a spreadsheet this reader knows (xlsx, xlsm, xlsb, xls, ods, csv)"
    )]
    UnsupportedFormat {
        /// The extension as written, empty when the file has none.
        extension: String,
    },
    /// The bytes are not a readable workbook or text table of the kind expected.
    #[error("the {kind} file is damaged or not really a {kind} file: {detail}")]
    Unreadable {
        /// The format the bytes were read as.
        kind: SheetKind,
        /// What the underlying reader said.
        detail: String,
    },
    /// No worksheet has a header row naming a project column (项目名称).
    #[error(
        "none of the {worksheets} worksheet(s) has a header row with a project name column (项目名称)"
    )]
    NoHeader {
        /// How many worksheets were searched.
        worksheets: usize,
    },
    /// A re-mapping named a column the sheet does not have.
    #[error("column {index} does not exist: the sheet has {columns} column(s)")]
    NoSuchColumn {
        /// The column asked for (0-based).
        index: usize,
        /// How many columns the sheet has.
        columns: usize,
    },
}
