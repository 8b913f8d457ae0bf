//! The recognisers: units (towns, zones, counties) and projects, found in the Simplified copy
//! of the cleaned text with the word classes of [`crate::lexicon::classes`], the segmenter's
//! words and the noun-phrase test of [`name_check`]; [`short_form`] gives a township's short
//! form its full name.

pub mod name_check;
pub mod place_check;
pub mod project;
pub mod short_form;
pub mod unit;

use crate::lexicon::lookup::BoundaryIndex;
use crate::lexicon::segment::Words;

/// What the recognisers know of a text's words: where the boundary words of names end
/// ([`BoundaryIndex`]) and the segmenter's words with their parts of speech ([`Words`]).
pub struct TextWords {
    pub boundaries: BoundaryIndex,
    pub words: Words,
}

impl TextWords {
    /// Indexes a (Simplified) text.
    pub fn of(text: &str) -> Self {
        TextWords {
            boundaries: BoundaryIndex::new(text),
            words: Words::of(text),
        }
    }
}
