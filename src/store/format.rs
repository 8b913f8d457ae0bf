//! The ledger's file format: pretty RON with Chinese kept readable, a schema version checked
//! before anything else is read, and the place where migrations from older versions live.

use serde::Deserialize;

use crate::model::{Inconsistency, Ledger, SCHEMA_VERSION};

/// Why a file's contents are not a ledger this build can use.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    #[error("the file is not valid ledger text (line {line}, column {column}: {message})")]
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    #[error(
        "the file was written by a newer Town Tracker (schema {found}; this one knows up to {supported})"
    )]
    TooNew { found: u32, supported: u32 },
    #[error("the file has schema version {0}, which no Town Tracker ever wrote")]
    UnknownVersion(u32),
    #[error("the ledger contradicts itself: {0}")]
    Inconsistent(Inconsistency),
}

/// Only the version, read first so that a newer file is recognised even if its shape changed.
#[derive(Deserialize)]
struct VersionProbe {
    schema_version: u32,
}

fn ron_options() -> ron::Options {
    ron::Options::default()
}

fn syntax_error(error: ron::error::SpannedError) -> FormatError {
    FormatError::Syntax {
        line: error.span.start.line,
        column: error.span.start.col,
        message: error.code.to_string(),
    }
}

/// Writes a ledger as pretty RON. Non-ASCII text stays as written.
pub fn to_ron(ledger: &Ledger) -> String {
    let pretty = ron::ser::PrettyConfig::new()
        .struct_names(false)
        .escape_strings(false)
        .indentor("  ".to_string());
    ron_options()
        .to_string_pretty(ledger, pretty)
        .expect("a ledger always serialises: it holds only strings, numbers, dates and enums")
}

/// The schema version as this app writes it, `(schema_version: N,` at the very top, read
/// without parsing the rest; `None` when the file does not start that way.
fn leading_version(text: &str) -> Option<u32> {
    let rest = text.trim_start().strip_prefix('(')?.trim_start();
    let rest = rest.strip_prefix("schema_version")?.trim_start();
    let rest = rest.strip_prefix(':')?.trim_start();
    let digits = rest.split(|c: char| !c.is_ascii_digit()).next()?;
    let after = rest[digits.len()..].trim_start();
    if !(after.starts_with(',') || after.starts_with(')')) {
        return None;
    }
    digits.parse().ok()
}

/// Reads a ledger, checking its version first, migrating older versions and checking the
/// references inside it.
pub fn from_ron(text: &str) -> Result<Ledger, FormatError> {
    let version = match leading_version(text) {
        Some(version) => version,
        None => {
            let probe: VersionProbe = ron_options().from_str(text).map_err(syntax_error)?;
            probe.schema_version
        }
    };
    let ledger = match version {
        SCHEMA_VERSION => ron_options()
            .from_str::<Ledger>(text)
            .map_err(syntax_error)?,
        found if found > SCHEMA_VERSION => {
            return Err(FormatError::TooNew {
                found,
                supported: SCHEMA_VERSION,
            });
        }
        // Versions below the current one are migrated here, one step at a time, when the
        // schema first changes; version 1 is the first, so anything lower was never written.
        found => return Err(FormatError::UnknownVersion(found)),
    };
    ledger.validate().map_err(FormatError::Inconsistent)?;
    Ok(ledger)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Edit, Project, ProjectId, Unit, UnitId};
    use chrono::NaiveDate;

    fn sample() -> Ledger {
        let mut ledger = Ledger::new();
        let town = UnitId(ledger.allocate_id());
        ledger
            .apply(Edit::PutUnit(Unit::new(town, "東海鎮")))
            .unwrap();
        let id = ProjectId(ledger.allocate_id());
        let mut project = Project::new(id, "錦曌新材料", Some(town));
        project.milestones.produce.target = NaiveDate::from_ymd_opt(2025, 3, 31);
        project.responsible = "张三 \"副镇长\"\n挂钩".into();
        ledger.apply(Edit::PutProject(Box::new(project))).unwrap();
        ledger
    }

    #[test]
    fn round_trips_and_keeps_chinese_readable() {
        let ledger = sample();
        let text = to_ron(&ledger);
        assert!(text.contains("錦曌新材料"), "{text}");
        assert!(text.contains("2025-03-31"), "{text}");
        assert_eq!(from_ron(&text).unwrap(), ledger);
    }

    #[test]
    fn syntax_errors_say_where() {
        let text = to_ron(&sample());
        let broken = text.replacen("projects", "projects: :", 1);
        match from_ron(&broken) {
            Err(FormatError::Syntax { line, .. }) => assert!(line > 1),
            other => panic!("expected a syntax error, got {other:?}"),
        }
    }

    #[test]
    fn newer_versions_are_refused_even_if_their_shape_changed() {
        let text = "(schema_version: 7, something_new: [1, 2])";
        assert_eq!(
            from_ron(text),
            Err(FormatError::TooNew {
                found: 7,
                supported: SCHEMA_VERSION
            })
        );
        assert_eq!(
            from_ron("(schema_version: 0)"),
            Err(FormatError::UnknownVersion(0))
        );
    }

    #[test]
    fn the_version_is_read_from_the_top_or_from_anywhere() {
        assert_eq!(
            leading_version("(\n  schema_version: 12,\n  next_id: 1"),
            Some(12)
        );
        assert_eq!(leading_version("(schema_version:3)"), Some(3));
        assert_eq!(leading_version("(next_id: 1, schema_version: 3)"), None);
        assert_eq!(leading_version("(schema_version: 3x)"), None);
        assert_eq!(
            from_ron("(next_id: 1, schema_version: 5)"),
            Err(FormatError::TooNew {
                found: 5,
                supported: SCHEMA_VERSION
            })
        );
    }

    #[test]
    fn the_readme_example_is_a_valid_ledger() {
        let readme = include_str!("../../README.md");
        let start = readme.find("```ron\n").expect("a ron block") + "```ron\n".len();
        let end = start + readme[start..].find("```").expect("its end");
        let ledger = from_ron(&readme[start..end]).unwrap();
        assert_eq!(ledger.projects().next().unwrap().name, "萬鵬建材");
        assert_eq!(ledger.goals().count(), 1);
    }

    #[test]
    fn dangling_references_are_reported() {
        let text = to_ron(&sample()).replace("unit: Some(1)", "unit: Some(9)");
        assert!(matches!(from_ron(&text), Err(FormatError::Inconsistent(_))));
    }
}
