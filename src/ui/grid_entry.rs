//! The 月报 grid's keyboard and entries: where the cursor is, what the text being typed is,
//! what waits for a yes, how Tab, Enter, arrows, Escape and a pasted column move and commit,
//! and how texts typed become one change (refused when not an amount, held back when
//! doubtful).

use eframe::egui::{self, Key, Ui};

use super::month_entry::{EntryWarning, amount_warnings, parse_wan, pasted_cells, wan_text};
use crate::i18n::Lang;
use crate::intent::{Action, Change, FollowUp, MonthValue};
use crate::model::{Project, ProjectId};

/// The two columns typed into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum EntryColumn {
    Done,
    Image,
}

/// The cell the keyboard is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Cursor {
    pub(super) row: usize,
    pub(super) column: EntryColumn,
}

/// Entries held back by a warning until the user confirms them.
#[derive(Debug, Clone)]
pub(super) struct Pending {
    pub(super) entries: Vec<(ProjectId, MonthValue)>,
    pub(super) warnings: Vec<String>,
    /// Where the cursor goes once they are accepted.
    pub(super) then: Cursor,
    pub(super) at: Cursor,
}

/// The grid's own state: the month shown, the cursor, the entry being typed, what waits.
#[derive(Debug, Clone, Default)]
pub struct GridState {
    /// The year and month shown; today's month until the user picks another.
    pub(super) period: Option<(i32, u32)>,
    pub(super) cursor: Option<Cursor>,
    /// The text being typed into the cursor's cell, and whether its field is new this frame.
    pub(super) editing: Option<(String, bool)>,
    /// Why the text typed cannot be taken.
    pub(super) invalid: Option<String>,
    pub(super) pending: Option<Pending>,
}

impl GridState {
    /// The year and month the grid shows when `today` is today.
    pub fn shown_period(&self, today: chrono::NaiveDate) -> (i32, u32) {
        use chrono::Datelike;
        self.period.unwrap_or((today.year(), today.month()))
    }

    /// Starts editing the cursor's cell with `text`.
    pub(super) fn begin(&mut self, text: String) {
        self.editing = Some((text, true));
        self.invalid = None;
    }
}

/// One row's figures for the month, in yuan and percent.
pub(super) struct RowFigures {
    pub(super) planned: Option<i64>,
    pub(super) done: Option<i64>,
    pub(super) through: Option<i64>,
    pub(super) share: Option<f64>,
    pub(super) image: String,
}

pub(super) fn figures(project: &Project, year: i32, month: u32) -> RowFigures {
    let plan = project.plans.year(year);
    let figure = plan.and_then(|plan| plan.months.get(&month));
    RowFigures {
        planned: plan.and_then(|plan| plan.planned_yuan),
        done: figure.and_then(|f| f.done_yuan),
        through: plan.and_then(|plan| plan.done_through(month)),
        share: plan.and_then(|plan| plan.share_of_plan(month)),
        image: figure.map(|f| f.image_progress.clone()).unwrap_or_default(),
    }
}

pub(super) fn cell_text(project: &Project, year: i32, month: u32, column: EntryColumn) -> String {
    let figures = figures(project, year, month);
    match column {
        EntryColumn::Done => figures.done.map(wan_text).unwrap_or_default(),
        EntryColumn::Image => figures.image,
    }
}

pub(super) fn month_change(year: i32, month: u32, entries: Vec<(ProjectId, MonthValue)>) -> Action {
    Action::Change(Change::FollowUp(FollowUp::SetMonth {
        year,
        month,
        entries,
    }))
}

/// The cell after (or before) `cursor` in Tab order: 本月完成 then 形象进度, row by row.
fn tab_from(cursor: Cursor, backwards: bool, rows: usize) -> Cursor {
    match (cursor.column, backwards) {
        (EntryColumn::Done, false) => Cursor {
            column: EntryColumn::Image,
            ..cursor
        },
        (EntryColumn::Image, false) => Cursor {
            row: (cursor.row + 1).min(rows - 1),
            column: if cursor.row + 1 < rows {
                EntryColumn::Done
            } else {
                EntryColumn::Image
            },
        },
        (EntryColumn::Image, true) => Cursor {
            column: EntryColumn::Done,
            ..cursor
        },
        (EntryColumn::Done, true) if cursor.row == 0 => cursor,
        (EntryColumn::Done, true) => Cursor {
            row: cursor.row - 1,
            column: EntryColumn::Image,
        },
    }
}

fn below(cursor: Cursor, rows: usize) -> Cursor {
    Cursor {
        row: (cursor.row + 1).min(rows - 1),
        ..cursor
    }
}

/// What the keys pressed this frame do to the cursor and the entry.
pub(super) fn handle_keys(
    ui: &mut Ui,
    grid: &mut GridState,
    projects: &[&Project],
    (year, month): (i32, u32),
    future: bool,
    lang: Lang,
    actions: &mut Vec<Action>,
) {
    let Some(cursor) = grid.cursor else {
        return;
    };
    let rows = projects.len();
    let (tab, shift, enter, escape) = ui.input(|i| {
        (
            i.key_pressed(Key::Tab),
            i.modifiers.shift,
            i.key_pressed(Key::Enter),
            i.key_pressed(Key::Escape),
        )
    });
    if let Some((text, _)) = &grid.editing {
        if escape {
            grid.editing = None;
            grid.invalid = None;
        } else if tab || enter {
            let next = if tab {
                tab_from(cursor, shift, rows)
            } else {
                below(cursor, rows)
            };
            let text = text.clone();
            commit(
                grid,
                projects,
                cursor,
                next,
                &[text],
                (year, month),
                future,
                lang,
                actions,
            );
        }
        return;
    }
    let (arrow, typed, pasted, delete) = ui.input(|i| {
        let arrow = [
            (Key::ArrowUp, (-1, 0)),
            (Key::ArrowDown, (1, 0)),
            (Key::ArrowLeft, (0, -1)),
            (Key::ArrowRight, (0, 1)),
        ]
        .into_iter()
        .find(|(key, _)| i.key_pressed(*key))
        .map(|(_, step)| step);
        let mut typed = String::new();
        let mut pasted = None;
        for event in &i.events {
            match event {
                egui::Event::Text(text) => typed.push_str(text),
                egui::Event::Paste(text) => pasted = Some(text.clone()),
                _ => {}
            }
        }
        (arrow, typed, pasted, i.key_pressed(Key::Delete))
    });
    if let Some(text) = pasted {
        let cells = pasted_cells(&text);
        if !cells.is_empty() {
            let last = (cursor.row + cells.len() - 1).min(rows - 1);
            let next = below(
                Cursor {
                    row: last,
                    ..cursor
                },
                rows,
            );
            commit(
                grid,
                projects,
                cursor,
                next,
                &cells,
                (year, month),
                future,
                lang,
                actions,
            );
        }
    } else if tab {
        grid.cursor = Some(tab_from(cursor, shift, rows));
    } else if enter || ui.input(|i| i.key_pressed(Key::F2)) {
        let current = cell_text(projects[cursor.row], year, month, cursor.column);
        grid.begin(current);
    } else if delete {
        commit(
            grid,
            projects,
            cursor,
            cursor,
            &[String::new()],
            (year, month),
            future,
            lang,
            actions,
        );
    } else if !typed.is_empty() {
        grid.begin(typed);
    } else if let Some((down, across)) = arrow {
        let row = cursor.row.saturating_add_signed(down).min(rows - 1);
        let column = match (cursor.column, across) {
            (EntryColumn::Done, 1) => EntryColumn::Image,
            (EntryColumn::Image, -1) => EntryColumn::Done,
            (column, _) => column,
        };
        grid.cursor = Some(Cursor { row, column });
    }
    if escape {
        grid.cursor = None;
    }
}

/// Takes the texts typed or pasted for the cells from `at` downwards: refused when a typed
/// amount is not a number, held back when doubtful, otherwise one change.
#[allow(clippy::too_many_arguments)]
fn commit(
    grid: &mut GridState,
    projects: &[&Project],
    at: Cursor,
    then: Cursor,
    texts: &[String],
    (year, month): (i32, u32),
    future: bool,
    lang: Lang,
    actions: &mut Vec<Action>,
) {
    let mut entries = Vec::new();
    let mut warnings: Vec<String> = Vec::new();
    let single = texts.len() == 1;
    for (offset, text) in texts.iter().enumerate() {
        let Some(project) = projects.get(at.row + offset) else {
            break;
        };
        let mut doubts = Vec::new();
        let value = match at.column {
            EntryColumn::Image => {
                if future && !text.trim().is_empty() {
                    doubts.push(EntryWarning::FutureMonth);
                }
                MonthValue::Image(text.clone())
            }
            EntryColumn::Done if text.trim().is_empty() => MonthValue::Done(None),
            EntryColumn::Done => match parse_wan(text) {
                Some(yuan) => {
                    let total = project.investment.map(|i| i.yuan);
                    doubts = amount_warnings(yuan, total, future);
                    MonthValue::Done(Some(yuan))
                }
                None if single => {
                    grid.invalid = Some(
                        lang.pick("请输入金额(万元)", "Type an amount (10k yuan)")
                            .to_string(),
                    );
                    return;
                }
                None => {
                    warnings.push(format!(
                        "{}:{}",
                        project.name,
                        EntryWarning::NotANumber.text(lang)
                    ));
                    continue;
                }
            },
        };
        warnings.extend(
            doubts
                .into_iter()
                .map(|doubt| format!("{}:{}", project.name, doubt.text(lang))),
        );
        entries.push((project.id, value));
    }
    grid.editing = None;
    grid.invalid = None;
    if warnings.is_empty() {
        if !entries.is_empty() {
            actions.push(month_change(year, month, entries));
        }
        grid.cursor = Some(then);
    } else {
        grid.pending = Some(Pending {
            entries,
            warnings,
            then,
            at,
        });
        grid.cursor = Some(at);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tab_walks_the_two_entry_columns_row_by_row() {
        let at = |row, column| Cursor { row, column };
        use EntryColumn::{Done, Image};
        assert_eq!(tab_from(at(0, Done), false, 3), at(0, Image));
        assert_eq!(tab_from(at(0, Image), false, 3), at(1, Done));
        assert_eq!(
            tab_from(at(2, Image), false, 3),
            at(2, Image),
            "stays at the end"
        );
        assert_eq!(tab_from(at(1, Done), true, 3), at(0, Image));
        assert_eq!(
            tab_from(at(0, Done), true, 3),
            at(0, Done),
            "stays at the start"
        );
        assert_eq!(below(at(2, Done), 3), at(2, Done));
    }
}
