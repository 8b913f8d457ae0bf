//! How long the gazetteer takes: parsing the embedded table into its index (the one-time cost
//! `gazetteer::warm` pays), and the lookups the extractor makes once it is loaded.
//!
//! Run with `cargo bench -p town-tracker-article --bench gazetteer`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use town_tracker_article::gazetteer;

fn load(c: &mut Criterion) {
    let mut group = c.benchmark_group("gazetteer");
    group.sample_size(20);
    group.bench_function("parse", |b| b.iter(gazetteer::parse_uncached));
    group.finish();
}

fn lookups(c: &mut Criterion) {
    gazetteer::warm();
    let mut group = c.benchmark_group("gazetteer");
    group.bench_function("townships", |b| {
        b.iter(|| gazetteer::townships(black_box("城关镇")).len())
    });
    group.bench_function("township_in", |b| {
        b.iter(|| gazetteer::township_in(black_box("松滋市"), black_box("街河市镇")))
    });
    group.bench_function("split_place_prefix", |b| {
        b.iter(|| gazetteer::split_place_prefix(black_box("湖北省荆州市松滋市街河市镇人民政府")))
    });
    group.bench_function("townships_with_stem", |b| {
        b.iter(|| gazetteer::townships_with_stem(black_box("金马")).count())
    });
    group.finish();
}

criterion_group!(benches, load, lookups);
criterion_main!(benches);
