//! Ten real articles of `shared/articles` (02–04, 06–12) imported one after another into an
//! empty ledger, as a user would from the command line: the ledger gains no unit that the
//! articles' gold files do not name as a unit, nor a township's short form beside the township
//! ("金马" beside 金马镇), and importing them all again changes nothing.
//! Without `../shared/articles` the test is skipped, except in CI, where that is a failure.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;
use town_tracker::article::gazetteer::stem_of;
use town_tracker::article::script::normalise_key;
use town_tracker::store::load;

const BIN: &str = env!("CARGO_BIN_EXE_town-tracker");

const ARTICLES: [&str; 10] = ["02", "03", "04", "06", "07", "08", "09", "10", "11", "12"];

fn articles_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/articles");
    let in_ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
    assert!(dir.is_dir() || !in_ci, "CI needs ../shared/articles");
    dir.is_dir().then_some(dir)
}

fn import(ledger: &Path, article: &Path) {
    let status = Command::new(BIN)
        .arg("--data")
        .arg(ledger)
        .args(["--today", "2025-04-15", "--import"])
        .arg(article)
        .arg("--accept-all")
        .status()
        .expect("the binary runs");
    assert!(status.success(), "importing {} failed", article.display());
}

/// Every unit name and alias the gold files give, as matching keys.
fn gold_units(dir: &Path) -> Vec<String> {
    let mut keys = Vec::new();
    for stem in ARTICLES {
        let text = std::fs::read_to_string(dir.join(format!("{stem}.json"))).expect("gold");
        let gold: Value = serde_json::from_str(&text).expect("gold is JSON");
        let names = gold["units"].as_array().into_iter().flatten();
        let aliases = gold["unit_aliases"]
            .as_object()
            .into_iter()
            .flat_map(|map| map.values())
            .flat_map(|list| list.as_array().into_iter().flatten());
        keys.extend(
            names
                .chain(aliases)
                .filter_map(Value::as_str)
                .map(normalise_key),
        );
    }
    keys
}

#[test]
fn ten_articles_add_no_unit_their_gold_does_not_name() {
    let Some(dir) = articles_dir() else {
        println!("note: ../shared/articles not found; skipped");
        return;
    };
    let folder = tempfile::tempdir().expect("temp dir");
    let ledger_path = folder.path().join("ledger.ron");
    for stem in ARTICLES {
        import(&ledger_path, &dir.join(format!("{stem}.txt")));
    }
    let ledger = load(&ledger_path)
        .expect("the ledger loads")
        .expect("the ledger was written")
        .ledger;
    let gold = gold_units(&dir);
    let strays: Vec<&str> = ledger
        .units()
        .map(|u| u.name.as_str())
        .filter(|name| !gold.contains(&normalise_key(name)))
        .collect();
    assert!(strays.is_empty(), "units no gold file names: {strays:?}");
    let keys: Vec<String> = ledger.units().map(|u| normalise_key(&u.name)).collect();
    let short_forms: Vec<&str> = ledger
        .units()
        .map(|u| u.name.as_str())
        .filter(|name| {
            let key = normalise_key(name);
            keys.iter()
                .any(|full| stem_of(full).is_some_and(|stem| normalise_key(stem) == key))
        })
        .collect();
    assert!(
        short_forms.is_empty(),
        "a township's short form is no unit of its own: {short_forms:?}"
    );
    assert!(
        ledger.units().count() >= 8,
        "the towns themselves are there"
    );

    let before = std::fs::read_to_string(&ledger_path).expect("ledger text");
    for stem in ARTICLES {
        import(&ledger_path, &dir.join(format!("{stem}.txt")));
    }
    let after = std::fs::read_to_string(&ledger_path).expect("ledger text");
    assert_eq!(
        before, after,
        "importing the same articles again changes nothing"
    );
}

/// The ledger file without its `saved_at` line.
fn without_saved_at(path: &Path) -> String {
    std::fs::read_to_string(path)
        .expect("ledger text")
        .lines()
        .filter(|line| !line.trim_start().starts_with("saved_at:"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn importing_any_article_a_second_time_changes_nothing() {
    let Some(dir) = articles_dir() else {
        println!("note: ../shared/articles not found; skipped");
        return;
    };
    let mut articles: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("articles dir")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    articles.sort();
    assert_eq!(articles.len(), 37, "the 37 annotated articles");
    let folder = tempfile::tempdir().expect("temp dir");
    let mut changed = Vec::new();
    for article in &articles {
        let stem = article.file_stem().unwrap().to_string_lossy().into_owned();
        let ledger = folder.path().join(format!("{stem}.ron"));
        import(&ledger, article);
        let first = without_saved_at(&ledger);
        import(&ledger, article);
        if without_saved_at(&ledger) != first {
            changed.push(stem);
        }
    }
    assert!(
        changed.is_empty(),
        "a second import changed the ledger of {changed:?}"
    );
}
