//! Keeping the units clean after many imports: finding a unit by any of its names, merging two
//! units into one (projects, goals and aliases move; the old name becomes an alias; a project
//! both units had under one name becomes one project) and deleting a unit while keeping its
//! projects. Each is one [`Edit`] — one undo step.

use super::fold::fold_into;
use super::ids::UnitId;
use super::ledger::{Edit, Ledger};
use super::merge::{keys_of, project_key};

impl Ledger {
    /// The unit that goes by this name or alias (in either script), other than `except`.
    pub fn unit_named(&self, name: &str, except: Option<UnitId>) -> Option<UnitId> {
        self.units()
            .filter(|unit| Some(unit.id) != except)
            .find(|unit| unit.answers_to(name))
            .map(|unit| unit.id)
    }

    /// How many projects and goals belong to a unit.
    pub fn unit_load(&self, unit: UnitId) -> (usize, usize) {
        (
            self.projects_of(Some(unit)).count(),
            self.goals().filter(|g| g.unit == Some(unit)).count(),
        )
    }
}

/// The edit that moves everything of `from` into `into`: its projects and goals, its name and
/// aliases (as aliases of `into`), and removes `from`. `None` when either is missing or they
/// are the same unit.
pub fn merge_units(ledger: &Ledger, from: UnitId, into: UnitId) -> Option<Edit> {
    let old = ledger.unit(from)?;
    let mut kept = ledger.unit(into)?.clone();
    if from == into {
        return None;
    }
    for name in std::iter::once(&old.name).chain(&old.aliases) {
        kept.add_alias(name);
    }
    if kept.kind().is_none() {
        kept.kind = old.kind();
    }
    let keys = keys_of(Some(&kept));
    let mut edits = vec![Edit::PutUnit(kept)];
    let mut folded = Vec::new();
    for theirs in ledger.projects_of(Some(from)) {
        let key = project_key(&theirs.name, &keys);
        let same = ledger.projects_of(Some(into)).find(|mine| {
            std::iter::once(&mine.name)
                .chain(&mine.aliases)
                .any(|name| project_key(name, &keys) == key)
        });
        if let Some(mine) = same {
            let mut kept_project = folded
                .iter()
                .position(|p: &crate::model::Project| p.id == mine.id)
                .map(|i| folded.remove(i))
                .unwrap_or_else(|| mine.clone());
            fold_into(&mut kept_project, theirs);
            folded.push(kept_project);
            edits.push(Edit::RemoveProject(theirs.id));
        }
    }
    let removed: Vec<_> = edits
        .iter()
        .filter_map(|edit| match edit {
            Edit::RemoveProject(id) => Some(*id),
            _ => None,
        })
        .collect();
    edits.extend(
        folded
            .into_iter()
            .map(|project| Edit::PutProject(Box::new(project))),
    );
    edits.extend(
        move_belongings(ledger, from, Some(into))
            .into_iter()
            .filter(|edit| !matches!(edit, Edit::PutProject(p) if removed.contains(&p.id))),
    );
    edits.push(Edit::RemoveUnit(from));
    Some(Edit::Batch(edits))
}

/// The edit that deletes a unit but keeps its projects: they move to `to`, or become
/// unassigned. Its goals move to `to`; with no unit to move to they are deleted (a goal
/// without a unit would count every unit's projects). `None` when the unit is missing.
pub fn delete_unit(ledger: &Ledger, unit: UnitId, to: Option<UnitId>) -> Option<Edit> {
    ledger.unit(unit)?;
    let to = to.filter(|to| *to != unit && ledger.unit(*to).is_some());
    let mut edits = move_belongings(ledger, unit, to);
    edits.push(Edit::RemoveUnit(unit));
    Some(Edit::Batch(edits))
}

/// Edits moving the projects and goals of `from` to `to`; goals with nowhere to go are
/// removed.
fn move_belongings(ledger: &Ledger, from: UnitId, to: Option<UnitId>) -> Vec<Edit> {
    let mut edits: Vec<Edit> = ledger
        .projects_of(Some(from))
        .map(|project| {
            let mut moved = project.clone();
            moved.unit = to;
            Edit::PutProject(Box::new(moved))
        })
        .collect();
    for goal in ledger.goals().filter(|g| g.unit == Some(from)) {
        edits.push(match to {
            Some(to) => {
                let mut moved = goal.clone();
                moved.unit = Some(to);
                Edit::PutGoal(moved)
            }
            None => Edit::RemoveGoal(goal.id),
        });
    }
    edits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::goal::Goal;
    use crate::model::ids::{GoalId, ProjectId};
    use crate::model::project::{Milestone, Project};
    use crate::model::unit::Unit;

    /// 東海鎮 with 萬鵬建材 and a goal; 东海 (a short form) with 錦曌新材料; 匯龍鎮, empty.
    fn ledger() -> (Ledger, [UnitId; 3]) {
        let mut ledger = Ledger::new();
        let ids = [(); 3].map(|_| UnitId(ledger.allocate_id()));
        for (id, name) in ids.iter().zip(["東海鎮", "东海", "匯龍鎮"]) {
            let mut unit = Unit::new(*id, name);
            if name == "东海" {
                unit.aliases.push("东海片区".into());
            }
            ledger.apply(Edit::PutUnit(unit)).unwrap();
        }
        for (name, unit) in [("萬鵬建材", ids[0]), ("錦曌新材料", ids[1])] {
            let project = Project::new(ProjectId(ledger.allocate_id()), name, Some(unit));
            ledger.apply(Edit::PutProject(Box::new(project))).unwrap();
        }
        let goal = Goal {
            id: GoalId(ledger.allocate_id()),
            unit: Some(ids[1]),
            milestone: Milestone::Sign,
            count: 1,
            min_investment_yuan: None,
            from: None,
            by: None,
            text: "签约项目1个".into(),
            source: None,
            stamps: Default::default(),
        };
        ledger.apply(Edit::PutGoal(goal)).unwrap();
        (ledger, ids)
    }

    #[test]
    fn units_are_found_by_any_name_in_either_script() {
        let (ledger, [east, short, _]) = ledger();
        assert_eq!(ledger.unit_named("东海镇", None), Some(east));
        assert_eq!(ledger.unit_named("東海片區", None), Some(short));
        assert_eq!(ledger.unit_named("东海镇", Some(east)), None);
        assert_eq!(ledger.unit_load(short), (1, 1));
    }

    #[test]
    fn merging_moves_everything_and_keeps_the_old_names_as_aliases() {
        let (mut ledger, [east, short, _]) = ledger();
        let before = ledger.clone();
        let edit = merge_units(&ledger, short, east).unwrap();
        let revert = ledger.apply(edit).unwrap();
        assert!(ledger.unit(short).is_none());
        assert_eq!(ledger.unit(east).unwrap().aliases, ["东海", "东海片区"]);
        assert_eq!(ledger.unit_load(east), (2, 1));
        assert_eq!(ledger.unit_named("东海", None), Some(east));
        ledger.apply(revert).unwrap();
        assert_eq!(ledger, before, "one step undoes it all");
        assert!(merge_units(&ledger, east, east).is_none());
    }

    #[test]
    fn a_project_both_units_had_becomes_one() {
        let (mut ledger, [east, short, _]) = ledger();
        let mut twin = Project::new(
            ProjectId(ledger.allocate_id()),
            "東海鎮萬鵬建材",
            Some(short),
        );
        twin.responsible = "张副镇长".into();
        ledger.apply(Edit::PutProject(Box::new(twin))).unwrap();
        let edit = merge_units(&ledger, short, east).unwrap();
        ledger.apply(edit).unwrap();
        let names: Vec<&str> = ledger.projects().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["萬鵬建材", "錦曌新材料"]);
        let kept = ledger.projects().next().unwrap();
        assert_eq!(kept.responsible, "张副镇长");
        assert_eq!(kept.aliases, ["東海鎮萬鵬建材"]);
    }

    #[test]
    fn deleting_a_unit_keeps_its_projects() {
        let (mut ledger, [east, short, hui]) = ledger();
        let edit = delete_unit(&ledger, short, None).unwrap();
        let revert = ledger.apply(edit).unwrap();
        assert_eq!(ledger.projects().count(), 2);
        assert_eq!(ledger.projects_of(None).count(), 1, "now unassigned");
        assert_eq!(ledger.goals().count(), 0, "a goal needs its unit");
        ledger.apply(revert).unwrap();
        let edit = delete_unit(&ledger, short, Some(hui)).unwrap();
        ledger.apply(edit).unwrap();
        assert_eq!(ledger.unit_load(hui), (1, 1));
        assert_eq!(ledger.unit_load(east), (1, 0));
    }
}
