//! The closed word classes of the genre, in Simplified Chinese, in one home: grammar words of
//! local news about projects, never names of particular projects or places. Each class says
//! what it is for; where two classes look alike but differ in members, each says why.
//!
//! - [`heads`]: heads of project mentions and the endings of names;
//! - [`boundaries`]: what a name never runs across and what makes a candidate generic;
//! - [`markers`]: enumerators, references back, time words.

mod boundaries;
mod heads;
mod markers;

pub use boundaries::*;
pub use heads::*;
pub use markers::*;
