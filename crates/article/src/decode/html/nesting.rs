//! A guard against pathologically deep pages. html5ever's tree builder checks the stack of open
//! elements for each new tag, so a page of 20,000 nested `<div>`s takes seconds to parse and a
//! 20 MB one would take hours. Browsers cap the depth they build; this does the same before
//! parsing: start tags that would nest deeper than [`MAX_DEPTH`] are dropped, with their end
//! tags. Real pages nest a few dozen levels and pass through untouched (and uncopied).

use std::borrow::Cow;
use std::collections::HashMap;

/// Deepest nesting of elements kept; deeper start tags and their end tags are dropped.
const MAX_DEPTH: usize = 128;

/// Elements that never have content.
const VOID_ELEMENTS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "basefont", "bgsound", "frame", "keygen",
];

/// Elements whose end tag is usually left out: the next one of their kind closes them, so they
/// do not nest and are not counted.
const SELF_CLOSING_BY_SIBLING: &[&str] = &[
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "rb",
    "rt", "rp", "colgroup", "caption",
];

/// Elements whose content is raw text up to their end tag (tags inside do not count).
const RAW_TEXT_ELEMENTS: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "noscript",
    "plaintext",
];

/// The page with start tags past [`MAX_DEPTH`] (and their end tags) removed; the page itself
/// when it nests no deeper.
pub fn limit_nesting(html: &str) -> Cow<'_, str> {
    let mut limiter = Limiter::new(html);
    let mut position = 0;
    while let Some(offset) = html[position..].find('<') {
        let start = position + offset;
        position = limiter.tag_at(start);
    }
    limiter.finish()
}

struct Limiter<'a> {
    html: &'a str,
    open: Vec<String>,
    /// End tags still to drop, by element name.
    dropped: HashMap<String, usize>,
    /// The limited page, begun at the first dropped tag.
    output: Option<String>,
    /// Where copying into `output` resumes.
    copied_to: usize,
}

impl<'a> Limiter<'a> {
    fn new(html: &'a str) -> Self {
        Limiter {
            html,
            open: Vec::new(),
            dropped: HashMap::new(),
            output: None,
            copied_to: 0,
        }
    }

    /// Handles the markup at `start` (a '<') and returns where scanning goes on.
    fn tag_at(&mut self, start: usize) -> usize {
        let rest = &self.html[start..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            return comment
                .find("-->")
                .map_or(self.html.len(), |end| start + 4 + end + 3);
        }
        let (is_end_tag, name_start) = if rest.starts_with("</") {
            (true, start + 2)
        } else {
            (false, start + 1)
        };
        let name = tag_name(&self.html[name_start..]);
        if name.is_empty() {
            return start + 1;
        }
        let tag_end = tag_end(self.html, name_start + name.len());
        if is_end_tag {
            self.end_tag(&name, start, tag_end);
            return tag_end;
        }
        if RAW_TEXT_ELEMENTS.contains(&name.as_str()) {
            return raw_text_end(self.html, tag_end, &name);
        }
        if VOID_ELEMENTS.contains(&name.as_str())
            || SELF_CLOSING_BY_SIBLING.contains(&name.as_str())
        {
            return tag_end;
        }
        if self.open.len() >= MAX_DEPTH {
            *self.dropped.entry(name).or_default() += 1;
            self.drop_span(start, tag_end);
        } else {
            self.open.push(name);
        }
        tag_end
    }

    fn end_tag(&mut self, name: &str, start: usize, tag_end: usize) {
        if let Some(count) = self.dropped.get_mut(name).filter(|count| **count > 0) {
            *count -= 1;
            self.drop_span(start, tag_end);
        } else if let Some(index) = self.open.iter().rposition(|open| open == name) {
            self.open.truncate(index);
        }
    }

    /// Leaves `start..end` out of the output.
    fn drop_span(&mut self, start: usize, end: usize) {
        let output = self
            .output
            .get_or_insert_with(|| String::with_capacity(self.html.len()));
        output.push_str(&self.html[self.copied_to..start]);
        self.copied_to = end;
    }

    fn finish(self) -> Cow<'a, str> {
        match self.output {
            None => Cow::Borrowed(self.html),
            Some(mut output) => {
                output.push_str(&self.html[self.copied_to..]);
                Cow::Owned(output)
            }
        }
    }
}

/// The lower-case tag name at the start of `text` (empty when no letter starts it).
fn tag_name(text: &str) -> String {
    if !text.starts_with(|character: char| character.is_ascii_alphabetic()) {
        return String::new();
    }
    text.chars()
        .take_while(|character| !character.is_whitespace() && !matches!(character, '/' | '>' | '<'))
        .map(|character| character.to_ascii_lowercase())
        .collect()
}

/// Where a tag ends: after its '>', skipping quoted attribute values.
fn tag_end(html: &str, from: usize) -> usize {
    let mut quote = None;
    for (offset, character) in html[from..].char_indices() {
        match (quote, character) {
            (Some(open), _) if character == open => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(character),
            (None, '>') => return from + offset + 1,
            _ => {}
        }
    }
    html.len()
}

/// Where the raw text of an element ends: after its end tag, or at the end of the page.
fn raw_text_end(html: &str, from: usize, name: &str) -> usize {
    html[from..]
        .match_indices("</")
        .map(|(offset, _)| from + offset + 2)
        .find(|&name_start| {
            html[name_start..]
                .get(..name.len())
                .is_some_and(|candidate| candidate.eq_ignore_ascii_case(name))
        })
        .map_or(html.len(), |name_start| {
            tag_end(html, name_start + name.len())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_pages_pass_untouched() {
        let html = "<html><body><div class=\"a>b\"><p>一<p>二<br><img src=x></div>\
                    <script>if (a < b) { document.write('<div>'); }</script><!-- <div> --></body></html>";
        assert!(matches!(limit_nesting(html), Cow::Borrowed(_)));
    }

    #[test]
    fn deep_nesting_is_cut_at_the_limit() {
        let depth = MAX_DEPTH + 50;
        let html = format!("{}正文{}", "<div>".repeat(depth), "</div>".repeat(depth));
        let limited = limit_nesting(&html);
        assert_eq!(limited.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(limited.matches("</div>").count(), MAX_DEPTH);
        assert!(limited.contains("正文"));
    }

    #[test]
    fn unclosed_elements_close_with_their_parent() {
        let inner = "<span>".repeat(10);
        let html = format!(
            "{}<p>正文</p>",
            format!("<div>{inner}</div>").repeat(MAX_DEPTH * 2)
        );
        assert!(matches!(limit_nesting(&html), Cow::Borrowed(_)));
    }

    #[test]
    fn raw_text_without_an_end_runs_to_the_end() {
        let html = format!("<script>{}", "<div>".repeat(MAX_DEPTH * 2));
        assert!(matches!(limit_nesting(&html), Cow::Borrowed(_)));
    }

    #[test]
    fn broken_markup_does_not_panic() {
        for html in [
            "<",
            "</",
            "<!--",
            "<a",
            "<a href='",
            "</a",
            "<中文>",
            "<<<>>>",
            "<script",
        ] {
            assert_eq!(limit_nesting(html), html, "shallow markup is left as it is");
        }
    }
}
