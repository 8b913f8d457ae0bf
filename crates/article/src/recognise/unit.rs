//! Unit recognition: towns, townships, street offices, districts, development zones, parks,
//! port areas, resorts and counties, found by their suffix ("…镇", "…经济开发区", "…县"),
//! with the name before the suffix bounded by function words; distributive lists ("青山、柳河、
//! 永兴三镇"); section headings ("临川 青溪河畔…"); a county-level city that is the subject of
//! its clause ("临川市10月9日召开…"); short names an article defines for a park ("(下称:临川
//! 产业园)"). Generic words (各区镇, 全镇, 该镇, 小区, 集镇) and county names that begin with 镇
//! (镇平县) are not towns.

use aho_corasick::{AhoCorasickBuilder, MatchKind};

use super::TextWords;
use super::place_check::check_places;
use crate::clean::pinyin::is_han;
use crate::extraction::Span;
use crate::gazetteer;
use crate::grammar::number::is_chinese_numeral;
use crate::lexicon::automata::{UNIT_SUFFIX_MATCHER, ZONE_VERB_MATCHER};
use crate::lexicon::classes::{
    ACTOR_LEADS, ADMINISTRATIVE_ENDS, CITY_LEADS, CITY_RUN_ONS, COMPANY_ENDINGS, COUNTY_LEVEL_ENDS,
    GENERIC_BEFORE_QU, GENERIC_BEFORE_ZHEN, GENERIC_NAMES, GENERIC_ZONE_ENDINGS, HIGHER_RANKS,
    LIST_SEPARATOR_CHARS, LOCATED_HERE_WORDS, NOT_CITIES, PLACE_ENDS, PROJECT_OR_COMPANY_ENDS,
    SHORT_NAME_OPENERS, UNIT_NAME_STOPS, UNIT_SUFFIXES, VERBS_BEFORE_ZONES, WORDS_OPENED_BY_SUFFIX,
};
use crate::lexicon::lookup::{BoundaryIndex, is_time_char};

/// How high a unit stands: the towns and zones the ledger tracks, or the county above them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitLevel {
    Town,
    County,
}

/// What vouches for a unit mention, surest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitBasis {
    /// A township of the official gazetteer.
    Gazetteer,
    /// A unit (or alias) the ledger already holds.
    Known,
    /// A short name the article defines ("(下称:临川产业园)").
    Definition,
    /// An item of a distributive list ("青山、柳河、永兴三镇").
    List,
    /// The grammar of zones, parks, counties and acting cities.
    Grammar,
    /// A town not in the gazetteer that the article names again or on a line of its own.
    Repeated,
    /// The first word of a section heading ("临川 青溪河畔…").
    Heading,
    /// A township's short form ("金马" for 金马镇, named in full or held by the ledger).
    ShortForm,
}

impl UnitBasis {
    /// How sure the basis makes the mention, from 0 to 1.
    pub fn confidence(self) -> f32 {
        match self {
            UnitBasis::Known => 1.0,
            UnitBasis::Gazetteer => 0.95,
            UnitBasis::Definition | UnitBasis::ShortForm => 0.9,
            UnitBasis::List | UnitBasis::Grammar => 0.8,
            UnitBasis::Repeated => 0.6,
            UnitBasis::Heading => 0.45,
        }
    }
}

/// One mention of a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnitMention {
    /// The name with its suffix, or the bare name of a distributive list or heading.
    pub span: Span,
    pub level: UnitLevel,
    /// Subject of its clause, place of an event ("在…", "位于…"), a list of towns or a
    /// heading: a mention that sets the topic.
    pub actor: bool,
    pub basis: UnitBasis,
}

/// Finds the unit mentions of a (Simplified) text, in order.
pub fn find_units(text: &str, text_words: &TextWords) -> Vec<UnitMention> {
    let boundaries = &text_words.boundaries;
    let mut found: Vec<UnitMention> = Vec::new();
    for hit in UNIT_SUFFIX_MATCHER.find_iter(text) {
        let Some(&(suffix, max_name, level)) = UNIT_SUFFIXES.get(hit.pattern().as_usize()) else {
            continue;
        };
        if suffix == "镇" && begins_county_name(&text[hit.end()..])
            || starts_a_word(suffix, &text[hit.end()..])
        {
            continue;
        }
        let floor = found.last().map_or(0, |last| last.span.end);
        if hit.start() < floor {
            continue;
        }
        if let Some(list) = distributive_list(text, floor, hit.start()) {
            found.extend(list.into_iter().map(|span| UnitMention {
                span,
                level,
                actor: true,
                basis: UnitBasis::List,
            }));
            continue;
        }
        let start = name_start(text, Some(boundaries), floor, hit.start(), max_name);
        let name = &text[start..hit.start()];
        if name.is_empty()
            && suffix.chars().count() >= 2
            && let Some(previous) = found.last_mut()
            && previous.span.end == hit.start()
        {
            previous.span.end = hit.end();
            continue;
        }
        if suffix == "区" && cut_mid_word(text, boundaries, start, name, max_name) {
            continue;
        }
        let bare_zone = name.is_empty()
            && suffix.chars().count() >= 3
            && (located_here(text, start) || is_subject(text, start));
        let shortest_name = if suffix == "港区" { 1 } else { 2 };
        if !bare_zone && (name.chars().count() < shortest_name || is_generic_name(name, suffix)) {
            continue;
        }
        let mut end = hit.end();
        if suffix.ends_with('区') && text[end..].starts_with('镇') {
            end += '镇'.len_utf8();
        }
        let span = Span { start, end };
        found.push(UnitMention {
            span,
            level,
            actor: is_actor(text, start),
            basis: UnitBasis::Grammar,
        });
    }
    add_acting_cities(text, boundaries, &mut found);
    add_defined_short_names(text, &mut found);
    check_places(text, text_words, &mut found);
    found
}

/// The ledger's own units named in the text (`spans`, in order): a mention found there is
/// vouched for by the ledger; one the recognisers missed is added.
pub fn add_known_units(text: &str, spans: &[Span], found: &mut Vec<UnitMention>) {
    if spans.is_empty() {
        return;
    }
    for &span in spans {
        if let Some(same) = found.iter_mut().find(|u| u.span == span) {
            same.basis = UnitBasis::Known;
        } else if !overlaps_any(found, span) {
            let level = if text[..span.end].ends_with(COUNTY_LEVEL_ENDS) {
                UnitLevel::County
            } else {
                UnitLevel::Town
            };
            let at = found.partition_point(|u| u.span.start < span.start);
            found.insert(
                at,
                UnitMention {
                    span,
                    level,
                    actor: is_actor(text, span.start),
                    basis: UnitBasis::Known,
                },
            );
        }
    }
}

/// A short name an article defines for a park or zone is a unit wherever it is used after.
fn add_defined_short_names(text: &str, found: &mut Vec<UnitMention>) {
    let mut names: Vec<(&str, usize)> = Vec::new();
    for opener in SHORT_NAME_OPENERS {
        for (at, _) in text.match_indices(opener) {
            let after = text[at + opener.len()..].trim_start_matches([':', '为', '“', '"', ' ']);
            let name_len: usize = after
                .chars()
                .take_while(|&c| is_han(c))
                .map(char::len_utf8)
                .sum();
            let name = &after[..name_len];
            let closes = after[name_len..].starts_with([')', '”', '"']);
            let defined_for_a_project = text[..at].ends_with(PROJECT_OR_COMPANY_ENDS);
            if closes
                && !defined_for_a_project
                && (3..=10).contains(&name.chars().count())
                && name.ends_with(PLACE_ENDS)
            {
                let definition_end = text.len() - after.len() + name_len;
                names.push((name, definition_end));
            }
        }
    }
    if names.is_empty() {
        return;
    }
    names.sort_by_key(|&(_, definition_end)| definition_end);
    let mut seen = std::collections::HashSet::new();
    names.retain(|&(name, _)| seen.insert(name));
    let Ok(matcher) = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(names.iter().map(|(name, _)| name))
    else {
        return;
    };
    let mut added: Vec<UnitMention> = Vec::new();
    for hit in matcher.find_iter(text) {
        let span = Span {
            start: hit.start(),
            end: hit.end(),
        };
        let defined_before = names[hit.pattern().as_usize()].1 <= span.start;
        if defined_before && !overlaps_any(found, span) {
            added.push(UnitMention {
                span,
                level: UnitLevel::Town,
                actor: is_actor(text, span.start),
                basis: UnitBasis::Definition,
            });
        }
    }
    if !added.is_empty() {
        found.extend(added);
        found.sort_by_key(|u| u.span.start);
    }
}

/// True when `span` overlaps one of `mentions` (sorted by start, not overlapping each other).
fn overlaps_any(mentions: &[UnitMention], span: Span) -> bool {
    let after = mentions.partition_point(|u| u.span.start < span.end);
    after
        .checked_sub(1)
        .is_some_and(|last| mentions[last].span.end > span.start)
}

/// "临川市10月17日召开…": a county-level city that is the subject of its clause is a unit
/// (the topic of an article about the city's own projects). A city named anywhere else, or
/// inside a longer unit ("临江市沿江开发区", "青石市镇"), is not.
fn add_acting_cities(text: &str, boundaries: &BoundaryIndex, found: &mut Vec<UnitMention>) {
    let mut cities = Vec::new();
    for (at, _) in text.match_indices('市') {
        let mut before = text[..at].char_indices().rev();
        let (Some((_, second)), Some((start, first))) = (before.next(), before.next()) else {
            continue;
        };
        let end = at + '市'.len_utf8();
        let name = &text[start..at];
        let inside_a_unit = overlaps_any(found, Span { start, end });
        let bounded = boundaries.ends_at(start)
            || text[..start]
                .chars()
                .next_back()
                .is_none_or(|c| !is_han(c) || UNIT_NAME_STOPS.contains(&c));
        let runs_on = text[end..]
            .chars()
            .next()
            .is_some_and(|c| CITY_RUN_ONS.contains(&c));
        let a_city_name = [first, second]
            .iter()
            .all(|&c| is_han(c) && !UNIT_NAME_STOPS.contains(&c))
            && !(is_time_char(first) && is_time_char(second))
            && !NOT_CITIES.contains(&name);
        if a_city_name
            && bounded
            && !runs_on
            && !inside_a_unit
            && !opens_a_company_name(&text[end..])
            && is_subject(text, start)
        {
            cities.push(UnitMention {
                span: Span { start, end },
                level: UnitLevel::County,
                actor: true,
                basis: UnitBasis::Grammar,
            });
        }
    }
    if !cities.is_empty() {
        found.extend(cities);
        found.sort_by_key(|u| u.span.start);
    }
}

/// True when what follows a place is the rest of a company's name ("松滋市|甲服饰有限公司"): the
/// place is where the company is registered, not an actor.
fn opens_a_company_name(after: &str) -> bool {
    let phrase_end = after.find(|c: char| !is_han(c)).unwrap_or(after.len()).min(
        after
            .char_indices()
            .nth(16)
            .map_or(after.len(), |(at, _)| at),
    );
    let phrase = &after[..phrase_end];
    COMPANY_ENDINGS.iter().any(|ending| phrase.contains(ending))
}

/// True when a place word stands right before `at` ("位于高新区", "落户开发区"): a zone named
/// by its kind alone is then the local one.
fn located_here(text: &str, at: usize) -> bool {
    LOCATED_HERE_WORDS.iter().any(|w| text[..at].ends_with(w))
}

/// True when the suffix begins a common word instead ("乡村", "乡镇", "区域").
fn starts_a_word(suffix: &str, after: &str) -> bool {
    WORDS_OPENED_BY_SUFFIX.iter().any(|word| {
        word.strip_prefix(suffix)
            .is_some_and(|rest| !rest.is_empty() && after.starts_with(rest))
    })
}

/// True when 镇 opens a county or city name of the gazetteer rather than closing a town's
/// (镇原县, 镇江市; but not "青石镇|农贸市场").
fn begins_county_name(after: &str) -> bool {
    let mut ends = after
        .char_indices()
        .take(3)
        .filter(|&(_, c)| c == '县' || c == '市');
    ends.any(|(at, rank)| {
        let name = format!("镇{}", &after[..at + rank.len_utf8()]);
        after[..at].chars().all(is_han)
            && (gazetteer::is_county(&name) || gazetteer::is_city(&name))
    })
}

/// Where the name before a suffix starts: Han characters back to a stop character, a
/// boundary word, the end of the previous unit, or `max_chars`.
fn name_start(
    text: &str,
    boundaries: Option<&BoundaryIndex>,
    floor: usize,
    suffix_start: usize,
    max_chars: usize,
) -> usize {
    let mut start = suffix_start;
    for (taken, (at, c)) in text[floor..suffix_start].char_indices().rev().enumerate() {
        let stopped_by_word = taken > 0 && boundaries.is_some_and(|b| b.ends_at(start));
        if taken == max_chars || !is_han(c) || UNIT_NAME_STOPS.contains(&c) || stopped_by_word {
            break;
        }
        start = floor + at;
    }
    let name = &text[start..suffix_start];
    if let Some(after_verb) = ZONE_VERB_MATCHER
        .find_iter(name)
        .map(|hit| hit.end())
        .max()
        .filter(|&end| end < name.len())
    {
        return start + after_verb;
    }
    for lead in CITY_LEADS {
        if let Some(rest) = name.strip_prefix(lead)
            && rest.chars().count() >= 2
        {
            return suffix_start - rest.len();
        }
    }
    start
}

/// True when a name took all the characters it may and the text before it runs on without a
/// stop, a boundary or the city or province above it ("产业合作区" read as "业合作区", but
/// "南昌市青山湖区"): the name is the tail of a longer phrase, not a district's.
fn cut_mid_word(
    text: &str,
    boundaries: &BoundaryIndex,
    start: usize,
    name: &str,
    max_name: usize,
) -> bool {
    name.chars().count() == max_name
        && !boundaries.ends_at(start)
        && text[..start].chars().next_back().is_some_and(|c| {
            is_han(c) && !UNIT_NAME_STOPS.contains(&c) && !HIGHER_RANKS.contains(&c)
        })
}

fn is_generic_name(name: &str, suffix: &str) -> bool {
    let last = name.chars().next_back();
    let generic_last: &[char] = match suffix {
        "区" => GENERIC_BEFORE_QU,
        "镇" | "乡" => GENERIC_BEFORE_ZHEN,
        _ => &[],
    };
    let zone = suffix.ends_with('区');
    GENERIC_NAMES
        .iter()
        .any(|generic| name.starts_with(generic))
        || (zone
            && VERBS_BEFORE_ZONES
                .iter()
                .chain(GENERIC_ZONE_ENDINGS)
                .any(|word| name.ends_with(word)))
        || last.is_some_and(|c| generic_last.contains(&c))
        || name
            .chars()
            .all(|c| is_chinese_numeral(c) || c.is_ascii_digit())
        || name
            .chars()
            .all(|c| HIGHER_RANKS.contains(&c) || ADMINISTRATIVE_ENDS.contains(&c))
}

/// "青山、柳河、永兴三镇": the names of a 、-list closed by a numeral before the suffix.
fn distributive_list(text: &str, floor: usize, suffix_start: usize) -> Option<Vec<Span>> {
    let before = &text[floor..suffix_start];
    let numeral = before
        .chars()
        .next_back()
        .filter(|&c| is_chinese_numeral(c) || c.is_ascii_digit())?;
    let mut end = suffix_start - numeral.len_utf8();
    let mut items = Vec::new();
    loop {
        let start = name_start(text, None, floor, end, 4);
        if end - start < "甲乙".len() {
            break;
        }
        items.push(Span { start, end });
        let Some(separator) = text[floor..start]
            .chars()
            .next_back()
            .filter(|c| LIST_SEPARATOR_CHARS.contains(c))
        else {
            break;
        };
        end = start - separator.len_utf8();
    }
    items.reverse();
    (items.len() >= 2).then_some(items)
}

/// The words before `start` in its clause, after any bracketed byline or heading ("(记者
/// 甲)临川市…", "【聚焦项目】青山镇…").
fn clause_lead(text: &str, start: usize) -> &str {
    let clause_start = crate::layout::clause_start_before(text, start);
    let lead = &text[clause_start..start];
    lead.rsplit([')', '）', '】', ']'])
        .next()
        .unwrap_or(lead)
        .trim_start_matches(['“', '”'])
}

/// A mention is the subject of its clause when only time words stand before it.
pub(crate) fn is_subject(text: &str, start: usize) -> bool {
    clause_lead(text, start).chars().all(is_time_char)
}

/// A mention is an actor when it is the subject of its clause, or follows a verb or
/// preposition of place ("在", "位于", "选址", "落户", "来到").
fn is_actor(text: &str, start: usize) -> bool {
    if is_subject(text, start) {
        return true;
    }
    let lead = clause_lead(text, start);
    ACTOR_LEADS.iter().any(|word| lead.ends_with(word))
}

/// The unit a section heading names: a short line whose first word stands alone before a
/// space ("临川 青溪河畔打造…"), or a title that opens with a unit and a colon or in brackets
/// ("柏溪镇:项目建设提速", "【柏溪镇】…").
pub fn heading_unit(line: &str, line_start: usize) -> Option<UnitMention> {
    if let Some(unit) = title_unit(line, line_start) {
        return Some(unit);
    }
    let trimmed = line.trim();
    if trimmed.chars().nth(24).is_some()
        || trimmed.contains(|c: char| crate::layout::ends_clause(c) || "。【】[]|".contains(c))
    {
        return None;
    }
    let (first, rest) = trimmed.split_once(' ')?;
    let length = first.chars().count();
    if !(2..=4).contains(&length)
        || !first.chars().all(is_han)
        || !rest.trim_start().starts_with(is_han)
    {
        return None;
    }
    let start = line_start + (line.len() - line.trim_start().len());
    Some(UnitMention {
        span: Span {
            start,
            end: start + first.len(),
        },
        level: UnitLevel::Town,
        actor: true,
        basis: UnitBasis::Heading,
    })
}

/// "柏溪镇:…", "【柏溪镇】…" on a short line: a name of two to four characters and a unit
/// suffix, then a colon or the closing bracket.
fn title_unit(line: &str, line_start: usize) -> Option<UnitMention> {
    let trimmed = line.trim_start();
    if trimmed.chars().nth(40).is_some() {
        return None;
    }
    let (opener, body) = match trimmed.strip_prefix('【') {
        Some(body) => ("【", body),
        None => ("", trimmed),
    };
    let closer = if opener.is_empty() {
        &[':', '：'][..]
    } else {
        &['】'][..]
    };
    let end = body.find(closer)?;
    let name = &body[..end];
    let &(suffix, _, level) = UNIT_SUFFIXES
        .iter()
        .find(|(suffix, _, _)| name.ends_with(suffix))?;
    let stem = &name[..name.len() - suffix.len()];
    if !(2..=4).contains(&stem.chars().count())
        || !stem.chars().all(is_han)
        || is_generic_name(stem, suffix)
    {
        return None;
    }
    let start = line_start + (line.len() - trimmed.len()) + opener.len();
    Some(UnitMention {
        span: Span {
            start,
            end: start + name.len(),
        },
        level,
        actor: true,
        basis: UnitBasis::Heading,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_that_opens_with_a_unit() {
        let named =
            |line: &str| heading_unit(line, 0).map(|u| line[u.span.start..u.span.end].to_string());
        assert_eq!(
            named("柏溪镇:重点项目建设提速\n").as_deref(),
            Some("柏溪镇")
        );
        assert_eq!(
            named("【柏溪镇】青禾电子产业园项目加快建设\n").as_deref(),
            Some("柏溪镇")
        );
        assert_eq!(
            named("石门街道:城市更新提速\n").as_deref(),
            Some("石门街道")
        );
        assert_eq!(named("项目名称:柏溪镇青禾电子\n"), None);
        assert_eq!(named("全镇:项目建设提速\n"), None);
    }

    fn names(text: &str) -> Vec<&str> {
        find_units(text, &TextWords::of(text))
            .iter()
            .map(|u| &text[u.span.start..u.span.end])
            .collect()
    }

    #[test]
    fn suffixes_and_names() {
        assert_eq!(
            names("在吕四港经济开发区东港池,总投资"),
            vec!["吕四港经济开发区"]
        );
        assert_eq!(names("2月7日下午,惠萍镇召集镇领导"), vec!["惠萍镇"]);
        assert_eq!(names("位于清水镇城北工业园的公司"), vec!["清水镇"]);
        assert_eq!(names("落户我市龙潭镇"), vec!["龙潭镇"]);
        assert_eq!(
            names("选址禾丰县青石市镇工业园旁,青石市镇负责服务"),
            vec!["禾丰县", "青石市镇", "青石市镇"]
        );
        assert_eq!(names("临江市沿江开发区当天"), vec!["临江市沿江开发区"]);
        assert_eq!(names("永安街道办事处"), vec!["永安街道"]);
    }

    #[test]
    fn generic_words_are_not_units() {
        for text in [
            "各区镇收心归位",
            "要求全镇上下",
            "该镇挂图作战",
            "兄弟区镇引流",
            "安置小区建设",
            "白鹭集镇",
            "山区小镇",
            "社区服务",
            "目前仓储区主体已完工",
            "新建停车区",
            "用心谋划园区发展",
            "配套建设加工产业示范区",
            "中国—东盟产业合作区",
            "规划建设一处边民互市贸易区",
            "全年实施省市县重点项目92个",
        ] {
            assert!(names(text).is_empty(), "{text}: {:?}", names(text));
        }
    }

    #[test]
    fn county_names_beginning_with_zhen_are_counties() {
        let text = "据了解,镇平县今年计划实施项目";
        let found = find_units(text, &TextWords::of(text));
        assert_eq!(names(text), vec!["镇平县"]);
        assert_eq!(found[0].level, UnitLevel::County);
        assert_eq!(names("镇平县城关镇荷塘小学"), vec!["镇平县", "城关镇"]);
        assert_eq!(
            names("青石镇农贸市场改造项目。青石镇"),
            vec!["青石镇", "青石镇"]
        );
    }

    #[test]
    fn cities_count_only_as_the_subject() {
        let text = "(记者 甲)临川市10月17日召开发布会";
        assert_eq!(names(text), vec!["临川市"]);
        assert_eq!(
            find_units(text, &TextWords::of(text))[0].level,
            UnitLevel::County
        );
        assert_eq!(names("今年,柳城市全力推进项目建设"), vec!["柳城市"]);
        for text in [
            "推进城市更新",
            "公司在上海上市",
            "加快建设临川市的口岸",
            "临川市委书记出席",
            "2025年度市级重点项目",
            "同时市直部门跟进",
            "今年市属企业",
            "带队来到宁波市考察",
        ] {
            assert!(names(text).is_empty(), "{text}: {:?}", names(text));
        }
    }

    #[test]
    fn a_city_that_opens_a_company_name_is_no_actor() {
        assert!(names("临川市10月9日召开推进会").contains(&"临川市"));
        assert!(names("具体为:临川市青岚服饰有限公司服装产业园项目").is_empty());
    }

    #[test]
    fn port_districts_and_bare_zones_as_subjects() {
        assert_eq!(
            names("云港区方面,投资7亿元的码头改造项目开工"),
            vec!["云港区"]
        );
        assert_eq!(names("高新区将确保二季度新签约项目2个"), vec!["高新区"]);
        assert!(names("支持企业入驻开发区的政策").is_empty());
    }

    #[test]
    fn districts_after_their_city() {
        assert_eq!(names("江西省南昌市青山湖区"), vec!["青山湖区"]);
        assert_eq!(names("福州市长乐区"), vec!["长乐区"]);
    }

    #[test]
    fn a_bracketed_heading_before_the_subject() {
        let text = "【聚焦项目建设】青山镇召开推进会";
        assert_eq!(names(text), vec!["青山镇"]);
        assert!(find_units(text, &TextWords::of(text))[0].actor);
    }

    #[test]
    fn a_short_name_defined_for_a_park_is_a_unit() {
        let text =
            "甲国合作区临川产业园(下称:临川产业园)建设加快。据介绍,临川产业园规划面积40平方公里。";
        assert_eq!(names(text), vec!["临川产业园"]);
        let text = "甲产业园(下称:临川产业园)建成。据悉,乙产业园(简称临川产业园)在建。临川产业园规划面积10平方公里。";
        let found = find_units(text, &TextWords::of(text));
        assert!(
            found.windows(2).all(|w| w[0].span.end <= w[1].span.start),
            "a name defined twice is found once at each use: {found:?}"
        );
        assert_eq!(names(text).last().copied(), Some("临川产业园"));
        let text = "乙物流项目(以下简称“乙物流园”)开工。乙物流园占地200亩。";
        assert!(names(text).is_empty(), "a project's short name is no unit");
    }

    #[test]
    fn distributive_lists() {
        assert_eq!(
            names("已在青山、柳河、永兴三镇分别启动"),
            vec!["青山", "柳河", "永兴"]
        );
    }

    #[test]
    fn actors_set_the_topic() {
        let actor = |text: &str| {
            find_units(text, &TextWords::of(text))
                .first()
                .map(|u| u.actor)
        };
        assert_eq!(actor("今年,东海镇将把项目"), Some(true));
        assert_eq!(actor("2月6日下午,东海镇召开"), Some(true));
        assert_eq!(actor("在吕四港经济开发区东港池"), Some(true));
        assert_eq!(actor("包括镇平县城关镇荷塘小学"), Some(false));
    }

    #[test]
    fn headings() {
        let unit = heading_unit("临川 青溪河畔打造“城市绿心”", 10);
        assert_eq!(unit.map(|u| u.span), Some(Span { start: 10, end: 16 }));
        assert!(heading_unit("今天是:  今日天气:", 0).is_none());
        assert!(heading_unit("一句很长的正文,有逗号 还有空格", 0).is_none());
    }
}
