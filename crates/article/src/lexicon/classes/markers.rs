//! Markers: words that open an enumeration, refer back to a project, or stand for the time
//! at the head of a clause.

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

/// The characters of the time words and numerals that may open a clause before its subject.
pub const TIME_CHARS: [char; 51] = [
    '年', '月', '日', '号', '时', '分', '上', '下', '午', '晚', '早', '中', '旬', '初', '底', '季',
    '度', '今', '明', '去', '本', '当', '新', '同', '此', '外', '目', '前', '近', '眼', '连', '来',
    '以', '期', '间', '进', '入', '春', '节', '后', '一', '二', '三', '四', '五', '六', '七', '八',
    '九', '十', '两',
];
