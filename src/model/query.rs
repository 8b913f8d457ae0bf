//! Which projects a list shows, and in what order: a unit, free-text search over name, unit,
//! owner, responsible person and notes (Simplified and Traditional match each other), status,
//! traffic light, due within N days, a milestone still missing; sorted by any column.

use std::cmp::Ordering;
use std::collections::HashMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ids::{ProjectId, UnitId};
use super::ledger::Ledger;
use super::project::{Milestone, Project, Status};
use super::schedule::{Light, LightThresholds, due_within, light, next_target};
use crate::article::script::to_simplified;

/// Which unit's projects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum UnitFilter {
    #[default]
    All,
    Unit(UnitId),
    /// Projects without a unit.
    Unassigned,
}

/// What to show. Empty fields do not filter.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ProjectFilter {
    pub unit: UnitFilter,
    /// Words that must all appear (in any script).
    pub text: String,
    pub status: Option<Status>,
    /// Any of these lights; empty means any light.
    pub lights: Vec<Light>,
    /// An open target due within this many days from today (overdue ones are not).
    pub due_within_days: Option<i64>,
    /// This milestone is not yet done.
    pub missing: Option<Milestone>,
    /// This 前期手续 is not yet done.
    pub missing_approval: Option<String>,
}

impl ProjectFilter {
    /// Does it filter by anything besides the unit?
    pub fn is_narrowed(&self) -> bool {
        !self.text.trim().is_empty()
            || self.status.is_some()
            || !self.lights.is_empty()
            || self.due_within_days.is_some()
            || self.missing.is_some()
            || self.missing_approval.is_some()
    }
}

/// A column to sort by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum SortColumn {
    /// The ledger's own order (unit, then as entered).
    #[default]
    Ledger,
    Name,
    Unit,
    Investment,
    Status,
    NextTarget,
    Light,
    /// Done first (earliest first), then not done by target date, then neither.
    Milestone(Milestone),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SortOrder {
    pub column: SortColumn,
    pub descending: bool,
}

/// Search keys of every project, in Simplified and lower case, built once per ledger state.
#[derive(Debug, Default)]
pub struct SearchIndex {
    keys: HashMap<ProjectId, String>,
}

impl SearchIndex {
    pub fn build(ledger: &Ledger) -> Self {
        let keys = ledger
            .projects()
            .map(|project| {
                let unit = project
                    .unit
                    .and_then(|id| ledger.unit(id))
                    .map(|u| u.name.as_str())
                    .unwrap_or("");
                let text = [
                    project.name.as_str(),
                    unit,
                    project.owner.as_deref().unwrap_or(""),
                    project.responsible.as_str(),
                    project.notes.as_str(),
                ]
                .join("\n");
                (project.id, to_simplified(&text.to_lowercase()))
            })
            .collect();
        SearchIndex { keys }
    }

    fn matches(&self, id: ProjectId, terms: &[String]) -> bool {
        let Some(key) = self.keys.get(&id) else {
            return false;
        };
        terms.iter().all(|term| key.contains(term.as_str()))
    }
}

/// The projects a filter lets through, in the requested order, lit by the target rule.
pub fn select(
    ledger: &Ledger,
    index: &SearchIndex,
    filter: &ProjectFilter,
    sort: SortOrder,
    today: NaiveDate,
    thresholds: LightThresholds,
) -> Vec<ProjectId> {
    select_lit(ledger, index, filter, sort, today, &|p| {
        light(p, today, thresholds)
    })
}

/// [`select`] with the lights (filtered and sorted by) given by `lit`, so a view can use the
/// light rule chosen in the settings.
pub fn select_lit(
    ledger: &Ledger,
    index: &SearchIndex,
    filter: &ProjectFilter,
    sort: SortOrder,
    today: NaiveDate,
    lit: &dyn Fn(&Project) -> Light,
) -> Vec<ProjectId> {
    let terms: Vec<String> = to_simplified(&filter.text.to_lowercase())
        .split_whitespace()
        .map(str::to_string)
        .collect();
    let mut chosen: Vec<&Project> = ledger
        .projects()
        .filter(|p| match filter.unit {
            UnitFilter::All => true,
            UnitFilter::Unit(id) => p.unit == Some(id),
            UnitFilter::Unassigned => p.unit.is_none(),
        })
        .filter(|p| terms.is_empty() || index.matches(p.id, &terms))
        .filter(|p| filter.status.is_none_or(|s| p.status() == s))
        .filter(|p| filter.lights.is_empty() || filter.lights.contains(&lit(p)))
        .filter(|p| {
            filter
                .due_within_days
                .is_none_or(|days| due_within(p, today, days))
        })
        .filter(|p| {
            filter
                .missing
                .is_none_or(|m| p.milestones.get(m).is_some_and(|s| !s.is_done()))
        })
        .filter(|p| {
            filter.missing_approval.as_deref().is_none_or(|name| {
                !crate::model::approval::find(&p.approvals, name).is_some_and(|a| a.is_done())
            })
        })
        .collect();
    let unit_name = |p: &Project| {
        p.unit
            .and_then(|id| ledger.unit(id))
            .map(|u| u.name.as_str())
            .unwrap_or("")
    };
    let compare = |a: &&Project, b: &&Project| -> Ordering {
        match sort.column {
            SortColumn::Ledger => a.unit.cmp(&b.unit).then(a.id.cmp(&b.id)),
            SortColumn::Name => a.name.cmp(&b.name),
            SortColumn::Unit => unit_name(a).cmp(unit_name(b)),
            SortColumn::Investment => a
                .investment
                .map(|i| i.yuan)
                .cmp(&b.investment.map(|i| i.yuan)),
            SortColumn::Status => a.status().cmp(&b.status()),
            SortColumn::NextTarget => {
                let by = |p: &Project| next_target(p).map(|t| t.by);
                by(a).cmp(&by(b))
            }
            SortColumn::Light => lit(a).cmp(&lit(b)),
            SortColumn::Milestone(milestone) => {
                let rank = |p: &Project| {
                    let state = p.milestones.get(milestone).copied().unwrap_or_default();
                    match (state.is_done(), state.done, state.target) {
                        (true, done, _) => (0, done),
                        (false, _, Some(target)) => (1, Some(target)),
                        (false, _, None) => (2, None),
                    }
                };
                rank(a).cmp(&rank(b))
            }
        }
        .then(a.id.cmp(&b.id))
    };
    // A project with nothing in the sorted column goes last, whichever way it is sorted.
    let empty = |p: &Project| match sort.column {
        SortColumn::Unit => unit_name(p).is_empty(),
        SortColumn::Investment => p.investment.is_none(),
        SortColumn::NextTarget => next_target(p).is_none(),
        SortColumn::Milestone(milestone) => p
            .milestones
            .get(milestone)
            .is_none_or(|s| !s.is_done() && s.target.is_none()),
        SortColumn::Ledger | SortColumn::Name | SortColumn::Status | SortColumn::Light => false,
    };
    chosen.sort_by(|a, b| {
        let order = compare(a, b);
        let order = if sort.descending {
            order.reverse()
        } else {
            order
        };
        empty(a).cmp(&empty(b)).then(order)
    });
    chosen.into_iter().map(|p| p.id).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ledger::Edit;
    use crate::model::money::{AmountKind, Investment, Qualifier};
    use crate::model::unit::Unit;

    fn date(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, m, d).unwrap()
    }

    /// 東海鎮: 萬鵬建材 (投产 due 3-31, 5亿), 錦曌新材料 (signed, 9亿); 匯龍鎮: 墨達思 (none).
    fn ledger() -> (Ledger, UnitId) {
        let mut ledger = Ledger::new();
        let east = UnitId(ledger.allocate_id());
        let hui = UnitId(ledger.allocate_id());
        ledger
            .apply(Edit::PutUnit(Unit::new(east, "東海鎮")))
            .unwrap();
        ledger
            .apply(Edit::PutUnit(Unit::new(hui, "匯龍鎮")))
            .unwrap();
        let mut add = |name: &str, unit, yuan: Option<i64>, edit: &dyn Fn(&mut Project)| {
            let id = ProjectId(ledger.allocate_id());
            let mut project = Project::new(id, name, Some(unit));
            project.investment = yuan.map(|yuan| Investment {
                yuan,
                qualifier: Qualifier::Exact,
                kind: AmountKind::Total,
            });
            edit(&mut project);
            ledger.apply(Edit::PutProject(Box::new(project))).unwrap();
        };
        add("萬鵬建材", east, Some(500_000_000), &|p| {
            p.milestones.produce.target = Some(date(3, 31));
            p.responsible = "张镇长".into();
        });
        add("錦曌新材料", east, Some(900_000_000), &|p| {
            p.milestones.sign.done = Some(date(1, 5));
        });
        add("墨達思", hui, None, &|p| p.notes = "外资项目".into());
        (ledger, east)
    }

    fn names(ledger: &Ledger, ids: &[ProjectId]) -> Vec<String> {
        ids.iter()
            .map(|id| ledger.project(*id).unwrap().name.clone())
            .collect()
    }

    fn run(ledger: &Ledger, filter: &ProjectFilter, sort: SortOrder) -> Vec<String> {
        let index = SearchIndex::build(ledger);
        let ids = select(
            ledger,
            &index,
            filter,
            sort,
            date(4, 15),
            LightThresholds::default(),
        );
        names(ledger, &ids)
    }

    #[test]
    fn simplified_search_finds_traditional_names_and_units() {
        let (ledger, _) = ledger();
        let search = |text: &str| {
            run(
                &ledger,
                &ProjectFilter {
                    text: text.into(),
                    ..ProjectFilter::default()
                },
                SortOrder::default(),
            )
        };
        assert_eq!(search("万鹏"), ["萬鵬建材"]);
        assert_eq!(search("東海"), ["萬鵬建材", "錦曌新材料"]);
        assert_eq!(search("东海 新材料"), ["錦曌新材料"]);
        assert_eq!(search("张镇长"), ["萬鵬建材"]);
        assert_eq!(search("外資"), ["墨達思"]);
        assert!(search("没有这个").is_empty());
    }

    #[test]
    fn filters_combine() {
        let (ledger, east) = ledger();
        let filter = ProjectFilter {
            unit: UnitFilter::Unit(east),
            lights: vec![Light::Yellow, Light::Red],
            ..ProjectFilter::default()
        };
        assert_eq!(run(&ledger, &filter, SortOrder::default()), ["萬鵬建材"]);
        let missing_sign = ProjectFilter {
            missing: Some(Milestone::Sign),
            ..ProjectFilter::default()
        };
        assert_eq!(
            run(&ledger, &missing_sign, SortOrder::default()),
            ["萬鵬建材", "墨達思"]
        );
        let signed = ProjectFilter {
            status: Some(Status::Signed),
            ..ProjectFilter::default()
        };
        assert_eq!(run(&ledger, &signed, SortOrder::default()), ["錦曌新材料"]);
        let due = ProjectFilter {
            due_within_days: Some(14),
            ..ProjectFilter::default()
        };
        assert!(
            run(&ledger, &due, SortOrder::default()).is_empty(),
            "overdue is late, not due soon"
        );
        let before_the_day = select(
            &ledger,
            &SearchIndex::build(&ledger),
            &due,
            SortOrder::default(),
            date(3, 20),
            LightThresholds::default(),
        );
        assert_eq!(names(&ledger, &before_the_day), ["萬鵬建材"]);
        assert!(!ProjectFilter::default().is_narrowed());
        assert!(due.is_narrowed());
    }

    #[test]
    fn sorts_by_any_column_both_ways() {
        let (ledger, _) = ledger();
        let all = ProjectFilter::default();
        let by = |column, descending| run(&ledger, &all, SortOrder { column, descending });
        assert_eq!(
            by(SortColumn::Investment, true),
            ["錦曌新材料", "萬鵬建材", "墨達思"]
        );
        assert_eq!(
            by(SortColumn::Investment, false),
            ["萬鵬建材", "錦曌新材料", "墨達思"],
            "no amount goes last both ways"
        );
        assert_eq!(
            by(SortColumn::Milestone(Milestone::Sign), true),
            ["錦曌新材料", "墨達思", "萬鵬建材"],
            "neither signed nor due goes last both ways"
        );
        assert_eq!(by(SortColumn::NextTarget, true)[0], "萬鵬建材");
        assert_eq!(by(SortColumn::Light, true)[0], "萬鵬建材");
        assert_eq!(by(SortColumn::NextTarget, false)[0], "萬鵬建材");
        assert_eq!(by(SortColumn::Status, true)[0], "錦曌新材料");
        assert_eq!(
            by(SortColumn::Unit, false)[0],
            "墨達思",
            "匯 sorts before 東"
        );
        assert_eq!(by(SortColumn::Name, false).len(), 3);
        assert_eq!(
            by(SortColumn::Milestone(Milestone::Sign), false),
            ["錦曌新材料", "萬鵬建材", "墨達思"],
            "signed first"
        );
        assert_eq!(
            by(SortColumn::Milestone(Milestone::Produce), false)[0],
            "萬鵬建材",
            "then by target"
        );
    }
}
