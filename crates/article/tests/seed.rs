//! The seed article (bundled unchanged as `assets/seed.txt`) against what its gold says: every
//! project with its unit, the 90亿元 investment, the 3月底前 targets, the first-quarter goal,
//! and a title without pinyin.

use std::path::Path;

use chrono::NaiveDate;
use town_tracker_article::{
    AmountKind, Extraction, Milestone, Options, Qualifier, Status, WarningKind, YearSource,
    extract_file, script::normalise_key,
};

/// The seed article as the app bundles it (`assets/seed.txt`, unchanged from the source).
fn seed() -> Extraction {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/seed.txt");
    extract_file(&path, &Options::default()).expect("the seed extracts")
}

fn project<'e>(extraction: &'e Extraction, name: &str) -> &'e town_tracker_article::ProjectFinding {
    let key = normalise_key(name);
    extraction
        .projects
        .iter()
        .find(|p| normalise_key(&p.name) == key)
        .unwrap_or_else(|| {
            panic!(
                "{name} not found among {:?}",
                extraction
                    .projects
                    .iter()
                    .map(|p| &p.name)
                    .collect::<Vec<_>>()
            )
        })
}

const GOLD: [(&str, &str); 12] = [
    ("惠生海工裝備基地", "呂四港經濟開發區"),
    ("墨達思", "匯龍鎮"),
    ("瑞振精密", "匯龍鎮"),
    ("海鉑風尚", "匯龍鎮"),
    ("東晟智造產業園", "惠萍鎮"),
    ("萬鵬建材", "東海鎮"),
    ("錦曌新材料", "東海鎮"),
    ("慶旺機械", "東海鎮"),
    ("華能風電壓小升大", "東海鎮"),
    ("恒源液壓三期技改", "東海鎮"),
    ("鴻鈞漁光互補", "東海鎮"),
    ("無人機試飛運行基地", "江海瀾灣旅游度假區"),
];

#[test]
fn every_gold_project_is_found_with_its_unit() {
    let extraction = seed();
    for (name, unit) in GOLD {
        let found = project(&extraction, name);
        assert_eq!(found.name, name, "names are reported as written");
        assert_eq!(found.unit.as_deref(), Some(unit), "unit of {name}");
    }
    assert_eq!(
        extraction.projects.len(),
        GOLD.len(),
        "no extra projects: {:?}",
        extraction
            .projects
            .iter()
            .map(|p| &p.name)
            .collect::<Vec<_>>()
    );
}

#[test]
fn the_90_yi_investment_is_exact() {
    let extraction = seed();
    let investment = project(&extraction, "惠生海工裝備基地")
        .investment
        .as_ref()
        .expect("an investment");
    assert_eq!(investment.yuan, Some(9_000_000_000));
    assert_eq!(investment.qualifier, Qualifier::Exact);
    assert_eq!(investment.kind, AmountKind::Total);
    assert_eq!(investment.text, "總投資90億元");
    assert_eq!(
        &extraction.text[investment.span.start..investment.span.end],
        investment.text
    );
    assert_eq!(
        project(&extraction, "惠生海工裝備基地").status,
        Some(Status::UnderConstruction)
    );
}

#[test]
fn march_targets_fall_on_the_31st() {
    let extraction = seed();
    let due = NaiveDate::from_ymd_opt(2025, 3, 31);
    for name in ["萬鵬建材", "錦曌新材料", "慶旺機械"] {
        let targets = &project(&extraction, name).targets;
        assert!(targets.iter().any(|t| t.by == due), "{name}: {targets:?}");
    }
    let produce = &project(&extraction, "萬鵬建材").targets[0];
    assert_eq!(produce.milestone, Milestone::Produce);
    assert_eq!(
        project(&extraction, "萬鵬建材").status,
        Some(Status::Started)
    );
    assert_eq!(
        project(&extraction, "慶旺機械").status,
        Some(Status::Negotiating)
    );
    assert_eq!(extraction.year, Some(2025));
    assert_eq!(extraction.year_hint, Some(2025));
    assert_eq!(extraction.year_source, YearSource::Text);
}

#[test]
fn the_first_quarter_goal() {
    let extraction = seed();
    let goal = extraction
        .goals
        .iter()
        .find(|g| g.milestone == Milestone::Sign)
        .expect("a signing goal");
    assert_eq!(goal.unit.as_deref(), Some("東海鎮"));
    assert_eq!(goal.count, Some(1));
    assert_eq!(goal.min_investment_yuan, Some(1_000_000_000));
    assert_eq!(goal.by, NaiveDate::from_ymd_opt(2025, 3, 31));
    assert_eq!(goal.text, "確保一季度新簽約10億元以上項目1個");
}

#[test]
fn garbled_spans_are_warned_about_and_pinyin_is_gone() {
    let extraction = seed();
    let garbled: Vec<_> = extraction
        .warnings
        .iter()
        .filter(|w| w.kind == WarningKind::Garbled)
        .collect();
    assert_eq!(garbled.len(), 3, "{garbled:?}");
    assert!(!extraction.text.contains("(xiàng)"));
    assert!(extraction.text.contains("發展"));
    for finding in &extraction.projects {
        assert_eq!(
            &extraction.text[finding.span.start..finding.span.end],
            finding.name
        );
        assert_eq!(
            &extraction.text[finding.sentence_span.start..finding.sentence_span.end],
            finding.sentence
        );
    }
}

#[test]
fn the_title_is_read_without_pinyin() {
    let extraction = seed();
    assert_eq!(
        extraction.title.as_deref(),
        Some("“滿弓勁發”跑好開局“第一棒”")
    );
    assert_eq!(extraction.year, Some(2025));
}
