//! A problem with the ledger file, as the banner shows it.

/// Why the ledger is read-only or could not be read, and which ways on exist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub message: String,
    /// The file's content is damaged: restoring the backup or starting afresh are offered.
    pub unreadable: bool,
    pub backup_available: bool,
    /// A workspace whose office is not chosen yet: choosing it is the way on.
    pub choose_office: bool,
}
