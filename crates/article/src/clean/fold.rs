//! Full-width folding: full-width digits, Latin letters and the punctuation the grammars parse
//! ("（１．２亿元）") become ASCII; everything else stays as written. Full-width ？ and ！ are
//! kept so that an ASCII '?' inside Chinese still marks a garbled character.

/// The ASCII form of a full-width character the grammars care about, or the character itself.
pub fn fold_char(c: char) -> char {
    match c {
        '\u{3000}' => ' ',
        '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' => shift_to_ascii(c),
        '％' | '（' | '）' | '＋' | '，' | '－' | '．' | '／' | '：' | '；' | '［' | '］'
        | '～' => shift_to_ascii(c),
        _ => c,
    }
}

fn shift_to_ascii(c: char) -> char {
    char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold(text: &str) -> String {
        text.chars().map(fold_char).collect()
    }

    #[test]
    fn folds_digits_letters_and_parsing_punctuation() {
        assert_eq!(fold("投资１．２亿元（约）"), "投资1.2亿元(约)");
        assert_eq!(fold("ＢＴ项目，３月；"), "BT项目,3月;");
        assert_eq!(fold("　x"), " x");
    }

    #[test]
    fn keeps_other_characters() {
        assert_eq!(fold("项目？好！、。“”"), "项目？好！、。“”");
    }
}
