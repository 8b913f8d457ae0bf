//! The 推进表's columns as offices print them: each a [`ColumnSpec`] and a function giving a
//! project's cell. A new column (建设单位, 本月完成 …) is one more entry in [`columns`].

use chrono::NaiveDate;

use super::sheet::{Cell, ColumnKind, ColumnSpec};
use crate::i18n::Lang;
use crate::model::schedule::{LightThresholds, light, next_target};
use crate::model::{Ledger, MILESTONES, Project};

/// What a column's value function sees of one project.
pub struct RowContext<'a> {
    pub ledger: &'a Ledger,
    pub project: &'a Project,
    /// The project's place in the sheet, from 1.
    pub serial: usize,
    pub today: NaiveDate,
    pub thresholds: LightThresholds,
}

/// A column and how to fill it.
pub struct Column {
    pub spec: ColumnSpec,
    pub value: Box<dyn Fn(&RowContext) -> Cell>,
}

impl Column {
    fn new(
        heading: impl Into<String>,
        kind: ColumnKind,
        value: impl Fn(&RowContext) -> Cell + 'static,
    ) -> Self {
        Column {
            spec: ColumnSpec {
                heading: heading.into(),
                kind,
                subtotal: false,
            },
            value: Box::new(value),
        }
    }

    /// Subtotal rows sum this column.
    fn summed(mut self) -> Self {
        self.spec.subtotal = true;
        self
    }
}

/// The name of the project's unit, empty when it has none.
fn unit_name(ledger: &Ledger, project: &Project) -> String {
    project
        .unit
        .and_then(|id| ledger.unit(id))
        .map(|u| u.name.clone())
        .unwrap_or_default()
}

fn text(value: impl Into<String>) -> Cell {
    let value = value.into();
    if value.is_empty() {
        Cell::Empty
    } else {
        Cell::Text(value)
    }
}

/// 序号, 区镇, 项目, 总投资(万元), 状态, each milestone's 目标 and 完成, 剩余天数, 亮灯, 责任人,
/// 最新进展, 备注, 来源.
pub fn columns() -> Vec<Column> {
    let lang = Lang::Zh;
    let mut columns = vec![
        Column::new("序号", ColumnKind::Serial, |row| Cell::Serial(row.serial)),
        Column::new("区镇", ColumnKind::Text, |row| {
            text(unit_name(row.ledger, row.project))
        }),
        Column::new("项目", ColumnKind::LongText, |row| {
            text(row.project.name.clone())
        }),
        Column::new("总投资(万元)", ColumnKind::Wan, |row| {
            row.project
                .investment
                .map_or(Cell::Empty, |i| Cell::Wan(i.yuan.into()))
        })
        .summed(),
        Column::new("状态", ColumnKind::Text, move |row| {
            text(lang.status(row.project.status()))
        }),
    ];
    for milestone in MILESTONES {
        let name = lang.milestone(milestone);
        columns.push(Column::new(
            format!("{name}目标"),
            ColumnKind::Date,
            move |row| {
                row.project
                    .milestones
                    .get(milestone)
                    .and_then(|state| state.target)
                    .map_or(Cell::Empty, Cell::Date)
            },
        ));
        columns.push(Column::new(
            format!("{name}完成"),
            ColumnKind::Date,
            move |row| match row.project.milestones.get(milestone) {
                Some(state) if state.done.is_some() => state.done.map_or(Cell::Empty, Cell::Date),
                Some(state) => lang.done_day(state).map_or(Cell::Empty, Cell::Text),
                None => Cell::Empty,
            },
        ));
    }
    columns.extend([
        Column::new("剩余天数(负为逾期)", ColumnKind::Days, |row| {
            next_target(row.project).map_or(Cell::Empty, |t| Cell::Days(t.days_left(row.today)))
        }),
        Column::new("亮灯", ColumnKind::Light, |row| {
            Cell::Light(light(row.project, row.today, row.thresholds))
        }),
        Column::new("责任人", ColumnKind::Text, |row| {
            text(row.project.responsible.clone())
        }),
        Column::new("最新进展", ColumnKind::LongText, |row| {
            row.project.progress.first().map_or(Cell::Empty, |e| {
                Cell::Text(format!("{} {}", e.date.format("%Y-%m-%d"), e.text))
            })
        }),
        Column::new("备注", ColumnKind::LongText, |row| {
            text(row.project.notes.clone())
        }),
        Column::new("来源", ColumnKind::LongText, |row| {
            let sources: Vec<String> = row
                .project
                .sources
                .iter()
                .filter_map(|link| row.ledger.source(link.source))
                .map(|s| format!("《{}》", s.title))
                .collect();
            text(sources.join(" "))
        }),
    ]);
    columns
}
