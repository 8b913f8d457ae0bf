//! `town-tracker send --data LEDGER [--out FILE]` writes the office's ledger as one 报送 file
//! to send by mail; `town-tracker receive FILE… --data FOLDER [--prefer ledger|copy]` takes
//! such files into a workspace as their offices' ledgers, merged by id, and says what changed.
//! Exit codes as for `merge-conflicts`: 0 done, 3 a choice is left (that ledger not written),
//! 1 a file could not be read or written.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::merge_conflicts::{CHOICES_LEFT, report};
use crate::describe;
use crate::describe::merge as words;
use crate::i18n::Lang;
use crate::workspace::merge::Side;
use crate::workspace::settle::Settled;
use crate::workspace::submission::{receive, send, submission_name};

/// Writes the ledger at `data` as a 报送 file; returns the exit code.
pub fn run_send(data: &Path, out: Option<&Path>, today: NaiveDate, lang: Lang) -> i32 {
    let Some(parsed) = super::load_for_reading(data) else {
        return 1;
    };
    let out: PathBuf = out.map_or_else(
        || {
            data.parent()
                .unwrap_or(Path::new("."))
                .join(submission_name(data, today))
        },
        Path::to_path_buf,
    );
    match send(&parsed.ledger, &out) {
        Ok(()) => {
            println!(
                "{} {}",
                lang.pick("报送文件已写入", "Submission written to"),
                out.display()
            );
            0
        }
        Err(error) => {
            eprintln!(
                "town-tracker: {}: {}",
                out.display(),
                describe::io_reason(&error, lang)
            );
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
