//! The grammars: small parsers for the phrases a project's facts are written in — numbers,
//! sums of money, dates and status verbs. Each works on Simplified text and returns spans.

pub mod amount;
pub mod date;
pub mod number;
pub mod status;
