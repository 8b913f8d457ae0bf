//! The date grammar: the periods targets are set against ("3月底前", "6月份", "一季度",
//! "首季", "上半年", "四季度", "年底", "年内", "年初", "中旬", "2025年10月", "明年"), each
//! resolved to the last day of the period once the year is known.

use chrono::NaiveDate;

use super::number::parse_chinese;
use crate::extraction::Span;
use crate::lexicon::classes::{DEADLINE_WORDS, PLANNING_WORDS};

/// The year a date expression names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearRef {
    /// Written out: "2025年".
    Stated(i32),
    /// Relative to the article's year: 今年 0, 明年 +1, 去年 −1.
    Relative(i32),
    /// Not said: the article's year.
    Unstated,
    /// A template's placeholder ("20xx年"): no year can be known.
    Placeholder,
}

/// Which part of the year a date expression names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// The whole year ("2026年", "年内", "年底").
    Year,
    /// 年初: by the end of the first quarter.
    YearStart,
    Quarter(u32),
    Half(u32),
    Month(u32),
    /// 上旬 / 月初 → day 10, 中旬 → day 20.
    MonthDay {
        month: u32,
        day: u32,
    },
    /// 本月底 / 月底: the month of the article's date line.
    CurrentMonth,
}

/// A date expression found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateExpr {
    pub span: Span,
    pub year: YearRef,
    pub period: Period,
    /// Followed by 前 / 之前 / 以前 ("3月底前"): a deadline.
    pub deadline: bool,
}

impl DateExpr {
    /// The last day of the period, given the article's year and date-line month.
    pub fn due(&self, article_year: Option<i32>, article_month: Option<u32>) -> Option<NaiveDate> {
        let year = match self.year {
            YearRef::Stated(year) => year,
            YearRef::Relative(offset) => article_year? + offset,
            YearRef::Unstated => article_year?,
            YearRef::Placeholder => return None,
        };
        let month_end = |month: u32| last_day(year, month);
        match self.period {
            Period::Year => month_end(12),
            Period::YearStart => month_end(3),
            Period::Quarter(quarter) => month_end(quarter * 3),
            Period::Half(half) => month_end(half * 6),
            Period::Month(month) => month_end(month),
            Period::MonthDay { month, day } => NaiveDate::from_ymd_opt(year, month, day),
            Period::CurrentMonth => month_end(article_month?),
        }
    }
}

fn last_day(year: i32, month: u32) -> Option<NaiveDate> {
    let (next_year, next_month) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(next_year, next_month, 1)?.pred_opt()
}

/// Finds the date expressions of a (Simplified) text, in order.
pub fn find_dates(text: &str) -> Vec<DateExpr> {
    let reach = super::Reach::new(PERIOD_MARKS, PERIOD_REACH - 1);
    let starts = |c: char, previous: Option<char>, rest: &str| {
        (c.is_ascii_digit()
            || super::number::is_chinese_numeral(c)
            || matches!(
                c,
                '今' | '明'
                    | '次'
                    | '去'
                    | '上'
                    | '本'
                    | '当'
                    | '第'
                    | '首'
                    | '年'
                    | '月'
                    | '下'
                    | '全'
            ))
            && !previous.is_some_and(|p| p.is_ascii_digit() || super::number::is_chinese_numeral(p))
            && names_a_period_soon(rest)
    };
    let mut found = super::scan(
        text,
        reach,
        starts,
        |at| date_at(text, at),
        |expr| expr.span.end,
    );
    carry_placeholders(text, &mut found);
    found
}

/// "计划于20xx年3月开工,年底建成": a date without a year after a placeholder year in the
/// same sentence belongs to that unknown year too.
fn carry_placeholders(text: &str, found: &mut [DateExpr]) {
    for index in 1..found.len() {
        let (before, current) = (found[index - 1], found[index]);
        let same_sentence = !text[before.span.end..current.span.start]
            .contains(|c: char| crate::layout::ends_sentence(c));
        if before.year == YearRef::Placeholder && current.year == YearRef::Unstated && same_sentence
        {
            found[index].year = YearRef::Placeholder;
        }
    }
}

/// The characters of which a date expression names one within [`PERIOD_REACH`] characters of
/// its start.
const PERIOD_MARKS: [char; 4] = ['年', '月', '季', '半'];

/// How many characters from its start a date expression names its period within.
const PERIOD_REACH: usize = 8;

/// A cheap test before parsing: a date expression names 年, 月, 季 or 半 within a few
/// characters of its start.
fn names_a_period_soon(rest: &str) -> bool {
    rest.chars()
        .take(PERIOD_REACH)
        .any(|c| PERIOD_MARKS.contains(&c))
}

const RELATIVE_YEARS: [(&str, i32); 7] = [
    ("今年", 0),
    ("本年", 0),
    ("当年", 0),
    ("明年", 1),
    ("次年", 1),
    ("去年", -1),
    ("上年", -1),
];

/// Parses a date expression starting at byte `start`.
fn date_at(text: &str, start: usize) -> Option<DateExpr> {
    let rest = &text[start..];
    let (year, mut used) = year_part(rest);
    let year_written = used > 0;
    let (period, len) = match period_part(&rest[used..], year_written) {
        Some(found) => found,
        None if year_written => (Period::Year, 0),
        None => return None,
    };
    used += len;
    let mut deadline = false;
    let after = rest[used..].trim_start_matches(' ');
    if period == Period::YearStart && names_a_time_of_planning(after) {
        return None;
    }
    for word in DEADLINE_WORDS {
        if after.starts_with(word) {
            used = rest.len() - after.len() + word.len();
            deadline = true;
            break;
        }
    }
    Some(DateExpr {
        span: Span {
            start,
            end: start + used,
        },
        year,
        period,
        deadline,
    })
}

/// "年初计划竣工13项", "年初以来": the start of the year as the time a plan was made or a
/// span began, not a due date.
fn names_a_time_of_planning(after: &str) -> bool {
    PLANNING_WORDS.iter().any(|word| after.starts_with(word))
}

/// "2025年", "2025 年", "今年", "明年", a placeholder "20xx年": the year and the bytes used.
fn year_part(rest: &str) -> (YearRef, usize) {
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let wildcards = rest[digits..]
        .bytes()
        .take_while(|b| matches!(b, b'x' | b'X'))
        .count();
    if (1..=3).contains(&digits)
        && wildcards > 0
        && digits + wildcards == 4
        && rest[4..].starts_with('年')
    {
        return (YearRef::Placeholder, 4 + '年'.len_utf8());
    }
    if digits == 4 {
        let after = rest[4..].trim_start_matches(' ');
        if after.starts_with('年')
            && !after.starts_with("年度")
            && let Ok(year) = rest[..4].parse::<i32>()
            && (1950..=2100).contains(&year)
        {
            return (
                YearRef::Stated(year),
                rest.len() - after.len() + '年'.len_utf8(),
            );
        }
    }
    for (word, offset) in RELATIVE_YEARS {
        if rest.starts_with(word) {
            return (YearRef::Relative(offset), word.len());
        }
    }
    (YearRef::Unstated, 0)
}

/// The period after an optional year: quarters, halves, year end/start, months.
fn period_part(rest: &str, year_written: bool) -> Option<(Period, usize)> {
    let rest_trimmed = rest.trim_start_matches(' ');
    let skipped = rest.len() - rest_trimmed.len();
    let rest = rest_trimmed;
    const NAMED: [(&str, Period); 17] = [
        ("第一季度", Period::Quarter(1)),
        ("第二季度", Period::Quarter(2)),
        ("第三季度", Period::Quarter(3)),
        ("第四季度", Period::Quarter(4)),
        ("一季度", Period::Quarter(1)),
        ("二季度", Period::Quarter(2)),
        ("三季度", Period::Quarter(3)),
        ("四季度", Period::Quarter(4)),
        ("首季", Period::Quarter(1)),
        ("上半年", Period::Half(1)),
        ("年中", Period::Half(1)),
        ("下半年", Period::Half(2)),
        ("本月底", Period::CurrentMonth),
        ("本月末", Period::CurrentMonth),
        ("月底", Period::CurrentMonth),
        ("年初", Period::YearStart),
        ("初", Period::YearStart),
    ];
    for (word, period) in NAMED {
        let allowed = match word {
            "初" => year_written,
            "月底" => !year_written,
            _ => true,
        };
        if allowed && rest.starts_with(word) {
            return Some((period, skipped + word.len()));
        }
    }
    for word in ["年底", "年末", "年内", "底", "末", "内", "全年"] {
        let needs_year = matches!(word, "底" | "末" | "内");
        if rest.starts_with(word) && (!needs_year || year_written) {
            return Some((Period::Year, skipped + word.len()));
        }
    }
    month_part(rest).map(|(period, len)| (period, skipped + len))
}

/// "3月底", "6月份", "10月", "3月中旬", "7月15日", "十二月".
fn month_part(rest: &str) -> Option<(Period, usize)> {
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let (month, mut used) = if digits > 0 {
        (rest[..digits].parse::<u32>().ok()?, digits)
    } else {
        let (value, len) = parse_chinese(rest)?;
        (u32::try_from(value).ok()?, len)
    };
    if !(1..=12).contains(&month) {
        return None;
    }
    let after_number = rest[used..].trim_start_matches(' ');
    used = rest.len() - after_number.len();
    if !after_number.starts_with('月') {
        return None;
    }
    used += '月'.len_utf8();
    let tail = &rest[used..];
    for (word, day) in [
        ("上旬", Some(10)),
        ("中旬", Some(20)),
        ("下旬", None),
        ("初", Some(10)),
        ("底", None),
        ("末", None),
        ("份", None),
    ] {
        if tail.starts_with(word) {
            let period = day.map_or(Period::Month(month), |day| Period::MonthDay { month, day });
            return Some((period, used + word.len()));
        }
    }
    let day_digits = tail.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=2).contains(&day_digits)
        && tail[day_digits..].starts_with(['日', '号'])
        && let Ok(day) = tail[..day_digits].parse::<u32>()
    {
        return Some((
            Period::MonthDay { month, day },
            used + day_digits + '日'.len_utf8(),
        ));
    }
    Some((Period::Month(month), used))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn due(text: &str, year: Option<i32>) -> Option<String> {
        let found = find_dates(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found[0].due(year, Some(5)).map(|d| d.to_string())
    }

    fn date(text: &str) -> Option<String> {
        due(text, Some(2025))
    }

    #[test]
    fn a_placeholder_year_gives_no_date() {
        let found = find_dates("计划于20xx年3月开工,20XX年底建成");
        assert_eq!(found.len(), 2);
        assert!(found.iter().all(|d| d.year == YearRef::Placeholder));
        let carried = find_dates("计划于20xx年3月开工,年底建成。年底前完工");
        assert_eq!(carried[1].year, YearRef::Placeholder);
        assert_eq!(carried[2].year, YearRef::Unstated, "a new sentence");
        assert!(found.iter().all(|d| d.due(Some(2018), Some(5)).is_none()));
    }

    #[test]
    fn month_ends() {
        assert_eq!(date("力争3月底前正式投产").as_deref(), Some("2025-03-31"));
        assert_eq!(date("6月份开工").as_deref(), Some("2025-06-30"));
        assert_eq!(date("计划8月底完成").as_deref(), Some("2025-08-31"));
        assert_eq!(date("2月底").as_deref(), Some("2025-02-28"));
        assert_eq!(due("2月底", Some(2024)).as_deref(), Some("2024-02-29"));
        assert_eq!(date("十二月").as_deref(), Some("2025-12-31"));
    }

    #[test]
    fn quarters_and_halves() {
        assert_eq!(date("确保一季度新签约").as_deref(), Some("2025-03-31"));
        assert_eq!(date("首季开门红").as_deref(), Some("2025-03-31"));
        assert_eq!(date("力争四季度全部竣工").as_deref(), Some("2025-12-31"));
        assert_eq!(date("上半年").as_deref(), Some("2025-06-30"));
        assert_eq!(date("下半年").as_deref(), Some("2025-12-31"));
        assert_eq!(date("年中前").as_deref(), Some("2025-06-30"));
        assert_eq!(date("2025年第一季度").as_deref(), Some("2025-03-31"));
    }

    #[test]
    fn year_ends_and_starts() {
        assert_eq!(date("年底前建成").as_deref(), Some("2025-12-31"));
        assert_eq!(date("厂房力争在年内竣工").as_deref(), Some("2025-12-31"));
        assert_eq!(date("2013年年初竣工").as_deref(), Some("2013-03-31"));
        assert!(find_dates("年初计划竣工13项").is_empty());
        assert!(find_dates("今年年初以来").is_empty());
        assert_eq!(date("预计2026年完工").as_deref(), Some("2026-12-31"));
        assert_eq!(date("2025年底").as_deref(), Some("2025-12-31"));
    }

    #[test]
    fn stated_and_relative_years() {
        assert_eq!(date("2025年10月").as_deref(), Some("2025-10-31"));
        assert_eq!(date("预计2025 年12月完工").as_deref(), Some("2025-12-31"));
        assert_eq!(date("明年正式动工").as_deref(), Some("2026-12-31"));
        assert_eq!(due("明年正式动工", None), None);
        assert_eq!(due("2013年3月竣工", None).as_deref(), Some("2013-03-31"));
    }

    #[test]
    fn parts_of_months() {
        assert_eq!(date("3月中旬").as_deref(), Some("2025-03-20"));
        assert_eq!(date("3月上旬").as_deref(), Some("2025-03-10"));
        assert_eq!(date("3月下旬").as_deref(), Some("2025-03-31"));
        assert_eq!(date("7月15日").as_deref(), Some("2025-07-15"));
        assert_eq!(date("本月底").as_deref(), Some("2025-05-31"));
    }

    #[test]
    fn deadlines_are_marked() {
        let found = find_dates("3月底前投产");
        assert!(found[0].deadline);
        assert_eq!(
            found[0].span,
            Span {
                start: 0,
                end: "3月底前".len()
            }
        );
        assert!(!find_dates("3月底投产")[0].deadline);
    }

    #[test]
    fn not_dates() {
        for text in ["12个月", "13月", "2025年度", "第一批"] {
            assert!(
                find_dates(text)
                    .iter()
                    .all(|d| d.period != Period::Month(13)),
                "{text}"
            );
        }
        assert!(find_dates("12个月").is_empty());
        assert!(find_dates("100万元").is_empty());
    }
}
