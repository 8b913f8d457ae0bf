//! The ledger file under stress: saves interrupted by killing the writer, damaged and
//! truncated files, newer schema versions, a second window, recovery from the backup.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use town_tracker::model::{Edit, Ledger, Project, ProjectId, Unit, UnitId};
use town_tracker::store::{self, Blocked, LedgerStore, LoadError, format};

/// A ledger with `projects` projects whose names carry `generation`.
fn generated(generation: u32, projects: usize) -> Ledger {
    let mut ledger = Ledger::new();
    let town = UnitId(ledger.allocate_id());
    ledger
        .apply(Edit::PutUnit(Unit::new(town, "匯龍鎮")))
        .unwrap();
    for i in 0..projects {
        let id = ProjectId(ledger.allocate_id());
        let mut project = Project::new(id, format!("第{generation}代项目{i}号"), Some(town));
        project.notes = "推进情况良好,力争3月底前正式投产。".repeat(4);
        ledger.apply(Edit::PutProject(Box::new(project))).unwrap();
    }
    ledger
}

fn generation_of(ledger: &Ledger) -> u32 {
    let name = &ledger.projects().next().unwrap().name;
    name.trim_start_matches('第')
        .split('代')
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

const CHILD_ENV: &str = "TOWN_TRACKER_SAVE_LOOP";

/// Run as a child process by `a_killed_writer_never_leaves_a_torn_file`: saves ledgers of
/// increasing generation to the path in the environment until it is killed.
#[test]
fn save_loop_child() {
    let Ok(path) = std::env::var(CHILD_ENV) else {
        return;
    };
    let mut opened = LedgerStore::open(Path::new(&path));
    for generation in 1.. {
        let mut ledger = generated(generation, 1500);
        opened.store.save(&mut ledger).unwrap();
    }
}

#[test]
fn a_killed_writer_never_leaves_a_torn_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.ron");
    let exe = std::env::current_exe().unwrap();
    let mut last_generation = 0;
    for round in 0..25u64 {
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "save_loop_child",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_ENV, &path)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(40 + (round * 37) % 160));
        child.kill().unwrap();
        child.wait().unwrap();
        match store::load(&path) {
            Ok(Some(parsed)) => {
                assert_eq!(parsed.ledger.projects().count(), 1500, "round {round}");
                last_generation = generation_of(&parsed.ledger);
            }
            Ok(None) => assert_eq!(last_generation, 0, "the ledger vanished in round {round}"),
            Err(error) => panic!("round {round}: the ledger is torn: {error}"),
        }
        if let Ok(Some(backup)) = store::load(&store::atomic::backup_path(&path)) {
            assert_eq!(backup.ledger.projects().count(), 1500);
        }
    }
    assert!(last_generation > 0, "the child never completed a save");
    let reopened = LedgerStore::open(&path);
    assert!(reopened.store.is_writable());
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|name| name.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "stale temporaries: {leftovers:?}");
}

#[test]
fn a_damaged_file_is_reported_kept_and_recoverable_from_the_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.ron");
    let mut opened = LedgerStore::open(&path);
    assert!(opened.ledger.is_empty() && !path.exists());
    opened.store.save(&mut generated(1, 3)).unwrap();
    opened.store.save(&mut generated(2, 3)).unwrap();
    drop(opened);

    let good = std::fs::read_to_string(&path).unwrap();
    let truncated = &good[..good.len() / 2];
    std::fs::write(&path, truncated).unwrap();

    let mut opened = LedgerStore::open(&path);
    match opened.store.blocked() {
        Some(Blocked::Load(LoadError::Format { .. })) => {}
        other => panic!("expected a format problem, got {other:?}"),
    }
    assert!(opened.ledger.is_empty());
    let error = opened.store.save(&mut generated(3, 1)).unwrap_err();
    assert!(
        matches!(error, store::SaveError::ReadOnly { .. }),
        "{error}"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), truncated);

    assert!(opened.store.backup().is_some());
    let mut restored = opened.store.recover(true).unwrap();
    assert_eq!(generation_of(&restored), 1);
    opened.store.save(&mut restored).unwrap();
    let aside: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|name| name.contains(".damaged-"))
        .collect();
    assert_eq!(aside.len(), 1, "the damaged file is kept");
    assert_eq!(
        std::fs::read_to_string(dir.path().join(&aside[0])).unwrap(),
        truncated
    );
    assert_eq!(
        generation_of(&store::load(&path).unwrap().unwrap().ledger),
        1
    );
}

#[test]
fn garbage_binary_and_empty_files_are_refused_in_plain_words() {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in [
        ("empty.ron", &b""[..]),
        ("binary.ron", &[0xff, 0xfe, 0x00, 0x12, 0x80][..]),
        ("text.ron", "这不是台账".as_bytes()),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let error = store::load(&path).unwrap_err();
        assert!(matches!(error, LoadError::Format { .. }), "{name}: {error}");
        assert!(error.to_string().contains(name), "{error}");
    }
}

#[test]
fn a_newer_schema_is_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.ron");
    let newer =
        format::to_ron(&generated(1, 2)).replacen("schema_version: 2", "schema_version: 99", 1);
    std::fs::write(&path, &newer).unwrap();
    let mut opened = LedgerStore::open(&path);
    let message = opened.store.blocked().unwrap().to_string();
    assert!(message.contains("newer"), "{message}");
    assert!(opened.store.save(&mut generated(2, 1)).is_err());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), newer);
}

#[test]
fn a_second_window_gets_the_ledger_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.ron");
    let mut first = LedgerStore::open(&path);
    first.store.save(&mut generated(1, 2)).unwrap();
    let mut second = LedgerStore::open(&path);
    assert!(!second.store.is_writable());
    assert_eq!(second.ledger.projects().count(), 2, "it can still be read");
    assert!(matches!(second.store.blocked(), Some(Blocked::Lock(_))));
    assert!(second.store.save(&mut generated(2, 1)).is_err());
    drop(first);
    drop(second);
    assert!(LedgerStore::open(&path).store.is_writable());
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_reported() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.ron");
    std::fs::write(&path, format::to_ron(&generated(1, 1))).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&path).is_ok() {
        // Running as root: permissions do not stop reads; use a directory in the file's place.
        std::fs::remove_file(&path).unwrap();
        std::fs::create_dir(&path).unwrap();
    }
    let opened = LedgerStore::open(&path);
    assert!(matches!(
        opened.store.blocked(),
        Some(Blocked::Load(
            LoadError::Unreadable { .. } | LoadError::NotAFile { .. }
        ))
    ));
}

/// Writes `ledger` to `path` as another machine's save arriving through a sync engine would:
/// a new file moved over the old one, not through this store.
fn arrive(path: &Path, ledger: &Ledger) {
    let incoming = path.with_extension("incoming");
    std::fs::write(&incoming, format::to_ron(ledger)).unwrap();
    std::fs::rename(&incoming, path).unwrap();
}

#[test]
fn a_save_made_elsewhere_is_told_once_and_the_own_is_not() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.ron");
    let mut ledger = generated(1, 2);
    let opened = LedgerStore::open(&path);
    let mut store = opened.store.into_writable().unwrap();
    store.save(&mut ledger).unwrap();
    assert!(store.changed_on_disk().unwrap().is_none(), "its own save");

    let elsewhere = generated(2, 3);
    // Time stamps of files can be coarse: the length differs in any case.
    arrive(&path, &elsewhere);
    let told = store
        .changed_on_disk()
        .unwrap()
        .expect("the other machine's save");
    assert_eq!(generation_of(&told), 2);
    assert!(store.changed_on_disk().unwrap().is_none(), "told once");
    // Saving what the file now holds writes nothing.
    let mut same = told.clone();
    assert_eq!(store.save(&mut same).unwrap(), store::Saved::Unchanged);

    // A save by a newer version, with fields this one does not know, makes the store read-only.
    let newer = format::to_ron(&generated(3, 1)).replacen(
        "name: \"第3代项目0号\",",
        "name: \"第3代项目0号\",\n      colour: \"红\",",
        1,
    );
    assert!(newer.contains("colour"));
    std::fs::write(dir.path().join("ledger.incoming"), newer).unwrap();
    std::fs::rename(dir.path().join("ledger.incoming"), &path).unwrap();
    assert!(store.changed_on_disk().unwrap().is_none());
    assert!(matches!(
        store.blocked(),
        Some(Blocked::UnknownFields { .. })
    ));
    assert!(!store.is_writable());
}
