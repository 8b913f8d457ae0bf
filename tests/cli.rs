//! The binary from the outside: `info` on good and bad ledgers, `extract` on unreadable files,
//! and the real window under Xvfb rendering a ledger with Chinese text to a PNG.

use std::path::Path;
use std::process::Command;

use chrono::NaiveDate;
use town_tracker::model::{Edit, Ledger, Project, ProjectId, Unit, UnitId};
use town_tracker::store::LedgerStore;

mod window;

use window::window_command;

const BIN: &str = env!("CARGO_BIN_EXE_town-tracker");

fn date(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, m, d).unwrap()
}

/// Saves a small ledger with Chinese names, one milestone done and one target overdue.
fn write_ledger(path: &Path) {
    let mut ledger = Ledger::new();
    let town = UnitId(ledger.allocate_id());
    ledger
        .apply(Edit::PutUnit(Unit::new(town, "東海鎮")))
        .unwrap();
    for (name, done) in [("萬鵬建材", true), ("錦曌新材料", false)] {
        let id = ProjectId(ledger.allocate_id());
        let mut project = Project::new(id, name, Some(town));
        project.milestones.produce.target = Some(date(3, 31));
        if done {
            project.milestones.start.done = Some(date(2, 6));
        }
        ledger.apply(Edit::PutProject(Box::new(project))).unwrap();
    }
    LedgerStore::open(path).store.save(&mut ledger).unwrap();
}

#[test]
fn info_summarises_a_ledger() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.ron");
    write_ledger(&path);
    let output = Command::new(BIN)
        .args(["info", "--data"])
        .arg(&path)
        .args(["--today", "2025-04-15"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let text = String::from_utf8(output.stdout).unwrap();
    for expected in [
        "schema version:  2",
        "units:           1",
        "projects:        2",
        "milestones done: 1",
        "targets overdue: 2",
        "last saved:      20",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    assert!(text.contains(&path.display().to_string()));
}

#[test]
fn info_fails_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.ron");
    std::fs::write(&path, "(schema_version: 1, units: [").unwrap();
    let output = Command::new(BIN)
        .args(["info", "--data"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let reason = String::from_utf8(output.stderr).unwrap();
    assert!(reason.contains("line"), "{reason}");
    let missing = dir.path().join("nothing.ron");
    let output = Command::new(BIN)
        .args(["info", "--data"])
        .arg(&missing)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn extract_reports_unreadable_files_and_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.txt");
    std::fs::write(&good, "东海镇力争3月底前投产。").unwrap();
    let missing = dir.path().join("missing.txt");
    let output = Command::new(BIN)
        .arg("extract")
        .arg(&missing)
        .arg(&good)
        .arg("--json")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("missing.txt"));
    let stdout = String::from_utf8(output.stdout).unwrap();
    let line: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap();
    assert!(line["file"].as_str().unwrap().ends_with("good.txt"));
}

/// Runs the window with the sample imported and accepted, rendering to `png`.
fn import_sample_and_render(ledger: &Path, png: &Path) {
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/seed.txt");
    let output = window_command()
        .arg("--data")
        .arg(ledger)
        .arg("--import")
        .arg(&seed)
        .args(["--accept-all", "--today", "2025-04-15", "--screenshot"])
        .arg(png)
        .env("TOWN_TRACKER_FILE_DIALOG", "builtin")
        .output()
        .unwrap_or_else(|error| {
            panic!("cannot start the window (install xvfb, or run .ci/run): {error}")
        });
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn importing_the_sample_twice_from_the_command_line_keeps_one_copy() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = dir.path().join("ledger.ron");
    import_sample_and_render(&ledger, &dir.path().join("first.png"));
    let first = town_tracker::store::load(&ledger).unwrap().unwrap().ledger;
    assert_eq!(first.projects().count(), 12);
    assert!(first.units().any(|u| u.name == "呂四港經濟開發區"));
    import_sample_and_render(&ledger, &dir.path().join("second.png"));
    let second = town_tracker::store::load(&ledger).unwrap().unwrap().ledger;
    assert_eq!(second.projects().count(), first.projects().count());
    assert_eq!(second.sources().count(), 1);
    assert_png_is_a_picture(&dir.path().join("second.png"));
}

fn assert_png_is_a_picture(png_path: &Path) {
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(png_path).unwrap(),
    ));
    let mut reader = decoder.read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut pixels).unwrap();
    assert!(info.width >= 640 && info.height >= 400, "{info:?}");
    let mut colours: Vec<&[u8]> = pixels.chunks(4).collect();
    colours.sort_unstable();
    colours.dedup();
    assert!(
        colours.len() > 50,
        "the picture looks blank: {} colours",
        colours.len()
    );
}

#[test]
fn the_real_window_renders_a_ledger_to_png() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.ron");
    write_ledger(&path);
    let png_path = dir.path().join("window.png");
    let output = window_command()
        .arg("--data")
        .arg(&path)
        .args(["--today", "2025-04-15", "--screenshot"])
        .arg(&png_path)
        .env("TOWN_TRACKER_FILE_DIALOG", "builtin")
        .output()
        .unwrap_or_else(|error| {
            panic!("cannot start the window (install xvfb, or run .ci/run): {error}")
        });
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_png_is_a_picture(&png_path);
}

#[test]
fn export_from_the_command_line_filters_like_the_app() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.ron");
    write_ledger(&path);
    let csv_path = dir.path().join("late.csv");
    let output = Command::new(BIN)
        .args(["export", "--data"])
        .arg(&path)
        .args([
            "--today",
            "2025-04-15",
            "--overdue",
            "--unit",
            "东海镇",
            "--csv",
        ])
        .arg(&csv_path)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = std::fs::read_to_string(&csv_path).unwrap();
    assert!(text.starts_with('\u{feff}'));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines.len(),
        5,
        "heading, the two late projects, their town's subtotal and the total: {text}"
    );
    assert!(lines[1].starts_with("1,東海鎮,萬鵬建材,"), "{}", lines[1]);
    assert!(lines[3].starts_with(",東海鎮 小计,"), "{}", lines[3]);

    let xlsx_path = dir.path().join("green.xlsx");
    let output = Command::new(BIN)
        .args(["export", "--data"])
        .arg(&path)
        .args(["--today", "2025-03-01", "--light", "green", "--xlsx"])
        .arg(&xlsx_path)
        .output()
        .unwrap();
    assert!(output.status.success());
    assert!(String::from_utf8_lossy(&output.stdout).contains("2 projects"));
    assert!(std::fs::metadata(&xlsx_path).unwrap().len() > 1000);

    let output = Command::new(BIN)
        .args(["export", "--data"])
        .arg(&path)
        .args(["--unit", "没有这个镇", "--csv"])
        .arg(dir.path().join("x.csv"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("没有这个镇"));
}

#[test]
fn the_sample_imported_on_a_day_has_no_done_date_of_that_day() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = dir.path().join("ledger.ron");
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/seed.txt");
    let output = Command::new(BIN)
        .arg("--data")
        .arg(&ledger)
        .args(["--today", "2025-04-15", "--import"])
        .arg(&seed)
        .arg("--accept-all")
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let csv_path = dir.path().join("all.csv");
    let output = Command::new(BIN)
        .args(["export", "--data"])
        .arg(&ledger)
        .args(["--today", "2025-04-15", "--csv"])
        .arg(&csv_path)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let text = std::fs::read_to_string(&csv_path).unwrap();
    let mut lines = text.lines();
    let headings: Vec<&str> = lines.next().unwrap().split(',').collect();
    let done_columns: Vec<usize> = headings
        .iter()
        .enumerate()
        .filter(|(_, h)| ["签约完成", "开工完成", "竣工完成", "投产完成"].contains(h))
        .map(|(i, _)| i)
        .collect();
    assert_eq!(done_columns.len(), 4, "{headings:?}");
    let mut undated = 0;
    for line in lines {
        let cells: Vec<&str> = line.split(',').collect();
        for &column in &done_columns {
            assert_ne!(
                cells[column], "2025-04-15",
                "a done date of the import day: {line}"
            );
            undated += usize::from(cells[column] == "日期不详");
        }
    }
    assert!(
        undated > 0,
        "the sample's started projects are done, day unknown:\n{text}"
    );
    assert!(!text.contains("2025-04-15"), "{text}");
}
