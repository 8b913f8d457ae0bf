//! The status grammar: the verbs that say where a project stands (在谈 → negotiating, 签约 →
//! signed, 开工 → started, 在建 → under construction, 竣工 → completed, 投产 → in
//! production, 前期 → planned) and the milestone they name when they are a target, and the
//! markers that tell a fact (已 / 正在 / 目前) from a target (力争 / 确保 / 计划 / 预计 …).

use aho_corasick::{Anchored, Input};

use crate::extraction::Span;
use crate::lexicon::automata::{ANCHORED_STATUS_MATCHER, MARKER_MATCHER, STATUS_MATCHER};
use crate::lexicon::classes::TARGET_MARKERS;
use crate::vocab::{Milestone, Status};

/// What a status word means as a fact and as a target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatusSense {
    /// The status it states as a fact.
    pub status: Status,
    /// The milestone it names as a target; `None` for words that are never a target.
    pub milestone: Option<Milestone>,
    /// Weak words (待建, 前期) give a status only when nothing stronger is said.
    pub weak: bool,
}

/// A status word found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatusWord {
    pub span: Span,
    pub sense: StatusSense,
}

const fn sense(status: Status, milestone: Option<Milestone>) -> StatusSense {
    StatusSense {
        status,
        milestone,
        weak: false,
    }
}

const fn weak(status: Status) -> StatusSense {
    StatusSense {
        status,
        milestone: None,
        weak: true,
    }
}

use Milestone as M;
use Status as S;

/// The lexicon, Simplified. Longer words win over the shorter words inside them.
pub(crate) const LEXICON: &[(&str, StatusSense)] = &[
    ("在谈", sense(S::Negotiating, Some(M::Sign))),
    ("洽谈", sense(S::Negotiating, Some(M::Sign))),
    ("商谈", sense(S::Negotiating, Some(M::Sign))),
    ("接洽", sense(S::Negotiating, Some(M::Sign))),
    ("对接", sense(S::Negotiating, Some(M::Sign))),
    ("招商工作", sense(S::Negotiating, Some(M::Sign))),
    ("的招商", sense(S::Negotiating, Some(M::Sign))),
    ("意向", sense(S::Negotiating, Some(M::Sign))),
    ("签约", sense(S::Signed, Some(M::Sign))),
    ("签订", sense(S::Signed, Some(M::Sign))),
    ("签署", sense(S::Signed, Some(M::Sign))),
    ("落户", sense(S::Signed, Some(M::Sign))),
    ("开工", sense(S::Started, Some(M::Start))),
    ("动工", sense(S::Started, Some(M::Start))),
    ("开建", sense(S::Started, Some(M::Start))),
    ("奠基", sense(S::Started, Some(M::Start))),
    ("破土", sense(S::Started, Some(M::Start))),
    ("开工建设", sense(S::Started, Some(M::Start))),
    ("在建", sense(S::UnderConstruction, None)),
    ("续建", sense(S::UnderConstruction, None)),
    ("施工", sense(S::UnderConstruction, Some(M::Other))),
    ("建设中", sense(S::UnderConstruction, None)),
    ("正在建设", sense(S::UnderConstruction, None)),
    ("加快建设", sense(S::UnderConstruction, None)),
    ("加紧建设", sense(S::UnderConstruction, None)),
    ("抓紧建设", sense(S::UnderConstruction, None)),
    ("加速建设", sense(S::UnderConstruction, None)),
    ("加快项目建设", sense(S::UnderConstruction, None)),
    ("加快工程进度", sense(S::UnderConstruction, None)),
    ("施工进度", sense(S::UnderConstruction, None)),
    ("调试", sense(S::UnderConstruction, None)),
    ("安装", sense(S::UnderConstruction, None)),
    ("装修", sense(S::UnderConstruction, Some(M::Other))),
    ("收尾", sense(S::UnderConstruction, None)),
    ("场地平整", sense(S::UnderConstruction, None)),
    ("平整场地", sense(S::UnderConstruction, None)),
    ("处理地基", sense(S::UnderConstruction, None)),
    ("地基处理", sense(S::UnderConstruction, None)),
    ("正在进行", weak(S::UnderConstruction)),
    ("进展顺利", weak(S::UnderConstruction)),
    ("进展较快", weak(S::UnderConstruction)),
    ("进展良好", weak(S::UnderConstruction)),
    ("推进顺利", weak(S::UnderConstruction)),
    ("扫尾", sense(S::UnderConstruction, None)),
    ("建设情况", sense(S::UnderConstruction, None)),
    ("初具规模", sense(S::UnderConstruction, None)),
    ("延期", sense(S::UnderConstruction, None)),
    ("土建", sense(S::UnderConstruction, Some(M::Other))),
    ("封顶", sense(S::UnderConstruction, Some(M::Other))),
    ("结顶", sense(S::UnderConstruction, Some(M::Other))),
    ("工程量", sense(S::UnderConstruction, None)),
    ("形象进度", sense(S::UnderConstruction, None)),
    ("主厂房", sense(S::UnderConstruction, Some(M::Other))),
    ("厂房建设", sense(S::UnderConstruction, Some(M::Other))),
    ("钢结构", sense(S::UnderConstruction, Some(M::Other))),
    ("竣工", sense(S::Completed, Some(M::Complete))),
    ("完工", sense(S::Completed, Some(M::Complete))),
    ("建成", sense(S::Completed, Some(M::Complete))),
    ("投入使用", sense(S::Completed, Some(M::Complete))),
    ("投用", sense(S::Completed, Some(M::Complete))),
    ("建成投用", sense(S::Completed, Some(M::Complete))),
    ("交付使用", sense(S::Completed, Some(M::Complete))),
    ("基本完成", sense(S::Completed, Some(M::Complete))),
    ("投产", sense(S::InProduction, Some(M::Produce))),
    ("投入生产", sense(S::InProduction, Some(M::Produce))),
    ("试生产", sense(S::InProduction, Some(M::Produce))),
    ("投入试生产", sense(S::InProduction, Some(M::Produce))),
    ("运行", sense(S::InProduction, Some(M::Produce))),
    ("运营", sense(S::InProduction, Some(M::Produce))),
    ("投运", sense(S::InProduction, Some(M::Produce))),
    ("并网", sense(S::InProduction, Some(M::Produce))),
    ("达产", sense(S::InProduction, Some(M::Produce))),
    ("竣工投产", sense(S::InProduction, Some(M::Produce))),
    ("竣工运行", sense(S::InProduction, Some(M::Produce))),
    ("建成投产", sense(S::InProduction, Some(M::Produce))),
    ("销售收入", sense(S::InProduction, Some(M::Other))),
    ("前期", weak(S::Planned)),
    ("待建", weak(S::Planned)),
    ("待开工", weak(S::Planned)),
    ("招标", weak(S::Planned)),
    ("摘地", weak(S::Planned)),
    ("摘牌", weak(S::Planned)),
    ("立项", weak(S::Planned)),
    ("备案", weak(S::Planned)),
    ("环评", weak(S::Planned)),
    ("拟建", weak(S::Planned)),
    ("筹建", weak(S::Planned)),
];

/// Finds the status words of a (Simplified) text, in order, longest words first.
pub fn find_status_words(text: &str) -> Vec<StatusWord> {
    STATUS_MATCHER
        .find_iter(text)
        .filter_map(|found| {
            let (_, sense) = LEXICON.get(found.pattern().as_usize())?;
            let sense = if sense.milestone == Some(Milestone::Complete)
                && of_the_main_structure(&text[..found.start()])
            {
                StatusSense {
                    status: Status::UnderConstruction,
                    milestone: Some(Milestone::Other),
                    weak: false,
                }
            } else {
                *sense
            };
            Some(StatusWord {
                span: Span {
                    start: found.start(),
                    end: found.end(),
                },
                sense,
            })
        })
        .collect()
}

/// "主体已完工", "主体结构基本完工", "厂房主体工程竣工": finishing the main structure is a step
/// of the building work, not the project's completion.
fn of_the_main_structure(before: &str) -> bool {
    let near_start = before.char_indices().rev().nth(5).map_or(0, |(at, _)| at);
    let near = &before[near_start..];
    near.rfind("主体")
        .is_some_and(|at| !near[at..].contains(['，', ',', '。', ';', '；']))
}

/// True when `text` begins with a status word.
pub fn starts_with_status_word(text: &str) -> bool {
    ANCHORED_STATUS_MATCHER.is_match(Input::new(text).anchored(Anchored::Yes))
}

/// How a clause reads up to a status word: the marker nearest before it decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mood {
    Fact,
    Target,
    /// No marker: a fact unless the sentence's target carries over.
    Unmarked,
}

/// Where the mood markers stand in the words before a status word (byte offsets into them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Markers {
    pub first_target_start: Option<usize>,
    pub last_target_end: Option<usize>,
    pub last_fact_end: Option<usize>,
}

impl Markers {
    /// The marker nearest before the status word decides.
    pub fn mood(&self) -> Mood {
        match (self.last_target_end, self.last_fact_end) {
            (Some(target), Some(fact)) if fact > target => Mood::Fact,
            (Some(_), _) => Mood::Target,
            (None, Some(_)) => Mood::Fact,
            (None, None) => Mood::Unmarked,
        }
    }
}

/// Finds the target and fact markers in `before` in one pass.
pub fn markers(before: &str) -> Markers {
    let mut found = Markers::default();
    for hit in MARKER_MATCHER.find_overlapping_iter(before) {
        if hit.pattern().as_usize() < TARGET_MARKERS.len() {
            found.first_target_start = Some(
                found
                    .first_target_start
                    .map_or(hit.start(), |s| s.min(hit.start())),
            );
            found.last_target_end = Some(
                found
                    .last_target_end
                    .map_or(hit.end(), |e| e.max(hit.end())),
            );
        } else {
            found.last_fact_end = Some(found.last_fact_end.map_or(hit.end(), |e| e.max(hit.end())));
        }
    }
    found
}

/// The mood of the words `before` a status word (the clause up to it).
pub fn mood_before(before: &str) -> Mood {
    markers(before).mood()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn senses(text: &str) -> Vec<(Status, Option<Milestone>)> {
        find_status_words(text)
            .iter()
            .map(|w| (w.sense.status, w.sense.milestone))
            .collect()
    }

    #[test]
    fn verbs_map_to_statuses() {
        assert_eq!(senses("抓紧对接"), vec![(S::Negotiating, Some(M::Sign))]);
        assert_eq!(senses("已签约"), vec![(S::Signed, Some(M::Sign))]);
        assert_eq!(senses("新开工"), vec![(S::Started, Some(M::Start))]);
        assert_eq!(
            senses("正在进行土建施工"),
            vec![
                (S::UnderConstruction, None),
                (S::UnderConstruction, Some(M::Other)),
                (S::UnderConstruction, Some(M::Other))
            ]
        );
        assert_eq!(
            senses("竣工运行"),
            vec![(S::InProduction, Some(M::Produce))]
        );
        assert_eq!(
            senses("8月底前竣工投产"),
            vec![(S::InProduction, Some(M::Produce))]
        );
        assert_eq!(
            senses("正式投入使用"),
            vec![(S::Completed, Some(M::Complete))]
        );
        assert_eq!(senses("加快建设"), vec![(S::UnderConstruction, None)]);
        assert_eq!(
            senses("厂房主体已完工"),
            vec![(S::UnderConstruction, Some(M::Other))]
        );
        assert_eq!(
            senses("主体结构基本完工"),
            vec![(S::UnderConstruction, Some(M::Other))]
        );
        assert_eq!(
            senses("项目已竣工"),
            vec![(S::Completed, Some(M::Complete))]
        );
    }

    #[test]
    fn building_progress_is_construction() {
        for text in [
            "已完成主厂房建设",
            "已完成总工程量的60%",
            "形象进度达到70%",
            "主体工程基本完工",
            "钢结构安装完毕",
        ] {
            assert_eq!(
                senses(text).first().map(|s| s.0),
                Some(S::UnderConstruction),
                "{text}"
            );
        }
    }

    #[test]
    fn weak_words_are_marked() {
        let words = find_status_words("已签约待开工");
        assert_eq!(words.len(), 2);
        assert!(!words[0].sense.weak);
        assert!(words[1].sense.weak);
    }

    #[test]
    fn moods() {
        assert_eq!(mood_before("力争两个项目在3月底前正式"), Mood::Target);
        assert_eq!(mood_before("计划在2013年年初"), Mood::Target);
        assert_eq!(mood_before("一期已"), Mood::Fact);
        assert_eq!(mood_before("目前已经进场"), Mood::Fact);
        assert_eq!(mood_before("计划总投资1亿元,已"), Mood::Fact);
        assert_eq!(mood_before("集中"), Mood::Unmarked);
    }
}
