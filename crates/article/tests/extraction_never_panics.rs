//! Whatever text comes in, extraction returns and every span it reports lies on character
//! boundaries of the cleaned text and holds the words reported (a project's name without the
//! line breaks that only wrap the source's lines).

use proptest::prelude::*;
use std::sync::Arc;

use town_tracker_article::{
    Extraction, KnownNames, KnownProject, KnownUnit, Options, Span, extract_text,
};

/// Pieces the genre is made of, so random strings hit the grammars' edge cases.
const PIECES: &[&str] = &[
    "项目",
    "項目",
    "工程",
    "基地",
    "镇",
    "鎮",
    "乡",
    "区",
    "县",
    "街道",
    "开发区",
    "总投资",
    "投资",
    "计划",
    "力争",
    "确保",
    "已",
    "正在",
    "开工",
    "签约",
    "投产",
    "竣工投产",
    "在谈",
    "万元",
    "亿元",
    "億元",
    "美元",
    "约",
    "近",
    "超",
    "以上",
    "余",
    "多",
    "上亿元",
    "3月底前",
    "一季度",
    "年底",
    "2025年",
    "年",
    "月",
    "底",
    "前",
    "的",
    "、",
    "和",
    "等",
    "以及",
    ",",
    "。",
    ";",
    ":",
    "(",
    ")",
    "(",
    ")",
    "“",
    "”",
    "?",
    "\u{FFFD}",
    "(fā)",
    "(xiàng)",
    "lián)",
    "?(dāng)",
    "发布时间:[2014-5-22]",
    "2014/7/7",
    "1.",
    "(2)",
    "一是",
    "两个项目",
    "有限公司",
    "集中",
    "\n",
    " ",
    "　",
    "１２",
    "ä¸\u{AD}",
    "0",
    "9",
    ".",
    "5",
    "-",
    "至",
    "个",
    "万",
    "亿",
    "三千",
    "十",
    "两",
    "【",
    "】",
    "[",
    "]",
    "市",
    "(下称:",
    "(以下简称“",
    "产业园",
    "责任人:",
    "挂钩领导为",
    "项目名称:",
    "总投资:",
    "受",
    "影响",
    "年初计划",
    "其中",
    "此次签约的项目",
    "提升改造",
    "种植、生产",
    "10项",
    "街河市镇",
    "城关镇",
    "松滋市",
    "小城镇",
    "这3个项目是:",
    "具体为:",
    "投资2000万元的",
    "商城",
    "进展顺利",
    "据介绍,该项目",
];

/// The ledger's names for a run: units and projects made of the same pieces.
fn known_names() -> impl Strategy<Value = KnownNames> {
    let names = || proptest::collection::vec(chinese_ish_short(), 0..4);
    (names(), names()).prop_map(|(units, projects)| {
        let units: Vec<KnownUnit> = units
            .into_iter()
            .map(|name| KnownUnit {
                name,
                aliases: Vec::new(),
            })
            .collect();
        let projects: Vec<KnownProject> = projects
            .into_iter()
            .map(|name| KnownProject {
                name,
                aliases: Vec::new(),
            })
            .collect();
        KnownNames::new(&units, &projects)
    })
}

fn chinese_ish_short() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(PIECES), 1..4)
        .prop_map(|pieces| pieces.concat())
}

fn chinese_ish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        6 => proptest::sample::select(PIECES).prop_map(str::to_string),
        2 => proptest::char::range('\u{4E00}', '\u{4E80}').prop_map(String::from),
        1 => any::<char>().prop_map(String::from),
        1 => "[0-9.]{1,6}",
        1 => "\\([a-zāáǎàü]{0,7}\\)?",
    ];
    proptest::collection::vec(piece, 0..120).prop_map(|pieces| pieces.concat())
}

fn on_boundaries(text: &str, span: Span) -> bool {
    span.start <= span.end && text.is_char_boundary(span.start) && text.is_char_boundary(span.end)
}

fn check(extraction: &Extraction) {
    let text = &extraction.text;
    for project in &extraction.projects {
        assert!(on_boundaries(text, project.span));
        assert!(on_boundaries(text, project.sentence_span));
        let written = text[project.span.start..project.span.end].replace('\n', "");
        assert!(
            project.name.starts_with(written.trim()),
            "{written} / {}",
            project.name
        );
        for amount in project.investment.iter().chain(&project.investments_extra) {
            assert!(on_boundaries(text, amount.span));
            assert_eq!(
                &text[amount.span.start..amount.span.end],
                amount.text.as_str()
            );
        }
        for target in &project.targets {
            assert!(on_boundaries(text, target.span));
        }
    }
    for goal in &extraction.goals {
        assert!(on_boundaries(text, goal.span));
    }
    for warning in &extraction.warnings {
        if let Some(span) = warning.span {
            assert!(on_boundaries(text, span));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn extraction_never_panics(text in chinese_ish()) {
        let extraction = extract_text(&text, "random", &Options::default());
        check(&extraction);
        prop_assert!(serde_json::to_string(&extraction).is_ok());
    }

    #[test]
    fn extraction_with_the_ledgers_names_never_panics(
        text in chinese_ish(),
        known in known_names(),
    ) {
        let options = Options {
            known: Arc::new(known),
            ..Options::default()
        };
        check(&extract_text(&text, "random", &options));
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in any::<String>()) {
        check(&extract_text(&text, "random", &Options::default()));
    }
}
