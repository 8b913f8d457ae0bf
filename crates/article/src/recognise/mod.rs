//! The recognisers: units (towns, zones, counties) and projects, found in the Simplified copy
//! of the cleaned text with the word classes of [`words`].

pub mod project;
pub mod unit;
pub mod words;
