//! What the recognisers know of words and places beyond the article itself: the closed word
//! classes of the genre ([`classes`]) and the questions asked of them ([`lookup`]), word
//! boundaries and parts of speech from a segmenter with its dictionary ([`segment`]), and the
//! names the ledger already holds ([`known`]).

pub mod classes;
pub mod known;
pub mod lookup;
pub mod segment;
