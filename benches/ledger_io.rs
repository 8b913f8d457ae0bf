//! Load and save of a generated ledger of 10,000 projects in 200 units: the RON text alone
//! (serialise / parse and check) and the whole crash-safe save to disk.

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use town_tracker::model::money::{AmountKind, Investment, Qualifier};
use town_tracker::model::{Edit, Ledger, Project, ProjectId, Unit, UnitId};
use town_tracker::store::{LedgerStore, format, load};

fn generated(units: usize, projects: usize) -> Ledger {
    let mut ledger = Ledger::new();
    let day = |offset: u64| {
        NaiveDate::from_ymd_opt(2025, 1, 1)
            .unwrap()
            .checked_add_days(chrono::Days::new(offset % 360))
            .unwrap()
    };
    let unit_ids: Vec<UnitId> = (0..units)
        .map(|i| {
            let id = UnitId(ledger.allocate_id());
            ledger
                .apply(Edit::PutUnit(Unit::new(id, format!("第{i}镇"))))
                .unwrap();
            id
        })
        .collect();
    for i in 0..projects {
        let id = ProjectId(ledger.allocate_id());
        let mut project = Project::new(
            id,
            format!("年产{i}万吨新材料项目"),
            Some(unit_ids[i % units]),
        );
        project.investment = Some(Investment {
            yuan: 10_000_000 * (i as i64 % 97 + 1),
            qualifier: Qualifier::Exact,
            kind: AmountKind::Total,
        });
        project.milestones.sign.done = Some(day(i as u64));
        project.milestones.produce.target = Some(day(i as u64 + 90));
        project.responsible = "张副镇长".into();
        project.add_progress(day(i as u64 + 10), "完成厂房主体结构,设备进场安装");
        ledger.apply(Edit::PutProject(Box::new(project))).unwrap();
    }
    ledger
}

fn ledger_io(c: &mut Criterion) {
    let ledger = generated(200, 10_000);
    let text = format::to_ron(&ledger);
    println!("10,000-project ledger: {} bytes of RON", text.len());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.ron");
    let opened = LedgerStore::open(&path);
    let store = opened.store;

    let mut group = c.benchmark_group("ledger_10k");
    group.sample_size(10);
    group.bench_function("serialise", |b| b.iter(|| format::to_ron(&ledger)));
    group.bench_function("parse", |b| b.iter(|| format::from_ron(&text).unwrap()));
    group.bench_function("save_to_disk", |b| {
        let mut copy = ledger.clone();
        b.iter(|| store.save(&mut copy).unwrap())
    });
    group.bench_function("load_from_disk", |b| b.iter(|| load(&path).unwrap()));
    group.finish();
}

criterion_group!(benches, ledger_io);
criterion_main!(benches);
