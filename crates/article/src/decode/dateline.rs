//! Publish dates. Reads a date in the forms Chinese news sites write ("2014-5-22", "2014/7/7",
//! "2025年02月08日 08:30", "2025-02-08T08:30:00+08:00", full-width digits too) and finds the
//! article's own date line in a text: a line labelled as the publish date ("发布时间:[2014-5-22]")
//! anywhere, or a line near the top that is a date and nothing else but the time, the weekday,
//! the source or the author. Dates inside the story ("项目已于2023年11月20日封顶") are not date
//! lines: they neither follow a label nor stand alone on a line.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use chrono::NaiveDate;

/// Labels that introduce the publish date, in Simplified and Traditional writing.
const PUBLISH_LABELS: &[&str] = &[
    "发布时间",
    "发布日期",
    "发表时间",
    "发表日期",
    "发稿时间",
    "发文日期",
    "刊发时间",
    "刊发日期",
    "更新时间",
    "更新日期",
    "录入时间",
    "上传时间",
    "添加时间",
    "发布于",
    "发表于",
    "發布時間",
    "發布日期",
    "發佈時間",
    "發佈日期",
    "發表時間",
    "發表日期",
    "更新時間",
    "發布於",
    "發表於",
];

/// Finds the publish labels: most lines have none, and need not be searched for each.
pub(crate) static PUBLISH_LABEL_MATCHER: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::new(PUBLISH_LABELS).expect("PUBLISH_LABELS builds"));

/// Labels that introduce a date near the top of an article, but in a story could mean any date.
const HEADER_LABELS: &[&str] = &["日期", "时间", "時間"];

/// Words that may follow a date on a date line: the source, author, editor, counters.
const DATELINE_FOLLOWERS: &[&str] = &[
    "来源",
    "來源",
    "文章来源",
    "信息来源",
    "新闻来源",
    "稿件来源",
    "作者",
    "记者",
    "記者",
    "编辑",
    "編輯",
    "责任编辑",
    "責任編輯",
    "浏览",
    "瀏覽",
    "点击",
    "點擊",
    "阅读",
    "閱讀",
    "字号",
    "字號",
    "通讯员",
    "通訊員",
    "稿源",
    "供稿",
    "发布",
    "發布",
    "本报",
    "本報",
    "星期",
    "周",
    "礼拜",
    "禮拜",
];

/// Characters that may stand between a label and its date.
const LABEL_GAP: &[char] = &[' ', '\u{3000}', ':', '：', '[', '【', '(', '（', '〔'];

/// Longest line (in characters) read as a date line; longer lines are story paragraphs.
const MAX_DATELINE_CHARS: usize = 150;

/// Longest line (in characters) read as an unlabelled date line near the top.
const MAX_HEADER_DATELINE_CHARS: usize = 60;

/// How many non-empty lines at the top may hold an unlabelled date line.
const HEADER_LINES: usize = 8;

/// The first date written in `text`, wherever it stands.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let characters: Vec<char> = text.chars().collect();
    (0..characters.len()).find_map(|start| date_at(&characters, start).map(|found| found.date))
}

/// The article's own date, from its date line; `None` when the text has no clear date line.
pub fn find_dateline(text: &str) -> Option<NaiveDate> {
    let mut header_date = None;
    for (index, line) in candidate_lines(text) {
        if let Some(date) = publish_date(line) {
            return Some(date);
        }
        if header_date.is_none()
            && index < HEADER_LINES
            && line.chars().count() <= MAX_HEADER_DATELINE_CHARS
        {
            header_date = labelled_date(line, HEADER_LABELS)
                .or_else(|| standalone_date(line))
                .or_else(|| by_line_date(line));
        }
    }
    header_date
}

/// A date that follows a publish label anywhere in the text: the page's own date line when the
/// rest of a web page is not trusted to be the article.
pub fn find_labelled_dateline(text: &str) -> Option<NaiveDate> {
    candidate_lines(text).find_map(|(_, line)| publish_date(line))
}

/// Whether a line is a date line or a by-line rather than text: labelled with a date, a date
/// standing alone, or opening with a source or author label.
pub fn is_meta_line(line: &str) -> bool {
    let line = trim_blank(line);
    publish_date(line).is_some()
        || standalone_date(line).is_some()
        || DATELINE_FOLLOWERS.iter().any(|follower| {
            line.starts_with(follower)
                && line[follower.len()..].starts_with([':', '：', ' ', '\u{3000}'])
        })
}

/// The lines that may be date lines, numbered among the non-empty lines: not too long, and
/// with a digit in them.
fn candidate_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .map(trim_blank)
        .filter(|line| !line.is_empty())
        .enumerate()
        .filter(|(_, line)| {
            line.len() <= MAX_DATELINE_CHARS * 4 && line.chars().count() <= MAX_DATELINE_CHARS
        })
        .filter(|(_, line)| {
            line.chars()
                .any(|character| digit_value(character).is_some())
        })
}

fn trim_blank(line: &str) -> &str {
    line.trim_matches(|character: char| character.is_whitespace())
}

/// The date right after a publish label in `line`.
fn publish_date(line: &str) -> Option<NaiveDate> {
    let labelled = PUBLISH_LABEL_MATCHER.is_match(line);
    labelled.then(|| labelled_date(line, PUBLISH_LABELS))?
}

/// The date right after one of `labels` in `line`.
fn labelled_date(line: &str, labels: &[&str]) -> Option<NaiveDate> {
    labels.iter().find_map(|label| {
        line.match_indices(label).find_map(|(position, _)| {
            let after = line[position + label.len()..].trim_start_matches(LABEL_GAP);
            let characters: Vec<char> = after.chars().take(40).collect();
            date_at(&characters, 0).map(|found| found.date)
        })
    })
}

/// The date of a line that opens with a date followed by nothing but a time, a weekday, the
/// source or the author ("2025年02月08日 08:30 来源：北湾日报").
fn standalone_date(line: &str) -> Option<NaiveDate> {
    let line = line.trim_start_matches(['[', '【', '(', '（', ' ', '\u{3000}']);
    if !line.starts_with(|character| digit_value(character).is_some()) {
        return None;
    }
    let characters: Vec<char> = line.chars().collect();
    let found = date_at(&characters, 0)?;
    let rest: String = characters[found.end..]
        .iter()
        .skip_while(|character| is_time_or_gap(**character))
        .collect();
    let rest = rest.trim_start_matches(|character: char| {
        is_time_or_gap(character) || "|｜/·-—".contains(character)
    });
    let stands_alone = rest.is_empty()
        || DATELINE_FOLLOWERS
            .iter()
            .any(|follower| rest.starts_with(follower));
    stands_alone.then_some(found.date)
}

/// The date on a by-line near the top: a line that opens with a source or author label
/// ("来源:某报 2007/4/27 10:31:50").
fn by_line_date(line: &str) -> Option<NaiveDate> {
    let labelled = DATELINE_FOLLOWERS.iter().any(|follower| {
        line.strip_prefix(follower)
            .is_some_and(|rest| rest.starts_with([':', '：']))
    });
    labelled.then(|| parse_date(line))?
}

fn is_time_or_gap(character: char) -> bool {
    digit_value(character).is_some()
        || matches!(
            character,
            ':' | '：' | ' ' | '\u{3000}' | ']' | '】' | ')' | '）'
        )
}

/// A date found at a position, and the index of the character after it.
struct FoundDate {
    date: NaiveDate,
    end: usize,
}

/// How the parts of a date are joined.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Joiner {
    Dash,
    Slash,
    Dot,
    /// 年 … 月 … 日
    Han,
}

fn joiner(character: char) -> Option<Joiner> {
    match character {
        '-' | '－' => Some(Joiner::Dash),
        '/' | '／' => Some(Joiner::Slash),
        '.' | '．' => Some(Joiner::Dot),
        '年' => Some(Joiner::Han),
        _ => None,
    }
}

/// Reads a date that starts exactly at `start` (not in the middle of a longer number).
fn date_at(characters: &[char], start: usize) -> Option<FoundDate> {
    if start > 0 && digit_value(characters[start - 1]).is_some() {
        return None;
    }
    let (year, after_year) = number(characters, start, 4, 4)?;
    let after_year = skip_spaces(characters, after_year);
    let joiner = joiner(*characters.get(after_year)?)?;
    let month_start = skip_spaces(characters, after_year + 1);
    let (month, after_month) = number(characters, month_start, 1, 2)?;
    let after_month = skip_spaces(characters, after_month);
    let second = *characters.get(after_month)?;
    let second_matches = match joiner {
        Joiner::Han => second == '月',
        other => self::joiner(second) == Some(other),
    };
    if !second_matches {
        return None;
    }
    let day_start = skip_spaces(characters, after_month + 1);
    let (day, mut end) = number(characters, day_start, 1, 2)?;
    if joiner == Joiner::Han {
        let after_day = skip_spaces(characters, end);
        if matches!(characters.get(after_day), Some('日' | '号' | '號')) {
            end = after_day + 1;
        }
    } else if characters.get(end).copied().and_then(digit_value).is_some() {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)?;
    (1980..=2100)
        .contains(&year)
        .then_some(FoundDate { date, end })
}

/// Reads `min..=max` digits at `start`; fails when the run of digits is longer than `max`.
fn number(characters: &[char], start: usize, min: usize, max: usize) -> Option<(u32, usize)> {
    let digits: Vec<u32> = characters[start.min(characters.len())..]
        .iter()
        .map_while(|character| digit_value(*character))
        .take(max + 1)
        .collect();
    if digits.len() < min || digits.len() > max {
        return None;
    }
    let value = digits.iter().fold(0, |value, digit| value * 10 + digit);
    Some((value, start + digits.len()))
}

fn skip_spaces(characters: &[char], mut index: usize) -> usize {
    while matches!(characters.get(index), Some(' ' | '\u{3000}')) {
        index += 1;
    }
    index
}

/// The value of an ASCII or full-width digit.
fn digit_value(character: char) -> Option<u32> {
    match character {
        '0'..='9' => character.to_digit(10),
        '０'..='９' => Some(u32::from(character) - u32::from('０')),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(year, month, day)
    }

    #[test]
    fn parses_the_written_forms() {
        assert_eq!(parse_date("2014-5-22"), date(2014, 5, 22));
        assert_eq!(parse_date("2014/7/7"), date(2014, 7, 7));
        assert_eq!(parse_date("2019.11.05"), date(2019, 11, 5));
        assert_eq!(parse_date("2025年02月08日 08:30"), date(2025, 2, 8));
        assert_eq!(parse_date("2025年2月8日"), date(2025, 2, 8));
        assert_eq!(parse_date("2014 年 5 月 22 日"), date(2014, 5, 22));
        assert_eq!(parse_date("２０２３年９月１２日"), date(2023, 9, 12));
        assert_eq!(parse_date("2025-02-08T08:30:00+08:00"), date(2025, 2, 8));
        assert_eq!(parse_date("2019-11-05 10:20"), date(2019, 11, 5));
        assert_eq!(parse_date("日期：2021-07-10"), date(2021, 7, 10));
    }

    #[test]
    fn refuses_what_is_not_a_date() {
        assert_eq!(parse_date("2014-13-01"), None);
        assert_eq!(parse_date("2014-2-30"), None);
        assert_eq!(parse_date("2014-5/22"), None);
        assert_eq!(parse_date("12014-5-22"), None);
        assert_eq!(parse_date("2014-5-223"), None);
        assert_eq!(parse_date("1850-5-22"), None);
        assert_eq!(parse_date("2月6日"), None);
        assert_eq!(parse_date("2021年既是开局之年"), None);
        assert_eq!(parse_date("总投资12.5亿元"), None);
        assert_eq!(parse_date(""), None);
    }

    #[test]
    fn labelled_date_lines() {
        let cases = [
            (
                "作者:周明 来源:湖城日报 浏览次数:742 发布时间:[2016-4-18] |",
                date(2016, 4, 18),
            ),
            (
                "文章来源:湖城文明网   点击率:318 发布日期:2016/8/9",
                date(2016, 8, 9),
            ),
            ("發布日期：2023年9月12日　來源：海濱日報", date(2023, 9, 12)),
            (
                "发布时间：2019-11-05　来源：新桥镇经发办",
                date(2019, 11, 5),
            ),
            ("更新时间 2020-01-02 09:00", date(2020, 1, 2)),
        ];
        for (line, expected) in cases {
            assert_eq!(find_dateline(line), expected, "{line}");
        }
    }

    #[test]
    fn standalone_date_lines_near_the_top() {
        let text = "云岭镇新能源产业园首期项目开工\n2025年02月08日 08:30 来源：北湾日报\n正文。";
        assert_eq!(find_dateline(text), date(2025, 2, 8));
        assert_eq!(
            find_dateline("标题\n2021-07-10 08:30\n正文"),
            date(2021, 7, 10)
        );
        assert_eq!(find_dateline("标题\n[2014-5-22]\n"), date(2014, 5, 22));
        assert_eq!(
            find_dateline("2014年5月22日 星期四\n标题"),
            date(2014, 5, 22)
        );
        assert_eq!(
            find_dateline("标题\n日期：2020-3-2\n正文"),
            date(2020, 3, 2)
        );
    }

    #[test]
    fn dates_inside_the_story_are_not_date_lines() {
        let text = "青禾镇冲刺开门红\n　　智能装备产业园一期厂房已于2023年11月20日封顶，力争6月底前竣工投产。";
        assert_eq!(find_dateline(text), None);
        let text = "标题\n2023年11月20日，青禾镇智能装备产业园项目正式签约。";
        assert_eq!(find_dateline(text), None);
        let story_time = "标题\n正文\n正文\n正文\n正文\n正文\n正文\n正文\n时间：2024年3月1日";
        assert_eq!(find_dateline(story_time), None);
    }

    #[test]
    fn a_labelled_line_wins_over_a_standalone_date() {
        let text = "2014年5月22日\n标题\n发布时间：2014-5-20\n正文";
        assert_eq!(find_dateline(text), date(2014, 5, 20));
        assert_eq!(find_labelled_dateline(text), date(2014, 5, 20));
        assert_eq!(find_labelled_dateline("2014年5月22日\n标题"), None);
    }

    #[test]
    fn meta_lines() {
        assert!(is_meta_line("发布时间：2014-5-22"));
        assert!(is_meta_line("2025年02月08日 08:30"));
        assert!(is_meta_line("来源：湖城日报"));
        assert!(!is_meta_line("柳湾镇抓项目促发展"));
        assert!(!is_meta_line("来源广泛的资金"));
    }
}
