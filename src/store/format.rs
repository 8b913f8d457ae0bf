//! The ledger's file format: pretty RON with Chinese kept readable, a schema version checked
//! before anything else is read, and the place where migrations from older versions live.
//! Reading is strict about what it would lose: a byte-order mark is accepted, but a field
//! this version does not know is reported (with where it stands) so the file is never saved
//! without it.

use serde::Deserialize;

use super::locate::{self, Position, Step};
use super::migrate;
use crate::model::{Inconsistency, Ledger, SCHEMA_VERSION, duplicate_id};

/// Why a file's contents are not a ledger this build can use.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    #[error("the file is not valid ledger text (line {line}, column {column}: {kind:?})")]
    Syntax {
        line: usize,
        column: usize,
        kind: SyntaxKind,
    },
    #[error("the file has no schema_version, so it is not a Town Tracker ledger")]
    NoVersion,
    #[error(
        "the file was written by a newer Town Tracker (schema {found}; this one knows up to {supported})"
    )]
    TooNew { found: u32, supported: u32 },
    #[error("the file has schema version {0}, which no Town Tracker ever wrote")]
    UnknownVersion(u32),
    #[error("the ledger contradicts itself: {0}")]
    Inconsistent(Inconsistency),
}

/// What is wrong at the place a syntax error points to. The words a person reads come from
/// the describer (`crate::describe`); this says what kind of mistake it is, with the file's
/// own text where that helps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyntaxKind {
    UnexpectedEnd,
    Expected(Expected),
    UnexpectedChar(char),
    NotUtf8,
    NumberOutOfRange,
    WrongKind,
    UnknownVariant {
        found: String,
        expected: Vec<String>,
    },
    MissingField(String),
    DuplicateField(String),
    DuplicateId(u64),
    /// A value the type refused (a date such as `"2025-13-40"`), as written.
    BadValue(String),
    TrailingText,
    Other,
}

/// What the text should have had where a syntax error points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Opening,
    Closing,
    Comma,
    Colon,
    String,
    Number,
    Boolean,
    Name,
    Option,
}

/// A field in the file that this version does not know, and where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownField {
    /// Where it is in the ledger, as `projects[3].colour`.
    pub path: String,
    /// The field's own name (`colour`).
    pub name: String,
    pub position: Option<Position>,
}

/// A ledger read from text, with the fields it had that were not read into it.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub ledger: Ledger,
    pub unknown_fields: Vec<UnknownField>,
    /// The schema version the file had, when it was older and has been migrated.
    pub migrated_from: Option<u32>,
}

/// Only the version, read first so that a newer file is recognised even if its shape changed.
#[derive(Deserialize)]
struct VersionProbe {
    schema_version: u32,
}

fn ron_options() -> ron::Options {
    ron::Options::default()
}

fn syntax_error(text: &str, error: ron::error::SpannedError) -> FormatError {
    let (mut line, mut column) = (error.span.start.line, error.span.start.col);
    let kind = match error.code {
        ron::Error::Eof | ron::Error::UnclosedBlockComment | ron::Error::UnclosedLineComment => {
            SyntaxKind::UnexpectedEnd
        }
        ron::Error::ExpectedArray
        | ron::Error::ExpectedMap
        | ron::Error::ExpectedStructLike
        | ron::Error::ExpectedNamedStructLike(_) => SyntaxKind::Expected(Expected::Opening),
        ron::Error::ExpectedArrayEnd
        | ron::Error::ExpectedMapEnd
        | ron::Error::ExpectedStructLikeEnd
        | ron::Error::ExpectedOptionEnd => SyntaxKind::Expected(Expected::Closing),
        ron::Error::ExpectedComma => SyntaxKind::Expected(Expected::Comma),
        ron::Error::ExpectedMapColon => SyntaxKind::Expected(Expected::Colon),
        ron::Error::ExpectedString | ron::Error::ExpectedStringEnd | ron::Error::ExpectedChar => {
            SyntaxKind::Expected(Expected::String)
        }
        ron::Error::ExpectedInteger | ron::Error::ExpectedFloat => {
            SyntaxKind::Expected(Expected::Number)
        }
        ron::Error::ExpectedBoolean => SyntaxKind::Expected(Expected::Boolean),
        ron::Error::ExpectedIdentifier => SyntaxKind::Expected(Expected::Name),
        ron::Error::ExpectedOption => SyntaxKind::Expected(Expected::Option),
        ron::Error::UnexpectedChar(c) => SyntaxKind::UnexpectedChar(c),
        ron::Error::Utf8Error(_) => SyntaxKind::NotUtf8,
        ron::Error::IntegerOutOfBounds => SyntaxKind::NumberOutOfRange,
        ron::Error::InvalidValueForType { .. } | ron::Error::ExpectedDifferentLength { .. } => {
            SyntaxKind::WrongKind
        }
        ron::Error::NoSuchEnumVariant {
            expected, found, ..
        } => SyntaxKind::UnknownVariant {
            found,
            expected: expected.iter().map(|v| v.to_string()).collect(),
        },
        ron::Error::MissingStructField { field, .. } => SyntaxKind::MissingField(field.into()),
        ron::Error::DuplicateStructField { field, .. } => SyntaxKind::DuplicateField(field.into()),
        ron::Error::TrailingCharacters => SyntaxKind::TrailingText,
        ron::Error::Message(message) => match duplicate_id(&message) {
            Some(id) => {
                if let Some(at) = locate::second_entry(text, "id", &id.to_string()) {
                    (line, column) = (at.line, at.column);
                }
                SyntaxKind::DuplicateId(id)
            }
            None => SyntaxKind::BadValue(spanned_text(text, &error.span)),
        },
        _ => SyntaxKind::Other,
    };
    FormatError::Syntax { line, column, kind }
}

/// The text an error's span covers, on its first line, without the quotes of a string.
fn spanned_text(text: &str, span: &ron::error::Span) -> String {
    let line = text
        .lines()
        .nth(span.start.line.saturating_sub(1))
        .unwrap_or("");
    let from = span.start.col.saturating_sub(1);
    let to = if span.end.line == span.start.line {
        span.end.col.saturating_sub(1)
    } else {
        usize::MAX
    };
    line.chars()
        .skip(from)
        .take(to.saturating_sub(from))
        .collect::<String>()
        .trim()
        .trim_matches('"')
        .to_string()
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

/// Reads a ledger from the bytes of a file: UTF-8, with or without a byte-order mark. A byte
/// that is not UTF-8 is reported where it stands.
pub fn from_bytes(bytes: &[u8]) -> Result<Parsed, FormatError> {
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => from_ron(text),
        Err(error) => {
            let valid = std::str::from_utf8(&bytes[..error.valid_up_to()]).unwrap_or_default();
            let at = Position::after(valid);
            Err(FormatError::Syntax {
                line: at.line,
                column: at.column,
                kind: SyntaxKind::NotUtf8,
            })
        }
    }
}

/// Reads a ledger, checking its version first, migrating older versions and checking the
/// references inside it. Fields it does not know are skipped and listed.
pub fn from_ron(text: &str) -> Result<Parsed, FormatError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let version = match leading_version(text) {
        Some(version) => version,
        None => match ron_options().from_str::<VersionProbe>(text) {
            Ok(probe) => probe.schema_version,
            Err(error) => {
                return Err(match error.code {
                    ron::Error::MissingStructField {
                        field: "schema_version",
                        ..
                    } => FormatError::NoVersion,
                    _ => syntax_error(text, error),
                });
            }
        },
    };
    let parsed = match version {
        SCHEMA_VERSION => read_current(text)?,
        found if found > SCHEMA_VERSION => {
            return Err(FormatError::TooNew {
                found,
                supported: SCHEMA_VERSION,
            });
        }
        1 => {
            let mut parsed = read_current(text)?;
            parsed.unknown_fields.retain(|field| {
                !(field.path == field.name
                    && migrate::V1_ONLY_FIELDS.contains(&field.name.as_str()))
            });
            parsed.ledger = migrate::from_v1(parsed.ledger);
            parsed.migrated_from = Some(1);
            parsed
        }
        // Version 1 is the first, so anything lower was never written.
        found => return Err(FormatError::UnknownVersion(found)),
    };
    parsed
        .ledger
        .validate()
        .map_err(FormatError::Inconsistent)?;
    Ok(parsed)
}

/// Reads a ledger of the current version, noting each field it skips.
fn read_current(text: &str) -> Result<Parsed, FormatError> {
    let spanned = |error| syntax_error(text, error);
    let mut deserializer =
        ron::Deserializer::from_str_with_options(text, &ron_options()).map_err(spanned)?;
    let mut skipped = Vec::new();
    let ledger: Ledger = serde_ignored::deserialize(&mut deserializer, |path| {
        skipped.push(steps(&path));
    })
    .map_err(|error| spanned(deserializer.span_error(error)))?;
    deserializer
        .end()
        .map_err(|error| spanned(deserializer.span_error(error)))?;
    let unknown_fields = skipped
        .into_iter()
        .map(|steps| UnknownField {
            path: path_text(&steps),
            name: match steps.last() {
                Some(Step::Field(name)) => name.clone(),
                _ => String::new(),
            },
            position: locate::find(text, &steps),
        })
        .collect();
    Ok(Parsed {
        ledger,
        unknown_fields,
        migrated_from: None,
    })
}

fn steps(path: &serde_ignored::Path<'_>) -> Vec<Step> {
    use serde_ignored::Path;
    match path {
        Path::Root => Vec::new(),
        Path::Seq { parent, index } => {
            let mut steps = steps(parent);
            steps.push(Step::Index(*index));
            steps
        }
        Path::Map { parent, key } => {
            let mut steps = steps(parent);
            steps.push(Step::Field(key.clone()));
            steps
        }
        Path::Some { parent }
        | Path::NewtypeStruct { parent }
        | Path::NewtypeVariant { parent } => steps(parent),
    }
}

/// `projects[3].colour`.
fn path_text(steps: &[Step]) -> String {
    let mut text = String::new();
    for step in steps {
        match step {
            Step::Field(name) if text.is_empty() => text.push_str(name),
            Step::Field(name) => {
                text.push('.');
                text.push_str(name);
            }
            Step::Index(index) => text.push_str(&format!("[{index}]")),
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Edit, Project, ProjectId, Unit, UnitId};
    use chrono::NaiveDate;

    fn sample() -> Ledger {
        let mut ledger = Ledger::new();
        let town = UnitId(1);
        ledger
            .apply(Edit::PutUnit(Unit::new(town, "東海鎮")))
            .unwrap();
        let mut project = Project::new(ProjectId(2), "錦曌新材料", Some(town));
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
        assert_eq!(from_ron(&text).unwrap().ledger, ledger);
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
        let ledger = from_ron(&readme[start..end]).unwrap().ledger;
        assert_eq!(ledger.projects().next().unwrap().name, "萬鵬建材");
        assert_eq!(ledger.goals().count(), 1);
    }

    #[test]
    fn dangling_references_are_reported() {
        let text = to_ron(&sample()).replace("unit: Some(1)", "unit: Some(9)");
        assert!(matches!(from_ron(&text), Err(FormatError::Inconsistent(_))));
    }

    fn syntax_at(text: &str) -> (usize, usize, SyntaxKind) {
        match from_bytes(text.as_bytes()) {
            Err(FormatError::Syntax { line, column, kind }) => (line, column, kind),
            other => panic!("expected a syntax error, got {other:?}"),
        }
    }

    #[test]
    fn a_byte_order_mark_is_accepted() {
        let ledger = sample();
        let text = format!("\u{feff}{}", to_ron(&ledger));
        assert_eq!(from_bytes(text.as_bytes()).unwrap().ledger, ledger);
        assert_eq!(from_ron(&text).unwrap().ledger, ledger);
    }

    #[test]
    fn a_bad_byte_is_reported_where_it_stands() {
        let text = to_ron(&sample());
        let at = text.find("錦曌").unwrap();
        let mut bytes = text.clone().into_bytes();
        bytes[at] = 0xff;
        let expected = Position::after(&text[..at]);
        assert!(expected.line > 5);
        assert_eq!(
            from_bytes(&bytes),
            Err(FormatError::Syntax {
                line: expected.line,
                column: expected.column,
                kind: SyntaxKind::NotUtf8
            })
        );
    }

    #[test]
    fn unknown_fields_are_read_around_and_listed_with_their_place() {
        let text = to_ron(&sample()).replacen(
            "name: \"錦曌新材料\",",
            "name: \"錦曌新材料\",\n      colour: \"红\",",
            1,
        );
        let parsed = from_ron(&text).unwrap();
        assert_eq!(parsed.ledger, sample());
        let at = Position::after(&text[..text.find("colour").unwrap()]);
        assert_eq!(
            parsed.unknown_fields,
            vec![UnknownField {
                path: "projects[0].colour".into(),
                name: "colour".into(),
                position: Some(at),
            }]
        );
        assert!(
            from_ron(&to_ron(&sample()))
                .unwrap()
                .unknown_fields
                .is_empty()
        );
    }

    #[test]
    fn mistakes_are_named_by_kind_at_their_place() {
        let text = to_ron(&sample());
        let (line, _, kind) = syntax_at(&text.replace("2025-03-31", "2025-13-40"));
        assert_eq!(kind, SyntaxKind::BadValue("2025-13-40".into()));
        assert_eq!(
            line,
            Position::after(&text[..text.find("2025-03-31").unwrap()]).line
        );

        let (_, _, kind) = syntax_at(&text.replace("unit: Some(1)", "unit: Some(\"one\")"));
        assert!(
            matches!(
                kind,
                SyntaxKind::Expected(Expected::Number) | SyntaxKind::WrongKind
            ),
            "{kind:?}"
        );

        let mut two = sample();
        let id = ProjectId(two.allocate_id());
        two.apply(Edit::PutProject(Box::new(Project::new(id, "乙", None))))
            .unwrap();
        let text = to_ron(&two);
        let twice = text.replacen(&format!("id: {},", id.0), "id: 2,", 1);
        let second = twice.rfind("id: 2,").unwrap();
        assert_ne!(second, twice.find("id: 2,").unwrap());
        let second = Position::after(&twice[..second]);
        assert_eq!(
            syntax_at(&twice),
            (second.line, second.column, SyntaxKind::DuplicateId(2))
        );

        assert_eq!(from_ron("(next_id: 1)"), Err(FormatError::NoVersion));
    }
}
