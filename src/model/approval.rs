//! 前期手续: the approvals a project needs before it may start (立项/备案, 用地预审, 规划许可 …),
//! each with a target and a done date, followed like the milestones. The list of names is the
//! ledger's own; these are the ones offices use most.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The approvals a new ledger lists, in the order they are usually obtained.
pub const DEFAULT_APPROVALS: [&str; 6] = [
    "立项/备案",
    "用地预审",
    "规划许可",
    "环评批复",
    "能评",
    "施工许可",
];

/// One approval of one project.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Approval {
    /// One of the ledger's approval names.
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done: Option<NaiveDate>,
}

impl Approval {
    pub fn is_done(&self) -> bool {
        self.done.is_some()
    }

    /// Not done and past its target on `today`.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        !self.is_done() && self.target.is_some_and(|target| target < today)
    }
}

/// The state of the approval named `name` in a project's list, if it has one.
pub fn find<'a>(approvals: &'a [Approval], name: &str) -> Option<&'a Approval> {
    approvals.iter().find(|approval| approval.name == name)
}

/// Sets (or, when both dates are empty, removes) the approval named `name`.
pub fn set(approvals: &mut Vec<Approval>, approval: Approval) {
    let empty = approval.target.is_none() && approval.done.is_none();
    match approvals.iter().position(|a| a.name == approval.name) {
        Some(index) if empty => {
            approvals.remove(index);
        }
        Some(index) => approvals[index] = approval,
        None if empty => {}
        None => approvals.push(approval),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2025, m, d)
    }

    #[test]
    fn setting_an_approval_replaces_it_and_clearing_removes_it() {
        let mut approvals = Vec::new();
        set(
            &mut approvals,
            Approval {
                name: "环评批复".into(),
                target: day(5, 31),
                done: None,
            },
        );
        assert!(
            find(&approvals, "环评批复")
                .unwrap()
                .is_overdue(day(6, 1).unwrap())
        );
        set(
            &mut approvals,
            Approval {
                name: "环评批复".into(),
                target: day(5, 31),
                done: day(5, 20),
            },
        );
        assert_eq!(approvals.len(), 1);
        assert!(approvals[0].is_done() && !approvals[0].is_overdue(day(6, 1).unwrap()));
        set(
            &mut approvals,
            Approval {
                name: "环评批复".into(),
                target: None,
                done: None,
            },
        );
        assert!(approvals.is_empty());
    }

    #[test]
    fn the_default_names_are_distinct() {
        let mut names = DEFAULT_APPROVALS.to_vec();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), DEFAULT_APPROVALS.len());
    }
}
