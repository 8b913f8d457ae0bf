//! Heads and endings: the nouns that head a project mention (项目, 工程, 基地) and the nouns
//! that end the names of companies, industries, facilities, organisations, offices, events
//! and documents.

/// The head 项目 ("project"): most mentions end in it, and counts of projects count it.
pub const PROJECT_HEAD: &str = "项目";

/// The head 工程 ("works").
pub const WORKS_HEAD: &str = "工程";

/// The head 基地 ("base").
pub const BASE_HEAD: &str = "基地";

/// Nouns that head a project mention ("X项目", "X工程", "X基地").
pub const HEADS: [&str; 3] = [PROJECT_HEAD, WORKS_HEAD, BASE_HEAD];

/// Heads that name the kind of thing rather than the thing: dropped before a name is judged,
/// and the heads that make a list item, a clause or a heading speak of projects.
pub const KIND_HEADS: [&str; 2] = [PROJECT_HEAD, WORKS_HEAD];

/// What a name's matching key drops at its end (工程项目 before 项目; a bare 工程 stays).
pub const KEY_HEADS: [&str; 2] = ["工程项目", PROJECT_HEAD];

/// Nouns of which the words before a sum speak when the sum is a project's ("该项目总投资",
/// "此次公司投资").
pub const OWNER_NOUNS: [&str; 2] = [PROJECT_HEAD, "公司"];

/// Words whose position right after 项目 shows the word is used as a modifier ("项目建设",
/// "项目推进"), not as the head of a named project.
pub const HEAD_AS_MODIFIER: &[&str] = &[
    "建设", "推进", "招引", "服务", "责任", "管理", "工作", "一线", "资金", "用地", "清单", "制度",
    "审批", "落地", "招商", "引进", "谋划", "储备", "投资", "化", "库", "单位", "方", "部", "组",
    "办", "观摩", "调度", "座谈",
];

/// Nouns that end an organisation's name: a 工程 or 基地 right before one belongs to that name
/// ("环境工程有限公司"), not to a project.
pub const ORGANISATION_TAILS: &[&str] = &[
    "有限公司",
    "公司",
    "集团",
    "局",
    "处",
    "队",
    "院",
    "所",
    "中心",
    "学院",
    "学校",
    "师",
    "协会",
];

/// Offices of government: a name ending in one is an actor, never a project.
pub const GOVERNMENT_OFFICES: &[&str] = &[
    "人民政府",
    "政府",
    "管委会",
    "管理委员会",
    "委员会",
    "办事处",
    "党委",
    "党工委",
];

/// Endings of a company's name; a company written before a project is its owner.
pub const COMPANY_ENDINGS: &[&str] = &[
    "有限责任公司",
    "股份有限公司",
    "有限公司",
    "股份公司",
    "集团公司",
    "集团",
    "公司",
    "合作社",
];

/// Nouns a company or project name without 项目 typically ends with ("万鹏建材").
pub const INDUSTRY_ENDINGS: &[&str] = &[
    "机械",
    "建材",
    "材料",
    "科技",
    "电子",
    "电气",
    "精密",
    "食品",
    "木业",
    "化工",
    "纺织",
    "服饰",
    "光伏",
    "能源",
    "生物",
    "医药",
    "制药",
    "药业",
    "汽车",
    "物流",
    "钢铁",
    "钢构",
    "装备",
    "重工",
    "包装",
    "塑业",
    "塑胶",
    "环保",
    "智能",
    "智造",
    "实业",
    "集团",
    "股份",
    "公司",
    "制造",
    "家居",
    "家具",
    "电器",
    "设备",
    "器械",
    "仪器",
    "五金",
    "金属",
    "模具",
    "橡胶",
    "玻璃",
    "陶瓷",
    "纸业",
    "印务",
    "印刷",
    "服装",
    "鞋业",
    "皮革",
    "乳业",
    "酒业",
    "茶业",
    "牧业",
    "渔业",
    "水产",
    "菇业",
    "置业",
    "风电",
    "液压",
    "船舶",
    "电缆",
    "线缆",
    "动力",
    "传动",
    "新材",
    "半导体",
    "芯片",
    "锂电",
    "储能",
    "光电",
    "纺机",
    "轴承",
    "铸造",
    "锻造",
    "钢结构",
    "厂区",
    "新厂区",
    "车间",
    "生产线",
];

/// Nouns a project's name may end with when it is written without 项目 ("…雨水管改造",
/// "…物流中心").
pub const PROJECT_NOUN_ENDINGS: &[&str] = &[
    "改造",
    "建设",
    "扩建",
    "新建",
    "工程",
    "路",
    "道路",
    "大道",
    "公路",
    "桥",
    "大桥",
    "隧道",
    "管网",
    "厂",
    "厂区",
    "中心",
    "园",
    "产业园",
    "基地",
    "站",
    "电站",
    "馆",
    "场",
    "广场",
    "公园",
    "小区",
    "学校",
    "小学",
    "中学",
    "幼儿园",
    "医院",
    "综合体",
    "市场",
    "大厦",
    "酒店",
    "仓库",
    "冷库",
    "码头",
    "水库",
    "泵站",
    "生产线",
    "车间",
    "谷",
    "农场",
    "牧场",
    "养殖场",
    "加工",
    "制造",
    "生产",
    "物流",
];

/// Facilities that, named, stand for a project as the subject of a status verb
/// ("县人民医院新院区正在加紧施工", "滨江大桥已建成通车").
pub const FACILITY_ENDINGS: &[&str] = &[
    "商城",
    "厂",
    "产业园",
    "物流园",
    "科技园",
    "综合体",
    "医院",
    "院区",
    "学校",
    "小学",
    "中学",
    "幼儿园",
    "中心",
    "广场",
    "大桥",
    "公路",
    "大道",
    "隧道",
    "电站",
    "基地",
    "生产线",
    "市场",
    "大厦",
    "酒店",
    "码头",
    "水库",
    "公园",
];

/// Endings of a kind of funding ("专项债券项目", "以奖代补资金项目"): a way projects are paid
/// for, not a project.
pub const FUNDING_ENDINGS: &[&str] = &[
    "债券",
    "专项债",
    "资金",
    "基金",
    "贷款",
    "补助",
    "补贴",
    "奖补",
];

/// Endings of events, which the articles sometimes call 项目 but are not projects.
pub const EVENT_ENDINGS: &[&str] = &[
    "节",
    "赛",
    "大赛",
    "马拉松",
    "活动",
    "会议",
    "论坛",
    "展会",
    "博览会",
    "峰会",
    "年会",
    "晚会",
    "演出",
];

/// Facility nouns a list of names can share ("滨江、临港两个产业园"): a list whose count is
/// followed by one of them names one facility per item.
pub const DISTRIBUTED_NOUNS: &[&str] = &[
    "产业园",
    "物流园",
    "科技园",
    "工业园",
    "园区",
    "小区",
    "综合体",
    "医院",
    "学校",
    "中心",
    "广场",
    "大桥",
    "公路",
    "电站",
    "基地",
    "市场",
    "公园",
    "水库",
    "码头",
];

/// The last characters of the short facilities that are parts of one project when listed
/// after a named facility ("A饲料厂、孵化场、育雏场"): 场, 厂, 站, 库, 池, 馆, 房, 线.
pub const FACILITY_PART_ENDS: &[char] = &['场', '厂', '站', '库', '池', '馆', '房', '线'];

/// Activities that, bare after 、, are the second part of one name ("茶叶种植、加工项目"), not a
/// project of their own.
pub const JOINED_ACTIVITIES: &[&str] = &[
    "生产",
    "加工",
    "销售",
    "研发",
    "种植",
    "养殖",
    "仓储",
    "制造",
    "包装",
    "配送",
    "冷藏",
    "深加工",
];

/// Endings of documents: a bare "名称:" label whose value ends in one ("…建设情况", "…通知")
/// is a page's metadata, not a project.
pub const DOCUMENT_ENDINGS: &[&str] = &[
    "情况", "通知", "公告", "公示", "报告", "意见", "办法", "方案", "决定", "通报", "总结", "批复",
];
