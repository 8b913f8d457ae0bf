//! Undo and redo: each applied change leaves the edit that reverts it, with a label saying
//! what it was. Redo keeps the reverse of what undo reverted; a new change clears redo.
//! Quick repeats of one change to one record (dragging a number, say) make one step.

use std::time::{Duration, Instant};

use crate::model::{Edit, EditError, Ledger, Stamp};

/// How many steps are kept.
const LIMIT: usize = 500;

/// Changes with the same label to the same record closer together than this are one step.
const COALESCE_WITHIN: Duration = Duration::from_millis(1500);

#[derive(Debug, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
}

#[derive(Debug)]
struct Step {
    label: String,
    revert: Edit,
    /// When the change was recorded; `None` for steps moved over by undo or redo.
    at: Option<Instant>,
}

impl History {
    /// Records a change that was just applied; `revert` undoes it.
    pub fn record(&mut self, label: String, revert: Edit) {
        self.record_at(label, revert, Instant::now());
    }

    /// Records a change applied at `at`. When the last step is the same change to the same
    /// record made moments before, it already reverts to the state before both: it stays,
    /// and this one joins it.
    pub fn record_at(&mut self, label: String, revert: Edit, at: Instant) {
        self.redo.clear();
        if let Some(last) = self.undo.last_mut()
            && last.label == label
            && last
                .at
                .is_some_and(|then| at.saturating_duration_since(then) < COALESCE_WITHIN)
            && record_of(&last.revert).is_some()
            && record_of(&last.revert) == record_of(&revert)
        {
            last.at = Some(at);
            return;
        }
        self.undo.push(Step {
            label,
            revert,
            at: Some(at),
        });
        if self.undo.len() > LIMIT {
            self.undo.remove(0);
        }
    }

    /// Reverts the last change; returns its label.
    pub fn undo(
        &mut self,
        ledger: &mut Ledger,
        stamp: &Stamp,
    ) -> Result<Option<String>, EditError> {
        Self::step(&mut self.undo, &mut self.redo, ledger, stamp)
    }

    /// Re-applies the last undone change; returns its label.
    pub fn redo(
        &mut self,
        ledger: &mut Ledger,
        stamp: &Stamp,
    ) -> Result<Option<String>, EditError> {
        Self::step(&mut self.redo, &mut self.undo, ledger, stamp)
    }

    fn step(
        from: &mut Vec<Step>,
        to: &mut Vec<Step>,
        ledger: &mut Ledger,
        stamp: &Stamp,
    ) -> Result<Option<String>, EditError> {
        let Some(step) = from.pop() else {
            return Ok(None);
        };
        match ledger.apply_stamped(step.revert.clone(), stamp) {
            Ok(reverse) => {
                to.push(Step {
                    label: step.label.clone(),
                    revert: reverse,
                    at: None,
                });
                Ok(Some(step.label))
            }
            Err(error) => {
                from.push(step);
                Err(error)
            }
        }
    }

    pub fn undo_label(&self) -> Option<&str> {
        self.undo.last().map(|step| step.label.as_str())
    }

    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|step| step.label.as_str())
    }

    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }
}

/// The one record an edit puts back as it was, if it is a single put.
fn record_of(edit: &Edit) -> Option<(u8, u64)> {
    match edit {
        Edit::PutUnit(unit) => Some((0, unit.id.0)),
        Edit::PutProject(project) => Some((1, project.id.0)),
        Edit::PutGoal(goal) => Some((2, goal.id.0)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Unit, UnitId};

    fn stamp() -> Stamp {
        Stamp {
            at: chrono::NaiveDate::from_ymd_opt(2025, 4, 1)
                .unwrap()
                .and_hms_opt(9, 0, 0)
                .unwrap(),
            by: "本机".into(),
        }
    }

    #[test]
    fn undo_and_redo_walk_back_and_forth() {
        let mut ledger = Ledger::new();
        let mut history = History::default();
        let id = UnitId(ledger.allocate_id());
        let revert = ledger
            .apply(Edit::PutUnit(Unit::new(id, "惠萍鎮")))
            .unwrap();
        history.record("add".into(), revert);
        let mut renamed = Unit::new(id, "惠萍镇");
        renamed.aliases.push("惠萍".into());
        let revert = ledger.apply(Edit::PutUnit(renamed.clone())).unwrap();
        history.record("rename".into(), revert);

        assert_eq!(
            history.undo(&mut ledger, &stamp()).unwrap().as_deref(),
            Some("rename")
        );
        assert_eq!(ledger.unit(id).unwrap().name, "惠萍鎮");
        assert_eq!(
            history.undo(&mut ledger, &stamp()).unwrap().as_deref(),
            Some("add")
        );
        assert!(ledger.unit(id).is_none());
        assert_eq!(history.undo(&mut ledger, &stamp()).unwrap(), None);
        assert_eq!(
            history.redo(&mut ledger, &stamp()).unwrap().as_deref(),
            Some("add")
        );
        assert_eq!(
            history.redo(&mut ledger, &stamp()).unwrap().as_deref(),
            Some("rename")
        );
        assert_eq!(ledger.unit(id).unwrap().name, renamed.name);
        assert_eq!(history.redo_label(), None);

        history.undo(&mut ledger, &stamp()).unwrap();
        let revert = ledger.apply(Edit::PutUnit(Unit::new(id, "x"))).unwrap();
        history.record("other".into(), revert);
        assert_eq!(history.redo_label(), None, "a new change clears redo");
        assert_eq!(history.undo_label(), Some("other"));
    }

    #[test]
    fn quick_repeats_of_one_change_are_one_step() {
        let mut ledger = Ledger::new();
        let mut history = History::default();
        let id = UnitId(ledger.allocate_id());
        ledger.apply(Edit::PutUnit(Unit::new(id, "甲镇"))).unwrap();
        let start = Instant::now();
        for (i, name) in ["甲镇1", "甲镇2", "甲镇3"].into_iter().enumerate() {
            let revert = ledger.apply(Edit::PutUnit(Unit::new(id, name))).unwrap();
            let at = start + Duration::from_millis(200 * i as u64);
            history.record_at("rename".into(), revert, at);
        }
        history.undo(&mut ledger, &stamp()).unwrap();
        assert_eq!(
            ledger.unit(id).unwrap().name,
            "甲镇",
            "one undo for the drag"
        );
        assert_eq!(history.undo_label(), None);

        history.redo(&mut ledger, &stamp()).unwrap();
        let revert = ledger.apply(Edit::PutUnit(Unit::new(id, "乙镇"))).unwrap();
        history.record_at("rename".into(), revert, start + Duration::from_secs(10));
        history.undo(&mut ledger, &stamp()).unwrap();
        assert_eq!(
            ledger.unit(id).unwrap().name,
            "甲镇3",
            "a later change is its own step"
        );

        let other = UnitId(ledger.allocate_id());
        let revert = ledger
            .apply(Edit::PutUnit(Unit::new(other, "丙镇")))
            .unwrap();
        history.record_at("rename".into(), revert, start + Duration::from_secs(10));
        let revert = ledger.apply(Edit::PutUnit(Unit::new(id, "丁镇"))).unwrap();
        history.record_at("rename".into(), revert, start + Duration::from_secs(10));
        history.undo(&mut ledger, &stamp()).unwrap();
        assert_eq!(ledger.unit(id).unwrap().name, "甲镇3");
        assert_eq!(
            ledger.unit(other).unwrap().name,
            "丙镇",
            "another record's step stays"
        );
    }
}
