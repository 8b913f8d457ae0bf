//! A workspace: a folder of ledgers, one `.ron` file per office (`东海镇.ron`, `市项目办.ron` …),
//! kept in step between machines by a sync engine (Syncthing, a Nextcloud folder, a share).
//! Listing it finds the ledgers by file name and, apart from them, the conflict copies the
//! engines leave when one file was changed on two machines ([`conflict`]). The files the store
//! writes beside a ledger (its backup, lock, temporary and damaged files) and the engines' own
//! hidden files are not ledgers and are skipped. A copy is merged into its ledger by
//! [`merge`], and the copies of a whole folder settled on disk by [`settle`]; an office's ledger
//! sent as one file (报送) is taken in the same way by [`submission`].

pub mod conflict;
pub mod merge;
pub mod settle;
pub mod submission;
pub mod union;

use std::fs;
use std::path::{Path, PathBuf};

pub use conflict::{ConflictCopy, ConflictName, Engine};

/// The file name ending of a ledger.
const LEDGER_SUFFIX: &str = ".ron";

/// Why a workspace folder could not be listed.
#[derive(Debug, thiserror::Error)]
pub enum WorkspaceError {
    #[error("{path} is not a folder")]
    NotAFolder { path: PathBuf },
    #[error("cannot list {path}: {source}")]
    Unreadable {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// What a workspace folder holds: its ledgers and the conflict copies of them, each sorted by
/// file name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Workspace {
    pub folder: PathBuf,
    pub ledgers: Vec<PathBuf>,
    pub conflicts: Vec<ConflictCopy>,
}

/// May a file of this name be an office's ledger (or a conflict copy of one)? Hidden files are
/// not: the store's temporary files (`.NAME.ron.XXXX.tmp`) and the engines' (`.syncthing.*`,
/// `.~lock*`) are hidden, and the backup, lock and damaged files do not end in `.ron`.
fn is_ron_file(name: &str) -> bool {
    !name.starts_with('.') && name.len() > LEDGER_SUFFIX.len() && name.ends_with(LEDGER_SUFFIX)
}

impl Workspace {
    /// Lists the ledgers and conflict copies directly in `folder` (subfolders are not entered:
    /// the engines keep their old versions in them, `.stversions` for one).
    pub fn list(folder: &Path) -> Result<Workspace, WorkspaceError> {
        let unreadable = |source| WorkspaceError::Unreadable {
            path: folder.to_path_buf(),
            source,
        };
        if !fs::metadata(folder).map_err(unreadable)?.is_dir() {
            return Err(WorkspaceError::NotAFolder {
                path: folder.to_path_buf(),
            });
        }
        let mut names = Vec::new();
        for entry in fs::read_dir(folder).map_err(unreadable)? {
            let entry = entry.map_err(unreadable)?;
            if !fs::metadata(entry.path()).is_ok_and(|m| m.is_file()) {
                continue;
            }
            if let Some(name) = entry.file_name().to_str() {
                names.push(name.to_owned());
            }
        }
        Ok(Workspace::from_names(folder, names))
    }

    /// Sorts file names of `folder` into ledgers and conflict copies; the rest is skipped.
    pub fn from_names(folder: &Path, names: impl IntoIterator<Item = String>) -> Workspace {
        let mut ledgers = Vec::new();
        let mut conflicts = Vec::new();
        for name in names.into_iter().filter(|name| is_ron_file(name)) {
            match ConflictName::parse(&name) {
                Some(copy) => conflicts.push(ConflictCopy {
                    path: folder.join(&name),
                    ledger: folder.join(&copy.ledger),
                    name: copy,
                }),
                None => ledgers.push(folder.join(name)),
            }
        }
        ledgers.sort();
        conflicts.sort_by(|a, b| a.path.cmp(&b.path));
        Workspace {
            folder: folder.to_path_buf(),
            ledgers,
            conflicts,
        }
    }

    /// The conflict copies of one ledger, oldest first.
    pub fn conflicts_of(&self, ledger: &Path) -> Vec<&ConflictCopy> {
        let mut copies: Vec<_> = self
            .conflicts
            .iter()
            .filter(|copy| copy.ledger == ledger)
            .collect();
        copies.sort_by_key(|copy| copy.name.at);
        copies
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|name| name.to_string()).collect()
    }

    #[test]
    fn ledgers_are_told_from_the_files_beside_them() {
        let folder = Path::new("/office");
        let workspace = Workspace::from_names(
            folder,
            names(&[
                "青石镇.ron",
                "市项目办.ron",
                "青石镇.ron.bak",
                "青石镇.ron.bak.new",
                "青石镇.ron.lock",
                ".青石镇.ron.a1B2c3.tmp",
                "青石镇.ron.damaged-20250301-101500",
                ".syncthing.青石镇.ron.tmp",
                "~syncthing~青石镇.ron.tmp",
                ".stfolder",
                "notes.txt",
                ".ron",
                "青石镇.RON.txt",
            ]),
        );
        assert_eq!(
            workspace.ledgers,
            vec![folder.join("市项目办.ron"), folder.join("青石镇.ron")]
        );
        assert!(workspace.conflicts.is_empty());
    }

    #[test]
    fn conflict_copies_are_listed_apart_and_mapped_to_their_ledger() {
        let folder = Path::new("/office");
        let workspace = Workspace::from_names(
            folder,
            names(&[
                "青石镇.ron",
                "青石镇.sync-conflict-20250302-081500-ABCDEF2.ron",
                "青石镇 (conflicted copy 2025-03-01 101500).ron",
                "市项目办.ron",
            ]),
        );
        assert_eq!(
            workspace.ledgers,
            vec![folder.join("市项目办.ron"), folder.join("青石镇.ron")]
        );
        let copies = workspace.conflicts_of(&folder.join("青石镇.ron"));
        assert_eq!(copies.len(), 2);
        assert_eq!(copies[0].name.engine, Engine::Nextcloud);
        assert_eq!(copies[1].name.engine, Engine::Syncthing);
        assert_eq!(copies[1].name.device.as_deref(), Some("ABCDEF2"));
        assert!(
            workspace
                .conflicts_of(&folder.join("市项目办.ron"))
                .is_empty()
        );
    }

    #[test]
    fn a_folder_is_listed_from_disk_and_a_file_is_no_workspace() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("甲镇.ron"), "()").unwrap();
        fs::write(dir.path().join("甲镇.ron.bak"), "()").unwrap();
        fs::write(
            dir.path()
                .join("甲镇.sync-conflict-20250101-000000-QWERTY7.ron"),
            "()",
        )
        .unwrap();
        fs::create_dir(dir.path().join("旧版.ron")).unwrap();
        let workspace = Workspace::list(dir.path()).unwrap();
        assert_eq!(workspace.ledgers, vec![dir.path().join("甲镇.ron")]);
        assert_eq!(workspace.conflicts.len(), 1);
        assert_eq!(workspace.conflicts[0].ledger, dir.path().join("甲镇.ron"));
        assert!(matches!(
            Workspace::list(&dir.path().join("甲镇.ron")),
            Err(WorkspaceError::NotAFolder { .. })
        ));
        assert!(matches!(
            Workspace::list(&dir.path().join("无此文件夹")),
            Err(WorkspaceError::Unreadable { .. })
        ));
    }
}
