//! Pinyin annotations: the source sites of some articles put the reading after many characters
//! ("發(fā)展"). This module recognises those annotations, including the broken forms where the
//! annotated character was garbled ("?lián)").

/// True for the letters a pinyin syllable is written with (tone marks included).
fn is_pinyin_letter(c: char) -> bool {
    c.is_ascii_lowercase() || has_tone_mark(c) || c == 'ü'
}

/// The vowels with a tone mark.
const TONE_MARKED: [char; 24] = [
    'ā', 'á', 'ǎ', 'à', 'ē', 'é', 'ě', 'è', 'ī', 'í', 'ǐ', 'ì', 'ō', 'ó', 'ǒ', 'ò', 'ū', 'ú', 'ǔ',
    'ù', 'ǖ', 'ǘ', 'ǚ', 'ǜ',
];

fn has_tone_mark(c: char) -> bool {
    TONE_MARKED.contains(&c)
}

/// The byte length of a reading followed by a closing parenthesis at the start of `rest`
/// ("fā)…" → length of "fā)"), and whether it carries a tone mark. A reading is one syllable or
/// a few ("fāzhǎn", "fā zhǎn"): up to 16 letters, spaces allowed between toned syllables.
fn syllable_then_close(rest: &str) -> Option<(usize, bool)> {
    let mut letters = 0;
    let mut spaces = 0;
    let mut toned = false;
    for (at, c) in rest.char_indices() {
        if is_pinyin_letter(c) {
            letters += 1;
            toned |= has_tone_mark(c);
            if letters > 16 {
                return None;
            }
        } else if c == ' ' && letters > 0 {
            spaces += 1;
        } else if c == ')' || c == '）' {
            let plausible = letters > 0 && (spaces == 0 || toned) && (letters <= 6 || toned);
            return plausible.then_some((at + c.len_utf8(), toned));
        } else {
            return None;
        }
    }
    None
}

/// True when a character can carry a reading: a Han character, or a character that stands for
/// a garbled one.
pub fn can_carry_reading(c: char) -> bool {
    is_han(c) || is_garbled_char(c)
}

/// True for Han characters (the CJK unified ideographs and their extensions in the BMP).
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
}

/// True for the characters that stand for a character lost in decoding.
pub fn is_garbled_char(c: char) -> bool {
    c == '?' || c == '\u{FFFD}'
}

/// How many bytes of `rest` form a pinyin annotation to drop, given the character written
/// before it (`None` at the start of the text).
///
/// Dropped: "(fā)" after a Han or garbled character, or after anything when the syllable has a
/// tone mark; "lián)" (opening parenthesis lost) after a garbled character.
pub fn annotation_len(previous: Option<char>, rest: &str) -> Option<usize> {
    let mut chars = rest.chars();
    let first = chars.next()?;
    let carrier = previous.is_some_and(can_carry_reading);
    if first == '(' || first == '（' {
        let (len, toned) = syllable_then_close(&rest[first.len_utf8()..])?;
        return (carrier || toned).then_some(first.len_utf8() + len);
    }
    if previous.is_some_and(is_garbled_char) && is_pinyin_letter(first) {
        let (len, _) = syllable_then_close(rest)?;
        return Some(len);
    }
    None
}

/// Removes pinyin annotations from a short string (a name): "項(xiàng)目" → "項目".
pub fn strip_pinyin(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while let Some(c) = text[at..].chars().next() {
        if let Some(len) = annotation_len(out.chars().next_back(), &text[at..]) {
            at += len;
        } else {
            out.push(c);
            at += c.len_utf8();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_readings_after_han() {
        assert_eq!(strip_pinyin("發(fā)展"), "發展");
        assert_eq!(strip_pinyin("項(xiàng)目建設(shè)"), "項目建設");
        assert_eq!(strip_pinyin("鎮(zhèn)"), "鎮");
    }

    #[test]
    fn removes_broken_readings_after_garbled_characters() {
        assert_eq!(strip_pinyin("勇?lián)?dāng)、"), "勇??、");
        assert_eq!(strip_pinyin("打?qū)嵒A(chǔ),"), "打?嵒A,");
    }

    #[test]
    fn keeps_ordinary_parentheses() {
        assert_eq!(strip_pinyin("青溪湖(城市綠心)"), "青溪湖(城市綠心)");
        assert_eq!(strip_pinyin("Rust (lang) 1(a)"), "Rust (lang) 1(a)");
        assert_eq!(strip_pinyin("設備(套)"), "設備(套)");
        assert_eq!(strip_pinyin("(zhèn"), "(zhèn");
    }

    #[test]
    fn readings_of_whole_words() {
        assert_eq!(strip_pinyin("發展(fāzhǎn)"), "發展");
        assert_eq!(strip_pinyin("項目(xiàng mù)建設"), "項目建設");
        assert_eq!(strip_pinyin("項目(abcdefgh)"), "項目(abcdefgh)");
    }

    #[test]
    fn toneless_reading_needs_a_han_carrier() {
        assert_eq!(strip_pinyin("的(de)"), "的");
        assert_eq!(strip_pinyin("x (de)"), "x (de)");
    }
}
