//! Finding the header: the row among the first thirty whose cells are most often header
//! words and which names a project column; the row above it joins it when it also holds
//! header words (a merged "2025年" over "计划投资" and "1-4月完成"), or the row below when
//! it holds header words and no numbers. Upper and lower texts are joined per column; a
//! group heading left empty to its right (a merged cell saved without its merge) is
//! carried over the columns under it. Rows above are the title and notes.

use crate::amount::MoneyUnit;
use crate::decimal::half_width;
use crate::field::{Field, guess_field};
use crate::grid::{Cell, CellValue, Grid};

const ROWS_SEARCHED: usize = 30;
const MIN_HEADER_WORDS: usize = 2;

/// The header found in a grid.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Header {
    /// The first non-empty row above the header, if any.
    pub title: Option<String>,
    /// The header rows' grid indexes (0-based), one or two.
    pub rows: Vec<usize>,
    /// Each column's header text, upper and lower joined.
    pub texts: Vec<String>,
    /// The unit a "单位：万元" note above the header names.
    pub note_money_unit: Option<MoneyUnit>,
    /// The unit a "填报单位：东岭镇" note above the header names.
    pub reporting_unit: Option<String>,
}

/// The header of a grid, if it has one.
pub(crate) fn find_header(grid: &Grid) -> Option<Header> {
    let searched = &grid.rows[..grid.rows.len().min(ROWS_SEARCHED)];
    let best = searched
        .iter()
        .enumerate()
        .filter(|(_, row)| names_a_project_column(row))
        .map(|(index, row)| (index, header_words(row)))
        .filter(|&(_, words)| words >= MIN_HEADER_WORDS)
        .fold(None, |best: Option<(usize, usize)>, candidate| match best {
            Some(kept) if kept.1 >= candidate.1 => Some(kept),
            _ => Some(candidate),
        })?
        .0;
    let rows = if best > 0 && is_upper_header(&grid.rows[best - 1]) {
        vec![best - 1, best]
    } else if grid
        .rows
        .get(best + 1)
        .is_some_and(|lower| is_lower_header(&grid.rows[best], lower))
    {
        vec![best, best + 1]
    } else {
        vec![best]
    };
    let texts = match rows.as_slice() {
        [upper, lower] => joined_texts(&grid.rows[*upper], &grid.rows[*lower]),
        _ => grid.rows[best].iter().map(header_text).collect(),
    };
    let above = &grid.rows[..rows[0]];
    Some(Header {
        title: title_of(above),
        rows,
        texts,
        note_money_unit: above
            .iter()
            .flatten()
            .find_map(|cell| MoneyUnit::of_unit_note(&cell.text)),
        reporting_unit: above
            .iter()
            .flatten()
            .find_map(|cell| reporting_unit_of(&cell.text)),
    })
}

fn header_text(cell: &Cell) -> String {
    half_width(&cell.text)
}

/// How many distinct cells of the row read as header words (a merged cell counts once).
fn header_words(row: &[Cell]) -> usize {
    distinct_texts(row)
        .iter()
        .filter(|text| guess_field(text).is_some())
        .count()
}

fn names_a_project_column(row: &[Cell]) -> bool {
    row.iter()
        .any(|cell| guess_field(&cell.text).is_some_and(|g| g.field == Field::ProjectName))
}

/// Whether a cell of the row holds a number or date, stored or written as text (CSV).
fn holds_numbers(row: &[Cell]) -> bool {
    row.iter().any(|cell| match cell.value {
        CellValue::Number(_) | CellValue::Date(_) => true,
        CellValue::Text => half_width(&cell.text)
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | '/')),
        CellValue::Empty => false,
    })
}

fn is_upper_header(row: &[Cell]) -> bool {
    !holds_numbers(row) && header_words(row) >= MIN_HEADER_WORDS
}

/// Whether `lower` continues the header `upper`: no numbers, a header word, and nothing
/// in the project name column but the header's own text (a data row has a name there).
fn is_lower_header(upper: &[Cell], lower: &[Cell]) -> bool {
    let name_column = upper
        .iter()
        .position(|cell| guess_field(&cell.text).is_some_and(|g| g.field == Field::ProjectName));
    let name_cell_is_header = name_column.is_none_or(|column| {
        lower
            .get(column)
            .is_none_or(|cell| cell.is_empty() || cell.text == upper[column].text)
    });
    !holds_numbers(lower) && header_words(lower) >= 1 && name_cell_is_header
}

fn joined_texts(upper: &[Cell], lower: &[Cell]) -> Vec<String> {
    let mut group: Option<String> = None;
    upper
        .iter()
        .zip(lower)
        .map(|(upper_cell, lower_cell)| {
            let lower_text = header_text(lower_cell);
            let upper_text = if upper_cell.is_empty() {
                if lower_text.is_empty() {
                    String::new()
                } else {
                    group.clone().unwrap_or_default()
                }
            } else {
                let text = header_text(upper_cell);
                group = (!lower_text.is_empty()).then(|| text.clone());
                text
            };
            if lower_text.is_empty() || lower_text == upper_text {
                upper_text
            } else {
                format!("{upper_text}{lower_text}")
            }
        })
        .collect()
}

/// A row's non-empty texts, trimmed, with a merged cell's copies counted once.
pub(crate) fn distinct_texts(row: &[Cell]) -> Vec<&str> {
    let mut texts: Vec<&str> = Vec::new();
    for cell in row.iter().filter(|cell| !cell.is_empty()) {
        let text = cell.trimmed();
        if !texts.contains(&text) {
            texts.push(text);
        }
    }
    texts
}

fn title_of(above: &[Vec<Cell>]) -> Option<String> {
    above.iter().find_map(|row| {
        let texts: Vec<&str> = distinct_texts(row)
            .into_iter()
            .filter(|text| MoneyUnit::of_unit_note(text).is_none())
            .collect();
        (!texts.is_empty()).then(|| texts.join(" "))
    })
}

fn reporting_unit_of(text: &str) -> Option<String> {
    let text = half_width(text);
    let (_, after) = text.split_once("填报单位")?;
    let name: String = after
        .trim_start_matches([':', '：', '(', ')', '盖', '章'])
        .chars()
        .take_while(|c| !matches!(c, ':' | '：' | '(' | ')') && !c.is_ascii_digit())
        .collect();
    let name = name.trim_end_matches(|c: char| "填报日期时间".contains(c));
    (!name.is_empty()).then(|| name.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(texts: &[&str]) -> Vec<Cell> {
        texts.iter().map(|text| Cell::text(*text)).collect()
    }

    #[test]
    fn one_header_row_under_a_title_and_a_unit_note() {
        let grid = Grid::new(vec![
            row(&["2025年全市重大项目推进表", "", "单位：亿元"]),
            row(&["填报单位：东岭镇", "", ""]),
            row(&["序号", "项目名称", "总投资"]),
            vec![
                Cell::number(1.0),
                Cell::text("星河智造产业园项目"),
                Cell::number(2.0),
            ],
        ]);
        let header = find_header(&grid).unwrap();
        assert_eq!(header.rows, vec![2]);
        assert_eq!(header.title.as_deref(), Some("2025年全市重大项目推进表"));
        assert_eq!(header.texts, vec!["序号", "项目名称", "总投资"]);
        assert_eq!(header.note_money_unit, Some(MoneyUnit::HundredMillionYuan));
        assert_eq!(header.reporting_unit.as_deref(), Some("东岭镇"));
    }

    #[test]
    fn a_group_heading_saved_without_its_merge_is_carried_over_its_columns() {
        let grid = Grid::new(vec![
            row(&["序号", "项目名称", "总投资(万元)", "2025年", "", "备注"]),
            row(&["", "", "", "计划投资", "1-4月完成", ""]),
            row(&["1", "青禾新材料项目", "5000", "2000", "800", ""]),
        ]);
        let header = find_header(&grid).unwrap();
        assert_eq!(header.rows, vec![0, 1]);
        assert_eq!(
            header.texts,
            vec![
                "序号",
                "项目名称",
                "总投资(万元)",
                "2025年计划投资",
                "2025年1-4月完成",
                "备注"
            ]
        );
    }

    #[test]
    fn an_upper_row_of_header_words_joins_the_best_row() {
        let grid = Grid::new(vec![
            row(&["序号", "项目名称", "2025年", "2025年"]),
            row(&["序号", "项目名称", "计划投资", "1-4月完成"]),
        ]);
        let header = find_header(&grid).unwrap();
        assert_eq!(header.rows, vec![0, 1]);
        assert_eq!(header.texts[3], "2025年1-4月完成");
    }

    #[test]
    fn a_data_row_below_is_no_header_and_no_project_column_is_no_header() {
        let grid = Grid::new(vec![
            row(&["序号", "项目名称", "形象进度"]),
            row(&["1", "星河智造产业园项目", "主体施工"]),
        ]);
        assert_eq!(find_header(&grid).unwrap().rows, vec![0]);
        let numbered_columns = Grid::new(vec![
            row(&["序号", "项目名称", "总投资"]),
            row(&["", "", "3"]),
        ]);
        assert_eq!(find_header(&numbered_columns).unwrap().rows, vec![0]);
        let no_project = Grid::new(vec![row(&["序号", "总投资", "备注"])]);
        assert_eq!(find_header(&no_project), None);
    }
}
