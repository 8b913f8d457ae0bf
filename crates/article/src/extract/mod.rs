//! Text to findings: cleans the decoded text and recognises units, projects, amounts,
//! statuses, targets and goals.

use crate::Options;
use crate::decode::Document;
use crate::extraction::Extraction;

/// Extracts everything from a decoded document.
pub fn extract_document(document: Document, id: &str, _options: &Options) -> Extraction {
    Extraction {
        id: id.to_string(),
        title: document.title,
        published: document.published,
        encoding: document.encoding,
        format: document.format,
        warnings: document.warnings,
        text: document.text,
        ..Extraction::default()
    }
}
