//! What the recognisers know of words and places beyond the article itself: word boundaries
//! and parts of speech from a segmenter with its dictionary ([`segment`]).

pub mod segment;
