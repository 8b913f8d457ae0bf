//! Which year due dates such as "3月底前" fall in: forced by the caller, else the article's
//! date line (the decoder's publish date, or a date line found in the text such as
//! "发布时间:[2014-5-22]"), else a year the body states outside a target ("2025年第一季度"),
//! else the caller's default year, else the import date. A date line is preferred to a body
//! year because body years often name past or future events ("2004年落户", "力争2008年").

use chrono::{Datelike, NaiveDate};

use crate::Options;
use crate::extraction::YearSource;
use crate::grammar::status::{Mood, mood_before};
use crate::lexicon::classes::SINCE_WORDS;

/// The year chosen for an article and what the article itself says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearChoice {
    pub year: Option<i32>,
    pub source: YearSource,
    /// The year the text states (date line or body), whatever was chosen.
    pub hint: Option<i32>,
    /// The article's own date, if its date line gives one.
    pub dateline: Option<NaiveDate>,
}

/// Chooses the year. `text` is the Simplified text; `published` the decoder's date.
pub fn choose_year(text: &str, published: Option<NaiveDate>, options: &Options) -> YearChoice {
    let dateline = published.or_else(|| find_dateline(text));
    let body = body_year(text);
    let hint = dateline.map(|d| d.year()).or(body);
    let (year, source) = if let Some(year) = options.forced_year {
        (Some(year), YearSource::Forced)
    } else if let Some(date) = dateline {
        (Some(date.year()), YearSource::Dateline)
    } else if let Some(year) = body {
        (Some(year), YearSource::Text)
    } else if let Some(year) = options.default_year {
        (Some(year), YearSource::Option)
    } else if let Some(date) = options.import_date {
        (Some(date.year()), YearSource::ImportDate)
    } else {
        (None, YearSource::None)
    };
    YearChoice {
        year,
        source,
        hint,
        dateline,
    }
}

/// The article's own date line, read by the decoder's grammar
/// ([`crate::decode::dateline::find_dateline`]) over the Simplified text.
pub fn find_dateline(text: &str) -> Option<NaiveDate> {
    crate::decode::dateline::find_dateline(text)
}

fn leading_number(text: &str, max_digits: usize) -> Option<(u32, usize)> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > max_digits {
        return None;
    }
    Some((text[..digits].parse().ok()?, digits))
}

/// True when what follows "YYYY年" makes it the date of one event ("2024年12月,…召开") or a
/// span reaching back ("2022年以来"), not the year the article is about.
fn names_an_event(after_year: &str) -> bool {
    let after_year = after_year.trim_start_matches(' ');
    after_year.starts_with(|c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
        && after_year.chars().take(4).any(|c| c == '月')
        || SINCE_WORDS.iter().any(|w| after_year.starts_with(w))
}

/// The first "YYYY年" of the body that states the article's year: not part of a target
/// ("力争2008年", "预计2026年") and not the date of one event ("2024年12月").
fn body_year(text: &str) -> Option<i32> {
    let bytes = text.as_bytes();
    for (at, _) in text.match_indices(|c: char| c.is_ascii_digit()) {
        if at > 0 && bytes[at - 1].is_ascii_digit() {
            continue;
        }
        let Some((year, 4)) = leading_number(&text[at..], 4) else {
            continue;
        };
        let after = text[at + 4..].trim_start_matches(' ');
        let Some(after_year) = after.strip_prefix('年') else {
            continue;
        };
        if !(1990..=2100).contains(&year) || names_an_event(after_year) {
            continue;
        }
        let clause_start = crate::layout::clause_start_before(text, at);
        if mood_before(&text[clause_start..at]) == Mood::Target {
            continue;
        }
        return i32::try_from(year).ok();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choose(text: &str, options: &Options) -> (Option<i32>, YearSource, Option<i32>) {
        let choice = choose_year(text, None, options);
        (choice.year, choice.source, choice.hint)
    }

    #[test]
    fn datelines_in_the_text() {
        assert_eq!(
            find_dateline("作者:甲 发布时间:[2014-5-22] |"),
            NaiveDate::from_ymd_opt(2014, 5, 22)
        );
        assert_eq!(
            find_dateline("发布日期:2014/7/7\n"),
            NaiveDate::from_ymd_opt(2014, 7, 7)
        );
        assert_eq!(
            find_dateline("来源:某报 2007/4/27 10:31:50"),
            NaiveDate::from_ymd_opt(2007, 4, 27)
        );
        assert_eq!(
            find_dateline("发布时间:2020年3月11日 来源"),
            NaiveDate::from_ymd_opt(2020, 3, 11)
        );
        assert_eq!(find_dateline("投资1.5亿元,长12.5公里"), None);
        assert_eq!(
            find_dateline("2024-03-13\n正文"),
            NaiveDate::from_ymd_opt(2024, 3, 13)
        );
        let sidebar =
            "正文第一段。\n正文第二段。\n正文第三段。\n相关新闻 某镇召开推进会 2019-06-06";
        assert_eq!(find_dateline(sidebar), None);
    }

    #[test]
    fn order_of_sources() {
        let none = Options::default();
        assert_eq!(
            choose("东海镇召开2025年第一季度推进会", &none),
            (Some(2025), YearSource::Text, Some(2025))
        );
        assert_eq!(
            choose("发布时间:[2014-5-22] 2004年落户", &none),
            (Some(2014), YearSource::Dateline, Some(2014))
        );
        assert_eq!(
            choose("计划在2013年年初竣工投产", &none),
            (None, YearSource::None, None)
        );
        let default = Options {
            default_year: Some(2024),
            ..Options::default()
        };
        assert_eq!(
            choose("3月底前投产", &default),
            (Some(2024), YearSource::Option, None)
        );
        let import = Options {
            import_date: NaiveDate::from_ymd_opt(2023, 4, 1),
            ..Options::default()
        };
        assert_eq!(
            choose("3月底前投产", &import),
            (Some(2023), YearSource::ImportDate, None)
        );
        let forced = Options {
            forced_year: Some(2030),
            ..Options::default()
        };
        assert_eq!(
            choose("2025年第一季度", &forced),
            (Some(2030), YearSource::Forced, Some(2025))
        );
    }
}
