//! Load and save of a generated ledger of 10,000 projects in 200 units: the RON text alone
//! (serialise / parse and check) and the whole crash-safe save to disk.

mod common;

use common::generated;
use criterion::{Criterion, criterion_group, criterion_main};
use town_tracker::store::{LedgerStore, format, load};

fn ledger_io(c: &mut Criterion) {
    let ledger = generated(200, 10_000);
    let text = format::to_ron(&ledger);
    println!("10,000-project ledger: {} bytes of RON", text.len());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.ron");
    let mut store = LedgerStore::open(&path).store;

    let mut group = c.benchmark_group("ledger_10k");
    group.sample_size(10);
    group.bench_function("serialise", |b| b.iter(|| format::to_ron(&ledger)));
    group.bench_function("parse", |b| b.iter(|| format::from_ron(&text).unwrap()));
    group.bench_function("save_to_disk", |b| {
        let mut copy = ledger.clone();
        b.iter(|| {
            // A change each time: a save of what the file already holds writes nothing.
            copy.saved_at = None;
            store.save(&mut copy).unwrap()
        })
    });
    group.bench_function("load_from_disk", |b| b.iter(|| load(&path).unwrap()));
    group.finish();
}

criterion_group!(benches, ledger_io);
criterion_main!(benches);
