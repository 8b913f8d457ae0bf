//! Undo and redo: each applied change leaves the edit that reverts it, with a label saying
//! what it was. Redo keeps the reverse of what undo reverted; a new change clears redo.

use crate::model::{Edit, EditError, Ledger};

/// How many steps are kept.
const LIMIT: usize = 500;

#[derive(Debug, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
}

#[derive(Debug)]
struct Step {
    label: String,
    revert: Edit,
}

impl History {
    /// Records a change that was just applied; `revert` undoes it.
    pub fn record(&mut self, label: String, revert: Edit) {
        self.redo.clear();
        self.undo.push(Step { label, revert });
        if self.undo.len() > LIMIT {
            self.undo.remove(0);
        }
    }

    /// Reverts the last change; returns its label.
    pub fn undo(&mut self, ledger: &mut Ledger) -> Result<Option<String>, EditError> {
        Self::step(&mut self.undo, &mut self.redo, ledger)
    }

    /// Re-applies the last undone change; returns its label.
    pub fn redo(&mut self, ledger: &mut Ledger) -> Result<Option<String>, EditError> {
        Self::step(&mut self.redo, &mut self.undo, ledger)
    }

    fn step(
        from: &mut Vec<Step>,
        to: &mut Vec<Step>,
        ledger: &mut Ledger,
    ) -> Result<Option<String>, EditError> {
        let Some(step) = from.pop() else {
            return Ok(None);
        };
        match ledger.apply(step.revert.clone()) {
            Ok(reverse) => {
                to.push(Step {
                    label: step.label.clone(),
                    revert: reverse,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Unit, UnitId};

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
            history.undo(&mut ledger).unwrap().as_deref(),
            Some("rename")
        );
        assert_eq!(ledger.unit(id).unwrap().name, "惠萍鎮");
        assert_eq!(history.undo(&mut ledger).unwrap().as_deref(), Some("add"));
        assert!(ledger.unit(id).is_none());
        assert_eq!(history.undo(&mut ledger).unwrap(), None);
        assert_eq!(history.redo(&mut ledger).unwrap().as_deref(), Some("add"));
        assert_eq!(
            history.redo(&mut ledger).unwrap().as_deref(),
            Some("rename")
        );
        assert_eq!(ledger.unit(id), Some(&renamed));
        assert_eq!(history.redo_label(), None);

        history.undo(&mut ledger).unwrap();
        let revert = ledger.apply(Edit::PutUnit(Unit::new(id, "x"))).unwrap();
        history.record("other".into(), revert);
        assert_eq!(history.redo_label(), None, "a new change clears redo");
        assert_eq!(history.undo_label(), Some("other"));
    }
}
