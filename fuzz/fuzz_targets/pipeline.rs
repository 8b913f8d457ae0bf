//! The whole article pipeline (`extract_bytes`) over arbitrary bytes: it must never panic,
//! hang or blow up in memory. The first byte picks the file name, so every format hint is
//! exercised; the rest is the file.

#![no_main]

use libfuzzer_sys::fuzz_target;
use town_tracker_article::{Options, extract_bytes};

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
    let _ = extract_bytes(bytes, file_name, &Options::default());
});
