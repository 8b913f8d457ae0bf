//! Even line structure for every container: one kind of line break, no control characters or
//! stray byte-order marks, no trailing blanks, no blank lines at the ends and at most one blank
//! line in a row.

use std::borrow::Cow;

/// Tidies the lines of decoded text.
pub fn tidy_lines(text: &str) -> String {
    let text = if text.contains('\r') {
        Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Cow::Borrowed(text)
    };
    let mut tidied = String::with_capacity(text.len());
    let mut blank_lines = 0;
    let mut line = String::new();
    for raw_line in text.split('\n') {
        let visible = if raw_line.contains(is_dropped) {
            line.clear();
            line.extend(raw_line.chars().filter(|character| !is_dropped(*character)));
            line.as_str()
        } else {
            raw_line
        };
        let kept = visible.trim_end_matches(|character: char| character.is_whitespace());
        if kept.is_empty() {
            blank_lines += 1;
            continue;
        }
        if !tidied.is_empty() {
            tidied.push_str(if blank_lines > 0 { "\n\n" } else { "\n" });
        }
        blank_lines = 0;
        tidied.push_str(kept);
    }
    tidied
}

/// Characters of the wide East Asian scripts (CJK, kana, Hangul, full-width forms): a line
/// break in the source between two of them stands for no space.
pub fn is_wide(character: char) -> bool {
    character >= '\u{2E80}'
}

/// Control characters (other than tab) and zero-width no-break spaces.
fn is_dropped(character: char) -> bool {
    (character.is_control() && character != '\t') || character == '\u{FEFF}'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_are_evened_out() {
        assert_eq!(tidy_lines("a\r\nb\rc\n"), "a\nb\nc");
        assert_eq!(
            tidy_lines("\n\n标题  \n\n\n\n正文\u{3000}\n\n"),
            "标题\n\n正文"
        );
    }

    #[test]
    fn control_characters_and_stray_marks_go() {
        assert_eq!(tidy_lines("a\u{0}b\u{1A}\u{FEFF}c\td"), "abc\td");
        assert_eq!(tidy_lines("a\n\u{1A}\nb"), "a\n\nb");
    }

    #[test]
    fn leading_indentation_stays() {
        assert_eq!(
            tidy_lines("　　正文第一段。\n　　正文第二段。"),
            "　　正文第一段。\n　　正文第二段。"
        );
    }
}
