//! A merge waiting for a person's choices in the window: a conflict copy of the user's own
//! ledger (or another machine's save of its file) merged with the open ledger, or a 报送 file
//! being received into its office's ledger. Each field changed on both sides independently is
//! one choice, answered with the ledger's value until the person picks the other. A merge that
//! leaves no choice never comes here; the app takes it in at once.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::workspace::merge::{Choice, LedgerMerge, Side};
use crate::workspace::settle::CopyMerge;

/// What is being merged.
#[derive(Debug, Clone, PartialEq)]
pub enum ConflictSource {
    /// Into the open ledger: a conflict copy of it (`copy`), or, with `None`, the version
    /// another machine saved into its own file while this window had changes.
    Own {
        copy: Option<PathBuf>,
        merge: LedgerMerge,
    },
    /// The 报送 `file` into the office's ledger `ledger` of the folder.
    Received { file: PathBuf, ledger: PathBuf },
}

#[derive(Debug, Clone, PartialEq)]
pub struct ConflictReview {
    pub source: ConflictSource,
    pub choices: Vec<Choice>,
    /// How many changes merged by themselves.
    pub merged: usize,
    /// The names of the merged ledger's units and articles by id, for choices of a reference.
    pub names: BTreeMap<u64, String>,
    /// One answer for each choice, in order.
    pub answers: Vec<Side>,
}

impl ConflictReview {
    /// The review of a merge into the open ledger, every answer at first the ledger's side.
    pub fn own(copy: Option<PathBuf>, merge: LedgerMerge) -> ConflictReview {
        let names = merge
            .ledger
            .units()
            .map(|unit| (unit.id.0, unit.name.clone()))
            .chain(
                merge
                    .ledger
                    .sources()
                    .map(|source| (source.id.0, source.title.clone())),
            )
            .collect();
        ConflictReview {
            choices: merge.choices.clone(),
            merged: merge.merged.len(),
            names,
            answers: vec![Side::Ledger; merge.choices.len()],
            source: ConflictSource::Own { copy, merge },
        }
    }

    /// The review of a 报送 file whose merge into `ledger` left choices.
    pub fn received(file: PathBuf, ledger: PathBuf, merge: &CopyMerge) -> ConflictReview {
        ConflictReview {
            choices: merge.choices.clone(),
            merged: merge.merged.len(),
            names: merge.names.clone(),
            answers: vec![Side::Ledger; merge.choices.len()],
            source: ConflictSource::Received { file, ledger },
        }
    }

    /// The file merged in, by name; `None` for another machine's save of the own file.
    pub fn file_name(&self) -> Option<String> {
        let path = match &self.source {
            ConflictSource::Own { copy, .. } => copy.as_ref()?,
            ConflictSource::Received { file, .. } => file,
        };
        path.file_name()
            .map(|name| name.to_string_lossy().into_owned())
    }
}
