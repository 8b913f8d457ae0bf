//! Coreference: the sentences that speak of a project named before them without naming it.
//!
//! A sentence that names no project refers back to the last group of projects named before it
//! when it says so ("该项目", "这个项目", a clause opening with a bare "项目"), or when that
//! project opens its paragraph ("1.滨河东路建设项目:…"). A paragraph that opens by referring
//! back ("据介绍,该项目…") is about that project as a whole: its other sentences refer back
//! too. Naming another project ends the reference.

use super::article::Article;
use crate::extraction::Span;
use crate::lexicon::classes::{NAME_LABEL, PROJECT_HEAD, PROJECT_NAME_LABEL, REFERRING_WORDS};

/// For every sentence of an article, the group of mentions it refers back to.
pub struct References {
    referent: Vec<Option<usize>>,
}

impl References {
    /// Works out the references of an article's sentences.
    pub fn new(article: &Article) -> Self {
        let mut referent = vec![None; article.sentences.len()];
        let mut topic: Option<Topic> = None;
        let mut paragraph_about_topic: Option<usize> = None;
        for (index, sentence) in article.sentences.iter().enumerate() {
            let named = article.mention_range(sentence.span);
            if let Some(last) = named.clone().last() {
                let mention = &article.mentions[last];
                let first = &article.mentions[named.start];
                topic = Some(Topic {
                    group: mention.group,
                    paragraph: sentence.paragraph,
                    opens_paragraph: opens_its_paragraph(article, first.name.start, index),
                });
                paragraph_about_topic = None;
                continue;
            }
            let Some(current) = topic else {
                continue;
            };
            let text = article.simple_of(sentence.span);
            let refers = refers_back(text);
            let first_of_paragraph =
                index == 0 || article.sentences[index - 1].paragraph != sentence.paragraph;
            if sentence.paragraph == current.paragraph {
                if refers || current.opens_paragraph {
                    referent[index] = Some(current.group);
                }
            } else if paragraph_about_topic == Some(sentence.paragraph)
                || (first_of_paragraph && refers)
            {
                referent[index] = Some(current.group);
                paragraph_about_topic = Some(sentence.paragraph);
            } else {
                topic = None;
            }
        }
        References { referent }
    }

    /// The group the sentence at `index` refers back to.
    pub fn of_sentence(&self, index: usize) -> Option<usize> {
        self.referent.get(index).copied().flatten()
    }

    /// The sentences that refer back to a group.
    pub fn sentences_about(&self, article: &Article, group: usize) -> Vec<Span> {
        self.referent
            .iter()
            .zip(&article.sentences)
            .filter(|(referent, _)| **referent == Some(group))
            .map(|(_, sentence)| sentence.span)
            .collect()
    }
}

/// The last group of projects named, where, and whether it opens its paragraph.
#[derive(Clone, Copy)]
struct Topic {
    group: usize,
    paragraph: usize,
    opens_paragraph: bool,
}

/// True when a sentence refers back to a project: a referring phrase anywhere ("该项目"), or a
/// clause that opens with 项目 as its subject ("项目2024年3月正式开工").
fn refers_back(sentence: &str) -> bool {
    REFERRING_WORDS.iter().any(|w| sentence.contains(w))
        || sentence.split([',', ',', ';', ';']).any(|clause| {
            clause.trim_start().starts_with(PROJECT_HEAD) && !clause.starts_with(PROJECT_NAME_LABEL)
        })
}

/// True when a project at `start` opens its paragraph: its clause is the first of the
/// paragraph, after at most a list marker ("1.", "(10)") or a name label ("项目名称:").
pub fn opens_its_paragraph(article: &Article, start: usize, sentence_index: usize) -> bool {
    let sentence = article.sentences[sentence_index];
    let first_of_paragraph = sentence_index == 0
        || article.sentences[sentence_index - 1].paragraph != sentence.paragraph;
    first_of_paragraph
        && article.clause_at(start).is_some_and(|i| {
            let clause = article.clauses[i];
            let lead = article.simple[sentence.span.start..clause.start]
                .trim_end_matches([':', '：', ' ']);
            clause.start <= sentence.span.start + "(10)".len()
                || lead.ends_with(NAME_LABEL) && lead.chars().count() <= 6
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn referring(text: &str) -> Vec<Option<usize>> {
        let article = Article::parse(text, text, &crate::KnownNames::default());
        let references = References::new(&article);
        (0..article.sentences.len())
            .map(|i| references.of_sentence(i))
            .collect()
    }

    #[test]
    fn a_paragraph_opening_with_a_reference_is_about_the_project() {
        let text = "在甲物流公司仓储中心项目现场,镇长介绍了这个项目。\n\
                    据介绍,该项目占地50亩。项目去年3月开工,计划年底前投用。\n\
                    会议还部署了下阶段工作。";
        let found = referring(text);
        assert!(found[0].is_none());
        assert!(found[1].is_some());
        assert_eq!(found[1], found[2]);
        assert!(found[3].is_none(), "{found:?}");
    }

    #[test]
    fn naming_another_project_ends_the_reference() {
        let text = "乙科技项目已开工。丙新材料项目已签约。该项目投资3亿元。";
        let found = referring(text);
        assert_eq!(found[0], None);
        assert_eq!(found[1], None);
        assert!(found[2].is_some());
    }
}
