//! The responsible-person grammar: "责任人:王明", "挂钩领导为李华", "责任领导：镇长张强、副镇长
//! 刘伟". A label from a short list, an optional ':'/'：'/为/是, then the person as written up to
//! the next punctuation: two to twelve Han characters (a title may come with the name, and
//! several people are joined by 、).

use crate::clean::pinyin::is_han;
use crate::extraction::Span;

/// The labels that introduce the person answering for a project, longest first.
const LABELS: [&str; 9] = [
    "项目责任人",
    "挂钩领导",
    "包挂领导",
    "联系领导",
    "责任领导",
    "牵头领导",
    "分管领导",
    "责任人",
    "负责人",
];

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
    while let Some(offset) = text[at..].find(['责', '挂', '包', '联', '牵', '分', '负', '项'])
    {
        let start = at + offset;
        let rest = &text[start..];
        let Some(label) = LABELS.iter().find(|label| rest.starts_with(**label)) else {
            at = start + rest.chars().next().map_or(1, char::len_utf8);
            continue;
        };
        let after_label = start + label.len();
        let person_start = after_label + separator_len(&text[after_label..]);
        let person_len: usize = text[person_start..]
            .chars()
            .take_while(|&c| is_han(c) || c == '、')
            .map(char::len_utf8)
            .sum();
        let person = text[person_start..person_start + person_len].trim_end_matches('、');
        let chars = person.chars().count();
        if (2..=12).contains(&chars) && !is_not_a_person(person) {
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

/// The separator between a label and the person: ':', '：', 为, 是, or spaces.
fn separator_len(rest: &str) -> usize {
    let trimmed = rest.trim_start_matches([' ', '\u{3000}']);
    let spaces = rest.len() - trimmed.len();
    for separator in [":", "：", "为", "是"] {
        if let Some(after) = trimmed.strip_prefix(separator) {
            let after_spaces = after.len() - after.trim_start_matches([' ', '\u{3000}']).len();
            return spaces + separator.len() + after_spaces;
        }
    }
    spaces
}

/// Words after a label that say what the person does, not who they are ("负责人介绍说",
/// "责任人制度").
fn is_not_a_person(person: &str) -> bool {
    [
        "介绍", "表示", "说", "制度", "机制", "制", "要", "负责", "落实", "亲自", "带队",
    ]
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
    }
}
