//! The whole pipeline never panics, whatever the bytes and whatever the file is called:
//! arbitrary bytes, and bytes that look like the formats it reads (markup, zip packages,
//! Chinese text in every encoding). What decodes keeps the decoder's promises: tidy lines and
//! warnings without spans.

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;
use town_tracker_article::decode::decode;
use town_tracker_article::{Options, extract_bytes};

const FILE_NAMES: &[&str] = &[
    "article.txt",
    "page.html",
    "page.htm",
    "report.docx",
    "notes.md",
    "no-extension",
    "",
];

/// Pieces of the formats the decoder reads, to build inputs that get past the first checks.
const PIECES: &[&str] = &[
    "<html>",
    "<head>",
    "<meta charset=\"gbk\">",
    "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\">",
    "<title>",
    "</title>",
    "<body>",
    "<div class=\"nav\">",
    "<div>",
    "</div>",
    "<p>",
    "</p>",
    "<br>",
    "<table><tr><td>",
    "</td></tr></table>",
    "<ul><li><a href=\"#\">",
    "</a></li></ul>",
    "<script>",
    "</script>",
    "<!--",
    "-->",
    "<pre>",
    "<![CDATA[",
    "&nbsp;",
    "&#x4E2D;",
    "# ",
    "**",
    "[链接](http://x)",
    "```",
    "---\ntitle: 标题\ndate: 2024-3-18\n---\n",
    "| a | b |\n| - | - |\n",
    "发布时间：2014-5-22",
    "2025年02月08日 08:30",
    "来源：通溪日报",
    "|",
    "[关闭窗口]",
    "上一条新闻：",
    "版权所有",
    "青禾镇总投资12亿元的项目",
    "東林鎮總投資18億元",
    "\u{20BB7}",
    "\u{3000}\u{3000}",
    "\n",
    "\r\n",
    "\u{0}",
    "\u{FEFF}",
    "\u{FFFD}",
];

fn assert_decoder_promises(bytes: &[u8], file_name: &str) {
    if let Ok(document) = decode(bytes, file_name) {
        assert!(!document.encoding.is_empty());
        assert!(
            !document
                .text
                .chars()
                .any(|character| character.is_control() && character != '\n' && character != '\t'),
            "control characters left in {:?}",
            document.text
        );
        assert!(
            document
                .warnings
                .iter()
                .all(|warning| warning.span.is_none())
        );
    }
}

fn markup() -> impl Strategy<Value = String> {
    vec(
        prop_oneof![
            select(PIECES).prop_map(str::to_string),
            "[a-z<>/=\"' 中文。，]{0,8}"
        ],
        0..60,
    )
    .prop_map(|pieces| pieces.concat())
}

fn encoded(text: &str, encoding: u8) -> Vec<u8> {
    match encoding % 5 {
        0 => text.as_bytes().to_vec(),
        1 => encoding_rs::GBK.encode(text).0.into_owned(),
        2 => encoding_rs::BIG5.encode(text).0.into_owned(),
        3 => text.encode_utf16().flat_map(u16::to_le_bytes).collect(),
        _ => text.encode_utf16().flat_map(u16::to_be_bytes).collect(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn arbitrary_bytes(bytes in vec(any::<u8>(), 0..4096), file_name in select(FILE_NAMES)) {
        let _ = extract_bytes(&bytes, file_name, &Options::default());
        assert_decoder_promises(&bytes, file_name);
    }

    #[test]
    fn markup_in_any_encoding(
        text in markup(),
        encoding in any::<u8>(),
        file_name in select(FILE_NAMES),
    ) {
        let bytes = encoded(&text, encoding);
        let _ = extract_bytes(&bytes, file_name, &Options::default());
        assert_decoder_promises(&bytes, file_name);
    }

    #[test]
    fn zip_packages(rest in vec(any::<u8>(), 0..2048), file_name in select(FILE_NAMES)) {
        let mut bytes = b"PK\x03\x04".to_vec();
        bytes.extend(rest);
        let _ = extract_bytes(&bytes, file_name, &Options::default());
        assert_decoder_promises(&bytes, file_name);
    }

    #[test]
    fn docx_packages_with_arbitrary_xml(xml in markup(), title in markup()) {
        let bytes = docx_package(&xml, &title);
        let _ = extract_bytes(&bytes, "report.docx", &Options::default());
        assert_decoder_promises(&bytes, "report.docx");
    }
}

/// A .docx package whose document and core-properties parts hold the given text.
fn docx_package(document_xml: &str, core_xml: &str) -> Vec<u8> {
    use std::io::Write;
    let mut buffer = std::io::Cursor::new(Vec::new());
    let mut writer = zip::ZipWriter::new(&mut buffer);
    let options = zip::write::SimpleFileOptions::default();
    for (name, content) in [
        ("word/document.xml", document_xml),
        ("docProps/core.xml", core_xml),
    ] {
        writer.start_file(name, options).expect("zip entry");
        writer.write_all(content.as_bytes()).expect("zip write");
    }
    writer.finish().expect("zip finish");
    buffer.into_inner()
}
