//! UI journeys through the faults of issue 10: an autosave that keeps failing (it backs off
//! and keeps one notice, cleared when a save works), ledger problems told in Chinese at the
//! place really at fault and offering only what exists, a ledger with a field this version
//! does not know shown but never changed, and totals that do not saturate.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use eframe::egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

mod common;
mod fixtures;

use common::{MemoryStorage, checked, close, harness};
use fixtures::two_projects;
use town_tracker::app::TownTrackerApp;
use town_tracker::app::file_dialog::ScriptedDialogs;
use town_tracker::intent::DialogAnswer;
use town_tracker::intent::NoticeLevel;
use town_tracker::model::Edit;
use town_tracker::store::{LedgerStore, format};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 2, 10).unwrap()
}

fn open(path: &Path) -> Harness<'static, TownTrackerApp> {
    harness(path, today(), &ScriptedDialogs::default(), None)
}

fn error_notices(harness: &Harness<'_, TownTrackerApp>) -> Vec<String> {
    harness
        .state()
        .notices()
        .as_slice()
        .iter()
        .filter(|n| n.level == NoticeLevel::Error)
        .map(|n| n.text.clone())
        .collect()
}

/// Runs frames for `time`, as a window would, returning the most error notices seen at once.
fn run_for(harness: &mut Harness<'_, TownTrackerApp>, time: Duration) -> usize {
    let start = Instant::now();
    let mut most = 0;
    while start.elapsed() < time {
        harness.step();
        most = most.max(error_notices(harness).len());
        std::thread::sleep(Duration::from_millis(15));
    }
    most
}

#[test]
fn a_failing_autosave_backs_off_and_keeps_one_notice_until_a_save_works() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.ron");
    let mut harness = open(&path);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    // A directory where the backup goes: every save fails from now on, as on a full disk.
    let in_the_way = dir.path().join("ledger.ron.bak");
    std::fs::create_dir_all(in_the_way.join("x")).unwrap();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();

    let most = run_for(&mut harness, Duration::from_millis(3200));
    assert_eq!(most, 1, "one notice, updated, never stacked");
    let failures = harness.state().session().failures();
    assert!((1..=2).contains(&failures), "{failures} attempts in 3 s");
    let notice = error_notices(&harness).remove(0);
    assert!(
        notice.contains("保存失败") && notice.contains("秒后再试"),
        "{notice}"
    );
    assert!(!notice.contains("os error"), "{notice}");

    std::fs::remove_dir_all(&in_the_way).unwrap();
    let start = Instant::now();
    while harness.state().session().is_dirty() && start.elapsed() < Duration::from_secs(10) {
        run_for(&mut harness, Duration::from_millis(100));
    }
    assert!(!harness.state().session().is_dirty(), "the retry saved it");
    assert!(error_notices(&harness).is_empty(), "the notice is gone");
    close(harness, &mut MemoryStorage::default());
    let on_disk = town_tracker::store::load(&path).unwrap().unwrap().ledger;
    assert_eq!(on_disk.projects().count(), 2);
}

/// A folder with [`two_projects`] (each investing `i64::MAX`) saved in it as `ledger.ron`.
fn saved_two_projects() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.ron");
    LedgerStore::open(&path)
        .store
        .save(&mut two_projects(i64::MAX))
        .unwrap();
    (dir, path)
}

/// Opens a ledger file holding `text` and checks the banner's words: `expect`, no English
/// from the parser, and no backup offered (there is none).
fn check_banner(path: &Path, text: &[u8], expect: &str) {
    std::fs::write(path, text).unwrap();
    let harness = open(path);
    harness.get_by_label_contains(expect);
    for english in [
        "VersionProbe",
        "ProjectId",
        "input is",
        "expected",
        "Expected",
    ] {
        assert!(
            harness.query_by_label_contains(english).is_none(),
            "{english} shown"
        );
    }
    assert!(harness.query_by_label_contains("可以从备份恢复").is_none());
    assert!(
        harness.query_by_label("从备份恢复").is_none(),
        "there is no backup"
    );
}

#[test]
fn ledger_problems_are_told_in_chinese_where_they_are_with_only_what_exists() {
    let dir = tempfile::tempdir().unwrap();
    let file = |name: &str| dir.path().join(name);
    let ledger = two_projects(i64::MAX);
    let ids: Vec<u64> = ledger.projects().map(|p| p.id.0).collect();
    let text = format::to_ron(&ledger);
    let at = text.find("錦曌").unwrap();
    let line = 1 + text[..at].matches('\n').count();
    let column = 1 + text[..at].rsplit('\n').next().unwrap().chars().count();
    let mut bad_byte = text.clone().into_bytes();
    bad_byte[at] = 0xff;
    check_banner(
        &file("bad-byte.ron"),
        &bad_byte,
        &format!("第 {line} 行第 {column} 列"),
    );

    let twice = text.replacen(&format!("id: {},", ids[1]), &format!("id: {},", ids[0]), 1);
    check_banner(
        &file("twice.ron"),
        twice.as_bytes(),
        &format!("编号 {} 被两条记录使用", ids[0]),
    );

    let no_version = text.replacen("schema_version: 2,", "", 1);
    check_banner(
        &file("no-version.ron"),
        no_version.as_bytes(),
        "不是 Town Tracker 台账",
    );

    let mut dated = two_projects(i64::MAX);
    let id = dated.projects().next().unwrap().id;
    let mut project = dated.project(id).unwrap().clone();
    project.milestones.sign.target = NaiveDate::from_ymd_opt(2025, 3, 31);
    dated.apply(Edit::PutProject(Box::new(project))).unwrap();
    let bad_date = format::to_ron(&dated).replace("2025-03-31", "2025-13-40");
    check_banner(
        &file("bad-date.ron"),
        bad_date.as_bytes(),
        "“2025-13-40”不是有效的值",
    );
}

#[test]
fn a_ledger_with_an_unknown_field_is_shown_but_never_changed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.ron");
    let text = format::to_ron(&two_projects(i64::MAX)).replacen(
        "name: \"萬鵬建材\",",
        "name: \"萬鵬建材\",\n      colour: \"红\",",
        1,
    );
    std::fs::write(&path, &text).unwrap();
    let mut harness = open(&path);
    harness.get_by_label_contains("不认识的字段:colour(第 ");
    assert!(!checked(&harness, "萬鵬建材 开工"));
    harness.get_by_label("萬鵬建材 开工").click();
    harness.run();
    assert!(!checked(&harness, "萬鵬建材 开工"), "read-only");
    close(harness, &mut MemoryStorage::default());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn investment_totals_do_not_saturate() {
    let (_dir, path) = saved_two_projects();
    let harness = open(&path);
    harness.get_by_label("東海鎮 · 2 · 184467440737.1亿元");
    harness.get_by_label_contains("投资合计 184467440737.1亿元");
}

#[test]
fn a_failed_export_is_told_in_chinese() {
    let (dir, path) = saved_two_projects();
    let dialogs = ScriptedDialogs::default();
    let mut harness = harness(&path, today(), &dialogs, None);
    let nowhere = dir.path().join("no-such-folder/sheet.csv");
    dialogs.answer(DialogAnswer::Picked(vec![nowhere]));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run();
    let notices = error_notices(&harness);
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert!(notices[0].contains("导出失败"), "{notices:?}");
    assert!(!notices[0].contains("No such file"), "{notices:?}");
}
