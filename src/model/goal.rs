//! A goal that is not one project: "确保一季度新签约10亿元以上项目1个" — reach a milestone with
//! a number of projects, each at least so large, by a date.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ids::{GoalId, SourceId, UnitId};
use super::project::Milestone;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Goal {
    pub id: GoalId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<UnitId>,
    pub milestone: Milestone,
    /// How many projects must reach the milestone.
    pub count: u32,
    /// The least investment a project must have to count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_investment_yuan: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<NaiveDate>,
    /// As written.
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceId>,
}
