//! 存在问题: what holds a project up, who must solve it by when, and when it was solved
//! (销号). An open problem past its 解决时限 is overdue.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ids::ProblemId;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub id: ProblemId,
    /// What the problem is.
    pub text: String,
    /// 责任单位.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner_office: String,
    /// 责任人.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub person: String,
    /// 解决时限.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    /// 解决情况: what has been done about it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub resolution: String,
    /// 销号: the day it was solved and struck off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed: Option<NaiveDate>,
}

impl Problem {
    pub fn new(id: ProblemId, text: impl Into<String>) -> Self {
        Problem {
            id,
            text: text.into(),
            owner_office: String::new(),
            person: String::new(),
            due: None,
            resolution: String::new(),
            closed: None,
        }
    }

    pub fn is_open(&self) -> bool {
        self.closed.is_none()
    }

    /// Open and past its 时限 on `today`.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.is_open() && self.due.is_some_and(|due| due < today)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, m, d).unwrap()
    }

    #[test]
    fn an_open_problem_past_its_deadline_is_overdue_until_struck_off() {
        let mut problem = Problem::new(ProblemId(1), "用地指标未落实");
        assert!(
            !problem.is_overdue(day(12, 31)),
            "no deadline, never overdue"
        );
        problem.due = Some(day(4, 30));
        assert!(!problem.is_overdue(day(4, 30)));
        assert!(problem.is_overdue(day(5, 1)));
        problem.closed = Some(day(5, 3));
        assert!(!problem.is_open());
        assert!(!problem.is_overdue(day(6, 1)));
    }
}
