//! The machine this runs on, as records and locks name it: its host name and its clock.

use chrono::Timelike;

use crate::model::Stamp;

/// The name this machine goes by in stamps and locks.
pub fn device_name() -> String {
    gethostname::gethostname().to_string_lossy().into_owned()
}

/// This machine's stamp for a change made now: local time to the second and the host name.
pub fn stamp_now() -> Stamp {
    let now = chrono::Local::now().naive_local();
    Stamp {
        at: now.with_nanosecond(0).unwrap_or(now),
        by: device_name(),
    }
}
