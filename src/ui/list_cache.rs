//! What the list and the panels show, computed once per change rather than once per frame:
//! the filtered, sorted rows and each unit's count, investment and lights. Keyed by the
//! ledger's revision, the filter, the sort, today and the light rule, so a frame with nothing
//! new costs nothing and 10,000 projects stay fluid.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::AppView;
use crate::model::goal::GoalProgress;
use crate::model::lights::{AsOf, LightSettings, judge};
use crate::model::query::{ProjectFilter, SearchIndex, SortOrder, select_lit};
use crate::model::schedule::Light;
use crate::model::{Goal, GoalId, ProjectId, UnitId};

/// One unit's figures: projects, investment in yuan, and how many are green, yellow, red.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct UnitSummary {
    pub count: usize,
    pub yuan: i128,
    pub lights: [usize; 3],
}

impl UnitSummary {
    pub fn lit(&self, light: Light) -> usize {
        self.lights[light as usize]
    }
}

#[derive(Debug, Clone, PartialEq)]
struct RowsKey {
    revision: u64,
    filter: ProjectFilter,
    sort: SortOrder,
    today: NaiveDate,
    lights: LightSettings,
}

#[derive(Debug, Default)]
pub struct ListCache {
    index_revision: Option<u64>,
    index: SearchIndex,
    rows_key: Option<RowsKey>,
    rows: Vec<ProjectId>,
    summary_key: Option<(u64, NaiveDate, LightSettings)>,
    summaries: HashMap<Option<UnitId>, UnitSummary>,
    total: UnitSummary,
    goals_revision: Option<u64>,
    goals: HashMap<GoalId, GoalProgress>,
}

impl ListCache {
    /// The projects the filter lets through, sorted.
    pub fn rows(
        &mut self,
        app: &AppView<'_>,
        filter: &ProjectFilter,
        sort: SortOrder,
    ) -> &[ProjectId] {
        let key = RowsKey {
            revision: app.revision,
            filter: filter.clone(),
            sort,
            today: app.today,
            lights: app.lights,
        };
        if self.rows_key.as_ref() != Some(&key) {
            let searching = !filter.text.trim().is_empty();
            if searching && self.index_revision != Some(app.revision) {
                self.index = SearchIndex::build(app.ledger);
                self.index_revision = Some(app.revision);
            }
            let as_of = AsOf::today(app.today);
            self.rows = select_lit(app.ledger, &self.index, filter, sort, app.today, &|p| {
                judge(p, &app.lights, as_of).light
            });
            self.rows_key = Some(key);
        }
        &self.rows
    }

    fn refresh_summaries(&mut self, app: &AppView<'_>) {
        let key = (app.revision, app.today, app.lights);
        if self.summary_key == Some(key) {
            return;
        }
        self.summaries.clear();
        self.total = UnitSummary::default();
        for project in app.ledger.projects() {
            let lit = judge(project, &app.lights, AsOf::today(app.today)).light as usize;
            let yuan = project.investment.map_or(0, |i| i128::from(i.yuan));
            for summary in [
                self.summaries.entry(project.unit).or_default(),
                &mut self.total,
            ] {
                summary.count += 1;
                summary.yuan += yuan;
                summary.lights[lit] += 1;
            }
        }
        self.summary_key = Some(key);
    }

    /// A unit's figures (`None`: projects without a unit).
    pub fn unit(&mut self, app: &AppView<'_>, unit: Option<UnitId>) -> UnitSummary {
        self.refresh_summaries(app);
        self.summaries.get(&unit).copied().unwrap_or_default()
    }

    /// How far a goal has come.
    pub fn goal(&mut self, app: &AppView<'_>, goal: &Goal) -> GoalProgress {
        if self.goals_revision != Some(app.revision) {
            self.goals.clear();
            self.goals_revision = Some(app.revision);
        }
        self.goals
            .entry(goal.id)
            .or_insert_with(|| goal.progress(app.ledger.projects()))
            .clone()
    }

    /// The whole ledger's figures.
    pub fn total(&mut self, app: &AppView<'_>) -> UnitSummary {
        self.refresh_summaries(app);
        self.total
    }
}
