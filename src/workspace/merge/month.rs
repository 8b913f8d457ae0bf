//! A one-month 报送 merged into the office's ledger. Only what a one-month 报送 holds is read
//! from it ([`month_project`]: a project's month figure, 年度计划投资 and carried figure of that
//! month's year, its progress lines of the month and its problems), whatever else the file
//! has. The ledger itself, with that laid over its projects, is then merged in as a conflict
//! copy would be ([`merge`]): a month the ledger lacks is taken, a month both hold differently
//! is a choice (or goes to the side whose change was made knowing the other's), progress
//! lines are gathered and problems merged by id; a unit or project the ledger does not have
//! (matched as [`Pairs`] matches them) is added whole; nothing else of the ledger can change,
//! and nothing the file leaves out counts as anything.

use super::pairing::Pairs;
use super::{LedgerMerge, MergeError, merge};
use crate::model::{Edit, Ledger, Project};
use crate::workspace::month::{SubmittedMonth, month_project};

/// Merges the one-month 报送 `sent` of `month` into `ledger` (see the module's comment).
pub fn merge_month(
    ledger: &Ledger,
    sent: &Ledger,
    month: SubmittedMonth,
) -> Result<LedgerMerge, MergeError> {
    let pairs = Pairs::find(ledger, sent);
    let mut edits = Vec::new();
    for unit in sent.units() {
        let id = pairs.unit(unit.id);
        if ledger.unit(id).is_none() {
            let mut unit = unit.clone();
            unit.id = id;
            edits.push(Edit::PutUnit(unit));
        }
    }
    for project in sent.projects() {
        let mut project = month_project(project, month);
        project.id = pairs.project(project.id);
        project.unit = project.unit.map(|unit| pairs.unit(unit));
        let laid = match ledger.project(project.id) {
            Some(own) => laid_over(own, &project, month),
            None => project,
        };
        edits.push(Edit::PutProject(Box::new(laid)));
    }
    let mut copy = ledger.clone();
    copy.apply(Edit::Batch(edits))?;
    merge(ledger, &copy)
}

/// The ledger's project with the month of the sent one laid over it: the month's figures
/// the file has, its progress lines and its problems (by id), each list stamped as the sender
/// stamped it when it changes.
fn laid_over(own: &Project, sent: &Project, month: SubmittedMonth) -> Project {
    let mut laid = own.clone();
    if let Some(plan) = sent.plans.year(month.year) {
        let year = laid.plans.year_mut(month.year);
        if plan.planned_yuan.is_some() {
            year.planned_yuan = plan.planned_yuan;
        }
        if plan.carried.is_some() {
            year.carried = plan.carried;
        }
        if let Some(figure) = plan.months.get(&month.month) {
            year.months.insert(month.month, figure.clone());
        }
    }
    for entry in &sent.progress {
        if !laid.progress.contains(entry) {
            laid.add_progress(entry.date, entry.text.clone());
        }
    }
    for problem in &sent.problems {
        match laid.problems.iter_mut().find(|own| own.id == problem.id) {
            Some(own) => own.clone_from(problem),
            None => laid.problems.push(problem.clone()),
        }
    }
    let changed = [
        ("plans", laid.plans != own.plans),
        ("progress", laid.progress != own.progress),
        ("problems", laid.problems != own.problems),
    ];
    for (field, _) in changed.into_iter().filter(|(_, changed)| *changed) {
        match sent.stamps.field(field) {
            Some(stamp) => laid.stamps.fields.insert(field.to_owned(), stamp),
            None => laid.stamps.fields.remove(field),
        };
    }
    laid
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::model::monthly::MonthFigure;
    use crate::model::problem::Problem;
    use crate::model::{ProblemId, ProjectId, Stamp, Unit, UnitId};
    use crate::workspace::merge::{Item, Merged, RecordKind};

    fn stamp(minute: u32, by: &str) -> Stamp {
        Stamp {
            at: NaiveDate::from_ymd_opt(2025, 4, 25)
                .unwrap()
                .and_hms_opt(9, minute, 0)
                .unwrap(),
            by: by.into(),
        }
    }

    fn figure(yuan: i64) -> MonthFigure {
        MonthFigure {
            done_yuan: Some(yuan),
            image_progress: String::new(),
        }
    }

    fn edit(ledger: &mut Ledger, id: ProjectId, at: &Stamp, change: impl FnOnce(&mut Project)) {
        let mut project = ledger.project(id).unwrap().clone();
        change(&mut project);
        ledger
            .apply_stamped(Edit::PutProject(Box::new(project)), at)
            .unwrap();
    }

    const APRIL: SubmittedMonth = SubmittedMonth {
        year: 2025,
        month: 4,
    };

    #[test]
    fn only_the_month_is_merged_and_a_new_project_is_added() {
        let mut town = Ledger::new();
        let unit = Unit::new(UnitId(1), "云岫镇");
        let mut project = Project::new(ProjectId(2), "青鸾储能电站", Some(unit.id));
        project.plans.set_month(2025, 3, figure(4_000_000));
        town.apply_stamped(
            Edit::Batch(vec![
                Edit::PutUnit(unit),
                Edit::PutProject(Box::new(project)),
            ]),
            &stamp(0, "镇里"),
        )
        .unwrap();
        let city = town.clone();
        edit(&mut town, ProjectId(2), &stamp(5, "镇里"), |p| {
            p.plans.set_month(2025, 3, figure(4_500_000));
            p.plans.set_month(2025, 4, figure(5_000_000));
            p.notes = "四月调度".into();
            p.add_progress(NaiveDate::from_ymd_opt(2025, 4, 12).unwrap(), "设备进场");
            p.problems
                .push(Problem::new(ProblemId(3), "用地指标未落实"));
        });
        let added = Project::new(ProjectId(4), "白鹭精密轴承", Some(UnitId(1)));
        town.apply_stamped(Edit::PutProject(Box::new(added)), &stamp(6, "镇里"))
            .unwrap();

        let merged = merge_month(&city, &town, APRIL).unwrap();
        assert!(merged.choices.is_empty(), "{:?}", merged.choices);
        let project = merged.ledger.project(ProjectId(2)).unwrap();
        let year = project.plans.year(2025).unwrap();
        assert_eq!(year.months[&3], figure(4_000_000), "March is not the month");
        assert_eq!(year.months[&4], figure(5_000_000));
        assert!(project.notes.is_empty(), "notes are not sent");
        assert_eq!(project.progress.len(), 1);
        assert_eq!(project.problems.len(), 1);
        assert!(merged.ledger.project(ProjectId(4)).is_some());
        assert!(merged.merged.iter().any(|m| matches!(m,
            Merged::Added(record) if record.kind == RecordKind::Project && record.id == 4)));
        let plans = merged.merged.iter().find_map(|m| match m {
            Merged::Taken { field, items, .. } if field == "plans" => Some(items),
            _ => None,
        });
        assert_eq!(
            plans.map(|items| items
                .iter()
                .map(|part| part.item.clone())
                .collect::<Vec<_>>()),
            Some(vec![Item::Month {
                year: 2025,
                month: 4
            }])
        );
    }

    #[test]
    fn the_same_month_changed_on_both_sides_is_a_choice() {
        let mut town = Ledger::new();
        let project = Project::new(ProjectId(2), "青鸾储能电站", None);
        town.apply_stamped(Edit::PutProject(Box::new(project)), &stamp(0, "镇里"))
            .unwrap();
        let mut city = town.clone();
        edit(&mut town, ProjectId(2), &stamp(5, "镇里"), |p| {
            p.plans.set_month(2025, 4, figure(5_000_000))
        });
        edit(&mut city, ProjectId(2), &stamp(6, "市里"), |p| {
            p.plans.set_month(2025, 4, figure(5_200_000))
        });
        let merged = merge_month(&city, &town, APRIL).unwrap();
        assert_eq!(merged.choices.len(), 1, "{:?}", merged.choices);
        let choice = &merged.choices[0];
        assert_eq!(
            choice.item.as_ref().map(|part| part.path()).as_deref(),
            Some("plans.2025.months.4")
        );
        let taken = merged
            .resolve(&[crate::workspace::merge::Side::Copy])
            .unwrap();
        assert_eq!(
            taken
                .project(ProjectId(2))
                .unwrap()
                .plans
                .year(2025)
                .unwrap()
                .months[&4],
            figure(5_000_000)
        );
    }
}
