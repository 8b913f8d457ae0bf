//! What the article engine finds in one article: the `Extraction` and its parts. Serialises to
//! the extraction JSON of DESIGN.md (`extract --json`), with evidence spans and warnings added.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::vocab::{AmountKind, Milestone, Qualifier, Status};

/// A half-open byte range `start..end` into `Extraction::text` (the cleaned text).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// The container the article came in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceFormat {
    #[default]
    Text,
    Html,
    Docx,
    Markdown,
}

/// Where the year used for due dates came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum YearSource {
    /// Forced by the caller (the review window's correction).
    Forced,
    /// Stated in the body ("2025年第一季度").
    Text,
    /// The article's own date line or publish-date meta tag.
    Dateline,
    /// The caller's default (`--year`).
    Option,
    /// The day the article was imported.
    ImportDate,
    /// No year could be resolved: dates that need one are left empty.
    #[default]
    None,
}

/// A non-fatal problem noticed while reading an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    pub kind: WarningKind,
    /// Plain words for the user.
    pub message: String,
    pub span: Option<Span>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WarningKind {
    /// A garbled stretch (replacement characters, '?' inside Chinese, mojibake).
    Garbled,
    /// The encoding was a guess that may be wrong.
    EncodingGuess,
    /// The year for dates was assumed rather than read from the article.
    YearAssumed,
    /// Anything else worth telling.
    Other,
}

/// One amount of money with the words it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AmountFinding {
    /// Whole yuan; `None` for foreign currency.
    pub yuan: Option<i64>,
    pub qualifier: Qualifier,
    pub kind: AmountKind,
    /// The words as written, e.g. "總投資90億元".
    pub text: String,
    pub span: Span,
    /// ISO code for a foreign currency ("USD"), else absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// The amount in whole units of `currency`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_amount: Option<i64>,
}

/// A milestone the project must reach by a date ("力争3月底前正式投产").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TargetFinding {
    pub milestone: Milestone,
    /// Last day of the period named; `None` when the year cannot be resolved.
    pub by: Option<NaiveDate>,
    pub text: String,
    pub span: Span,
}

/// Findings with a confidence below this are shown unticked and marked in the review: the
/// user sees them but does not accept them by accident.
pub const UNSURE_BELOW: f32 = 0.5;

fn sure() -> f32 {
    1.0
}

/// One project found in the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProjectFinding {
    /// As written, pinyin annotations removed, without a trailing 项目.
    pub name: String,
    /// The company written directly before the project, split off the name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// The unit (town) the project belongs to, as written.
    pub unit: Option<String>,
    pub investment: Option<AmountFinding>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub investments_extra: Vec<AmountFinding>,
    pub status: Option<Status>,
    pub status_text: Option<String>,
    pub targets: Vec<TargetFinding>,
    /// The person answering for the project (责任人, 挂钩领导), as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsible: Option<String>,
    /// Where the name stands in the cleaned text.
    pub span: Span,
    /// The sentence the project was found in.
    pub sentence: String,
    pub sentence_span: Span,
    /// How sure the extractor is that this is a project (0 to 1); below [`UNSURE_BELOW`] the
    /// review leaves it unticked.
    #[serde(default = "sure")]
    pub confidence: f32,
}

impl ProjectFinding {
    /// True when the review should leave the finding unticked and marked.
    pub fn is_unsure(&self) -> bool {
        self.confidence < UNSURE_BELOW
    }
}

/// What kind of body a unit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    /// 镇.
    Town,
    /// 乡 (民族乡, 苏木).
    Township,
    /// 街道 (街道办事处).
    Subdistrict,
    /// 开发区, 园区, 高新区, 度假区, 港区, 新区 and other zones and parks.
    Zone,
    /// A county-level division: 县, 县级市, 区, 旗.
    County,
    /// A prefecture-level city.
    City,
    /// A short name or heading whose kind the article does not say.
    Other,
}

/// One unit found in the article, with what is known of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UnitFinding {
    /// As written, the same as in [`Extraction::units`].
    pub name: String,
    pub kind: UnitKind,
    /// The county the gazetteer places a township in, when the article leaves no doubt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub county: Option<String>,
    /// How sure the extractor is that this is a unit (0 to 1); below [`UNSURE_BELOW`] the
    /// review leaves a new unit unticked.
    pub confidence: f32,
}

impl UnitFinding {
    /// True when the review should leave the unit unticked and marked, if it is new.
    pub fn is_unsure(&self) -> bool {
        self.confidence < UNSURE_BELOW
    }
}

/// A goal that is not a project ("确保一季度新签约10亿元以上项目1个").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoalFinding {
    pub unit: Option<String>,
    pub milestone: Milestone,
    pub count: Option<u32>,
    pub min_investment_yuan: Option<i64>,
    pub by: Option<NaiveDate>,
    pub text: String,
    pub span: Span,
}

/// Everything found in one article.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Extraction {
    /// The file stem ("seed"), or "pasted" for pasted text.
    pub id: String,
    /// The file name, set when several files are extracted at once (JSON Lines).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    pub title: Option<String>,
    /// The article's own date (date line or publish-date meta), when it states one.
    pub published: Option<NaiveDate>,
    /// The encoding the bytes were read with ("UTF-8", "GBK", "Big5", …).
    pub encoding: String,
    pub format: SourceFormat,
    /// The year the text itself states (date line or body), if any.
    pub year_hint: Option<i32>,
    /// The year used to resolve due dates, and where it came from.
    pub year: Option<i32>,
    pub year_source: YearSource,
    /// Units as written, in order of first mention.
    pub units: Vec<String>,
    /// Other names the article uses for a unit (呂四港區鎮 for 呂四港經濟開發區).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub unit_aliases: BTreeMap<String, Vec<String>>,
    /// The units again, in the same order, with their kind, county and confidence.
    #[serde(default)]
    pub unit_details: Vec<UnitFinding>,
    pub projects: Vec<ProjectFinding>,
    pub goals: Vec<GoalFinding>,
    pub warnings: Vec<Warning>,
    /// The cleaned text all spans point into.
    pub text: String,
}
