//! The noun-phrase test every project name passes before it becomes a mention, on the words
//! of the segmenter ([`crate::lexicon::segment`]): a name starts and ends at word boundaries,
//! no dictionary function word (pronoun, preposition, conjunction, particle) stands at its
//! edge (adverbs may open a brand: "鼎新建材"), it ends neither in a bare one-character verb or
//! locality word nor in an aspect particle, it is no slogan ("聚力抓", "抓大" before 项目), it
//! does not open with a year or a period ("2024年度…") nor end in a year ("…召开2024年度"), it holds more than numerals and
//! modifiers, it is not an office of government, it is not one common word before 工程 (a kind
//! of works: "消防工程"), and it is not itself one common word of the dictionary ("样板",
//! "多数").
//!
//! Names the dictionary does not know (company brands, most places) carry the HMM's guessed
//! tags; the test only trusts tags of words the dictionary knows.

use crate::extraction::Span;
use crate::grammar::number::is_chinese_numeral;
use crate::lexicon::classes::{
    ASPECT_PARTICLES, FACILITY_PART_ENDS, GOVERNMENT_OFFICES, KIND_HEADS, PERIOD_OPENERS,
    VERBS_OF_SLOGANS, WORKS_HEAD,
};
use crate::lexicon::lookup::BoundaryIndex;
use crate::lexicon::segment::{
    COMMON_WORD_FREQUENCY, Word, WordClass, Words, dictionary_frequency,
};

/// What the test says of a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Reads as a name.
    Name,
    /// Might be a name: its edges do not fall on word boundaries.
    Unsure,
    /// Not a name.
    NotAName(Reason),
}

/// Why a candidate is no name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// The candidate is one common word of the dictionary.
    CommonWord,
    /// A function word of the dictionary stands at its edge.
    FunctionWordAtEdge,
    /// It ends in a one-character verb, a locality word or an aspect particle.
    DanglingEnd,
    /// Nothing in it but numerals, pronouns and modifiers.
    NoContentWord,
    /// It names an office of government, not a project.
    GovernmentOffice,
    /// A slogan's verb phrase before 项目, whatever the segmenter's tags: it ends in one of
    /// the slogans' verbs ("…聚力抓"), or is two characters opening with one ("抓大").
    Slogan,
    /// An adverb before a verb inside it ("…共承担城市更新"): a predicate, not a name.
    Predicate,
    /// It opens with a year or a period ("2024年度…", "今年…"): a year's batch.
    OpensWithAPeriod,
    /// It ends in a year or a period ("…召开2024年度" before 项目建设总结会): the time of what
    /// the head names, not a name.
    EndsWithAPeriod,
    /// One common word before 工程 ("消防工程", "排水工程"): a kind of works, even in a list.
    KindOfWorks,
}

/// Judges the name `name` of the (Simplified) text, whose words are `words` and whose boundary
/// words of names are `boundaries` (a name may start right after "以" even where the
/// segmenter read "以东" as one word); `owned` when a company written before it
/// owns it ("甲公司的原料药项目"), which makes a common word a name.
pub fn judge(
    text: &str,
    words: &Words,
    boundaries: &BoundaryIndex,
    name: Span,
    owned: bool,
) -> Verdict {
    let Some(core) = core_span(text, words, name) else {
        return Verdict::NotAName(Reason::NoContentWord);
    };
    let core_text = &text[core.start..core.end];
    if GOVERNMENT_OFFICES
        .iter()
        .any(|office| core_text.ends_with(office))
    {
        return Verdict::NotAName(Reason::GovernmentOffice);
    }
    if opens_with_a_period(core_text) {
        return Verdict::NotAName(Reason::OpensWithAPeriod);
    }
    if ends_with_a_year(core_text) {
        return Verdict::NotAName(Reason::EndsWithAPeriod);
    }
    let inside = words.pieces(core);
    if !owned && is_kind_of_works(text, &inside, &text[core.end..]) {
        return Verdict::NotAName(Reason::KindOfWorks);
    }
    let (Some(first), Some(last)) = (inside.first(), inside.last()) else {
        return Verdict::Unsure;
    };
    let char_len = |w: &Word| text[w.span.start..w.span.end].chars().count();
    let leading_function_word = first.class.is_function_word() && first.class != WordClass::Adverb;
    if first.in_dictionary && leading_function_word && char_len(first) >= 2 {
        return Verdict::NotAName(Reason::FunctionWordAtEdge);
    }
    if last.in_dictionary && last.class.is_function_word() && last.class != WordClass::Adverb {
        return Verdict::NotAName(Reason::FunctionWordAtEdge);
    }
    let last_text = &text[last.span.start..last.span.end];
    let dangling = last.in_dictionary
        && char_len(last) == 1
        && matches!(last.class, WordClass::Verb | WordClass::Locality)
        && !last_two_chars_are_a_word(text, last.span.end)
        && !is_facility_after_a_noun(text, &inside);
    if dangling || (last.class == WordClass::Verb && last_text.ends_with(ASPECT_PARTICLES)) {
        return Verdict::NotAName(Reason::DanglingEnd);
    }
    if holds_a_predicate(&inside) {
        return Verdict::NotAName(Reason::Predicate);
    }
    if is_a_slogan(core_text) {
        return Verdict::NotAName(Reason::Slogan);
    }
    if inside.iter().all(is_modifier) {
        return Verdict::NotAName(Reason::NoContentWord);
    }
    if !owned && is_one_common_word(&inside) {
        return Verdict::NotAName(Reason::CommonWord);
    }
    let starts_at_a_boundary = words.boundary_at(core.start) || boundaries.ends_at(core.start);
    let whole_words = starts_at_a_boundary && ends_at_a_boundary(text, words, core.end);
    if whole_words {
        Verdict::Name
    } else {
        Verdict::Unsure
    }
}

/// True when a word ends at `end`, or the word that runs over it ends with a head word right
/// after `end` (the segmenter reads "建设项目" as one word).
fn ends_at_a_boundary(text: &str, words: &Words, end: usize) -> bool {
    words.boundary_at(end)
        || KIND_HEADS.iter().any(|head| {
            text[end..].starts_with(head)
                && words
                    .holding(end)
                    .is_some_and(|w| w.span.end == end + head.len())
        })
}

/// The name without brackets and quotes at its edges and without a trailing head word (项目,
/// 工程) that the segmenter reads as a word of its own; `None` when nothing is left.
fn core_span(text: &str, words: &Words, name: Span) -> Option<Span> {
    let mut core = name;
    let trim: &[char] = &['“', '”', '"', '(', ')', '《', '》', ' '];
    let written = text.get(core.start..core.end)?;
    let trimmed_start = written.trim_start_matches(trim);
    core.start += written.len() - trimmed_start.len();
    let trimmed = trimmed_start.trim_end_matches(trim);
    core.end = core.start + trimmed.len();
    for head in KIND_HEADS {
        if let Some(stem) = text[core.start..core.end].strip_suffix(head)
            && stem.chars().count() >= 2
            && words.boundary_at(core.start + stem.len())
        {
            core.end -= head.len();
            break;
        }
    }
    (core.end > core.start).then_some(core)
}

/// "2024年…", "二〇二四年度…", "今年…": a year in digits or Chinese numerals, or a period word,
/// at the start.
fn opens_with_a_period(core: &str) -> bool {
    if PERIOD_OPENERS.iter().any(|w| core.starts_with(w)) {
        return true;
    }
    let digits = core
        .chars()
        .take_while(|c| c.is_ascii_digit() || "〇零一二三四五六七八九".contains(*c))
        .count();
    (2..=4).contains(&digits) && core.chars().nth(digits) == Some('年')
}

/// "…2024年度", "…二〇二四年": a year in digits or Chinese numerals at the end.
fn ends_with_a_year(core: &str) -> bool {
    let Some(before) = core
        .strip_suffix("年度")
        .or_else(|| core.strip_suffix('年'))
    else {
        return false;
    };
    let digits = before
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_digit() || "〇零一二三四五六七八九".contains(*c))
        .count();
    digits == 4 || digits == 2 && before.chars().count() == 2
}

/// A dictionary adverb right before a dictionary verb ("共/承担", "已/完成").
fn holds_a_predicate(words: &[Word]) -> bool {
    words.windows(2).any(|pair| {
        pair[0].in_dictionary
            && pair[0].class == WordClass::Adverb
            && pair[1].in_dictionary
            && pair[1].class == WordClass::Verb
    })
}

/// "聚力抓", "抓大" (before 项目): ends in a one-character verb of the genre's slogans, or is
/// two characters opening with one.
fn is_a_slogan(core: &str) -> bool {
    let count = core.chars().count();
    count >= 2 && core.ends_with(VERBS_OF_SLOGANS)
        || count == 2 && core.starts_with(VERBS_OF_SLOGANS)
}

/// A common word of the dictionary before 工程, in the name ("消防工程", "排水/工程") or right
/// after it (`after`): not a phase ("二期工程"), a place or a body. `words` are the name's.
fn is_kind_of_works(text: &str, words: &[Word], after: &str) -> bool {
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    let name = &text[first.span.start..last.span.end];
    let stem = match name.strip_suffix(WORKS_HEAD) {
        Some(stem) => stem,
        None if after.starts_with(WORKS_HEAD) => name,
        None => return false,
    };
    let proper = words.iter().any(|w| {
        w.in_dictionary
            && matches!(
                w.class,
                WordClass::Place | WordClass::Organisation | WordClass::Person
            )
    });
    !proper
        && !stem
            .chars()
            .any(|c| c.is_ascii_digit() || is_chinese_numeral(c))
        && dictionary_frequency(stem) >= COMMON_WORD_FREQUENCY
}

/// "污水处理/站", "冷藏/库": a one-character facility noun the segmenter tags as a verb, after a
/// noun, ends a facility's name.
fn is_facility_after_a_noun(text: &str, words: &[Word]) -> bool {
    let [.., before, last] = words else {
        return false;
    };
    text[last.span.start..last.span.end]
        .chars()
        .next()
        .is_some_and(|c| FACILITY_PART_ENDS.contains(&c))
        && before.in_dictionary
        && before.class.is_nominal()
}

/// True when the two characters before `end` make a word of the dictionary ("灯具" after the
/// segmenter cut "照明灯/具").
fn last_two_chars_are_a_word(text: &str, end: usize) -> bool {
    let mut chars = text[..end].char_indices().rev();
    match (chars.next(), chars.next()) {
        (Some(_), Some((start, _))) => dictionary_frequency(&text[start..end]) > 0,
        _ => false,
    }
}

/// Numerals, classifiers, pronouns, adverbs, adjectives and distinguishers known to the
/// dictionary: words that qualify a name but cannot be one.
fn is_modifier(word: &Word) -> bool {
    word.in_dictionary
        && matches!(
            word.class,
            WordClass::Numeral
                | WordClass::Classifier
                | WordClass::Pronoun
                | WordClass::Adverb
                | WordClass::Adjective
                | WordClass::Distinguisher
                | WordClass::Time
        )
}

/// After any leading numerals, pronouns, time and distinguishing words ("大型"), one word the
/// dictionary knows as a common noun or verb. Adjectives are not skipped: brands are made of
/// them ("鼎盛物流").
fn is_one_common_word(words: &[Word]) -> bool {
    let rest: Vec<&Word> = words
        .iter()
        .skip_while(|w| {
            is_modifier(w) && !matches!(w.class, WordClass::Adjective | WordClass::Adverb)
        })
        .collect();
    matches!(rest.as_slice(), [only] if only.in_dictionary && !matches!(
        only.class,
        WordClass::Place | WordClass::Organisation | WordClass::Person | WordClass::Foreign
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verdict(text: &str, name: &str) -> Verdict {
        let start = text.find(name).expect("name in text");
        let words = Words::of(text);
        judge(
            text,
            &words,
            &BoundaryIndex::new(text),
            Span {
                start,
                end: start + name.len(),
            },
            false,
        )
    }

    #[test]
    fn common_words_are_no_names() {
        assert_eq!(
            verdict("这是全镇的样板项目", "样板"),
            Verdict::NotAName(Reason::CommonWord)
        );
        assert_eq!(
            verdict("同步建设消防工程", "消防工程"),
            Verdict::NotAName(Reason::KindOfWorks)
        );
        assert_eq!(
            verdict("多数项目进展顺利", "多数"),
            Verdict::NotAName(Reason::NoContentWord)
        );
    }

    #[test]
    fn function_words_and_dangling_verbs_at_the_edges() {
        assert_eq!(
            verdict("一切围着项目转", "一切围着"),
            Verdict::NotAName(Reason::FunctionWordAtEdge)
        );
        assert_eq!(
            verdict("发展靠项目", "发展靠"),
            Verdict::NotAName(Reason::DanglingEnd)
        );
        assert_eq!(
            verdict("甲镇乙村污水处理站项目已建成", "乙村污水处理站"),
            Verdict::Name
        );
        assert_eq!(
            verdict("柳河镇人民政府签约", "柳河镇人民政府"),
            Verdict::NotAName(Reason::GovernmentOffice)
        );
    }

    #[test]
    fn periods_slogans_and_kinds_of_works_are_no_names() {
        for (text, name, reason) in [
            (
                "2031年度全县重点产业项目",
                "2031年度全县重点产业",
                Reason::OpensWithAPeriod,
            ),
            (
                "青禾镇召开2031年度项目建设总结会",
                "青禾镇召开2031年度",
                Reason::EndsWithAPeriod,
            ),
            (
                "二〇三一年柳河民生项目",
                "二〇三一年柳河民生",
                Reason::OpensWithAPeriod,
            ),
            (
                "今年青禾新材料项目",
                "今年青禾新材料",
                Reason::OpensWithAPeriod,
            ),
            ("工业强镇靠项目", "工业强镇靠", Reason::Slogan),
            (
                "柳湾街道共承担城市更新项目5个",
                "柳湾街道共承担城市更新",
                Reason::Predicate,
            ),
            ("全村上下合力抓项目", "全村上下合力抓", Reason::Slogan),
            ("坚持大抓项目、抓大项目", "抓大", Reason::Slogan),
            ("配建通信工程、排水工程", "排水工程", Reason::KindOfWorks),
            ("同步实施绿化工程", "绿化", Reason::KindOfWorks),
        ] {
            assert_eq!(verdict(text, name), Verdict::NotAName(reason), "{name}");
        }
        assert_ne!(
            verdict("柳河镇二期工程开工", "二期工程"),
            Verdict::NotAName(Reason::KindOfWorks),
            "a phase is no kind of works"
        );
    }

    #[test]
    fn invented_names_pass() {
        for (text, name) in [
            ("青禾木业项目开工", "青禾木业"),
            ("新建柳河污水处理厂项目", "柳河污水处理厂"),
            ("滨江大道拓宽工程", "滨江大道拓宽工程"),
            ("大型综合超市项目", "大型综合超市"),
            ("年产200万套锂电池项目签约", "年产200万套锂电池"),
            ("青禾镇108省道拓宽工程", "108省道拓宽工程"),
            ("青禾镇2号厂房项目", "2号厂房"),
        ] {
            assert!(
                matches!(verdict(text, name), Verdict::Name | Verdict::Unsure),
                "{name} in {text}"
            );
        }
    }
}
