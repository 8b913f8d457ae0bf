//! Boundaries and stops: the words a name never runs across, the particles and verbs at its
//! edges, the words 和, 等 and 对 begin or end, and the verbs of a description.

/// Words a project name never runs across: when one ends right before the name, the name
/// starts there. Particles, enumerators, verbs that take projects as objects, time words, a
/// unit named by a pronoun ("该镇", "我县").
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
    "策划",
    "申报",
    "我镇",
    "该镇",
    "本镇",
    "我乡",
    "该乡",
    "本乡",
    "我县",
    "该县",
    "本县",
    "我区",
    "该区",
    "我市",
    "该市",
    "本市",
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

/// Particles that end a name even right before its head: a name growing leftwards stops after
/// one.
pub const NAME_PARTICLES: &[char] = &[
    '的', '等', '和', '与', '或', '是', '为', '对', '把', '将', '在', '于', '了', '着', '被', '给',
    '即', '该', '此', '这', '其',
];

/// Aspect particles: a verb ending in one ("建设了") cannot end a name.
pub const ASPECT_PARTICLES: &[char] = &['着', '了', '过'];

/// One-character verbs whose object is 项目 in the genre's slogans ("抓项目", "靠项目",
/// "招项目", "跑项目"): a candidate ending in one is a verb phrase before the head, not a name.
pub const VERBS_OF_SLOGANS: &[char] = &[
    '抓', '靠', '招', '谋', '跑', '争', '盯', '拼', '抢', '引', '促',
];

/// Words of a period that may open a candidate ("今年…", "年度…"), besides a year written in
/// digits ("2024年"): a candidate opening with one names a year's batch, not one project.
pub const PERIOD_OPENERS: &[&str] = &["今年", "去年", "明年", "当年", "本年", "上年", "年度"];

/// Words that begin with 和 ("和平路", "和谐家园"): a 和 that opens one is part of a name, not a
/// list's "and".
pub const HE_WORDS: &[&str] = &["和平", "和谐", "和美", "和顺", "和畅", "和睦"];

/// Words with 等 inside (高等, 平等, 等级, 等待…): such a 等 closes no list.
pub const DENG_WORDS: &[&str] = &[
    "高等", "平等", "同等", "对等", "均等", "次等", "初等", "中等", "优等", "特等", "上等", "等级",
    "等待", "等离", "等候", "等同", "等于", "等到",
];

/// Words with 对 inside (针对, 面对, 对接…): such a 对 does not make a list its object.
pub const DUI_WORDS: &[&str] = &["针对", "面对", "相对", "绝对", "对接"];

/// Words that start a new phrase after "A、B等" ("…等企业为龙头的丙…", "…等企业后引进丙…"): what
/// follows 等 is then no kind of the listed projects.
pub const PHRASE_OPENERS: &[&str] = &[
    "的", "为", "以", "后", "引进", "考察", "走访", "拜访", "带动", "依托", "围绕", "推动",
];

/// Verbs of building right after a sum ("投资1.8亿元建设民办学校项目"): they say what the money
/// does, and the name starts after them.
pub const BUILDING_VERBS_AFTER_SUM: &[&str] = &["建设", "新建", "实施", "打造"];

/// Modals before a verb of building ("将新建…项目", "拟建设…项目"): the verb then is the
/// predicate, not the start of the name.
pub const MODALS_BEFORE_BUILDING: &[&str] = &["将", "拟", "计划", "要", "准备", "预计"];

/// Verbs of building before an indefinite ("打造一个…的"): what follows describes what will be
/// built, not a named project.
pub const DESCRIPTION_VERBS: &[&str] = &["打造", "建设", "建成", "新建", "规划", "形成"];

/// "一批" right before a name: a batch of a kind ("建设一批人才实训基地"), no one project.
pub const BATCH_OF_KINDS: &str = "一批";

/// Verbs of vision: "打造全省重要的…基地" describes what a place wants to become.
pub const VISION_VERBS: &[&str] = &["打造", "争创", "建设成为", "建成为"];

/// Indefinites after a verb of building ("一个", "一座"): see [`DESCRIPTION_VERBS`].
pub const INDEFINITES: &[&str] = &["一个", "一座", "一处", "一批", "一条"];
