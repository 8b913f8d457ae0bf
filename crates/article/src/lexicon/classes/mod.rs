//! The closed word classes of the genre, in Simplified Chinese, in one home: grammar words of
//! local news about projects, never names of particular projects or places. Each class says
//! what it is for; where two classes look alike but differ in members, each says why.
//!
//! - [`heads`]: heads of project mentions and the endings of names;
//! - [`boundaries`]: what a name never runs across and what makes a candidate generic;
//! - [`places`]: unit suffixes, generic unit names, cities, words of place, ranks and zones;
//! - [`counts`]: classifiers, totals, minimums and the words around sums of money;
//! - [`lists`]: separators, list openers, enumerators, copulas, references back;
//! - [`markers`]: fact and target markers, time words, predicates, person labels.
//!
//! A class of characters (`&[char]`) stands for characters, not for the words they begin or
//! end: where a test is about words (和平, 针对, 等级), the class lists the words.

mod boundaries;
mod counts;
mod heads;
mod lists;
mod markers;
mod places;

pub use boundaries::*;
pub use counts::*;
pub use heads::*;
pub use lists::*;
pub use markers::*;
pub use places::*;
