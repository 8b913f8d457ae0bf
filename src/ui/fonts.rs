//! The bundled CJK fonts (see `assets/fonts/README.md`), added behind egui's own fonts so that
//! Latin text keeps egui's look and every Chinese character — Simplified, Traditional and rare
//! ones — has a glyph, with no dependence on what the system has installed.

use std::sync::Arc;

use eframe::egui::{FontData, FontDefinitions, FontFamily};

const DROID_SANS_FALLBACK: &[u8] =
    include_bytes!("../../assets/fonts/DroidSansFallbackFull-subset.ttf");
const UNIFONT_ARROWS_AND_LATE_IDEOGRAPHS: &[u8] =
    include_bytes!("../../assets/fonts/unifont-subset.otf");

/// egui's default fonts followed by the bundled CJK fonts, in both families.
pub fn font_definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    let bundled = [
        ("droid-sans-fallback", DROID_SANS_FALLBACK),
        ("unifont-subset", UNIFONT_ARROWS_AND_LATE_IDEOGRAPHS),
    ];
    for (name, bytes) in bundled {
        fonts
            .font_data
            .insert(name.to_owned(), Arc::new(FontData::from_static(bytes)));
        for family in [FontFamily::Proportional, FontFamily::Monospace] {
            fonts
                .families
                .entry(family)
                .or_default()
                .push(name.to_owned());
        }
    }
    fonts
}
