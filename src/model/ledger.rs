//! The ledger (台账): units, projects, goals and imported sources, and the one way to change
//! them — [`Edit`]s, each of which returns its own inverse so that undo is exact.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::goal::Goal;
use super::ids::{GoalId, ProjectId, SourceId, UnitId};
use super::keyed_list::{self, Keyed};
use super::project::Project;
use super::source::Source;
use super::unit::Unit;

/// The version of the ledger's shape written by this build. Older files are migrated on load;
/// newer ones are refused.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ledger {
    pub schema_version: u32,
    /// When the ledger was last written to disk (local time).
    #[serde(default)]
    pub saved_at: Option<NaiveDateTime>,
    /// The next id to hand out; ids are never reused.
    next_id: u64,
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
            next_id: 1,
            units: BTreeMap::new(),
            projects: BTreeMap::new(),
            goals: BTreeMap::new(),
            sources: BTreeMap::new(),
        }
    }
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
    #[error("an id was not handed out by this ledger")]
    ForeignId,
}

impl Ledger {
    pub fn new() -> Self {
        Ledger::default()
    }

    /// Hands out a fresh id number for a new unit, project, goal or source.
    pub fn allocate_id(&mut self) -> u64 {
        let id = self.next_id;
        self.next_id += 1;
        id
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
        if id == 0 || id >= self.next_id {
            Err(EditError::ForeignId)
        } else {
            Ok(())
        }
    }

    /// Checks what deserialisation cannot: every id below `next_id`, every reference resolves.
    /// Returns the first problem found.
    pub fn validate(&self) -> Result<(), Inconsistency> {
        let ids = self
            .units
            .keys()
            .map(|id| id.0)
            .chain(self.projects.keys().map(|id| id.0))
            .chain(self.goals.keys().map(|id| id.0))
            .chain(self.sources.keys().map(|id| id.0));
        if let Some(bad) = ids.into_iter().find(|&id| id == 0 || id >= self.next_id) {
            return Err(Inconsistency::IdNotBelowNext {
                id: bad,
                next_id: self.next_id,
            });
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
    #[error("id {id} is not below next_id {next_id}")]
    IdNotBelowNext { id: u64, next_id: u64 },
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
        let allocated = ledger.clone();
        let inverse = ledger
            .apply(Edit::PutProject(Box::new(Project::new(
                project_id,
                "萬鵬建材",
                Some(town),
            ))))
            .unwrap();
        assert_eq!(ledger.projects().count(), 1);
        ledger.apply(inverse).unwrap();
        assert_eq!(ledger, allocated);
        assert_ne!(ledger, before, "ids are never handed out twice");
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
        let after_alloc = ledger.clone();
        let result = ledger.apply(Edit::Batch(vec![
            Edit::PutProject(Box::new(Project::new(id, "慶旺機械", Some(town)))),
            Edit::RemoveUnit(UnitId(999)),
        ]));
        assert_eq!(result, Err(EditError::UnknownUnit(UnitId(999))));
        assert_eq!(ledger, after_alloc);
        assert_ne!(before.next_id, ledger.next_id);
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
            ledger.apply(Edit::PutUnit(Unit::new(UnitId(77), "y"))),
            Err(EditError::ForeignId)
        );
    }
}
