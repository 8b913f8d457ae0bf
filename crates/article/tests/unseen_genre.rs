//! Invented articles of the genre that no rule was written beside (policy talk, inspection
//! visits, signing ceremonies, monthly and year-end round-ups, county reports, 新闻推荐
//! sidebars), with what the extractor must offer and, above all, must not: policy words,
//! programmes, funding, investors, meetings and cut-off phrases are no projects or units.
//! Every town, company and figure is made up.

mod common;

use common::{extract, names};
use town_tracker_article::Extraction;

fn units_of(extraction: &Extraction) -> Vec<Option<&str>> {
    extraction
        .projects
        .iter()
        .map(|p| p.unit.as_deref())
        .collect()
}

fn yuan(extraction: &Extraction, name: &str) -> Option<i64> {
    extraction
        .projects
        .iter()
        .find(|p| p.name == name)
        .and_then(|p| p.investment.as_ref())
        .and_then(|i| i.yuan)
}

const SIGNING_WITH_SIDEBAR: &str = "发布时间:2024-06-03
石桥镇举行招商引资项目集中签约仪式
6月2日,石桥镇举行2024年招商引资项目集中签约仪式,共签约项目6个,协议总投资18.5亿元。
签约项目涵盖新材料、食品加工、文化旅游等领域。其中,投资5亿元的恒远新材料项目主要生产高性能复合材料,达产后年产值可达8亿元;投资3亿元的绿野农产品精深加工项目将建设标准化厂房3万平方米;投资2亿元的云溪谷乡村旅游综合体项目计划年内开工建设。
石桥镇党委书记李红表示,将全力做好签约项目的跟踪服务,实行“一个项目、一名领导、一套班子、一抓到底”的工作机制,推动签约项目尽快开工建设。
新闻推荐
2019年禾坪镇举办第三届桃花节
青岚县召开2018年度经济工作会议";

const MOBILISATION: &str = "发布时间:2024-02-26
青岚县召开2024年项目建设动员大会
2月25日,青岚县召开2024年项目建设动员大会。会议要求,全县上下要以“项目攻坚年”活动为抓手,大力实施产业提升工程、城市更新工程、乡村振兴工程三大工程,全年谋划储备项目120个以上。
会议指出,要突出抓好招商引资,围绕新能源、新材料、现代农业等主导产业,开展精准招商、以商招商、产业链招商,力争引进一批投资体量大、带动能力强的好项目、大项目。要抓好项目前期工作,加快用地报批、环评审批等手续办理。
会上,禾坪镇、石桥镇、县工信局作了表态发言。县发改委通报了2023年重点项目建设情况,2023年全县共实施省市县重点项目92个,完成投资61.3亿元。";

const INSPECTION: &str = "发布时间:2024-08-16
县领导督导检查防汛和项目建设工作
8月15日,县长刘志强带队督导检查防汛和重点项目建设工作。刘志强一行先后来到青溪河堤防加固工程、县城第二水厂建设项目和县人民医院住院综合楼项目现场,详细询问工程进度、安全生产等情况。
刘志强强调,要压实防汛责任,加强巡查值守,确保安全度汛。要加快项目建设进度,在确保质量安全的前提下,科学组织施工,倒排工期,力争早日建成投用。县人民医院住院综合楼项目要确保年底前主体封顶。";

const COOPERATION: &str = "发布时间:2024-10-10
柳塘乡与鸿泰农业科技有限公司签订战略合作协议
10月9日,柳塘乡与鸿泰农业科技有限公司签订战略合作协议,双方将在高山蔬菜种植、农产品电商、乡村民宿等领域开展合作。根据协议,鸿泰公司计划投资1.5亿元,在柳塘乡建设高山蔬菜产业园,项目分两期实施,一期预计明年3月开工。
签约仪式上,柳塘乡党委书记陈晓东介绍了全乡资源禀赋和发展规划。他表示,柳塘乡将为企业提供“保姆式”服务,全力推动合作项目落地见效。
近年来,柳塘乡立足生态优势,大力发展茶叶、高山蔬菜、中药材等特色产业,先后建成千亩茶园2个、中药材种植基地3个,带动2000余户群众增收。";

const STUDY_SESSION: &str = "发布时间:2024-12-05
禾坪镇党委理论学习中心组开展专题学习
12月4日,禾坪镇党委理论学习中心组开展专题学习。会议强调,要深入学习贯彻党的二十届三中全会精神,把学习成果转化为推动发展的实际成效。
会议要求,要坚持以项目建设为主抓手,聚焦产业转型升级,抓好在建项目、签约项目、储备项目三个梯队,推动项目建设提质增效。要着力优化营商环境,深化“放管服”改革,持续开展“企业服务月”活动,帮助企业解决融资、用工等难题。
新闻推荐
禾坪镇:2021年新签约项目12个
青岚县举行2020年重大项目集中开工仪式";

const YEAR_END: &str = "发布时间:2024-12-20
石桥镇召开2024年度项目建设总结会
12月19日,石桥镇召开2024年度项目建设总结会,总结全年项目建设工作,部署2025年项目谋划工作。
会议通报,全年全镇实施重点项目22个,完成投资15.8亿元。恒远新材料项目、绿野农产品精深加工项目已建成投产,云溪谷乡村旅游综合体项目完成投资1.2亿元,宏达包装材料项目已开工建设。
会议要求,各村各部门要提前谋划明年项目,抓好项目储备,力争2025年新签约亿元以上项目5个,新开工项目8个。";

const PLANNING_POLICY: &str = "发布时间:2024-01-18
全县项目谋划工作会议召开
1月17日,全县项目谋划工作会议召开。会议强调,要坚持“项目+”理念,完善项目库管理,实行项目化管理、清单化推进。各乡镇要围绕乡村振兴示范项目、以工代赈项目、地方政府专项债券项目等,积极向上争取资金支持。
会议要求,要扎实开展重大项目攻坚行动,强化“要素跟着项目走”机制,对纳入省级重点项目的,优先保障用地指标。";

const THREE_INVESTORS: &str = "发布时间:2024-03-29
金马镇与三家企业签订投资协议
3月28日,金马镇与青禾新能源有限公司、蓝鲸食品集团、远航物流有限公司签订投资协议,签约总金额12亿元。
根据协议,青禾新能源有限公司将投资6亿元建设分布式光伏电站;蓝鲸食品集团将投资4亿元建设中央厨房产业园;远航物流有限公司将投资2亿元建设冷链仓储中心。三个项目预计本月底前完成备案,二季度开工建设。";

const COUNTY_ROUND_UP: &str = "发布时间:2024-06-28
青岚县6月份重点项目推进情况
6月,全县43个重点项目累计完成投资21.5亿元。分乡镇看:
禾坪镇:瑞丰电子元器件二期项目完成设备采购,恒通物流园项目完成场地平整;
石桥镇:宏达包装材料项目完成土地摘牌,金丰饲料加工项目正在办理施工许可;
柳塘乡:高山蔬菜产业园一期完成80%。
下一步,各乡镇要对照年度目标,倒排工期,确保7月底前所有续建项目全面复工。";

const STORY_WITH_OTHER_STORIES: &str = "发布时间:2024-04-25
禾坪镇瑞丰电子元器件二期项目开工
4月24日,禾坪镇瑞丰电子元器件二期项目正式开工。该项目总投资5亿元,建成后年产值可达10亿元。
新闻推荐
石桥镇宏达包装材料项目顺利投产
青岚县城南污水处理厂项目通过验收
2019年柳塘乡茶叶交易中心项目签约
上一篇:鹿鸣乡脐橙深加工项目开工建设
下一篇:东溪街道老旧小区改造工程全面完工
相关阅读
禾坪镇恒通物流园项目加快推进";

#[test]
fn the_titles_of_other_stories_name_no_projects() {
    let extraction = extract(STORY_WITH_OTHER_STORIES);
    assert_eq!(names(&extraction), vec!["禾坪镇瑞丰电子元器件二期"]);
    assert_eq!(extraction.units, vec!["禾坪镇"]);
}

#[test]
fn a_signing_ceremony_with_a_news_sidebar() {
    let extraction = extract(SIGNING_WITH_SIDEBAR);
    assert_eq!(
        names(&extraction),
        vec!["恒远新材料", "绿野农产品精深加工", "云溪谷乡村旅游综合体"]
    );
    assert!(units_of(&extraction).iter().all(|u| *u == Some("石桥镇")));
    assert_eq!(
        extraction.year,
        Some(2024),
        "the sidebar's years are not the article's"
    );
}

#[test]
fn policy_talk_names_no_project_and_no_list_of_ranks() {
    for text in [MOBILISATION, STUDY_SESSION, PLANNING_POLICY] {
        let extraction = extract(text);
        assert!(names(&extraction).is_empty(), "{:?}", names(&extraction));
        assert!(
            !extraction.units.iter().any(|u| u == "省市县"),
            "{:?}",
            extraction.units
        );
    }
}

#[test]
fn an_inspection_visit_names_the_works_and_no_cut_off_county() {
    let extraction = extract(INSPECTION);
    assert_eq!(
        names(&extraction),
        vec![
            "青溪河堤防加固工程",
            "县城第二水厂建设",
            "县人民医院住院综合楼"
        ]
    );
    assert!(extraction.units.is_empty(), "{:?}", extraction.units);
}

#[test]
fn an_investing_company_is_no_project() {
    let extraction = extract(COOPERATION);
    assert!(
        !names(&extraction).iter().any(|n| n.contains("公司")),
        "{:?}",
        names(&extraction)
    );
}

#[test]
fn a_year_end_meeting_is_no_project_and_leaves_the_topic_alone() {
    let extraction = extract(YEAR_END);
    assert_eq!(
        names(&extraction),
        vec![
            "恒远新材料",
            "绿野农产品精深加工",
            "云溪谷乡村旅游综合体",
            "宏达包装材料"
        ]
    );
    assert!(units_of(&extraction).iter().all(|u| *u == Some("石桥镇")));
}

#[test]
fn facilities_built_with_a_sum_are_projects() {
    let extraction = extract(THREE_INVESTORS);
    assert_eq!(
        names(&extraction),
        vec!["分布式光伏电站", "中央厨房产业园", "冷链仓储中心"]
    );
    assert_eq!(yuan(&extraction, "分布式光伏电站"), Some(600_000_000));
    assert_eq!(yuan(&extraction, "中央厨房产业园"), Some(400_000_000));
    assert_eq!(yuan(&extraction, "冷链仓储中心"), Some(200_000_000));
    assert!(units_of(&extraction).iter().all(|u| *u == Some("金马镇")));
}

#[test]
fn a_county_round_up_by_town() {
    let extraction = extract(COUNTY_ROUND_UP);
    assert_eq!(
        names(&extraction),
        vec![
            "瑞丰电子元器件二期",
            "恒通物流园",
            "宏达包装材料",
            "金丰饲料加工"
        ]
    );
    assert_eq!(
        units_of(&extraction),
        vec![
            Some("禾坪镇"),
            Some("禾坪镇"),
            Some("石桥镇"),
            Some("石桥镇")
        ]
    );
}

/// Townships of the gazetteer (中枢镇, 金马镇, 白水镇, 三塘乡, 永宁乡, 旧城镇) in invented
/// sentences.
const INSPECTION_TOUR_OF_TOWNS: &str = "发布时间:2024-03-20
青岚县一季度重点项目观摩活动举行
3月19日,青岚县举行一季度重点项目观摩活动。观摩团先后来到中枢镇、金马镇、白水镇,现场观摩了6个重点项目。
在中枢镇,总投资8亿元的禾丰新能源汽车零部件项目一期厂房已封顶,二期正在进行桩基施工。金马镇青禾食品产业园项目完成投资1.6亿元,3栋标准厂房主体完工。白水镇依托资源优势,引进的蓝湖文旅综合体项目已开工建设。
观摩中,三塘乡负责人介绍,该乡高原特色蔬菜基地项目预计5月底前建成。金马还将推进冷链物流中心项目,力争6月开工。";

const TOWNSHIP_HALF_YEAR: &str = "发布时间:2024-07-05
永宁乡:上半年项目建设成效明显
上半年,永宁乡完成固定资产投资1.8亿元。永宁乡中药材种植基地项目已完成种植3000亩;永宁乡集镇污水处理站项目已建成投用。
与此同时,旧城镇与永宁乡联合建设的跨乡道路工程正在施工。下一步,永宁将抓好在建项目,确保年底前全部完工。";

#[test]
fn an_inspection_tour_gives_each_project_its_town() {
    let extraction = extract(INSPECTION_TOUR_OF_TOWNS);
    assert_eq!(
        names(&extraction),
        vec![
            "禾丰新能源汽车零部件",
            "金马镇青禾食品产业园",
            "蓝湖文旅综合体",
            "高原特色蔬菜基地",
            "冷链物流中心"
        ]
    );
    assert_eq!(
        units_of(&extraction),
        vec![
            Some("中枢镇"),
            Some("金马镇"),
            Some("白水镇"),
            Some("三塘乡"),
            Some("金马镇")
        ]
    );
    assert!(!extraction.units.iter().any(|u| u == "金马"));
}

#[test]
fn a_facility_noun_the_segmenter_reads_as_a_verb_ends_a_name() {
    let extraction = extract(TOWNSHIP_HALF_YEAR);
    assert!(
        names(&extraction).contains(&"永宁乡集镇污水处理站"),
        "{:?}",
        names(&extraction)
    );
}
