//! What a candidate's core must not be to become a mention: generic (重大, 在手在谈, a generic
//! tail), about work or policy, an event, a kind of funding (专项债券), a phase alone (二期工程),
//! or only a place (镇原县).

use super::edges::is_numeral;
use crate::clean::pinyin::is_han;
use crate::lexicon::classes::{
    EVENT_ENDINGS, FUNDING_ENDINGS, GENERIC_TAILS, PLACE_NAME_ENDS, WORKS_HEAD,
};
use crate::lexicon::lookup::{has_abstract_word, is_generic, longest_suffix};

/// A short name that is only a place ("镇原县"): a unit, not a project.
pub(super) fn is_bare_unit(core: &str) -> bool {
    core.chars().count() <= 5 && core.ends_with(PLACE_NAME_ENDS)
}

/// A name without punctuation, for the generic and acceptability tests.
pub(super) fn core_of(name: &str) -> String {
    name.chars().filter(|c| c.is_alphanumeric()).collect()
}

pub(super) fn is_generic_core(core: &str) -> bool {
    core.chars()
        .filter(|&c| is_han(c) || c.is_ascii_alphabetic())
        .count()
        < 2
        || is_generic(core)
        || longest_suffix(core, GENERIC_TAILS).is_some()
}

pub(super) fn is_acceptable_name(core: &str) -> bool {
    !has_abstract_word(core)
        && longest_suffix(core, EVENT_ENDINGS).is_none()
        && longest_suffix(core, FUNDING_ENDINGS).is_none()
        && !is_phase_only(core)
}

/// "二期", "三期工程": a phase with no name.
pub(super) fn is_phase_only(core: &str) -> bool {
    let stem = core.strip_suffix(WORKS_HEAD).unwrap_or(core);
    stem.strip_suffix('期')
        .is_some_and(|n| !n.is_empty() && n.chars().all(is_numeral))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::projects;

    #[test]
    fn generic_phrases_are_not_projects() {
        for text in [
            "紧盯在手在谈项目,助推在谈项目早签约、签约项目早落地。",
            "确保一季度新签约10亿元以上项目1个。",
            "此次集中开工的9个重点项目总投资18.6亿元。",
            "坚持党建引领项目建设,实行项目建设全周期管理。",
            "加快推动音乐节、马拉松、微短剧大赛等项目落地。",
            "力争两个项目在3月底前正式投产。",
            "二期工程正在抓紧建设。",
            "首批3个亿元工业项目和3个城建项目集中开工。",
            "积极争取地方政府专项债券项目、中央预算内资金项目支持。",
        ] {
            assert!(projects(text).is_empty(), "{text}: {:?}", projects(text));
        }
    }
}
