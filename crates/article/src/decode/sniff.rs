//! What kind of file the bytes are. Refuses what is not an article (images, PDFs, other
//! archives, old Office files, programs) by its leading bytes, and tells plain text, HTML,
//! Markdown and .docx apart by their content, with the file extension as a hint.

use std::fmt;
use std::path::Path;

use super::DecodeError;
use crate::extraction::SourceFormat;

/// How many leading bytes are looked at to decide whether text is HTML.
const HTML_SNIFF_BYTES: usize = 8 * 1024;

/// What the file extension suggests; the content has the last word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormatHint {
    Text,
    Html,
    Markdown,
    Docx,
    Unknown,
}

impl FormatHint {
    pub fn from_file_name(file_name: &str) -> Self {
        let extension = Path::new(file_name)
            .extension()
            .and_then(|extension| extension.to_str())
            .map(str::to_ascii_lowercase);
        match extension.as_deref() {
            Some("txt" | "text") => FormatHint::Text,
            Some("htm" | "html" | "xhtml" | "shtml" | "shtm" | "asp" | "aspx" | "php" | "jsp") => {
                FormatHint::Html
            }
            Some("md" | "markdown" | "mdown" | "mkd" | "mkdn" | "mdwn") => FormatHint::Markdown,
            Some("docx") => FormatHint::Docx,
            _ => FormatHint::Unknown,
        }
    }
}

/// How the bytes are to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Container {
    /// A zip package: a .docx, or refused by the .docx reader.
    Docx,
    /// Text in some encoding: plain, HTML or Markdown.
    Text,
}

/// A kind of file that is not an article, named in the error the user sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinaryKind {
    Png,
    Jpeg,
    Gif,
    Webp,
    Tiff,
    Pdf,
    OldOfficeFile,
    Rtf,
    ZipArchive,
    CompressedArchive,
    Program,
    Data,
}

impl fmt::Display for BinaryKind {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(match self {
            BinaryKind::Png => "a PNG image",
            BinaryKind::Jpeg => "a JPEG image",
            BinaryKind::Gif => "a GIF image",
            BinaryKind::Webp => "a WebP image",
            BinaryKind::Tiff => "a TIFF image",
            BinaryKind::Pdf => "a PDF document; copy its text and paste it instead",
            BinaryKind::OldOfficeFile => {
                "an old-style Office file such as a Word .doc; save it as .docx and import that"
            }
            BinaryKind::Rtf => "an RTF document; save it as .docx or .txt and import that",
            BinaryKind::ZipArchive => "a zip archive that is not a Word document",
            BinaryKind::CompressedArchive => "a compressed archive; unpack it first",
            BinaryKind::Program => "a program",
            BinaryKind::Data => "binary data, not text",
        })
    }
}

/// Leading bytes of the file kinds that are refused outright.
const SIGNATURES: &[(&[u8], BinaryKind)] = &[
    (b"\x89PNG\r\n\x1a\n", BinaryKind::Png),
    (b"\xff\xd8\xff", BinaryKind::Jpeg),
    (b"GIF87a", BinaryKind::Gif),
    (b"GIF89a", BinaryKind::Gif),
    (b"II*\x00", BinaryKind::Tiff),
    (b"MM\x00*", BinaryKind::Tiff),
    (b"%PDF-", BinaryKind::Pdf),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        BinaryKind::OldOfficeFile,
    ),
    (b"{\\rtf", BinaryKind::Rtf),
    (b"\x1f\x8b", BinaryKind::CompressedArchive),
    (b"7z\xbc\xaf\x27\x1c", BinaryKind::CompressedArchive),
    (b"Rar!\x1a\x07", BinaryKind::CompressedArchive),
    (b"\x7fELF", BinaryKind::Program),
];

/// Leading bytes of a zip package (a local file header, or the end record of an empty one).
const ZIP_SIGNATURES: &[&[u8]] = &[b"PK\x03\x04", b"PK\x05\x06"];

/// Decides how to read the bytes, or refuses them.
pub fn container(bytes: &[u8], hint: FormatHint) -> Result<Container, DecodeError> {
    if let Some(kind) = binary_kind(bytes) {
        return Err(DecodeError::NotText(kind));
    }
    if ZIP_SIGNATURES
        .iter()
        .any(|signature| bytes.starts_with(signature))
    {
        return Ok(Container::Docx);
    }
    if hint == FormatHint::Docx && bytes.contains(&0) {
        return Err(DecodeError::CorruptDocx {
            reason: "it is not a zip package, which every .docx file is".to_string(),
        });
    }
    Ok(Container::Text)
}

/// The kind of a file recognised by its leading bytes as not being an article.
fn binary_kind(bytes: &[u8]) -> Option<BinaryKind> {
    if bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WEBP".as_slice()) {
        return Some(BinaryKind::Webp);
    }
    SIGNATURES
        .iter()
        .find(|(signature, _)| bytes.starts_with(signature))
        .map(|(_, kind)| *kind)
}

/// How an HTML document starts (after blanks), compared without regard to ASCII case.
const HTML_DOCUMENT_STARTS: &[&[u8]] = &[
    b"<!doctype html",
    b"<html",
    b"<head",
    b"<body",
    b"<meta",
    b"<title",
    b"<?xml",
];

/// Tags whose presence marks a text as HTML, compared without regard to ASCII case.
const HTML_TAG_MARKERS: &[&[u8]] = &[
    b"<html", b"<head", b"<body", b"<meta", b"<title>", b"<div", b"</div>", b"<p>", b"<p ",
    b"</p>", b"<br", b"<table", b"<td", b"<span", b"<a href", b"<ul", b"<li>", b"<h1", b"<h2",
    b"<img", b"<font", b"<center",
];

/// How many different tag markers make text HTML without an .html extension.
const HTML_MARKERS_WITHOUT_HINT: usize = 3;

/// Whether the text (or bytes in an ASCII-compatible encoding) is HTML: it starts like an HTML
/// document, or has enough tags (one is enough for a file named .html).
pub fn looks_like_html(bytes: &[u8], hint: FormatHint) -> bool {
    if starts_like_html_document(bytes) {
        return true;
    }
    let sample = &bytes[..bytes.len().min(HTML_SNIFF_BYTES)];
    let markers = distinct_tag_markers(sample);
    let needed = if hint == FormatHint::Html {
        1
    } else {
        HTML_MARKERS_WITHOUT_HINT
    };
    markers >= needed
}

/// Whether the bytes open like an HTML document (`<!DOCTYPE html>`, `<html>`, …).
fn starts_like_html_document(bytes: &[u8]) -> bool {
    let start = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let first_non_blank = start
        .iter()
        .position(|byte| !byte.is_ascii_whitespace())
        .unwrap_or(start.len());
    let start = &start[first_non_blank..];
    HTML_DOCUMENT_STARTS.iter().any(|prefix| {
        start
            .get(..prefix.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
    })
}

/// How many of the tag markers occur in `sample`, each counted once.
fn distinct_tag_markers(sample: &[u8]) -> usize {
    if !sample.contains(&b'<') {
        // Most texts have no tag at all, and a single byte is found fast.
        return 0;
    }
    let mut found = [false; HTML_TAG_MARKERS.len()];
    for (position, _) in sample.iter().enumerate().filter(|(_, byte)| **byte == b'<') {
        let rest = &sample[position..];
        for (index, marker) in HTML_TAG_MARKERS.iter().enumerate() {
            if rest
                .get(..marker.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(marker))
            {
                found[index] = true;
            }
        }
    }
    found.iter().filter(|found| **found).count()
}

/// The format of decoded text: HTML when it looks like HTML (unless named Markdown and not a
/// whole HTML document), Markdown when named so or opening with a `# ` heading, else plain text.
pub fn text_format(text: &str, hint: FormatHint) -> SourceFormat {
    let bytes = text.as_bytes();
    if hint == FormatHint::Markdown {
        return if starts_like_html_document(bytes) {
            SourceFormat::Html
        } else {
            SourceFormat::Markdown
        };
    }
    if looks_like_html(bytes, hint) {
        return SourceFormat::Html;
    }
    let opens_with_heading = text
        .lines()
        .map(str::trim)
        .find(|line| !line.is_empty())
        .is_some_and(|line| line.starts_with("# "));
    if opens_with_heading {
        SourceFormat::Markdown
    } else {
        SourceFormat::Text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extensions_give_hints() {
        assert_eq!(FormatHint::from_file_name("a.TXT"), FormatHint::Text);
        assert_eq!(FormatHint::from_file_name("dir/page.htm"), FormatHint::Html);
        assert_eq!(FormatHint::from_file_name("notes.md"), FormatHint::Markdown);
        assert_eq!(FormatHint::from_file_name("报告.docx"), FormatHint::Docx);
        assert_eq!(FormatHint::from_file_name("README"), FormatHint::Unknown);
        assert_eq!(FormatHint::from_file_name(""), FormatHint::Unknown);
    }

    #[test]
    fn images_pdfs_and_old_office_files_are_refused() {
        let cases: &[(&[u8], BinaryKind)] = &[
            (b"\x89PNG\r\n\x1a\n\x00\x00", BinaryKind::Png),
            (b"\xff\xd8\xff\xe0\x00\x10JFIF", BinaryKind::Jpeg),
            (b"GIF89a\x01\x00", BinaryKind::Gif),
            (b"RIFF\x10\x00\x00\x00WEBPVP8 ", BinaryKind::Webp),
            (b"%PDF-1.7\n", BinaryKind::Pdf),
            (
                b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00",
                BinaryKind::OldOfficeFile,
            ),
            (b"{\\rtf1\\ansi", BinaryKind::Rtf),
            (b"\x1f\x8b\x08\x00", BinaryKind::CompressedArchive),
            (b"\x7fELF\x02\x01", BinaryKind::Program),
        ];
        for (bytes, kind) in cases {
            match container(bytes, FormatHint::Unknown) {
                Err(DecodeError::NotText(found)) => assert_eq!(found, *kind),
                other => panic!("{kind:?} was not refused: {other:?}"),
            }
        }
    }

    #[test]
    fn zip_packages_go_to_the_docx_reader() {
        assert_eq!(
            container(b"PK\x03\x04rest", FormatHint::Unknown).ok(),
            Some(Container::Docx)
        );
        assert_eq!(
            container("正文".as_bytes(), FormatHint::Docx).ok(),
            Some(Container::Text)
        );
    }

    #[test]
    fn a_docx_name_on_binary_bytes_is_a_damaged_docx() {
        assert!(matches!(
            container(b"\x00\x01\x02junk", FormatHint::Docx),
            Err(DecodeError::CorruptDocx { .. })
        ));
    }

    #[test]
    fn html_is_recognised_by_its_start_or_its_tags() {
        assert!(looks_like_html(
            b"\xef\xbb\xbf  <!DOCTYPE HTML><html>",
            FormatHint::Unknown
        ));
        assert!(looks_like_html(
            b"<div><p>one</p><br>two</div>",
            FormatHint::Text
        ));
        assert!(looks_like_html(b"text<br>more", FormatHint::Html));
        assert!(!looks_like_html(b"text<br>more", FormatHint::Text));
        assert!(!looks_like_html(
            "白鹭镇 a<b 项目".as_bytes(),
            FormatHint::Html
        ));
    }

    #[test]
    fn formats_of_decoded_text() {
        assert_eq!(
            text_format("<html><body>x</body></html>", FormatHint::Text),
            SourceFormat::Html
        );
        assert_eq!(
            text_format("# 标题\n\n正文", FormatHint::Unknown),
            SourceFormat::Markdown
        );
        assert_eq!(
            text_format("标题\n<p>a</p><br><div>", FormatHint::Markdown),
            SourceFormat::Markdown
        );
        assert_eq!(
            text_format("标题\n正文。", FormatHint::Html),
            SourceFormat::Text
        );
        assert_eq!(
            text_format("#话题# 正文", FormatHint::Text),
            SourceFormat::Text
        );
    }
}
