//! What the invented-article tests share: extracting a text with the default options, and
//! reading the project names and one project back.

#![allow(dead_code, reason = "each test file uses the helpers it needs")]

use town_tracker_article::{Extraction, Options, ProjectFinding, extract_text};

pub fn extract(text: &str) -> Extraction {
    extract_text(text, "fixture", &Options::default())
}

pub fn names(extraction: &Extraction) -> Vec<&str> {
    extraction
        .projects
        .iter()
        .map(|p| p.name.as_str())
        .collect()
}

pub fn project<'e>(extraction: &'e Extraction, name: &str) -> &'e ProjectFinding {
    extraction
        .projects
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("{name} not among {:?}", names(extraction)))
}
