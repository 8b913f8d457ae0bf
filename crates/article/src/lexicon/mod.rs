//! What the recognisers know of words and places beyond the article itself: word boundaries
//! and parts of speech from a segmenter with its dictionary ([`segment`]), and the names the
//! ledger already holds ([`known`]).

pub mod known;
pub mod segment;
