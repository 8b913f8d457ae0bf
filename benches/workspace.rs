//! The union a workspace window shows, rebuilt after each change of the own ledger: ten
//! offices' ledgers of 1,000 projects in 20 units each (10,000 projects in all), the own one
//! among them.

mod common;

use common::generated;
use criterion::{Criterion, criterion_group, criterion_main};
use town_tracker::workspace::union::{Office, union};

fn workspace(c: &mut Criterion) {
    let own = generated(20, 1_000);
    let others: Vec<Office> = (1..10)
        .map(|n| Office {
            name: format!("第{n}镇"),
            ledger: generated(20, 1_000),
        })
        .collect();
    let mut group = c.benchmark_group("workspace_10k");
    group.sample_size(20);
    group.bench_function("union_of_ten_offices", |b| {
        b.iter(|| union(&own, &others).unwrap())
    });
    group.finish();
}

criterion_group!(benches, workspace);
criterion_main!(benches);
