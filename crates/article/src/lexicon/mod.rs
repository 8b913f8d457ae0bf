//! What the recognisers know of words and places beyond the article itself: the closed word
//! classes of the genre ([`classes`]), the automata built from them ([`automata`]) and the
//! questions asked of them ([`lookup`]), word boundaries and parts of speech from a segmenter
//! with its dictionary ([`segment`]), and the names the ledger already holds ([`known`]).

pub mod automata;
pub mod classes;
pub mod known;
pub mod lookup;
pub mod segment;

use std::sync::LazyLock;

/// Builds every automaton of the engine now: those of [`automata`], the publish labels of the
/// date line, the table of numeral characters and the Traditional → Simplified converter with
/// its character table. The first
/// article then pays for none of them, and a word list that fails to build panics here (the
/// tests call this) instead of on some later article. The segmenter's dictionary and the
/// gazetteer load with their own [`segment::warm`] and [`crate::gazetteer::warm`];
/// [`crate::warm_up`] pays for all three.
pub fn warm() {
    for automaton in automata::ALL {
        LazyLock::force(automaton);
    }
    LazyLock::force(&crate::decode::dateline::PUBLISH_LABEL_MATCHER);
    crate::decode::warm();
    LazyLock::force(&crate::grammar::number::NUMERAL_CHARS);
    LazyLock::force(&crate::script::T2S);
    LazyLock::force(&crate::script::SIMPLIFIED_CHARS);
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_automaton_builds() {
        super::warm();
    }
}
