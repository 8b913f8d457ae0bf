//! Word .docx files: a zip package whose `word/document.xml` holds the text. Each paragraph
//! and each table cell becomes a line; tabs and line breaks are kept; deleted revisions, field
//! codes and the fallback copies of text boxes are left out. The title comes from the core
//! properties (`docProps/core.xml`) when they have one; the caller falls back to the first
//! paragraph. Creation and modification dates are not publish dates and are not read.

use std::io::{Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::{BytesRef, Event};
use zip::ZipArchive;
use zip::result::ZipError;

use super::tidy::tidy_lines;
use super::{BinaryKind, Content, DecodeError};

/// The part that holds the document's text.
const DOCUMENT_PART: &str = "word/document.xml";

/// The part that holds the title, author and dates.
const CORE_PROPERTIES_PART: &str = "docProps/core.xml";

/// A part that unpacks to more than this is refused (a zip bomb, or not an article).
const MAX_PART_BYTES: u64 = 64 * 1024 * 1024;

/// Reads a .docx package; a zip without a Word document is refused as such.
pub fn read(bytes: &[u8]) -> Result<Content, DecodeError> {
    let mut archive = ZipArchive::new(Cursor::new(bytes)).map_err(damaged)?;
    let Some(document_xml) = read_part(&mut archive, DOCUMENT_PART)? else {
        return Err(DecodeError::NotText(BinaryKind::ZipArchive));
    };
    let text = tidy_lines(&document_text(&document_xml)?);
    let title = match read_part(&mut archive, CORE_PROPERTIES_PART) {
        Ok(Some(core_xml)) => core_title(&core_xml),
        Ok(None) | Err(_) => None,
    };
    Ok(Content {
        text,
        title,
        published: None,
    })
}

fn damaged(error: ZipError) -> DecodeError {
    let reason = match error {
        ZipError::InvalidPassword => "it is protected by a password".to_string(),
        ZipError::UnsupportedArchive(ZipError::PASSWORD_REQUIRED) => {
            "it is protected by a password; save an unprotected copy and import that".to_string()
        }
        ZipError::UnsupportedArchive(_) | ZipError::CompressionMethodNotSupported(_) => {
            "it is packed in a way this app cannot unpack".to_string()
        }
        ZipError::FileNotFound => "a part of it is missing".to_string(),
        _ => "it is not a complete zip package".to_string(),
    };
    DecodeError::CorruptDocx { reason }
}

/// The text of one part of the package, or `None` when the package has no such part.
fn read_part(
    archive: &mut ZipArchive<Cursor<&[u8]>>,
    name: &str,
) -> Result<Option<String>, DecodeError> {
    let file = match archive.by_name(name) {
        Ok(file) => file,
        Err(ZipError::FileNotFound) => return Ok(None),
        Err(error) => return Err(damaged(error)),
    };
    if file.size() > MAX_PART_BYTES {
        return Err(DecodeError::UnpacksTooLarge {
            limit: MAX_PART_BYTES,
        });
    }
    let mut bytes = Vec::new();
    file.take(MAX_PART_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|_| DecodeError::CorruptDocx {
            reason: format!("its part {name} cannot be unpacked"),
        })?;
    if u64::try_from(bytes.len()).unwrap_or(u64::MAX) > MAX_PART_BYTES {
        return Err(DecodeError::UnpacksTooLarge {
            limit: MAX_PART_BYTES,
        });
    }
    let (text, _) = encoding_rs::UTF_8.decode_with_bom_removal(&bytes);
    Ok(Some(text.into_owned()))
}

/// Where the reader is in the document: inside text that counts, or inside something skipped.
#[derive(Default)]
struct DocumentWalk {
    text: String,
    /// Inside a `<w:t>` run text.
    in_text: bool,
    /// Depth inside elements whose content is skipped (deleted text, field codes, fallbacks).
    skipped_depth: usize,
}

/// Elements whose content is not the document's visible text.
const SKIPPED_ELEMENTS: &[&[u8]] = &[b"delText", b"instrText", b"Fallback"];

impl DocumentWalk {
    fn start(&mut self, local_name: &[u8]) {
        if self.skipped_depth > 0 || SKIPPED_ELEMENTS.contains(&local_name) {
            self.skipped_depth += 1;
            return;
        }
        if local_name == b"t" {
            self.in_text = true;
        }
    }

    fn end(&mut self, local_name: &[u8]) {
        if self.skipped_depth > 0 {
            self.skipped_depth -= 1;
            return;
        }
        match local_name {
            b"t" => self.in_text = false,
            b"p" => self.text.push('\n'),
            b"tc" if !self.text.ends_with('\n') => self.text.push('\n'),
            _ => {}
        }
    }

    /// A self-closing element: a tab or a line break inside a paragraph.
    fn empty(&mut self, local_name: &[u8]) {
        if self.skipped_depth > 0 {
            return;
        }
        match local_name {
            b"tab" => self.text.push('\t'),
            b"br" | b"cr" => self.text.push('\n'),
            b"p" => self.text.push('\n'),
            _ => {}
        }
    }

    fn push_text(&mut self, text: &str) {
        if self.in_text && self.skipped_depth == 0 {
            self.text.push_str(text);
        }
    }
}

/// The lines of `word/document.xml`: paragraphs and table cells, each on its own line.
fn document_text(xml: &str) -> Result<String, DecodeError> {
    let mut reader = Reader::from_str(xml);
    let mut walk = DocumentWalk::default();
    loop {
        let event = reader
            .read_event()
            .map_err(|error| DecodeError::CorruptDocx {
                reason: format!(
                    "its text is not well-formed XML near byte {} ({error})",
                    reader.error_position()
                ),
            })?;
        match event {
            Event::Start(element) => walk.start(element.local_name().as_ref()),
            Event::End(element) => walk.end(element.local_name().as_ref()),
            Event::Empty(element) => walk.empty(element.local_name().as_ref()),
            Event::Text(text) => walk.push_text(&text.decode().unwrap_or_default()),
            Event::CData(text) => walk.push_text(&text.decode().unwrap_or_default()),
            Event::GeneralRef(reference) => walk.push_text(&resolve_reference(&reference)),
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(walk.text)
}

/// The character an entity or character reference stands for (`&amp;`, `&#x4E2D;`); unknown
/// references are dropped.
fn resolve_reference(reference: &BytesRef) -> String {
    if let Ok(Some(character)) = reference.resolve_char_ref() {
        return character.to_string();
    }
    reference
        .decode()
        .ok()
        .and_then(|name| quick_xml::escape::resolve_predefined_entity(&name))
        .unwrap_or_default()
        .to_string()
}

/// The `dc:title` of the core properties, trimmed; Word's "Microsoft Word - name.doc" is not a
/// title.
fn core_title(xml: &str) -> Option<String> {
    let mut reader = Reader::from_str(xml);
    let mut in_title = false;
    let mut title = String::new();
    loop {
        match reader.read_event().ok()? {
            Event::Start(element) if element.local_name().as_ref() == b"title" => in_title = true,
            Event::End(element) if element.local_name().as_ref() == b"title" => break,
            Event::Text(text) if in_title => title.push_str(&text.decode().ok()?),
            Event::GeneralRef(reference) if in_title => {
                title.push_str(&resolve_reference(&reference));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    (!title.is_empty() && !title.starts_with("Microsoft Word - ")).then_some(title)
}

#[cfg(test)]
mod tests {
    use super::*;

    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

    fn body(inner: &str) -> String {
        format!("<w:document {W}><w:body>{inner}</w:body></w:document>")
    }

    #[test]
    fn paragraphs_and_cells_are_lines() {
        let xml = body(
            "<w:p><w:r><w:t>柳塘镇</w:t></w:r><w:r><w:t xml:space=\"preserve\">项目 </w:t></w:r></w:p>\
             <w:tbl><w:tr><w:tc><w:p><w:r><w:t>项目名称</w:t></w:r></w:p></w:tc>\
             <w:tc><w:p><w:r><w:t>总投资</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/>",
        );
        let text = tidy_lines(&document_text(&xml).expect("well-formed"));
        assert_eq!(text, "柳塘镇项目\n项目名称\n总投资");
    }

    #[test]
    fn tabs_breaks_and_references() {
        let xml = body(
            "<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>A&amp;B&#x4E2D;</w:t></w:r></w:p>",
        );
        assert_eq!(document_text(&xml).expect("well-formed"), "甲\t乙\nA&B中\n");
    }

    #[test]
    fn deleted_text_and_field_codes_are_left_out() {
        let xml = body(
            "<w:p><w:del><w:r><w:delText>删掉的</w:delText></w:r></w:del>\
             <w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:t>留下的</w:t></w:r></w:p>",
        );
        assert_eq!(document_text(&xml).expect("well-formed"), "留下的\n");
    }

    #[test]
    fn text_box_fallbacks_are_not_doubled() {
        let xml = body(
            "<w:p><mc:AlternateContent xmlns:mc=\"m\"><mc:Choice><w:t>框内</w:t></mc:Choice>\
             <mc:Fallback><w:t>框内</w:t></mc:Fallback></mc:AlternateContent></w:p>",
        );
        assert_eq!(document_text(&xml).expect("well-formed"), "框内\n");
    }

    #[test]
    fn malformed_xml_is_a_damaged_document() {
        let error = document_text("<w:document><w:body><w:p></w:body>").expect_err("malformed");
        assert!(matches!(error, DecodeError::CorruptDocx { .. }));
        assert!(error.to_string().contains("not well-formed XML"));
    }

    #[test]
    fn core_titles() {
        let core = |title: &str| {
            format!(
                "<cp:coreProperties xmlns:cp=\"c\" xmlns:dc=\"d\"><dc:title>{title}</dc:title></cp:coreProperties>"
            )
        };
        assert_eq!(
            core_title(&core(" 柳塘镇 项目 ")).as_deref(),
            Some("柳塘镇 项目")
        );
        assert_eq!(core_title(&core("")), None);
        assert_eq!(core_title(&core("Microsoft Word - 草稿.doc")), None);
        assert_eq!(core_title("<cp:coreProperties/>"), None);
    }

    #[test]
    fn a_zip_without_a_document_is_not_a_docx() {
        let mut buffer = Cursor::new(Vec::new());
        let mut writer = zip::ZipWriter::new(&mut buffer);
        writer
            .start_file("notes.txt", zip::write::SimpleFileOptions::default())
            .expect("zip entry");
        std::io::Write::write_all(&mut writer, "笔记".as_bytes()).expect("zip write");
        writer.finish().expect("zip finish");
        assert!(matches!(
            read(buffer.get_ref()),
            Err(DecodeError::NotText(BinaryKind::ZipArchive))
        ));
    }

    #[test]
    fn a_cut_zip_is_a_damaged_docx() {
        assert!(matches!(
            read(b"PK\x03\x04\x14\x00\x00\x00"),
            Err(DecodeError::CorruptDocx { .. })
        ));
    }

    /// A small package whose document unpacks to `size` bytes of spaces.
    fn bomb(size: usize) -> Vec<u8> {
        let mut buffer = Cursor::new(Vec::new());
        let mut writer = zip::ZipWriter::new(&mut buffer);
        let deflated = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        writer
            .start_file(DOCUMENT_PART, deflated)
            .expect("zip entry");
        let spaces = vec![b' '; 1024 * 1024];
        for _ in 0..size / spaces.len() {
            std::io::Write::write_all(&mut writer, &spaces).expect("zip write");
        }
        writer.finish().expect("zip finish");
        buffer.into_inner()
    }

    #[test]
    fn a_zip_bomb_is_too_large_not_damaged() {
        let bomb = bomb(usize::try_from(MAX_PART_BYTES).unwrap() + 1024 * 1024);
        assert!(bomb.len() < 1024 * 1024);
        assert!(matches!(
            read(&bomb),
            Err(DecodeError::UnpacksTooLarge { .. })
        ));
    }
}
