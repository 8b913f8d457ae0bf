//! The machine this runs on, as records and locks name it: its host name and its clock.

use chrono::Timelike;

use crate::model::Stamp;

/// The name this machine goes by in stamps and locks.
pub fn device_name() -> String {
    gethostname::gethostname().to_string_lossy().into_owned()
}

/// This machine's stamp for a change made now: local time to the millisecond (so two changes
/// of one machine are told apart and ordered) and the host name.
pub fn stamp_now() -> Stamp {
    let now = chrono::Local::now().naive_local();
    let millis = now.nanosecond() / 1_000_000 * 1_000_000;
    Stamp {
        at: now.with_nanosecond(millis).unwrap_or(now),
        by: device_name(),
    }
}
