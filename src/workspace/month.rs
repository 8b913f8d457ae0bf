//! One month of an office's ledger, as a one-month 报送 holds it, and the mark that says so.
//!
//! [`month_ledger`] keeps every unit of the ledger and every project, each with only
//! - what names it and says what it is: its name and other names, unit, owner, total
//!   investment, location, 建设性质, level, industry, 建设内容及规模 and responsible person;
//! - of the month's year: the 年度计划投资, the month's figure (本月完成, 形象进度), and the figure
//!   carried when it is the cumulative through that very month (a 推进表's 1–N月累计 for N = the
//!   month, kept as carried when the months were never entered one by one);
//! - the progress lines dated in the month;
//! - the problems not struck off (销号) before the month began — the open ones and those struck
//!   off in or after it —, as they stand;
//! - its stamps for those fields only.
//!
//! Nothing else goes: no milestones, other targets, notes, source links, approvals, other
//! months or years, goals or articles. The file is a ledger file with one more field after
//! the schema version, `month_submission: (year: 2025, month: 4)`, which [`read_mark`]
//! reads: a receiver that knows it merges that month only
//! ([`merge_month`](super::merge::merge_month)); one that does not refuses the file as having a
//! field it does not know, rather than take the month for a whole ledger.

use std::path::Path;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize};

use crate::model::stamp::RecordStamps;
use crate::model::{Edit, EditError, Ledger, Project};

/// The field of a 报送 file that marks it as one month's.
pub const MONTH_FIELD: &str = "month_submission";

/// The month a one-month 报送 is of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct SubmittedMonth {
    pub year: i32,
    pub month: u32,
}

impl SubmittedMonth {
    /// The month, when `month` is one (1–12) of a year that has days.
    pub fn new(year: i32, month: u32) -> Option<SubmittedMonth> {
        NaiveDate::from_ymd_opt(year, month, 1).map(|_| SubmittedMonth { year, month })
    }

    /// Is `day` in this month?
    pub fn holds(self, day: NaiveDate) -> bool {
        day.year() == self.year && day.month() == self.month
    }

    /// Is `day` before this month began?
    fn is_before(self, day: NaiveDate) -> bool {
        (day.year(), day.month()) < (self.year, self.month)
    }
}

/// The fields of a project a one-month 报送 holds, as the file spells them.
const SENT_FIELDS: [&str; 14] = [
    "name",
    "aliases",
    "unit",
    "owner",
    "investment",
    "location",
    "category",
    "level",
    "industry",
    "scope",
    "responsible",
    "progress",
    "problems",
    "plans",
];

/// One project as a one-month 报送 holds it (see the module's comment).
pub fn month_project(project: &Project, month: SubmittedMonth) -> Project {
    let mut sent = Project::new(project.id, project.name.clone(), project.unit);
    sent.aliases.clone_from(&project.aliases);
    sent.owner.clone_from(&project.owner);
    sent.investment = project.investment;
    sent.location.clone_from(&project.location);
    sent.category = project.category;
    sent.level = project.level;
    sent.industry.clone_from(&project.industry);
    sent.scope.clone_from(&project.scope);
    sent.responsible.clone_from(&project.responsible);
    sent.progress = project
        .progress
        .iter()
        .filter(|entry| month.holds(entry.date))
        .cloned()
        .collect();
    sent.problems = project
        .problems
        .iter()
        .filter(|problem| !problem.closed.is_some_and(|day| month.is_before(day)))
        .cloned()
        .collect();
    if let Some(plan) = project.plans.year(month.year) {
        let year = sent.plans.year_mut(month.year);
        year.planned_yuan = plan.planned_yuan;
        year.carried = plan
            .carried
            .filter(|carried| carried.through_month == month.month);
        if let Some(figure) = plan.months.get(&month.month) {
            year.months.insert(month.month, figure.clone());
        }
        sent.plans.drop_empty_years();
    }
    sent.stamps = RecordStamps {
        created: project.stamps.created.clone(),
        fields: project
            .stamps
            .fields
            .iter()
            .filter(|(name, _)| SENT_FIELDS.contains(&name.as_str()))
            .map(|(name, stamp)| (name.clone(), stamp.clone()))
            .collect(),
    };
    sent
}

/// One month of a ledger, as a one-month 报送 holds it (see the module's comment).
pub fn month_ledger(ledger: &Ledger, month: SubmittedMonth) -> Result<Ledger, EditError> {
    let mut sent = Ledger::new();
    sent.schema_version = ledger.schema_version;
    sent.saved_at = ledger.saved_at;
    sent.approval_names = ledger.approval_names.clone();
    let units = ledger.units().cloned().map(Edit::PutUnit);
    let projects = ledger
        .projects()
        .map(|project| Edit::PutProject(Box::new(month_project(project, month))));
    sent.apply(Edit::Batch(units.chain(projects).collect()))?;
    Ok(sent)
}

/// The ledger file's text with the mark of `month` after its schema version.
pub fn marked(ledger_text: &str, month: SubmittedMonth) -> String {
    let mark = format!(
        "  {MONTH_FIELD}: (year: {}, month: {}),\n",
        month.year, month.month
    );
    let mut text = String::with_capacity(ledger_text.len() + mark.len());
    let mut placed = false;
    for line in ledger_text.split_inclusive('\n') {
        text.push_str(line);
        if !placed && line.trim_start().starts_with("schema_version") {
            text.push_str(&mark);
            placed = true;
        }
    }
    text
}

/// Only the mark of a 报送 file, read beside the ledger.
#[derive(Deserialize)]
struct MarkProbe {
    #[serde(default, rename = "month_submission", deserialize_with = "some_month")]
    month: Option<SubmittedMonth>,
}

fn some_month<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<SubmittedMonth>, D::Error> {
    SubmittedMonth::deserialize(deserializer).map(Some)
}

/// Why the mark of a 报送 file cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum MarkError {
    #[error("cannot read {path}: {source}")]
    Unreadable {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
    #[error("{path} is marked as one month's, but not with a month")]
    NoMonth { path: std::path::PathBuf },
}

/// The month a 报送 file is of, when it is marked as one month's.
pub fn read_mark(path: &Path) -> Result<Option<SubmittedMonth>, MarkError> {
    let bytes = std::fs::read(path).map_err(|source| MarkError::Unreadable {
        path: path.to_path_buf(),
        source,
    })?;
    let text = String::from_utf8_lossy(&bytes);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    if !text.contains(MONTH_FIELD) {
        return Ok(None);
    }
    let no_month = || MarkError::NoMonth {
        path: path.to_path_buf(),
    };
    let probe: MarkProbe = ron::from_str(text).map_err(|_| no_month())?;
    match probe.month {
        Some(month) => SubmittedMonth::new(month.year, month.month)
            .map(Some)
            .ok_or_else(no_month),
        None => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::monthly::{Carried, MonthFigure};
    use crate::model::problem::Problem;
    use crate::model::{ProblemId, ProjectId, Unit, UnitId};
    use crate::store::format::{from_ron, to_ron};

    fn day(month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, month, day).unwrap()
    }

    fn figure(yuan: i64) -> MonthFigure {
        MonthFigure {
            done_yuan: Some(yuan),
            image_progress: String::new(),
        }
    }

    fn ledger() -> Ledger {
        let mut ledger = Ledger::new();
        let unit = Unit::new(UnitId(11), "云岫镇");
        let mut project = Project::new(ProjectId(12), "青鸾储能电站", Some(unit.id));
        project.owner = Some("青鸾能源有限公司".into());
        project.notes = "列入市重点".into();
        project.milestones.start.done = Some(day(2, 8));
        project.add_progress(day(3, 20), "桩基完成");
        project.add_progress(day(4, 12), "设备进场");
        let mut old = Problem::new(ProblemId(13), "临时用电未接通");
        old.closed = Some(day(3, 30));
        let mut struck = Problem::new(ProblemId(14), "道路未通");
        struck.closed = Some(day(4, 15));
        project.problems = vec![old, struck, Problem::new(ProblemId(15), "用地指标未落实")];
        let year = project.plans.year_mut(2025);
        year.planned_yuan = Some(120_000_000);
        year.carried = Some(Carried {
            through_month: 2,
            yuan: 3_000_000,
        });
        year.months.insert(3, figure(4_000_000));
        year.months.insert(4, figure(5_000_000));
        project.plans.year_mut(2024).planned_yuan = Some(80_000_000);
        ledger
            .apply(Edit::Batch(vec![
                Edit::PutUnit(unit),
                Edit::PutProject(Box::new(project)),
            ]))
            .unwrap();
        ledger
    }

    #[test]
    fn a_month_holds_the_projects_with_only_that_months_figures_lines_and_problems() {
        let april = SubmittedMonth::new(2025, 4).unwrap();
        let sent = month_ledger(&ledger(), april).unwrap();
        assert_eq!(sent.units().count(), 1);
        let project = sent.project(ProjectId(12)).unwrap();
        assert_eq!(project.owner.as_deref(), Some("青鸾能源有限公司"));
        assert!(project.notes.is_empty() && project.milestones.is_unset());
        let texts: Vec<&str> = project.progress.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(texts, ["设备进场"]);
        let problems: Vec<u64> = project.problems.iter().map(|p| p.id.0).collect();
        assert_eq!(problems, [14, 15], "not the one struck off in March");
        assert_eq!(project.plans.0.len(), 1, "only 2025");
        let year = project.plans.year(2025).unwrap();
        assert_eq!(year.planned_yuan, Some(120_000_000));
        assert_eq!(year.carried, None, "carried through February, not April");
        assert_eq!(year.months.keys().collect::<Vec<_>>(), [&4]);
    }

    #[test]
    fn the_mark_is_read_back_and_the_file_is_still_a_ledger_with_one_unknown_field() {
        let april = SubmittedMonth::new(2025, 4).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("云岫镇-报送-2025年4月-20250425.ron");
        let text = marked(&to_ron(&month_ledger(&ledger(), april).unwrap()), april);
        std::fs::write(&path, &text).unwrap();
        assert_eq!(read_mark(&path).unwrap(), Some(april));
        let parsed = from_ron(&text).unwrap();
        let unknown: Vec<&str> = parsed
            .unknown_fields
            .iter()
            .map(|f| f.path.as_str())
            .collect();
        assert_eq!(unknown, [MONTH_FIELD]);
        let whole = dir.path().join("云岫镇-报送-20250425.ron");
        std::fs::write(&whole, to_ron(&ledger())).unwrap();
        assert_eq!(read_mark(&whole).unwrap(), None);
        std::fs::write(&whole, text.replace("month: 4", "month: 13")).unwrap();
        assert!(matches!(read_mark(&whole), Err(MarkError::NoMonth { .. })));
    }
}
