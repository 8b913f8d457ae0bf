//! The encoding an HTML page declares for itself: `<meta charset="gbk">`, `<meta
//! http-equiv="Content-Type" content="text/html; charset=gb2312">` or an XML declaration, read
//! from the first bytes of the page before it is decoded (the labels are ASCII in every
//! encoding a page can declare this way).

use encoding_rs::Encoding;

/// How far into the page the declaration is looked for. Browsers stop at 1024 bytes; saved
/// pages with long scripts in the head put it later, so this looks a little further.
const PRESCAN_BYTES: usize = 4096;

/// The encoding the page declares, if it declares one that exists.
pub fn declared_encoding(bytes: &[u8]) -> Option<&'static Encoding> {
    declared_label(bytes).and_then(|label| Encoding::for_label(label.as_bytes()))
}

/// The charset label the page declares, as written.
fn declared_label(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    xml_declaration_label(head).or_else(|| meta_label(head))
}

/// `<?xml version="1.0" encoding="gb2312"?>` at the very start.
fn xml_declaration_label(head: &[u8]) -> Option<String> {
    let declaration = head.strip_prefix(b"<?xml")?;
    let end = find(declaration, b"?>")?;
    let declaration = &declaration[..end];
    let after = &declaration[find_ignoring_case(declaration, b"encoding")? + b"encoding".len()..];
    let after = trim_ascii_start(after).strip_prefix(b"=")?;
    attribute_value(trim_ascii_start(after)).map(|(value, _)| value)
}

/// The first `<meta>` tag that names a charset, directly or inside its `content`.
fn meta_label(head: &[u8]) -> Option<String> {
    let mut rest = head;
    while let Some(start) = find_ignoring_case(rest, b"<meta") {
        let tag = &rest[start + b"<meta".len()..];
        if !tag
            .first()
            .is_some_and(|byte| byte.is_ascii_whitespace() || *byte == b'/')
        {
            rest = tag;
            continue;
        }
        let (attributes, after_tag) = read_attributes(tag);
        let charset = attributes
            .iter()
            .find(|(name, _)| name == "charset")
            .map(|(_, value)| value.clone())
            .or_else(|| {
                attributes
                    .iter()
                    .find(|(name, _)| name == "content")
                    .and_then(|(_, content)| charset_in_content(content))
            });
        if let Some(charset) = charset.filter(|charset| !charset.is_empty()) {
            return Some(charset);
        }
        rest = after_tag;
    }
    None
}

/// The attributes of a tag, names lower-cased, up to its closing `>`; and what follows it.
fn read_attributes(mut tag: &[u8]) -> (Vec<(String, String)>, &[u8]) {
    let mut attributes = Vec::new();
    loop {
        tag = trim_start_matching(tag, |byte| byte.is_ascii_whitespace() || byte == b'/');
        match tag.first() {
            None => return (attributes, tag),
            Some(b'>') => return (attributes, &tag[1..]),
            Some(_) => {}
        }
        let name_end = tag
            .iter()
            .position(|byte| byte.is_ascii_whitespace() || matches!(byte, b'=' | b'>' | b'/'))
            .unwrap_or(tag.len());
        let name = String::from_utf8_lossy(&tag[..name_end]).to_ascii_lowercase();
        tag = trim_ascii_start(&tag[name_end..]);
        let value = match tag.strip_prefix(b"=") {
            Some(after_equals) => {
                let (value, after_value) =
                    attribute_value(trim_ascii_start(after_equals)).unwrap_or_default();
                tag = after_value;
                value
            }
            None => String::new(),
        };
        attributes.push((name, value));
    }
}

/// A quoted or unquoted attribute value at the start of `bytes`, and the bytes after it.
fn attribute_value(bytes: &[u8]) -> Option<(String, &[u8])> {
    let (value, rest) = match bytes.first()? {
        quote @ (b'"' | b'\'') => {
            let inner = &bytes[1..];
            let end = inner.iter().position(|byte| byte == quote)?;
            (&inner[..end], &inner[end + 1..])
        }
        _ => {
            let end = bytes
                .iter()
                .position(|byte| byte.is_ascii_whitespace() || *byte == b'>')
                .unwrap_or(bytes.len());
            (&bytes[..end], &bytes[end..])
        }
    };
    Some((String::from_utf8_lossy(value).trim().to_string(), rest))
}

/// The charset inside a `content` value: "text/html; charset=gb2312".
fn charset_in_content(content: &str) -> Option<String> {
    let lower = content.to_ascii_lowercase();
    let after = &content[lower.find("charset")? + "charset".len()..];
    let after = after.trim_start().strip_prefix('=')?.trim_start();
    let after = after.trim_start_matches(['"', '\'']);
    let end = after
        .find(|character: char| character.is_whitespace() || matches!(character, ';' | '"' | '\''))
        .unwrap_or(after.len());
    Some(after[..end].to_string())
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

fn find_ignoring_case(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window.eq_ignore_ascii_case(needle))
}

fn trim_ascii_start(bytes: &[u8]) -> &[u8] {
    trim_start_matching(bytes, |byte| byte.is_ascii_whitespace())
}

fn trim_start_matching(bytes: &[u8], matches: impl Fn(u8) -> bool) -> &[u8] {
    let start = bytes
        .iter()
        .position(|byte| !matches(*byte))
        .unwrap_or(bytes.len());
    &bytes[start..]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(html: &str) -> Option<String> {
        declared_label(html.as_bytes())
    }

    #[test]
    fn meta_charset() {
        assert_eq!(
            label("<html><head><meta charset=\"gbk\">").as_deref(),
            Some("gbk")
        );
        assert_eq!(label("<META CHARSET=GB2312>").as_deref(), Some("GB2312"));
        assert_eq!(label("<meta charset='utf-8' />").as_deref(), Some("utf-8"));
    }

    #[test]
    fn http_equiv_content_type() {
        let html = r#"<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />"#;
        assert_eq!(label(html).as_deref(), Some("gb2312"));
        let reversed = r#"<meta content="text/html;charset=big5" http-equiv="content-type">"#;
        assert_eq!(label(reversed).as_deref(), Some("big5"));
    }

    #[test]
    fn meta_tags_without_a_charset_are_passed_over() {
        let html = r#"<meta name="keywords" content="项目"><meta name="viewport" content="width=device-width"><meta charset="gb18030">"#;
        assert_eq!(label(html).as_deref(), Some("gb18030"));
        assert_eq!(label("<metadata charset=\"gbk\">"), None);
        assert_eq!(label("<meta charset=\"\">"), None);
        assert_eq!(label("<p>no declaration</p>"), None);
    }

    #[test]
    fn xml_declaration() {
        assert_eq!(
            label("<?xml version=\"1.0\" encoding=\"GBK\"?><html>").as_deref(),
            Some("GBK")
        );
    }

    #[test]
    fn labels_map_to_encodings() {
        let gb2312 = declared_encoding(b"<meta charset=gb2312>").map(|encoding| encoding.name());
        assert_eq!(gb2312, Some("GBK"));
        assert_eq!(declared_encoding(b"<meta charset=nonsense>"), None);
    }

    #[test]
    fn declarations_past_the_prescan_are_not_read() {
        let html = format!(
            "<script>{}</script><meta charset=gbk>",
            " ".repeat(PRESCAN_BYTES)
        );
        assert_eq!(label(&html), None);
    }

    #[test]
    fn broken_tags_do_not_panic() {
        for html in [
            "<meta",
            "<meta ",
            "<meta charset",
            "<meta charset=",
            "<meta charset=\"gbk",
            "<meta a='",
            "<?xml encoding",
        ] {
            assert_eq!(label(html), None, "{html}: no complete declaration");
        }
    }
}
