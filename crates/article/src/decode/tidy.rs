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
    let lines = text.split('\n').map(|line| {
        if line.contains(is_dropped) {
            Cow::Owned(line.chars().filter(|c| !is_dropped(*c)).collect())
        } else {
            Cow::Borrowed(line)
        }
    });
    join_lines(lines, text.len())
}

/// Evens out the blank lines of a text whose lines are tidy already (what is left when whole
/// lines are dropped from the result of [`tidy_lines`]); the same as `tidy_lines` on it.
pub fn even_blank_lines(text: &str) -> String {
    join_lines(text.split('\n').map(Cow::Borrowed), text.len())
}

/// The lines without trailing blanks, joined by single line breaks where no blank line stood
/// between them and by one blank line where one or more did; none at the ends. `capacity`: the
/// length of the text they come from.
fn join_lines<'t>(lines: impl Iterator<Item = Cow<'t, str>>, capacity: usize) -> String {
    let mut joined = String::with_capacity(capacity);
    let mut blank_lines = 0;
    for line in lines {
        let kept = line.trim_end_matches(|character: char| character.is_whitespace());
        if kept.is_empty() {
            blank_lines += 1;
            continue;
        }
        if !joined.is_empty() {
            joined.push_str(if blank_lines > 0 { "\n\n" } else { "\n" });
        }
        blank_lines = 0;
        joined.push_str(kept);
    }
    joined
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
    fn blank_lines_of_tidy_text_are_evened_as_tidy_lines_would() {
        let text = "\n标题\n\n\n正文一\n正文二\n\n";
        assert_eq!(even_blank_lines(text), "标题\n\n正文一\n正文二");
        assert_eq!(even_blank_lines(text), tidy_lines(text));
    }

    #[test]
    fn leading_indentation_stays() {
        assert_eq!(
            tidy_lines("　　正文第一段。\n　　正文第二段。"),
            "　　正文第一段。\n　　正文第二段。"
        );
    }
}
