//! Headed mentions: "X项目", "X工程", "X基地", the name ending at its head and starting where
//! the boundary model says, with what is not a project's name left out (a head used as a
//! modifier, a kind after a list, a description of what will be built, a unit alone).

use super::Finder;
use super::edges::skip_list_marker;
use super::lists::list_before_a_category;
use super::names::{core_of, is_acceptable_name, is_bare_unit, is_generic_core};
use super::owners::with_owner;
use crate::extraction::Span;
use crate::grammar::number::is_chinese_numeral;
use crate::grammar::status::starts_with_status_word;
use crate::lexicon::automata::{HEAD_MATCHER, VISION_VERB_MATCHER};
use crate::lexicon::classes::{
    BATCH_OF_KINDS, BUILDING_VERBS_AFTER_SUM, DESCRIPTION_VERBS, DISTRIBUTED_NOUNS,
    FACILITY_ENDINGS, HEAD_AS_MODIFIER, HEADS, INDEFINITES, INDUSTRY_ENDINGS, JOINED_ACTIVITIES,
    LAST_YEAR_WORDS, MODALS_BEFORE_BUILDING, NAME_CLOSERS, ORGANISATION_TAILS, PROJECT_HEAD,
    PROJECT_NOUN_ENDINGS, SUM_OPENERS, THIS_YEAR_WORDS, VISION_VERBS,
};
use crate::lexicon::lookup::{longest_prefix, longest_suffix};
use crate::lexicon::segment::{WordClass, Words};

/// Where 项目, 工程 and 基地 stand in a text, in order.
pub(super) fn heads(text: &str) -> Vec<(usize, &'static str)> {
    HEAD_MATCHER
        .find_iter(text)
        .filter_map(|hit| {
            HEADS
                .get(hit.pattern().as_usize())
                .map(|&head| (hit.start(), head))
        })
        .collect()
}

impl Finder<'_, '_, '_, '_> {
    /// Mentions headed by 项目, 工程 or 基地 in one clause (`heads`: where they stand in it).
    pub(super) fn headed(&mut self, clause: Span, sentence: Span, heads: &[(usize, &'static str)]) {
        let text = self.text;
        for &(at, head) in heads {
            if at + head.len() > clause.end {
                continue;
            }
            let after = &text[at + head.len()..clause.end];
            let (name_end, mention_end) = if head == PROJECT_HEAD {
                (at, at + head.len())
            } else {
                if after.starts_with(PROJECT_HEAD)
                    || longest_prefix(after, ORGANISATION_TAILS).is_some()
                {
                    continue;
                }
                if !closes_a_name(after) {
                    continue;
                }
                (at + head.len(), at + head.len())
            };
            let name_end = trim_measure_note(text, clause.start, name_end);
            let scan_end = if head == PROJECT_HEAD { name_end } else { at };
            let start = self.edges.name_start(clause.start, scan_end);
            let start = skip_list_marker(text, start, name_end);
            let start = self.joined_activity_start(clause, start, scan_end);
            let start = skip_building_verb_after_sum(text, self.edges.words, start, scan_end);
            if text[clause.start..start].ends_with('受') && after.starts_with("影响") {
                continue;
            }
            let name = Span {
                start,
                end: name_end,
            };
            let core = core_of(&text[name.start..scan_end.max(name.start)]);
            let invests_a_sum = after.strip_prefix("投资").is_some_and(|rest| {
                rest.starts_with(|c: char| {
                    c.is_ascii_digit() || is_chinese_numeral(c) || SUM_OPENERS.contains(&c)
                })
            });
            let used_as_modifier = head == PROJECT_HEAD
                && !invests_a_sum
                && longest_prefix(after, HEAD_AS_MODIFIER).is_some();
            if head == PROJECT_HEAD
                && !used_as_modifier
                && let Some(list_end) = list_before_a_category(text, clause.start, start)
            {
                self.listed_before_generic_head(clause, list_end);
                continue;
            }
            if is_generic_core(&core) {
                if head == PROJECT_HEAD
                    && (!used_as_modifier || text[clause.start..start].ends_with('等'))
                {
                    self.listed_before_generic_head(clause, start);
                    self.listed_after(clause, at + head.len());
                }
                continue;
            }
            if self.edges.is_unit_and_a_char(name)
                || INDUSTRY_ENDINGS.contains(&core.as_str())
                || DISTRIBUTED_NOUNS.contains(&core.as_str())
                || used_as_modifier && !looks_named(&core)
                || is_bare_unit(&core)
                || core.starts_with(PROJECT_HEAD)
            {
                continue;
            }
            if !is_acceptable_name(&core)
                || is_description(&text[clause.start..start])
                || head != PROJECT_HEAD && is_programme(&text[start..name_end])
            {
                continue;
            }
            let group = self.new_group();
            let Some(mention) =
                with_owner(text, self.edges, clause.start, name, mention_end, group)
            else {
                continue;
            };
            let mention = self.merge_listed_name(mention, clause, sentence);
            self.push(mention);
            self.listed_before(
                clause,
                mention.owner.map_or(mention.name.start, |o| o.start),
                group,
            );
        }
    }

    /// "茶叶种植、加工项目": a bare activity after 、 is the second part of one name, not a
    /// project of its own; the name starts with the item before it.
    fn joined_activity_start(&self, clause: Span, start: usize, scan_end: usize) -> usize {
        let text = self.text;
        let Some(end) = text[clause.start..start]
            .strip_suffix('、')
            .map(|before| clause.start + before.len())
        else {
            return start;
        };
        if !JOINED_ACTIVITIES.contains(&&text[start..scan_end.max(start)]) {
            return start;
        }
        let item_start = self.edges.name_start(clause.start, end);
        if item_start < end { item_start } else { start }
    }
}

/// "投资1.8亿元建设民办学校项目", "金马将新建乙食品加工项目", "加快建设丙深加工项目": a verb of
/// building right after a sum, a modal or a dictionary verb or adverb says what the money or the
/// subject does; the name starts after it. ("建设路
/// 改造项目" keeps its road; a measurement after the verb keeps it too, "新建100万套车灯".)
fn skip_building_verb_after_sum(text: &str, words: &Words, start: usize, scan_end: usize) -> usize {
    let after_modal = || {
        MODALS_BEFORE_BUILDING
            .iter()
            .any(|modal| text[..start].ends_with(modal))
            || words.ending_at(start).is_some_and(|word| {
                word.in_dictionary && matches!(word.class, WordClass::Verb | WordClass::Adverb)
            })
    };
    if !text[..start].ends_with('元') && !after_modal() {
        return start;
    }
    BUILDING_VERBS_AFTER_SUM
        .iter()
        .find(|verb| text[start..scan_end.max(start)].starts_with(**verb))
        .map(|verb| start + verb.len())
        .filter(|&after| {
            let rest = &text[after..scan_end.max(after)];
            rest.chars().count() >= 2 && !rest.starts_with(|c: char| c.is_ascii_digit())
        })
        .unwrap_or(start)
}

/// True when what follows 工程 or 基地 shows it ends a project's name: the clause ends, a
/// list goes on, or a predicate follows ("工程已正式投产", "基地的招商工作").
fn closes_a_name(after: &str) -> bool {
    after.is_empty()
        || NAME_CLOSERS.iter().any(|f| after.starts_with(f))
        || starts_with_status_word(after)
        || starts_with_a_time(after)
}

/// "3月中旬开工", "2031年建成", "今年投产", "去年开工": a time the predicate starts with.
fn starts_with_a_time(after: &str) -> bool {
    if THIS_YEAR_WORDS
        .iter()
        .chain(LAST_YEAR_WORDS)
        .any(|w| after.starts_with(w))
    {
        return true;
    }
    let digits = after
        .chars()
        .take_while(|&c| c.is_ascii_digit() || is_chinese_numeral(c))
        .count();
    digits > 0 && matches!(after.chars().nth(digits), Some('月' | '年'))
}

/// "(占地80亩)" right before a head is a note, not part of the name: the name ends before it.
fn trim_measure_note(text: &str, floor: usize, end: usize) -> usize {
    let before = &text[floor..end];
    if !before.ends_with(')') && !before.ends_with('）') {
        return end;
    }
    match before.rfind(['(', '（']) {
        Some(open) if before[open..].chars().any(|c| c.is_ascii_digit()) => floor + open,
        _ => end,
    }
}

/// A name that reads as a project's, not as words about work: at least four characters and
/// ending in an industry, facility or project noun, or holding figures ("年产3000吨…").
fn looks_named(core: &str) -> bool {
    core.chars().count() >= 4
        && (longest_suffix(core, INDUSTRY_ENDINGS).is_some()
            || longest_suffix(core, FACILITY_ENDINGS).is_some()
            || longest_suffix(core, PROJECT_NOUN_ENDINGS).is_some()
            || core.chars().any(|c| c.is_ascii_digit()))
}

/// "“双招双引”工程", "“青禾英才”引育工程", "“一村一品”示范基地": 工程 or 基地 after a name that
/// opens with a quoted slogan is a programme or a title of government, not works.
fn is_programme(name: &str) -> bool {
    name.starts_with(['“', '"', '「'])
}

/// "打造一个长8公里、占地4平方公里的滨水休闲度假项目": a project described after a verb of
/// building and an indefinite ("打造一个 … 的") is what will be built, not a named project;
/// so is one after a verb of vision and a description without figures or sums, alone or in a
/// list ("打造全省重要的…基地和…基地"), and a batch of a kind ("建设一批人才实训基地").
fn is_description(before: &str) -> bool {
    let after_indefinite = before.ends_with('的')
        && DESCRIPTION_VERBS.iter().any(|verb| {
            before.match_indices(verb).any(|(at, _)| {
                let after = &before[at + verb.len()..];
                INDEFINITES
                    .iter()
                    .any(|indefinite| after.starts_with(indefinite))
            })
        });
    after_indefinite
        || before.ends_with(BATCH_OF_KINDS)
        || last_vision_verbs(before).iter().flatten().any(|&verb_end| {
            let after = &before[verb_end..];
            after.find('的').is_some_and(|de| de > 0)
                && !after
                    .chars()
                    .any(|c| c.is_ascii_digit() || matches!(c, '亿' | '万' | '元'))
        })
}

/// Where the last occurrence of each of [`VISION_VERBS`] in `text` ends, found in one pass.
fn last_vision_verbs(text: &str) -> [Option<usize>; VISION_VERBS.len()] {
    let mut last = [None; VISION_VERBS.len()];
    for hit in VISION_VERB_MATCHER.find_overlapping_iter(text) {
        if let Some(slot) = last.get_mut(hit.pattern().as_usize()) {
            *slot = Some(hit.end());
        }
    }
    last
}

#[cfg(test)]
mod tests {
    use super::super::test_support::projects;

    #[test]
    fn headed_names_with_amounts_before() {
        assert_eq!(
            projects("在东港池,总投资90亿元的惠生海工装备基地项目正在进行土建施工。"),
            vec!["惠生海工装备基地"]
        );
        assert_eq!(
            projects(
                "(3)投资4200万元的禾丰县华茂木业项目;(4)投资3600万元的湖城丰源食品生态养殖场(占地60亩)项目;"
            ),
            vec!["禾丰县华茂木业", "湖城丰源食品生态养殖场"]
        );
        assert_eq!(
            projects("1.滨河东路建设项目:拟投资1900万元"),
            vec!["滨河东路建设"]
        );
    }

    #[test]
    fn a_verb_of_building_after_a_sum_is_not_in_the_name() {
        assert_eq!(
            projects("拟投资1.8亿元建设民办学校项目。"),
            vec!["民办学校"]
        );
        assert_eq!(projects("建设路改造项目开工。"), vec!["建设路改造"]);
    }

    #[test]
    fn a_verb_of_building_after_a_modal_is_not_in_the_name() {
        assert_eq!(projects("东岭镇将新建乙食品加工项目。"), vec!["乙食品加工"]);
        assert_eq!(
            projects("该镇拟建设青禾冷链物流项目。"),
            vec!["青禾冷链物流"]
        );
        assert_eq!(
            projects("甲镇正在新建100万套车灯项目。"),
            vec!["新建100万套车灯"]
        );
    }

    #[test]
    fn a_project_investing_a_sum_is_named() {
        assert_eq!(projects("蓝湾电池项目投资10亿元。"), vec!["蓝湾电池"]);
        assert!(projects("全镇完成项目投资5亿元。").is_empty());
        assert!(projects("该镇重大项目投资18亿元。").is_empty());
    }

    #[test]
    fn works_and_bases_followed_by_their_sum_or_plan() {
        assert_eq!(
            projects("滨江文化街区提升改造工程总投资1.6亿元。"),
            vec!["滨江文化街区提升改造工程"]
        );
        assert_eq!(
            projects("柳湾大道拓宽工程计划于5月开工。"),
            vec!["柳湾大道拓宽工程"]
        );
        assert_eq!(
            projects("青禾现代农业示范基地占地200亩。"),
            vec!["青禾现代农业示范基地"]
        );
        assert_eq!(
            projects("青禾物流园二期工程3月中旬开工。"),
            vec!["青禾物流园二期工程"]
        );
        assert_eq!(
            projects("柳湾卫生院迁建工程今年建成。"),
            vec!["柳湾卫生院迁建工程"]
        );
        assert_eq!(
            projects("来到柳湾卫生院迁建工程现场。"),
            vec!["柳湾卫生院迁建工程"]
        );
        assert!(projects("该工程总投资3亿元。").is_empty());
        assert!(projects("民生工程总投资2亿元。").is_empty());
    }

    #[test]
    fn a_project_that_holds_another_up_is_not_one_of_ours() {
        assert!(projects("受乙管线施工项目影响,工期顺延").is_empty());
    }

    #[test]
    fn descriptions_are_not_named_projects() {
        assert!(projects("沿湖打造一个长8公里、占地4平方公里的滨水休闲度假项目。").is_empty());
        assert!(projects("全力打造全省一流的绿色建材产业基地。").is_empty());
        assert!(projects("打造区域领先的物流基地和冷链基地。").is_empty());
        assert!(projects("建设一批青年创业实训基地。").is_empty());
        assert!(
            projects("积极申报中央预算内投资项目3个。").is_empty(),
            "申报 takes projects as its object"
        );
        assert!(projects("深入实施“青禾英才”引育工程和“双创提质”工程。").is_empty());
        assert!(projects("2.打造“一村一品”示范基地,培育示范合作社2家。").is_empty());
        assert_eq!(
            projects("“中华蟹”良种养殖项目开工。"),
            vec!["“中华蟹”良种养殖"],
            "a quoted brand before 项目 stays"
        );
        assert_eq!(
            projects("由青禾公司投资打造的柳湾物流基地项目开工。"),
            vec!["柳湾物流基地"],
            "what a company builds is a project"
        );
        assert_eq!(
            projects("打造投资3亿元的青禾物流基地。"),
            vec!["青禾物流基地"],
            "a sum makes it a project"
        );
    }
}
