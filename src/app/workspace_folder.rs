//! The workspace folder a window has open (`--data DIR`, 文件 → 打开工作区…): which office's
//! ledger is this machine's own, the other offices' ledgers as last read, the union the views
//! show, and looking again when the folder changes. The own ledger is the window's session and
//! is not read here; the others are read-only copies, read again when their file's time or
//! length changes. A file that cannot be read is named, not shown, and tried again later.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::time::{Instant, SystemTime};

use super::folder_watch::{FolderWatch, POLL_EVERY};
use crate::model::Ledger;
use crate::store::{self, LoadError};
use crate::workspace::union::{Office, Union, union};
use crate::workspace::{ConflictCopy, Workspace, WorkspaceError};

/// Another office's ledger as last read.
#[derive(Debug)]
struct OfficeFile {
    path: PathBuf,
    seen: Option<(SystemTime, u64)>,
    office: Office,
}

/// What looking at the folder again found.
#[derive(Debug, Default)]
pub struct Looked {
    /// Offices whose ledger arrived or changed, by name.
    pub changed: Vec<String>,
    /// Ledgers that could not be read, with why.
    pub unreadable: Vec<LoadError>,
    /// Conflict copies of the own ledger not seen before.
    pub new_copies: Vec<ConflictCopy>,
}

#[derive(Debug)]
pub struct OpenWorkspace {
    pub folder: PathBuf,
    /// The office whose ledger is this machine's, once chosen.
    pub own: Option<String>,
    others: Vec<OfficeFile>,
    /// The ledgers of the folder at the last look, own included, by office name.
    pub offices: Vec<String>,
    /// Conflict copies of the own ledger already reported.
    copies_seen: BTreeSet<PathBuf>,
    /// Ledgers that could not be read, as they were then: reported once, read again when
    /// they change.
    unreadable: BTreeMap<PathBuf, Option<(SystemTime, u64)>>,
    union: Union,
    /// The own ledger's revision and the others' generation the union was built from.
    union_of: Option<(u64, u64)>,
    generation: u64,
    watch: Option<FolderWatch>,
    next_look: Instant,
}

/// The office a ledger file belongs to: its stem.
pub fn office_name(path: &Path) -> String {
    path.file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The file of an office's ledger in the folder.
pub fn office_file(folder: &Path, office: &str) -> PathBuf {
    folder.join(format!("{office}.ron"))
}

fn file_stamp(path: &Path) -> Option<(SystemTime, u64)> {
    let metadata = std::fs::metadata(path).ok()?;
    Some((metadata.modified().ok()?, metadata.len()))
}

impl OpenWorkspace {
    /// Opens `folder` with `own` as this machine's office (when known); `wake` is called from
    /// the watcher's thread when the folder changes. A folder that cannot be watched is still
    /// read every few seconds.
    pub fn open(
        folder: &Path,
        own: Option<String>,
        wake: impl Fn() + Send + 'static,
    ) -> Result<OpenWorkspace, WorkspaceError> {
        Workspace::list(folder)?;
        Ok(OpenWorkspace {
            folder: folder.to_path_buf(),
            own,
            others: Vec::new(),
            offices: Vec::new(),
            copies_seen: BTreeSet::new(),
            unreadable: BTreeMap::new(),
            union: Union::default(),
            union_of: None,
            generation: 0,
            watch: FolderWatch::start(folder, wake).ok(),
            next_look: Instant::now(),
        })
    }

    /// The own ledger's file, once the office is chosen.
    pub fn own_file(&self) -> Option<PathBuf> {
        self.own
            .as_deref()
            .map(|office| office_file(&self.folder, office))
    }

    /// Is it time to look at the folder again: the watcher saw a change, or the poll is due?
    pub fn look_due(&mut self, now: Instant) -> bool {
        let changed = self.watch.as_ref().is_some_and(FolderWatch::take_changed);
        changed || now >= self.next_look
    }

    /// When the folder will next be read without an event.
    pub fn next_look(&self) -> Instant {
        self.next_look
    }

    /// Lists the folder and reads the other offices' ledgers that arrived or changed.
    pub fn look(&mut self, now: Instant) -> Result<Looked, WorkspaceError> {
        self.next_look = now + POLL_EVERY;
        let listing = Workspace::list(&self.folder)?;
        let own = self.own_file();
        let mut looked = Looked::default();
        let mut kept = Vec::new();
        for path in &listing.ledgers {
            if Some(path) == own.as_ref() {
                continue;
            }
            let seen = file_stamp(path);
            let known = self.others.iter().position(|file| file.path == *path);
            if let Some(index) = known
                && self.others[index].seen == seen
            {
                kept.push(self.others.swap_remove(index));
                continue;
            }
            if self.unreadable.get(path) == Some(&seen) {
                if let Some(index) = known {
                    kept.push(self.others.swap_remove(index));
                }
                continue;
            }
            match store::load(path) {
                Ok(Some(parsed)) => {
                    self.unreadable.remove(path);
                    let name = office_name(path);
                    looked.changed.push(name.clone());
                    kept.push(OfficeFile {
                        path: path.clone(),
                        seen,
                        office: Office {
                            name,
                            ledger: parsed.ledger,
                        },
                    });
                }
                Ok(None) => {}
                Err(error) => {
                    self.unreadable.insert(path.clone(), seen);
                    if let Some(index) = known {
                        kept.push(self.others.swap_remove(index));
                    }
                    looked.unreadable.push(error);
                }
            }
        }
        // What is left of the old list are ledgers that went away.
        if !self.others.is_empty() || !looked.changed.is_empty() {
            self.generation += 1;
        }
        kept.sort_by(|a, b| a.path.cmp(&b.path));
        self.others = kept;
        self.offices = listing
            .ledgers
            .iter()
            .map(|path| office_name(path))
            .collect();
        if let Some(own) = &own {
            for copy in listing.conflicts_of(own) {
                if self.copies_seen.insert(copy.path.clone()) {
                    looked.new_copies.push(copy.clone());
                }
            }
        }
        Ok(looked)
    }

    /// Looks at the folder at the next frame rather than at the next poll.
    pub fn look_soon(&mut self) {
        self.next_look = Instant::now();
    }

    /// The union of `own` (at `revision`) and the others, rebuilt only when either changed.
    pub fn union(&mut self, own: &Ledger, revision: u64) -> &Union {
        let key = (revision, self.generation);
        if self.union_of != Some(key) {
            let offices: Vec<Office> = self.others.iter().map(|f| f.office.clone()).collect();
            self.union = union(own, &offices).unwrap_or_else(|_| Union {
                ledger: own.clone(),
                owners: Default::default(),
            });
            self.union_of = Some(key);
        }
        &self.union
    }

    /// The union as last built.
    pub fn current_union(&self) -> &Union {
        &self.union
    }

    /// A number that changes whenever the others do.
    pub fn generation(&self) -> u64 {
        self.generation
    }
}
