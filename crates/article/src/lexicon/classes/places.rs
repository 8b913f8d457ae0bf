//! Units and places: the suffixes of units and the names before them, the words that make a
//! unit's name generic, cities and the words that are not cities, short names defined for
//! parks, the words of place and location, and the last characters of ranks and zones.

use crate::recognise::unit::UnitLevel;

/// Unit suffixes with the longest name that may stand before them (in characters) and the
/// level of the unit they end.
pub const UNIT_SUFFIXES: [(&str, usize, UnitLevel); 20] = [
    ("经济技术开发区", 6, UnitLevel::Town),
    ("经济开发区", 6, UnitLevel::Town),
    ("高新技术产业开发区", 6, UnitLevel::Town),
    ("高新技术开发区", 6, UnitLevel::Town),
    ("工业集中区", 6, UnitLevel::Town),
    ("工业园区", 6, UnitLevel::Town),
    ("产业园区", 6, UnitLevel::Town),
    ("旅游度假区", 6, UnitLevel::Town),
    ("度假区", 6, UnitLevel::Town),
    ("高新区", 6, UnitLevel::Town),
    ("经开区", 6, UnitLevel::Town),
    ("开发区", 6, UnitLevel::Town),
    ("港区", 4, UnitLevel::Town),
    ("园区", 4, UnitLevel::Town),
    ("新区", 4, UnitLevel::Town),
    ("街道", 4, UnitLevel::Town),
    ("镇", 4, UnitLevel::Town),
    ("乡", 4, UnitLevel::Town),
    ("区", 3, UnitLevel::Town),
    ("县", 4, UnitLevel::County),
];

/// The words of [`UNIT_SUFFIXES`], for the test of the tables.
pub const UNIT_SUFFIX_WORDS: [&str; UNIT_SUFFIXES.len()] = {
    let mut words = [""; UNIT_SUFFIXES.len()];
    let mut index = 0;
    while index < words.len() {
        words[index] = UNIT_SUFFIXES[index].0;
        index += 1;
    }
    words
};

/// Characters a unit's name never runs across (function words, verbs of place and motion).
pub const UNIT_NAME_STOPS: &[char] = &[
    '在', '于', '对', '把', '将', '与', '及', '等', '的', '是', '为', '由', '向', '从', '了', '着',
    '各', '该', '本', '我', '这', '其', '每', '全', '赴', '到', '至', '址', '处', '户', '访', '进',
    '据', '让', '使', '共', '有', '又', '也', '就', '还', '而', '以', '并', '即', '被', '给', '已',
    '抓', '推',
];

/// Whole names (before the suffix) that make a mention generic: 兄弟区镇, 周边乡镇, 示范园区….
pub const GENERIC_NAMES: &[&str] = &[
    "兄弟", "周边", "沿线", "示范", "功能", "商业", "生活", "住宅", "居住", "安置", "工业", "开发",
    "旅游", "城市", "乡村", "农村", "试点", "特色", "园中", "产业", "保税", "施工", "作业", "生产",
    "办公", "服务", "核心", "主城", "老城", "新城", "城乡", "风景", "各个", "所在", "有关", "相关",
    "其他", "其余", "全部", "新型", "乡镇", "镇街", "镇村", "村镇", "城镇", "区镇", "园区", "街镇",
    "各镇", "全县", "自然", "保护",
];

/// Verbs that stand before a general 园区 or 区镇 ("畅通园区企业", "强化区镇干部"): a name
/// ending in one is no unit, and a name never reaches back over one ("贯穿滨江开发工业园区").
pub const VERBS_BEFORE_ZONES: &[&str] = &[
    "强化", "畅通", "帮助", "服务", "支持", "推动", "推进", "建设", "打造", "做强", "做大", "壮大",
    "优化", "提升", "引导", "助力", "入驻", "进驻", "落户", "走进", "深入", "全力", "加快", "整合",
    "管理", "发展", "鼓励", "带动", "完善", "贯穿", "进入", "覆盖", "辐射", "连接", "打通", "提高",
    "融入", "依托", "谋划", "规划", "布局", "统筹", "围绕", "聚焦", "对接", "扶持", "盘活", "激活",
    "做优", "做实", "建好", "管好", "用好",
];

/// Endings that make a zone's name a kind of zone, however it begins ("…产业示范区",
/// "…生活服务区"). Not all of [`GENERIC_NAMES`]: a real zone's name may end in 工业, 开发 or 旅游
/// ("张江工业区"), and those only make a name generic when they are all of it.
pub const GENERIC_ZONE_ENDINGS: &[&str] = &[
    "示范", "产业", "功能", "生活", "商业", "住宅", "居住", "安置", "施工", "作业", "生产", "办公",
    "服务", "核心", "贸易",
];

/// Last characters of a name that make "…区" generic (小区, 社区, 城区, 景区, 片区, 厂区,
/// 仓储区, 门诊区, 停车区, 休闲区…).
pub const GENERIC_BEFORE_QU: &[char] = &[
    '小', '社', '城', '景', '片', '厂', '库', '矿', '校', '辖', '山', '地', '园', '郊', '灾', '牧',
    '街', '市', '老', '全', '该', '本', '各', '两', '三', '四', '多', '每', '分', '护', '务', '能',
    '活', '业', '展', '验', '览', '住', '宅', '储', '诊', '车', '闲',
];

/// Last characters of a name that make "…镇" or "…乡" generic (集镇, 村镇, 小镇, 重镇…).
pub const GENERIC_BEFORE_ZHEN: &[char] = &[
    '集', '村', '小', '乡', '重', '强', '名', '古', '全', '该', '本', '各', '两', '三', '四', '多',
    '每',
];

/// Words that begin with the character of a unit suffix ("乡村", "乡镇", "区域"): a 乡 or 区
/// that opens one closes no unit's name.
pub const WORDS_OPENED_BY_SUFFIX: &[&str] = &[
    "乡村", "乡镇", "乡亲", "乡土", "乡愁", "乡贤", "区域", "区别", "区位", "区间", "区分", "区划",
];

/// Ranks above a district ("南昌市青山湖区"): a district's name that took all the characters
/// it may is whole when one stands before it.
pub const HIGHER_RANKS: &[char] = &['省', '市', '州', '县'];

/// Two-character names before 市 that are words, not cities (城市, 超市, 上市…).
pub const NOT_CITIES: &[&str] = &[
    "城市", "超市", "上市", "夜市", "都市", "门市", "股市", "楼市", "菜市", "集市", "开市", "省市",
    "县市", "入市", "闹市", "互市", "街市", "早市", "花市", "车市", "房市", "书市", "灯市", "罢市",
    "年市", "墟市", "牛市", "熊市", "城乡",
];

/// Characters after "X市" that make it part of a longer word or unit ("市镇", "市委", "市长",
/// "市直属"): no acting city.
pub const CITY_RUN_ONS: &[char] = &[
    '镇', '乡', '区', '县', '场', '民', '委', '长', '政', '级', '直', '属',
];

/// Words for the city an article speaks from, before a unit's name ("我市龙潭镇"): the name
/// starts after them.
pub const CITY_LEADS: &[&str] = &["我市", "全市", "本市", "该市", "市"];

/// How an article defines a short name for a place: "甲国家级产业合作区临川产业园(下称:临川
/// 产业园)", "(以下简称“甲园区”)".
pub const SHORT_NAME_OPENERS: [&str; 4] = ["(以下简称", "(下称", "(简称", "(以下称"];

/// Ends of a short name that make it a place (a park, zone or port), not a project.
pub const PLACE_ENDS: [char; 3] = ['园', '区', '港'];

/// Words of place and ranks that, right after a township's short form, make another place of it
/// or write the full name ("金马湖", "金马路", "金马镇" where the recognisers found no unit): the
/// stem is then no short form.
pub const LANDMARK_ENDS: &[char] = &[
    '湖', '河', '江', '溪', '湾', '山', '岭', '岛', '路', '街', '村', '桥', '园', '区', '港', '城',
    '镇', '乡', '县', '市',
];

/// The last characters of 项目, 公司 and 集团: a short name defined right after one is a
/// project's or company's, not a place's.
pub const PROJECT_OR_COMPANY_ENDS: &[char] = &['目', '司', '团'];

/// Words of place right before a zone named by its kind alone ("位于高新区", "落户开发区"):
/// the zone is then the local one.
pub const LOCATED_HERE_WORDS: &[&str] = &[
    "位于",
    "落户",
    "落户在",
    "落户于",
    "坐落于",
    "地处",
    "入驻",
    "进驻",
];

/// Words before a unit in its clause that make it an actor: prepositions and verbs of place
/// and motion ("在", "位于", "选址", "来到") and the city an article speaks from.
pub const ACTOR_LEADS: &[&str] = &[
    "在",
    "于",
    "位于",
    "选址",
    "地处",
    "落户",
    "来到",
    "走进",
    "深入",
    "坐落在",
    "落户我市",
    "我市",
    "全市",
    "即",
];

/// Words that say where a project is ("选址", "位于"): a unit after one is the project's.
pub const LOCATION_WORDS: [&str; 9] = [
    "位于",
    "选址",
    "地处",
    "坐落于",
    "坐落在",
    "落户",
    "落地",
    "建于",
    "在",
];

/// Last characters of administrative units (镇, 乡, 县, 区, 街道): a project's name that is
/// such a unit and at most a character more is the unit's projects; a name that drops one with
/// the words before it is the same project.
pub const ADMINISTRATIVE_ENDS: &[char] = &['镇', '乡', '县', '区', '道'];

/// Last characters of place names: a short name ending in one ("镇原县") is only a place.
pub const PLACE_NAME_ENDS: &[char] = &['县', '镇', '乡', '区', '市'];

/// Ends of a county-level unit: a unit of the ledger ending in one is a county.
pub const COUNTY_LEVEL_ENDS: &[char] = &['县', '市'];

/// Ranks of counties and cities (县, 旗, 区, 市): a unit ending in one is a county, and a name
/// without one is its short form ("句容市" → "句容").
pub const RANK_ENDS: &[char] = &['县', '旗', '区', '市'];

/// Unit endings that name townships of the gazetteer.
pub const TOWNSHIP_SUFFIXES: [&str; 3] = ["街道", "镇", "乡"];

/// Ends of units that are not townships (zones, counties, cities, parks, ports): such a unit's
/// name must read as a noun phrase.
pub const NON_TOWNSHIP_ENDS: &[char] = &['区', '县', '市', '园', '港'];

/// Endings of zones and parks, which the gazetteer does not hold.
pub const ZONE_ENDINGS: [&str; 9] = [
    "开发区",
    "园区",
    "高新区",
    "度假区",
    "港区",
    "新区",
    "产业园",
    "集中区",
    "园",
];
