//! Identifiers for the things a ledger holds. An id is a number below 2^53 (exact in any JSON
//! reader or spreadsheet): the millisecond it was drawn (since 2024) in the high bits and 12
//! random bits below, never smaller than the last id this process drew. So ids sort in the
//! order records were made (the ledger's "as entered" order), never repeat within a process,
//! and two machines draw the same one only if they draw in the same millisecond and the same
//! random bits — not within a ledger, not across the ledgers of a workspace, not across two
//! copies of one ledger edited on two machines. They survive saving and loading, so undo,
//! links, selections and the merge of conflict copies can refer to them.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub u64);

        impl From<$name> for u64 {
            fn from(id: $name) -> u64 {
                id.0
            }
        }
    };
}

id_type!(
    /// Identifies a unit (a town, district or park).
    UnitId
);
id_type!(
    /// Identifies a project.
    ProjectId
);
id_type!(
    /// Identifies a goal such as "sign one project of 10亿+ in Q1".
    GoalId
);
id_type!(
    /// Identifies an imported source article.
    SourceId
);
id_type!(
    /// Identifies a problem (存在问题) of a project.
    ProblemId
);

/// Ids are below this bound, so they stay exact as a double.
pub const ID_BOUND: u64 = 1 << 53;

/// Is this a number an id can be?
pub fn is_valid_id(id: u64) -> bool {
    (1..ID_BOUND).contains(&id)
}

/// 2024-01-01T00:00:00Z, where the ids' clock starts.
const ID_EPOCH: Duration = Duration::from_secs(1_704_067_200);

/// The last id this process drew.
static LAST_ID: AtomicU64 = AtomicU64::new(0);

/// A fresh id for which `taken` says no (see the module's comment).
pub fn fresh_id(taken: impl Fn(u64) -> bool) -> u64 {
    loop {
        let millis = SystemTime::now()
            .duration_since(UNIX_EPOCH + ID_EPOCH)
            .map_or(0, |elapsed| elapsed.as_millis() as u64);
        let drawn = ((millis << 12) | fastrand::u64(0..1 << 12)) % ID_BOUND;
        let previous = LAST_ID
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |last| {
                Some(drawn.max(last + 1) % ID_BOUND)
            })
            .unwrap_or_default();
        let id = drawn.max(previous + 1) % ID_BOUND;
        if is_valid_id(id) && !taken(id) {
            return id;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_ids_are_valid_and_avoid_the_taken_ones() {
        let taken: Vec<u64> = (0..2000).map(|_| fresh_id(|_| false)).collect();
        assert!(taken.iter().all(|&id| is_valid_id(id)));
        assert!(
            taken.windows(2).all(|pair| pair[0] < pair[1]),
            "drawn in order, never twice"
        );
        let next = fresh_id(|id| taken.contains(&id));
        assert!(!taken.contains(&next));
        assert!(!is_valid_id(0) && !is_valid_id(ID_BOUND));
    }
}
