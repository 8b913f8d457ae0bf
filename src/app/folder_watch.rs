//! Watching a workspace folder for files a sync engine brings (the notify crate: inotify on
//! Linux, FSEvents on macOS, ReadDirectoryChangesW on Windows). The watcher only says that
//! something in the folder changed and wakes the window; what changed is found by listing and
//! reading the folder again. Shares and some sync folders deliver no events at all, so the window
//! also looks every [`POLL_EVERY`] whether or not the watcher works.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use notify::{RecommendedWatcher, RecursiveMode, Watcher};

/// How often the folder is read again without an event.
pub const POLL_EVERY: Duration = Duration::from_secs(3);

/// A folder being watched; dropping it stops the watch.
pub struct FolderWatch {
    _watcher: RecommendedWatcher,
    changed: Arc<AtomicBool>,
}

impl std::fmt::Debug for FolderWatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FolderWatch").finish_non_exhaustive()
    }
}

impl FolderWatch {
    /// Watches `folder` (not its subfolders); `wake` is called from the watcher's thread on
    /// each change, to have the window look.
    pub fn start(
        folder: &Path,
        wake: impl Fn() + Send + 'static,
    ) -> Result<FolderWatch, notify::Error> {
        let changed = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&changed);
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                if event.is_ok_and(|event| !event.kind.is_access()) {
                    flag.store(true, Ordering::Release);
                    wake();
                }
            })?;
        watcher.watch(folder, RecursiveMode::NonRecursive)?;
        Ok(FolderWatch {
            _watcher: watcher,
            changed,
        })
    }

    /// Did anything change since the last call?
    pub fn take_changed(&self) -> bool {
        self.changed.swap(false, Ordering::AcqRel)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    #[test]
    fn a_file_written_into_the_folder_is_noticed() {
        let dir = tempfile::tempdir().unwrap();
        let watch = FolderWatch::start(dir.path(), || {}).unwrap();
        assert!(!watch.take_changed());
        std::fs::write(dir.path().join("青石镇.ron"), "()").unwrap();
        let deadline = Instant::now() + Duration::from_secs(10);
        while !watch.take_changed() {
            assert!(Instant::now() < deadline, "no event within 10 s");
            std::thread::sleep(Duration::from_millis(20));
        }
        assert!(!watch.take_changed());
    }
}
