//! A township's short form ("金马" for 金马镇, "金馬" for 金馬鎮) used as the subject or owner
//! of a project names the township itself: the project's unit is the full township, and the
//! article has no unit "金马" of its own. The township is named in full by the article (one of
//! the gazetteer, or one the article confirms) or held by the ledger. Invented sentences; 金马镇
//! is a township of the gazetteer.

use std::sync::Arc;

use town_tracker_article::{Extraction, KnownNames, KnownUnit, Options, extract_text};

fn extract(text: &str) -> Extraction {
    extract_text(text, "fixture", &Options::default())
}

fn with_ledger(text: &str, name: &str, aliases: &[&str]) -> Extraction {
    let unit = KnownUnit {
        name: name.into(),
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
    };
    let options = Options {
        known: Arc::new(KnownNames::new(&[unit], &[])),
        ..Options::default()
    };
    extract_text(text, "fixture", &options)
}

fn unit_of<'e>(extraction: &'e Extraction, name_ends: &str) -> Option<&'e str> {
    extraction
        .projects
        .iter()
        .find(|p| p.name.ends_with(name_ends))
        .unwrap_or_else(|| {
            panic!(
                "no project ending in {name_ends}: {:?}",
                extraction.projects
            )
        })
        .unit
        .as_deref()
}

fn assert_no_bare_unit(extraction: &Extraction, bare: &str) {
    assert!(
        !extraction.units.iter().any(|u| u == bare),
        "{bare} is no unit of its own: {:?}",
        extraction.units
    );
    assert!(
        extraction
            .projects
            .iter()
            .all(|p| p.unit.as_deref() != Some(bare)),
        "no project belongs to {bare}"
    );
}

#[test]
fn a_short_form_as_the_subject_is_the_township() {
    let extraction = extract(
        "3月5日,金马镇召开重点项目推进会。会上,禾丰镇介绍了甲电子项目进展。金马将新建乙食品加工项目,总投资2亿元,计划6月开工。",
    );
    assert_eq!(unit_of(&extraction, "甲电子"), Some("禾丰镇"));
    assert_eq!(unit_of(&extraction, "乙食品加工"), Some("金马镇"));
    assert_no_bare_unit(&extraction, "金马");
    assert_eq!(
        extraction.unit_aliases.get("金马镇"),
        Some(&vec!["金马".to_string()])
    );
}

#[test]
fn a_short_form_that_owns_a_project_is_the_township() {
    let extraction = extract(
        "金马镇今年共有项目12个。\n在禾丰镇,甲机械项目已投产。\n金马丙新材料项目总投资3亿元,正在建设。",
    );
    assert_eq!(unit_of(&extraction, "甲机械"), Some("禾丰镇"));
    assert_eq!(unit_of(&extraction, "丙新材料"), Some("金马镇"));
    assert_no_bare_unit(&extraction, "金马");
}

#[test]
fn traditional_short_forms_keep_the_script_as_written() {
    let extraction = extract(
        "3月5日,金馬鎮召開重點項目推進會。會上,禾豐鎮介紹了甲電子項目進展。金馬將新建乙食品加工項目,總投資2億元,計劃6月開工。",
    );
    assert_eq!(unit_of(&extraction, "乙食品加工"), Some("金馬鎮"));
    assert_no_bare_unit(&extraction, "金馬");
}

#[test]
fn a_township_the_article_confirms_has_a_short_form_too() {
    let extraction = extract(
        "青禾岭镇召开推进会。青禾岭镇新签约项目2个。在禾丰镇,甲机械项目已投产。青禾岭还将推进丁纺织项目,已完成供地。",
    );
    assert_eq!(unit_of(&extraction, "甲机械"), Some("禾丰镇"));
    assert_eq!(unit_of(&extraction, "丁纺织"), Some("青禾岭镇"));
    assert_no_bare_unit(&extraction, "青禾岭");
}

#[test]
fn a_heading_or_a_list_that_writes_the_short_form_names_the_township() {
    let extraction = extract(
        "3月5日,金马镇召开推进会。在禾丰镇,甲机械项目已投产。\n金马 青溪河畔打造产业新城\n乙食品加工项目总投资2亿元,计划6月开工。",
    );
    assert_eq!(unit_of(&extraction, "乙食品加工"), Some("金马镇"));
    assert_no_bare_unit(&extraction, "金马");
    let extraction =
        extract("金马、和盛两镇联合推进项目建设。金马镇新签约项目2个。\n丙纺织项目在金马开工。");
    assert_eq!(unit_of(&extraction, "丙纺织"), Some("金马镇"));
    assert_no_bare_unit(&extraction, "金马");
}

#[test]
fn the_ledger_s_township_in_either_script() {
    for text in [
        "今年,金马将新建乙食品加工项目,总投资2亿元。在禾丰镇,甲机械项目已投产。",
        "今年,金馬將新建乙食品加工項目,總投資2億元。在禾豐鎮,甲機械項目已投產。",
    ] {
        let extraction = with_ledger(text, "金马镇", &[]);
        assert_eq!(unit_of(&extraction, "乙食品加工"), Some("金马镇"), "{text}");
        assert_no_bare_unit(&extraction, "金马");
        assert_no_bare_unit(&extraction, "金馬");
    }
    let extraction = with_ledger(
        "东岭还将推进丙纺织项目。在禾丰镇,甲机械项目已投产。",
        "東嶺鎮",
        &["东岭"],
    );
    assert_eq!(unit_of(&extraction, "丙纺织"), Some("東嶺鎮"));
    assert_no_bare_unit(&extraction, "东岭");
}

#[test]
fn a_stem_inside_another_place_or_shared_by_two_townships_stays_as_it_is() {
    let extraction =
        extract("金马镇召开推进会。在禾丰镇,金马湖旅游开发项目总投资5亿元,已开工建设。");
    assert_eq!(unit_of(&extraction, "金马湖旅游开发"), Some("禾丰镇"));
    let extraction = extract(
        "禾坪镇前三季度经济社会发展综述\n前三季度,禾坪镇实现工业产值28.6亿元。\n投资6000万元的禾坪镇农贸市场改造提升项目已完成主体工程。",
    );
    assert!(
        extraction.unit_aliases.is_empty(),
        "a township written in full is no short form: {:?}",
        extraction.unit_aliases
    );
    let extraction = extract(
        "金马镇、金马乡召开联席会。金马乡新签约项目2个。在禾丰镇,甲机械项目已投产。\n金马将新建乙食品加工项目。",
    );
    assert_ne!(unit_of(&extraction, "乙食品加工"), Some("金马镇"));
    assert_ne!(unit_of(&extraction, "乙食品加工"), Some("金马乡"));
}
