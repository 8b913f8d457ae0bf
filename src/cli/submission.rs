//! `town-tracker send --data LEDGER [--month YYYY-MM] [--out FILE]` writes the office's ledger,
//! or one month of it, as one 报送 file to send by mail; `town-tracker receive FILE… --data
//! FOLDER [--prefer ledger|copy]` takes such files into a workspace as their offices' ledgers,
//! merged by id (only its month for a one-month file), and says what changed.
//! Exit codes as for `merge-conflicts`: 0 done, 3 a choice is left (that ledger not written),
//! 1 a file could not be read or written.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::merge_conflicts::{CHOICES_LEFT, report};
use crate::describe::merge as words;
use crate::i18n::Lang;
use crate::workspace::merge::Side;
use crate::workspace::month::SubmittedMonth;
use crate::workspace::settle::Settled;
use crate::workspace::submission::{
    SendError, month_submission_name, receive, send, send_month, submission_name,
};

/// Writes the ledger at `data`, or its `month`, as a 报送 file; returns the exit code.
pub fn run_send(
    data: &Path,
    out: Option<&Path>,
    month: Option<SubmittedMonth>,
    today: NaiveDate,
    lang: Lang,
) -> i32 {
    let Some(parsed) = super::load_for_reading(data) else {
        return 1;
    };
    let name = match month {
        Some(month) => month_submission_name(data, month, today),
        None => submission_name(data, today),
    };
    let out: PathBuf = out.map_or_else(
        || data.parent().unwrap_or(Path::new(".")).join(name),
        Path::to_path_buf,
    );
    let sent = match month {
        Some(month) => send_month(&parsed.ledger, month, &out),
        None => send(&parsed.ledger, &out).map_err(SendError::from),
    };
    match sent {
        Ok(()) => {
            let what = match (month, lang) {
                (None, _) => lang
                    .pick("报送文件已写入", "Submission written to")
                    .to_owned(),
                (Some(month), Lang::Zh) => {
                    format!("{}的报送文件已写入", words::submitted_month(month, lang))
                }
                (Some(month), Lang::En) => format!(
                    "Submission of {} written to",
                    words::submitted_month(month, lang)
                ),
            };
            println!("{what} {}", out.display());
            0
        }
        Err(error) => {
            eprintln!("town-tracker: {}", words::send_error(&error, &out, lang));
            1
        }
    }
}

/// Takes each 报送 file into the workspace `folder`; returns the exit code.
pub fn run_receive(
    folder: &Path,
    files: &[PathBuf],
    prefer: Option<Side>,
    lang: Lang,
    out: &mut dyn Write,
) -> i32 {
    let (mut failed, mut choices_left) = (false, false);
    for file in files {
        let received = receive(folder, file, prefer);
        for line in report(&received, prefer, lang) {
            if writeln!(out, "{line}").is_err() {
                return 1;
            }
        }
        match &received.settled {
            Settled::Saved { .. } => {}
            Settled::ChoicesLeft => choices_left = true,
            Settled::Failed(error) => {
                eprintln!(
                    "town-tracker: {}",
                    words::settle_error(error, &received.ledger, lang)
                );
                failed = true;
            }
        }
    }
    if failed {
        1
    } else if choices_left {
        CHOICES_LEFT
    } else {
        0
    }
}
