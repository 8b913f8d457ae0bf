//! Settling a workspace's conflict copies on disk: each ledger that has copies is opened
//! through the store (locked, so no window writes it meanwhile), each copy is merged into it,
//! oldest first ([`merge`](super::merge)), and when no choice is left the ledger is saved
//! (atomically, the previous version kept as the backup) and each merged copy is moved into
//! [`MERGED_FOLDER`] in the workspace — kept, never deleted, and no longer listed, since the
//! listing does not enter subfolders. A ledger with a choice left is not written and its
//! copies stay where they are, unless a side is preferred for every choice; the other ledgers
//! are settled all the same.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use super::merge::{self, Choice, MergeError, Merged, Side};
use super::{Workspace, WorkspaceError};
use crate::model::Ledger;
use crate::store::{self, Blocked, LedgerStore, LoadError, SaveError, Saved, UnknownField};

/// The subfolder of the workspace that merged conflict copies are moved into.
pub const MERGED_FOLDER: &str = "已合并的冲突副本";

/// Why a ledger's conflict copies could not be settled. The ledger and its copies are then
/// left as they were, unless only the move of a copy failed (the ledger is saved by then).
#[derive(Debug, thiserror::Error)]
pub enum SettleError {
    #[error(transparent)]
    Blocked(#[from] Blocked),
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error("the conflict copy {path} went away while merging")]
    CopyGone { path: PathBuf },
    #[error("the conflict copy {path} has fields this version does not know")]
    CopyUnknownFields {
        path: PathBuf,
        fields: Vec<UnknownField>,
    },
    #[error("the conflict copy {path} cannot be merged: {source}")]
    Merge { path: PathBuf, source: MergeError },
    #[error(transparent)]
    Save(#[from] SaveError),
    #[error("cannot move the merged copy {path} aside: {source}")]
    MoveAside {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// What merging one copy found.
#[derive(Debug, Clone, PartialEq)]
pub struct CopyMerge {
    pub copy: PathBuf,
    pub merged: Vec<Merged>,
    pub choices: Vec<Choice>,
    /// The names of the merged ledger's units and articles by id, for the choices of a
    /// project's or goal's unit or article.
    pub names: BTreeMap<u64, String>,
}

fn record_names(ledger: &Ledger) -> BTreeMap<u64, String> {
    let units = ledger.units().map(|unit| (unit.id.0, unit.name.clone()));
    let sources = ledger
        .sources()
        .map(|source| (source.id.0, source.title.clone()));
    units.chain(sources).collect()
}

/// How a ledger's copies were settled.
#[derive(Debug)]
pub enum Settled {
    /// Saved (or already holding everything), the copies moved to these paths.
    Saved {
        saved: Saved,
        moved: Vec<PathBuf>,
    },
    /// Choices are left: nothing was written.
    ChoicesLeft,
    Failed(SettleError),
}

/// One ledger with conflict copies, and what became of them.
#[derive(Debug)]
pub struct LedgerSettled {
    pub ledger: PathBuf,
    pub copies: Vec<CopyMerge>,
    pub settled: Settled,
}

/// Settles every ledger of the folder that has conflict copies (see the module's comment),
/// answering every choice with `prefer`'s side when given. Copies whose ledger is missing are
/// not touched (`info` names them).
pub fn settle_conflicts(
    folder: &Path,
    prefer: Option<Side>,
) -> Result<Vec<LedgerSettled>, WorkspaceError> {
    let workspace = Workspace::list(folder)?;
    Ok(workspace
        .ledgers
        .iter()
        .filter_map(|ledger| {
            let copies: Vec<PathBuf> = workspace
                .conflicts_of(ledger)
                .into_iter()
                .map(|copy| copy.path.clone())
                .collect();
            (!copies.is_empty()).then(|| settle_ledger(folder, ledger, &copies, prefer))
        })
        .collect())
}

fn settle_ledger(
    folder: &Path,
    ledger: &Path,
    copies: &[PathBuf],
    prefer: Option<Side>,
) -> LedgerSettled {
    let mut merges = Vec::new();
    let settled = match merge_copies(ledger, copies, prefer, &mut merges) {
        Ok(Some((mut store, mut merged))) => {
            match save_and_move(folder, &mut store, &mut merged, copies) {
                Ok((saved, moved)) => Settled::Saved { saved, moved },
                Err(error) => Settled::Failed(error),
            }
        }
        Ok(None) => Settled::ChoicesLeft,
        Err(error) => Settled::Failed(error),
    };
    LedgerSettled {
        ledger: ledger.to_path_buf(),
        copies: merges,
        settled,
    }
}

/// Merges each copy in turn into the opened ledger; the store and the merged ledger when no
/// choice is left (or `prefer` answered them), `None` when one is.
pub(super) fn merge_copies(
    ledger: &Path,
    copies: &[PathBuf],
    prefer: Option<Side>,
    merges: &mut Vec<CopyMerge>,
) -> Result<Option<(LedgerStore, Ledger)>, SettleError> {
    let opened = LedgerStore::open(ledger);
    let store = opened.store.into_writable()?;
    let mut current = opened.ledger;
    for copy in copies {
        let parsed =
            store::load(copy)?.ok_or_else(|| SettleError::CopyGone { path: copy.clone() })?;
        if !parsed.unknown_fields.is_empty() {
            return Err(SettleError::CopyUnknownFields {
                path: copy.clone(),
                fields: parsed.unknown_fields,
            });
        }
        let cannot_merge = |source| SettleError::Merge {
            path: copy.clone(),
            source,
        };
        let merged = merge::merge(&current, &parsed.ledger).map_err(cannot_merge)?;
        let names = record_names(&merged.ledger);
        current = match prefer {
            Some(side) if !merged.choices.is_empty() => merged
                .resolve(&vec![side; merged.choices.len()])
                .map_err(cannot_merge)?,
            _ => merged.ledger,
        };
        merges.push(CopyMerge {
            copy: copy.clone(),
            merged: merged.merged,
            choices: merged.choices,
            names,
        });
    }
    let choices_left = prefer.is_none() && merges.iter().any(|merge| !merge.choices.is_empty());
    Ok((!choices_left).then_some((store, current)))
}

fn save_and_move(
    folder: &Path,
    store: &mut LedgerStore,
    ledger: &mut Ledger,
    copies: &[PathBuf],
) -> Result<(Saved, Vec<PathBuf>), SettleError> {
    let saved = store.save(ledger)?;
    let moved = copies
        .iter()
        .map(|copy| move_aside(folder, copy))
        .collect::<Result<_, _>>()?;
    Ok((saved, moved))
}

/// Moves a merged conflict copy into [`MERGED_FOLDER`] of the workspace `folder`; returns
/// where it went.
pub fn move_aside(folder: &Path, copy: &Path) -> Result<PathBuf, SettleError> {
    let aside = folder.join(MERGED_FOLDER);
    let failed = |source| SettleError::MoveAside {
        path: copy.to_path_buf(),
        source,
    };
    fs::create_dir_all(&aside).map_err(failed)?;
    let target = free_name(&aside, copy);
    fs::rename(copy, &target).map_err(failed)?;
    Ok(target)
}

/// Where in `aside` the copy goes: under its own name, or with `-2`, `-3` … before `.ron`
/// when a copy of that name was moved there before.
fn free_name(aside: &Path, copy: &Path) -> PathBuf {
    let name = copy.file_name().unwrap_or_default().to_string_lossy();
    let stem = name.strip_suffix(".ron").unwrap_or(&name);
    let mut target = aside.join(name.as_ref());
    let mut number = 2;
    while fs::symlink_metadata(&target).is_ok() {
        target = aside.join(format!("{stem}-{number}.ron"));
        number += 1;
    }
    target
}
