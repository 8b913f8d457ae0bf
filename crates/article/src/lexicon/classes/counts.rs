//! Counts and sums: the classifiers that make a count after a numeral, the words of totals and
//! minimums, and the words around a sum of money that say what it is.

/// Classifiers that count projects after a numeral ("3个项目", "5大产业项目", "一批项目").
pub const PROJECT_COUNT_CLASSIFIERS: &[char] = &['个', '批', '项', '大', '家'];

/// Classifiers of any count after a numeral ("6个", "8条", "3座"): a count before a sum makes
/// it an aggregate. Wider than [`PROJECT_COUNT_CLASSIFIERS`]: roads, bridges and schools are
/// counted too.
pub const COUNT_CLASSIFIERS: &[char] = &['个', '批', '项', '件', '家', '大', '条', '座', '所'];

/// Classifiers at which a name growing leftwards stops when a numeral stands before them ("3个",
/// "5大", "4件", "2位"): [`COUNT_CLASSIFIERS`] and 位.
pub const NAME_COUNT_CLASSIFIERS: &[char] =
    &['个', '批', '项', '件', '家', '大', '条', '座', '所', '位'];

/// Words of totals that make a sum cover several projects ("三个项目合计", "均投资").
pub const TOTAL_WORDS: &[&str] = &["合计", "共计", "累计", "总计", "总共", "均"];

/// Words of totals before a count ("共3个项目", "合计5个项目"): the count sums projects named
/// elsewhere, so the list before it is not theirs. Not [`TOTAL_WORDS`]: a count is totalled
/// by 共 but not by 累计 or 均.
pub const COUNT_TOTALS: &[&str] = &["共", "共计", "合计", "总计"];

/// Words of a minimum before a count of projects ("不少于2个", "至少3个").
pub const COUNT_LEADS: &[&str] = &["不少于", "不低于", "至少", "超过", "达到"];

/// Words that put a sum to work ("投资2000万元的…"), longest first: the first that a text ends
/// with is the longest. Fewer than the amount grammar's triggers: these are the ones written
/// before a sum that describes the name after it.
pub const INVESTMENT_VERBS: &[&str] =
    &["计划总投资", "计划投资", "总投资", "拟投资", "投资", "投入"];

/// Qualifiers and links that may open a sum right after 投资 ("投资约2亿元", "投资达5000万元"):
/// 投资 then invests a sum, it is no modifier.
pub const SUM_OPENERS: &[char] = &['约', '达', '近', '超', '逾'];

/// Words right after a sum that make it an investment ("100亿元投资金额").
pub const INVESTMENT_AFTER_SUM: &[&str] = &["投资金额", "投资额", "的投资"];

/// Verbs of achievement before a figure a company reports ("完成产值", "实现营收").
pub const ACHIEVEMENT_VERBS: &[&str] = &["完成", "实现", "达到", "创造"];

/// Words that make a following sum something other than an investment.
pub const NOT_INVESTMENT: &[&str] = &[
    "产值",
    "营收",
    "收入",
    "销售",
    "销售额",
    "利税",
    "税收",
    "创税",
    "纳税",
    "利润",
    "效益",
    "获益",
    "增收",
    "注册资金",
    "注册资本",
    "任务",
    "补助",
    "奖励",
    "融资",
    "贷款",
    "亩均",
    "产量",
    "基金",
    "资产",
    "工资",
    "营业额",
    "出口",
    "进出口",
];

/// Words that may stand between a trigger and its number ("总投资达15.3亿元"); the first that
/// matches is dropped.
pub const MONEY_LINKS: &[&str] = &["达到", "约为", "达", "为", "了", "共", "计"];

/// Words that end in a one-character qualifier of a sum (约, 近) without qualifying it: 签约,
/// 节约, 最近, 附近….
pub const QUALIFIER_HOSTS: &[&str] = &[
    "签约", "制约", "节约", "预约", "合约", "公约", "条约", "相约", "履约", "违约", "特约", "集约",
    "简约", "最近", "就近", "附近", "邻近", "临近", "将近", "接近",
];

/// What may stand between a threshold sum and 项目 in a goal ("亿元以上项目", "亿元的项目").
pub const THRESHOLD_GAPS: &[&str] = &["以上", "的", "以上的"];

/// The characters of 以上 and 的, trimmed from the end of the words before a goal's 项目 to see
/// whether a bare 亿元 stands there ("亿元以上的").
pub const THRESHOLD_TRAIL_CHARS: &[char] = &['以', '上', '的'];
