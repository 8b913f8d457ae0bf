//! How well a decode went, counted over the decoded characters: replaced characters, control
//! characters and private-use code points are the marks of bytes read in the wrong encoding.

/// Counts over one decoded text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Quality {
    /// Characters that are not whitespace.
    pub visible: usize,
    /// Characters outside ASCII (replacement characters included).
    pub non_ascii: usize,
    /// U+FFFD: bytes the decoder could not map.
    pub replaced: usize,
    /// Control characters other than tab, line feed, carriage return and form feed, and
    /// private-use code points: never part of an article.
    pub garbage: usize,
}

/// More than one bad character in this many visible ones means the decode failed.
const VISIBLE_PER_BAD: usize = 5;

impl Quality {
    pub fn measure(text: &str) -> Self {
        let mut quality = Quality::default();
        let bytes = text.as_bytes();
        let mut at = 0;
        while let Some(&lead) = bytes.get(at) {
            // Most characters of an article are Han characters of U+4000..U+9FFF, the ones
            // whose first byte is E4..E9: visible, outside ASCII, and neither replaced, control
            // characters nor private use. They are counted without being decoded.
            if (0xE4..=0xE9).contains(&lead) {
                quality.visible += 1;
                quality.non_ascii += 1;
                at += 3;
                continue;
            }
            let Some(character) = text[at..].chars().next() else {
                break;
            };
            at += character.len_utf8();
            // The others are counted by adding 0 or 1 rather than by branching: they vary too
            // much for the branches to be guessed right.
            let visible = usize::from(!character.is_whitespace());
            quality.visible += visible;
            quality.non_ascii += visible & usize::from(!character.is_ascii());
            quality.replaced += visible & usize::from(character == '\u{FFFD}');
            quality.garbage += visible & usize::from(is_garbage(character));
        }
        quality
    }

    /// Whether control characters and private-use code points make up much of the text: binary
    /// data that happens to decode.
    pub fn is_mostly_control_characters(&self) -> bool {
        self.garbage * VISIBLE_PER_BAD > self.visible
    }

    /// Whether so much was replaced that the text cannot be read.
    pub fn is_mostly_replaced(&self) -> bool {
        self.replaced * VISIBLE_PER_BAD > self.visible
    }

    /// Whether most visible characters are outside ASCII: normal for Chinese, but the mark of
    /// noise when the text was read in a single-byte (Latin, Cyrillic, …) encoding.
    pub fn is_mostly_non_ascii(&self) -> bool {
        self.non_ascii * 2 > self.visible
    }
}

fn is_garbage(character: char) -> bool {
    (character.is_control() && character != '\u{0C}')
        || ('\u{E000}'..='\u{F8FF}').contains(&character)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_visible_non_ascii_replaced_and_garbage() {
        let quality = Quality::measure("项目 ab\u{FFFD}\u{01}\u{E000}\n");
        assert_eq!(
            quality,
            Quality {
                visible: 7,
                non_ascii: 4,
                replaced: 1,
                garbage: 2,
            }
        );
    }

    #[test]
    fn clean_chinese_is_neither_binary_nor_replaced() {
        let quality = Quality::measure("青禾镇总投资12亿元的项目。");
        assert!(!quality.is_mostly_control_characters());
        assert!(!quality.is_mostly_replaced());
        assert!(quality.is_mostly_non_ascii());
    }

    #[test]
    fn thresholds() {
        assert!(Quality::measure("\u{01}\u{02}abc").is_mostly_control_characters());
        assert!(!Quality::measure("\u{01}abcdefgh").is_mostly_control_characters());
        assert!(Quality::measure("\u{FFFD}\u{FFFD}abc").is_mostly_replaced());
        assert!(!Quality::measure("plain words").is_mostly_non_ascii());
    }
}
