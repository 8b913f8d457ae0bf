//! Conflict copies: when one file was changed on two machines before they saw each other's
//! change, the sync engine keeps one version under the file's name and the other beside it,
//! named after the file, when and (for Syncthing) by which device:
//! Syncthing's `NAME.sync-conflict-YYYYMMDD-HHMMSS-DEVICE.ron` and Nextcloud's
//! `NAME (conflicted copy YYYY-MM-DD HHMMSS).ron` (newer clients put the user's name before
//! the date). These names are read here; a name only like them is no copy.

use std::path::PathBuf;

use chrono::{NaiveDate, NaiveDateTime};

const SUFFIX: &str = ".ron";
const SYNCTHING: &str = ".sync-conflict-";
const NEXTCLOUD: &str = " (conflicted copy ";
/// Syncthing names the device by the first seven characters of its ID (base32: A–Z, 2–7).
const DEVICE_LEN: usize = 7;

/// The engine that made a conflict copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Syncthing,
    Nextcloud,
}

/// What a conflict copy's file name says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConflictName {
    /// The file name of the ledger it is a copy of (`青石镇.ron`); for a copy of a copy, the
    /// first ledger's.
    pub ledger: String,
    /// When the engine found the conflict, as it wrote it in the name (the machine's time for
    /// Syncthing, local time for Nextcloud).
    pub at: NaiveDateTime,
    /// Syncthing's short device ID; the user's name where a Nextcloud client wrote one.
    pub device: Option<String>,
    pub engine: Engine,
}

/// A conflict copy found in a workspace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConflictCopy {
    pub path: PathBuf,
    /// The ledger it is a copy of, in the same folder (it may be missing).
    pub ledger: PathBuf,
    pub name: ConflictName,
}

impl ConflictName {
    /// Reads a file name as a conflict copy of a ledger; `None` when it is not one.
    pub fn parse(file_name: &str) -> Option<ConflictName> {
        let base = file_name.strip_suffix(SUFFIX)?;
        let copy = syncthing(base).or_else(|| nextcloud(base))?;
        let ledger = match ConflictName::parse(&copy.ledger) {
            Some(original) => original.ledger,
            None => copy.ledger,
        };
        Some(ConflictName { ledger, ..copy })
    }
}

/// `NAME.sync-conflict-YYYYMMDD-HHMMSS-DEVICE`, the `.ron` taken off.
fn syncthing(base: &str) -> Option<ConflictName> {
    let at = base.rfind(SYNCTHING)?;
    let (stem, rest) = (&base[..at], &base[at + SYNCTHING.len()..]);
    let mut parts = rest.split('-');
    let (day, time, device) = (parts.next()?, parts.next()?, parts.next()?);
    if stem.is_empty() || parts.next().is_some() || day.len() != 8 {
        return None;
    }
    let valid_device = device.len() == DEVICE_LEN
        && device
            .bytes()
            .all(|b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b));
    if !valid_device {
        return None;
    }
    let date = date(day.get(..4)?, day.get(4..6)?, day.get(6..)?)?;
    Some(ConflictName {
        ledger: format!("{stem}{SUFFIX}"),
        at: date.and_time(time_of_day(time)?),
        device: Some(device.to_owned()),
        engine: Engine::Syncthing,
    })
}

/// `NAME (conflicted copy [WHO ]YYYY-MM-DD HHMMSS)`, the `.ron` taken off.
fn nextcloud(base: &str) -> Option<ConflictName> {
    let inner = base.strip_suffix(')')?;
    let at = inner.rfind(NEXTCLOUD)?;
    let (stem, rest) = (&inner[..at], &inner[at + NEXTCLOUD.len()..]);
    let (who, stamp) = match rest.rsplit_once(' ') {
        Some((front, time)) => match front.rsplit_once(' ') {
            Some((who, day)) if !who.is_empty() => (Some(who), (day, time)),
            Some(_) => return None,
            None => (None, (front, time)),
        },
        None => return None,
    };
    let mut day = stamp.0.split('-');
    let (year, month, dom) = (day.next()?, day.next()?, day.next()?);
    if stem.is_empty() || day.next().is_some() || year.len() != 4 {
        return None;
    }
    let date = date(year, month, dom)?;
    Some(ConflictName {
        ledger: format!("{stem}{SUFFIX}"),
        at: date.and_time(time_of_day(stamp.1)?),
        device: who.map(str::to_owned),
        engine: Engine::Nextcloud,
    })
}

fn number(digits: &str, len: usize) -> Option<u32> {
    (digits.len() == len && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
}

fn date(year: &str, month: &str, day: &str) -> Option<NaiveDate> {
    let year = i32::try_from(number(year, 4)?).ok()?;
    NaiveDate::from_ymd_opt(year, number(month, 2)?, number(day, 2)?)
}

/// `HHMMSS`.
fn time_of_day(text: &str) -> Option<chrono::NaiveTime> {
    if text.len() != 6 {
        return None;
    }
    chrono::NaiveTime::from_hms_opt(
        number(text.get(..2)?, 2)?,
        number(text.get(2..4)?, 2)?,
        number(text.get(4..)?, 2)?,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32, s: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, mo, d)
            .unwrap()
            .and_hms_opt(h, mi, s)
            .unwrap()
    }

    #[test]
    fn syncthing_copies_name_the_ledger_the_time_and_the_device() {
        let copy = ConflictName::parse("青石镇.sync-conflict-20250302-081530-ABCDEF2.ron").unwrap();
        assert_eq!(copy.ledger, "青石镇.ron");
        assert_eq!(copy.at, at(2025, 3, 2, 8, 15, 30));
        assert_eq!(copy.device.as_deref(), Some("ABCDEF2"));
        assert_eq!(copy.engine, Engine::Syncthing);
        let dotted = ConflictName::parse("v1.2 台账.sync-conflict-20241231-235959-ZZZZZZZ.ron");
        assert_eq!(dotted.unwrap().ledger, "v1.2 台账.ron");
    }

    #[test]
    fn a_copy_of_a_copy_belongs_to_the_first_ledger() {
        let name = "湖滨区.sync-conflict-20250101-010101-AAAAAAA.sync-conflict-20250102-020202-BBBBBBB.ron";
        let copy = ConflictName::parse(name).unwrap();
        assert_eq!(copy.ledger, "湖滨区.ron");
        assert_eq!(copy.device.as_deref(), Some("BBBBBBB"));
        assert_eq!(copy.at, at(2025, 1, 2, 2, 2, 2));
    }

    #[test]
    fn nextcloud_copies_name_the_ledger_the_time_and_maybe_the_user() {
        let copy = ConflictName::parse("市项目办 (conflicted copy 2025-03-01 101500).ron").unwrap();
        assert_eq!(copy.ledger, "市项目办.ron");
        assert_eq!(copy.at, at(2025, 3, 1, 10, 15, 0));
        assert_eq!(copy.device, None);
        assert_eq!(copy.engine, Engine::Nextcloud);
        let user =
            ConflictName::parse("市项目办 (conflicted copy 小王 2025-03-01 101500).ron").unwrap();
        assert_eq!(user.device.as_deref(), Some("小王"));
        assert_eq!(user.ledger, "市项目办.ron");
    }

    #[test]
    fn names_only_like_conflict_copies_are_not_copies() {
        for name in [
            "青石镇.ron",
            "sync-conflict-20250302-081530-ABCDEF2.ron",
            ".sync-conflict-20250302-081530-ABCDEF2.ron",
            "青石镇.sync-conflict-20250302-081530-ABCDEF2.ron.bak",
            "青石镇.sync-conflict-20250302-081530-ABCDEF2.txt",
            "青石镇.sync-conflict-20250302-081530-abcdef2.ron",
            "青石镇.sync-conflict-20250302-081530-ABCDEF.ron",
            "青石镇.sync-conflict-20250302-081530-ABCDEF21.ron",
            "青石镇.sync-conflict-20250302-081530-ABCDEF1.ron",
            "青石镇.sync-conflict-20251302-081530-ABCDEF2.ron",
            "青石镇.sync-conflict-20250230-081530-ABCDEF2.ron",
            "青石镇.sync-conflict-20250302-251530-ABCDEF2.ron",
            "青石镇.sync-conflict-2025032-081530-ABCDEF2.ron",
            "青石镇.sync-conflict-20250302-081530.ron",
            "青石镇.sync-conflict-20250302-081530-ABCDEF2-X.ron",
            "青石镇.sync-conflicts-20250302-081530-ABCDEF2.ron",
            "青石镇.sync-conflict-2025+302-081530-ABCDEF2.ron",
            "青石镇.sync-conflict-2025年0-081530-ABCDEF2.ron",
            "青石镇.sync-conflict-20250302-08年0-ABCDEF2.ron",
            "市项目办 (conflicted copy 2025-03-01 101500)",
            "市项目办 (conflicted copy 2025-03-01 1015).ron",
            "市项目办 (conflicted copy 2025-3-01 101500).ron",
            "市项目办 (conflicted copy 2025-03-01 101500.ron",
            "市项目办 (conflicted copy 2025-02-30 101500).ron",
            "市项目办 (conflicted copy).ron",
            "市项目办 (conflicted copy  2025-03-01 101500).ron",
            "市项目办 (copy 2025-03-01 101500).ron",
            " (conflicted copy 2025-03-01 101500).ron",
            "市项目办(conflicted copy 2025-03-01 101500).ron",
        ] {
            assert_eq!(ConflictName::parse(name), None, "{name}");
        }
    }
}
