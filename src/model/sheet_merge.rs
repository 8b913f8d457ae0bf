//! Merging a 推进表 (a spreadsheet read by `town_tracker_sheet`) into the ledger, the way an
//! article is merged: [`plan_sheet`] matches each row against the ledger (units by name or
//! alias, projects by unit and normalised name, Simplified and Traditional equal) and yields a
//! [`SheetPlan`] the user reviews; [`sheet_edit`] turns the reviewed plan into one [`Edit`] —
//! one undo step. The same sheet imported again changes nothing.
//!
//! What a row sets: 建设单位, 建设地点, 建设性质, 建设内容及规模, 总投资, 责任人, 计划开工/竣工
//! (the start and completion targets), the year's 年度计划投资, and for the sheet's month N its
//! 形象进度 and 本月完成. A "1–N月累计" figure makes the year's cumulative through N equal it:
//! what the months entered do not account for is carried (never put in a month it may not
//! belong to), so 累计 and 占年度计划% are right and 本月完成 is only what the sheet says.
//! 存在问题 becomes a problem unless the project already has one of that text; 备注 is added to
//! the notes unless they hold it. Each row links the project to the sheet as a source, with
//! the row's cells as the sentence it came from.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};

use super::ids::{ProblemId, ProjectId, SourceId, UnitId};
use super::ledger::{Edit, Ledger};
use super::merge::{UnitChoice, find_project, fingerprint, keys_of, landing_project};
use super::money::{AmountKind, Investment, Qualifier};
use super::problem::Problem;
use super::project::{Category, Project, SourceLink};
use super::source::Source;
use super::stamp::changed_fields;
use super::unit::Unit;
use crate::article::script::normalise_key;
use crate::sheet::{Category as SheetCategory, ProjectRecord, Sheet};

/// A unit the sheet names that the ledger does not have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewUnit {
    pub include: bool,
    pub name: String,
}

/// One project row, as the user will review it.
#[derive(Debug, Clone, PartialEq)]
pub struct RowPlan {
    pub include: bool,
    /// The row's number in the sheet (1-based).
    pub row_number: u32,
    pub name: String,
    pub unit: UnitChoice,
    /// The ledger's project this row updates.
    pub existing: Option<ProjectId>,
    pub record: ProjectRecord,
    /// The row's cells joined, shown as where its facts came from.
    pub cells: String,
}

/// Everything a sheet import would do.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetPlan {
    pub title: String,
    pub file_name: String,
    pub imported: NaiveDate,
    /// The year the plan and monthly figures belong to.
    pub year: i32,
    /// The month of the "1–N月" figures, when the sheet has one.
    pub month: Option<u32>,
    pub fingerprint: String,
    /// The sheet was imported before.
    pub existing_source: Option<SourceId>,
    pub new_units: Vec<NewUnit>,
    pub rows: Vec<RowPlan>,
}

impl SheetPlan {
    /// How many rows would be imported (ticked).
    pub fn ticked_count(&self) -> usize {
        self.rows.iter().filter(|row| row.include).count()
    }
}

/// Plans the import of a read sheet. `imported` is today; it also gives the year when the
/// sheet names none.
pub fn plan_sheet(
    ledger: &Ledger,
    sheet: &Sheet,
    file_name: &str,
    imported: NaiveDate,
) -> SheetPlan {
    let text = sheet_text(sheet);
    let fingerprint = fingerprint(&text);
    let existing_source = ledger
        .sources()
        .find(|source| source.fingerprint == fingerprint)
        .map(|source| source.id);
    let mut new_units: Vec<NewUnit> = Vec::new();
    let mut rows = Vec::new();
    for row in &sheet.rows {
        let Some(name) = row
            .record
            .name
            .clone()
            .filter(|name| !name.trim().is_empty())
        else {
            continue;
        };
        let unit = match row.unit.as_deref().map(str::trim).filter(|u| !u.is_empty()) {
            None => UnitChoice::None,
            Some(unit_name) => match ledger.units().find(|u| u.answers_to(unit_name)) {
                Some(unit) => UnitChoice::Existing(unit.id),
                None => {
                    let key = normalise_key(unit_name);
                    let index = new_units
                        .iter()
                        .position(|u| normalise_key(&u.name) == key)
                        .unwrap_or_else(|| {
                            new_units.push(NewUnit {
                                include: true,
                                name: unit_name.to_string(),
                            });
                            new_units.len() - 1
                        });
                    UnitChoice::New(index)
                }
            },
        };
        let existing = find_project(ledger, unit, &name, existing_source);
        rows.push(RowPlan {
            include: true,
            row_number: row.row_number,
            name: name.trim().to_string(),
            unit,
            existing,
            record: row.record.clone(),
            cells: row
                .cells
                .iter()
                .map(|cell| cell.trimmed())
                .filter(|text| !text.is_empty())
                .collect::<Vec<_>>()
                .join(" | "),
        });
    }
    SheetPlan {
        title: sheet.title.clone().unwrap_or_else(|| file_name.to_string()),
        file_name: file_name.to_string(),
        imported,
        year: sheet.year.unwrap_or(imported.year()),
        month: sheet.month,
        fingerprint,
        existing_source,
        new_units,
        rows,
    }
}

/// The sheet's content as one text, for its fingerprint.
fn sheet_text(sheet: &Sheet) -> String {
    let mut text = sheet.title.clone().unwrap_or_default();
    for column in &sheet.columns {
        text.push('\u{1f}');
        text.push_str(&column.header_text);
    }
    for row in &sheet.rows {
        text.push('\n');
        for cell in &row.cells {
            text.push_str(cell.trimmed());
            text.push('\u{1f}');
        }
    }
    text
}

fn category_of(category: SheetCategory) -> Category {
    match category {
        SheetCategory::NewStart => Category::NewStart,
        SheetCategory::Continuing => Category::Continuing,
        SheetCategory::CompletedInProduction => Category::CompleteProduce,
        SheetCategory::Preparatory => Category::Preparatory,
    }
}

/// Sets `slot` to `value` when the row has one.
fn set_text(slot: &mut String, value: &Option<String>) {
    if let Some(value) = value.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
        value.clone_into(slot);
    }
}

/// What one row says, applied to a project (see the module's comment).
fn apply_row(
    ledger: &mut Ledger,
    project: &mut Project,
    row: &RowPlan,
    plan: &SheetPlan,
    source: SourceId,
) {
    let record = &row.record;
    if let Some(owner) = record
        .owner
        .as_deref()
        .map(str::trim)
        .filter(|o| !o.is_empty())
    {
        project.owner = Some(owner.to_string());
    }
    set_text(&mut project.location, &record.location);
    set_text(&mut project.scope, &record.scope);
    set_text(&mut project.responsible, &record.responsible_person);
    if let Some(category) = record.category {
        project.category = Some(category_of(category));
    }
    if let Some(yuan) = record.total_investment_yuan {
        project.investment = Some(Investment {
            yuan,
            qualifier: Qualifier::default(),
            kind: AmountKind::default(),
        });
    }
    if let Some(start) = record.planned_start {
        project.milestones.start.target = Some(start);
    }
    if let Some(complete) = record.planned_completion {
        project.milestones.complete.target = Some(complete);
    }
    if let Some(planned) = record.annual_plan_yuan {
        project.plans.year_mut(plan.year).planned_yuan = Some(planned);
    }
    if let Some(month) = plan.month {
        let mut figure = project
            .plans
            .year(plan.year)
            .and_then(|year_plan| year_plan.months.get(&month).cloned())
            .unwrap_or_default();
        if let Some(done) = record.month_completed_yuan {
            figure.done_yuan = Some(done);
        }
        set_text(&mut figure.image_progress, &record.progress);
        project.plans.set_month(plan.year, month, figure);
        if let Some(cumulative) = record.year_to_date_yuan {
            project
                .plans
                .year_mut(plan.year)
                .set_cumulative(month, cumulative);
        }
        project.plans.drop_empty_years();
    }
    if let Some(text) = record
        .problems
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        && !project.problems.iter().any(|p| p.text == text)
    {
        let mut problem = Problem::new(ProblemId(ledger.allocate_id()), text);
        set_text(&mut problem.owner_office, &record.responsible_department);
        set_text(&mut problem.person, &record.responsible_person);
        project.problems.push(problem);
    }
    if let Some(remarks) = record
        .remarks
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty())
        && !project.notes.contains(remarks)
    {
        if !project.notes.is_empty() {
            project.notes.push('\n');
        }
        project.notes.push_str(remarks);
    }
    let sentence = format!("第{}行:{}", row.row_number, row.cells);
    if !project
        .sources
        .iter()
        .any(|link| link.source == source && link.sentence == sentence)
    {
        project.sources.retain(|link| link.source != source);
        project.sources.push(SourceLink { source, sentence });
    }
}

/// The fields of the ledger's project that a row would change (by their names in the file:
/// `investment`, `plans` …), for the review to spell out; empty for a row that adds a project
/// or changes nothing. Where the row came from is not counted.
pub fn row_changes(ledger: &Ledger, plan: &SheetPlan, row: &RowPlan) -> Vec<String> {
    let Some(current) = row.existing.and_then(|id| ledger.project(id)) else {
        return Vec::new();
    };
    let mut scratch = ledger.clone();
    let mut project = current.clone();
    let source = plan.existing_source.unwrap_or(SourceId(0));
    apply_row(&mut scratch, &mut project, row, plan, source);
    changed_fields(current, &project)
        .into_iter()
        .filter(|name| name != "sources")
        .collect()
}

/// The one edit that carries out a reviewed plan, or `None` when it would change nothing.
pub fn sheet_edit(ledger: &mut Ledger, plan: &SheetPlan) -> Option<Edit> {
    let mut edits = Vec::new();
    let source = match plan
        .existing_source
        .filter(|id| ledger.source(*id).is_some())
    {
        Some(id) => id,
        None => {
            let id = SourceId(ledger.allocate_id());
            edits.push(Edit::PutSource(Source {
                id,
                title: plan.title.clone(),
                file_name: plan.file_name.clone(),
                published: None,
                imported: plan.imported,
                fingerprint: plan.fingerprint.clone(),
                skipped: Vec::new(),
                stamps: Default::default(),
            }));
            id
        }
    };
    let source_is_new = !edits.is_empty();
    let mut new_units: HashMap<usize, UnitId> = HashMap::new();
    for (index, unit) in plan.new_units.iter().enumerate() {
        let used = plan
            .rows
            .iter()
            .any(|row| row.include && row.unit == UnitChoice::New(index));
        if unit.include && used {
            let id = UnitId(ledger.allocate_id());
            edits.push(Edit::PutUnit(Unit::new(id, unit.name.trim())));
            new_units.insert(index, id);
        }
    }
    let mut touched: Vec<Project> = Vec::new();
    for row in plan.rows.iter().filter(|row| row.include) {
        let unit = match row.unit {
            UnitChoice::None => None,
            UnitChoice::Existing(id) => Some(id),
            UnitChoice::New(index) => new_units.get(&index).copied(),
        };
        let keys = match row.unit {
            UnitChoice::Existing(id) => keys_of(ledger.unit(id)),
            UnitChoice::New(index) => plan
                .new_units
                .get(index)
                .map(|u| vec![normalise_key(&u.name)])
                .unwrap_or_default(),
            UnitChoice::None => Vec::new(),
        };
        let Some(mut project) =
            landing_project(ledger, &mut touched, unit, &keys, &row.name, row.existing)
        else {
            continue;
        };
        apply_row(ledger, &mut project, row, plan, source);
        touched.push(project);
    }
    for project in touched {
        if ledger.project(project.id) != Some(&project) {
            edits.push(Edit::PutProject(Box::new(project)));
        }
    }
    (edits.len() > usize::from(source_is_new)).then_some(Edit::Batch(edits))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sheet::{Field, SheetKind, read_sheet_bytes};

    const CSV: &str = "项目名称,所属镇,总投资(万元),2025年计划投资(万元),1-3月完成(万元),存在问题\n\
                       甲智造园,东岭镇,1000,500,100,用地未批\n\
                       乙物流中心,東嶺鎮,800,400,50,\n";

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 4, 2).unwrap()
    }

    #[test]
    fn rows_land_once_and_a_second_import_changes_nothing() {
        let sheet = read_sheet_bytes(CSV.as_bytes(), SheetKind::Csv).unwrap();
        let mut ledger = Ledger::new();
        let plan = plan_sheet(&ledger, &sheet, "表.csv", day());
        assert_eq!(plan.new_units.len(), 1, "东岭镇 and 東嶺鎮 are one unit");
        let edit = sheet_edit(&mut ledger, &plan).unwrap();
        ledger.apply(edit).unwrap();
        assert_eq!(ledger.projects().count(), 2);
        let first = ledger.projects().find(|p| p.name == "甲智造园").unwrap();
        let year = first.plans.year(2025).unwrap();
        assert_eq!(year.done_through(3), Some(1_000_000));
        assert_eq!(first.problems[0].text, "用地未批");

        let again = plan_sheet(&ledger, &sheet, "表.csv", day());
        assert!(again.rows.iter().all(|row| row.existing.is_some()));
        assert_eq!(sheet_edit(&mut ledger, &again), None);
    }

    #[test]
    fn an_update_names_the_fields_it_changes() {
        let sheet = read_sheet_bytes(CSV.as_bytes(), SheetKind::Csv).unwrap();
        let mut ledger = Ledger::new();
        let plan = plan_sheet(&ledger, &sheet, "表.csv", day());
        assert!(
            row_changes(&ledger, &plan, &plan.rows[0]).is_empty(),
            "a new project"
        );
        let edit = sheet_edit(&mut ledger, &plan).unwrap();
        ledger.apply(edit).unwrap();
        let again = plan_sheet(&ledger, &sheet, "表.csv", day());
        assert!(row_changes(&ledger, &again, &again.rows[0]).is_empty());
        let changed =
            read_sheet_bytes(CSV.replace(",1000,", ",1200,").as_bytes(), SheetKind::Csv).unwrap();
        let update = plan_sheet(&ledger, &changed, "表.csv", day());
        assert_eq!(
            row_changes(&ledger, &update, &update.rows[0]),
            ["investment"]
        );
    }

    #[test]
    fn a_corrected_mapping_changes_what_is_imported() {
        let sheet = read_sheet_bytes(CSV.as_bytes(), SheetKind::Csv)
            .unwrap()
            .with_mapping(4, Field::Ignored)
            .unwrap();
        let mut ledger = Ledger::new();
        let plan = plan_sheet(&ledger, &sheet, "表.csv", day());
        let edit = sheet_edit(&mut ledger, &plan).unwrap();
        ledger.apply(edit).unwrap();
        let first = ledger.projects().find(|p| p.name == "甲智造园").unwrap();
        assert_eq!(first.plans.year(2025).unwrap().done_through(12), None);
    }

    #[test]
    fn unticked_rows_and_their_new_units_are_left_out() {
        let sheet = read_sheet_bytes(CSV.as_bytes(), SheetKind::Csv).unwrap();
        let mut ledger = Ledger::new();
        let mut plan = plan_sheet(&ledger, &sheet, "表.csv", day());
        for row in &mut plan.rows {
            row.include = false;
        }
        assert_eq!(plan.ticked_count(), 0);
        assert_eq!(sheet_edit(&mut ledger, &plan), None);
    }
}
