//! Markers: the words that make a status a fact or a target, that quote a status, that stand
//! for the time at the head of a clause or for a year, a plan or a deadline, the predicates
//! that show a list or a subject is a project, and the labels of a responsible person.

/// Words that make what follows in their clause a target.
pub const TARGET_MARKERS: [&str; 15] = [
    "力争",
    "确保",
    "计划",
    "争取",
    "预计",
    "预期",
    "有望",
    "力求",
    "拟",
    "将",
    "目标",
    "打算",
    "准备",
    "计划于",
    "期待",
];

/// Words that make what follows a fact.
pub const FACT_MARKERS: [&str; 9] = [
    "已经", "已于", "现已", "均已", "已", "正在", "目前", "去年", "上年",
];

/// Words that open the phrase a status is quoted with ("目前已经…", "新开工").
pub const STATUS_SPAN_MARKERS: &[&str] = &[
    "目前", "正在", "已经", "现已", "均已", "已", "新", "去年", "今年", "集中", "此次", "在手",
];

/// The characters of the time words and numerals that may open a clause before its subject.
pub const TIME_CHARS: [char; 51] = [
    '年', '月', '日', '号', '时', '分', '上', '下', '午', '晚', '早', '中', '旬', '初', '底', '季',
    '度', '今', '明', '去', '本', '当', '新', '同', '此', '外', '目', '前', '近', '眼', '连', '来',
    '以', '期', '间', '进', '入', '春', '节', '后', '一', '二', '三', '四', '五', '六', '七', '八',
    '九', '十', '两',
];

/// Year words that name no period of their own ("当年", "今年"): a date that is only one does
/// not carry a target on to the next clause.
pub const BARE_YEAR_WORDS: &[&str] = &["当年", "今年", "本年", "同年"];

/// Words that put a sum in the current year ("今年投资", "年内投入"): a bare 投资 after one is
/// the year's investment. Not [`BARE_YEAR_WORDS`]: 同年 may be another year, 年内 is this one.
pub const THIS_YEAR_WORDS: &[&str] = &["今年", "当年", "本年", "年内"];

/// Words for last year: 开工 said of last year is building work under way.
pub const LAST_YEAR_WORDS: &[&str] = &["去年", "上年"];

/// Words after "YYYY年" that make it the start of a span reaching back ("2022年以来").
pub const SINCE_WORDS: &[&str] = &["以来", "至今", "起"];

/// Words after 年初 that make it the time a plan was made or a span began ("年初计划竣工13项",
/// "年初以来"), not a due date.
pub const PLANNING_WORDS: &[&str] = &[
    "计划",
    "确定",
    "制定",
    "提出",
    "安排",
    "部署",
    "谋划",
    "梳理",
    "以来",
    "至今",
    "到现在",
];

/// Words after a period that make it a deadline ("3月底前"), longest first: the first that
/// matches is taken.
pub const DEADLINE_WORDS: &[&str] = &["之前", "以前", "前"];

/// Words after "A、B等" that make the list the subject of a status ("…等加快建设").
pub const LIST_PREDICATES: &[&str] = &["加快", "抓紧", "全力", "顺利", "正在", "已"];

/// Words after a company-like subject that make it a project ("C机械完成对接", "D公司新厂区
/// 已开工"), besides the status words.
pub const SUBJECT_PREDICATES: &[&str] = &[
    "完成", "已", "正在", "正式", "将", "也", "顺利", "全面", "力争", "计划",
];

/// Verbs after a list that 对 made their object ("对A、B抓紧推进").
pub const OBJECT_VERBS: &[&str] = &[
    "抓紧", "加快", "全力", "推进", "推动", "进行", "实施", "开展",
];

/// What may follow 工程 or 基地 when it ends a project's name: a list going on, a particle or a
/// predicate ("工程已正式投产", "基地的招商工作", "工程总投资…", "工程计划于…", "基地占地…"),
/// or the site ("工程现场"), besides the status words and a time ("工程3月开工").
pub const NAME_CLOSERS: &[&str] = &[
    "的",
    "等",
    "、",
    "和",
    "及",
    "与",
    "(",
    "已",
    "正在",
    "正式",
    "将",
    "也",
    "顺利",
    "全面",
    "加快",
    "建设",
    "于",
    "在",
    "被",
    "由",
    "总投资",
    "计划",
    "预计",
    "位于",
    "占地",
    "总占地",
    "现场",
];

/// Words between an owner company and its project ("X有限公司投资建设的Y", "X公司的Y"), longest
/// first: the first that matches is taken.
pub const OWNER_LINKS: &[&str] = &[
    "投资建设的",
    "投资兴建的",
    "投资的",
    "投建的",
    "兴建的",
    "建设的",
    "的",
    "投资",
    "投建",
    "新建",
    "建设",
];

/// The field label of a name in a record ("名称:金桥物流园"): a record's lines belong to it.
pub const NAME_LABEL: &str = "名称";

/// The field label of a project's name ("项目名称:金桥物流园"), surer than a bare [`NAME_LABEL`].
pub const PROJECT_NAME_LABEL: &str = "项目名称";

/// The labels that introduce the person answering for a project, longest first.
pub const PERSON_LABELS: [&str; 9] = [
    "项目责任人",
    "挂钩领导",
    "包挂领导",
    "联系领导",
    "责任领导",
    "牵头领导",
    "分管领导",
    "责任人",
    "负责人",
];

/// Words after a label that say what the person does, not who they are ("负责人介绍说",
/// "责任人制度", "负责人为确保工期…").
pub const NOT_A_PERSON: &[&str] = &[
    "介绍", "表示", "说", "制度", "机制", "制", "要", "负责", "落实", "亲自", "带队", "确保",
    "加快", "推进", "多次", "深入", "告诉", "记者",
];
