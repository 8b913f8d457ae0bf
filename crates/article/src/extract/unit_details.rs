//! What is known of each unit an article names: its kind (镇, 乡, 街道, zone, county, city),
//! the county the gazetteer places a township in when only one fits, and how sure the
//! extractor is, from what vouched for its mentions.

use std::borrow::Cow;

use super::article::Article;
use crate::extraction::{UnitFinding, UnitKind};
use crate::gazetteer;
use crate::lexicon::classes::{RANK_ENDS, ZONE_ENDINGS};
use crate::script::to_simplified;

/// The details of the units named `written` (as written, in the order of
/// [`crate::Extraction::units`]).
pub fn unit_details(article: &Article, written: &[String]) -> Vec<UnitFinding> {
    written
        .iter()
        .map(|name| {
            let mentions = article
                .units
                .iter()
                .filter(|u| article.unit_name(u.span) == name.as_str());
            let confidence = mentions
                .clone()
                .map(|u| u.basis.confidence())
                .fold(0.0, f32::max);
            let simple = mentions
                .filter(|u| article.written_of(u.span) == name.as_str())
                .map(|u| Cow::Borrowed(article.simple_of(u.span)))
                .next()
                .unwrap_or_else(|| Cow::Owned(to_simplified(name)));
            UnitFinding {
                name: name.clone(),
                kind: kind_of(&simple),
                county: county_of(article.simple, &simple),
                confidence,
            }
        })
        .collect()
}

/// The kind of a unit, from its (Simplified) name and the gazetteer.
pub fn kind_of(simple: &str) -> UnitKind {
    if ZONE_ENDINGS.iter().any(|e| simple.ends_with(e)) {
        UnitKind::Zone
    } else if simple.ends_with("街道") || simple.ends_with("街道办事处") {
        UnitKind::Subdistrict
    } else if simple.ends_with('镇') {
        UnitKind::Town
    } else if simple.ends_with('乡') || simple.ends_with("苏木") {
        UnitKind::Township
    } else if gazetteer::is_city(simple) {
        UnitKind::City
    } else if gazetteer::is_county(simple) || simple.ends_with(RANK_ENDS) {
        UnitKind::County
    } else {
        UnitKind::Other
    }
}

/// The county of a township: the only one of that name, or the only one whose county or city
/// the article names.
fn county_of(text: &str, simple: &str) -> Option<String> {
    let townships = gazetteer::townships(simple);
    let fits: Vec<_> = match townships {
        [only] => vec![only],
        many => many
            .iter()
            .filter(|t| {
                let county = t.county();
                let named = |name: &str| {
                    !name.is_empty()
                        && (text.contains(name)
                            || short_form(name).is_some_and(|s| text.contains(s)))
                };
                named(county.name) || named(county.city)
            })
            .collect(),
    };
    match fits.as_slice() {
        [only] => Some(only.county().name.to_string()).filter(|n| !n.is_empty()),
        _ => None,
    }
}

/// A county's or city's name without its last character of rank ("句容市" → "句容"), when at
/// least two characters are left.
fn short_form(name: &str) -> Option<&str> {
    let short = name.strip_suffix(RANK_ENDS)?;
    (short.chars().count() >= 2).then_some(short)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_from_names() {
        assert_eq!(kind_of("青禾镇"), UnitKind::Town);
        assert_eq!(kind_of("柳河乡"), UnitKind::Township);
        assert_eq!(kind_of("东岭街道"), UnitKind::Subdistrict);
        assert_eq!(kind_of("临川经济开发区"), UnitKind::Zone);
        assert_eq!(kind_of("禾丰县"), UnitKind::County);
    }
}
