//! The read sheet: its title, columns and the rows below the header, each project row
//! with its unit and typed record, each other row with why it was skipped. Changing a
//! column's mapping re-reads every row from the cells kept.

use crate::amount::MoneyUnit;
use crate::category::Category;
use crate::column::Column;
use crate::error::SheetError;
use crate::field::{Field, month_through, year_in};
use crate::grid::{Cell, Grid};
use crate::header::Header;
use crate::record::{ProjectRecord, RowContext, record_of};
use crate::rows::{KeyColumns, RowKind, SkipReason, classify, is_unit_like};

/// A 推进表 as read: header, column mapping, project rows and skipped rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    /// The worksheet's name (`None` for CSV).
    pub worksheet: Option<String>,
    /// The first non-empty row above the header ("2025年全市重大项目推进表").
    pub title: Option<String>,
    /// The header rows' numbers as the user sees them (1-based), one or two.
    pub header_rows: Vec<u32>,
    /// Every column, in order.
    pub columns: Vec<Column>,
    /// The project rows.
    pub rows: Vec<SheetRow>,
    /// The other non-empty rows below the header.
    pub skipped: Vec<SkippedRow>,
    /// N of the "1-N月完成" column, else of the title.
    pub month: Option<u32>,
    /// The year of the title, else of the first header naming one.
    pub year: Option<i32>,
    /// The unit a "单位：万元" note above the header names.
    pub note_money_unit: Option<MoneyUnit>,
    /// The unit a "填报单位：东岭镇" note above the header names.
    pub reporting_unit: Option<String>,
    body: Vec<BodyRow>,
    title_month: Option<u32>,
}

/// A project row.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetRow {
    /// The row's number as the user sees it (1-based).
    pub row_number: u32,
    /// The unit (town) the row belongs to.
    pub unit: Option<String>,
    /// Where the unit came from.
    pub unit_source: Option<UnitSource>,
    /// The row's cells, one per column, as read.
    pub cells: Vec<Cell>,
    /// The typed values.
    pub record: ProjectRecord,
}

/// Where a row's unit came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UnitSource {
    /// The row's own unit cell.
    Column,
    /// The unit cell of a row above in the same block, the row's own being empty
    /// (a merged unit cell saved without its merge).
    CarriedDown,
    /// The section row above ("一、东岭镇").
    Section,
    /// The subtotal row below that names its unit ("东岭镇小计").
    Subtotal,
    /// The "填报单位：" note above the header.
    ReportingUnit,
}

/// A non-empty row below the header that is no project.
#[derive(Debug, Clone, PartialEq)]
pub struct SkippedRow {
    /// The row's number as the user sees it (1-based).
    pub row_number: u32,
    /// Why it was skipped.
    pub reason: SkipReason,
    /// The row's cells.
    pub cells: Vec<Cell>,
}

#[derive(Debug, Clone, PartialEq)]
struct BodyRow {
    row_number: u32,
    cells: Vec<Cell>,
}

impl Sheet {
    /// The sheet of a grid whose header was found.
    pub(crate) fn from_grid(worksheet: Option<String>, grid: Grid, header: Header) -> Self {
        let columns = header
            .texts
            .iter()
            .enumerate()
            .map(|(index, text)| Column::from_header(index, text.clone(), header.note_money_unit))
            .collect();
        let first_body_row = header.rows.last().map_or(0, |last| last + 1);
        let body = grid
            .rows
            .into_iter()
            .enumerate()
            .skip(first_body_row)
            .map(|(index, cells)| BodyRow {
                row_number: row_number_of(index),
                cells,
            })
            .collect();
        let year = header
            .title
            .as_deref()
            .and_then(year_in)
            .or_else(|| header.texts.iter().find_map(|text| year_in(text)));
        let mut sheet = Self {
            worksheet,
            title_month: header.title.as_deref().and_then(month_through),
            title: header.title,
            header_rows: header
                .rows
                .iter()
                .map(|&index| row_number_of(index))
                .collect(),
            columns,
            rows: Vec::new(),
            skipped: Vec::new(),
            month: None,
            year,
            note_money_unit: header.note_money_unit,
            reporting_unit: header.reporting_unit.filter(|unit| is_unit_like(unit)),
            body,
        };
        sheet.reread();
        sheet
    }

    /// The sheet with column `column_index` mapped to `field` (the user's correction),
    /// every row read again.
    pub fn with_mapping(mut self, column_index: usize, field: Field) -> Result<Self, SheetError> {
        let note_unit = self.note_money_unit;
        self.column_mut(column_index)?.map_to(field, note_unit);
        self.reread();
        Ok(self)
    }

    /// The sheet with amount column `column_index` counted in `unit`, every row read again.
    pub fn with_money_unit(
        mut self,
        column_index: usize,
        unit: MoneyUnit,
    ) -> Result<Self, SheetError> {
        self.column_mut(column_index)?.count_in(unit);
        self.reread();
        Ok(self)
    }

    /// The first column mapped to `field`.
    pub fn column_of(&self, field: Field) -> Option<&Column> {
        self.columns.iter().find(|column| column.field == field)
    }

    fn column_mut(&mut self, index: usize) -> Result<&mut Column, SheetError> {
        let columns = self.columns.len();
        self.columns
            .get_mut(index)
            .ok_or(SheetError::NoSuchColumn { index, columns })
    }

    fn reread(&mut self) {
        self.month = self
            .columns
            .iter()
            .find_map(|column| match column.field {
                Field::YearToDateCompleted { through_month } => through_month,
                _ => None,
            })
            .or(self.title_month);
        let (rows, skipped) = self.read_rows();
        self.rows = rows;
        self.skipped = skipped;
    }

    fn read_rows(&self) -> (Vec<SheetRow>, Vec<SkippedRow>) {
        let index_of = |field: Field| self.column_of(field).map(|column| column.index);
        let keys = KeyColumns {
            serial: index_of(Field::SerialNumber),
            name: index_of(Field::ProjectName),
        };
        let unit_column = index_of(Field::Unit);
        let header_texts: Vec<String> =
            self.columns.iter().map(|c| c.header_text.clone()).collect();
        let mut units = UnitTracker::default();
        let mut section_category: Option<Category> = None;
        let mut rows = Vec::new();
        let mut skipped = Vec::new();
        for body_row in &self.body {
            match classify(&body_row.cells, keys, &header_texts) {
                RowKind::Blank => {}
                RowKind::Project => {
                    let own_unit = unit_column
                        .and_then(|column| body_row.cells.get(column))
                        .map(|cell| cell.trimmed().to_owned())
                        .filter(|unit| !unit.is_empty());
                    let (unit, unit_source) = units.unit_of_project(own_unit, rows.len());
                    let context = RowContext {
                        year: self.year,
                        section_category,
                    };
                    rows.push(SheetRow {
                        row_number: body_row.row_number,
                        unit,
                        unit_source,
                        cells: body_row.cells.clone(),
                        record: record_of(&body_row.cells, &self.columns, context),
                    });
                }
                RowKind::Skipped(reason) => {
                    match &reason {
                        SkipReason::UnitSection { unit } => units.enter_section(unit),
                        SkipReason::CategorySection { category } => {
                            section_category = Some(*category);
                        }
                        SkipReason::Subtotal { unit } => {
                            units.close_block(unit.as_deref(), &mut rows);
                        }
                        _ => {}
                    }
                    skipped.push(SkippedRow {
                        row_number: body_row.row_number,
                        reason,
                        cells: body_row.cells.clone(),
                    });
                }
            }
        }
        if let Some(reporting_unit) = &self.reporting_unit {
            for row in rows.iter_mut().filter(|row| row.unit.is_none()) {
                row.unit = Some(reporting_unit.clone());
                row.unit_source = Some(UnitSource::ReportingUnit);
            }
        }
        (rows, skipped)
    }
}

/// The unit of each project row as the rows go by: its own cell, else the last unit cell
/// of the block, else the section's; rows left without one take the unit a subtotal row
/// closing their block names.
#[derive(Debug, Default)]
struct UnitTracker {
    section: Option<String>,
    carried: Option<String>,
    without_unit: Vec<usize>,
}

impl UnitTracker {
    fn unit_of_project(
        &mut self,
        own: Option<String>,
        row_index: usize,
    ) -> (Option<String>, Option<UnitSource>) {
        if let Some(unit) = own {
            self.carried = Some(unit.clone());
            return (Some(unit), Some(UnitSource::Column));
        }
        if let Some(unit) = &self.carried {
            return (Some(unit.clone()), Some(UnitSource::CarriedDown));
        }
        if let Some(unit) = &self.section {
            return (Some(unit.clone()), Some(UnitSource::Section));
        }
        self.without_unit.push(row_index);
        (None, None)
    }

    fn enter_section(&mut self, unit: &str) {
        self.section = Some(unit.to_owned());
        self.carried = None;
        self.without_unit.clear();
    }

    fn close_block(&mut self, unit: Option<&str>, rows: &mut [SheetRow]) {
        if let Some(unit) = unit {
            for &index in &self.without_unit {
                rows[index].unit = Some(unit.to_owned());
                rows[index].unit_source = Some(UnitSource::Subtotal);
            }
        }
        self.without_unit.clear();
        self.carried = None;
    }
}

fn row_number_of(index: usize) -> u32 {
    u32::try_from(index + 1).unwrap_or(u32::MAX)
}
