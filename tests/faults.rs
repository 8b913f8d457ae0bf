//! The faults a careful tester found (issue 10), each checked from outside on the real binary:
//! symlinked, hand-edited, read-only and locked ledgers, FIFOs and devices given as files, a
//! zip bomb, failing saves in unattended runs, and what those runs say and return.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use town_tracker::store::{self, Blocked, LedgerStore};

mod fixtures;
mod window;

use fixtures::two_projects;
use window::window_command;

const BIN: &str = env!("CARGO_BIN_EXE_town-tracker");

fn seed() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/seed.txt")
}

/// A small ledger with two projects, saved at `path`.
fn write_ledger(path: &Path) {
    LedgerStore::open(path)
        .store
        .save(&mut two_projects(150_000_000))
        .unwrap();
}

/// What a run of the binary gave, or `None` for the status when it had to be killed.
struct Run {
    status: Option<ExitStatus>,
    stderr: String,
    took: Duration,
}

impl Run {
    fn failed(&self) -> bool {
        self.status.is_some_and(|status| !status.success())
    }

    fn succeeded(&self) -> bool {
        self.status.is_some_and(|status| status.success())
    }
}

/// Runs `command`, killing it when it is not done within `limit`.
fn run_within(mut command: Command, limit: Duration) -> Run {
    let dir = tempfile::tempdir().unwrap();
    let err_path = dir.path().join("stderr");
    command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(fs::File::create(&err_path).unwrap())
        .env("TOWN_TRACKER_FILE_DIALOG", "builtin");
    // Its own process group, so that a run that hangs is ended with all it started (the
    // X server of `xvfb-run` too).
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut command, 0);
    let started = Instant::now();
    let mut child = command.spawn().expect("the binary starts");
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Some(status);
        }
        if started.elapsed() > limit {
            end_group(&mut child);
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Run {
        status,
        stderr: fs::read_to_string(&err_path).unwrap_or_default(),
        took: started.elapsed(),
    }
}

#[cfg(unix)]
fn end_group(child: &mut std::process::Child) {
    let group = format!("-{}", child.id());
    let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
    child.wait().unwrap();
}

#[cfg(not(unix))]
fn end_group(child: &mut std::process::Child) {
    child.kill().unwrap();
    child.wait().unwrap();
}

/// `town-tracker --data LEDGER --import ARTICLE --accept-all`, without a window.
fn import(ledger: &Path, article: &Path) -> Run {
    run_within(
        import_command(BIN, ledger, article),
        Duration::from_secs(60),
    )
}

fn import_command(program: &str, ledger: &Path, article: &Path) -> Command {
    let mut command = Command::new(program);
    command
        .arg("--data")
        .arg(ledger)
        .arg("--import")
        .arg(article)
        .args(["--accept-all", "--today", "2025-04-15"]);
    command
}

fn projects_in(path: &Path) -> usize {
    store::load(path)
        .unwrap()
        .unwrap()
        .ledger
        .projects()
        .count()
}

#[cfg(unix)]
#[test]
fn a_symlinked_ledger_stays_a_link_and_its_target_is_saved_and_locked() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("real")).unwrap();
    let real = dir.path().join("real/ledger.ron");
    write_ledger(&real);
    let link = dir.path().join("link.ron");
    std::os::unix::fs::symlink("real/ledger.ron", &link).unwrap();

    let run = import(&link, &seed());
    assert!(run.succeeded(), "{}", run.stderr);
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(projects_in(&real), 12, "the target holds the import");
    assert!(
        fs::symlink_metadata(real.with_extension("ron.bak"))
            .unwrap()
            .is_file()
    );
    for beside_the_link in ["link.ron.bak", "link.ron.lock"] {
        assert!(
            !dir.path().join(beside_the_link).exists(),
            "{beside_the_link}"
        );
    }

    let through_link = LedgerStore::open(&link);
    assert!(through_link.store.is_writable());
    let on_the_real_path = LedgerStore::open(&real);
    assert!(matches!(
        on_the_real_path.store.blocked(),
        Some(Blocked::Lock(_))
    ));
}

#[test]
fn a_no_op_import_leaves_the_ledger_and_its_backup_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = dir.path().join("ledger.ron");
    write_ledger(&ledger);
    assert!(import(&ledger, &seed()).succeeded());
    let backup = dir.path().join("ledger.ron.bak");
    let (text, backup_text) = (fs::read(&ledger).unwrap(), fs::read(&backup).unwrap());

    let run = import(&ledger, &seed());
    assert!(run.succeeded(), "{}", run.stderr);
    let empty = dir.path().join("empty.txt");
    fs::write(&empty, "今天天气很好。").unwrap();
    let run = import(&ledger, &empty);
    assert!(run.succeeded(), "{}", run.stderr);
    assert_eq!(
        fs::read(&ledger).unwrap(),
        text,
        "the ledger is not rewritten"
    );
    assert_eq!(
        fs::read(&backup).unwrap(),
        backup_text,
        "the backup is kept"
    );
}

#[test]
fn a_field_this_version_does_not_know_is_never_lost() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = dir.path().join("ledger.ron");
    write_ledger(&ledger);
    let text = fs::read_to_string(&ledger).unwrap().replacen(
        "name: \"萬鵬建材\",",
        "name: \"萬鵬建材\",\n      colour: \"红\",",
        1,
    );
    let line = 1 + text[..text.find("colour").unwrap()].matches('\n').count();
    fs::write(&ledger, &text).unwrap();

    let run = import(&ledger, &seed());
    assert!(run.failed(), "{}", run.stderr);
    assert!(run.stderr.contains("colour"), "{}", run.stderr);
    assert!(run.stderr.contains(&format!("{line}")), "{}", run.stderr);
    assert_eq!(fs::read_to_string(&ledger).unwrap(), text);

    let opened = LedgerStore::open(&ledger);
    assert_eq!(opened.ledger.projects().count(), 2, "shown, read-only");
    assert!(!opened.store.is_writable());
}

#[cfg(unix)]
#[test]
fn the_file_mode_is_kept_and_a_read_only_ledger_is_respected() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |path: &Path| fs::metadata(path).unwrap().permissions().mode() & 0o777;
    let dir = tempfile::tempdir().unwrap();
    for kept in [0o644, 0o664] {
        let ledger = dir.path().join(format!("{kept:o}.ron"));
        write_ledger(&ledger);
        fs::set_permissions(&ledger, fs::Permissions::from_mode(kept)).unwrap();
        assert!(import(&ledger, &seed()).succeeded());
        assert_eq!(projects_in(&ledger), 12);
        assert_eq!(mode(&ledger), kept);
    }

    let ledger = dir.path().join("read-only.ron");
    write_ledger(&ledger);
    fs::set_permissions(&ledger, fs::Permissions::from_mode(0o444)).unwrap();
    let before = fs::read(&ledger).unwrap();
    let run = import(&ledger, &seed());
    assert!(run.failed(), "{}", run.stderr);
    assert!(!run.stderr.trim().is_empty());
    assert_eq!(fs::read(&ledger).unwrap(), before);
    assert_eq!(mode(&ledger), 0o444);
}

#[cfg(unix)]
#[test]
fn fifos_and_devices_are_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("article.txt");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let ledger = dir.path().join("ledger.ron");
    let limit = Duration::from_secs(5);
    for file in [
        fifo.as_path(),
        Path::new("/dev/zero"),
        Path::new("/dev/urandom"),
    ] {
        let mut extract = Command::new(BIN);
        extract.arg("extract").arg(file);
        let run = run_within(extract, limit);
        assert!(run.failed(), "extract {}: {:?}", file.display(), run.took);
        assert!(run.stderr.contains(&file.display().to_string()));

        let run = run_within(import_command(BIN, &ledger, file), limit);
        assert!(run.failed(), "--import {}: {:?}", file.display(), run.took);

        let mut info = Command::new(BIN);
        info.args(["info", "--data"]).arg(file);
        let run = run_within(info, limit);
        assert!(run.failed(), "--data {}: {:?}", file.display(), run.took);
    }
}

#[test]
fn a_screenshot_run_whose_save_fails_exits_non_zero_without_waiting() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = dir.path().join("ledger.ron");
    write_ledger(&ledger);
    // A directory where the backup goes: every save fails, as on a full disk.
    fs::create_dir_all(dir.path().join("ledger.ron.bak/in-the-way")).unwrap();
    let mut command = window_command();
    command
        .arg("--data")
        .arg(&ledger)
        .arg("--import")
        .arg(seed())
        .args(["--accept-all", "--screenshot"])
        .arg(dir.path().join("window.png"));
    let run = run_within(command, Duration::from_secs(30));
    assert!(run.failed(), "status {:?} after {:?}", run.status, run.took);
    assert!(!run.stderr.trim().is_empty());
    assert_eq!(projects_in(&ledger), 2, "nothing was half-written");
}

#[test]
fn unattended_imports_say_what_failed_and_exit_non_zero() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = dir.path().join("ledger.ron");
    write_ledger(&ledger);
    let before = fs::read(&ledger).unwrap();

    let missing = dir.path().join("missing.txt");
    let run = import(&ledger, &missing);
    assert!(run.failed());
    assert!(run.stderr.contains("missing.txt"), "{}", run.stderr);

    let held = LedgerStore::open(&ledger);
    assert!(held.store.is_writable());
    let run = import(&ledger, &seed());
    assert!(run.failed());
    assert!(run.stderr.contains("ledger.ron.lock"), "{}", run.stderr);
    let host = gethostname::gethostname().into_string().unwrap();
    assert!(run.stderr.contains(&host), "{}", run.stderr);
    drop(held);

    let damaged = dir.path().join("damaged.ron");
    fs::write(&damaged, &before[..before.len() / 2]).unwrap();
    let run = import(&damaged, &seed());
    assert!(run.failed());
    assert!(!run.stderr.trim().is_empty());
    assert_eq!(fs::read(&damaged).unwrap(), &before[..before.len() / 2]);
    assert_eq!(fs::read(&ledger).unwrap(), before, "nothing was imported");
}

/// The command as another user (`nobody`, through `setpriv`) when we are root, who may write
/// any file; as ourselves otherwise, where a file we may not write stands for another's.
#[cfg(unix)]
fn as_someone_else(command: Command) -> Command {
    let probe = tempfile::NamedTempFile::new().unwrap();
    let root = std::os::unix::fs::MetadataExt::uid(&probe.as_file().metadata().unwrap()) == 0;
    if !root {
        return command;
    }
    let mut switched = Command::new("setpriv");
    switched
        .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .arg(command.get_program())
        .args(command.get_args());
    switched
}

#[cfg(unix)]
#[test]
fn a_lock_file_left_by_another_user_never_blocks() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o777)).unwrap();
    let ledger = dir.path().join("ledger.ron");
    let lock = dir.path().join("ledger.ron.lock");
    fs::write(&lock, "").unwrap();
    // Another user's leftover: readable, not writable for us (nor for anyone but its owner).
    fs::set_permissions(&lock, fs::Permissions::from_mode(0o444)).unwrap();
    let run = run_within(
        as_someone_else(import_command(BIN, &ledger, &seed())),
        Duration::from_secs(60),
    );
    assert!(run.succeeded(), "{}", run.stderr);
    assert_eq!(projects_in(&ledger), 12);
}

#[test]
fn a_ledger_with_a_byte_order_mark_loads() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = dir.path().join("ledger.ron");
    write_ledger(&ledger);
    let mut text = "\u{feff}".as_bytes().to_vec();
    text.extend(fs::read(&ledger).unwrap());
    fs::write(&ledger, text).unwrap();
    let mut info = Command::new(BIN);
    info.args(["info", "--data"]).arg(&ledger);
    let run = run_within(info, Duration::from_secs(10));
    assert!(run.succeeded(), "{}", run.stderr);
    assert!(import(&ledger, &seed()).succeeded());
}

#[test]
fn a_bad_byte_deep_in_the_file_is_reported_where_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = dir.path().join("ledger.ron");
    write_ledger(&ledger);
    let text = fs::read_to_string(&ledger).unwrap();
    let at = text.find("錦曌").unwrap();
    let line = 1 + text[..at].matches('\n').count();
    let column = 1 + text[..at].rsplit('\n').next().unwrap().chars().count();
    let mut bytes = text.as_bytes().to_vec();
    bytes[at] = 0xff;
    fs::write(&ledger, bytes).unwrap();
    let mut info = Command::new(BIN);
    info.args(["info", "--data"]).arg(&ledger);
    let run = run_within(info, Duration::from_secs(10));
    assert!(run.failed());
    assert!(
        run.stderr
            .contains(&format!("line {line}, column {column}")),
        "line {line}, column {column}: {}",
        run.stderr
    );
}

#[test]
fn a_zip_bomb_is_too_large_when_unpacked_not_damaged() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let bomb = dir.path().join("bomb.docx");
    let mut writer = zip::ZipWriter::new(fs::File::create(&bomb).unwrap());
    writer
        .start_file(
            "word/document.xml",
            zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated),
        )
        .unwrap();
    let zeros = vec![b' '; 1024 * 1024];
    for _ in 0..80 {
        writer.write_all(&zeros).unwrap();
    }
    writer.finish().unwrap();
    assert!(fs::metadata(&bomb).unwrap().len() < 1024 * 1024);

    let mut extract = Command::new(BIN);
    extract.arg("extract").arg(&bomb);
    let run = run_within(extract, Duration::from_secs(30));
    assert!(run.failed());
    assert!(run.stderr.contains("unpack"), "{}", run.stderr);
    assert!(!run.stderr.contains("damaged"), "{}", run.stderr);
}
