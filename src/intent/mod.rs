//! What the views and the app say to each other, in a room below both: the actions a view
//! returns (commands, changes — the monthly follow-up's among them — answers), the article under review, the settings, the file
//! dialogs' requests and answers, the notices and the banner's problem. It imports neither
//! `ui` nor `app`.

mod action;
mod change;
mod command;
pub mod conflict_review;
mod dialog;
mod follow_up;
mod notice;
mod problem;
pub mod review;
mod settings;
pub mod sheet_review;

pub use action::Action;
pub use change::{Change, Created, Outcome, Subject};
pub use command::{Command, CommandState, Unavailable};
pub use conflict_review::ConflictReview;
pub use dialog::{DialogAnswer, DialogPurpose, DialogRequest};
pub use follow_up::{FollowUp, MonthValue};
pub use notice::{Notice, NoticeKey, NoticeLevel, Notices};
pub use problem::Problem;
pub use review::{ArticleOrigin, Review};
pub use settings::{Settings, ThemeChoice};
pub use sheet_review::SheetReview;
