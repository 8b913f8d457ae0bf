//! The 推进表's columns as offices print them: each a [`ColumnSpec`] and a function giving a
//! project's cell. A new column (建设单位, 本月完成 …) is one more entry in [`columns`].

use chrono::NaiveDate;

use super::SheetRequest;
use super::sheet::{Cell, ColumnKind, ColumnSpec};
use crate::i18n::Lang;
use crate::model::lights::{LightReason, judge};
use crate::model::monthly::YearPlan;
use crate::model::schedule::{Light, next_target};
use crate::model::{Ledger, MILESTONES, Project};

/// What a column's value function sees of one project.
pub struct RowContext<'a> {
    pub ledger: &'a Ledger,
    pub project: &'a Project,
    /// The project's place in the sheet, from 1.
    pub serial: usize,
    pub request: &'a SheetRequest,
}

impl RowContext<'_> {
    fn today(&self) -> NaiveDate {
        self.request.as_of.today
    }

    /// The project's plan of the sheet's year.
    fn plan(&self) -> Option<&YearPlan> {
        self.project.plans.year(self.request.as_of.year)
    }

    fn month(&self) -> u32 {
        self.request.as_of.month
    }
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

/// The columns of a real 推进表 in its order — 序号, 区镇, 项目名称, 建设单位, 建设性质, 建设内容及
/// 规模, 总投资(万元), 年度计划投资(万元), 本月完成(万元), 1–N月累计完成(万元), 占年度计划%, 形象进度,
/// 存在问题, 责任人, 亮灯 — then the milestones: 状态, each milestone's 目标 and 完成, 剩余天数,
/// 最新进展, 备注, 来源. `month` is N.
pub fn columns(month: u32) -> Vec<Column> {
    let lang = Lang::Zh;
    let mut columns = vec![
        Column::new("序号", ColumnKind::Serial, |row| Cell::Serial(row.serial)),
        Column::new("区镇", ColumnKind::Text, |row| {
            text(unit_name(row.ledger, row.project))
        }),
        Column::new("项目名称", ColumnKind::LongText, |row| {
            text(row.project.name.clone())
        }),
        Column::new("建设单位", ColumnKind::Text, |row| {
            text(row.project.owner.clone().unwrap_or_default())
        }),
        Column::new("建设性质", ColumnKind::Text, move |row| {
            text(
                row.project
                    .category
                    .map(|c| lang.category(c))
                    .unwrap_or_default(),
            )
        }),
        Column::new("建设内容及规模", ColumnKind::LongText, |row| {
            text(row.project.scope.clone())
        }),
        Column::new("总投资(万元)", ColumnKind::Wan, |row| {
            row.project
                .investment
                .map_or(Cell::Empty, |i| Cell::Wan(i.yuan.into()))
        })
        .summed(),
        Column::new("年度计划投资(万元)", ColumnKind::Wan, |row| {
            row.plan()
                .and_then(|plan| plan.planned_yuan)
                .map_or(Cell::Empty, |yuan| Cell::Wan(yuan.into()))
        })
        .summed(),
        Column::new("本月完成(万元)", ColumnKind::Wan, |row| {
            row.plan()
                .and_then(|plan| plan.months.get(&row.month()))
                .and_then(|figure| figure.done_yuan)
                .map_or(Cell::Empty, |yuan| Cell::Wan(yuan.into()))
        })
        .summed(),
        Column::new(
            format!("1-{month}月累计完成(万元)"),
            ColumnKind::Wan,
            |row| {
                row.plan()
                    .and_then(|plan| plan.done_through(row.month()))
                    .map_or(Cell::Empty, |yuan| Cell::Wan(yuan.into()))
            },
        )
        .summed(),
        Column::new("占年度计划%", ColumnKind::Percent, |row| {
            row.plan()
                .and_then(|plan| plan.share_of_plan(row.month()))
                .map_or(Cell::Empty, |share| Cell::Percent(share / 100.0))
        }),
        Column::new("形象进度", ColumnKind::LongText, |row| {
            text(
                row.plan()
                    .and_then(|plan| plan.image_progress_through(row.month()))
                    .unwrap_or_default(),
            )
        }),
        Column::new("存在问题", ColumnKind::LongText, |row| {
            let open: Vec<&str> = row
                .project
                .problems
                .iter()
                .filter(|p| p.is_open())
                .map(|p| p.text.as_str())
                .collect();
            text(open.join(";"))
        }),
        Column::new("责任人", ColumnKind::Text, |row| {
            text(row.project.responsible.clone())
        }),
        Column::new("亮灯", ColumnKind::Light, |row| {
            let verdict = judge(row.project, &row.request.lights, row.request.as_of);
            match verdict.reason {
                LightReason::NoPlan => Cell::Empty,
                _ => Cell::Light(verdict.light),
            }
        }),
        Column::new("亮灯原因", ColumnKind::LongText, move |row| {
            let verdict = judge(row.project, &row.request.lights, row.request.as_of);
            match (verdict.light, &verdict.reason) {
                (_, LightReason::NoPlan) | (Light::Yellow | Light::Red, _) => {
                    text(lang.light_reason(&verdict.reason))
                }
                (Light::Green, _) => Cell::Empty,
            }
        }),
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
            next_target(row.project).map_or(Cell::Empty, |t| Cell::Days(t.days_left(row.today())))
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
