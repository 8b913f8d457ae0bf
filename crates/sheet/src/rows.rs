//! What each row below the header is: a project, or one of the rows a 推进表 mixes in —
//! a repeated header, a subtotal (小计/合计/总计/汇总 in the name or 序号 cell, maybe
//! with its unit: "东岭镇小计"), a section row ("一、东岭镇", "二、续建项目", or a row
//! holding only a unit-like name), a note ("填表人：…"), or a row without a project name.

use crate::category::Category;
use crate::decimal::half_width;
use crate::grid::Cell;
use crate::header::distinct_texts;

const SUBTOTAL_WORDS: [&str; 4] = ["小计", "合计", "总计", "汇总"];
const NOTE_PREFIXES: [&str; 10] = [
    "填表人",
    "填报人",
    "审核人",
    "制表",
    "联系人",
    "联系电话",
    "注:",
    "说明",
    "备注:",
    "填报日期",
];
const UNIT_SUFFIXES: [&str; 12] = [
    "镇",
    "乡",
    "街道",
    "区",
    "园",
    "开发区",
    "管委会",
    "片区",
    "办事处",
    "新城",
    "板块",
    "社区",
];

/// Why a row below the header is not a project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkipReason {
    /// The header again (sheets printed over several pages repeat it).
    RepeatedHeader,
    /// A subtotal or total row, with the unit it names if any ("东岭镇小计").
    Subtotal {
        /// The unit named in the row.
        unit: Option<String>,
    },
    /// A section row naming the unit of the rows below ("一、东岭镇").
    UnitSection {
        /// The unit named.
        unit: String,
    },
    /// A section row naming the category of the rows below ("一、新开工项目").
    CategorySection {
        /// The category named.
        category: Category,
    },
    /// A note: who filled the form in, a phone number, an explanation.
    Note,
    /// A row of text only that is neither a section nor a note.
    TextOnly,
    /// A row with values but no project name.
    NoProjectName,
}

/// What a row is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum RowKind {
    Blank,
    Project,
    Skipped(SkipReason),
}

/// Where the serial number and the project name are.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct KeyColumns {
    pub serial: Option<usize>,
    pub name: Option<usize>,
}

/// What the row is, given the key columns and the header texts.
pub(crate) fn classify(row: &[Cell], keys: KeyColumns, header_texts: &[String]) -> RowKind {
    let texts = distinct_texts(row);
    let Some(first_text) = texts.first() else {
        return RowKind::Blank;
    };
    let cell_text = |column: Option<usize>| {
        column
            .and_then(|column| row.get(column))
            .map(|cell| half_width(&cell.text))
            .unwrap_or_default()
    };
    let name = cell_text(keys.name);
    let serial = cell_text(keys.serial);
    let first = half_width(first_text);

    if keys
        .name
        .is_some_and(|column| !name.is_empty() && header_texts.get(column) == Some(&name))
    {
        return RowKind::Skipped(SkipReason::RepeatedHeader);
    }
    if let Some(text) = [&serial, &name, &first]
        .into_iter()
        .find(|text| SUBTOTAL_WORDS.iter().any(|word| text.contains(word)))
    {
        return RowKind::Skipped(SkipReason::Subtotal {
            unit: unit_of_subtotal(text),
        });
    }
    if NOTE_PREFIXES.iter().any(|prefix| first.starts_with(prefix)) {
        return RowKind::Skipped(SkipReason::Note);
    }
    let numbered_section = is_chinese_numeral(&serial) || strip_enumerator(&first).0;
    if numbered_section || texts.len() == 1 {
        let label = if name.is_empty() { &first } else { &name };
        let label = strip_enumerator(label).1;
        return RowKind::Skipped(section_of(label).unwrap_or(SkipReason::TextOnly));
    }
    if !name.chars().any(char::is_alphabetic) {
        return RowKind::Skipped(SkipReason::NoProjectName);
    }
    RowKind::Project
}

fn section_of(label: &str) -> Option<SkipReason> {
    if let Some(category) = Category::named_in(label) {
        return Some(SkipReason::CategorySection { category });
    }
    let unit = without_count(label);
    is_unit_like(unit).then(|| SkipReason::UnitSection {
        unit: unit.to_owned(),
    })
}

fn unit_of_subtotal(text: &str) -> Option<String> {
    let without_word = SUBTOTAL_WORDS
        .iter()
        .fold(text.to_owned(), |text, word| text.replace(word, ""));
    let stripped = strip_enumerator(&without_word).1;
    let unit = match without_count(stripped) {
        "" => stripped,
        rest => rest,
    }
    .trim_matches(|c: char| "()[]【】:：".contains(c));
    is_unit_like(unit).then(|| unit.to_owned())
}

/// Whether a name reads as a town or comparable body.
pub(crate) fn is_unit_like(name: &str) -> bool {
    name.chars().count() >= 2 && UNIT_SUFFIXES.iter().any(|suffix| name.ends_with(suffix))
}

/// The text without a trailing count "(12个)" or "（共5项）".
fn without_count(text: &str) -> &str {
    match text.find('(') {
        Some(at) if text.ends_with(')') => &text[..at],
        _ => text,
    }
}

fn is_chinese_numeral(text: &str) -> bool {
    let text = text.trim_end_matches(['、', '.', ',']);
    !text.is_empty() && text.chars().all(|c| "一二三四五六七八九十".contains(c))
}

/// Whether the text starts with a Chinese enumerator ("一、", "(二)"), and the rest.
fn strip_enumerator(text: &str) -> (bool, &str) {
    let numeral_end = |text: &str| {
        text.char_indices()
            .find(|(_, c)| !"一二三四五六七八九十".contains(*c))
            .map_or(text.len(), |(at, _)| at)
    };
    if let Some(inner) = text.strip_prefix('(') {
        let end = numeral_end(inner);
        if end > 0 && inner[end..].starts_with(')') {
            return (true, &inner[end + 1..]);
        }
    }
    let end = numeral_end(text);
    if end > 0 {
        for separator in ['、', '.', ','] {
            if let Some(rest) = text[end..].strip_prefix(separator) {
                return (true, rest);
            }
        }
    }
    (false, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEYS: KeyColumns = KeyColumns {
        serial: Some(0),
        name: Some(1),
    };

    fn kind(texts: &[&str]) -> RowKind {
        let row: Vec<Cell> = texts.iter().map(|text| Cell::text(*text)).collect();
        let header = [
            "序号".to_owned(),
            "项目名称".to_owned(),
            "总投资".to_owned(),
        ];
        classify(&row, KEYS, &header)
    }

    fn skipped(reason: SkipReason) -> RowKind {
        RowKind::Skipped(reason)
    }

    #[test]
    fn projects_and_blank_rows() {
        assert_eq!(kind(&["1", "星河智造产业园项目", "3000"]), RowKind::Project);
        assert_eq!(kind(&["", " ", ""]), RowKind::Blank);
    }

    #[test]
    fn subtotals_with_and_without_their_unit() {
        let unit = |name: &str| {
            skipped(SkipReason::Subtotal {
                unit: Some(name.to_owned()),
            })
        };
        assert_eq!(kind(&["", "东岭镇小计", "9000"]), unit("东岭镇"));
        assert_eq!(kind(&["", "小  计（青禾街道）", "9000"]), unit("青禾街道"));
        assert_eq!(
            kind(&["合计", "", "18000"]),
            skipped(SkipReason::Subtotal { unit: None })
        );
        assert_eq!(
            kind(&["", "工业项目小计", "1"]),
            skipped(SkipReason::Subtotal { unit: None })
        );
    }

    #[test]
    fn sections_name_a_unit_or_a_category() {
        let unit = skipped(SkipReason::UnitSection {
            unit: "东岭镇".to_owned(),
        });
        assert_eq!(kind(&["一、东岭镇", "", ""]), unit);
        assert_eq!(kind(&["", "东岭镇（3个）", ""]), unit);
        assert_eq!(kind(&["一", "东岭镇", "12000"]), unit);
        assert_eq!(
            kind(&["（二）续建项目", "", ""]),
            skipped(SkipReason::CategorySection {
                category: Category::Continuing
            })
        );
        assert_eq!(kind(&["三、其他", "", ""]), skipped(SkipReason::TextOnly));
    }

    #[test]
    fn notes_headers_and_rows_without_a_name() {
        assert_eq!(
            kind(&["填表人：王某", "", "联系电话：000"]),
            skipped(SkipReason::Note)
        );
        assert_eq!(
            kind(&["序号", "项目名称", "总投资"]),
            skipped(SkipReason::RepeatedHeader)
        );
        assert_eq!(kind(&["1", "2", "3"]), skipped(SkipReason::NoProjectName));
        assert_eq!(kind(&["5", "", "3000"]), skipped(SkipReason::NoProjectName));
    }
}
