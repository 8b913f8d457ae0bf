//! The command line: the window's options and the subcommands (`extract`, `info`,
//! `merge-conflicts`, `export`).
//! It speaks English; its messages come from the same describer as the window's.

pub mod export;
mod extract;
pub mod import_sheet;
mod info;
mod merge_conflicts;
pub mod report;
pub mod submission;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use clap::{Parser, Subcommand};

use crate::describe;
use crate::i18n::Lang;
use crate::model::lights::LightRule;
use crate::store::{self, Parsed};

pub use export::run_export;
pub use extract::run_extract;
pub use import_sheet::run_import_sheet;
pub use info::run_info;
pub use merge_conflicts::{PreferArg, run_merge_conflicts};
pub use report::run_report;
pub use submission::{run_receive, run_send};

/// 项目推进台账 · Town Tracker — a ledger of the major projects each town is pushing.
#[derive(Debug, Parser)]
#[command(name = "town-tracker", version, about)]
pub struct Cli {
    /// The ledger file (default: the platform's data directory), or a workspace folder of
    /// ledgers (one per office) for the window, `info`, `merge-conflicts` and `receive`.
    #[arg(long, global = true, value_name = "PATH")]
    pub data: Option<PathBuf>,
    /// With a workspace folder: this machine's office (its ledger is OFFICE.ron in the folder),
    /// remembered from then on.
    #[arg(long, value_name = "OFFICE")]
    pub office: Option<String>,
    /// Take this date as today (YYYY-MM-DD), for due dates and lights.
    #[arg(long, global = true, value_name = "YYYY-MM-DD")]
    pub today: Option<NaiveDate>,
    /// Render the first settled frame of the window to this PNG and exit.
    #[arg(long, value_name = "PNG")]
    pub screenshot: Option<PathBuf>,
    /// Import this article at start (repeat for several); a review opens for each.
    #[arg(long, value_name = "FILE")]
    pub import: Vec<PathBuf>,
    /// With --import: accept everything found, without review, and save.
    #[arg(long, requires = "import")]
    pub accept_all: bool,
    /// The window's inner size in points, such as 1366x768.
    #[arg(long, value_name = "WxH", value_parser = parse_window_size)]
    pub window_size: Option<[f32; 2]>,
    /// The window's language for this run, and that of `info` over a workspace and of
    /// `merge-conflicts`: zh or en (default: as last chosen; English on the command line).
    #[arg(long, global = true, value_name = "zh|en", value_parser = parse_lang)]
    pub lang: Option<Lang>,
    /// Select the first project of this name at start, with its detail open.
    #[arg(long, value_name = "NAME")]
    pub select: Option<String>,
    /// Open on the dashboard rather than the project list.
    #[arg(long)]
    pub dashboard: bool,
    /// Open on the 月报 grid rather than the project list.
    #[arg(long, conflicts_with = "dashboard")]
    pub monthly: bool,
    #[command(subcommand)]
    pub command: Option<CliCommand>,
}

#[derive(Debug, Subcommand)]
pub enum CliCommand {
    /// Extract units, projects, amounts, statuses and targets from articles.
    Extract {
        /// Article files (text in any common Chinese encoding, HTML, .docx, Markdown).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Print JSON (one object; JSON Lines for several files) instead of a table.
        #[arg(long)]
        json: bool,
        /// The year for dates that state none, when the article does not say.
        #[arg(long, value_name = "YYYY")]
        year: Option<i32>,
    },
    /// Print what a ledger file holds, or each ledger of a workspace folder, their union and
    /// the conflict copies found; exit 1 with the reason when a ledger cannot be read.
    Info,
    /// Merge each conflict copy of a workspace folder (`--data DIR`) into its ledger, saying
    /// what was merged; exit 3, writing nothing for that ledger, when a choice is left.
    MergeConflicts {
        /// Answer every choice with this side's value.
        #[arg(long, value_enum)]
        prefer: Option<PreferArg>,
    },
    /// Write the ledger, or one month of it, as one 报送 file to send by mail (default:
    /// OFFICE-报送-YYYYMMDD.ron, or OFFICE-报送-YYYY年M月-YYYYMMDD.ron, beside the ledger).
    Send {
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Send only this month: its figures, progress lines and problems, which the receiver
        /// merges alone.
        #[arg(long, value_name = "YYYY-MM", value_parser = parse_month)]
        month: Option<MonthArg>,
    },
    /// Take 报送 files into the workspace folder given by --data, each as its office's
    /// ledger, merged by id; exit 3 when a choice is left.
    Receive {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Answer every choice with this side's value (copy: the received file's).
        #[arg(long, value_enum)]
        prefer: Option<PreferArg>,
    },
    /// Write the ledger's projects as a 项目推进表 (CSV or XLSX).
    Export {
        /// Write CSV (UTF-8 with BOM) to this file.
        #[arg(
            long,
            value_name = "OUT",
            required_unless_present = "xlsx",
            conflicts_with = "xlsx"
        )]
        csv: Option<PathBuf>,
        /// Write XLSX to this file.
        #[arg(long, value_name = "OUT")]
        xlsx: Option<PathBuf>,
        /// Only projects with a missed target (yellow or red light).
        #[arg(long)]
        overdue: bool,
        /// Only projects with this light.
        #[arg(long, value_enum)]
        light: Option<LightArg>,
        /// Only this unit's projects (by name or alias, Simplified or Traditional).
        #[arg(long, value_name = "NAME")]
        unit: Option<String>,
        /// The month of the sheet's 本月/1-N月 figures (default: today's month).
        #[arg(long, value_name = "YYYY-MM", value_parser = parse_month)]
        month: Option<MonthArg>,
        /// How lights are judged: targets (by target dates), progress (1-N月 completion
        /// against 序时进度) or start (start lateness).
        #[arg(long, value_name = "RULE", value_parser = parse_light_rule, default_value = "targets")]
        light_rule: LightRule,
    },
    /// Write the monthly 通报 of a month as a Word document (.docx).
    Report {
        /// The month reported on.
        #[arg(long, value_name = "YYYY-MM", value_parser = parse_month)]
        month: MonthArg,
        /// Write the document to this file.
        #[arg(long, value_name = "OUT")]
        docx: PathBuf,
        /// How lights are judged: targets, progress or start.
        #[arg(long, value_name = "RULE", value_parser = parse_light_rule, default_value = "targets")]
        light_rule: LightRule,
    },
    /// Read 推进表 spreadsheets (.xlsx, .xls, .ods, .csv) and print how each column and row
    /// would be taken into the ledger; with --accept-all, import them and save.
    ImportSheet {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Import every row as read, and save.
        #[arg(long)]
        accept_all: bool,
    },
}

/// A month on the command line, 2025-04.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthArg {
    pub year: i32,
    pub month: u32,
}

fn parse_month(text: &str) -> Result<MonthArg, String> {
    let invalid = || format!("“{text}” is no month; write it as YYYY-MM, e.g. 2025-04");
    let (year, month) = text.trim().split_once('-').ok_or_else(invalid)?;
    let year: i32 = year.parse().map_err(|_| invalid())?;
    let month: u32 = month.parse().map_err(|_| invalid())?;
    if !(1..=12).contains(&month) || !(1900..=9999).contains(&year) {
        return Err(invalid());
    }
    Ok(MonthArg { year, month })
}

fn parse_light_rule(text: &str) -> Result<LightRule, String> {
    LightRule::from_key(text.trim())
        .ok_or_else(|| format!("“{text}” is no light rule; choose targets, progress or start"))
}

/// A traffic light on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LightArg {
    Red,
    Yellow,
    Green,
}

/// Reads a ledger for a subcommand; says on stderr why it cannot (`None`).
fn load_for_reading(path: &Path) -> Option<Parsed> {
    match store::load(path) {
        Ok(Some(parsed)) => Some(parsed),
        Ok(None) => {
            eprintln!("town-tracker: {}: no ledger there yet", path.display());
            None
        }
        Err(error) => {
            eprintln!("town-tracker: {}", describe::load_error(&error, Lang::En));
            None
        }
    }
}

/// The ledger a report or export is of: the file's, or for a workspace folder the union of
/// its offices' ledgers, as the window shows it. Says on stderr why it cannot (`None`); a
/// ledger of the folder that cannot be read is named and left out.
fn load_shown(path: &Path) -> Option<crate::model::Ledger> {
    if !path.is_dir() {
        return load_for_reading(path).map(|parsed| parsed.ledger);
    }
    let workspace = match crate::workspace::Workspace::list(path) {
        Ok(workspace) => workspace,
        Err(error) => {
            eprintln!(
                "town-tracker: {}",
                describe::workspace_error(&error, Lang::En)
            );
            return None;
        }
    };
    let offices: Vec<crate::workspace::union::Office> = workspace
        .ledgers
        .iter()
        .filter_map(|file| {
            let parsed = load_for_reading(file)?;
            Some(crate::workspace::union::Office {
                name: crate::workspace::submission::office_of(file),
                ledger: parsed.ledger,
            })
        })
        .collect();
    match crate::workspace::union::union(&crate::model::Ledger::new(), &offices) {
        Ok(union) => Some(union.ledger),
        Err(error) => {
            eprintln!("town-tracker: {}", describe::edit_error(&error, Lang::En));
            None
        }
    }
}

/// "1366x768" → [1366.0, 768.0].
fn parse_window_size(text: &str) -> Result<[f32; 2], String> {
    let invalid = || format!("“{text}” is no window size; write it as WIDTHxHEIGHT, e.g. 1366x768");
    let (width, height) = text.split_once(['x', 'X', '×']).ok_or_else(invalid)?;
    let side = |s: &str| {
        s.trim()
            .parse::<u16>()
            .ok()
            .filter(|&n| n >= 200)
            .map(f32::from)
    };
    Ok([
        side(width).ok_or_else(invalid)?,
        side(height).ok_or_else(invalid)?,
    ])
}

fn parse_lang(text: &str) -> Result<Lang, String> {
    match text.to_ascii_lowercase().as_str() {
        "zh" => Ok(Lang::Zh),
        "en" => Ok(Lang::En),
        _ => Err(format!("“{text}” is no language; choose zh or en")),
    }
}

#[cfg(test)]
mod window_option_tests {
    use super::*;

    #[test]
    fn window_sizes_and_languages_are_read() {
        assert_eq!(parse_window_size("1366x768"), Ok([1366.0, 768.0]));
        assert_eq!(parse_window_size("900×600"), Ok([900.0, 600.0]));
        assert!(parse_window_size("900").is_err());
        assert!(parse_window_size("10x10").is_err());
        assert_eq!(parse_lang("EN"), Ok(Lang::En));
        assert_eq!(
            parse_month("2025-04"),
            Ok(MonthArg {
                year: 2025,
                month: 4
            })
        );
        assert!(parse_month("2025-13").is_err() && parse_month("April").is_err());
        assert_eq!(parse_light_rule("progress"), Ok(LightRule::Progress));
        assert!(parse_light_rule("colour").is_err());
        assert!(parse_lang("fr").is_err());
    }
}
