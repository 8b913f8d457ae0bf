//! How long decoding takes: a 1 MB GBK text and a 1 MB GBK web page through `decode::decode`,
//! a small fixture article through the whole pipeline, and the seed article through the whole
//! pipeline when the shared articles folder is beside the repository.
//!
//! Run with `cargo bench -p town-tracker-article --bench decode`.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use town_tracker_article::{Options, decode, extract_bytes};

/// The size the large inputs are built up to.
const LARGE_BYTES: usize = 1024 * 1024;

const STORY: &str = include_str!("../tests/fixtures/decode/qinghe_utf8.txt");

/// The story's paragraphs repeated until their GBK bytes reach `LARGE_BYTES`.
fn repeated_paragraphs(separator: (&str, &str)) -> String {
    let mut text = String::new();
    while text.len() < LARGE_BYTES * 3 / 2 {
        for paragraph in STORY.lines().filter(|line| line.starts_with('　')) {
            text.push_str(separator.0);
            text.push_str(paragraph);
            text.push_str(separator.1);
        }
    }
    text
}

fn gbk(text: &str) -> Vec<u8> {
    encoding_rs::GBK.encode(text).0.into_owned()
}

fn large_gbk_text() -> Vec<u8> {
    gbk(&format!(
        "青禾镇全力冲刺项目建设“开门红”\n发布时间：2024-3-18\n{}",
        repeated_paragraphs(("", "\n"))
    ))
}

fn large_gbk_page() -> Vec<u8> {
    let sidebar: String = (1..=40)
        .map(|index| {
            format!("<li><a href=\"/town/{index}.html\">第{index}条乡镇动态新闻标题</a></li>")
        })
        .collect();
    gbk(&format!(
        "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">\
         <title>青禾镇全力冲刺项目建设“开门红”_乡镇动态_江畔日报</title>\
         <script>var counter = 0;</script><style>.nav li {{ float: left; }}</style></head><body>\
         <div class=\"nav\"><a href=\"/\">首页</a> | <a href=\"/news/\">新闻中心</a></div>\
         <table><tr><td class=\"left\"><ul>{sidebar}</ul></td><td>\
         <h1>青禾镇全力冲刺项目建设“开门红”</h1><div class=\"info\">发布时间：2024-3-18</div>\
         <div id=\"zoom\">{}</div></td></tr></table>\
         <div class=\"footer\">版权所有：江畔日报社</div></body></html>",
        repeated_paragraphs(("<p>", "</p>\n"))
    ))
}

fn bench_decode(criterion: &mut Criterion) {
    let text = large_gbk_text();
    let page = large_gbk_page();
    criterion.bench_function("decode 1 MB GBK text", |bencher| {
        bencher.iter(|| decode::decode(black_box(&text), "large.txt"))
    });
    criterion.bench_function("decode 1 MB GBK web page", |bencher| {
        bencher.iter(|| decode::decode(black_box(&page), "large.html"))
    });
    let options = Options::default();
    criterion.bench_function("pipeline small UTF-8 article", |bencher| {
        bencher.iter(|| extract_bytes(black_box(STORY.as_bytes()), "qinghe.txt", &options))
    });
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/articles/seed.txt");
    if let Ok(seed) = std::fs::read(seed) {
        criterion.bench_function("pipeline seed article", |bencher| {
            bencher.iter(|| extract_bytes(black_box(&seed), "seed.txt", &options))
        });
    }
}

criterion_group!(benches, bench_decode);
criterion_main!(benches);
