//! Extraction speed: the seed article end to end (bytes in, `Extraction` out), every article
//! of `shared/articles` (skipped when absent), a generated 1 MB article, and the one-time
//! loads of the segmenter's dictionary and the gazetteer that the first article pays for
//! (and the app pays on a thread of its own at start-up), the whole of them measured in a
//! fresh process each time since they are paid once per process.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput, criterion_group};
use town_tracker_article::{Options, extract_bytes};

fn articles_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/articles");
    dir.is_dir().then_some(dir)
}

/// A long invented article of the genre: project paragraphs with varying names and figures,
/// between paragraphs of the prose that surrounds them (meetings, visits, outputs, policy),
/// about twice as dense in projects as the seed.
fn generated_article(bytes: usize) -> String {
    let mut text = String::from("发布时间:2024-03-13\n");
    let mut index = 0u32;
    while text.len() < bytes {
        index += 1;
        text.push_str(&format!(
            "{index}.青禾{index}镇召开项目推进会。总投资{a}亿元的蓝湾{index}新能源电池项目已于2月底开工建设,目前正在进行桩基施工,力争10月底前主体封顶。\
             投资{b}万元的鼎盛{index}精密铸造项目计划二季度开工。该镇积极对接华瑞{index}智能装备、远景{index}生物医药等在谈项目,确保上半年新签约亿元以上项目3个。\n\
             今年以来,青禾{index}镇坚持把项目建设作为经济工作的主抓手,持续优化营商环境,主要领导带队走访了金利达、恒通物流等企业,\
             认真倾听企业发展需求,着力帮助解决用工、融资等实际困难,全年预计实现规上工业产值{a}亿元、税收{b}万元。\n\
             東嶺{index}街道(dào)堅持黨建引領,強化要素保障,總投資8億元的星河{index}光電產(chǎn)業(yè)園項(xiàng)目已竣工投產(chǎn),\
             各村和機關事業單位人員先後提供有價值的招商信息{b}多條,形成了比學趕超的濃厚氛圍。\n\
             新一年,该镇将持续做优营商环境,把尽心尽力服务企业作为工作理念,第一时间解决用工、融资、配套等企业发展\
             遇到的困难和问题,实行项目建设全周期管理,落实专班推进、清单管理、跟踪督查“三项机制”,以政府“多跑路”\
             换取企业“少跑腿”,以作风持续向好引领营商环境持续向优,提升发展活力,推动经济社会高质量发展。\n",
            a = index % 50 + 1,
            b = index % 9000 + 100,
        ));
    }
    text
}

/// Set in the environment of the child process that measures [`town_tracker_article::warm_up`].
const WARM_UP_CHILD: &str = "TT_BENCH_WARM_UP_CHILD";

/// How long `warm_up` takes in a new process of this bench binary, as that process reports it.
fn warm_up_in_fresh_process() -> Duration {
    let exe = std::env::current_exe().expect("bench binary path");
    let output = Command::new(exe)
        .env(WARM_UP_CHILD, "1")
        .output()
        .expect("bench binary runs again");
    let nanos: u64 = String::from_utf8_lossy(&output.stdout)
        .trim()
        .parse()
        .expect("child prints the nanoseconds of warm_up");
    Duration::from_nanos(nanos)
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("one-time loads");
    group.sample_size(10);
    group.bench_function("warm_up in a fresh process (all of them)", |b| {
        b.iter_custom(|iterations| (0..iterations).map(|_| warm_up_in_fresh_process()).sum())
    });
    group.bench_function("segmenter dictionary (jieba-rs)", |b| {
        b.iter(|| black_box(jieba_rs::Jieba::new()))
    });
    group.bench_function("gazetteer", |b| {
        b.iter(|| black_box(town_tracker_article::gazetteer::parse_uncached()))
    });
    group.finish();
    town_tracker_article::warm_up();

    let options = Options::default();
    if let Some(dir) = articles_dir() {
        let seed = std::fs::read(dir.join("seed.txt")).expect("seed readable");
        c.bench_function("seed end to end", |b| {
            b.iter(|| extract_bytes(black_box(&seed), "seed.txt", &options))
        });

        let mut articles = Vec::new();
        for entry in std::fs::read_dir(&dir).expect("articles dir").flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "txt") {
                let name = entry.file_name().to_string_lossy().into_owned();
                articles.push((name, std::fs::read(&path).expect("article readable")));
            }
        }
        let total: usize = articles.iter().map(|(_, bytes)| bytes.len()).sum();
        let mut group = c.benchmark_group("all articles");
        group.throughput(Throughput::Bytes(total as u64));
        group.bench_function("extract each", |b| {
            b.iter(|| {
                for (name, bytes) in &articles {
                    black_box(extract_bytes(bytes, name, &options).ok());
                }
            })
        });
        group.finish();
    } else {
        println!("note: shared/articles not found; seed and article benchmarks skipped");
    }

    let big = generated_article(1 << 20);
    let mut group = c.benchmark_group("generated article");
    group.throughput(Throughput::Bytes(big.len() as u64));
    group.sample_size(10);
    group.bench_function("1 MB", |b| {
        b.iter(|| extract_bytes(black_box(big.as_bytes()), "big.txt", &options))
    });
    group.finish();
}

criterion_group!(benches, bench);

fn main() {
    if std::env::var_os(WARM_UP_CHILD).is_some() {
        let start = Instant::now();
        town_tracker_article::warm_up();
        println!("{}", start.elapsed().as_nanos());
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
