//! Which record of a conflict copy is which record of the ledger. Records with the same id are
//! the same record. A record only one side holds may still be one the other side added
//! independently — the same article imported on both machines, the same town typed in twice:
//! a unit that goes by the other's name or an alias (in either script), a project of the same
//! (paired) unit with the same name, a source with the same fingerprint, a goal of the same
//! unit with the same milestone, count and words. Only records each side holds alone are
//! paired so, each at most once.

use std::collections::BTreeMap;

use crate::article::script::normalise_key;
use crate::model::{Goal, GoalId, Ledger, Project, ProjectId, Source, SourceId, Unit, UnitId};

/// The copy's ids that are the ledger's records under another id, and what they become.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pairs {
    pub units: BTreeMap<UnitId, UnitId>,
    pub projects: BTreeMap<ProjectId, ProjectId>,
    pub sources: BTreeMap<SourceId, SourceId>,
    pub goals: BTreeMap<GoalId, GoalId>,
}

impl Pairs {
    /// Finds the pairs between the ledger's and the copy's one-sided records.
    pub fn find(ledger: &Ledger, copy: &Ledger) -> Pairs {
        let units = pair(
            ledger.units().filter(|u| copy.unit(u.id).is_none()),
            copy.units().filter(|u| ledger.unit(u.id).is_none()),
            |unit: &Unit| unit.id,
            same_unit,
        );
        let unit_of = |unit: Option<UnitId>| unit.map(|id| units.get(&id).copied().unwrap_or(id));
        let sources = pair(
            ledger.sources().filter(|s| copy.source(s.id).is_none()),
            copy.sources().filter(|s| ledger.source(s.id).is_none()),
            |source: &Source| source.id,
            |ours, theirs| ours.fingerprint == theirs.fingerprint,
        );
        let projects = pair(
            ledger.projects().filter(|p| copy.project(p.id).is_none()),
            copy.projects().filter(|p| ledger.project(p.id).is_none()),
            |project: &Project| project.id,
            |ours, theirs| {
                ours.unit == unit_of(theirs.unit)
                    && names(&ours.name, &ours.aliases)
                        .any(|key| names(&theirs.name, &theirs.aliases).any(|k| k == key))
            },
        );
        let goals = pair(
            ledger.goals().filter(|g| copy.goal(g.id).is_none()),
            copy.goals().filter(|g| ledger.goal(g.id).is_none()),
            |goal: &Goal| goal.id,
            |ours, theirs| {
                ours.unit == unit_of(theirs.unit)
                    && ours.milestone == theirs.milestone
                    && ours.count == theirs.count
                    && normalise_key(&ours.text) == normalise_key(&theirs.text)
            },
        );
        Pairs {
            units,
            projects,
            sources,
            goals,
        }
    }

    /// The merged ledger's id of a unit of the copy.
    pub fn unit(&self, id: UnitId) -> UnitId {
        self.units.get(&id).copied().unwrap_or(id)
    }

    pub fn project(&self, id: ProjectId) -> ProjectId {
        self.projects.get(&id).copied().unwrap_or(id)
    }

    pub fn source(&self, id: SourceId) -> SourceId {
        self.sources.get(&id).copied().unwrap_or(id)
    }

    pub fn goal(&self, id: GoalId) -> GoalId {
        self.goals.get(&id).copied().unwrap_or(id)
    }
}

fn same_unit(ours: &Unit, theirs: &Unit) -> bool {
    std::iter::once(&theirs.name)
        .chain(&theirs.aliases)
        .any(|name| ours.answers_to(name))
}

fn names<'a>(name: &'a str, aliases: &'a [String]) -> impl Iterator<Item = String> + 'a {
    std::iter::once(name)
        .chain(aliases.iter().map(String::as_str))
        .map(normalise_key)
        .filter(|key| !key.is_empty())
}

/// Pairs each of `theirs` with the first of `ours` not yet taken that `same` matches.
fn pair<'a, T: 'a, K: Ord + Copy>(
    ours: impl Iterator<Item = &'a T>,
    theirs: impl Iterator<Item = &'a T>,
    id: impl Fn(&T) -> K,
    same: impl Fn(&T, &T) -> bool,
) -> BTreeMap<K, K> {
    let mut free: Vec<&T> = ours.collect();
    let mut pairs = BTreeMap::new();
    for record in theirs {
        if let Some(index) = free.iter().position(|own| same(own, record)) {
            pairs.insert(id(record), id(free.remove(index)));
        }
    }
    pairs
}
