//! The responsible-person grammar: "责任人:王明", "挂钩领导为李华", "责任领导：镇长张强、副镇长
//! 刘伟". A label from a short list, then the person as written up to the next punctuation. After
//! ':' the person is two to twelve Han characters (a title may come with the name, several people
//! are joined by 、); after 为/是 or a space, at most eight, and no verb of work; with nothing
//! between label and person ("负责人王某告诉记者"), only a bare name of two to four characters
//! that ends at punctuation.

use crate::grammar::status::find_status_words;

use crate::clean::pinyin::is_han;
use crate::extraction::Span;
use crate::lexicon::automata::PERSON_LABEL_MATCHER;
use crate::lexicon::classes::NOT_A_PERSON;

/// One "label: person" phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResponsiblePhrase {
    /// The label and the person together.
    pub span: Span,
    /// The person (or people) as written.
    pub person: Span,
}

/// Finds the responsible-person phrases of a (Simplified) text, in order.
pub fn find_responsible(text: &str) -> Vec<ResponsiblePhrase> {
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(hit) = PERSON_LABEL_MATCHER.find(&text[at..]) {
        let start = at + hit.start();
        let after_label = at + hit.end();
        let separator = separator_of(&text[after_label..]);
        let person_start = after_label + separator.len;
        let person_len: usize = text[person_start..]
            .chars()
            .take_while(|&c| is_han(c) || c == '、')
            .map(char::len_utf8)
            .sum();
        let person = text[person_start..person_start + person_len].trim_end_matches('、');
        let chars = person.chars().count();
        let ends_at_punctuation = text[person_start + person_len..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        let longest = match separator.kind {
            SeparatorKind::Colon => 12,
            SeparatorKind::Word => 8,
            SeparatorKind::Nothing => 4,
        };
        let fits = (2..=longest).contains(&chars)
            && (separator.kind != SeparatorKind::Nothing || ends_at_punctuation)
            && (separator.kind == SeparatorKind::Colon || find_status_words(person).is_empty());
        if fits && !is_not_a_person(person) {
            let end = person_start + person.len();
            found.push(ResponsiblePhrase {
                span: Span { start, end },
                person: Span {
                    start: person_start,
                    end,
                },
            });
            at = end;
        } else {
            at = after_label;
        }
    }
    found
}

/// What stands between a label and the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SeparatorKind {
    /// ':' or '：'.
    Colon,
    /// 为, 是 or spaces.
    Word,
    /// Nothing: the person follows the label at once.
    Nothing,
}

/// The separator after a label: its kind and its length in bytes.
struct Separator {
    kind: SeparatorKind,
    len: usize,
}

/// The separator between a label and the person: ':', '：', 为, 是, or spaces.
fn separator_of(rest: &str) -> Separator {
    let trimmed = rest.trim_start_matches([' ', '\u{3000}']);
    let spaces = rest.len() - trimmed.len();
    for (separator, kind) in [
        (":", SeparatorKind::Colon),
        ("：", SeparatorKind::Colon),
        ("为", SeparatorKind::Word),
        ("是", SeparatorKind::Word),
    ] {
        if let Some(after) = trimmed.strip_prefix(separator) {
            let after_spaces = after.len() - after.trim_start_matches([' ', '\u{3000}']).len();
            return Separator {
                kind,
                len: spaces + separator.len() + after_spaces,
            };
        }
    }
    Separator {
        kind: if spaces > 0 {
            SeparatorKind::Word
        } else {
            SeparatorKind::Nothing
        },
        len: spaces,
    }
}

/// Words after a label that say what the person does, not who they are ("负责人介绍说",
/// "责任人制度", "负责人为确保工期…").
fn is_not_a_person(person: &str) -> bool {
    NOT_A_PERSON
        .iter()
        .any(|word| person.starts_with(word) || person.ends_with(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people(text: &str) -> Vec<&str> {
        find_responsible(text)
            .iter()
            .map(|p| &text[p.person.start..p.person.end])
            .collect()
    }

    #[test]
    fn labels_and_people() {
        assert_eq!(people("责任人:王明"), vec!["王明"]);
        assert_eq!(
            people("责任领导：镇长张强、副镇长刘伟。"),
            vec!["镇长张强、副镇长刘伟"]
        );
        assert_eq!(people("挂钩领导为李华,"), vec!["李华"]);
        assert_eq!(people("项目责任人 陈立\n"), vec!["陈立"]);
    }

    #[test]
    fn words_that_are_not_people() {
        assert!(people("工地负责人介绍说,厂房已建成").is_empty());
        assert!(people("落实项目责任人制度").is_empty());
        assert!(people("负责人:").is_empty());
        assert!(people("责任").is_empty());
        assert!(people("企业负责人王某告诉记者,").is_empty());
        assert!(people("分管领导多次深入现场调度").is_empty());
        assert!(people("负责人为确保工期,").is_empty());
        assert_eq!(people("挂钩领导王明,"), vec!["王明"]);
    }
}
