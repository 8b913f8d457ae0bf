//! Journeys through a workspace folder, as a person clicks: opening a folder of two offices'
//! ledgers and saying which office this machine is (asked once, remembered), seeing the other
//! office's projects marked and read-only, taking one over and changing it, another office's
//! ledger arriving while the window is open, and a conflict copy of the own ledger whose one
//! field changed on both sides is answered in the window and moved aside. Invented records.

mod common;

use std::path::Path;
use std::thread::sleep;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use common::{MemoryStorage, checked, close, harness};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use town_tracker::app::TownTrackerApp;
use town_tracker::app::file_dialog::ScriptedDialogs;
use town_tracker::model::{Edit, Ledger, Project, ProjectId, Stamp, Unit, UnitId};
use town_tracker::store::{self, LedgerStore};
use town_tracker::workspace::settle::MERGED_FOLDER;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 6, 10).unwrap()
}

fn stamp(minute: u32, by: &str) -> Stamp {
    Stamp {
        at: today().and_hms_opt(9, minute, 0).unwrap(),
        by: by.into(),
    }
}

/// A ledger of one town with these projects.
fn town(name: &str, projects: &[&str]) -> Ledger {
    let mut ledger = Ledger::new();
    let unit = UnitId(ledger.allocate_id());
    let mut edits = vec![Edit::PutUnit(Unit::new(unit, name))];
    for project in projects {
        let id = ProjectId(ledger.allocate_id());
        edits.push(Edit::PutProject(Box::new(Project::new(
            id,
            *project,
            Some(unit),
        ))));
    }
    ledger
        .apply_stamped(Edit::Batch(edits), &stamp(0, "镇里"))
        .unwrap();
    ledger
}

fn save(path: &Path, ledger: &Ledger) {
    let mut ledger = ledger.clone();
    LedgerStore::open(path)
        .store
        .into_writable()
        .unwrap()
        .save(&mut ledger)
        .unwrap();
}

fn load(path: &Path) -> Ledger {
    store::load(path).unwrap().unwrap().ledger
}

/// Runs the window until `found` holds, for at most ten seconds (the folder is watched, and
/// read every three seconds in any case).
fn run_until(
    harness: &mut Harness<'static, TownTrackerApp>,
    found: impl Fn(&Harness<'static, TownTrackerApp>) -> bool,
) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !found(harness) {
        assert!(Instant::now() < deadline, "not seen within ten seconds");
        sleep(Duration::from_millis(50));
        harness.run();
    }
}

#[test]
fn a_workspace_shows_every_office_and_changes_only_the_own_ledger() {
    let dir = tempfile::tempdir().unwrap();
    let own_path = dir.path().join("青石镇.ron");
    let other_path = dir.path().join("白沙乡.ron");
    save(&own_path, &town("青石镇", &["青石轴承厂"]));
    save(&other_path, &town("白沙乡", &["白沙冷链仓", "白沙民宿群"]));
    let other_before = std::fs::read(&other_path).unwrap();
    let dialogs = ScriptedDialogs::default();
    let mut storage = MemoryStorage::default();

    let mut harness = harness(dir.path(), today(), &dialogs, Some(&storage));
    // Asked once which office this machine is; until then, only viewing.
    assert!(harness.query_by_label("这台电脑属于哪个单位").is_some());
    harness.get_by_label("本机属于青石镇").click();
    harness.run();
    assert!(harness.query_by_label("这台电脑属于哪个单位").is_none());

    // The union: both offices' projects, the other's marked.
    for name in ["青石轴承厂", "白沙冷链仓", "白沙民宿群"] {
        assert!(harness.query_by_label(name).is_some(), "{name} listed");
    }
    assert_eq!(harness.query_all_by_label("〔白沙乡〕").count(), 2);

    // Another office's project: read-only, with a way to take it over.
    harness.get_by_label("白沙冷链仓").click();
    harness.run();
    assert!(harness.query_by_label("属于白沙乡的台账,只读。").is_some());
    harness.get_by_label("接管").click();
    harness.run();
    assert_eq!(harness.query_all_by_label("〔白沙乡〕").count(), 1);
    assert!(harness.query_by_label("属于白沙乡的台账,只读。").is_none());

    // Taken over, it is changed in the own ledger.
    harness.get_by_label("白沙冷链仓 开工").click();
    harness.run();
    assert!(checked(&harness, "白沙冷链仓 开工"));
    close(harness, &mut storage);

    let own = load(&own_path);
    let taken = own.projects().find(|p| p.name == "白沙冷链仓").unwrap();
    assert!(taken.milestones.start.is_done());
    assert!(own.units().any(|u| u.name == "白沙乡"));
    assert_eq!(
        std::fs::read(&other_path).unwrap(),
        other_before,
        "the other office's file is untouched"
    );

    // The office is remembered for this folder: not asked again.
    let harness = common::harness(dir.path(), today(), &dialogs, Some(&storage));
    assert!(harness.query_by_label("这台电脑属于哪个单位").is_none());
    assert!(harness.query_by_label("白沙民宿群").is_some());
}

#[test]
fn another_office_s_milestones_are_greyed_out_and_the_own_are_not() {
    let dir = tempfile::tempdir().unwrap();
    save(
        &dir.path().join("青石镇.ron"),
        &town("青石镇", &["青石轴承厂"]),
    );
    save(
        &dir.path().join("白沙乡.ron"),
        &town("白沙乡", &["白沙冷链仓"]),
    );
    let dialogs = ScriptedDialogs::default();
    let mut harness = harness(dir.path(), today(), &dialogs, None);
    harness.get_by_label("本机属于青石镇").click();
    harness.run();
    // The other office's milestones are greyed out in the list …
    harness.get_by_label("白沙冷链仓 开工").click();
    harness.run();
    assert!(!checked(&harness, "白沙冷链仓 开工"));
    // … and the own ones are not.
    harness.get_by_label("青石轴承厂 开工").click();
    harness.run();
    assert!(checked(&harness, "青石轴承厂 开工"));
}

#[test]
fn another_office_s_ledger_arriving_shows_while_the_window_is_open() {
    let dir = tempfile::tempdir().unwrap();
    save(
        &dir.path().join("青石镇.ron"),
        &town("青石镇", &["青石轴承厂"]),
    );
    let dialogs = ScriptedDialogs::default();
    let mut harness = harness(dir.path(), today(), &dialogs, None);
    harness.get_by_label("本机属于青石镇").click();
    harness.run();
    assert!(harness.query_by_label("红岩书院").is_none());

    // The sync engine brings another office's ledger.
    save(
        &dir.path().join("红岩街道.ron"),
        &town("红岩街道", &["红岩书院"]),
    );
    run_until(&mut harness, |h| h.query_by_label("红岩书院").is_some());
    assert!(harness.query_by_label("已更新:红岩街道的台账").is_some());

    // And its next save.
    let mut more = load(&dir.path().join("红岩街道.ron"));
    let unit = more.units().next().unwrap().id;
    let id = ProjectId(more.allocate_id());
    more.apply(Edit::PutProject(Box::new(Project::new(
        id,
        "红岩步行街",
        Some(unit),
    ))))
    .unwrap();
    save(&dir.path().join("红岩街道.ron"), &more);
    run_until(&mut harness, |h| h.query_by_label("红岩步行街").is_some());
}

#[test]
fn a_conflict_copy_s_choice_is_answered_in_the_window_and_the_copy_moved_aside() {
    let dir = tempfile::tempdir().unwrap();
    let own_path = dir.path().join("青石镇.ron");
    let base = town("青石镇", &["青石轴承厂"]);
    let id = base.projects().next().unwrap().id;
    let with_person = |person: &str, minute: u32, by: &str| {
        let mut ledger = base.clone();
        let mut project = ledger.project(id).unwrap().clone();
        project.responsible = person.into();
        ledger
            .apply_stamped(Edit::PutProject(Box::new(project)), &stamp(minute, by))
            .unwrap();
        ledger
    };
    // Both machines changed the responsible person without seeing the other's change; the
    // other also wrote notes, which merge by themselves.
    save(&own_path, &with_person("王工", 5, "镇政府一楼"));
    let mut theirs = with_person("李工", 7, "镇政府二楼");
    let mut project = theirs.project(id).unwrap().clone();
    project.notes = "待用地指标".into();
    theirs
        .apply_stamped(Edit::PutProject(Box::new(project)), &stamp(8, "镇政府二楼"))
        .unwrap();
    let copy = dir
        .path()
        .join("青石镇.sync-conflict-20250610-090800-QWERTY7.ron");
    save(&copy, &theirs);

    let dialogs = ScriptedDialogs::default();
    let mut harness = harness(dir.path(), today(), &dialogs, None);
    harness.get_by_label("本机属于青石镇").click();
    harness.run();
    assert!(harness.query_by_label("合并冲突副本").is_some());
    harness
        .get_by_label("另一版本:“李工”(镇政府二楼 2025-06-10 09:07)")
        .click();
    harness.run();
    harness.get_by_label("合并").click();
    harness.run();
    assert!(harness.query_by_label("合并冲突副本").is_none());
    let mut storage = MemoryStorage::default();
    close(harness, &mut storage);

    let merged = load(&own_path);
    let project = merged.project(id).unwrap();
    assert_eq!(project.responsible, "李工");
    assert_eq!(project.notes, "待用地指标");
    assert!(!copy.exists());
    assert!(
        dir.path()
            .join(MERGED_FOLDER)
            .join(copy.file_name().unwrap())
            .exists(),
        "the copy is kept aside"
    );
}

#[test]
fn the_own_ledger_saved_on_another_machine_is_merged_with_the_window_s_changes() {
    let dir = tempfile::tempdir().unwrap();
    let own_path = dir.path().join("青石镇.ron");
    let base = town("青石镇", &["青石轴承厂"]);
    save(&own_path, &base);
    let dialogs = ScriptedDialogs::default();
    let mut harness = harness(dir.path(), today(), &dialogs, None);
    harness.get_by_label("本机属于青石镇").click();
    harness.run();
    harness.get_by_label("青石轴承厂 开工").click();
    harness.run();

    // The office's other machine, which had not seen the tick, adds a project; the sync
    // engine brings its save into the folder.
    let mut theirs = base.clone();
    let unit = theirs.units().next().unwrap().id;
    let id = ProjectId(theirs.allocate_id());
    theirs
        .apply_stamped(
            Edit::PutProject(Box::new(Project::new(id, "青石物流园", Some(unit)))),
            &stamp(30, "镇政府二楼"),
        )
        .unwrap();
    let incoming = dir.path().join(".incoming.tmp");
    std::fs::write(&incoming, town_tracker::store::format::to_ron(&theirs)).unwrap();
    std::fs::rename(&incoming, &own_path).unwrap();

    run_until(&mut harness, |h| h.query_by_label("青石物流园").is_some());
    assert!(
        checked(&harness, "青石轴承厂 开工"),
        "the window's own change stays"
    );
    let mut storage = MemoryStorage::default();
    close(harness, &mut storage);
    let merged = load(&own_path);
    assert!(merged.projects().any(|p| p.name == "青石物流园"));
    assert!(
        merged
            .projects()
            .any(|p| p.name == "青石轴承厂" && p.milestones.start.is_done())
    );
}

#[test]
fn a_project_added_under_another_office_s_unit_goes_into_the_own_ledger() {
    let dir = tempfile::tempdir().unwrap();
    let own_path = dir.path().join("市项目办.ron");
    save(&own_path, &Ledger::new());
    save(
        &dir.path().join("白沙乡.ron"),
        &town("白沙乡", &["白沙冷链仓"]),
    );
    let dialogs = ScriptedDialogs::default();
    let mut harness = harness(dir.path(), today(), &dialogs, None);
    harness.get_by_label("本机属于市项目办").click();
    harness.run();
    harness.get_by_label("白沙乡 · 1 · —").click();
    harness.run();
    harness.get_by_label("+ 新建项目").click();
    harness.run();
    assert!(harness.query_by_label("白沙乡 · 2 · —").is_some());
    let mut storage = MemoryStorage::default();
    close(harness, &mut storage);
    let own = load(&own_path);
    let unit = own
        .units()
        .find(|u| u.name == "白沙乡")
        .expect("the unit came along");
    let added = own.projects().next().expect("the new project");
    assert_eq!(added.unit, Some(unit.id));
    assert_eq!(load(&dir.path().join("白沙乡.ron")).projects().count(), 1);
}

#[test]
fn an_office_that_cannot_name_a_file_is_refused_and_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    save(
        &dir.path().join("青石镇.ron"),
        &town("青石镇", &["青石轴承厂"]),
    );
    let dialogs = ScriptedDialogs::default();
    let harness = common::workspace_harness(dir.path(), "../青石镇", today(), &dialogs);
    assert!(
        harness
            .query_by_label_contains("“../青石镇”不能作为单位台账的文件名")
            .is_some()
    );
    assert!(harness.query_by_label("这台电脑属于哪个单位").is_some());
    assert!(!dir.path().parent().unwrap().join("青石镇.ron").exists());
}
