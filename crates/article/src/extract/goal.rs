//! Goals that are not projects: "确保一季度新签约10亿元以上项目1个" — a milestone, a count, a
//! minimum investment and a due date for a unit. One target marker may govern a list of them
//! ("力争新签约亿元以上项目6个、新开工项目4个").

use super::article::Article;
use super::topic::Topics;
use crate::extraction::{GoalFinding, Span};
use crate::grammar::number::{is_chinese_numeral, parse_chinese};
use crate::grammar::status::{Mood, StatusWord, mood_before};
use crate::lexicon::classes::{
    COUNT_LEADS, LIST_SEPARATOR_CHARS, PROJECT_HEAD, TARGET_MARKERS, THRESHOLD_GAPS,
    THRESHOLD_TRAIL_CHARS,
};
use crate::vocab::Milestone;

/// Finds the goals of an article.
pub fn find_goals(
    article: &Article,
    topics: &Topics,
    year: Option<i32>,
    month: Option<u32>,
) -> Vec<GoalFinding> {
    let simple = article.simple;
    let mut goals = Vec::new();
    for clause in &article.clauses {
        let body = article.simple_of(*clause);
        let words = article.word_range(*clause);
        let mut item_start = None;
        for index in words.clone() {
            let word = &article.status_words[index];
            let Some(milestone) = word.sense.milestone else {
                continue;
            };
            if item_start.is_some_and(|start| word.span.start < start) {
                continue;
            }
            let first = item_start.is_none();
            if first && mood_before(&simple[clause.start..word.span.start]) != Mood::Target {
                break;
            }
            let item_end = simple[word.span.end..clause.end]
                .find(LIST_SEPARATOR_CHARS)
                .map_or(clause.end, |at| word.span.end + at);
            let Some(head) = simple[word.span.end..item_end]
                .find(PROJECT_HEAD)
                .map(|at| word.span.end + at)
            else {
                if first {
                    break;
                }
                continue;
            };
            let Some(count) = count_after(&simple[head + PROJECT_HEAD.len()..clause.end]) else {
                break;
            };
            let end = clause.end.min(head + PROJECT_HEAD.len() + count.1);
            let text_start = match item_start {
                None => TARGET_MARKERS
                    .iter()
                    .filter_map(|m| body.find(m))
                    .min()
                    .map_or(clause.start, |at| clause.start + at),
                Some(after_previous) => simple[after_previous..]
                    .chars()
                    .next()
                    .map_or(after_previous, |separator| {
                        after_previous + separator.len_utf8()
                    }),
            };
            let quota = Quota {
                word,
                milestone,
                head,
                count: count.0,
                span: Span {
                    start: text_start,
                    end,
                },
            };
            goals.push(goal(article, topics, *clause, &quota, (year, month)));
            if !simple[end..].starts_with(LIST_SEPARATOR_CHARS) {
                break;
            }
            item_start = Some(end);
        }
    }
    goals
}

/// One quota of a clause: the status word and its milestone, where its 项目 stands, the count
/// after it and the words of the goal.
struct Quota<'w> {
    word: &'w StatusWord,
    milestone: Milestone,
    head: usize,
    count: u32,
    span: Span,
}

/// One goal: the quota, the threshold between its status word and its 项目, and the clause's
/// date.
fn goal(
    article: &Article,
    topics: &Topics,
    clause: Span,
    quota: &Quota,
    (year, month): (Option<i32>, Option<u32>),
) -> GoalFinding {
    let simple = article.simple;
    let Quota {
        word,
        milestone,
        head,
        count,
        span,
    } = *quota;
    let first_money = article
        .money
        .partition_point(|m| m.span.start < word.span.end);
    let threshold = article.money[first_money..]
        .iter()
        .take_while(|m| m.span.end <= head)
        .find(|m| {
            let gap = simple[m.span.end..head].trim();
            gap.is_empty() || THRESHOLD_GAPS.contains(&gap)
        })
        .and_then(|m| m.yuan)
        .or_else(|| {
            let before_head = simple[word.span.end..head].trim_end_matches(THRESHOLD_TRAIL_CHARS);
            before_head.ends_with("亿元").then_some(100_000_000)
        });
    let date = article.last_date_in(Span {
        start: clause.start,
        end: word.span.start,
    });
    GoalFinding {
        unit: topics
            .topic_at(clause.start)
            .map(|s| article.unit_name(s).to_string()),
        milestone,
        count: Some(count),
        min_investment_yuan: threshold,
        by: date.and_then(|d| d.due(year, month)),
        text: article.written_of(span).to_string(),
        span,
    }
}

/// "1个", "两个", "不少于2个", "3个以上" right after 项目: the count and the byte length of the
/// words that give it.
fn count_after(text: &str) -> Option<(u32, usize)> {
    let lead = COUNT_LEADS
        .iter()
        .find(|word| text.starts_with(**word))
        .map_or(0, |word| word.len());
    let number = &text[lead..];
    let digits = number.bytes().take_while(u8::is_ascii_digit).count();
    let (value, used) = if digits > 0 {
        (number[..digits].parse::<u32>().ok()?, digits)
    } else if number.starts_with(is_chinese_numeral) {
        let (value, used) = parse_chinese(number)?;
        (u32::try_from(value).ok()?, used)
    } else {
        return None;
    };
    let after = number[used..].strip_prefix('个')?;
    let tail = if after.starts_with("以上") {
        "以上".len()
    } else {
        0
    };
    Some((value, lead + used + '个'.len_utf8() + tail))
}

#[cfg(test)]
mod tests {
    use crate::vocab::Milestone;
    use crate::{Options, extract_text};

    #[test]
    fn one_marker_governs_a_list_of_quotas() {
        let options = Options {
            default_year: Some(2025),
            ..Options::default()
        };
        let extraction = extract_text(
            "河西镇力争全年新签约亿元以上项目6个、新开工项目4个、竣工投产项目3个,全年完成投资25亿元。",
            "test",
            &options,
        );
        assert!(extraction.projects.is_empty());
        let found: Vec<_> = extraction
            .goals
            .iter()
            .map(|g| (g.milestone, g.count, g.min_investment_yuan, g.text.as_str()))
            .collect();
        assert_eq!(
            found,
            vec![
                (
                    Milestone::Sign,
                    Some(6),
                    Some(100_000_000),
                    "力争全年新签约亿元以上项目6个"
                ),
                (Milestone::Start, Some(4), None, "新开工项目4个"),
                (Milestone::Produce, Some(3), None, "竣工投产项目3个"),
            ]
        );
        for goal in &extraction.goals {
            assert_eq!(
                goal.by.map(|d| d.to_string()).as_deref(),
                Some("2025-12-31"),
                "{}",
                goal.text
            );
        }
    }

    #[test]
    fn counts_with_at_least_and_bare_yi() {
        let options = Options {
            default_year: Some(2025),
            ..Options::default()
        };
        let extraction = extract_text(
            "东湖镇确保年底前新签约亿元以上项目不少于2个,力争四季度再签约亿元项目1个以上。",
            "test",
            &options,
        );
        let found: Vec<_> = extraction
            .goals
            .iter()
            .map(|g| (g.count, g.min_investment_yuan, g.text.as_str()))
            .collect();
        assert_eq!(
            found,
            vec![
                (
                    Some(2),
                    Some(100_000_000),
                    "确保年底前新签约亿元以上项目不少于2个"
                ),
                (
                    Some(1),
                    Some(100_000_000),
                    "力争四季度再签约亿元项目1个以上"
                ),
            ]
        );
    }

    #[test]
    fn two_status_words_in_one_quota_make_one_goal() {
        let options = Options {
            default_year: Some(2025),
            ..Options::default()
        };
        for (text, milestone, count) in [
            ("西河镇力争新签约落户亿元以上项目5个。", Milestone::Sign, 5),
            ("西河镇确保年内竣工投用项目8个。", Milestone::Complete, 8),
        ] {
            let extraction = extract_text(text, "test", &options);
            let found: Vec<_> = extraction
                .goals
                .iter()
                .map(|g| (g.milestone, g.count))
                .collect();
            assert_eq!(found, vec![(milestone, Some(count))], "{text}");
        }
    }

    #[test]
    fn quotas_are_goals_not_projects() {
        let options = Options {
            default_year: Some(2025),
            ..Options::default()
        };
        let extraction = extract_text(
            "东海镇将确保一季度新签约10亿元以上项目1个,力争全年开工亿元以上项目5个。",
            "test",
            &options,
        );
        assert!(extraction.projects.is_empty());
        assert_eq!(extraction.goals.len(), 2);
        let sign = &extraction.goals[0];
        assert_eq!(sign.milestone, Milestone::Sign);
        assert_eq!(
            (sign.count, sign.min_investment_yuan),
            (Some(1), Some(1_000_000_000))
        );
        assert_eq!(
            sign.by.map(|d| d.to_string()).as_deref(),
            Some("2025-03-31")
        );
        assert_eq!(sign.unit.as_deref(), Some("东海镇"));
        let start = &extraction.goals[1];
        assert_eq!(
            (start.milestone, start.count, start.min_investment_yuan),
            (Milestone::Start, Some(5), Some(100_000_000))
        );
        assert_eq!(
            start.by.map(|d| d.to_string()).as_deref(),
            Some("2025-12-31")
        );
    }

    #[test]
    fn counts_after_the_head() {
        assert_eq!(super::count_after("1个,"), Some((1, "1个".len())));
        assert_eq!(super::count_after("两个"), Some((2, "两个".len())));
        assert_eq!(super::count_after("建设"), None);
    }
}
