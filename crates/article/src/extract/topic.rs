//! Which unit a project belongs to. In order: the place its sentence gives it ("选址…镇",
//! "位于…镇"); a town named inside its name (a county only if the article treats that county as
//! an actor elsewhere); the last unit named before it in its paragraph; the first unit named in
//! its paragraph; the last unit named before it in the article (the running topic). Units
//! inside other projects' names never become the topic; with no topic at all, a town named
//! inside a name earlier in the sentence is the project's.

use std::collections::{BTreeMap, HashSet};

use super::article::Article;
use crate::extraction::Span;
use crate::lexicon::classes::{LOCATION_WORDS, UNIT_SUFFIXES};
use crate::recognise::project::ProjectMention;
use crate::recognise::unit::{UnitLevel, UnitMention};
use crate::script::to_simplified;

/// Resolves units for one article.
pub struct Topics<'a, 't> {
    article: &'a Article<'t>,
    /// Units that are not inside a project's name: the ones that can be a topic.
    topical: Vec<UnitMention>,
    /// Simplified names of the units the article treats as actors.
    actors: HashSet<&'t str>,
}

impl<'a, 't> Topics<'a, 't> {
    pub fn new(article: &'a Article<'t>) -> Self {
        let topical: Vec<UnitMention> = article
            .units
            .iter()
            .copied()
            .filter(|u| !article.inside_name(u.span))
            .collect();
        let actors = topical
            .iter()
            .filter(|u| u.actor)
            .map(|u| article.simple_of(u.span))
            .collect();
        Topics {
            article,
            topical,
            actors,
        }
    }

    /// The unit of a project mention, as a span of the text.
    pub fn unit_of(&self, mention: &ProjectMention) -> Option<Span> {
        self.in_brackets(mention)
            .or_else(|| self.located(mention))
            .or_else(|| self.named_inside(mention))
            .or_else(|| self.topic_at(mention.name.start))
            .or_else(|| self.town_of_a_name_before(mention.name.start))
    }

    /// With no topic at all, the last town named inside a project's name before `at` in its
    /// sentence ("甲镇乙电子项目力争本月底前开工,丙机械项目计划5月竣工"): the article's only place.
    fn town_of_a_name_before(&self, at: usize) -> Option<Span> {
        let article = self.article;
        let sentence = article.sentences.get(article.sentence_at(at)?)?.span;
        let to = article.units.partition_point(|u| u.span.end <= at);
        article.units[..to]
            .iter()
            .rev()
            .take_while(|u| u.span.start >= sentence.start)
            .find(|u| u.level == UnitLevel::Town)
            .map(|u| u.span)
    }

    /// The topic unit at a position: last unit before it in its paragraph, else the first in
    /// its paragraph, else the last before it in the article.
    pub fn topic_at(&self, at: usize) -> Option<Span> {
        let article = self.article;
        let paragraph = article.paragraph_at(at)?;
        let split = self.topical.partition_point(|u| u.span.end <= at);
        let before = split.checked_sub(1).map(|i| self.topical[i]);
        if let Some(unit) = before
            && article.paragraph_at(unit.span.start) == Some(paragraph)
        {
            return Some(unit.span);
        }
        if let Some(unit) = self.topical.get(split)
            && unit.span.start >= at
            && article.paragraph_at(unit.span.start) == Some(paragraph)
        {
            return Some(unit.span);
        }
        before.map(|u| u.span)
    }

    /// "甲项目(西河镇)", "甲项目——西河镇": a unit set off right after the name.
    fn in_brackets(&self, mention: &ProjectMention) -> Option<Span> {
        let article = self.article;
        let after = &article.simple[mention.end.min(article.simple.len())..];
        let opener = ["(", "（", "【", "[", "——", "—", " "]
            .iter()
            .find(|o| after.starts_with(**o))?;
        let start = mention.end + opener.len();
        let index = article.units.partition_point(|u| u.span.start < start);
        let unit = article.units.get(index)?;
        let rest = &article.simple[unit.span.end..];
        let closes = rest.is_empty()
            || rest.starts_with([')', '）', '】', ']', '、', ',', ';', ' ', '\n', '。']);
        (unit.span.start == start && closes).then_some(unit.span)
    }

    /// "选址禾丰县青石市镇": a unit after a location word in the mention's sentence; of a chain
    /// of units the last (most specific) one.
    fn located(&self, mention: &ProjectMention) -> Option<Span> {
        let article = self.article;
        let sentence = article
            .sentences
            .get(article.sentence_at(mention.name.start)?)?
            .span;
        let next_mention = article.mentions[article.first_mention_from(mention.end)..]
            .iter()
            .find(|m| m.group != mention.group)
            .map_or(sentence.end, |m| m.name.start);
        let previous_mention_end = article.mentions
            [..article.first_mention_from(mention.name.start)]
            .iter()
            .rev()
            .find(|m| m.group != mention.group && m.end <= mention.name.start)
            .map_or(sentence.start, |m| m.end);
        let window_start = previous_mention_end.max(sentence.start);
        let window_end = next_mention.min(sentence.end).max(window_start);
        let from = self
            .topical
            .partition_point(|u| u.span.start < window_start);
        let to = self
            .topical
            .partition_point(|u| u.span.start < window_end)
            .max(from);
        let units: Vec<&UnitMention> = self.topical[from..to]
            .iter()
            .filter(|u| u.span.end <= window_end)
            .collect();
        let first = units.iter().position(|u| {
            let before = article.simple[window_start..u.span.start].trim_end_matches(' ');
            let before = before.strip_suffix("我市").unwrap_or(before);
            LOCATION_WORDS.iter().any(|w| before.ends_with(w))
        })?;
        let mut chosen = units[first];
        for unit in &units[first + 1..] {
            if unit.span.start != chosen.span.end {
                break;
            }
            chosen = unit;
        }
        Some(chosen.span)
    }

    /// A unit written inside the project's name ("镇平县城关镇荷塘小学建设" → 城关镇); a zone
    /// that is the whole name is the project itself, not its unit.
    fn named_inside(&self, mention: &ProjectMention) -> Option<Span> {
        let article = self.article;
        let from = article
            .units
            .partition_point(|u| u.span.start < mention.name.start);
        let to = article
            .units
            .partition_point(|u| u.span.start < mention.name.end)
            .max(from);
        article.units[from..to]
            .iter()
            .rfind(|u| {
                u.span.end <= mention.name.end
                    && u.span != mention.name
                    && (u.level == UnitLevel::Town
                        || self.actors.contains(article.simple_of(u.span)))
            })
            .map(|u| u.span)
    }
}

/// The units of an article as written, in order of first mention, and the other names the
/// article uses for them: units sharing their first three characters, and short forms ("温江"
/// for "温江区", a township's "金马" for "金马镇" also where the ledger holds the township). A
/// zone's bare kind ("开发区") names the article's zone but is no alias: it would name any.
pub fn units_and_aliases(article: &Article) -> (Vec<String>, BTreeMap<String, Vec<String>>) {
    let mut units: Vec<(String, String)> = Vec::new();
    let mut short_forms: Vec<(&str, &str)> = Vec::new();
    for unit in &article.units {
        let name = article.unit_name(unit.span);
        let written = article.written_of(unit.span);
        let simple = if name == written {
            article.simple_of(unit.span).to_string()
        } else {
            short_forms.push((name, written));
            to_simplified(name)
        };
        if !units.iter().any(|(_, s)| *s == simple) {
            units.push((name.to_string(), simple));
        }
    }
    let mut aliases: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let bare_kind = |written: &str| UNIT_SUFFIXES.iter().any(|(kind, _, _)| *kind == written);
    for (name, written) in short_forms.into_iter().filter(|(_, w)| !bare_kind(w)) {
        let list = aliases.entry(name.to_string()).or_default();
        if !list.iter().any(|a| a == written) {
            list.push(written.to_string());
        }
    }
    let mut kept: Vec<(String, String)> = Vec::new();
    for (written, simple) in &units {
        if let Some((full, _)) = units.iter().find(|(_, other)| is_short_form(simple, other)) {
            aliases
                .entry(full.clone())
                .or_default()
                .push(written.clone());
            continue;
        }
        let prefix: String = simple.chars().take(3).collect();
        let owner = kept
            .iter()
            .find(|(_, s)| prefix.chars().count() == 3 && s.starts_with(&prefix));
        match owner {
            Some((main, _)) => aliases
                .entry(main.clone())
                .or_default()
                .push(written.clone()),
            None => kept.push((written.clone(), simple.clone())),
        }
    }
    (
        kept.into_iter().map(|(written, _)| written).collect(),
        aliases,
    )
}

/// True when `short` is `full` without its rank ("温江" for "温江区", "金马" for "金马镇").
fn is_short_form(short: &str, full: &str) -> bool {
    full.strip_prefix(short)
        .is_some_and(|rank| ["区", "县", "市", "镇", "乡", "街道"].contains(&rank))
        && short.chars().count() >= 2
}

#[cfg(test)]
mod tests {
    use crate::{Extraction, Options, extract_text};

    fn unit_of(extraction: &Extraction, name: &str) -> Option<String> {
        extraction
            .projects
            .iter()
            .find(|p| p.name == name)
            .unwrap_or_else(|| panic!("{name} missing"))
            .unit
            .clone()
    }

    #[test]
    fn a_unit_in_brackets_after_the_name() {
        let extraction = extract_text(
            "东海镇推进3个项目:甲电子项目(西河镇)、乙机械项目(南湖街道)。",
            "t",
            &Options::default(),
        );
        assert_eq!(unit_of(&extraction, "甲电子").as_deref(), Some("西河镇"));
        assert_eq!(unit_of(&extraction, "乙机械").as_deref(), Some("南湖街道"));
    }

    #[test]
    fn a_place_in_the_sentence_comes_first() {
        let extraction = extract_text(
            "禾丰县甲生猪养殖项目总投资5亿元,选址禾丰县青石市镇工业园旁,由青石市镇负责服务。",
            "t",
            &Options::default(),
        );
        assert_eq!(
            unit_of(&extraction, "禾丰县甲生猪养殖").as_deref(),
            Some("青石市镇")
        );
    }

    #[test]
    fn a_town_inside_the_name_beats_the_topic() {
        let extraction = extract_text(
            "镇平县9个项目开工,包括镇平县城关镇荷塘小学建设项目、乙县丙木业项目等。",
            "t",
            &Options::default(),
        );
        assert_eq!(
            unit_of(&extraction, "镇平县城关镇荷塘小学建设").as_deref(),
            Some("城关镇")
        );
        assert_eq!(
            unit_of(&extraction, "乙县丙木业").as_deref(),
            Some("镇平县"),
            "a county named only inside a name is no unit"
        );
    }

    #[test]
    fn the_paragraph_topic_and_the_running_topic() {
        let text = "东海镇召开推进会。\n会上,甲建材项目已开工。\n乙电子项目正在施工。位于西河镇的丙食品项目已投产。";
        let extraction = extract_text(text, "t", &Options::default());
        assert_eq!(unit_of(&extraction, "甲建材").as_deref(), Some("东海镇"));
        assert_eq!(
            unit_of(&extraction, "乙电子").as_deref(),
            Some("西河镇"),
            "the first unit of its paragraph"
        );
        assert_eq!(unit_of(&extraction, "丙食品").as_deref(), Some("西河镇"));
    }

    #[test]
    fn a_zone_by_its_kind_alone_is_the_zone_the_article_names() {
        let extraction = extract_text(
            "青岚经济开发区召开推进会。会后,开发区将加快建设,甲电子项目已开工。",
            "t",
            &Options::default(),
        );
        assert_eq!(extraction.units, vec!["青岚经济开发区"]);
        assert!(
            extraction.unit_aliases.is_empty(),
            "{:?}",
            extraction.unit_aliases
        );
        assert_eq!(
            unit_of(&extraction, "甲电子").as_deref(),
            Some("青岚经济开发区")
        );
    }

    #[test]
    fn with_no_topic_a_town_inside_a_name_before_in_the_sentence() {
        let extraction = extract_text(
            "东海镇甲电子项目力争本月底前开工,乙机械项目计划5月竣工。",
            "t",
            &Options::default(),
        );
        assert_eq!(unit_of(&extraction, "乙机械").as_deref(), Some("东海镇"));
    }

    #[test]
    fn aliases_share_their_first_characters() {
        let extraction = extract_text(
            "在临江港经济开发区,甲项目开工。临江港区镇将加快建设。临江港区镇还将新签约项目2个。",
            "t",
            &Options::default(),
        );
        assert_eq!(extraction.units, vec!["临江港经济开发区"]);
        assert_eq!(
            extraction.unit_aliases.get("临江港经济开发区"),
            Some(&vec!["临江港区镇".to_string()])
        );
    }
}
