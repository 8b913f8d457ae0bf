//! `town-tracker info`: the ledger's path, schema version, counts and when it was last saved.

use std::io::Write;
use std::path::Path;

use chrono::NaiveDate;

use crate::describe;
use crate::i18n::Lang;
use crate::model::schedule::open_targets;
use crate::store::Blocked;

/// Prints the summary; returns the process exit code. Fields this version does not know are
/// named on stderr (the app opens such a file read-only).
pub fn run_info(path: &Path, today: NaiveDate, out: &mut dyn Write) -> i32 {
    let Some(parsed) = super::load_for_reading(path) else {
        return 1;
    };
    if !parsed.unknown_fields.is_empty() {
        let unknown = Blocked::UnknownFields {
            path: path.to_path_buf(),
            fields: parsed.unknown_fields,
        };
        let text = describe::blocked(&unknown, path, false, Lang::En);
        eprintln!("town-tracker: {text}");
    }
    let ledger = parsed.ledger;
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
    let lines = [
        format!("path:            {}", path.display()),
        format!("schema version:  {}", ledger.schema_version),
        format!("units:           {}", ledger.units().len()),
        format!("projects:        {}", ledger.projects().len()),
        format!("goals:           {}", ledger.goals().len()),
        format!("sources:         {}", ledger.sources().len()),
        format!("milestones done: {milestones_done}"),
        format!("targets overdue: {overdue} (as of {today})"),
        format!("last saved:      {saved}"),
    ];
    for line in lines {
        if writeln!(out, "{line}").is_err() {
            return 1;
        }
    }
    0
}
