//! The domain model: the ledger and everything in it, with no knowledge of the UI or files.
//! Dates are `chrono::NaiveDate`; money is whole yuan.

pub mod approval;
pub mod done_order;
pub mod fold;
pub mod goal;
pub mod ids;
mod keyed_list;
mod known_names;
pub mod ledger;
pub mod lights;
pub mod merge;
pub mod money;
pub mod monthly;
pub mod problem;
pub mod project;
pub mod query;
pub mod reconcile;
pub mod replace;
pub mod schedule;
pub mod sheet_merge;
pub mod source;
pub mod stamp;
pub mod unit;

pub use goal::Goal;
pub use ids::{GoalId, ProblemId, ProjectId, SourceId, UnitId};
pub use keyed_list::duplicate_id;
pub use ledger::{Edit, EditError, Inconsistency, Ledger, SCHEMA_VERSION};
pub use money::{AmountKind, Investment, Qualifier};
pub use project::{
    Category, Level, MILESTONES, Milestone, MilestoneState, Project, Pursuit, STAGES, Status,
};
pub use source::Source;
pub use stamp::Stamp;
pub use unit::{Unit, UnitKind};
