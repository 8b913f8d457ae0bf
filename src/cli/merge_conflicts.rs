//! `town-tracker merge-conflicts --data DIR [--prefer ledger|copy]`: merges each conflict copy
//! of the workspace into its ledger and says, per ledger, what was merged and what needs a
//! person; `--prefer` is that person's answer to every choice. Exit code 0 when every ledger
//! was settled (or none had copies), 3 when a choice is left for some ledger (that ledger is
//! not written), 1 when the folder or a ledger could not be handled.

use std::io::Write;
use std::path::Path;

use crate::describe;
use crate::describe::merge as words;
use crate::i18n::Lang;
use crate::store::Saved;
use crate::workspace::merge::Side;
use crate::workspace::settle::{LedgerSettled, MERGED_FOLDER, Settled, settle_conflicts};

/// The side `--prefer` answers every choice with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PreferArg {
    /// Keep the ledger's value.
    Ledger,
    /// Take the conflict copy's value.
    Copy,
}

impl From<PreferArg> for Side {
    fn from(prefer: PreferArg) -> Side {
        match prefer {
            PreferArg::Ledger => Side::Ledger,
            PreferArg::Copy => Side::Copy,
        }
    }
}

/// The exit code when choices are left for a person.
pub const CHOICES_LEFT: i32 = 3;

/// Settles the conflict copies of the workspace `folder`, answering every choice with
/// `prefer`'s side when given; returns the exit code.
pub fn run_merge_conflicts(
    folder: &Path,
    prefer: Option<Side>,
    lang: Lang,
    out: &mut dyn Write,
) -> i32 {
    let settled = match settle_conflicts(folder, prefer) {
        Ok(settled) => settled,
        Err(error) => {
            eprintln!("town-tracker: {}", describe::workspace_error(&error, lang));
            return 1;
        }
    };
    let mut lines = Vec::new();
    if settled.is_empty() {
        lines.push(
            lang.pick("没有冲突副本。", "No conflict copies.")
                .to_owned(),
        );
    }
    let (mut failed, mut choices_left) = (false, false);
    for ledger in &settled {
        lines.extend(report(ledger, prefer, lang));
        match &ledger.settled {
            Settled::Saved { .. } => {}
            Settled::ChoicesLeft => choices_left = true,
            Settled::Failed(error) => {
                eprintln!(
                    "town-tracker: {}",
                    words::settle_error(error, &ledger.ledger, lang)
                );
                failed = true;
            }
        }
    }
    let code = if failed {
        1
    } else if choices_left {
        CHOICES_LEFT
    } else {
        0
    };
    for line in lines {
        if writeln!(out, "{line}").is_err() {
            return 1;
        }
    }
    code
}

/// The lines told of one ledger.
pub(super) fn report(ledger: &LedgerSettled, prefer: Option<Side>, lang: Lang) -> Vec<String> {
    let answer = match prefer {
        None => lang.pick("需要选择:", "to choose: "),
        Some(Side::Ledger) => lang.pick("按 --prefer 采用台账的值:", "took the ledger's: "),
        Some(Side::Copy) => lang.pick("按 --prefer 采用副本的值:", "took the copy's: "),
    };
    let name = file_name(&ledger.ledger);
    let mut lines = Vec::new();
    for copy in &ledger.copies {
        let month = copy.month.map(|month| {
            let month = words::submitted_month(month, lang);
            match lang {
                Lang::Zh => format!("({month}一个月的报送,只合并这个月)"),
                Lang::En => {
                    format!(" (one month's submission, {month}: only that month is merged)")
                }
            }
        });
        lines.push(format!(
            "{name} ← {}{}",
            file_name(&copy.copy),
            month.unwrap_or_default()
        ));
        lines.extend(
            copy.merged
                .iter()
                .map(|merged| format!("  {}", words::merged(merged, lang))),
        );
        lines.extend(
            copy.choices
                .iter()
                .map(|choice| format!("  {answer}{}", words::choice(choice, &copy.names, lang))),
        );
        if copy.merged.is_empty() && copy.choices.is_empty() {
            lines.push(
                lang.pick(
                    "  副本中没有台账缺少的内容",
                    "  the copy holds nothing the ledger lacks",
                )
                .to_owned(),
            );
        }
    }
    lines.push(match (&ledger.settled, lang) {
        (Settled::Saved { saved, moved }, Lang::Zh) if moved.is_empty() => match saved {
            Saved::Written => format!("已保存 {name}。"),
            Saved::Unchanged => format!("{name} 已包含副本的全部内容,没有改动。"),
        },
        (Settled::Saved { saved, moved }, Lang::En) if moved.is_empty() => match saved {
            Saved::Written => format!("{name} saved."),
            Saved::Unchanged => format!("{name} already held everything in the copies."),
        },
        (Settled::Saved { saved, moved }, Lang::Zh) => format!(
            "{} {} 个合并过的副本已移到 {MERGED_FOLDER}/",
            match saved {
                Saved::Written => format!("已保存 {name}。"),
                Saved::Unchanged => format!("{name} 已包含副本的全部内容,没有改动。"),
            },
            moved.len()
        ),
        (Settled::Saved { saved, moved }, Lang::En) => format!(
            "{} {} merged {} moved to {MERGED_FOLDER}/",
            match saved {
                Saved::Written => format!("{name} saved;"),
                Saved::Unchanged => format!("{name} already held everything in the copies;"),
            },
            moved.len(),
            if moved.len() == 1 { "copy" } else { "copies" }
        ),
        (Settled::ChoicesLeft, Lang::Zh) => format!(
            "{name} 没有改动:上面的选择需要有人决定。要全部采用台账的值,请加 --prefer ledger 再运行;要全部采用副本的值,加 --prefer copy。"
        ),
        (Settled::ChoicesLeft, Lang::En) => format!(
            "{name} was not changed: the choices above need a person. Run again with --prefer ledger to keep the ledger's values, or --prefer copy to take the copy's."
        ),
        (Settled::Failed(error), _) => format!(
            "{name}: {}",
            words::settle_error(error, &ledger.ledger, lang)
        ),
    });
    lines
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned()
}
