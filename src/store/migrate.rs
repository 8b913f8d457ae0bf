//! Migrations from older schema versions, one step each. Version 1 had sequential ids (1, 2,
//! 3 … with a `next_id` counter), which collide as soon as two offices' ledgers sit in one
//! workspace; version 2 draws every id afresh and keeps every reference. The fields version 2
//! added (monthly figures, problems, 前期手续, project attributes, stamps) all have defaults, so
//! a version 1 file reads into the version 2 shape unchanged.

use crate::model::{Ledger, SCHEMA_VERSION};

/// The one field version 1 had that version 2 does not.
pub const V1_ONLY_FIELDS: [&str; 1] = ["next_id"];

/// A version 1 ledger, read into the current shape, as version 2.
pub fn from_v1(ledger: Ledger) -> Ledger {
    let mut ledger = ledger.with_fresh_ids();
    ledger.schema_version = SCHEMA_VERSION;
    ledger
}
