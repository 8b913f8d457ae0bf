//! Merging conflict copies (issue 12). First the merge itself, on ledgers edited as the app
//! edits them (stamped, each side a machine of its own): different fields of one project
//! changed on both sides are both kept, one field changed on both sides independently is a
//! choice a person answers, a change made after seeing the other's wins without asking, the
//! same unit and project added on both sides become one, a deleted record comes back, a
//! project's progress log, problems and months merge item by item. Then
//! `merge-conflicts` from outside with the real binary: a workspace of two offices' ledgers
//! made by importing articles of `../shared/articles`, a Syncthing conflict copy of one of
//! them, each side importing another article, merged into one ledger that holds every
//! project once and the copy moved aside; and a choice left, exit 3, nothing written, until
//! `--prefer` answers it; the same for one month entered differently on both sides, the month
//! named. Without `../shared/articles` the article test is skipped, except in
//! CI, where that is a failure.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chrono::NaiveDate;
use town_tracker::describe;
use town_tracker::i18n::Lang;
use town_tracker::model::monthly::MonthFigure;
use town_tracker::model::problem::Problem;
use town_tracker::model::project::SourceLink;
use town_tracker::model::{
    Edit, Ledger, ProblemId, Project, ProjectId, Source, SourceId, Stamp, Unit, UnitId,
};
use town_tracker::store::{self, LedgerStore};
use town_tracker::workspace::merge::{Item, Merged, RecordKind, Side, merge};
use town_tracker::workspace::settle::MERGED_FOLDER;

const BIN: &str = env!("CARGO_BIN_EXE_town-tracker");

fn stamp(minute: u32, by: &str) -> Stamp {
    Stamp {
        at: NaiveDate::from_ymd_opt(2025, 5, 6)
            .unwrap()
            .and_hms_opt(9, minute, 0)
            .unwrap(),
        by: by.into(),
    }
}

/// The state both machines had when they last saw each other: one town, one project.
fn synced() -> (Ledger, UnitId, ProjectId) {
    let mut ledger = Ledger::new();
    let town = UnitId(ledger.allocate_id());
    let project = ProjectId(ledger.allocate_id());
    ledger
        .apply_stamped(
            Edit::Batch(vec![
                Edit::PutUnit(Unit::new(town, "云岫镇")),
                Edit::PutProject(Box::new(Project::new(project, "青鸾储能电站", Some(town)))),
            ]),
            &stamp(0, "镇里"),
        )
        .unwrap();
    (ledger, town, project)
}

/// Changes the project on one machine, as the app's session does.
fn change(ledger: &mut Ledger, id: ProjectId, at: &Stamp, edit: impl FnOnce(&mut Project)) {
    let mut project = ledger.project(id).unwrap().clone();
    edit(&mut project);
    ledger
        .apply_stamped(Edit::PutProject(Box::new(project)), at)
        .unwrap();
}

#[test]
fn different_fields_changed_on_both_sides_are_both_kept() {
    let (base, _, id) = synced();
    let (mut town, mut city) = (base.clone(), base);
    change(&mut town, id, &stamp(5, "镇里"), |p| {
        p.responsible = "陆川".into()
    });
    change(&mut city, id, &stamp(6, "市里"), |p| {
        p.notes = "列入市重点".into()
    });
    let merged = merge(&town, &city).unwrap();
    assert!(merged.choices.is_empty(), "{:?}", merged.choices);
    let project = merged.ledger.project(id).unwrap();
    assert_eq!(project.responsible, "陆川");
    assert_eq!(project.notes, "列入市重点");
    assert_eq!(
        project.stamps.fields["notes"].by, "市里",
        "the copy's stamp kept"
    );
    assert!(
        matches!(&merged.merged[..], [Merged::Taken { record, field, items }]
            if record.id == id.0 && field == "notes" && items.is_empty()),
        "{:?}",
        merged.merged
    );
}

#[test]
fn one_field_changed_on_both_sides_independently_is_a_choice_a_person_answers() {
    let (base, _, id) = synced();
    let (mut town, mut city) = (base.clone(), base);
    change(&mut town, id, &stamp(5, "镇里"), |p| {
        p.responsible = "陆川".into()
    });
    change(&mut city, id, &stamp(6, "市里"), |p| {
        p.responsible = "沈岚".into()
    });
    let merged = merge(&town, &city).unwrap();
    assert_eq!(merged.choices.len(), 1, "{:?}", merged.choices);
    let choice = &merged.choices[0];
    assert_eq!(
        (choice.record.kind, choice.field.as_str()),
        (RecordKind::Project, "responsible")
    );
    assert_eq!(
        (choice.ledger.as_str(), choice.copy.as_str()),
        (Some("陆川"), Some("沈岚"))
    );
    assert_eq!(choice.copy_stamp.as_ref().unwrap().by, "市里");
    assert_eq!(
        merged.ledger.project(id).unwrap().responsible,
        "陆川",
        "until answered"
    );

    let taken = merged.resolve(&[Side::Copy]).unwrap();
    assert_eq!(taken.project(id).unwrap().responsible, "沈岚");
    assert_eq!(
        taken.project(id).unwrap().stamps.fields["responsible"].by,
        "市里"
    );
    let kept = merged.resolve(&[Side::Ledger]).unwrap();
    assert_eq!(kept.project(id).unwrap().responsible, "陆川");
    assert!(merged.resolve(&[]).is_err(), "one answer per choice");
}

#[test]
fn a_change_made_after_seeing_the_other_wins_without_asking() {
    let (base, _, id) = synced();
    let mut town = base.clone();
    change(&mut town, id, &stamp(5, "镇里"), |p| {
        p.responsible = "陆川".into()
    });
    // The city saw the town's change, then changed the field again; the town's file is
    // still the older one.
    let mut city = town.clone();
    change(&mut city, id, &stamp(9, "市里"), |p| {
        p.responsible = "沈岚".into()
    });
    for (ledger, copy) in [(&town, &city), (&city, &town)] {
        let merged = merge(ledger, copy).unwrap();
        assert!(merged.choices.is_empty(), "{:?}", merged.choices);
        assert_eq!(merged.ledger.project(id).unwrap().responsible, "沈岚");
    }
}

fn source(ledger: &mut Ledger, title: &str, fingerprint: &str) -> Source {
    Source {
        id: SourceId(ledger.allocate_id()),
        title: title.into(),
        file_name: String::new(),
        published: None,
        imported: NaiveDate::from_ymd_opt(2025, 5, 6).unwrap(),
        fingerprint: fingerprint.into(),
        skipped: Vec::new(),
        stamps: Default::default(),
    }
}

/// The article's sentence both machines imported.
const SIGNED: &str = "白鹭精密轴承项目签约落户栖霞湾镇。";

/// Adds, on one machine, a new town with a project found in an article, as an import does.
fn add_from_article(ledger: &mut Ledger, town: &str, project: &str, at: &Stamp) -> ProjectId {
    let unit = Unit::new(UnitId(ledger.allocate_id()), town);
    let article = source(ledger, "栖霞湾签约快讯", "f00d");
    let mut found = Project::new(ProjectId(ledger.allocate_id()), project, Some(unit.id));
    found.sources.push(SourceLink {
        source: article.id,
        sentence: SIGNED.into(),
    });
    let id = found.id;
    ledger
        .apply_stamped(
            Edit::Batch(vec![
                Edit::PutUnit(unit),
                Edit::PutSource(article),
                Edit::PutProject(Box::new(found)),
            ]),
            at,
        )
        .unwrap();
    id
}

#[test]
fn the_same_unit_and_project_added_on_both_sides_become_one() {
    let (base, _, _) = synced();
    let (mut town, mut city) = (base.clone(), base);
    let kept = add_from_article(&mut town, "栖霞湾镇", "白鹭精密轴承", &stamp(5, "镇里"));
    add_from_article(&mut city, "棲霞灣鎮", "白鷺精密軸承項目", &stamp(6, "市里"));
    // The city also gives the project's owner; the town's side does not know it.
    let city_project = city
        .projects()
        .find(|p| p.name.starts_with("白鷺"))
        .unwrap()
        .id;
    change(&mut city, city_project, &stamp(7, "市里"), |p| {
        p.owner = Some("白鹭轴承有限公司".into())
    });

    let merged = merge(&town, &city).unwrap();
    assert!(merged.choices.is_empty(), "{:?}", merged.choices);
    let ledger = &merged.ledger;
    assert_eq!(ledger.units().count(), 2, "云岫镇 and one 栖霞湾镇");
    assert_eq!(ledger.projects().count(), 2);
    assert_eq!(
        ledger.sources().count(),
        1,
        "one article, by its fingerprint"
    );
    let project = ledger.project(kept).unwrap();
    let unit = ledger.unit(project.unit.unwrap()).unwrap();
    assert_eq!(unit.name, "栖霞湾镇");
    assert!(unit.answers_to("棲霞灣鎮"));
    assert_eq!(project.owner.as_deref(), Some("白鹭轴承有限公司"));
    assert_eq!(project.sources.len(), 1, "the one article's link, not two");
    let same: Vec<RecordKind> = merged
        .merged
        .iter()
        .filter_map(|m| match m {
            Merged::SameRecord { record, .. } => Some(record.kind),
            _ => None,
        })
        .collect();
    assert_eq!(
        same,
        [RecordKind::Unit, RecordKind::Source, RecordKind::Project]
    );
    ledger.validate().unwrap();
}

#[test]
fn a_record_deleted_on_one_side_and_kept_on_the_other_comes_back() {
    let (base, _, id) = synced();
    let (mut town, city) = (base.clone(), base);
    town.apply_stamped(Edit::RemoveProject(id), &stamp(5, "镇里"))
        .unwrap();
    let merged = merge(&town, &city).unwrap();
    assert_eq!(merged.ledger.project(id).unwrap().name, "青鸾储能电站");
    assert!(matches!(&merged.merged[..], [Merged::Added(record)] if record.id == id.0));
}

// From outside, with the real binary.

fn articles_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/articles");
    let in_ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
    assert!(dir.is_dir() || !in_ci, "CI needs ../shared/articles");
    dir.is_dir().then_some(dir)
}

fn import(ledger: &Path, article: &Path) {
    let output = Command::new(BIN)
        .arg("--data")
        .arg(ledger)
        .args(["--today", "2025-04-15", "--import"])
        .arg(article)
        .arg("--accept-all")
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
}

fn run(args: &[&str], data: &Path) -> Output {
    Command::new(BIN)
        .args(args)
        .arg("--data")
        .arg(data)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

fn project_names(path: &Path) -> Vec<String> {
    let ledger = store::load(path).unwrap().unwrap().ledger;
    ledger.projects().map(|p| p.name.clone()).collect()
}

#[test]
fn merge_conflicts_keeps_both_sides_imports_once_and_moves_the_copy_aside() {
    let Some(articles) = articles_dir() else {
        return;
    };
    let article = |stem: &str| articles.join(format!("{stem}.txt"));
    let dir = tempfile::tempdir().unwrap();
    let workspace = dir.path().join("workspace");
    fs::create_dir(&workspace).unwrap();
    let coast = workspace.join("沿海片区.ron");
    let river = workspace.join("沿江片区.ron");
    import(&coast, &article("seed"));
    import(&river, &article("05"));

    // What each import gives alone, from the same start.
    let alone = dir.path().join("alone");
    fs::create_dir(&alone).unwrap();
    let mut expected = BTreeSet::new();
    for stem in ["16", "21"] {
        let ledger = alone.join(format!("{stem}.ron"));
        fs::copy(&coast, &ledger).unwrap();
        import(&ledger, &article(stem));
        expected.extend(project_names(&ledger));
    }

    let output = run(&["info"], &workspace);
    assert!(output.status.success(), "{output:?}");
    let listed = text(&output.stdout);
    let counts = |path: &Path| {
        let ledger = store::load(path).unwrap().unwrap().ledger;
        (ledger.units().count(), ledger.projects().count())
    };
    let ((coast_units, coast_count), (river_units, river_count)) = (counts(&coast), counts(&river));
    assert!(coast_count > 0 && river_count > 0);
    assert!(
        listed.contains(&format!(
            "  沿海片区.ron: units {coast_units}, projects {coast_count},"
        )) && listed.contains(&format!(
            "  沿江片区.ron: units {river_units}, projects {river_count},"
        )) && listed.contains(&format!(
            "union:           units {}, projects {}, goals",
            coast_units + river_units,
            coast_count + river_count
        )),
        "{listed}"
    );

    // Syncthing kept the other machine's version beside the ledger; each side then imported
    // another article.
    let copy = workspace.join("沿海片区.sync-conflict-20250415-101500-QWERTY2.ron");
    fs::copy(&coast, &copy).unwrap();
    import(&copy, &article("16"));
    import(&coast, &article("21"));

    let output = run(&["merge-conflicts"], &workspace);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let report = text(&output.stdout);
    assert!(
        report.contains("沿海片区.ron saved; 1 merged copy moved to 已合并的冲突副本/"),
        "{report}"
    );
    let names = project_names(&coast);
    let merged: BTreeSet<String> = names.iter().cloned().collect();
    assert_eq!(names.len(), merged.len(), "each project once: {names:?}");
    assert_eq!(merged, expected);
    let aside = workspace
        .join(MERGED_FOLDER)
        .join(copy.file_name().unwrap());
    assert!(!copy.exists() && aside.exists(), "moved aside, not deleted");
    assert_eq!(project_names(&river).len(), river_count, "untouched");

    let output = run(&["info"], &workspace);
    let listed = text(&output.stdout);
    assert!(
        listed.contains("ledgers:         2\n") && listed.contains("conflict copies: 0\n"),
        "{listed}"
    );
    let output = run(&["merge-conflicts", "--lang", "zh"], &workspace);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert_eq!(text(&output.stdout), "没有冲突副本。\n");
}

/// Saves `base` with its project `id` changed at `at`, through the store, as the app would.
fn save_changed(
    path: &Path,
    base: &Ledger,
    id: ProjectId,
    at: &Stamp,
    edit: impl FnOnce(&mut Project),
) {
    let mut ledger = base.clone();
    change(&mut ledger, id, at, edit);
    let opened = LedgerStore::open(path);
    opened
        .store
        .into_writable()
        .unwrap()
        .save(&mut ledger)
        .unwrap();
}

/// Saves a one-project ledger, as the app would, with the responsible person set by `by`.
fn save_responsible(path: &Path, base: &Ledger, id: ProjectId, at: &Stamp, person: &str) {
    save_changed(path, base, id, at, |p| p.responsible = person.into());
}

#[test]
fn a_choice_left_writes_nothing_and_exits_3_until_a_side_is_preferred() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = dir.path().join("云岫镇.ron");
    let copy = dir
        .path()
        .join("云岫镇 (conflicted copy 2025-05-06 091000).ron");
    let (base, _, id) = synced();
    save_responsible(&ledger, &base, id, &stamp(5, "镇里"), "陆川");
    save_responsible(&copy, &base, id, &stamp(6, "市里"), "沈岚");
    let before = fs::read(&ledger).unwrap();

    let output = run(&["merge-conflicts", "--lang", "zh"], dir.path());
    assert_eq!(output.status.code(), Some(3), "{output:?}");
    let report = text(&output.stdout);
    assert!(
        report.contains("需要选择:项目「青鸾储能电站」的责任人两边各自改过")
            && report.contains("“陆川”(镇里 2025-05-06 09:05)")
            && report.contains("“沈岚”(市里 2025-05-06 09:06)"),
        "{report}"
    );
    assert_eq!(fs::read(&ledger).unwrap(), before, "nothing written");
    assert!(copy.exists() && !dir.path().join(MERGED_FOLDER).exists());

    let output = run(&["merge-conflicts", "--prefer", "copy"], dir.path());
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let merged = store::load(&ledger).unwrap().unwrap().ledger;
    assert_eq!(merged.project(id).unwrap().responsible, "沈岚");
    assert!(!copy.exists());

    // A copy of the same content (engines make those too) changes nothing and is moved aside
    // beside the first, under a name of its own.
    fs::copy(&ledger, &copy).unwrap();
    let before = fs::read(&ledger).unwrap();
    let output = run(&["merge-conflicts", "--lang", "zh"], dir.path());
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert!(
        text(&output.stdout).contains("云岫镇.ron 已包含副本的全部内容,没有改动。"),
        "{output:?}"
    );
    assert_eq!(fs::read(&ledger).unwrap(), before);
    let aside = dir.path().join(MERGED_FOLDER);
    assert!(
        aside
            .join("云岫镇 (conflicted copy 2025-05-06 091000)-2.ron")
            .exists()
    );
}

#[test]
fn merge_conflicts_says_why_it_cannot_and_fails() {
    let dir = tempfile::tempdir().unwrap();
    let output = run(&["merge-conflicts"], &dir.path().join("无此文件夹"));
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let ledger = dir.path().join("云岫镇.ron");
    let (base, _, id) = synced();
    save_responsible(&ledger, &base, id, &stamp(5, "镇里"), "陆川");
    let copy = dir
        .path()
        .join("云岫镇.sync-conflict-20250506-091000-ABCDEF2.ron");
    fs::write(&copy, "(schema_version: 2, units: [").unwrap();
    let output = run(&["merge-conflicts", "--lang", "zh"], dir.path());
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let reason = text(&output.stderr);
    assert!(reason.contains("第 1 行"), "{reason}");
    assert!(copy.exists(), "a copy that cannot be read stays");
}

#[test]
fn a_choice_of_unit_names_the_units_in_both_languages() {
    let (base, _, id) = synced();
    let (mut town, mut city) = (base.clone(), base);
    for (ledger, name, minute, by) in [
        (&mut town, "栖霞湾镇", 5, "镇里"),
        (&mut city, "白沙街道", 6, "市里"),
    ] {
        let unit = Unit::new(UnitId(ledger.allocate_id()), name);
        let unit_id = unit.id;
        ledger
            .apply_stamped(Edit::PutUnit(unit), &stamp(minute, by))
            .unwrap();
        change(ledger, id, &stamp(minute, by), |p| p.unit = Some(unit_id));
    }
    let merged = merge(&town, &city).unwrap();
    assert_eq!(merged.choices.len(), 1, "{:?}", merged.choices);
    let names: BTreeMap<u64, String> = merged
        .ledger
        .units()
        .map(|unit| (unit.id.0, unit.name.clone()))
        .collect();
    let zh = describe::merge::choice(&merged.choices[0], &names, Lang::Zh);
    assert!(
        zh.contains("项目「青鸾储能电站」的所属区镇两边各自改过:台账为 “栖霞湾镇”(镇里 2025-05-06 09:05),副本为 “白沙街道”(市里 2025-05-06 09:06)"),
        "{zh}"
    );
    let en = describe::merge::choice(&merged.choices[0], &names, Lang::En);
    assert!(
        en.contains("unit of project “青鸾储能电站” was changed on both sides: the ledger has “栖霞湾镇” (镇里, 2025-05-06 09:05)"),
        "{en}"
    );
}

#[test]
fn aliases_added_on_both_sides_are_all_kept() {
    let (base, town_id, _) = synced();
    let (mut town, mut city) = (base.clone(), base);
    for (ledger, alias, minute, by) in [
        (&mut town, "云岫", 5, "镇里"),
        (&mut city, "雲岫鎮區", 6, "市里"),
    ] {
        let mut unit = ledger.unit(town_id).unwrap().clone();
        unit.add_alias(alias);
        ledger
            .apply_stamped(Edit::PutUnit(unit), &stamp(minute, by))
            .unwrap();
    }
    let merged = merge(&town, &city).unwrap();
    assert!(merged.choices.is_empty(), "{:?}", merged.choices);
    assert_eq!(
        merged.ledger.unit(town_id).unwrap().aliases,
        ["云岫", "雲岫鎮區"]
    );
    assert!(
        matches!(&merged.merged[..], [Merged::Combined { field, .. }] if field == "aliases"),
        "{:?}",
        merged.merged
    );
}

fn day(month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, month, day).unwrap()
}

fn figure(wan: i64, works: &str) -> MonthFigure {
    MonthFigure {
        done_yuan: Some(wan * 10_000),
        image_progress: works.into(),
    }
}

/// The synced state with a progress line and two open problems.
fn synced_with_problems() -> (Ledger, ProjectId) {
    let (mut base, _, id) = synced();
    change(&mut base, id, &stamp(1, "镇里"), |p| {
        p.add_progress(day(3, 2), "取得施工许可");
        p.problems = vec![
            Problem::new(ProblemId(901), "临时用电未接通"),
            Problem::new(ProblemId(902), "进场道路未硬化"),
        ];
    });
    (base, id)
}

#[test]
fn progress_lines_problems_and_months_of_both_sides_are_merged_item_by_item() {
    let (base, id) = synced_with_problems();
    let (mut town, mut city) = (base.clone(), base);
    change(&mut town, id, &stamp(5, "镇里"), |p| {
        p.add_progress(day(4, 12), "设备进场");
        p.problems[0].closed = Some(day(4, 18));
        p.plans.set_month(2025, 3, figure(450, "桩基施工"));
    });
    change(&mut city, id, &stamp(6, "市里"), |p| {
        p.add_progress(day(4, 20), "主体封顶");
        p.problems
            .push(Problem::new(ProblemId(903), "电力增容待批"));
        p.plans.set_month(2025, 4, figure(500, "主体施工"));
    });
    let merged = merge(&town, &city).unwrap();
    assert!(merged.choices.is_empty(), "{:?}", merged.choices);
    let project = merged.ledger.project(id).unwrap();
    let lines: Vec<&str> = project.progress.iter().map(|e| e.text.as_str()).collect();
    assert_eq!(
        lines,
        ["主体封顶", "设备进场", "取得施工许可"],
        "newest first"
    );
    let problems: Vec<(u64, bool)> = project
        .problems
        .iter()
        .map(|p| (p.id.0, p.is_open()))
        .collect();
    assert_eq!(problems, [(901, false), (902, true), (903, true)]);
    let year = project.plans.year(2025).unwrap();
    assert_eq!(year.done_through(4), Some(9_500_000), "March and April");
    assert_eq!(
        project.stamps.fields["plans"].by, "镇里",
        "the list keeps the ledger's stamp: it holds both sides' items"
    );
    let combined: BTreeMap<&str, Vec<Item>> = merged
        .merged
        .iter()
        .filter_map(|m| match m {
            Merged::Combined { field, items, .. } => Some((
                field.as_str(),
                items.iter().map(|part| part.item.clone()).collect(),
            )),
            _ => None,
        })
        .collect();
    assert_eq!(
        combined["plans"],
        [Item::Month {
            year: 2025,
            month: 4
        }]
    );
    assert_eq!(
        combined["problems"],
        [Item::Problem {
            id: ProblemId(903),
            text: "电力增容待批".into()
        }]
    );
    assert_eq!(combined["progress"].len(), 1);
    let zh: Vec<String> = merged
        .merged
        .iter()
        .map(|m| describe::merge::merged(m, Lang::Zh))
        .collect();
    assert!(
        zh.contains(
            &"项目「青鸾储能电站」的年度计划:两边各自的改动都保留,从副本补入 2025年4月".to_owned()
        ),
        "{zh:?}"
    );
    let en: Vec<String> = merged
        .merged
        .iter()
        .map(|m| describe::merge::merged(m, Lang::En))
        .collect();
    assert!(
        en.contains(&"progress of project “青鸾储能电站”: both sides' changes kept, the copy's 2025-04-20 “主体封顶” added".to_owned()),
        "{en:?}"
    );

    // The other way round, the problem closed in the copy is closed all the same.
    let back = merge(&city, &town).unwrap();
    assert!(back.choices.is_empty(), "{:?}", back.choices);
    let closed = &back.ledger.project(id).unwrap().problems[0];
    assert_eq!(closed.closed, Some(day(4, 18)));
    assert!(back.merged.iter().any(|m| matches!(m,
        Merged::Combined { field, items, .. } if field == "problems"
            && items.iter().any(|part| part.path() == "problems[901].closed"))));
}

#[test]
fn a_problem_changed_differently_on_both_sides_is_a_choice_of_that_problems_field() {
    let (base, id) = synced_with_problems();
    let (mut town, mut city) = (base.clone(), base);
    change(&mut town, id, &stamp(5, "镇里"), |p| {
        p.problems[1].person = "陆川".into()
    });
    change(&mut city, id, &stamp(6, "市里"), |p| {
        p.problems[1].person = "沈岚".into();
        p.problems[0].resolution = "已报供电所".into();
    });
    let merged = merge(&town, &city).unwrap();
    let [choice] = &merged.choices[..] else {
        panic!("{:?}", merged.choices)
    };
    assert_eq!(choice.field, "problems");
    assert_eq!(choice.item.as_ref().unwrap().path(), "problems[902].person");
    let zh = describe::merge::choice(choice, &BTreeMap::new(), Lang::Zh);
    assert!(
        zh.contains("项目「青鸾储能电站」的存在问题中问题「进场道路未硬化」的责任人两边各自改过:台账为 “陆川”(镇里 2025-05-06 09:05),副本为 “沈岚”"),
        "{zh}"
    );
    let project = |ledger: &Ledger| ledger.project(id).unwrap().clone();
    assert_eq!(project(&merged.ledger).problems[1].person, "陆川");
    assert_eq!(project(&merged.ledger).problems[0].resolution, "已报供电所");
    let taken = project(&merged.resolve(&[Side::Copy]).unwrap());
    assert_eq!(taken.problems[1].person, "沈岚");
    assert_eq!(
        taken.problems[0].resolution, "已报供电所",
        "the rest stays merged"
    );
}

/// Saves a one-project ledger, as the app would, with April's figure set by `by`.
fn save_april(path: &Path, base: &Ledger, id: ProjectId, at: &Stamp, wan: i64, line: &str) {
    save_changed(path, base, id, at, |p| {
        p.plans.set_month(2025, 4, figure(wan, "主体施工"));
        p.add_progress(at.at.date(), line);
    });
}

#[test]
fn one_month_entered_differently_on_both_sides_is_named_and_waits_for_prefer() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = dir.path().join("云岫镇.ron");
    let copy = dir
        .path()
        .join("云岫镇.sync-conflict-20250506-091000-ABCDEF2.ron");
    let (base, id) = synced_with_problems();
    save_april(&ledger, &base, id, &stamp(5, "镇里"), 500, "设备进场");
    save_april(&copy, &base, id, &stamp(6, "市里"), 520, "主体封顶");
    let before = fs::read(&ledger).unwrap();

    let output = run(&["merge-conflicts", "--lang", "zh"], dir.path());
    assert_eq!(output.status.code(), Some(3), "{output:?}");
    let report = text(&output.stdout);
    assert!(
        report.contains("需要选择:项目「青鸾储能电站」的年度计划中2025年4月两边各自改过:台账为 完成 500万元,形象进度 “主体施工”(镇里 2025-05-06 09:05),副本为 完成 520万元,形象进度 “主体施工”(市里 2025-05-06 09:06)"),
        "{report}"
    );
    assert!(
        report.contains(
            "项目「青鸾储能电站」的推进情况:两边各自的改动都保留,从副本补入 2025-05-06「主体封顶」"
        ),
        "{report}"
    );
    assert_eq!(fs::read(&ledger).unwrap(), before, "nothing written");

    let output = run(&["merge-conflicts"], dir.path());
    assert_eq!(output.status.code(), Some(3), "{output:?}");
    assert!(
        text(&output.stdout).contains("to choose: Apr 2025 in the yearly plans of project “青鸾储能电站” was changed on both sides"),
        "{output:?}"
    );

    let output = run(&["merge-conflicts", "--prefer", "copy"], dir.path());
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let merged = store::load(&ledger).unwrap().unwrap().ledger;
    let project = merged.project(id).unwrap();
    assert_eq!(
        project.plans.year(2025).unwrap().months[&4],
        figure(520, "主体施工"),
        "the copy's April"
    );
    assert_eq!(
        project.progress.len(),
        3,
        "both sides' lines and the old one"
    );
    assert!(!copy.exists());
}
