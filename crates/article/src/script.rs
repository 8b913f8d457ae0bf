//! Script handling: Traditional → Simplified conversion that keeps the text aligned with what
//! was written, and the key used to match names across Simplified and Traditional writing.

use std::sync::LazyLock;

use ferrous_opencc::OpenCC;
use ferrous_opencc::config::BuiltinConfig;

use crate::clean::pinyin::strip_pinyin;

/// The Traditional → Simplified converter, built once (loading its dictionaries is the costly
/// part). `None` only if the embedded dictionaries fail to load, in which case text is left as
/// written.
static T2S: LazyLock<Option<OpenCC>> =
    LazyLock::new(|| OpenCC::from_config(BuiltinConfig::T2s).ok());

/// Converts text to Simplified Chinese with OpenCC's phrase dictionaries (used by search).
pub fn to_simplified(text: &str) -> String {
    match T2S.as_ref() {
        Some(converter) => converter.convert(text),
        None => text.to_string(),
    }
}

/// Converts text to Simplified Chinese keeping every character at the same byte offset: the
/// result has the same length as `text` and each character boundary of one is a boundary of the
/// other, so a span found in the Simplified copy is a valid span of the text as written.
///
/// Phrase conversion is used where it maps characters one to one (almost always for
/// Traditional → Simplified); a line where it does not is converted character by character, and
/// a character whose Simplified form has a different UTF-8 length is kept as written.
pub fn to_simplified_aligned(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let converted = to_simplified(line);
        if converted.chars().count() == line.chars().count() {
            push_aligned(&mut out, line.chars().zip(converted.chars()));
        } else {
            for written in line.chars() {
                let simplified = single_char_simplified(written);
                push_aligned(&mut out, std::iter::once((written, simplified)));
            }
        }
    }
    out
}

fn push_aligned(out: &mut String, pairs: impl Iterator<Item = (char, char)>) {
    for (written, simplified) in pairs {
        if written.len_utf8() == simplified.len_utf8() {
            out.push(simplified);
        } else {
            out.push(written);
        }
    }
}

fn single_char_simplified(written: char) -> char {
    if written.is_ascii() {
        return written;
    }
    let mut buffer = [0u8; 4];
    let converted = to_simplified(written.encode_utf8(&mut buffer));
    let mut chars = converted.chars();
    match (chars.next(), chars.next()) {
        (Some(single), None) => single,
        _ => written,
    }
}

/// The matching key of a project or unit name: pinyin annotations removed, Simplified, no
/// punctuation or whitespace, and no trailing 项目 / 工程项目.
pub fn normalise_key(name: &str) -> String {
    let simplified = to_simplified(&strip_pinyin(name));
    let mut key: String = simplified.chars().filter(|c| c.is_alphanumeric()).collect();
    for suffix in ["工程项目", "项目"] {
        if let Some(stem) = key.strip_suffix(suffix)
            && !stem.is_empty()
        {
            key.truncate(stem.len());
            break;
        }
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simplified_keeps_offsets() {
        let written = "呂四港經濟開發區東港池,總投資90億元";
        let simplified = to_simplified_aligned(written);
        assert_eq!(simplified, "吕四港经济开发区东港池,总投资90亿元");
        assert_eq!(simplified.len(), written.len());
    }

    #[test]
    fn simplified_copy_is_char_aligned_for_mixed_text() {
        let written = "萬鵬建材、錦曌新材料\n海鉑風尚 abc 123";
        let simplified = to_simplified_aligned(written);
        assert_eq!(simplified.len(), written.len());
        for ((a, _), (b, _)) in written.char_indices().zip(simplified.char_indices()) {
            assert_eq!(a, b);
        }
        assert!(simplified.starts_with("万鹏建材、锦曌新材料"));
    }

    #[test]
    fn search_conversion_is_simplified() {
        assert_eq!(to_simplified("項目"), "项目");
    }

    #[test]
    fn key_folds_script_punctuation_pinyin_and_suffix() {
        assert_eq!(
            normalise_key("惠生海工裝備基地項(xiàng)目"),
            "惠生海工装备基地"
        );
        assert_eq!(normalise_key("“中华鳖” 良种养殖项目"), "中华鳖良种养殖");
        assert_eq!(
            normalise_key("白沙路、东园路基础设施工程项目"),
            "白沙路东园路基础设施"
        );
        assert_eq!(normalise_key("项目"), "项目");
        assert_eq!(
            normalise_key("成都溫江金馬湖(蓉城西湖)旅游開發"),
            "成都温江金马湖蓉城西湖旅游开发"
        );
    }
}
