//! Lists and references: the separators of written lists, the words that open, announce or
//! enumerate a list of projects, the copulas before one, and the words that refer back to a
//! project named before.

/// The characters that split a written list into its items ("A、B和C").
pub const LIST_SEPARATOR_CHARS: &[char] = &['、', '和'];

/// Separators between the items a name growing leftwards must not run across ("A、B", "A以及B").
/// Not 及, which joins the parts of one name ("研发及生产基地"); see [`JOINING_WORDS`].
pub const ITEM_SEPARATORS: &[&str] = &["、", "以及", "和", "与"];

/// Words that, alone between two mentions, join them into one list that shares what follows
/// ("A项目、B公司投资2亿元的C项目及D项目,也已…"). Wider than [`ITEM_SEPARATORS`]: between two
/// whole mentions 及 joins items too.
pub const JOINING_WORDS: &[&str] = &["、", "和", "与", "及", "以及"];

/// Words that open an enumeration of projects named before or after: a sentence that opens
/// with one (after any demonstrative) names the projects a sentence before it counted.
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

/// Ordinals that open one item of an enumeration ("一是A改造、B改造", "另一个是C公司"): the
/// clause after one names projects without a head. Not all of [`ENUMERATORS`]: 其中, 包括 and
/// 分别为 open lists the other passes read.
pub const ORDINAL_ENUMERATORS: &[&str] = &[
    "一是",
    "二是",
    "三是",
    "四是",
    "五是",
    "其一是",
    "其二是",
    "另一个是",
    "另一是",
    "其三是",
];

/// The characters of 分别 and 主要 between a counted subject and its copula ("这3个项目分别为",
/// "上述项目主要有"), trimmed as characters.
pub const ENUMERATION_FILLER_CHARS: &[char] = &['分', '别', '主', '要'];

/// Words that open the list of projects a generic head announced ("项目3个,分别为A、B和C",
/// "在谈项目有A、B").
pub const LIST_OPENERS: &[&str] = &[
    "分别为",
    "分别是",
    "依次为",
    "依次是",
    "主要有",
    "包括",
    "也有",
    "有",
    "即",
];

/// The loose [`LIST_OPENERS`]: after one only a list of two or more items counts.
pub const LOOSE_LIST_OPENERS: &[&str] = &["有", "也有", "即"];

/// Demonstratives that may open a sentence about projects named before ("这3个项目", "上述项目").
pub const DEMONSTRATIVES: &[&str] = &["这些", "这", "此次", "此", "上述", "以上", "该批"];

/// Copulas after a subject that the rest of the sentence lists or defines.
pub const COPULAS: &[&str] = &["是", "为", "有", "包括", "即"];

/// Copulas after a status word and 的 ("续建的是…", "新开工的有…") that announce the projects
/// after them. Fewer than [`COPULAS`]: "签约的包括" is not said.
pub const COPULAS_AFTER_DE: &[&str] = &["是", "为", "有"];

/// Phrases that refer back to a project named before.
pub const REFERRING_WORDS: &[&str] = &["该项目", "这个项目", "此项目", "这一项目", "该公司"];

/// Words right before 项目 that make it refer back ("该项目", "两项目", "各项目") rather than
/// name other projects.
pub const BACK_REFERRING_LEADS: &[&str] = &["该", "此", "这", "两", "各"];
