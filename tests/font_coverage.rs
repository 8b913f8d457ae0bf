//! The bundled fonts draw every character the app can show: all of CJK Unified Ideographs
//! (U+4E00–U+9FFF), every character in `assets/`, in the project's own fixtures and in the
//! source (where every UI label is written). Checked with egui's own font machinery, through
//! the same font definitions the app installs.

use std::path::Path;

use eframe::egui::FontId;
use eframe::egui::epaint::text::{Fonts, TextOptions};
use town_tracker::ui::fonts::font_definitions;

fn fonts() -> Fonts {
    Fonts::new(TextOptions::default(), font_definitions())
}

/// Every UTF-8 text file under `dir`, recursively.
fn text_files(dir: &Path, out: &mut Vec<(String, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            text_files(&path, out);
        } else if let Ok(text) = std::fs::read_to_string(&path) {
            out.push((path.display().to_string(), text));
        }
    }
}

fn missing_in(fonts: &mut Fonts, text: &str) -> Vec<char> {
    let font = FontId::proportional(14.0);
    let mut missing: Vec<char> = text
        .chars()
        .filter(|c| !c.is_control() && !c.is_whitespace())
        .filter(|&c| !fonts.has_glyph(&font, c))
        .collect();
    missing.sort_unstable();
    missing.dedup();
    missing
}

#[test]
fn the_whole_cjk_unified_ideographs_block_is_covered() {
    let mut fonts = fonts();
    let block: String = ('\u{4E00}'..='\u{9FFF}').collect();
    let missing = missing_in(&mut fonts, &block);
    assert!(
        missing.is_empty(),
        "no glyph for {} characters: {missing:?}",
        missing.len()
    );
}

#[test]
fn rare_characters_of_real_names_are_covered() {
    let mut fonts = fonts();
    assert_eq!(
        missing_in(&mut fonts, "曌鉑鈞謇晟瀾茜呂匯萬鵬錦"),
        Vec::<char>::new()
    );
}

#[test]
fn every_character_in_assets_fixtures_and_labels_is_covered() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in [
        "assets",
        "tests",
        "src",
        "crates/article/src",
        "crates/article/tests/fixtures",
    ] {
        text_files(&root.join(dir), &mut files);
    }
    assert!(files.iter().any(|(name, _)| name.ends_with("seed.txt")));
    let mut fonts = fonts();
    let problems: Vec<String> = files
        .iter()
        .filter_map(|(name, text)| {
            let missing = missing_in(&mut fonts, text);
            (!missing.is_empty()).then(|| format!("{name}: {missing:?}"))
        })
        .collect();
    assert!(
        problems.is_empty(),
        "characters without a glyph:\n{}",
        problems.join("\n")
    );
}
