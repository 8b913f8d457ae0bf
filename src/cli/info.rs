//! `town-tracker info`: the ledger's path, schema version, counts and when it was last saved;
//! for a workspace folder, each ledger's counts, the union's and the conflict copies found.

use std::io::Write;
use std::path::Path;

use chrono::NaiveDate;

use crate::describe;
use crate::i18n::Lang;
use crate::model::Ledger;
use crate::model::schedule::open_targets;
use crate::store::{self, Blocked, Parsed};
use crate::workspace::union::{Office, union};
use crate::workspace::{ConflictCopy, Engine, Workspace};

/// Prints the summary of the ledger at `path`, or of the workspace when `path` is a folder;
/// returns the process exit code. Fields this version does not know are named on stderr (the
/// app opens such a file read-only). `lang` is the language of a workspace's messages.
pub fn run_info(path: &Path, today: NaiveDate, lang: Lang, out: &mut dyn Write) -> i32 {
    if path.is_dir() {
        return run_workspace_info(path, lang, out);
    }
    let Some(parsed) = super::load_for_reading(path) else {
        return 1;
    };
    let ledger = without_unknown_fields(path, parsed, Lang::En);
    let milestones_done: usize = ledger
        .projects()
        .map(|p| p.milestones.iter().filter(|(_, s)| s.is_done()).count())
        .sum();
    let overdue: usize = ledger
        .projects()
        .map(|p| open_targets(p).iter().filter(|t| t.by < today).count())
        .sum();
    let saved = ledger
        .saved_at
        .map(|t| t.format("%Y-%m-%d %H:%M:%S").to_string())
        .unwrap_or_else(|| "never".into());
    let counts = Counts::of(&ledger);
    let lines = [
        format!("path:            {}", path.display()),
        format!("schema version:  {}", ledger.schema_version),
        format!("units:           {}", counts.units),
        format!("projects:        {}", counts.projects),
        format!("goals:           {}", counts.goals),
        format!("sources:         {}", counts.sources),
        format!("milestones done: {milestones_done}"),
        format!("targets overdue: {overdue} (as of {today})"),
        format!("last saved:      {saved}"),
    ];
    write_lines(out, lines)
}

/// The ledger of a parsed file; the fields this version does not know are named on stderr.
fn without_unknown_fields(path: &Path, parsed: Parsed, lang: Lang) -> Ledger {
    if !parsed.unknown_fields.is_empty() {
        let unknown = Blocked::UnknownFields {
            path: path.to_path_buf(),
            fields: parsed.unknown_fields,
        };
        let text = describe::blocked(&unknown, path, false, lang);
        eprintln!("town-tracker: {text}");
    }
    parsed.ledger
}

fn write_lines(out: &mut dyn Write, lines: impl IntoIterator<Item = String>) -> i32 {
    for line in lines {
        if writeln!(out, "{line}").is_err() {
            return 1;
        }
    }
    0
}

/// How many records of each kind a ledger holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Counts {
    units: usize,
    projects: usize,
    goals: usize,
    sources: usize,
}

impl Counts {
    fn of(ledger: &Ledger) -> Counts {
        Counts {
            units: ledger.units().len(),
            projects: ledger.projects().len(),
            goals: ledger.goals().len(),
            sources: ledger.sources().len(),
        }
    }

    fn line(&self) -> String {
        format!(
            "units {}, projects {}, goals {}, sources {}",
            self.units, self.projects, self.goals, self.sources
        )
    }
}

/// Each ledger of the folder with its counts, the union's counts (as the window shows it: a
/// record held by two ledgers under one id once, units of the same name one unit; see
/// [`union`]) and the conflict copies. A ledger that cannot be read is named with the reason on
/// stderr, left out of the union, and makes the exit code 1.
fn run_workspace_info(folder: &Path, lang: Lang, out: &mut dyn Write) -> i32 {
    let workspace = match Workspace::list(folder) {
        Ok(workspace) => workspace,
        Err(error) => {
            eprintln!("town-tracker: {}", describe::workspace_error(&error, lang));
            return 1;
        }
    };
    let mut code = 0;
    let mut offices = Vec::new();
    let mut lines = vec![
        format!("workspace:       {}", folder.display()),
        format!("ledgers:         {}", workspace.ledgers.len()),
    ];
    for path in &workspace.ledgers {
        let name = file_name(path);
        match store::load(path) {
            Ok(Some(parsed)) => {
                let ledger = without_unknown_fields(path, parsed, lang);
                lines.push(format!("  {name}: {}", Counts::of(&ledger).line()));
                offices.push(Office {
                    name: name.clone(),
                    ledger,
                });
            }
            Ok(None) => lines.push(format!("  {name}: gone while listing")),
            Err(error) => {
                eprintln!("town-tracker: {}", describe::load_error(&error, lang));
                lines.push(format!("  {name}: cannot be read"));
                code = 1;
            }
        }
    }
    match union(&Ledger::new(), &offices) {
        Ok(union) => lines.push(format!(
            "union:           {}",
            Counts::of(&union.ledger).line()
        )),
        Err(error) => {
            eprintln!("town-tracker: {}", describe::edit_error(&error, lang));
            code = 1;
        }
    }
    lines.push(format!("conflict copies: {}", workspace.conflicts.len()));
    lines.extend(workspace.conflicts.iter().map(conflict_line));
    match write_lines(out, lines) {
        0 => code,
        failed => failed,
    }
}

/// `  甲镇.sync-conflict-….ron → 甲镇.ron (Syncthing, 2025-03-02 08:15:30, device ABCDEF2)`.
fn conflict_line(copy: &ConflictCopy) -> String {
    let engine = match copy.name.engine {
        Engine::Syncthing => "Syncthing",
        Engine::Nextcloud => "Nextcloud",
    };
    let mut details = format!("{engine}, {}", copy.name.at.format("%Y-%m-%d %H:%M:%S"));
    if let Some(device) = &copy.name.device {
        details.push_str(&format!(", device {device}"));
    }
    if !copy.ledger.exists() {
        details.push_str(", its ledger is missing");
    }
    format!(
        "  {} → {} ({details})",
        file_name(&copy.path),
        file_name(&copy.ledger)
    )
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned()
}
