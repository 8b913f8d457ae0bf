//! The ledger's own names: the units (with their aliases) and projects the ledger already
//! holds, in either script. An article that mentions one of them, even shortened ("万鹏建材"
//! for "東海鎮萬鵬建材項目"), names it; such a name needs no other evidence.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::segment::is_common_word;
use crate::clean::pinyin::is_han;
use crate::extraction::Span;
use crate::gazetteer;
use crate::lexicon::classes::KIND_HEADS;
use crate::script::to_simplified;

/// A unit of the ledger with the other names it goes by.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KnownUnit {
    pub name: String,
    pub aliases: Vec<String>,
}

/// A project of the ledger with the other names it goes by.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KnownProject {
    pub name: String,
    pub aliases: Vec<String>,
}

/// The names to look for, as Simplified search keys.
#[derive(Debug, Clone, Default)]
pub struct KnownNames {
    units: Option<AhoCorasick>,
    projects: Option<AhoCorasick>,
    /// For each project key: it is one common word of the dictionary ("加油站"), found as a
    /// project only with 项目 or 工程 after it.
    needs_head: Vec<bool>,
    /// The short forms of the ledger's townships (Simplified: a township's or alias's stem, or
    /// an alias without a rank) with the name of the unit each stands for.
    short_forms: Vec<(String, String)>,
}

/// The shortest key looked for, in characters: shorter ones match by accident.
const MIN_KEY_CHARS: usize = 2;

/// The shortest project key looked for, in characters.
const MIN_PROJECT_KEY_CHARS: usize = 3;

impl KnownNames {
    /// Builds the search keys of a ledger's units and projects.
    pub fn new(units: &[KnownUnit], projects: &[KnownProject]) -> Self {
        let unit_keys: Vec<String> = units
            .iter()
            .flat_map(|u| std::iter::once(&u.name).chain(&u.aliases))
            .map(|name| to_simplified(name.trim()))
            .filter(|key| key.chars().count() >= MIN_KEY_CHARS)
            .collect();
        let places: Vec<&str> = unit_keys.iter().map(String::as_str).collect();
        let project_keys: Vec<String> = projects
            .iter()
            .flat_map(|p| std::iter::once(&p.name).chain(&p.aliases))
            .flat_map(|name| project_keys(&to_simplified(name.trim()), &places))
            .filter(|key| key.chars().count() >= MIN_PROJECT_KEY_CHARS)
            .collect();
        let needs_head = project_keys.iter().map(|key| is_common_word(key)).collect();
        KnownNames {
            units: matcher(&unit_keys),
            projects: matcher(&project_keys),
            needs_head,
            short_forms: short_forms(units),
        }
    }

    /// The short forms of the ledger's townships ("金马" for 金马镇, or an alias "东岭" of
    /// 東嶺鎮), Simplified, each with the name of the unit it stands for as the ledger holds it.
    pub fn short_forms(&self) -> &[(String, String)] {
        &self.short_forms
    }

    /// True when there is nothing to look for.
    pub fn is_empty(&self) -> bool {
        self.units.is_none() && self.projects.is_none()
    }

    /// Where the ledger's units are named in a (Simplified) text. A name without a rank
    /// ("金马" beside "金马镇") counts only where it stands alone, not inside a longer word
    /// ("金马湖").
    pub fn units_in(&self, text: &str) -> Vec<Span> {
        find(self.units.as_ref(), text)
            .into_iter()
            .filter(|span| {
                let name = &text[span.start..span.end];
                name.ends_with(RANKS) || !text[span.end..].starts_with(is_han)
            })
            .collect()
    }

    /// Where the ledger's projects are named in a (Simplified) text.
    pub fn projects_in(&self, text: &str) -> Vec<Span> {
        let Some(matcher) = self.projects.as_ref() else {
            return Vec::new();
        };
        matcher
            .find_iter(text)
            .filter(|hit| {
                let headed = || {
                    ["项目", "工程"]
                        .iter()
                        .any(|h| text[hit.end()..].starts_with(h))
                };
                !self.needs_head[hit.pattern().as_usize()] || headed()
            })
            .map(|hit| Span {
                start: hit.start(),
                end: hit.end(),
            })
            .collect()
    }
}

/// The last characters of units' names that say their rank.
const RANKS: [char; 9] = ['镇', '乡', '道', '区', '县', '市', '园', '港', '旗'];

/// The short forms of townships among the ledger's units: the stem of the name or of an alias
/// that is a township's ("金马镇" → 金马), and an alias without a rank ("东岭"); a form two units
/// share stands for neither.
fn short_forms(units: &[KnownUnit]) -> Vec<(String, String)> {
    let mut forms: Vec<(String, String)> = Vec::new();
    let mut shared: Vec<String> = Vec::new();
    for unit in units {
        let name = to_simplified(unit.name.trim());
        let Some(stem) = gazetteer::stem_of(&name) else {
            continue;
        };
        let aliases = unit.aliases.iter().map(|a| to_simplified(a.trim()));
        for form in std::iter::once(stem.to_string()).chain(aliases.filter_map(|alias| {
            let short = match gazetteer::stem_of(&alias) {
                Some(stem) => stem.to_string(),
                None if !alias.ends_with(RANKS) => alias,
                None => return None,
            };
            Some(short)
        })) {
            match forms.iter().find(|(f, _)| *f == form) {
                Some((_, owner)) if *owner != unit.name => shared.push(form),
                Some(_) => {}
                None if form.chars().count() >= MIN_KEY_CHARS => {
                    forms.push((form, unit.name.clone()));
                }
                None => {}
            }
        }
    }
    forms.retain(|(form, _)| !shared.contains(form));
    forms
}

/// The keys a project is found by: its name as the ledger holds it, without a trailing 项目
/// or 工程, and that again without a leading unit of the ledger ("东海镇万鹏建材" →
/// "万鹏建材").
fn project_keys(name: &str, places: &[&str]) -> Vec<String> {
    let stem = KIND_HEADS
        .iter()
        .find_map(|head| name.strip_suffix(head))
        .filter(|stem| !stem.is_empty())
        .unwrap_or(name);
    let mut keys = vec![name.to_string()];
    if stem != name {
        keys.push(stem.to_string());
    }
    if let Some(rest) = places
        .iter()
        .filter_map(|place| stem.strip_prefix(place))
        .min_by_key(|rest| rest.len())
    {
        keys.push(rest.to_string());
    }
    keys
}

fn matcher(keys: &[String]) -> Option<AhoCorasick> {
    if keys.is_empty() {
        return None;
    }
    let built = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(keys);
    Some(built.expect("names of a ledger make a valid automaton"))
}

fn find(matcher: Option<&AhoCorasick>, text: &str) -> Vec<Span> {
    matcher.map_or_else(Vec::new, |m| {
        m.find_iter(text)
            .map(|hit| Span {
                start: hit.start(),
                end: hit.end(),
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known() -> KnownNames {
        KnownNames::new(
            &[KnownUnit {
                name: "東嶺鎮".into(),
                aliases: vec!["東嶺".into()],
            }],
            &[KnownProject {
                name: "東嶺鎮青禾木業項目".into(),
                aliases: Vec::new(),
            }],
        )
    }

    #[test]
    fn names_are_found_in_either_script_and_shortened() {
        let known = known();
        let text = "东岭镇青禾木业二期开工。在东岭,还将推进青禾木业扩建。";
        let units: Vec<&str> = known
            .units_in(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect();
        assert_eq!(units, vec!["东岭镇", "东岭"]);
        assert!(
            known.units_in("东岭湖畔").is_empty(),
            "inside a longer word"
        );
        let projects: Vec<&str> = known
            .projects_in(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect();
        assert_eq!(projects, vec!["东岭镇青禾木业", "青禾木业"]);
    }

    #[test]
    fn a_common_word_is_found_only_as_a_headed_project() {
        let known = KnownNames::new(
            &[],
            &[KnownProject {
                name: "加油站".into(),
                aliases: Vec::new(),
            }],
        );
        assert!(known.projects_in("拆迁加油站1个").is_empty());
        assert_eq!(known.projects_in("新建加油站项目").len(), 1);
    }

    #[test]
    fn townships_have_short_forms_unless_two_share_one() {
        let unit = |name: &str, aliases: &[&str]| KnownUnit {
            name: name.into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
        };
        let known = KnownNames::new(
            &[
                unit("金馬鎮", &["金马"]),
                unit("東嶺鎮", &["东岭片区", "岭东"]),
                unit("禾丰县", &[]),
                unit("柳河镇", &[]),
                unit("柳河乡", &[]),
            ],
            &[],
        );
        let forms: Vec<(&str, &str)> = known
            .short_forms()
            .iter()
            .map(|(form, name)| (form.as_str(), name.as_str()))
            .collect();
        assert_eq!(
            forms,
            vec![("金马", "金馬鎮"), ("东岭", "東嶺鎮"), ("岭东", "東嶺鎮")]
        );
    }

    #[test]
    fn an_empty_ledger_knows_nothing() {
        let known = KnownNames::default();
        assert!(known.is_empty());
        assert!(known.projects_in("青禾木业").is_empty());
    }
}
