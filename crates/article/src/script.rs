//! Script handling: Traditional → Simplified conversion that keeps the text aligned with what
//! was written, and the key used to match names across Simplified and Traditional writing.

use std::sync::LazyLock;

use ferrous_opencc::OpenCC;
use ferrous_opencc::config::BuiltinConfig;

use crate::clean::pinyin::strip_pinyin;
use crate::lexicon::classes::KEY_HEADS;

/// The Traditional → Simplified converter, built once (loading its dictionaries is the costly
/// part). Its dictionaries are embedded: one that fails to load is a broken build.
pub(crate) static T2S: LazyLock<OpenCC> = LazyLock::new(|| {
    OpenCC::from_config(BuiltinConfig::T2s).expect("OpenCC's embedded T2S dictionaries load")
});

/// Converts text to Simplified Chinese with OpenCC's phrase dictionaries (used by search).
pub fn to_simplified(text: &str) -> String {
    T2S.convert(text)
}

/// The Simplified form of every Han character that has one, from OpenCC's tables, built
/// once: each character is converted alone, so no phrase can span two of them.
pub(crate) static SIMPLIFIED_CHARS: LazyLock<Vec<char>> = LazyLock::new(|| {
    let written: Vec<char> = (HAN_FIRST..=HAN_LAST).filter_map(char::from_u32).collect();
    let mut joined = String::with_capacity(written.len() * 4);
    for c in &written {
        joined.push(*c);
        joined.push('\n');
    }
    let converted = to_simplified(&joined);
    let mut table: Vec<char> = (HAN_FIRST..=HAN_LAST)
        .map(|code| char::from_u32(code).unwrap_or(' '))
        .collect();
    for (written, simplified) in written.iter().zip(converted.split('\n')) {
        let mut chars = simplified.chars();
        if let (Some(single), None) = (chars.next(), chars.next())
            && single.len_utf8() == written.len_utf8()
            && let Some(slot) = table.get_mut((u32::from(*written) - HAN_FIRST) as usize)
        {
            *slot = single;
        }
    }
    table
});

/// The code points of the Han characters OpenCC converts (CJK extension A to the
/// compatibility ideographs).
const HAN_FIRST: u32 = 0x3400;
const HAN_LAST: u32 = 0xFAFF;

/// Converts text to Simplified Chinese character by character, keeping every character at the
/// same byte offset: the result has the same length as `text` and each character boundary of
/// one is a boundary of the other, so a span found in the Simplified copy is a valid span of
/// the text as written. Character-level conversion keeps that alignment by construction and is
/// fast; the grammars only need the characters of their words in one script.
pub fn to_simplified_aligned(text: &str) -> String {
    let table = &*SIMPLIFIED_CHARS;
    let mut simplified = String::with_capacity(text.len());
    // Most characters stay as they are: the stretches between the ones that change are copied
    // whole.
    let mut copied = 0;
    for (at, c) in text.char_indices() {
        let code = u32::from(c);
        if !(HAN_FIRST..=HAN_LAST).contains(&code) {
            continue;
        }
        let converted = table.get((code - HAN_FIRST) as usize).copied().unwrap_or(c);
        if converted != c {
            simplified.push_str(&text[copied..at]);
            simplified.push(converted);
            copied = at + c.len_utf8();
        }
    }
    simplified.push_str(&text[copied..]);
    simplified
}

/// The matching key of a project or unit name: pinyin annotations removed, Simplified, no
/// punctuation or whitespace, and no trailing 项目 / 工程项目.
pub fn normalise_key(name: &str) -> String {
    let simplified = to_simplified(&strip_pinyin(name));
    let mut key: String = simplified.chars().filter(|c| c.is_alphanumeric()).collect();
    for suffix in KEY_HEADS {
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
        assert_eq!(normalise_key("“黄金鲈” 良种养殖项目"), "黄金鲈良种养殖");
        assert_eq!(
            normalise_key("南湖路、北苑路基础设施工程项目"),
            "南湖路北苑路基础设施"
        );
        assert_eq!(normalise_key("项目"), "项目");
        assert_eq!(
            normalise_key("臨川青溪湖(城市綠心)旅遊開發"),
            "临川青溪湖城市绿心旅游开发"
        );
    }
}
