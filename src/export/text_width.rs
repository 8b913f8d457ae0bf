//! How wide a text prints in a spreadsheet column: a CJK character takes two columns, a Latin
//! one one (Unicode's East Asian Width, through `unicode-width`).

use unicode_width::UnicodeWidthStr;

/// The width of the text's longest line, in character columns.
pub fn display_width(text: &str) -> usize {
    text.lines().map(UnicodeWidthStr::width).max().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::display_width;

    #[test]
    fn chinese_counts_double_and_the_longest_line_counts() {
        assert_eq!(display_width("东岭镇"), 6);
        assert_eq!(display_width("2025-04-15"), 10);
        assert_eq!(display_width("总投资(万元)"), 12);
        assert_eq!(display_width("ab\n东岭镇小计"), 10);
        assert_eq!(display_width(""), 0);
    }
}
