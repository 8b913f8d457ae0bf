//! A ledger of schema version 1 (the README's example as it stood) opens, migrates to version
//! 2 — every id drawn afresh, every reference kept, nothing lost — and saves as version 2;
//! reopened, it is the same ledger with the same ids.

use town_tracker::model::{Milestone, SCHEMA_VERSION};
use town_tracker::store::{self, LedgerStore, Saved};

const V1: &str = include_str!("fixtures/ledger-v1.ron");

#[test]
fn a_version_1_ledger_migrates_keeping_everything_and_saves_as_version_2() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("台账.ron");
    std::fs::write(&path, V1).unwrap();

    let parsed = store::load(&path).unwrap().unwrap();
    assert_eq!(parsed.migrated_from, Some(1));
    assert!(
        parsed.unknown_fields.is_empty(),
        "next_id is v1's, not unknown"
    );
    let ledger = parsed.ledger;
    assert_eq!(ledger.schema_version, SCHEMA_VERSION);
    let unit = ledger.units().next().unwrap();
    assert_eq!(
        (unit.name.as_str(), unit.aliases.as_slice()),
        ("東海鎮", &["东海".to_string()][..])
    );
    let project = ledger.projects().next().unwrap();
    assert_eq!(project.name, "萬鵬建材");
    assert_eq!(project.unit, Some(unit.id));
    assert_ne!(project.unit.unwrap().0, 1, "ids are drawn afresh");
    assert_eq!(project.investment.unwrap().yuan, 150_000_000);
    assert!(
        project
            .milestones
            .get(Milestone::Sign)
            .unwrap()
            .done_undated
    );
    assert_eq!(project.responsible, "张副镇长");
    assert_eq!(project.progress[0].text, "设备安装完成");
    let source = ledger.sources().next().unwrap();
    assert_eq!(project.sources[0].source, source.id);
    let goal = ledger.goals().next().unwrap();
    assert_eq!((goal.unit, goal.source), (Some(unit.id), Some(source.id)));
    assert_eq!(goal.min_investment_yuan, Some(1_000_000_000));

    let mut opened = LedgerStore::open(&path);
    assert_eq!(opened.ledger.projects().count(), 1);
    let mut migrated = opened.ledger.clone();
    assert_eq!(
        opened.store.save(&mut opened.ledger).unwrap(),
        Saved::Written,
        "a migrated ledger is written even though nobody changed it"
    );
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("schema_version: 2"), "{text}");
    assert!(!text.contains("next_id"), "{text}");
    drop(opened);

    let again = store::load(&path).unwrap().unwrap();
    assert_eq!(again.migrated_from, None);
    migrated.saved_at = again.ledger.saved_at;
    assert_eq!(again.ledger, migrated, "the same ledger, the same ids");
}
