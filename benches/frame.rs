//! The UI at scale: one full frame (egui pass over the whole window + tessellation, no GPU)
//! with a ledger of 10,000 projects in 200 units, with and without a search narrowing the
//! list; and the filter/search itself.

mod common;

use chrono::NaiveDate;
use common::generated;
use criterion::{Criterion, criterion_group, criterion_main};
use eframe::egui;
use town_tracker::app::file_dialog::ScriptedDialogs;
use town_tracker::app::{AppOptions, TownTrackerApp};
use town_tracker::model::query::{ProjectFilter, SearchIndex, SortColumn, SortOrder, select};
use town_tracker::model::schedule::{Light, LightThresholds};
use town_tracker::store::LedgerStore;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 6, 15).unwrap()
}

fn frame(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.ron");
    LedgerStore::open(&path)
        .store
        .save(&mut generated(200, 10_000))
        .unwrap();
    let ctx = egui::Context::default();
    let mut app = TownTrackerApp::create(
        &ctx,
        None,
        AppOptions {
            data_path: path,
            office: None,
            today: Some(today()),
            screenshot: None,
            dialogs: Box::new(ScriptedDialogs::default()),
            import: Vec::new(),
            accept_all: false,
            unattended: None,
            lang: None,
            select: None,
            dashboard: false,
            monthly: false,
        },
    );
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        ..Default::default()
    };
    let run = |app: &mut TownTrackerApp| {
        let output = ctx.run_ui(input.clone(), |ui| app.frame(ui));
        ctx.tessellate(output.shapes, output.pixels_per_point)
    };
    for _ in 0..3 {
        run(&mut app);
    }
    let mut group = c.benchmark_group("ui_10k");
    group.bench_function("frame", |b| b.iter(|| run(&mut app)));
    group.finish();
}

fn filter(c: &mut Criterion) {
    let ledger = generated(200, 10_000);
    let thresholds = LightThresholds::default();
    let mut group = c.benchmark_group("filter_10k");
    group.bench_function("build_search_index", |b| {
        b.iter(|| SearchIndex::build(&ledger))
    });
    let index = SearchIndex::build(&ledger);
    let search = ProjectFilter {
        text: "新材料 张".into(),
        lights: vec![Light::Yellow, Light::Red],
        ..ProjectFilter::default()
    };
    let sort = SortOrder {
        column: SortColumn::NextTarget,
        descending: false,
    };
    group.bench_function("search_filter_sort", |b| {
        b.iter(|| select(&ledger, &index, &search, sort, today(), thresholds))
    });
    group.bench_function("all_sorted_by_investment", |b| {
        let by_amount = SortOrder {
            column: SortColumn::Investment,
            descending: true,
        };
        b.iter(|| {
            select(
                &ledger,
                &index,
                &ProjectFilter::default(),
                by_amount,
                today(),
                thresholds,
            )
        })
    });
    group.finish();
}

criterion_group!(benches, frame, filter);
criterion_main!(benches);
