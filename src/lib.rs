//! Town Tracker (项目推进台账): a desktop ledger of the major projects each town is pushing.
//!
//! Data flows one way: [`article`] turns an article into an extraction and [`sheet`] a 推进表
//! spreadsheet into rows, [`model`] holds the ledger and merges both into it, [`store`] keeps it in a RON file, and [`ui`] draws
//! it and returns actions that [`app`] applies in one place (undo and autosave live there).
//! Every import points down: `app` → `ui` → [`intent`] (what the two say to each other) →
//! [`i18n`], `store`, `export` → `model`.
//! [`workspace`] lists a folder of ledgers (one per office) and the sync engines' conflict
//! copies of them; it sits beside `store`, above `model`.
//! [`cli`] holds the command-line subcommands; [`describe`] puts every error a person sees into
//! plain words in the UI's language; [`report`] composes the monthly 通报, which `export` writes.

pub mod app;
pub mod cli;
pub mod describe;
pub mod export;
pub mod i18n;
pub mod intent;
pub mod model;
pub mod report;
pub mod store;
pub mod ui;
pub mod workspace;

pub use town_tracker_article as article;
pub use town_tracker_sheet as sheet;
