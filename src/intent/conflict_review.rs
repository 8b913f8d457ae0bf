//! A conflict copy of the user's own ledger being merged in the window: the merge of the open
//! ledger with the copy, and the person's answer to each choice it left (the ledger's value
//! until they pick the copy's). A copy that merges without a choice never comes here; the app
//! takes it in at once.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::model::Ledger;
use crate::workspace::merge::{LedgerMerge, Side};

#[derive(Debug, Clone, PartialEq)]
pub struct ConflictReview {
    /// The conflict copy's file; `None` for the version another machine saved into the
    /// ledger's own file (brought by the sync engine while this window had changes).
    pub copy: Option<PathBuf>,
    pub merge: LedgerMerge,
    /// The names of the merged ledger's units and articles by id, for choices of a reference.
    pub names: BTreeMap<u64, String>,
    /// One answer for each choice, in order.
    pub answers: Vec<Side>,
}

impl ConflictReview {
    /// The review of `merge`, every answer at first the ledger's side.
    pub fn new(copy: Option<PathBuf>, merge: LedgerMerge) -> ConflictReview {
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
        let answers = vec![Side::Ledger; merge.choices.len()];
        ConflictReview {
            copy,
            merge,
            names,
            answers,
        }
    }

    /// The copy's file name, as the window names it; `None` for another machine's save.
    pub fn copy_name(&self) -> Option<String> {
        self.copy
            .as_ref()
            .and_then(|copy| copy.file_name())
            .map(|name| name.to_string_lossy().into_owned())
    }

    /// The merged ledger with the answers given.
    pub fn resolved(
        &self,
        answers: &[Side],
    ) -> Result<Ledger, crate::workspace::merge::MergeError> {
        self.merge.resolve(answers)
    }
}
