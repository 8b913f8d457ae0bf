//! `town-tracker extract FILE… [--json] [--year YYYY]`: runs the article engine on files and
//! prints what it found — JSON (one object, or JSON Lines with a `file` field for several
//! files) or a readable table. Unreadable files get a one-line reason on stderr; the others
//! are still processed, and the exit code is 1 if any failed.

use std::io::Write;
use std::path::PathBuf;

use crate::article::{self, Extraction, Options};
use crate::model::money::format_yuan;

pub fn run_extract(files: &[PathBuf], json: bool, year: Option<i32>, out: &mut dyn Write) -> i32 {
    let options = Options {
        default_year: year,
        ..Options::default()
    };
    let several = files.len() > 1;
    let mut failed = false;
    for path in files {
        let mut extraction = match article::extract_file(path, &options) {
            Ok(extraction) => extraction,
            Err(error) => {
                eprintln!("town-tracker: {}: {error}", path.display());
                failed = true;
                continue;
            }
        };
        if several {
            extraction.file = Some(path.display().to_string());
        }
        let written = if json {
            let text = if several {
                serde_json::to_string(&extraction)
            } else {
                serde_json::to_string_pretty(&extraction)
            };
            text.map_err(std::io::Error::other)
                .and_then(|text| writeln!(out, "{text}"))
        } else {
            write_table(&extraction, out)
        };
        if written.is_err() {
            return 1;
        }
    }
    i32::from(failed)
}

fn write_table(extraction: &Extraction, out: &mut dyn Write) -> std::io::Result<()> {
    let title = extraction.title.as_deref().unwrap_or(&extraction.id);
    let year = match (extraction.year, extraction.year_source) {
        (Some(year), source) => format!("{year} ({source:?})"),
        (None, _) => "unknown".into(),
    };
    writeln!(out, "# {title}  [{} · year {year}]", extraction.encoding)?;
    for warning in &extraction.warnings {
        writeln!(out, "! {}", warning.message)?;
    }
    writeln!(out, "units: {}", extraction.units.join("、"))?;
    for project in &extraction.projects {
        let amount = project
            .investment
            .as_ref()
            .and_then(|i| i.yuan)
            .map(format_yuan)
            .unwrap_or_else(|| "—".into());
        let status = project
            .status
            .map(|s| format!("{s:?}"))
            .unwrap_or_else(|| "—".into());
        let targets: Vec<String> = project
            .targets
            .iter()
            .map(|t| {
                let by = t.by.map(|d| d.to_string()).unwrap_or_else(|| "?".into());
                format!("{:?} by {by}", t.milestone)
            })
            .collect();
        writeln!(
            out,
            "- {} | {} | {amount} | {status} | {}",
            project.name,
            project.unit.as_deref().unwrap_or("—"),
            targets.join(", ")
        )?;
    }
    for goal in &extraction.goals {
        writeln!(out, "goal: {}", goal.text)?;
    }
    Ok(())
}
