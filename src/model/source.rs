//! An imported article: what it was, when it was imported, and a fingerprint of its text so
//! that importing it again is recognised.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ids::SourceId;
use super::stamp::{RecordStamps, Stamped};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub id: SourceId,
    pub title: String,
    /// The file it came from; empty for pasted text.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub file_name: String,
    /// The article's own date, when it states one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<NaiveDate>,
    pub imported: NaiveDate,
    /// A hash of the cleaned text: the same article imported twice has the same fingerprint.
    pub fingerprint: String,
    /// The projects found in it that the user chose not to import, as found: a re-import
    /// offers them unticked.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skipped: Vec<String>,
    #[serde(default, skip_serializing_if = "RecordStamps::is_empty")]
    pub stamps: RecordStamps,
}

impl Stamped for Source {
    fn stamps(&self) -> &RecordStamps {
        &self.stamps
    }
    fn stamps_mut(&mut self) -> &mut RecordStamps {
        &mut self.stamps
    }
}
