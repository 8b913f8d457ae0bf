//! Invented articles of the genre (facts made up for these tests, Simplified and Traditional,
//! with pinyin artifacts), each pinning what the extractor must find and must not find.

mod common;

use chrono::NaiveDate;
use common::{extract, names, project};
use town_tracker_article::{
    AmountKind, Milestone, Options, ProjectFinding, Qualifier, Status, WarningKind, YearSource,
    extract_text,
};

fn date(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, day)
}

fn yuan(finding: &ProjectFinding) -> Option<i64> {
    finding.investment.as_ref().and_then(|i| i.yuan)
}

const MEETING: &str = "发布时间:2024-03-13
青禾镇召开一季度项目推进会
本报讯 3月12日,青禾镇召开一季度项目推进会。今年以来,青禾镇紧盯重大项目建设不放松。总投资12亿元的蓝湾新能源电池项目已于2月底开工建设,目前正在进行桩基施工,力争10月底前主体封顶。投资3.5亿元的鼎盛精密铸造项目计划二季度开工。同时,该镇积极对接华瑞智能装备、远景生物医药等在谈项目,确保上半年新签约亿元以上项目3个。";

#[test]
fn a_town_meeting_report() {
    let extraction = extract(MEETING);
    assert_eq!(
        names(&extraction),
        vec![
            "蓝湾新能源电池",
            "鼎盛精密铸造",
            "华瑞智能装备",
            "远景生物医药"
        ]
    );
    assert!(
        extraction
            .projects
            .iter()
            .all(|p| p.unit.as_deref() == Some("青禾镇"))
    );
    assert_eq!(extraction.year, Some(2024));
    assert_eq!(extraction.year_source, YearSource::Dateline);

    let battery = project(&extraction, "蓝湾新能源电池");
    assert_eq!(yuan(battery), Some(1_200_000_000));
    assert_eq!(battery.status, Some(Status::UnderConstruction));
    assert_eq!(battery.targets[0].milestone, Milestone::Other);
    assert_eq!(battery.targets[0].by, date(2024, 10, 31));
    assert_eq!(battery.targets[0].text, "力争10月底前主体封顶");

    let casting = project(&extraction, "鼎盛精密铸造");
    assert_eq!(yuan(casting), Some(350_000_000));
    assert_eq!(
        casting.status,
        Some(Status::Planned),
        "a target is not a status"
    );
    assert_eq!(casting.targets[0].milestone, Milestone::Start);
    assert_eq!(casting.targets[0].by, date(2024, 6, 30));

    assert_eq!(
        project(&extraction, "华瑞智能装备").status,
        Some(Status::Negotiating)
    );

    let goal = &extraction.goals[0];
    assert_eq!(
        (goal.milestone, goal.count, goal.min_investment_yuan),
        (Milestone::Sign, Some(3), Some(100_000_000))
    );
    assert_eq!(goal.by, date(2024, 6, 30));
    assert_eq!(goal.unit.as_deref(), Some("青禾镇"));
}

const TRADITIONAL: &str = "東嶺街道(dào)加快推進(jìn)產(chǎn)業(yè)項(xiàng)目建設(shè)。東嶺街道今年重點抓好兩個項目。總投資(zī)8億元的星河光電產(chǎn)業(yè)園項(xiàng)目已竣工投產(chǎn);計劃投資2.6億元的華晟紡織技改項(xiàng)目正在加緊設(shè)備安裝,預計2025年底前投產(chǎn)。";

#[test]
fn traditional_with_pinyin_is_reported_as_written() {
    let extraction = extract(TRADITIONAL);
    assert_eq!(names(&extraction), vec!["星河光電產業園", "華晟紡織技改"]);
    assert_eq!(extraction.units, vec!["東嶺街道"]);
    let park = project(&extraction, "星河光電產業園");
    assert_eq!(yuan(park), Some(800_000_000));
    assert_eq!(park.status, Some(Status::InProduction));
    assert_eq!(park.status_text.as_deref(), Some("已竣工投產"));
    let textile = project(&extraction, "華晟紡織技改");
    let investment = textile.investment.as_ref().expect("an investment");
    assert_eq!(
        (investment.yuan, investment.kind),
        (Some(260_000_000), AmountKind::Planned)
    );
    assert_eq!(investment.text, "計劃投資2.6億元");
    assert_eq!(textile.status, Some(Status::UnderConstruction));
    assert_eq!(textile.targets[0].by, date(2025, 12, 31));
    assert!(!extraction.text.contains("(jìn)"));
}

const NUMBERED: &str = "2025年,河口镇重点推进以下项目:
1.金穗粮油加工项目,总投资1.8亿元,已完成厂房建设,计划6月投产;
2.河口镇污水处理厂扩建工程,计划投资4500万元,目前处于前期手续办理阶段;
3.滨江文旅综合体项目,拟投资5亿元,正在洽谈中。";

#[test]
fn a_numbered_list_with_amounts_after_the_names() {
    let extraction = extract(NUMBERED);
    assert_eq!(
        names(&extraction),
        vec!["金穗粮油加工", "河口镇污水处理厂扩建工程", "滨江文旅综合体"]
    );
    let grain = project(&extraction, "金穗粮油加工");
    assert_eq!(yuan(grain), Some(180_000_000));
    assert_eq!(grain.targets[0].by, date(2025, 6, 30));
    assert_eq!(grain.targets[0].milestone, Milestone::Produce);
    let sewage = project(&extraction, "河口镇污水处理厂扩建工程");
    assert_eq!(yuan(sewage), Some(45_000_000));
    assert_eq!(sewage.status, Some(Status::Planned));
    assert_eq!(sewage.unit.as_deref(), Some("河口镇"));
    let complex = project(&extraction, "滨江文旅综合体");
    assert_eq!(yuan(complex), Some(500_000_000));
    assert_eq!(complex.status, Some(Status::Negotiating));
}

const DISTRACTORS: &str = "4月8日,红石乡党委书记带队走访了金利达、恒通物流等企业。今年红石乡共谋划项目15个,总投资32亿元,其中亿元以上项目6个。新签约的云帆服饰项目总投资2亿元,达产后可实现年产值5亿元、税收3000万元。";

#[test]
fn visits_aggregates_thresholds_and_outputs_are_not_projects_or_amounts() {
    let extraction = extract(DISTRACTORS);
    assert_eq!(names(&extraction), vec!["云帆服饰"]);
    let clothing = project(&extraction, "云帆服饰");
    assert_eq!(yuan(clothing), Some(200_000_000));
    assert!(clothing.investments_extra.is_empty());
    assert_eq!(clothing.status, Some(Status::Signed));
    assert_eq!(clothing.unit.as_deref(), Some("红石乡"));
}

const OWNER: &str = "由江苏远航科技有限公司投资建设的智能仓储物流中心项目总投资约6亿元,项目于去年9月开工,目前主体结构已封顶。南通甲乙食品有限公司的年产2万吨速冻食品项目计划投资8000万元。";

#[test]
fn owners_are_split_off() {
    let extraction = extract(OWNER);
    let storage = project(&extraction, "智能仓储物流中心");
    assert_eq!(storage.owner.as_deref(), Some("江苏远航科技有限公司"));
    let investment = storage.investment.as_ref().expect("an investment");
    assert_eq!(
        (investment.yuan, investment.qualifier),
        (Some(600_000_000), Qualifier::About)
    );
    assert_eq!(storage.status, Some(Status::UnderConstruction));
    let food = project(&extraction, "年产2万吨速冻食品");
    assert_eq!(food.owner.as_deref(), Some("南通甲乙食品有限公司"));
    assert_eq!(yuan(food), Some(80_000_000));
}

const FOREIGN: &str = "外资项目方面,总投资1.2亿美元的德克斯精工项目签约落户松林镇。";

#[test]
fn foreign_currency_has_no_yuan() {
    let extraction = extract(FOREIGN);
    let precision = project(&extraction, "德克斯精工");
    let investment = precision.investment.as_ref().expect("an investment");
    assert_eq!(investment.yuan, None);
    assert_eq!(investment.currency.as_deref(), Some("USD"));
    assert_eq!(investment.currency_amount, Some(120_000_000));
    assert_eq!(precision.unit.as_deref(), Some("松林镇"));
    assert_eq!(precision.status, Some(Status::Signed));
    let json = serde_json::to_value(&extraction).expect("serialises");
    assert!(json["projects"][0]["investment"]["yuan"].is_null());
}

const COUNTED: &str = "发布日期:2023/5/6
近日,北岗镇新开工的润丰纸业、嘉信包装两个项目进展顺利。力争两个项目在8月底前建成投产。";

#[test]
fn a_count_refers_back_to_the_projects_just_listed() {
    let extraction = extract(COUNTED);
    assert_eq!(names(&extraction), vec!["润丰纸业", "嘉信包装"]);
    for name in ["润丰纸业", "嘉信包装"] {
        let finding = project(&extraction, name);
        assert_eq!(finding.status, Some(Status::Started), "{name}");
        assert_eq!(finding.targets.len(), 1, "{name}: {:?}", finding.targets);
        assert_eq!(finding.targets[0].by, date(2023, 8, 31));
        assert_eq!(finding.targets[0].milestone, Milestone::Produce);
    }
}

const TOPICS: &str = "西河镇:总投资5亿元的明远新材料项目正在加快建设。
南湖街道将全力推进滨湖商业综合体项目,确保年内开工。该街道同时推动金桥物流园项目签约落地。";

#[test]
fn paragraph_topics_give_projects_their_unit() {
    let extraction = extract(TOPICS);
    assert_eq!(
        project(&extraction, "明远新材料").unit.as_deref(),
        Some("西河镇")
    );
    assert_eq!(
        project(&extraction, "滨湖商业综合体").unit.as_deref(),
        Some("南湖街道")
    );
    assert_eq!(
        project(&extraction, "金桥物流园").unit.as_deref(),
        Some("南湖街道")
    );
    assert_eq!(extraction.year_source, YearSource::None);
    assert_eq!(
        project(&extraction, "滨湖商业综合体").targets[0].by,
        None,
        "no year, no date"
    );
    assert!(
        extraction
            .warnings
            .iter()
            .any(|w| w.kind == WarningKind::YearAssumed)
    );
}

#[test]
fn the_caller_resolves_years_the_text_does_not_state() {
    let options = Options {
        default_year: Some(2026),
        ..Options::default()
    };
    let extraction = extract_text(TOPICS, "fixture", &options);
    assert_eq!(extraction.year_source, YearSource::Option);
    assert_eq!(
        project(&extraction, "滨湖商业综合体").targets[0].by,
        date(2026, 12, 31)
    );
    let forced = Options {
        forced_year: Some(2020),
        ..Options::default()
    };
    let extraction = extract_text(MEETING, "fixture", &forced);
    assert_eq!(
        (
            extraction.year,
            extraction.year_source,
            extraction.year_hint
        ),
        (Some(2020), YearSource::Forced, Some(2024))
    );
}

const GARBLED: &str = "長安鎮(zhèn)在勇?lián)?dāng)中推進(jìn)項(xiàng)目,總投資3億元的長興電子項(xiàng)目已開(kāi)工。";

#[test]
fn garbled_stretches_are_warnings_not_failures() {
    let extraction = extract(GARBLED);
    let garbled: Vec<_> = extraction
        .warnings
        .iter()
        .filter(|w| w.kind == WarningKind::Garbled)
        .collect();
    assert_eq!(garbled.len(), 1);
    let span = garbled[0].span.expect("a span");
    assert_eq!(&extraction.text[span.start..span.end], "??");
    assert_eq!(names(&extraction), vec!["長興電子"]);
    assert_eq!(
        project(&extraction, "長興電子").status,
        Some(Status::Started)
    );
}

const LISTED_WITH_AMOUNTS: &str = "2019年10月,在全市重大项目集中开工活动中,安平镇共有3个项目集中开工,总投资达9.3亿元,分别是:投资5亿元的嘉禾智能家居产业园、投资2.8亿元的恒信精密模具和投资1.5亿元的安平镇农贸市场改造提升工程。";

#[test]
fn list_items_with_their_own_amounts() {
    let extraction = extract(LISTED_WITH_AMOUNTS);
    assert_eq!(
        names(&extraction),
        vec![
            "嘉禾智能家居产业园",
            "恒信精密模具",
            "安平镇农贸市场改造提升工程"
        ]
    );
    let amounts: Vec<Option<i64>> = extraction.projects.iter().map(yuan).collect();
    assert_eq!(
        amounts,
        vec![Some(500_000_000), Some(280_000_000), Some(150_000_000)]
    );
    assert!(
        extraction
            .projects
            .iter()
            .all(|p| p.status == Some(Status::Started))
    );
    assert_eq!(
        extraction.year, None,
        "an event date is not the article's year"
    );
}

const LABELLED: &str =
    "项目名称:金桥物流园;总投资:5亿元;建设进度:目前正在进行主体施工,计划年底前竣工。
项目名称:远景光伏电站项目;计划投资:2.3亿元;进展情况:已完成前期手续。";

#[test]
fn labelled_records() {
    let extraction = extract(LABELLED);
    assert_eq!(names(&extraction), vec!["金桥物流园", "远景光伏电站"]);
    let park = project(&extraction, "金桥物流园");
    assert_eq!(
        park.investment.as_ref().map(|i| i.text.as_str()),
        Some("总投资:5亿元")
    );
    assert_eq!(park.status, Some(Status::UnderConstruction));
    assert_eq!(park.targets[0].milestone, Milestone::Complete);
    let solar = project(&extraction, "远景光伏电站");
    assert_eq!(
        solar.investment.as_ref().map(|i| (i.yuan, i.kind)),
        Some((Some(230_000_000), AmountKind::Planned))
    );
    assert_eq!(solar.status, Some(Status::Planned));
}

const SITE_VISIT: &str = "发布时间:2024-05-20
记者在现场看到,位于高新区的长风航空零部件项目厂房已经封顶。据了解,该项目由长风集团投资建设,总投资12亿元,今年计划投资4亿元,预计明年3月建成投产。县人民医院新院区正在加紧施工,服务中心正在建设。";

#[test]
fn a_site_visit_refers_back_and_names_facilities() {
    let extraction = extract(SITE_VISIT);
    assert_eq!(
        names(&extraction),
        vec!["长风航空零部件", "县人民医院新院区"]
    );
    let parts = project(&extraction, "长风航空零部件");
    assert_eq!(parts.unit.as_deref(), Some("高新区"));
    assert_eq!(yuan(parts), Some(1_200_000_000));
    assert_eq!(parts.investments_extra[0].kind, AmountKind::Annual);
    assert_eq!(
        parts.targets[0].by,
        date(2025, 3, 31),
        "明年 from the 2024 date line"
    );
    assert_eq!(
        project(&extraction, "县人民医院新院区").status,
        Some(Status::UnderConstruction)
    );
}

const SPOKEN: &str = "北岗镇今年计划引进投资5个亿的鑫源化工项目,力争年中前签约。";

#[test]
fn spoken_sums_and_mid_year() {
    let options = Options {
        default_year: Some(2024),
        ..Options::default()
    };
    let extraction = extract_text(SPOKEN, "fixture", &options);
    let chemical = project(&extraction, "鑫源化工");
    assert_eq!(yuan(chemical), Some(500_000_000));
    assert_eq!(chemical.targets[0].milestone, Milestone::Sign);
    assert_eq!(chemical.targets[0].by, date(2024, 6, 30));
    assert_eq!(chemical.status, Some(Status::Negotiating));
}

const SECTIONS: &str = "一、续建项目
1.金穗粮油加工项目,总投资1.8亿元,计划6月投产。
2.河口物流园项目,总投资3亿元。
二、新开工项目
3.滨江文旅综合体项目,拟投资5亿元。";

#[test]
fn section_headings_give_a_status() {
    let extraction = extract(SECTIONS);
    assert_eq!(
        project(&extraction, "金穗粮油加工").status,
        Some(Status::UnderConstruction)
    );
    assert_eq!(
        project(&extraction, "河口物流园").status,
        Some(Status::UnderConstruction)
    );
    assert_eq!(
        project(&extraction, "滨江文旅综合体").status,
        Some(Status::Started)
    );
}

const PROSE: &str = "今年以来,全县上下牢固树立“项目为王”理念,坚持以项目建设论英雄,紧盯重大项目、重点工程,强化要素保障,狠抓项目落地。县委主要领导多次深入项目一线调研,协调解决项目推进中的困难和问题。全县共实施重点项目128个,完成投资56.8亿元,项目开工率达92%。下一步,我县将继续实行项目建设“周调度、月通报、季观摩”机制,推动项目早开工、早竣工、早投产。该区已签约项目32个,协议总投资215亿元;在谈项目18个,意向投资120亿元。";

#[test]
fn policy_prose_names_no_project() {
    let extraction = extract(PROSE);
    assert!(extraction.projects.is_empty(), "{:?}", names(&extraction));
}

const WRAPPED: &str = "今年以来,青禾镇全力推进重大项目建设,总投资12亿元的蓝湾新能源电\n池项目已于2月底开工建设。\n短标题\n正文。";

#[test]
fn a_name_wrapped_across_lines_is_one_name() {
    let extraction = extract(WRAPPED);
    let battery = project(&extraction, "蓝湾新能源电池");
    assert_eq!(
        &extraction.text[battery.span.start..battery.span.end],
        "蓝湾新能源电\n池"
    );
    assert_eq!(yuan(battery), Some(1_200_000_000));
    assert_eq!(battery.status, Some(Status::Started));
}

const CITY_REPORT: &str = "发布日期:2024-10-10
(记者 周明 通讯员 李华)临川市10月9日上午举行项目建设情况通报会。该市用心谋划园区发展,加快推进重大项目建设。年初计划新开工的项目为20项,目前已开工青溪中药材产业园一期项目、临川市鼎新铝材加工项目等22项;年初计划竣工10项,现已竣工临川农产品冷链物流中心项目等12项。
园区以纺织、电子为主导产业,配套建设加工产业示范区。年内,柳湾镇华茂科技、丰源电子等2宗项目用地已经摘牌;青石金属、华茂科技等2个项目已经开工建设。
园区配套设施同步完善,南环铁路、滨河大道等园区路网和对外交通项目进展顺利。
会后,柳湾镇表示将做好企业服务。";

#[test]
fn a_city_report_with_lists_of_kinds() {
    let extraction = extract(CITY_REPORT);
    assert_eq!(
        names(&extraction),
        vec![
            "青溪中药材产业园一期",
            "临川市鼎新铝材加工",
            "临川农产品冷链物流中心",
            "华茂科技",
            "丰源电子",
            "青石金属",
            "南环铁路",
            "滨河大道",
        ]
    );
    let opened = project(&extraction, "青溪中药材产业园一期");
    assert_eq!(opened.unit.as_deref(), Some("临川市"));
    assert_eq!(opened.status, Some(Status::Started));
    assert!(
        opened.targets.is_empty(),
        "年初计划 is when the plan was made: {:?}",
        opened.targets
    );
    assert_eq!(
        project(&extraction, "临川农产品冷链物流中心").status,
        Some(Status::Completed)
    );
    let twice = project(&extraction, "华茂科技");
    assert_eq!(
        twice.status,
        Some(Status::Started),
        "the later, further step"
    );
    assert!(
        twice.sentence.contains("已经开工建设"),
        "{}",
        twice.sentence
    );
    assert_eq!(
        project(&extraction, "丰源电子").status,
        Some(Status::Planned)
    );
    assert!(
        !extraction
            .units
            .iter()
            .any(|u| u.contains("谋划") || u.contains("示范")),
        "{:?}",
        extraction.units
    );
}

const JOINED_LISTS: &str = "发布时间:2024-06-20
已签约的亿元项目有两个:甲集团计划投资1.4亿元的青峰光伏电站项目和乙新材料有限公司计划投资1.7亿元的智能照明灯具项目,双方已正式签订投资协议,用地手续正在报批。
另有丙集团拟投资1.1亿元的年产300万吨干混砂浆生产线项目、丁集团有限公司拟投资2亿元的茶叶种植、加工项目及戊环保有限公司拟投资1.3亿元的电动三轮车整装项目,均已与镇里初步达成投资意向。
投资9000万元的柳湾物流园项目眼下正在处理地基;投资1.3亿元的高效设施农业示范园项目,苗木栽种已经结束,目前正在进行园区道路建设。";

#[test]
fn projects_joined_by_a_list_share_what_follows() {
    let extraction = extract(JOINED_LISTS);
    for name in ["青峰光伏电站", "智能照明灯具"] {
        assert_eq!(
            project(&extraction, name).status,
            Some(Status::Signed),
            "{name}"
        );
    }
    for name in [
        "年产300万吨干混砂浆生产线",
        "茶叶种植、加工",
        "电动三轮车整装",
    ] {
        assert_eq!(
            project(&extraction, name).status,
            Some(Status::Negotiating),
            "{name}"
        );
    }
    for name in ["柳湾物流园", "高效设施农业示范园"] {
        assert_eq!(
            project(&extraction, name).status,
            Some(Status::UnderConstruction),
            "{name}"
        );
    }
}

const SIGNING_CEREMONY: &str = "南湖镇举行2025年一季度重大项目集中签约仪式
3月28日上午,南湖镇2025年一季度重大项目集中签约仪式举行,共签约项目8个,总投资达56.3亿元。
此次签约的项目涵盖先进制造、现代农业、文化旅游等领域。其中,投资20亿元的南湖储能电池生产基地项目由甲新能源有限公司投资建设,计划今年7月开工,明年底建成投产;投资12亿元的南湖湾康养小镇项目和投资5亿元的智慧农业产业园项目也现场签约。";

#[test]
fn projects_after_a_signing_are_signed_with_their_targets() {
    let extraction = extract(SIGNING_CEREMONY);
    assert_eq!(
        names(&extraction),
        vec!["南湖储能电池生产基地", "南湖湾康养小镇", "智慧农业产业园"]
    );
    let battery = project(&extraction, "南湖储能电池生产基地");
    assert_eq!(battery.status, Some(Status::Signed));
    assert_eq!(yuan(battery), Some(2_000_000_000));
    let targets: Vec<_> = battery
        .targets
        .iter()
        .map(|t| (t.milestone, t.by))
        .collect();
    assert_eq!(
        targets,
        vec![
            (Milestone::Start, date(2025, 7, 31)),
            (Milestone::Produce, date(2026, 12, 31))
        ]
    );
    for name in ["南湖湾康养小镇", "智慧农业产业园"] {
        assert_eq!(
            project(&extraction, name).status,
            Some(Status::Signed),
            "{name}"
        );
    }
}

const RECORD_TABLE: &str = "白鹭镇2025年重点项目推进情况表
项目名称:白鹭新能源装备产业园
建设内容:新建标准厂房12万平方米及配套设施
总投资:8.5亿元
进展情况:一期厂房已封顶,二期正在进行基础施工,计划2025年10月底前一期投产。
责任领导:副镇长王明

项目名称:白鹭湖生态修复工程
总投资:1.2亿元
进展情况:已完成招标,计划5月开工。";

#[test]
fn labelled_records_give_each_project_its_fields() {
    let extraction = extract(RECORD_TABLE);
    assert_eq!(
        names(&extraction),
        vec!["白鹭新能源装备产业园", "白鹭湖生态修复工程"]
    );
    let park = project(&extraction, "白鹭新能源装备产业园");
    assert_eq!(yuan(park), Some(850_000_000));
    assert_eq!(park.status, Some(Status::UnderConstruction));
    assert_eq!(park.targets.len(), 1, "{:?}", park.targets);
    assert_eq!(park.targets[0].milestone, Milestone::Produce);
    assert_eq!(park.targets[0].by, date(2025, 10, 31));
    assert_eq!(park.responsible.as_deref(), Some("副镇长王明"));
    let lake = project(&extraction, "白鹭湖生态修复工程");
    assert_eq!(yuan(lake), Some(120_000_000));
    assert_eq!(lake.targets[0].milestone, Milestone::Start);
    assert_eq!(lake.targets[0].by, date(2025, 5, 31));
    assert_eq!(
        lake.responsible, None,
        "the person above belongs to the record above"
    );
}

const NUMBERED_SECTIONS: &str = "发布时间:2025-02-20
临江街道全力推进重大项目建设
(一)续建项目
1.临江智慧物流港项目。总投资12亿元,目前仓储区主体已完工,正在进行设备安装,预计6月底前投入运营。
2.临江人民医院新院区项目。总投资5.6亿元,门诊楼已封顶,计划年底前竣工。
(二)新开工项目
3.临江数据中心项目。总投资20亿元,计划3月底前开工建设。
4.滨江公园提升改造工程。总投资8000万元,已完成设计招标,力争4月开工。";

#[test]
fn numbered_projects_take_the_sentences_under_them() {
    let extraction = extract(NUMBERED_SECTIONS);
    assert_eq!(
        names(&extraction),
        vec![
            "临江智慧物流港",
            "临江人民医院新院区",
            "临江数据中心",
            "滨江公园提升改造工程"
        ]
    );
    assert_eq!(extraction.units, vec!["临江街道"]);
    let expected = [
        ("临江智慧物流港", 1_200_000_000, Status::UnderConstruction),
        ("临江人民医院新院区", 560_000_000, Status::UnderConstruction),
        ("临江数据中心", 2_000_000_000, Status::Planned),
        ("滨江公园提升改造工程", 80_000_000, Status::Planned),
    ];
    for (name, sum, status) in expected {
        let found = project(&extraction, name);
        assert_eq!(yuan(found), Some(sum), "{name}");
        assert_eq!(found.status, Some(status), "{name}");
        assert_eq!(found.unit.as_deref(), Some("临江街道"), "{name}");
    }
}

#[test]
fn a_company_s_short_name_refers_back_to_its_project() {
    let extraction = extract(
        "4月20日,临江开发区为浙江永和制药有限公司原料药项目举行开工仪式。永和药业项目总投资3亿元,注册资金800万美元。",
    );
    assert_eq!(names(&extraction), vec!["原料药"]);
    let found = project(&extraction, "原料药");
    assert_eq!(found.owner.as_deref(), Some("浙江永和制药有限公司"));
    assert_eq!(yuan(found), Some(300_000_000));
}
