//! The ledger (台账): units, projects, goals and imported sources, the names of the 前期手续 it
//! follows, and the one way to change them — [`Edit`]s, each of which returns its own inverse
//! so that undo is exact, and which [`Ledger::apply_stamped`] stamps with when and where each
//! field changed.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::approval::DEFAULT_APPROVALS;
use super::goal::Goal;
use super::ids::{GoalId, ProblemId, ProjectId, SourceId, UnitId, fresh_id, is_valid_id};
use super::keyed_list::{self, Keyed};
use super::project::Project;
use super::source::Source;
use super::stamp::{Stamp, restamp};
use super::unit::Unit;

/// The version of the ledger's shape written by this build. Older files are migrated on load;
/// newer ones are refused. Version 2 added the monthly figures, problems, 前期手续 and project
/// attributes, random ids and stamps.
pub const SCHEMA_VERSION: u32 = 2;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ledger {
    pub schema_version: u32,
    /// When the ledger was last written to disk (local time).
    #[serde(default)]
    pub saved_at: Option<NaiveDateTime>,
    /// The 前期手续 this ledger follows, in order.
    #[serde(default = "default_approval_names")]
    pub approval_names: Vec<String>,
    #[serde(with = "keyed_list", default)]
    units: BTreeMap<UnitId, Unit>,
    #[serde(with = "keyed_list", default)]
    projects: BTreeMap<ProjectId, Project>,
    #[serde(with = "keyed_list", default)]
    goals: BTreeMap<GoalId, Goal>,
    #[serde(with = "keyed_list", default)]
    sources: BTreeMap<SourceId, Source>,
}

impl Default for Ledger {
    fn default() -> Self {
        Ledger {
            schema_version: SCHEMA_VERSION,
            saved_at: None,
            approval_names: default_approval_names(),
            units: BTreeMap::new(),
            projects: BTreeMap::new(),
            goals: BTreeMap::new(),
            sources: BTreeMap::new(),
        }
    }
}

fn default_approval_names() -> Vec<String> {
    DEFAULT_APPROVALS.map(String::from).to_vec()
}

/// One change to a ledger. `Put*` inserts or replaces by id; `Remove*` deletes; `Batch` applies
/// several as one (one undo step).
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    PutUnit(Unit),
    RemoveUnit(UnitId),
    PutProject(Box<Project>),
    RemoveProject(ProjectId),
    PutGoal(Goal),
    RemoveGoal(GoalId),
    PutSource(Source),
    RemoveSource(SourceId),
    /// Replaces the ledger's list of 前期手续 names.
    SetApprovalNames(Vec<String>),
    Batch(Vec<Edit>),
}

/// Why an edit was refused. The ledger is unchanged when an edit fails.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("there is no unit with id {0:?}")]
    UnknownUnit(UnitId),
    #[error("there is no project with id {0:?}")]
    UnknownProject(ProjectId),
    #[error("there is no goal with id {0:?}")]
    UnknownGoal(GoalId),
    #[error("there is no source with id {0:?}")]
    UnknownSource(SourceId),
    #[error("the unit still has {0} projects")]
    UnitInUse(usize),
    #[error("the source is still linked from {0} projects or goals")]
    SourceInUse(usize),
    #[error("an id is not a number this ledger hands out")]
    ForeignId,
}

impl Ledger {
    pub fn new() -> Self {
        Ledger::default()
    }

    /// Hands out a fresh id number for a new unit, project, goal, source or problem: random,
    /// and not one this ledger already uses.
    pub fn allocate_id(&mut self) -> u64 {
        fresh_id(|id| self.uses_id(id))
    }

    fn uses_id(&self, id: u64) -> bool {
        self.units.contains_key(&UnitId(id))
            || self.projects.contains_key(&ProjectId(id))
            || self.goals.contains_key(&GoalId(id))
            || self.sources.contains_key(&SourceId(id))
            || self
                .projects
                .values()
                .any(|project| project.problems.iter().any(|p| p.id == ProblemId(id)))
    }

    /// Applies an edit as [`Ledger::apply`] does, stamping each record it puts with `stamp`
    /// for the fields that change (a new record is stamped as created).
    pub fn apply_stamped(&mut self, edit: Edit, stamp: &Stamp) -> Result<Edit, EditError> {
        self.apply(self.stamped(edit, stamp))
    }

    fn stamped(&self, edit: Edit, stamp: &Stamp) -> Edit {
        match edit {
            Edit::Batch(edits) => Edit::Batch(
                edits
                    .into_iter()
                    .map(|edit| self.stamped(edit, stamp))
                    .collect(),
            ),
            Edit::PutUnit(mut unit) => {
                restamp(self.units.get(&unit.id), &mut unit, stamp);
                Edit::PutUnit(unit)
            }
            Edit::PutProject(mut project) => {
                restamp(self.projects.get(&project.id), project.as_mut(), stamp);
                Edit::PutProject(project)
            }
            Edit::PutGoal(mut goal) => {
                restamp(self.goals.get(&goal.id), &mut goal, stamp);
                Edit::PutGoal(goal)
            }
            Edit::PutSource(mut source) => {
                restamp(self.sources.get(&source.id), &mut source, stamp);
                Edit::PutSource(source)
            }
            removal => removal,
        }
    }

    /// The same ledger with every id drawn afresh and every reference following it — what a
    /// ledger of sequential ids (schema version 1) becomes, so that it never collides with
    /// another office's.
    pub fn with_fresh_ids(self) -> Ledger {
        let mut fresh = Ledger {
            schema_version: self.schema_version,
            saved_at: self.saved_at,
            approval_names: self.approval_names,
            ..Ledger::default()
        };
        // Drawn in the old order, so the new ids keep it (ids never repeat within a process).
        let draw = || fresh_id(|_| false);
        let units: BTreeMap<UnitId, UnitId> = self
            .units
            .keys()
            .map(|&old| (old, UnitId(draw())))
            .collect();
        let sources: BTreeMap<SourceId, SourceId> = self
            .sources
            .keys()
            .map(|&old| (old, SourceId(draw())))
            .collect();
        let unit_of = |id: Option<UnitId>| id.map(|id| units.get(&id).copied().unwrap_or(id));
        let source_of = |id: SourceId| sources.get(&id).copied().unwrap_or(id);
        for (old, mut unit) in self.units {
            unit.id = units[&old];
            fresh.units.insert(unit.id, unit);
        }
        for (old, mut source) in self.sources {
            source.id = sources[&old];
            fresh.sources.insert(source.id, source);
        }
        for (_, mut project) in self.projects {
            project.id = ProjectId(draw());
            project.unit = unit_of(project.unit);
            for link in &mut project.sources {
                link.source = source_of(link.source);
            }
            for problem in &mut project.problems {
                problem.id = ProblemId(draw());
            }
            fresh.projects.insert(project.id, project);
        }
        for (_, mut goal) in self.goals {
            goal.id = GoalId(draw());
            goal.unit = unit_of(goal.unit);
            goal.source = goal.source.map(source_of);
            fresh.goals.insert(goal.id, goal);
        }
        fresh
    }

    pub fn units(&self) -> impl DoubleEndedIterator<Item = &Unit> + ExactSizeIterator {
        self.units.values()
    }

    pub fn unit(&self, id: UnitId) -> Option<&Unit> {
        self.units.get(&id)
    }

    pub fn projects(&self) -> impl DoubleEndedIterator<Item = &Project> + ExactSizeIterator {
        self.projects.values()
    }

    pub fn project(&self, id: ProjectId) -> Option<&Project> {
        self.projects.get(&id)
    }

    /// The projects of one unit (`None`: projects without a unit).
    pub fn projects_of(&self, unit: Option<UnitId>) -> impl Iterator<Item = &Project> {
        self.projects.values().filter(move |p| p.unit == unit)
    }

    pub fn goals(&self) -> impl DoubleEndedIterator<Item = &Goal> + ExactSizeIterator {
        self.goals.values()
    }

    pub fn goal(&self, id: GoalId) -> Option<&Goal> {
        self.goals.get(&id)
    }

    pub fn sources(&self) -> impl DoubleEndedIterator<Item = &Source> + ExactSizeIterator {
        self.sources.values()
    }

    pub fn source(&self, id: SourceId) -> Option<&Source> {
        self.sources.get(&id)
    }

    /// Does the ledger hold nothing at all?
    pub fn is_empty(&self) -> bool {
        self.units.is_empty()
            && self.projects.is_empty()
            && self.goals.is_empty()
            && self.sources.is_empty()
    }

    /// Applies an edit and returns the edit that undoes it. On error nothing has changed.
    pub fn apply(&mut self, edit: Edit) -> Result<Edit, EditError> {
        match edit {
            Edit::Batch(edits) => {
                let mut inverses = Vec::with_capacity(edits.len());
                for edit in edits {
                    match self.apply(edit) {
                        Ok(inverse) => inverses.push(inverse),
                        Err(error) => {
                            for inverse in inverses.into_iter().rev() {
                                self.apply(inverse)
                                    .expect("the inverse of an applied edit always applies");
                            }
                            return Err(error);
                        }
                    }
                }
                inverses.reverse();
                Ok(Edit::Batch(inverses))
            }
            Edit::PutUnit(unit) => {
                self.check_id(unit.id.0)?;
                let id = unit.id;
                Ok(match self.units.insert(id, unit) {
                    Some(old) => Edit::PutUnit(old),
                    None => Edit::RemoveUnit(id),
                })
            }
            Edit::RemoveUnit(id) => {
                let in_use = self.projects_of(Some(id)).count()
                    + self.goals.values().filter(|g| g.unit == Some(id)).count();
                if in_use > 0 {
                    return Err(EditError::UnitInUse(in_use));
                }
                let unit = self.units.remove(&id).ok_or(EditError::UnknownUnit(id))?;
                Ok(Edit::PutUnit(unit))
            }
            Edit::PutProject(project) => {
                self.check_id(project.id.0)?;
                if let Some(unit) = project.unit
                    && !self.units.contains_key(&unit)
                {
                    return Err(EditError::UnknownUnit(unit));
                }
                for link in &project.sources {
                    if !self.sources.contains_key(&link.source) {
                        return Err(EditError::UnknownSource(link.source));
                    }
                }
                let id = project.id;
                Ok(match self.projects.insert(id, *project) {
                    Some(old) => Edit::PutProject(Box::new(old)),
                    None => Edit::RemoveProject(id),
                })
            }
            Edit::RemoveProject(id) => {
                let project = self
                    .projects
                    .remove(&id)
                    .ok_or(EditError::UnknownProject(id))?;
                Ok(Edit::PutProject(Box::new(project)))
            }
            Edit::PutGoal(goal) => {
                self.check_id(goal.id.0)?;
                if let Some(unit) = goal.unit
                    && !self.units.contains_key(&unit)
                {
                    return Err(EditError::UnknownUnit(unit));
                }
                if let Some(source) = goal.source
                    && !self.sources.contains_key(&source)
                {
                    return Err(EditError::UnknownSource(source));
                }
                let id = goal.id;
                Ok(match self.goals.insert(id, goal) {
                    Some(old) => Edit::PutGoal(old),
                    None => Edit::RemoveGoal(id),
                })
            }
            Edit::RemoveGoal(id) => {
                let goal = self.goals.remove(&id).ok_or(EditError::UnknownGoal(id))?;
                Ok(Edit::PutGoal(goal))
            }
            Edit::PutSource(source) => {
                self.check_id(source.id.0)?;
                let id = source.id;
                Ok(match self.sources.insert(id, source) {
                    Some(old) => Edit::PutSource(old),
                    None => Edit::RemoveSource(id),
                })
            }
            Edit::SetApprovalNames(names) => Ok(Edit::SetApprovalNames(std::mem::replace(
                &mut self.approval_names,
                names,
            ))),
            Edit::RemoveSource(id) => {
                let in_use = self
                    .projects
                    .values()
                    .filter(|p| p.sources.iter().any(|link| link.source == id))
                    .count()
                    + self.goals.values().filter(|g| g.source == Some(id)).count();
                if in_use > 0 {
                    return Err(EditError::SourceInUse(in_use));
                }
                let source = self
                    .sources
                    .remove(&id)
                    .ok_or(EditError::UnknownSource(id))?;
                Ok(Edit::PutSource(source))
            }
        }
    }

    fn check_id(&self, id: u64) -> Result<(), EditError> {
        if is_valid_id(id) {
            Ok(())
        } else {
            Err(EditError::ForeignId)
        }
    }

    /// Checks what deserialisation cannot: every id is one the ledger could hand out, every
    /// reference resolves.
    /// Returns the first problem found.
    pub fn validate(&self) -> Result<(), Inconsistency> {
        let ids = self
            .units
            .keys()
            .map(|id| id.0)
            .chain(self.projects.keys().map(|id| id.0))
            .chain(self.goals.keys().map(|id| id.0))
            .chain(self.sources.keys().map(|id| id.0));
        if let Some(bad) = ids.into_iter().find(|&id| !is_valid_id(id)) {
            return Err(Inconsistency::InvalidId { id: bad });
        }
        for project in self.projects.values() {
            if let Some(unit) = project.unit
                && !self.units.contains_key(&unit)
            {
                return Err(Inconsistency::MissingUnit {
                    project: project.name.clone(),
                    unit,
                });
            }
            if let Some(link) = project
                .sources
                .iter()
                .find(|link| !self.sources.contains_key(&link.source))
            {
                return Err(Inconsistency::MissingSource {
                    project: project.name.clone(),
                    article: link.source,
                });
            }
        }
        for goal in self.goals.values() {
            if let Some(unit) = goal.unit
                && !self.units.contains_key(&unit)
            {
                return Err(Inconsistency::GoalMissingUnit {
                    goal: goal.text.clone(),
                    unit,
                });
            }
        }
        Ok(())
    }
}

/// How a ledger read from a file can contradict itself.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Inconsistency {
    #[error("id {id} is not a number a ledger hands out")]
    InvalidId { id: u64 },
    #[error("project {project} refers to unit {} which does not exist", .unit.0)]
    MissingUnit { project: String, unit: UnitId },
    #[error("project {project} refers to source {} which does not exist", .article.0)]
    MissingSource { project: String, article: SourceId },
    #[error("goal {goal} refers to unit {} which does not exist", .unit.0)]
    GoalMissingUnit { goal: String, unit: UnitId },
}

impl Keyed for Unit {
    type Key = UnitId;
    fn key(&self) -> UnitId {
        self.id
    }
}

impl Keyed for Project {
    type Key = ProjectId;
    fn key(&self) -> ProjectId {
        self.id
    }
}

impl Keyed for Goal {
    type Key = GoalId;
    fn key(&self) -> GoalId {
        self.id
    }
}

impl Keyed for Source {
    type Key = SourceId;
    fn key(&self) -> SourceId {
        self.id
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::project::Project;

    fn ledger_with_town() -> (Ledger, UnitId) {
        let mut ledger = Ledger::new();
        let id = UnitId(ledger.allocate_id());
        ledger
            .apply(Edit::PutUnit(Unit::new(id, "東海鎮")))
            .unwrap();
        (ledger, id)
    }

    #[test]
    fn every_edit_is_undone_by_its_inverse() {
        let (mut ledger, town) = ledger_with_town();
        let before = ledger.clone();
        let project_id = ProjectId(ledger.allocate_id());
        let inverse = ledger
            .apply(Edit::PutProject(Box::new(Project::new(
                project_id,
                "萬鵬建材",
                Some(town),
            ))))
            .unwrap();
        assert_eq!(ledger.projects().count(), 1);
        ledger.apply(inverse).unwrap();
        assert_eq!(ledger, before);
    }

    #[test]
    fn replacing_returns_the_old_value() {
        let (mut ledger, town) = ledger_with_town();
        let id = ProjectId(ledger.allocate_id());
        let project = Project::new(id, "錦曌新材料", Some(town));
        ledger
            .apply(Edit::PutProject(Box::new(project.clone())))
            .unwrap();
        let mut renamed = project.clone();
        renamed.name = "錦曌新材料二期".into();
        let inverse = ledger.apply(Edit::PutProject(Box::new(renamed))).unwrap();
        assert_eq!(inverse, Edit::PutProject(Box::new(project)));
    }

    #[test]
    fn a_failing_batch_changes_nothing() {
        let (mut ledger, town) = ledger_with_town();
        let before = ledger.clone();
        let id = ProjectId(ledger.allocate_id());
        let result = ledger.apply(Edit::Batch(vec![
            Edit::PutProject(Box::new(Project::new(id, "慶旺機械", Some(town)))),
            Edit::RemoveUnit(UnitId(999)),
        ]));
        assert_eq!(result, Err(EditError::UnknownUnit(UnitId(999))));
        assert_eq!(ledger, before);
    }

    #[test]
    fn units_with_projects_cannot_be_removed_alone() {
        let (mut ledger, town) = ledger_with_town();
        let id = ProjectId(ledger.allocate_id());
        ledger
            .apply(Edit::PutProject(Box::new(Project::new(
                id,
                "x",
                Some(town),
            ))))
            .unwrap();
        assert_eq!(
            ledger.apply(Edit::RemoveUnit(town)),
            Err(EditError::UnitInUse(1))
        );
        let inverse = ledger
            .apply(Edit::Batch(vec![
                Edit::RemoveProject(id),
                Edit::RemoveUnit(town),
            ]))
            .unwrap();
        assert!(ledger.is_empty());
        ledger.apply(inverse).unwrap();
        assert_eq!(ledger.projects().count(), 1);
        assert_eq!(ledger.units().count(), 1);
    }

    #[test]
    fn references_must_resolve() {
        let mut ledger = Ledger::new();
        let id = ProjectId(ledger.allocate_id());
        assert_eq!(
            ledger.apply(Edit::PutProject(Box::new(Project::new(
                id,
                "x",
                Some(UnitId(42))
            )))),
            Err(EditError::UnknownUnit(UnitId(42)))
        );
        assert_eq!(
            ledger.apply(Edit::PutUnit(Unit::new(UnitId(0), "y"))),
            Err(EditError::ForeignId)
        );
    }

    fn stamp(minute: u32, by: &str) -> Stamp {
        Stamp {
            at: chrono::NaiveDate::from_ymd_opt(2025, 4, 1)
                .unwrap()
                .and_hms_opt(10, minute, 0)
                .unwrap(),
            by: by.into(),
        }
    }

    #[test]
    fn stamped_edits_stamp_what_changed_and_undo_is_stamped_too() {
        let mut ledger = Ledger::new();
        let town = UnitId(ledger.allocate_id());
        let id = ProjectId(ledger.allocate_id());
        ledger
            .apply_stamped(
                Edit::Batch(vec![
                    Edit::PutUnit(Unit::new(town, "东岭镇")),
                    Edit::PutProject(Box::new(Project::new(id, "星河智造", Some(town)))),
                ]),
                &stamp(0, "镇"),
            )
            .unwrap();
        assert_eq!(
            ledger.unit(town).unwrap().stamps.created,
            Some(stamp(0, "镇"))
        );
        let mut renamed = ledger.project(id).unwrap().clone();
        renamed.responsible = "李工".into();
        let undo = ledger
            .apply_stamped(Edit::PutProject(Box::new(renamed)), &stamp(5, "城"))
            .unwrap();
        let fields = &ledger.project(id).unwrap().stamps.fields;
        assert_eq!(fields.keys().collect::<Vec<_>>(), ["responsible"]);
        assert_eq!(fields["responsible"].by, "城");
        ledger.apply_stamped(undo, &stamp(6, "城")).unwrap();
        let project = ledger.project(id).unwrap();
        assert_eq!(project.responsible, "");
        assert_eq!(project.stamps.fields["responsible"].at, stamp(6, "城").at);
    }

    #[test]
    fn fresh_ids_keep_every_reference() {
        let (mut ledger, town) = ledger_with_town();
        let source = SourceId(ledger.allocate_id());
        ledger
            .apply(Edit::PutSource(Source {
                id: source,
                title: "一篇".into(),
                file_name: String::new(),
                published: None,
                imported: chrono::NaiveDate::from_ymd_opt(2025, 1, 2).unwrap(),
                fingerprint: "f".into(),
                skipped: Vec::new(),
                stamps: Default::default(),
            }))
            .unwrap();
        let mut project = Project::new(ProjectId(ledger.allocate_id()), "甲", Some(town));
        project.sources.push(crate::model::project::SourceLink {
            source,
            sentence: "句".into(),
        });
        ledger.apply(Edit::PutProject(Box::new(project))).unwrap();
        let fresh = ledger.clone().with_fresh_ids();
        fresh.validate().unwrap();
        let unit = fresh.units().next().unwrap();
        assert_ne!(unit.id, town);
        let project = fresh.projects().next().unwrap();
        assert_eq!(project.unit, Some(unit.id));
        assert_eq!(
            project.sources[0].source,
            fresh.sources().next().unwrap().id
        );
        assert_eq!(project.name, "甲");
    }
}
