//! A run with no one at the screen (`--accept-all`, `--screenshot`): every notice also goes to
//! stderr, no dialog is waited for, and whether anything went wrong is kept for the exit code.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::intent::NoticeLevel;

/// Shared between the app and `main`, which reads it after the window has closed.
#[derive(Debug, Clone, Default)]
pub struct Unattended {
    failed: Arc<AtomicBool>,
}

impl Unattended {
    /// Says what happened on stderr; an error makes the run fail.
    pub fn report(&self, level: NoticeLevel, text: &str) {
        eprintln!("town-tracker: {text}");
        if level == NoticeLevel::Error {
            self.failed.store(true, Ordering::Relaxed);
        }
    }

    /// Did anything go wrong?
    pub fn failed(&self) -> bool {
        self.failed.load(Ordering::Relaxed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_errors_fail_the_run() {
        let run = Unattended::default();
        let seen_by_main = run.clone();
        run.report(NoticeLevel::Info, "已导入");
        assert!(!seen_by_main.failed());
        run.report(NoticeLevel::Error, "保存失败");
        assert!(seen_by_main.failed());
    }
}
