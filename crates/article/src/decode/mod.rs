//! Bytes to text: detects the container (plain text, HTML, .docx, Markdown) and the encoding,
//! and returns the article's text with its title and publish date when the container has them.
//!
//! The steps, each in its own module: `sniff` refuses what is not an article (images, PDFs,
//! other archives) and tells the containers apart; `encoding` turns bytes into text (BOM,
//! UTF-8, UTF-16, the page's declared charset, then a guess among the legacy encodings, with a
//! warning when the guess is shaky); `html`, `docx`, `markdown` and `plain` read each
//! container; `dateline` and `title` find the publish date and the headline; `boilerplate`
//! drops the menus and footers a pasted web page brings along; `tidy` evens out line breaks.

mod boilerplate;
pub mod dateline;
mod docx;
mod encoding;
mod html;
mod markdown;
mod plain;
mod sniff;
mod tidy;
mod title;

use std::fmt;

use chrono::NaiveDate;

use crate::MAX_FILE_BYTES;
use crate::extraction::{SourceFormat, Warning};

pub use sniff::BinaryKind;

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

/// Builds the decoder's automata (the page furniture's phrases) now, for [`crate::warm_up`].
pub(crate) fn warm() {
    std::sync::LazyLock::force(&boilerplate::COMMENT_PHRASE_MATCHER);
    std::sync::LazyLock::force(&boilerplate::FOOTER_MARKER_MATCHER);
    std::sync::LazyLock::force(&boilerplate::FOOTER_LABEL_MATCHER);
}

impl Document {
    /// Wraps text that is already decoded (pasted from the clipboard), without the lists of
    /// other stories a page shows after it ("新闻推荐").
    pub fn from_text(text: &str) -> Self {
        Document {
            text: boilerplate::strip_sidebars(text),
            encoding: "UTF-8".to_string(),
            ..Document::default()
        }
    }
}

/// Why bytes could not be turned into an article. The messages are shown to the user as they are.
#[derive(Debug, thiserror::Error)]
pub enum DecodeError {
    #[error("the file is empty")]
    Empty,
    #[error(
        "the file is {}, larger than the {} an article may be",
        Megabytes(*.size),
        Megabytes(*.limit)
    )]
    TooLarge { size: u64, limit: u64 },
    #[error("this file is {0}, not an article")]
    NotText(BinaryKind),
    #[error("this Word document (.docx) is damaged and cannot be opened: {reason}")]
    CorruptDocx { reason: String },
    #[error(
        "this Word document (.docx) unpacks to more than {}, too large for an article",
        Megabytes(*.limit)
    )]
    UnpacksTooLarge { limit: u64 },
    #[error(
        "the file's bytes do not read as text in any encoding this app knows \
         (it reads articles in UTF-8, UTF-16, GBK/GB18030 and Big5)"
    )]
    Undecodable,
}

/// A byte count shown in megabytes with one decimal ("20.0 MB").
struct Megabytes(u64);

impl fmt::Display for Megabytes {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        let megabytes = self.0 as f64 / (1024.0 * 1024.0);
        write!(formatter, "{megabytes:.1} MB")
    }
}

/// What one container reader found: the text and, where the container states them, the title
/// and the publish date.
#[derive(Debug, Clone, PartialEq, Default)]
struct Content {
    text: String,
    title: Option<String>,
    published: Option<NaiveDate>,
}

/// Decodes an article; `file_name` hints at the format by its extension.
pub fn decode(bytes: &[u8], file_name: &str) -> Result<Document, DecodeError> {
    let size = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if size > MAX_FILE_BYTES {
        return Err(DecodeError::TooLarge {
            size,
            limit: MAX_FILE_BYTES,
        });
    }
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    let hint = sniff::FormatHint::from_file_name(file_name);
    match sniff::container(bytes, hint)? {
        sniff::Container::Docx => Ok(finish(
            docx::read(bytes)?,
            SourceFormat::Docx,
            "UTF-8".to_string(),
            Vec::new(),
        )),
        sniff::Container::Text => decode_text_container(bytes, hint),
    }
}

/// Decodes a file that holds text (plain, HTML or Markdown) and reads it as its format.
fn decode_text_container(bytes: &[u8], hint: sniff::FormatHint) -> Result<Document, DecodeError> {
    let declared = if sniff::looks_like_html(bytes, hint) {
        html::declared_encoding(bytes)
    } else {
        None
    };
    let decoded = encoding::decode_text(bytes, declared)?;
    let format = sniff::text_format(&decoded.text, hint);
    let content = match format {
        SourceFormat::Html => html::read(&decoded.text),
        SourceFormat::Markdown => markdown::read(&decoded.text),
        SourceFormat::Text | SourceFormat::Docx => plain::read(&decoded.text),
    };
    Ok(finish(content, format, decoded.encoding, decoded.warnings))
}

/// Fills in what the container did not state: the title from the text's headline, the date
/// from its date line.
fn finish(
    content: Content,
    format: SourceFormat,
    encoding: String,
    warnings: Vec<Warning>,
) -> Document {
    let title = content.title.or_else(|| title::headline(&content.text));
    let published = content
        .published
        .or_else(|| dateline::find_dateline(&content.text));
    Document {
        text: content.text,
        title,
        published,
        encoding,
        format,
        warnings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_bytes_are_refused() {
        assert!(matches!(decode(b"", "a.txt"), Err(DecodeError::Empty)));
    }

    #[test]
    fn size_message_is_in_megabytes() {
        let error = DecodeError::TooLarge {
            size: 25 * 1024 * 1024 + 300 * 1024,
            limit: MAX_FILE_BYTES,
        };
        assert_eq!(
            error.to_string(),
            "the file is 25.3 MB, larger than the 20.0 MB an article may be"
        );
    }

    #[test]
    fn plain_text_gets_title_and_date() {
        let text = "柳湾镇抓项目促发展\n发布时间:2014-5-22\n正文第一段。\n";
        let document = decode(text.as_bytes(), "a.txt").expect("plain text decodes");
        assert_eq!(document.title.as_deref(), Some("柳湾镇抓项目促发展"));
        assert_eq!(document.published, NaiveDate::from_ymd_opt(2014, 5, 22));
        assert_eq!(document.encoding, "UTF-8");
        assert_eq!(document.format, SourceFormat::Text);
    }
}
