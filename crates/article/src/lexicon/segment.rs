//! Word boundaries and parts of speech from a real segmenter: jieba-rs with its bundled
//! dictionary (about 350,000 words with their frequencies and tags), run over the Simplified
//! copy of an article. The dictionary loads once, on first use or on [`warm`]; the app warms
//! it off the UI thread.
//!
//! The segmenter runs without its HMM (which guesses new words and their tags, at twice the
//! cost): names the dictionary does not know (most companies and many places) come out as
//! runs of single characters, which count as unknown; [`Word::in_dictionary`] says which
//! words the dictionary vouches for, because only those tags are trustworthy.

use std::sync::LazyLock;

use jieba_rs::Jieba;

use crate::extraction::Span;

/// The segmenter with the bundled dictionary.
static JIEBA: LazyLock<Jieba> = LazyLock::new(Jieba::new);

/// A character of CJK Extension A that the dictionary does not hold, so tagging it makes
/// jieba load the model it guesses unknown words' tags with.
const UNKNOWN_TO_THE_DICTIONARY: &str = "\u{3400}";

/// Loads the dictionary and the tag model of unknown words now (together about a quarter of a
/// second), so that the first article does not wait for them.
pub fn warm() {
    JIEBA.tag(UNKNOWN_TO_THE_DICTIONARY, false);
}

/// A word's part of speech, from jieba's tag set (ICTCLAS), grouped the way the recognisers
/// ask about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordClass {
    /// n, ng, nz, an: common and other nouns.
    Noun,
    /// ns: place names.
    Place,
    /// nt: organisations.
    Organisation,
    /// nr, nrfg, nrt: people's names.
    Person,
    /// vn: verbs used as nouns (建设, 开发).
    VerbalNoun,
    /// v, vd, vg, vi, vq: verbs.
    Verb,
    /// a, ad, ag, z: adjectives and descriptive words.
    Adjective,
    /// b: distinguishing words (大型, 新型).
    Distinguisher,
    /// d, df, dg: adverbs.
    Adverb,
    /// r, rg, rr, rz: pronouns (我市, 一切, 这).
    Pronoun,
    /// p: prepositions (按照, 对).
    Preposition,
    /// c: conjunctions.
    Conjunction,
    /// u, ud, ug, uj, ul, uv, uz: particles (的, 了, 着).
    Particle,
    /// m, mg, mq: numerals.
    Numeral,
    /// q, qe, qg: classifiers.
    Classifier,
    /// t, tg: time words.
    Time,
    /// f: locality words (上, 外, 内).
    Locality,
    /// e, o, y: interjections, onomatopoeia, modal particles.
    Interjection,
    /// i, l, j, s, k, h, g and anything else: idioms, abbreviations, places of speech.
    Other,
    /// eng, x: Latin letters, digits, punctuation.
    Foreign,
}

impl WordClass {
    fn of_tag(tag: &str) -> Self {
        match tag {
            "n" | "ng" | "nz" | "an" => WordClass::Noun,
            "ns" => WordClass::Place,
            "nt" => WordClass::Organisation,
            "nr" | "nrfg" | "nrt" => WordClass::Person,
            "vn" => WordClass::VerbalNoun,
            "v" | "vd" | "vg" | "vi" | "vq" => WordClass::Verb,
            "a" | "ad" | "ag" | "z" | "zg" => WordClass::Adjective,
            "b" | "bg" => WordClass::Distinguisher,
            "d" | "df" | "dg" => WordClass::Adverb,
            "r" | "rg" | "rr" | "rz" => WordClass::Pronoun,
            "p" => WordClass::Preposition,
            "c" => WordClass::Conjunction,
            "u" | "ud" | "ug" | "uj" | "ul" | "uv" | "uz" => WordClass::Particle,
            "m" | "mg" | "mq" => WordClass::Numeral,
            "q" | "qe" | "qg" => WordClass::Classifier,
            "t" | "tg" => WordClass::Time,
            "f" => WordClass::Locality,
            "e" | "o" | "y" | "yg" => WordClass::Interjection,
            "eng" | "x" => WordClass::Foreign,
            _ => WordClass::Other,
        }
    }

    /// Nouns of every kind, proper or common.
    pub fn is_nominal(self) -> bool {
        matches!(
            self,
            WordClass::Noun | WordClass::Place | WordClass::Organisation | WordClass::Person
        )
    }

    /// Words that only glue others together: no name starts or ends with one.
    pub fn is_function_word(self) -> bool {
        matches!(
            self,
            WordClass::Adverb
                | WordClass::Pronoun
                | WordClass::Preposition
                | WordClass::Conjunction
                | WordClass::Particle
                | WordClass::Interjection
        )
    }
}

/// One word of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    pub span: Span,
    pub class: WordClass,
    /// The dictionary knows the word (its tag is the dictionary's, not the HMM's guess).
    pub in_dictionary: bool,
}

/// The words of a text, in order, covering it without gaps.
pub struct Words {
    words: Vec<Word>,
}

impl Words {
    /// Segments a (Simplified) text.
    pub fn of(text: &str) -> Self {
        let jieba = &*JIEBA;
        let mut words: Vec<Word> = jieba
            .tag(text, false)
            .into_iter()
            .map(|tag| Word {
                span: Span {
                    start: tag.byte_start,
                    end: tag.byte_end,
                },
                class: WordClass::of_tag(tag.tag),
                in_dictionary: is_dictionary_edge(tag.word) || jieba.has_word(tag.word),
            })
            .collect();
        mark_unknown_stretches(text, &mut words);
        Words { words }
    }

    /// All words, in order.
    pub fn all(&self) -> &[Word] {
        &self.words
    }

    /// The index of the word that starts at `at`.
    fn index_starting_at(&self, at: usize) -> Option<usize> {
        self.words.binary_search_by_key(&at, |w| w.span.start).ok()
    }

    /// True when a word may start at byte `at`: a word starts there, or `at` falls inside a
    /// word the dictionary does not know, whose edges are only the HMM's guess ("亿的鑫源" is
    /// one such guess). The text's start and end count as boundaries.
    pub fn boundary_at(&self, at: usize) -> bool {
        at == 0
            || self.index_starting_at(at).is_some()
            || self.words.last().is_none_or(|w| w.span.end <= at)
            || self.holding(at).is_some_and(|w| !w.in_dictionary)
    }

    /// The word that starts at `at`.
    pub fn starting_at(&self, at: usize) -> Option<&Word> {
        self.index_starting_at(at).map(|i| &self.words[i])
    }

    /// The word that ends at `at`.
    pub fn ending_at(&self, at: usize) -> Option<&Word> {
        let after = self.words.partition_point(|w| w.span.end < at);
        self.words.get(after).filter(|w| w.span.end == at)
    }

    /// The word holding byte `at`.
    pub fn holding(&self, at: usize) -> Option<&Word> {
        let after = self.words.partition_point(|w| w.span.end <= at);
        self.words.get(after).filter(|w| w.span.start <= at)
    }

    /// The words of a span: words that cross its edges are cut there, and a cut word counts
    /// as unknown to the dictionary.
    pub fn pieces(&self, span: Span) -> Vec<Word> {
        let from = self.words.partition_point(|w| w.span.end <= span.start);
        self.words[from..]
            .iter()
            .take_while(|w| w.span.start < span.end)
            .map(|w| {
                let cut = Span {
                    start: w.span.start.max(span.start),
                    end: w.span.end.min(span.end),
                };
                Word {
                    span: cut,
                    in_dictionary: w.in_dictionary && cut == w.span,
                    ..*w
                }
            })
            .collect()
    }
}

/// True for a word that can only have come out of the segmenter as one of its dictionary's
/// words, so that the dictionary need not be asked again: without the HMM the segmenter joins
/// characters into one word only along its dictionary's entries, or into runs of ASCII letters
/// and digits (and "\r\n"), so a word of two or more characters that is not all ASCII is an
/// entry.
fn is_dictionary_edge(word: &str) -> bool {
    !word.is_ascii() && word.chars().nth(1).is_some()
}

/// Without its HMM, the segmenter cuts a word it does not know (most brands and many places)
/// into single characters. Two or more single Han characters in a row are such a word: their
/// characters' own tags say nothing about it, so they count as unknown to the dictionary.
fn mark_unknown_stretches(text: &str, words: &mut [Word]) {
    let single = |w: &Word| {
        let piece = &text[w.span.start..w.span.end];
        let mut chars = piece.chars();
        matches!((chars.next(), chars.next()), (Some(c), None) if crate::clean::pinyin::is_han(c))
    };
    let mut at = 0;
    while at < words.len() {
        let run = words[at..].iter().take_while(|w| single(w)).count();
        if run >= 2 {
            for word in &mut words[at..at + run] {
                word.in_dictionary = false;
            }
        }
        at += run.max(1);
    }
}

/// How often the dictionary has seen a word (0 when it does not know it).
pub fn dictionary_frequency(word: &str) -> usize {
    let jieba = &*JIEBA;
    if jieba.has_word(word) {
        jieba.suggest_freq(word).saturating_sub(1)
    } else {
        0
    }
}

/// How often the dictionary must have seen a word for it to count as a common word.
pub const COMMON_WORD_FREQUENCY: usize = 20;

/// True when a text is one common word of the dictionary: one word, not tagged as a place,
/// seen often enough not to be a rare name the dictionary mistags ("加油站", "小城镇", not
/// "邵伯镇"). Such a text names a kind of thing, not one thing.
pub fn is_common_word(text: &str) -> bool {
    matches!(Words::of(text).all(), [only] if only.in_dictionary
        && only.class != WordClass::Place
        && dictionary_frequency(text) >= COMMON_WORD_FREQUENCY)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segmented(text: &str) -> Vec<(&str, WordClass)> {
        Words::of(text)
            .all()
            .iter()
            .map(|w| (&text[w.span.start..w.span.end], w.class))
            .collect()
    }

    #[test]
    fn words_cover_the_text_with_offsets_into_it() {
        let text = "今年3月底前,青禾木业项目开工。\n第二行:投资2亿元";
        let words = Words::of(text);
        let mut at = 0;
        for word in words.all() {
            assert_eq!(word.span.start, at, "no gap before {word:?}");
            at = word.span.end;
        }
        assert_eq!(at, text.len());
        assert!(words.boundary_at(text.find("项目").unwrap()));
        assert!(!words.boundary_at(text.find("目").unwrap()));
        assert!(!words.boundary_at(text.find("底").unwrap()));
    }

    #[test]
    fn parts_of_speech_of_common_words() {
        let words = segmented("按照规划推进");
        assert_eq!(words[0], ("按照", WordClass::Preposition));
        assert!(dictionary_frequency("多数") > 1000);
        assert!(is_common_word("加油站"));
        assert!(!is_common_word("青禾木业"));
        assert_eq!(dictionary_frequency("青禾木业"), 0);
    }

    #[test]
    fn lookups_by_position() {
        let text = "一切围着项目转";
        let words = Words::of(text);
        let first = words.starting_at(0).unwrap();
        assert_eq!(first.class, WordClass::Pronoun);
        assert!(first.in_dictionary);
        assert_eq!(words.ending_at(first.span.end), Some(first));
        assert_eq!(words.holding(first.span.end - 1), Some(first));
        assert_eq!(
            words.pieces(Span {
                start: 0,
                end: text.len()
            }),
            words.all()
        );
        let cut = words.pieces(Span { start: 3, end: 9 });
        assert_eq!(cut[0].span, Span { start: 3, end: 6 });
        assert!(!cut[0].in_dictionary);
    }
}
