//! The closed word classes the recognisers use, in Simplified Chinese: what may stand at the
//! edge of a name, what makes a name generic, and which nouns end a company's name. These are
//! grammar words of the genre, never names of particular projects or places.

use std::sync::LazyLock;

use aho_corasick::{
    AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Anchored, Input, MatchKind, StartKind,
};

/// Words a project name never runs across: when one ends right before the name, the name
/// starts there. Particles, enumerators, verbs that take projects as objects, time words.
pub const NAME_BOUNDARIES: &[&str] = &[
    "的",
    "对",
    "把",
    "将",
    "在",
    "于",
    "是",
    "为",
    "以",
    "和",
    "与",
    "以及",
    "受",
    "或",
    "等",
    "由",
    "向",
    "从",
    "让",
    "即",
    "了",
    "着",
    "被",
    "给",
    "也有",
    "还有",
    "共有",
    "拥有",
    "另有",
    "并且",
    "新上",
    "包括",
    "分别为",
    "分别是",
    "依次是",
    "依次为",
    "主要有",
    "其中",
    "一是",
    "二是",
    "三是",
    "四是",
    "其一是",
    "另一个是",
    "推动",
    "推进",
    "加快",
    "加紧",
    "抓紧",
    "启动",
    "实施",
    "开工",
    "签约",
    "落户",
    "引进",
    "招引",
    "引入",
    "对接",
    "洽谈",
    "服务",
    "保障",
    "负责",
    "打造",
    "确定",
    "谋划",
    "储备",
    "争取",
    "力争",
    "确保",
    "完成",
    "察看",
    "查看",
    "视察",
    "调研",
    "走访",
    "考察",
    "参观",
    "来到",
    "走进",
    "围绕",
    "聚焦",
    "依托",
    "助推",
    "带动",
    "支持",
    "加强",
    "做好",
    "抓好",
    "紧盯",
    "盯住",
    "举行",
    "举办",
    "开展",
    "成立",
    "建成",
    "投产",
    "竣工",
    "签订",
    "落地",
    "引领",
    "坚持",
    "推出",
    "集中",
    "亮相",
    "涉及",
    "投资",
    "投入",
    "投建",
    "开发",
    "今年",
    "去年",
    "上年",
    "当年",
    "明年",
    "目前",
    "当前",
    "近日",
    "日前",
    "此次",
    "本次",
    "本轮",
    "首批",
    "同时",
    "此外",
    "这些",
    "该",
    "这个",
    "各",
    "所有",
    "其他",
    "一批",
    "多个",
    "通过",
    "经过",
    "作为",
    "关于",
    "针对",
    "按照",
    "根据",
    "加速",
    "全力",
    "全面",
    "积极",
    "主动",
    "大力",
    "着力",
    "努力",
    "优化",
    "提升",
    "促进",
    "实现",
    "形成",
    "培育",
    "建立",
    "挂钩",
    "带队",
    "赴",
    "到",
    "宣布",
    "并",
    "察看了",
    "查看了",
    "预计",
    "计划",
    "预期",
    "有望",
    "力求",
    "将于",
    "拟",
    "涵盖",
    "包含",
    "内容",
    "掀起",
    "迎来",
    "抢抓",
    "开启",
    "打响",
    "吹响",
    "跑出",
    "按下",
    "跑好",
    "抓实",
    "抓牢",
    "狠抓",
    "比拼",
    "冲刺",
    "深入",
    "解决",
    "协调",
    "实行",
    "继续",
    "强化",
    "加大",
    "做实",
];

/// Words that, alone or together, make a candidate name generic ("重大", "在手在谈优质",
/// "民生实事重点", "亿元以上"): such a candidate is not a project.
pub const GENERIC_WORDS: &[&str] = &[
    "重大",
    "重点",
    "优质",
    "在手",
    "在谈",
    "在建",
    "续建",
    "新建",
    "新开工",
    "开工",
    "签约",
    "新签约",
    "竣工",
    "投产",
    "工业",
    "产业",
    "城建",
    "民生",
    "实事",
    "招商",
    "引资",
    "共享",
    "园区",
    "服务业",
    "基础设施",
    "配合",
    "配套",
    "亿元",
    "万元",
    "以上",
    "大",
    "好",
    "新",
    "老",
    "该",
    "这",
    "此",
    "这些",
    "各",
    "所有",
    "全部",
    "其他",
    "其它",
    "各类",
    "一批",
    "个",
    "类",
    "制造业",
    "农业",
    "社会事业",
    "政府投资",
    "省级",
    "市级",
    "县级",
    "镇级",
    "当年",
    "今年",
    "年度",
    "此次",
    "本次",
    "首批",
    "第二批",
    "第三批",
    "集中",
    "备选",
    "合同",
    "储备",
    "预备",
    "后备",
    "谋划",
    "前期",
    "待建",
    "意向",
    "洽谈",
    "对接",
    "落地",
    "入库",
    "总",
    "上",
    "建设",
    "实施",
    "推进",
    "城市",
    "乡村",
    "振兴",
    "社会",
    "公益",
    "文旅",
    "旅游",
    "商贸",
    "现代",
    "服务",
    "政府",
    "企业",
    "招引",
    "引进",
    "外资",
    "内资",
    "市场",
    "主体",
    "大型",
    "小型",
    "中型",
    "示范",
    "亿元级",
    "单体",
    "单个",
    "同类",
    "相关",
    "一般",
    "城乡",
    "基建",
    "生产",
    "生产性",
    "投资",
    "高质量",
    "质量",
    "科技",
    "创新",
    "攻坚",
    "山区",
    "主体工程",
    "有",
    "的",
    "和",
    "等",
    "多",
    "余",
    "亿",
    "万",
    "元",
    "百",
    "千",
    "十",
    "签约类",
    "开工类",
    "第一批",
    "本土",
    "外地",
    "优势",
    "特色",
    "龙头",
    "支撑",
    "标志性",
    "牵引性",
    "关键",
    "首个",
    "第一个",
    "惠民",
    "好项目",
    "大项目",
    "中",
    "小",
    "批",
    "件",
    "项",
    "手头",
    "手上",
    "存量",
    "增量",
    "储备库",
    "基础",
    "工程",
    "全部",
    "一期",
    "二期",
    "三期",
    "水利",
    "交通",
    "教育",
    "卫生",
    "医疗",
    "养老",
    "技改",
    "PPP",
    "专项债",
    "债券",
    "预算内",
    "中央",
    "省",
    "市",
    "县",
    "镇",
    "乡",
    "村",
    "上级",
    "民营",
    "国企",
    "新基建",
    "补短板",
    "亮化",
    "绿化",
    "美化",
    "净化",
    "民心",
    "提升",
    "一号",
    "十大",
    "五大",
    "三大",
    "四大",
    "城区",
    "农村",
    "产业化",
    "数字化",
    "智能化",
    "改造",
    "型",
    "级",
    "化",
    "好的",
    "优",
    "强",
    "链",
    "链主",
    "头部",
    "骨干",
    "规上",
    "规模",
    "以下",
    "以内",
    "左右",
    "上述",
    "以上这些",
    "其余",
    "剩余",
    "若干",
    "部分",
    "最大",
    "最小",
    "唯一",
    "首家",
    "桩基",
    "土方",
    "场地",
    "平整",
    "附属",
    "室外",
    "装修",
    "内部",
    "水电",
    "道路",
    "管网",
    "厂房",
    "设备",
    "钢结构",
    "地基",
    "围墙",
    "外立面",
    "配套设施",
];

/// Modifiers that cannot end a project's name: a candidate ending in one ("匹配优质",
/// "山区民生") names a kind of project, not a project.
pub const GENERIC_TAILS: &[&str] = &[
    "优质", "重大", "重点", "在建", "续建", "签约", "开工", "在谈", "在手", "实事", "民生", "招商",
    "共享", "储备", "预备", "后备", "备选", "亿元", "万元", "以上", "同类", "相关", "其他", "所有",
    "这些", "该", "类", "型", "级",
];

/// Verbs that may end a project's name ("旅游开发项目"): right before the head they do not
/// cut the name.
pub const NAME_FINAL_VERBS: &[&str] = &[
    "开发", "服务", "保障", "提升", "培育", "打造", "投资", "建设",
];

/// Action words that do not make a name on their own: "公司扩建" keeps the company in the
/// name instead of splitting it off as the owner.
pub const BARE_ACTIONS: &[&str] = &[
    "扩建",
    "改造",
    "技改",
    "建设",
    "新建",
    "搬迁",
    "升级",
    "扩能",
    "技术改造",
    "改扩建",
];

/// Words that show a candidate is about work or policy rather than a project ("党建引领").
pub const ABSTRACT_WORDS: &[&str] = &[
    "党建",
    "作风",
    "营商",
    "机制",
    "制度",
    "工作",
    "队伍",
    "干部",
    "责任",
    "清单",
    "要素",
    "保障",
    "政策",
    "理念",
    "精神",
    "活动",
    "会议",
    "问题",
    "困难",
    "需求",
    "服务专班",
    "专班",
    "全周期",
    "全生命",
    "考核",
    "督查",
    "督促",
    "调度",
    "效率",
    "氛围",
    "意识",
    "领导",
    "书记",
    "部门",
    "群众",
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

/// Words whose position right after 项目 shows the word is used as a modifier ("项目建设",
/// "项目推进"), not as the head of a named project.
pub const HEAD_AS_MODIFIER: &[&str] = &[
    "建设", "推进", "招引", "服务", "责任", "管理", "工作", "一线", "资金", "用地", "清单", "制度",
    "审批", "落地", "招商", "引进", "谋划", "储备", "投资", "化", "库", "单位", "方", "部", "组",
    "办",
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

/// Nouns that head a project mention ("X项目", "X工程", "X基地").
pub const HEADS: [&str; 3] = ["项目", "工程", "基地"];

/// Heads that name the kind of thing rather than the thing: dropped before a name is judged.
pub const KIND_HEADS: [&str; 2] = ["项目", "工程"];

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

/// Words that open an enumeration of projects named before or after.
pub const ENUMERATORS: &[&str] = &[
    "其一是",
    "其二是",
    "另一个是",
    "另一是",
    "一是",
    "二是",
    "三是",
    "其一",
    "其中",
    "具体为",
    "具体是",
    "具体包括",
    "分别是",
    "分别为",
    "包括",
    "主要有",
    "主要包括",
];

/// Demonstratives that may open a sentence about projects named before ("这3个项目", "上述项目").
pub const DEMONSTRATIVES: &[&str] = &["这些", "这", "此次", "此", "上述", "以上", "该批"];

/// Copulas after a subject that the rest of the sentence lists or defines.
pub const COPULAS: &[&str] = &["是", "为", "有", "包括", "即"];

/// Phrases that refer back to a project named before.
pub const REFERRING_WORDS: &[&str] = &["该项目", "这个项目", "此项目", "这一项目", "该公司"];

/// Finds [`NAME_BOUNDARIES`] (a DFA: it runs over the whole text).
static BOUNDARY_MATCHER: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::Standard)
        .kind(Some(AhoCorasickKind::DFA))
        .build(NAME_BOUNDARIES)
        .ok()
});

/// Where [`NAME_BOUNDARIES`] words end in a text, found in one pass.
pub struct BoundaryIndex {
    /// Byte length of the longest boundary word ending at each offset (0: none).
    word_end: Vec<u8>,
}

impl BoundaryIndex {
    pub fn new(text: &str) -> Self {
        let mut word_end = vec![0u8; text.len() + 1];
        if let Some(matcher) = BOUNDARY_MATCHER.as_ref() {
            for hit in matcher.find_overlapping_iter(text) {
                let len = u8::try_from(hit.end() - hit.start()).unwrap_or(u8::MAX);
                if let Some(slot) = word_end.get_mut(hit.end()) {
                    *slot = (*slot).max(len);
                }
            }
        }
        BoundaryIndex { word_end }
    }

    /// True when a boundary word ends at byte `at`.
    pub fn ends_at(&self, at: usize) -> bool {
        self.word_end.get(at).is_some_and(|&len| len > 0)
    }
}

/// The characters of the time words and numerals that may open a clause before its subject.
const TIME_CHARS: [char; 51] = [
    '年', '月', '日', '号', '时', '分', '上', '下', '午', '晚', '早', '中', '旬', '初', '底', '季',
    '度', '今', '明', '去', '本', '当', '新', '同', '此', '外', '目', '前', '近', '眼', '连', '来',
    '以', '期', '间', '进', '入', '春', '节', '后', '一', '二', '三', '四', '五', '六', '七', '八',
    '九', '十', '两',
];

/// Time words and numerals that may open a clause before its subject ("今年上半年,", "2月7日下午").
pub fn is_time_char(c: char) -> bool {
    c.is_ascii_digit() || c == ' ' || TIME_CHARS.contains(&c)
}

/// The longest word of `words` (none empty) that `text` ends with. The last bytes are compared
/// first: most words end in another character, and this rules them out at once.
pub fn longest_suffix<'w>(text: &str, words: &[&'w str]) -> Option<&'w str> {
    let last = text.as_bytes().last();
    words
        .iter()
        .copied()
        .filter(|w| w.as_bytes().last() == last && text.ends_with(w))
        .max_by_key(|w| w.len())
}

/// The longest word of `words` that `text` starts with.
pub fn longest_prefix<'w>(text: &str, words: &[&'w str]) -> Option<&'w str> {
    words
        .iter()
        .copied()
        .filter(|w| text.starts_with(w))
        .max_by_key(|w| w.len())
}

/// Finds the generic word a text starts with (a DFA: it runs on every candidate name).
static GENERIC_MATCHER: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        .start_kind(StartKind::Anchored)
        .build(GENERIC_WORDS)
        .ok()
});

static ABSTRACT_MATCHER: LazyLock<Option<AhoCorasick>> =
    LazyLock::new(|| AhoCorasick::new(ABSTRACT_WORDS).ok());

/// The length of the longest generic word `text` starts with.
fn generic_word_len(text: &str) -> Option<usize> {
    let matcher = GENERIC_MATCHER.as_ref()?;
    let hit = matcher.find(Input::new(text).anchored(Anchored::Yes))?;
    Some(hit.end())
}

/// True when `text` holds a word about work or policy rather than a project.
pub fn has_abstract_word(text: &str) -> bool {
    ABSTRACT_MATCHER.as_ref().is_some_and(|m| m.is_match(text))
}

/// True when `text` is made of generic words, digits and numerals only.
pub fn is_generic(text: &str) -> bool {
    let mut rest = text;
    while !rest.is_empty() {
        if let Some(len) = generic_word_len(rest) {
            rest = &rest[len..];
            continue;
        }
        let Some(c) = rest.chars().next() else { break };
        if c.is_ascii_digit()
            || c == '.'
            || crate::grammar::number::is_chinese_numeral(c)
            || !crate::clean::pinyin::is_han(c)
        {
            rest = &rest[c.len_utf8()..];
            continue;
        }
        return false;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generic_names() {
        for text in [
            "重大",
            "在手在谈优质",
            "民生实事重点",
            "亿元以上",
            "5000万元以上",
            "园区共享",
            "招商",
            "亿元工业",
            "3个",
        ] {
            assert!(is_generic(text), "{text}");
        }
        for text in ["惠生海工装备基地", "墨达思", "钢窗", "加油站", "食用菌"] {
            assert!(!is_generic(text), "{text}");
        }
    }

    #[test]
    fn suffixes_and_prefixes_prefer_the_longest_word() {
        assert_eq!(
            longest_suffix("南通千鹤食品有限公司", COMPANY_ENDINGS),
            Some("有限公司")
        );
        assert_eq!(longest_prefix("分别为甲", NAME_BOUNDARIES), Some("分别为"));
    }
}
