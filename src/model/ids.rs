//! Stable identifiers for the things a ledger holds. Ids are handed out by the ledger, never
//! reused, and survive saving and loading, so undo, links and selections can refer to them.

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
