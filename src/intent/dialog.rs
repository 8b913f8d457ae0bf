//! What a file dialog is asked for and what it answers: the app sends the request, the
//! native dialog or the in-window file browser answers.

use std::path::PathBuf;

/// What a file is being chosen for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogPurpose {
    OpenLedger,
    /// A workspace: a folder, not a file.
    OpenWorkspace,
    NewLedger,
    SaveLedgerAs,
    ImportArticle,
    ImportSheet,
    ExportCsv,
    ExportXlsx,
    WriteReport,
    SendLedger,
    ReceiveSubmission,
}

impl DialogPurpose {
    /// Choosing a place to write (true) rather than an existing file to read.
    pub fn is_save(self) -> bool {
        matches!(
            self,
            DialogPurpose::NewLedger
                | DialogPurpose::SaveLedgerAs
                | DialogPurpose::ExportCsv
                | DialogPurpose::ExportXlsx
                | DialogPurpose::WriteReport
                | DialogPurpose::SendLedger
        )
    }

    /// A folder is chosen rather than a file.
    pub fn is_folder(self) -> bool {
        self == DialogPurpose::OpenWorkspace
    }

    /// Several files may be chosen at once.
    pub fn allows_many(self) -> bool {
        matches!(
            self,
            DialogPurpose::ImportArticle | DialogPurpose::ReceiveSubmission
        )
    }

    /// The file extensions offered by default (without the dot).
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            DialogPurpose::ImportArticle => &["txt", "htm", "html", "docx", "md"],
            DialogPurpose::ImportSheet => &["xlsx", "xls", "ods", "csv"],
            DialogPurpose::ExportCsv => &["csv"],
            DialogPurpose::ExportXlsx => &["xlsx"],
            DialogPurpose::WriteReport => &["docx"],
            DialogPurpose::OpenLedger
            | DialogPurpose::OpenWorkspace
            | DialogPurpose::NewLedger
            | DialogPurpose::SaveLedgerAs
            | DialogPurpose::SendLedger
            | DialogPurpose::ReceiveSubmission => &["ron"],
        }
    }
}

/// A request for a file dialog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DialogRequest {
    pub purpose: DialogPurpose,
    pub title: String,
    pub start_dir: Option<PathBuf>,
    /// Suggested file name when saving.
    pub file_name: Option<String>,
    /// The filter's name ("文章", "台账").
    pub filter_name: String,
    /// The name of the "all files" filter.
    pub all_files_name: String,
}

/// What came back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DialogAnswer {
    Picked(Vec<PathBuf>),
    Cancelled,
    /// No native dialog could be shown.
    Unavailable,
}
