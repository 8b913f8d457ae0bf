//! Text to findings. The data flow, one way:
//!
//! ```text
//! Document.text ─► clean ─► cleaned text ─► script::to_simplified_aligned ─► Simplified copy
//!   ─► Article::parse (layout, amount/date/status grammars, unit and project recognisers)
//!   ─► year::choose_year ─► facts::gather (amounts, statuses, targets per mention)
//!   ─► topic (units) ─► assemble (one finding per project) + goal ─► Extraction
//! ```
//!
//! Both texts share byte offsets, so every span found in the Simplified copy points at the
//! words as written in `Extraction::text`.

mod article;
mod assemble;
mod facts;
mod goal;
mod reference;
mod topic;
mod unit_details;
mod year;

use chrono::Datelike;

use crate::Options;
use crate::clean::clean;
use crate::decode::Document;
use crate::extraction::{Extraction, Warning, WarningKind, YearSource};
use crate::script::to_simplified_aligned;

pub use year::find_dateline;

/// Extracts everything from a decoded document.
pub fn extract_document(document: Document, id: &str, options: &Options) -> Extraction {
    let cleaned = clean(&document.text);
    let simple = to_simplified_aligned(&cleaned.text);
    let article = article::Article::parse(&cleaned.text, &simple, &options.known);
    let year = year::choose_year(&simple, document.published, options);
    let month = year
        .dateline
        .filter(|d| Some(d.year()) == year.year)
        .map(|d| d.month());
    let topics = topic::Topics::new(&article);
    let facts = facts::gather(&article, year.year, month);
    let projects = assemble::project_findings(&article, &topics, facts);
    let goals = goal::find_goals(&article, &topics, year.year, month);
    let (units, unit_aliases) = topic::units_and_aliases(&article);
    let unit_details = unit_details::unit_details(&article, &units);
    let mut warnings = document.warnings;
    warnings.extend(cleaned.garbled.iter().map(|&span| Warning {
        kind: WarningKind::Garbled,
        message: format!(
            "乱码: “{}”",
            cleaned.text.get(span.start..span.end).unwrap_or("")
        ),
        span: Some(span),
    }));
    if let Some(warning) = year_warning(year.source, year.year) {
        warnings.push(warning);
    }
    if let Some(placeholder) = article
        .dates
        .iter()
        .find(|d| d.year == crate::grammar::date::YearRef::Placeholder)
    {
        warnings.push(Warning {
            kind: WarningKind::YearAssumed,
            message: format!(
                "文中年份写作“{}”,这样的日期留空",
                cleaned
                    .text
                    .get(placeholder.span.start..placeholder.span.end)
                    .unwrap_or("")
            ),
            span: Some(placeholder.span),
        });
    }
    Extraction {
        id: id.to_string(),
        title: document
            .title
            .as_deref()
            .map(crate::clean::pinyin::strip_pinyin),
        published: year.dateline,
        encoding: document.encoding,
        format: document.format,
        year_hint: year.hint,
        year: year.year,
        year_source: year.source,
        units,
        unit_aliases,
        unit_details,
        projects,
        goals,
        warnings,
        text: cleaned.text,
        ..Extraction::default()
    }
}

fn year_warning(source: YearSource, year: Option<i32>) -> Option<Warning> {
    let message = match (source, year) {
        (YearSource::Option, Some(year)) => format!("文中未写年份,按指定年份 {year} 计算日期"),
        (YearSource::ImportDate, Some(year)) => {
            format!("文中未写年份,按导入日期的年份 {year} 计算日期")
        }
        (YearSource::None, _) => "文中未写年份,没有年份的日期留空".to_string(),
        _ => return None,
    };
    Some(Warning {
        kind: WarningKind::YearAssumed,
        message,
        span: None,
    })
}
