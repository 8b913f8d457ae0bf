//! Invented articles (our own words and names) for the shapes that unseen articles of the
//! genre keep showing: batches announced by a count and named later, names that are common
//! words, places checked against the gazetteer, target markers such as 预计/将/拟.

mod common;

use common::{extract, names, project};
use town_tracker_article::{Options, Status, extract_text};

const ANNOUNCED_BATCH: &str = "\
青溪街道
4月8日,青溪街道集中签约4个招商引资项目,协议投资额合计5亿元。
这4个项目是:集研发、生产于一体的蓝岭智能制造中心项目;甲乙农业发展有限公司菌菇深加工项目;禾田冷链物流园项目;以及拟建3条生产线的丙丁科技有限公司年产50万台空气能热泵项目。
白石镇
4月20日,白石镇成功签约招商引资项目2个,覆盖新材料和文旅等行业。
具体为:白石石英新材料项目,云台山居民宿集群项目。";

#[test]
fn a_batch_announced_by_a_count_gives_its_status_to_the_enumeration() {
    let extraction = extract(ANNOUNCED_BATCH);
    for name in [
        "蓝岭智能制造中心",
        "菌菇深加工",
        "禾田冷链物流园",
        "年产50万台空气能热泵",
        "白石石英新材料",
        "云台山居民宿集群",
    ] {
        assert_eq!(
            project(&extraction, name).status,
            Some(Status::Signed),
            "{name}"
        );
    }
    assert_eq!(
        project(&extraction, "白石石英新材料").unit.as_deref(),
        Some("白石镇")
    );
}

#[test]
fn common_words_and_phrases_about_work_are_no_projects() {
    let extraction = extract(
        "柳塘镇坚持一切围着项目转、一切盯着项目干,多数项目进展顺利。高质量发展靠项目,\
         该镇的样板项目总投资2亿元。柳塘镇人民政府与甲公司签约。",
    );
    assert_eq!(names(&extraction), Vec::<&str>::new());
}

#[test]
fn a_common_word_names_a_project_inside_a_list() {
    let extraction =
        extract("东岭镇续建项目3个,分别为青石橡胶、钢窗项目和乙丙再生资源公司扩建项目。");
    assert!(
        names(&extraction).contains(&"钢窗"),
        "{:?}",
        names(&extraction)
    );
}

const VISIT_REPORT: &str = "\
9月3日,全区项目观摩会来到柳岸镇,实地察看了青川冷链物流园项目。

在青川冷链物流园项目现场,镇长介绍了这个项目。

据介绍,该项目占地60亩,计划总投资3亿元。项目今年4月开工建设,目前主体已建成,计划11月底前完成设备安装。

会议要求各镇加快项目建设。";

#[test]
fn a_paragraph_that_opens_by_referring_back_gives_its_facts_to_the_project() {
    let extraction = extract(VISIT_REPORT);
    assert_eq!(names(&extraction), vec!["青川冷链物流园"]);
    let park = project(&extraction, "青川冷链物流园");
    assert_eq!(
        park.investment.as_ref().and_then(|i| i.yuan),
        Some(300_000_000)
    );
    assert_eq!(park.status, Some(Status::UnderConstruction));
}

#[test]
fn a_facility_named_after_the_sum_invested_in_it() {
    let extraction = extract(
        "商贸方面,今年新上投资3000万元的青禾商城和投资1500万元的柳岸商城。\
         另一处投资800余万元的东坝污水处理厂基础设施建设即将完工。",
    );
    assert_eq!(
        names(&extraction),
        vec!["青禾商城", "柳岸商城", "东坝污水处理厂"]
    );
    assert_eq!(
        project(&extraction, "柳岸商城")
            .investment
            .as_ref()
            .and_then(|i| i.yuan),
        Some(15_000_000)
    );
}

#[test]
fn progress_words_say_a_project_is_being_built() {
    let extraction = extract(
        "在该镇确定的项目中,其中青岭会展中心、禾田共享平台等项目进展较快,东坝污水管网改造项目进入扫尾阶段。",
    );
    for name in ["青岭会展中心", "禾田共享平台", "东坝污水管网改造"] {
        assert_eq!(
            project(&extraction, name).status,
            Some(Status::UnderConstruction),
            "{name}"
        );
    }
}

#[test]
fn unsure_findings_carry_a_low_confidence_and_units_their_kind() {
    let extraction = extract(
        "东岭镇续建项目3个,分别为青石橡胶、钢窗项目和乙丙再生资源公司扩建项目。东岭镇还将新签约项目2个。",
    );
    assert!(
        project(&extraction, "钢窗").is_unsure(),
        "a common word is unsure"
    );
    assert!(!project(&extraction, "青石橡胶").is_unsure());
    let town = &extraction.unit_details[0];
    assert_eq!(town.name, "东岭镇");
    assert_eq!(town.kind, town_tracker_article::UnitKind::Town);
    assert!(town.confidence > 0.0);
}

#[test]
fn the_ledgers_own_names_are_found_in_either_script_even_shortened() {
    use std::sync::Arc;
    use town_tracker_article::{KnownNames, KnownProject, KnownUnit};
    let known = KnownNames::new(
        &[KnownUnit {
            name: "青嶺鄉".into(),
            aliases: Vec::new(),
        }],
        &[KnownProject {
            name: "青嶺鄉禾豐冷鏈".into(),
            aliases: Vec::new(),
        }],
    );
    let options = Options {
        known: Arc::new(known),
        ..Options::default()
    };
    let text = "青岭乡召开推进会,会上通报,禾丰冷链已完成主体施工。";
    let extraction = extract_text(text, "fixture", &options);
    let cold_chain = project(&extraction, "禾丰冷链");
    assert_eq!(cold_chain.confidence, 1.0);
    assert_eq!(cold_chain.unit.as_deref(), Some("青岭乡"));
    assert_eq!(extraction.unit_details[0].confidence, 1.0);
    let without = extract(text);
    assert!(without.units.is_empty(), "{:?}", without.units);
}
