//! Checks every unit mention against what is known of places: a town (镇, 乡, 街道) is a
//! township of the official gazetteer ([`crate::gazetteer`]), taken without the words before
//! it ("山区鹅湖镇" → 鹅湖镇, "句容边城镇" → 边城镇), or else a name the article confirms by
//! using it again or standing it alone on a line; any other unit's name must read as a noun
//! phrase that starts where a word of the text starts (no verb, preposition or time word at
//! its edges, not one common word: "按照区", "做好街道", "小城镇", "建设项目和县" are no units). Parks and zones keep their grammar rules; bare names
//! that a list, a heading or a definition made units ("金马、和盛两镇") stay as they are.

use super::TextWords;
use super::unit::{UnitBasis, UnitMention};
use crate::extraction::Span;
use crate::gazetteer;
use crate::lexicon::classes::{NON_TOWNSHIP_ENDS, TOWNSHIP_SUFFIXES, UNIT_SUFFIXES};
use crate::lexicon::segment::{Word, WordClass, is_common_word};

/// Checks and trims the unit mentions of a (Simplified) text, keeping their order.
pub fn check_places(text: &str, text_words: &TextWords, found: &mut Vec<UnitMention>) {
    *found = found
        .iter()
        .filter_map(|mention| check_one(text, text_words, mention))
        .collect();
}

fn check_one(text: &str, text_words: &TextWords, mention: &UnitMention) -> Option<UnitMention> {
    let span = mention.span;
    let name = text.get(span.start..span.end)?;
    let Some(suffix) = TOWNSHIP_SUFFIXES.iter().find(|s| name.ends_with(**s)) else {
        if !name.ends_with(NON_TOWNSHIP_ENDS) {
            return Some(*mention);
        }
        let span = whole_first_word(text, text_words, span)?;
        return reads_as_a_name(text, text_words, span, false)
            .then_some(UnitMention { span, ..*mention });
    };
    let common_word = is_one_common_word(text, text_words, span);
    if let Some(start) = gazetteer_township_start(text_words, span, name).filter(|_| !common_word) {
        return Some(UnitMention {
            span: Span {
                start: span.start + start,
                end: span.end,
            },
            basis: UnitBasis::Gazetteer,
            ..*mention
        });
    }
    let stem = &name[..name.len() - suffix.len()];
    let confirmed = text.matches(name).nth(1).is_some() || stands_alone(text, span);
    (stem.chars().count() >= 2
        && confirmed
        && starts_a_word(text_words, span)
        && reads_as_a_name(text, text_words, span, true))
    .then_some(*mention)
}

/// True when a name starts where a word of the text does, not inside one ("建设项目和县" read
/// as "设项目和县"): a name cut out of a word is no unit's.
fn starts_a_word(text_words: &TextWords, span: Span) -> bool {
    text_words.words.boundary_at(span.start)
}

/// A zone's or park's name that starts inside a word takes the whole word ("农|产品加工园区" →
/// 农产品加工园区: such names are descriptive nouns); a county's or district's, a proper name
/// after a one-character rank, is then no name at all ("建设|项目和县").
fn whole_first_word(text: &str, text_words: &TextWords, span: Span) -> Option<Span> {
    if starts_a_word(text_words, span) {
        return Some(span);
    }
    let zone_kind = UNIT_SUFFIXES
        .iter()
        .any(|(suffix, _, _)| suffix.chars().count() >= 2 && text[..span.end].ends_with(suffix));
    let word = text_words.words.holding(span.start)?;
    zone_kind.then_some(Span {
        start: word.span.start,
        end: span.end,
    })
}

/// Where in `name` (at `span` of the text) the longest township of the gazetteer that ends it
/// starts: the whole name, or a tail of at least three characters that starts at a word
/// boundary ("山区|鹅湖镇", but not "青|石市镇").
fn gazetteer_township_start(text_words: &TextWords, span: Span, name: &str) -> Option<usize> {
    if gazetteer::is_township(name) && name.chars().count() >= 3 {
        return Some(0);
    }
    name.char_indices().map(|(at, _)| at).skip(1).find(|&at| {
        name[at..].chars().count() >= 3
            && text_words.words.boundary_at(span.start + at)
            && gazetteer::is_township(&name[at..])
    })
}

/// True when the mention is all of its line, or a heading: the line holds little else.
fn stands_alone(text: &str, span: Span) -> bool {
    let line_start = text[..span.start].rfind('\n').map_or(0, |at| at + 1);
    let line_end = text[span.end..]
        .find('\n')
        .map_or(text.len(), |at| span.end + at);
    text[line_start..span.start].trim().is_empty() && text[span.end..line_end].trim().is_empty()
}

/// The noun-phrase test for a unit's name: no dictionary verb, pronoun, time, numeral or
/// function word at its start, no preposition, conjunction or particle inside it, and, for a
/// town, not one common word as a whole ("小城镇", "集镇"; a zone may be named by its kind
/// alone, "高新区").
fn reads_as_a_name(text: &str, text_words: &TextWords, span: Span, town: bool) -> bool {
    let pieces = text_words.words.pieces(span);
    let Some(first) = pieces.first() else {
        return false;
    };
    let piece_text = |w: &Word| &text[w.span.start..w.span.end];
    let bad_start = first.in_dictionary
        && match first.class {
            WordClass::Time | WordClass::Numeral => true,
            WordClass::Verb => piece_text(first).chars().count() >= 2,
            class => class.is_function_word() && piece_text(first).chars().count() >= 2,
        };
    let stem_end = pieces.len().saturating_sub(1);
    let bad_inside = pieces[..stem_end].iter().any(|w| {
        w.in_dictionary
            && matches!(
                w.class,
                WordClass::Preposition | WordClass::Conjunction | WordClass::Particle
            )
    });
    !(bad_start || bad_inside || (town && is_one_common_word(text, text_words, span)))
}

/// True when a name is one word of the text's segmentation and a common word of the
/// dictionary ("小城镇", "集镇"; not "邵伯镇").
fn is_one_common_word(text: &str, text_words: &TextWords, span: Span) -> bool {
    text_words.words.pieces(span).len() == 1 && is_common_word(&text[span.start..span.end])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognise::unit::find_units;

    fn units(text: &str) -> Vec<&str> {
        find_units(text, &TextWords::of(text))
            .iter()
            .map(|u| &text[u.span.start..u.span.end])
            .collect()
    }

    #[test]
    fn gazetteer_townships_are_taken_without_the_words_before_them() {
        assert_eq!(units("今年,山区鹅湖镇项目加快建设。"), vec!["鹅湖镇"]);
        assert_eq!(units("句容边城镇重点项目喜讯不断。"), vec!["边城镇"]);
    }

    #[test]
    fn phrases_that_end_in_a_unit_word_are_no_units() {
        for text in [
            "补齐城镇公共服务短板。",
            "做好街道清扫工作。",
            "推动项目按区分类推进。",
            "按照区里的部署。",
            "建设特色小城镇。",
            "2018年镇区建设发展工作计划",
            "来到县城第二水厂建设项目和县人民医院项目现场。",
        ] {
            assert_eq!(units(text), Vec::<&str>::new(), "{text}");
        }
    }

    #[test]
    fn a_park_cut_inside_a_word_takes_the_whole_word() {
        assert_eq!(
            units("年产值1.5亿元的农产品加工园区。"),
            vec!["农产品加工园区"]
        );
    }

    #[test]
    fn a_town_not_in_the_gazetteer_needs_the_article_to_confirm_it() {
        assert_eq!(units("青禾岭镇召开推进会。"), Vec::<&str>::new());
        assert_eq!(
            units("青禾岭镇召开推进会。青禾岭镇新签约项目2个。"),
            vec!["青禾岭镇", "青禾岭镇"]
        );
        assert_eq!(units("青禾岭镇\n今年新签约项目2个。"), vec!["青禾岭镇"]);
    }
}
