//! The layers, checked from outside by reading the sources: every `crate::…` path a file of
//! `src/` names (in `use` lines and inline) points to a module of a lower layer, so the arrows
//! run main → app → ui → intent/cli → describe/report → export/workspace → i18n/store → model
//! and never back; and the modules of `src/model` import each other without a circle (test
//! modules aside).

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// Each top-level module of the crate and its layer: a file may name only modules of a lower
/// layer (and its own). `article` and `sheet` are crates of their own below all of them.
const LAYERS: &[(&str, u32)] = &[
    ("model", 0),
    ("i18n", 1),
    ("store", 1),
    ("export", 2),
    ("workspace", 2),
    ("describe", 3),
    ("report", 3),
    ("intent", 4),
    ("cli", 4),
    ("ui", 5),
    ("app", 6),
];

fn layer(module: &str) -> Option<u32> {
    LAYERS
        .iter()
        .find(|(name, _)| *name == module)
        .map(|&(_, layer)| layer)
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `dir`, in a stable order.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

/// The source without its comments (line comments, and the doc comments among them).
fn code(text: &str) -> String {
    text.lines()
        .map(|line| match line.find("//") {
            Some(at) if !line[..at].contains('"') => &line[..at],
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn identifier(text: &str) -> &str {
    let end = text
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(text.len());
    &text[..end]
}

/// The first segment after each `prefix` (`crate::`, `super::`), with the items of a group
/// (`use crate::{model, ui::X}`) each counted.
fn names_after<'a>(code: &'a str, prefix: &str) -> Vec<&'a str> {
    let mut names = Vec::new();
    for (at, _) in code.match_indices(prefix) {
        let before = code[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        let rest = &code[at + prefix.len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 0;
            let mut start = 0;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => {
                        names.push(identifier(group[start..i].trim_start()));
                        break;
                    }
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        names.push(identifier(group[start..i].trim_start()));
                        start = i + 1;
                    }
                    _ => {}
                }
            }
        } else {
            names.push(identifier(rest));
        }
    }
    names.retain(|n| !n.is_empty() && *n != "self");
    names
}

/// The top-level module a file of `src/` belongs to (`src/ui/menu_bar.rs` → `ui`).
fn module_of(file: &Path) -> String {
    let relative = file.strip_prefix(src()).unwrap();
    let first = relative.components().next().unwrap().as_os_str();
    first.to_string_lossy().trim_end_matches(".rs").to_string()
}

/// The arrows that point up or sideways: (file, the module it names).
fn upward_imports() -> Vec<(String, String)> {
    let mut wrong = Vec::new();
    for file in rust_files(&src()) {
        let module = module_of(&file);
        let Some(own) = layer(&module) else {
            continue;
        };
        let text = fs::read_to_string(&file).unwrap();
        for name in names_after(&code(&text), "crate::") {
            if name == module {
                continue;
            }
            match layer(name) {
                Some(theirs) if theirs < own => {}
                None if name == "article" || name == "sheet" => {}
                _ => wrong.push((file.display().to_string(), name.to_string())),
            }
        }
    }
    wrong
}

/// A circle in the graph, as the modules along it, or `None`.
fn find_circle(graph: &BTreeMap<String, Vec<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, Vec<String>>,
        path: &mut Vec<String>,
        done: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut circle = path[at..].to_vec();
            circle.push(node.to_string());
            return Some(circle);
        }
        if done.iter().any(|n| n == node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(circle) = visit(next, graph, path, done) {
                return Some(circle);
            }
        }
        path.pop();
        done.push(node.to_string());
        None
    }
    let mut done = Vec::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

/// The module each name `src/model/mod.rs` re-exports comes from (`Ledger` → `ledger`).
fn model_reexports(dir: &Path) -> BTreeMap<String, String> {
    let text = code(&fs::read_to_string(dir.join("mod.rs")).unwrap());
    let mut from = BTreeMap::new();
    for line in text.lines() {
        let Some(path) = line.trim().strip_prefix("pub use ") else {
            continue;
        };
        let module = identifier(path);
        for name in names_after(path, &format!("{module}::")) {
            from.insert(name.to_string(), module.to_string());
        }
    }
    from
}

/// Which modules of `src/model` each one imports, outside its tests; a name imported through
/// a re-export of `mod.rs` counts as an import of the module it comes from.
fn model_graph() -> BTreeMap<String, Vec<String>> {
    let dir = src().join("model");
    let reexports = model_reexports(&dir);
    let mut graph = BTreeMap::new();
    for file in rust_files(&dir) {
        let name = file.file_stem().unwrap().to_string_lossy().to_string();
        if name == "mod" {
            continue;
        }
        let text = fs::read_to_string(&file).unwrap();
        let text = code(&text);
        let outside_tests = text.split("#[cfg(test)]").next().unwrap_or_default();
        let mut uses: Vec<String> = names_after(outside_tests, "super::")
            .into_iter()
            .chain(names_after(outside_tests, "crate::model::"))
            .filter_map(|n| match reexports.get(n) {
                Some(module) => Some(module.clone()),
                None => dir.join(format!("{n}.rs")).exists().then(|| n.to_string()),
            })
            .filter(|n| *n != name)
            .collect();
        uses.sort();
        uses.dedup();
        graph.insert(name, uses);
    }
    graph
}

#[test]
fn every_arrow_points_down() {
    let wrong = upward_imports();
    assert!(wrong.is_empty(), "imports against the layers: {wrong:#?}");
}

#[test]
fn every_module_has_a_layer() {
    for entry in fs::read_dir(src()).unwrap() {
        let path = entry.unwrap().path();
        let module = module_of(&path);
        if module == "lib" || module == "main" {
            continue;
        }
        assert!(layer(&module).is_some(), "{module} has no layer");
    }
}

#[test]
fn the_model_has_no_circle() {
    let graph = model_graph();
    assert!(graph.contains_key("ledger") && graph.contains_key("goal"));
    assert!(
        graph["ledger"].contains(&"goal".to_string()),
        "the ledger keeps goals: {graph:?}"
    );
    assert!(
        graph["known_names"].contains(&"ledger".to_string()),
        "re-exported names count: {graph:?}"
    );
    assert_eq!(find_circle(&graph), None, "{graph:#?}");
}

#[test]
fn the_reader_sees_groups_inline_paths_and_circles() {
    let text =
        code("use crate::{ui::X, model::{a, b}};\n// use crate::app::Y;\nlet x = crate::app::f();");
    assert_eq!(names_after(&text, "crate::"), ["ui", "model", "app"]);
    assert_eq!(
        names_after("use super::{goal, ids::Id};", "super::"),
        ["goal", "ids"]
    );
    let graph: BTreeMap<String, Vec<String>> = [
        ("goal".to_string(), vec!["ledger".to_string()]),
        ("ledger".to_string(), vec!["goal".to_string()]),
    ]
    .into();
    assert_eq!(
        find_circle(&graph),
        Some(vec!["goal".into(), "ledger".into(), "goal".into()])
    );
}
