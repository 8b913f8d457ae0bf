//! The whole article pipeline (`extract_bytes`) over arbitrary bytes: it must never panic,
//! hang or blow up in memory. The first byte picks the file name, so every format hint is
//! exercised, and whether the ledger's known names (taken from the input's first line, split
//! at 、) take part; the rest is the file.

#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::Arc;

use town_tracker_article::{KnownNames, KnownProject, KnownUnit, Options, extract_bytes};

const FILE_NAMES: [&str; 7] = [
    "article.txt",
    "page.html",
    "page.htm",
    "report.docx",
    "notes.md",
    "no-extension",
    "",
];

fuzz_target!(|data: &[u8]| {
    let Some((&selector, bytes)) = data.split_first() else {
        return;
    };
    let file_name = FILE_NAMES[usize::from(selector) % FILE_NAMES.len()];
    let mut options = Options::default();
    if selector >= 128 {
        let text = String::from_utf8_lossy(bytes);
        let names: Vec<String> = text
            .lines()
            .next()
            .unwrap_or("")
            .split('、')
            .map(str::to_string)
            .collect();
        let units: Vec<KnownUnit> = names
            .iter()
            .map(|name| KnownUnit {
                name: name.clone(),
                aliases: Vec::new(),
            })
            .collect();
        let projects: Vec<KnownProject> = names
            .iter()
            .map(|name| KnownProject {
                name: name.clone(),
                aliases: Vec::new(),
            })
            .collect();
        options.known = Arc::new(KnownNames::new(&units, &projects));
    }
    let _ = extract_bytes(bytes, file_name, &options);
});
