//! 报送 without a shared folder: an office's ledger written as one file to send by mail or
//! 政务微信 ([`send`]), or one month of it ([`send_month`], what it holds is told in
//! [`month`](super::month)), and such a file taken into a workspace as that office's ledger
//! ([`receive`]): merged by id into the workspace's ledger of that office, record by record and
//! field by field, as a conflict copy is ([`merge`](super::merge)), or placed as the office's
//! ledger when the workspace has none yet. A one-month file is read by its mark: only that
//! month is merged ([`merge_month`](super::merge::merge_month)), into an empty ledger when
//! the workspace has none. The received file itself is never changed.
//!
//! The file is named after the office's ledger and the day: 东岭镇.ron sends
//! 东岭镇-报送-20250425.ron, or 东岭镇-报送-2025年4月-20250425.ron for April alone, which is
//! received into 东岭镇.ron.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::merge::Side;
use super::month::{SubmittedMonth, marked, month_ledger, read_mark};
use super::settle::{Answers, LedgerSettled, SettleError, Settled, merge_copies};
use crate::model::{EditError, Ledger};
use crate::store::{self, LedgerStore, Saved};

/// The word between the office and the day in a 报送 file's name.
const MARK: &str = "-报送-";

/// The name of the file `ledger` is sent as on `day`.
pub fn submission_name(ledger: &Path, day: NaiveDate) -> String {
    format!("{}{MARK}{}.ron", office_of(ledger), day.format("%Y%m%d"))
}

/// The name of the file one month of `ledger` is sent as on `day`.
pub fn month_submission_name(ledger: &Path, month: SubmittedMonth, day: NaiveDate) -> String {
    format!(
        "{}{MARK}{}年{}月-{}.ron",
        office_of(ledger),
        month.year,
        month.month,
        day.format("%Y%m%d")
    )
}

/// The office a ledger or 报送 file belongs to: the file's stem before "-报送-".
pub fn office_of(file: &Path) -> String {
    let stem = file
        .file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_default();
    match stem.split_once(MARK) {
        Some((office, _)) => office.to_string(),
        None => stem,
    }
}

/// Writes `ledger` as a 报送 file at `path` (atomically).
pub fn send(ledger: &Ledger, path: &Path) -> std::io::Result<()> {
    store::atomic::write_atomically(path, store::format::to_ron(ledger).as_bytes())
}

/// Why one month of a ledger could not be sent.
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    /// The ledger does not hold together (it was never saved so).
    #[error("the month cannot be taken out of the ledger: {0}")]
    Month(#[from] EditError),
    #[error(transparent)]
    Write(#[from] std::io::Error),
}

/// Writes one month of `ledger` as a 报送 file at `path` (atomically), marked as that
/// month's.
pub fn send_month(ledger: &Ledger, month: SubmittedMonth, path: &Path) -> Result<(), SendError> {
    let text = marked(&store::format::to_ron(&month_ledger(ledger, month)?), month);
    store::atomic::write_atomically(path, text.as_bytes())?;
    Ok(())
}

/// Takes the 报送 file `file` into the workspace `folder` as its office's ledger (see the
/// module's comment), answering every choice with `prefer`'s side when given; the office's
/// ledger is not written while a choice is left.
pub fn receive(folder: &Path, file: &Path, prefer: Option<Side>) -> LedgerSettled {
    receive_answering(folder, file, prefer.map_or(Answers::Ask, Answers::All))
}

/// Takes the 报送 file in as [`receive`] does, each choice answered by `answers` (a person's,
/// one for each choice the merge leaves, in order).
pub fn receive_answered(folder: &Path, file: &Path, answers: &[Side]) -> LedgerSettled {
    receive_answering(folder, file, Answers::Each(&[answers.to_vec()]))
}

fn receive_answering(folder: &Path, file: &Path, answers: Answers<'_>) -> LedgerSettled {
    let target: PathBuf = folder.join(format!("{}.ron", office_of(file)));
    let mut copies = Vec::new();
    let settled = match take_in(&target, file, answers, &mut copies) {
        Ok(Some(saved)) => Settled::Saved {
            saved,
            moved: Vec::new(),
        },
        Ok(None) => Settled::ChoicesLeft,
        Err(error) => Settled::Failed(error),
    };
    LedgerSettled {
        ledger: target,
        copies,
        settled,
    }
}

fn take_in(
    target: &Path,
    file: &Path,
    answers: Answers<'_>,
    copies: &mut Vec<super::settle::CopyMerge>,
) -> Result<Option<Saved>, SettleError> {
    if read_mark(file)?.is_none() && store::load(target)?.is_none() {
        let parsed = store::load(file)?.ok_or_else(|| SettleError::CopyGone {
            path: file.to_path_buf(),
        })?;
        let opened = LedgerStore::open(target);
        let mut store = opened.store.into_writable()?;
        let mut ledger = parsed.ledger;
        return Ok(Some(store.save(&mut ledger)?));
    }
    match merge_copies(target, &[file.to_path_buf()], answers, copies)? {
        Some((mut store, mut ledger)) => Ok(Some(store.save(&mut ledger)?)),
        None => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_submission_is_named_after_its_office_and_day() {
        let day = NaiveDate::from_ymd_opt(2025, 4, 25).unwrap();
        let name = submission_name(Path::new("/工作区/东岭镇.ron"), day);
        assert_eq!(name, "东岭镇-报送-20250425.ron");
        assert_eq!(office_of(Path::new(&name)), "东岭镇");
        assert_eq!(office_of(Path::new("青禾街道.ron")), "青禾街道");
        let april = SubmittedMonth::new(2025, 4).unwrap();
        let name = month_submission_name(Path::new("/工作区/东岭镇.ron"), april, day);
        assert_eq!(name, "东岭镇-报送-2025年4月-20250425.ron");
        assert_eq!(office_of(Path::new(&name)), "东岭镇");
    }
}
