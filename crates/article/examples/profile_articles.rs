//! A target for `valgrind --tool=callgrind`: extracts every `.txt` article of a folder once,
//! after `warm_up`, inside `extract_all` alone, so that `--toggle-collect='*extract_all*'`
//! counts the extraction without the one-time loads (see the crate README's Benchmarks).
//!
//! With `TT_DIGEST=1` it also prints one digest of what the extractions of the visible
//! articles hold (the check set is left out, as the gold test leaves it out), so that a change
//! made for speed can be shown to leave every output as it was: the digest before and after
//! must be the same (on one toolchain; the hasher is not stable across Rust versions). It
//! prints nothing of the articles themselves.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::hint::black_box;
use std::path::{Path, PathBuf};

use town_tracker_article::{Options, extract_bytes};

/// The articles the gold test scores only on request (`tests/gold.rs`).
const CHECK_SET: [&str; 10] = ["13", "17", "18", "19", "20", "25", "26", "29", "31", "34"];

#[inline(never)]
fn extract_all(articles: &[(String, Vec<u8>)], options: &Options) -> usize {
    articles
        .iter()
        .filter(|(name, bytes)| black_box(extract_bytes(bytes, name, options)).is_ok())
        .count()
}

fn digest(articles: &[(String, Vec<u8>)], options: &Options) -> u64 {
    let mut hasher = DefaultHasher::new();
    for (name, bytes) in articles {
        let stem = Path::new(name).file_stem().and_then(|stem| stem.to_str());
        if stem.is_some_and(|stem| CHECK_SET.contains(&stem)) {
            continue;
        }
        format!("{:?}", extract_bytes(bytes, name, options).ok()).hash(&mut hasher);
    }
    hasher.finish()
}

fn main() {
    let dir = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .expect("usage: profile_articles ARTICLES_DIR");
    let mut articles = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("articles folder").flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "txt") {
            let name = entry.file_name().to_string_lossy().into_owned();
            articles.push((name, std::fs::read(&path).expect("article readable")));
        }
    }
    articles.sort();
    let options = Options::default();
    town_tracker_article::warm_up();
    let read = extract_all(&articles, &options);
    println!("{read} of {} articles read", articles.len());
    if std::env::var_os("TT_DIGEST").is_some() {
        println!("digest {:016x}", digest(&articles, &options));
    }
}
