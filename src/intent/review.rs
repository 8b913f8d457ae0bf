//! Getting an article in: where it came from (a file, pasted text, the bundled sample),
//! running the article engine on it, and the review it becomes — the extraction with the
//! import plan the user ticks and edits before anything changes.

use std::path::PathBuf;

use chrono::NaiveDate;

use crate::article::{self, ArticleError, Extraction, Options};
use crate::model::Ledger;
use crate::model::merge::{ImportPlan, imported_before, plan_import};
use crate::model::money::yi_yuan_decimal;

/// The bundled sample article (the seed).
pub const SAMPLE_ARTICLE: &[u8] = include_bytes!("../../assets/seed.txt");
pub const SAMPLE_FILE_NAME: &str = "seed.txt";

/// Where an article came from, kept so it can be read again with another year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArticleOrigin {
    File(PathBuf),
    Pasted(String),
    Sample,
}

impl ArticleOrigin {
    /// The name shown and stored as the source's file name.
    pub fn file_name(&self) -> String {
        match self {
            ArticleOrigin::File(path) => path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            ArticleOrigin::Pasted(_) => String::new(),
            ArticleOrigin::Sample => SAMPLE_FILE_NAME.to_string(),
        }
    }

    /// Runs the article engine.
    pub fn extract(&self, options: &Options) -> Result<Extraction, ArticleError> {
        match self {
            ArticleOrigin::File(path) => article::extract_file(path, options),
            ArticleOrigin::Pasted(text) => Ok(article::extract_text(text, "pasted", options)),
            ArticleOrigin::Sample => {
                article::extract_bytes(SAMPLE_ARTICLE, SAMPLE_FILE_NAME, options)
            }
        }
    }
}

/// The amount fields of a plan's projects, in 亿元, as the user first sees them.
fn amount_inputs(plan: &ImportPlan) -> Vec<String> {
    plan.projects
        .iter()
        .map(|p| {
            p.investment
                .map(|i| yi_yuan_decimal(i.yuan))
                .unwrap_or_default()
        })
        .collect()
}

/// The longest title taken from the first line of pasted text, in characters.
const TITLE_CHARS: usize = 40;

/// The first line of pasted text with anything in it, as its title (cut at 40 characters).
fn first_line(text: &str) -> Option<String> {
    let line = text.lines().map(str::trim).find(|line| !line.is_empty())?;
    let mut title: String = line.chars().take(TITLE_CHARS).collect();
    if line.chars().count() > TITLE_CHARS {
        title.push('…');
    }
    Some(title)
}

/// An article waiting for the user's review.
#[derive(Debug, Clone)]
pub struct Review {
    pub origin: ArticleOrigin,
    pub extraction: Extraction,
    pub plan: ImportPlan,
    /// What the user types into the year field.
    pub year_input: String,
    /// What the user types into each project's amount field (亿元), by plan index.
    pub amount_inputs: Vec<String>,
}

impl Review {
    /// Reads an article and plans its import against the ledger.
    pub fn start(
        origin: ArticleOrigin,
        ledger: &Ledger,
        today: NaiveDate,
        forced_year: Option<i32>,
    ) -> Result<Review, ArticleError> {
        let mut options = Options {
            forced_year,
            default_year: None,
            import_date: Some(today),
            known: std::sync::Arc::new(ledger.known_names()),
        };
        let mut extraction = origin.extract(&options)?;
        if let Some(source) = imported_before(ledger, &extraction) {
            options.known = std::sync::Arc::new(ledger.known_names_except(Some(source)));
            extraction = origin.extract(&options)?;
        }
        if let ArticleOrigin::Pasted(text) = &origin
            && extraction.title.is_none()
        {
            extraction.title = first_line(text);
        }
        let plan = plan_import(ledger, &extraction, &origin.file_name(), today);
        let amount_inputs = amount_inputs(&plan);
        Ok(Review {
            year_input: extraction.year.map(|y| y.to_string()).unwrap_or_default(),
            origin,
            extraction,
            plan,
            amount_inputs,
        })
    }

    /// Matches the findings against the ledger again (after another import changed it), so
    /// that projects it now holds are updated rather than duplicated. Only for reviews the
    /// user has not yet seen: their edits would be lost.
    pub fn replan(&mut self, ledger: &Ledger, today: NaiveDate) {
        self.plan = plan_import(ledger, &self.extraction, &self.origin.file_name(), today);
        self.amount_inputs = amount_inputs(&self.plan);
    }

    /// Reads the article again with another year; the user's ticks carry over to the
    /// findings that are still there.
    pub fn with_year(
        &self,
        year: i32,
        ledger: &Ledger,
        today: NaiveDate,
    ) -> Result<Review, ArticleError> {
        let mut again = Review::start(self.origin.clone(), ledger, today, Some(year))?;
        for project in &mut again.plan.projects {
            if let Some(before) = self
                .plan
                .projects
                .iter()
                .find(|p| p.finding == project.finding)
            {
                project.include = before.include;
            }
        }
        Ok(again)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pasted_text_takes_its_first_line_as_the_title() {
        assert_eq!(
            first_line("\n  河口镇重点项目推进会召开,力争年底前竣工  \n正文").as_deref(),
            Some("河口镇重点项目推进会召开,力争年底前竣工")
        );
        let long = "长".repeat(50);
        assert_eq!(
            first_line(&long).unwrap().chars().count(),
            TITLE_CHARS + 1,
            "cut, with an ellipsis"
        );
        assert_eq!(first_line(" \n "), None);
    }
}
