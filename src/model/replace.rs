//! The one edit that turns a ledger into another version of it — how a merged version (a
//! conflict copy or a sync engine's change taken in) becomes one undo step of the open ledger.
//! Records are put before the records that refer to them and removed after: units and articles
//! first, then projects and goals; removals in the opposite order.

use super::{Edit, Ledger};

/// The edit that makes `from` equal to `to` (records with the stamps `to` gives them), or
/// `None` when they are equal already.
pub fn edit_between(from: &Ledger, to: &Ledger) -> Option<Edit> {
    let mut edits = Vec::new();
    edits.extend(
        to.units()
            .filter(|unit| from.unit(unit.id) != Some(unit))
            .map(|unit| Edit::PutUnit(unit.clone())),
    );
    edits.extend(
        to.sources()
            .filter(|source| from.source(source.id) != Some(source))
            .map(|source| Edit::PutSource(source.clone())),
    );
    edits.extend(
        to.projects()
            .filter(|project| from.project(project.id) != Some(project))
            .map(|project| Edit::PutProject(Box::new(project.clone()))),
    );
    edits.extend(
        to.goals()
            .filter(|goal| from.goal(goal.id) != Some(goal))
            .map(|goal| Edit::PutGoal(goal.clone())),
    );
    edits.extend(
        from.goals()
            .filter(|goal| to.goal(goal.id).is_none())
            .map(|goal| Edit::RemoveGoal(goal.id)),
    );
    edits.extend(
        from.projects()
            .filter(|project| to.project(project.id).is_none())
            .map(|project| Edit::RemoveProject(project.id)),
    );
    edits.extend(
        from.sources()
            .filter(|source| to.source(source.id).is_none())
            .map(|source| Edit::RemoveSource(source.id)),
    );
    edits.extend(
        from.units()
            .filter(|unit| to.unit(unit.id).is_none())
            .map(|unit| Edit::RemoveUnit(unit.id)),
    );
    if from.approval_names != to.approval_names {
        edits.push(Edit::SetApprovalNames(to.approval_names.clone()));
    }
    (!edits.is_empty()).then_some(Edit::Batch(edits))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ids::fresh_id;
    use crate::model::{Project, ProjectId, Unit, UnitId};

    fn id() -> u64 {
        fresh_id(|_| false)
    }

    #[test]
    fn the_edit_turns_one_version_into_the_other_and_its_revert_back() {
        let mut before = Ledger::new();
        let kept = Unit::new(UnitId(id()), "青石镇");
        let gone = Unit::new(UnitId(id()), "白沙乡");
        before.apply(Edit::PutUnit(kept.clone())).unwrap();
        before.apply(Edit::PutUnit(gone.clone())).unwrap();
        let old = Project::new(ProjectId(id()), "白沙码头", Some(gone.id));
        before.apply(Edit::PutProject(Box::new(old))).unwrap();

        let mut after = Ledger::new();
        after.apply(Edit::PutUnit(kept.clone())).unwrap();
        let added = Unit::new(UnitId(id()), "红岩街道");
        after.apply(Edit::PutUnit(added.clone())).unwrap();
        let new = Project::new(ProjectId(id()), "红岩书院", Some(added.id));
        after.apply(Edit::PutProject(Box::new(new))).unwrap();
        after.approval_names = vec!["用地预审".into()];

        let mut ledger = before.clone();
        let revert = ledger
            .apply(edit_between(&before, &after).unwrap())
            .unwrap();
        assert_eq!(
            ledger.units().collect::<Vec<_>>(),
            after.units().collect::<Vec<_>>()
        );
        assert_eq!(
            ledger.projects().collect::<Vec<_>>(),
            after.projects().collect::<Vec<_>>()
        );
        assert_eq!(ledger.approval_names, after.approval_names);
        assert!(edit_between(&ledger, &after).is_none());
        ledger.apply(revert).unwrap();
        assert!(edit_between(&ledger, &before).is_none());
    }
}
