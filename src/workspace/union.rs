//! What a workspace window shows: the union of the user's own ledger and the other offices'
//! ledgers, each record marked with the office it belongs to. Records are matched by id, so a
//! project the user took over from another office (copied into the own ledger under the same id)
//! shows once, as the user's. A unit of another office named like one already in the union
//! (the same name or an alias, in either script) is that unit: the city's 东岭镇 and 东岭镇's own
//! ledger are one row of the unit list, and the other office's projects follow to it. Everything
//! here is in memory; reading the files is the window's job.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{Edit, EditError, GoalId, Ledger, ProjectId, SourceId, Unit, UnitId};

/// Another office's ledger, by the office's name (its file's stem).
#[derive(Debug, Clone, PartialEq)]
pub struct Office {
    pub name: String,
    pub ledger: Ledger,
}

/// The union and, for each record that is not the user's own, the office it belongs to.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Union {
    pub ledger: Ledger,
    pub owners: Owners,
}

/// Which office holds each record of the union that is not in the user's own ledger.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Owners {
    pub units: BTreeMap<UnitId, String>,
    pub projects: BTreeMap<ProjectId, String>,
    pub goals: BTreeMap<GoalId, String>,
}

impl Owners {
    /// The office of another ledger that holds this project; `None` for the user's own.
    pub fn project(&self, id: ProjectId) -> Option<&str> {
        self.projects.get(&id).map(String::as_str)
    }

    pub fn unit(&self, id: UnitId) -> Option<&str> {
        self.units.get(&id).map(String::as_str)
    }

    pub fn goal(&self, id: GoalId) -> Option<&str> {
        self.goals.get(&id).map(String::as_str)
    }

    /// How many projects each office holds in the union, by office name.
    pub fn project_counts(&self) -> BTreeMap<&str, usize> {
        let mut counts = BTreeMap::new();
        for office in self.projects.values() {
            *counts.entry(office.as_str()).or_default() += 1;
        }
        counts
    }
}

/// Builds the union of `own` and `others` (see the module's comment). A record of another
/// office whose id the union already holds is the same record and is left out; so the user's
/// own version of a record always wins.
pub fn union(own: &Ledger, others: &[Office]) -> Result<Union, EditError> {
    let mut ledger = own.clone();
    let mut owners = Owners::default();
    for office in others {
        let units = take_units(&mut ledger, &mut owners, office)?;
        let sources = take_sources(&mut ledger, office)?;
        for project in office.ledger.projects() {
            if ledger.project(project.id).is_some() {
                continue;
            }
            let mut project = project.clone();
            project.unit = project.unit.and_then(|unit| units.get(&unit).copied());
            project
                .sources
                .retain(|link| sources.contains(&link.source));
            owners.projects.insert(project.id, office.name.clone());
            ledger.apply(Edit::PutProject(Box::new(project)))?;
        }
        for goal in office.ledger.goals() {
            if ledger.goal(goal.id).is_some() {
                continue;
            }
            let mut goal = goal.clone();
            goal.unit = goal.unit.and_then(|unit| units.get(&unit).copied());
            goal.source = goal.source.filter(|source| sources.contains(source));
            owners.goals.insert(goal.id, office.name.clone());
            ledger.apply(Edit::PutGoal(goal))?;
        }
    }
    Ok(Union { ledger, owners })
}

/// Adds the office's units the union lacks; returns where each of its units is in the union.
fn take_units(
    ledger: &mut Ledger,
    owners: &mut Owners,
    office: &Office,
) -> Result<BTreeMap<UnitId, UnitId>, EditError> {
    let mut map = BTreeMap::new();
    for unit in office.ledger.units() {
        let same = ledger
            .unit(unit.id)
            .map(|found| found.id)
            .or_else(|| named_like(ledger, unit));
        let id = match same {
            Some(id) => id,
            None => {
                owners.units.insert(unit.id, office.name.clone());
                ledger.apply(Edit::PutUnit(unit.clone()))?;
                unit.id
            }
        };
        map.insert(unit.id, id);
    }
    Ok(map)
}

/// The union's unit that answers to this unit's name or one of its aliases.
fn named_like(ledger: &Ledger, unit: &Unit) -> Option<UnitId> {
    ledger
        .units()
        .find(|known| {
            std::iter::once(&unit.name)
                .chain(&unit.aliases)
                .any(|name| known.answers_to(name))
        })
        .map(|known| known.id)
}

/// Adds the office's articles the union lacks; returns the ids of all of them, present now.
fn take_sources(ledger: &mut Ledger, office: &Office) -> Result<BTreeSet<SourceId>, EditError> {
    let mut present = BTreeSet::new();
    for source in office.ledger.sources() {
        if ledger.source(source.id).is_none() {
            ledger.apply(Edit::PutSource(source.clone()))?;
        }
        present.insert(source.id);
    }
    Ok(present)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Project, ids::fresh_id};

    fn id() -> u64 {
        fresh_id(|_| false)
    }

    fn ledger_with(unit: &str, projects: &[&str]) -> Ledger {
        let mut ledger = Ledger::new();
        let unit = Unit::new(UnitId(id()), unit);
        let unit_id = unit.id;
        ledger.apply(Edit::PutUnit(unit)).unwrap();
        for name in projects {
            let project = Project::new(ProjectId(id()), *name, Some(unit_id));
            ledger.apply(Edit::PutProject(Box::new(project))).unwrap();
        }
        ledger
    }

    #[test]
    fn every_office_s_projects_show_once_marked_with_their_office() {
        let own = ledger_with("市项目办", &["云端数据中心"]);
        let other = Office {
            name: "青石镇".into(),
            ledger: ledger_with("青石镇", &["青石轴承厂", "青石物流园"]),
        };
        let union = union(&own, std::slice::from_ref(&other)).unwrap();
        assert_eq!(union.ledger.projects().count(), 3);
        assert_eq!(union.ledger.units().count(), 2);
        for project in other.ledger.projects() {
            assert_eq!(union.owners.project(project.id), Some("青石镇"));
        }
        let ours = own.projects().next().unwrap().id;
        assert_eq!(union.owners.project(ours), None);
        assert_eq!(union.owners.project_counts().get("青石镇"), Some(&2));
        union.ledger.validate().unwrap();
    }

    #[test]
    fn a_unit_named_alike_is_one_unit_and_a_taken_over_project_is_the_user_s() {
        let mut own = ledger_with("青石镇", &[]);
        let other_ledger = ledger_with("青石鎮", &["青石轴承厂", "青石物流园"]);
        let taken = other_ledger.projects().next().unwrap().clone();
        let own_unit = own.units().next().unwrap().id;
        let mut mine = taken.clone();
        mine.unit = Some(own_unit);
        mine.responsible = "李工".into();
        own.apply(Edit::PutProject(Box::new(mine))).unwrap();
        let union = union(
            &own,
            &[Office {
                name: "青石镇".into(),
                ledger: other_ledger,
            }],
        )
        .unwrap();
        assert_eq!(union.ledger.units().count(), 1);
        assert!(union.owners.units.is_empty());
        assert_eq!(union.ledger.projects().count(), 2);
        assert!(
            union
                .ledger
                .projects()
                .all(|project| project.unit == Some(own_unit))
        );
        assert_eq!(union.owners.project(taken.id), None);
        assert_eq!(union.ledger.project(taken.id).unwrap().responsible, "李工");
    }
}
