//! Short notices (toasts): saved, undone, what went wrong. Errors stay until dismissed; the
//! rest fade after a few seconds. A notice about an ongoing state (a save that keeps failing)
//! has a key: it is updated in place, never stacked, and taken away when the state ends.

use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeLevel {
    Info,
    Error,
}

/// What a keyed notice is about; there is at most one notice per key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeKey {
    /// Saving the ledger failed (and autosave will try again).
    SaveFailed,
}

#[derive(Debug, Clone)]
pub struct Notice {
    pub level: NoticeLevel,
    pub text: String,
    pub key: Option<NoticeKey>,
    shown: Instant,
}

impl Notice {
    pub fn new(level: NoticeLevel, text: String) -> Self {
        Notice {
            level,
            text,
            key: None,
            shown: Instant::now(),
        }
    }
}

/// How long a notice that is not an error stays.
const INFO_LIFETIME: Duration = Duration::from_secs(4);

/// The notices being shown, oldest first.
#[derive(Debug, Default)]
pub struct Notices(Vec<Notice>);

impl Notices {
    pub fn push(&mut self, level: NoticeLevel, text: impl Into<String>) {
        self.0.push(Notice::new(level, text.into()));
    }

    /// Shows the one notice about `key`, replacing the previous one.
    pub fn push_keyed(&mut self, key: NoticeKey, level: NoticeLevel, text: impl Into<String>) {
        self.clear(key);
        let mut notice = Notice::new(level, text.into());
        notice.key = Some(key);
        self.0.push(notice);
    }

    /// Takes away the notice about `key`, if there is one.
    pub fn clear(&mut self, key: NoticeKey) {
        self.0.retain(|n| n.key != Some(key));
    }

    /// Takes away the notice the user closed.
    pub fn dismiss(&mut self, index: usize) {
        if index < self.0.len() {
            self.0.remove(index);
        }
    }

    /// Lets the notices that are not errors fade once their time is up.
    pub fn prune(&mut self) {
        self.0
            .retain(|n| n.level == NoticeLevel::Error || n.shown.elapsed() < INFO_LIFETIME);
    }

    pub fn as_slice(&self) -> &[Notice] {
        &self.0
    }
}
