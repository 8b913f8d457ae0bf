//! Where something stands in a ledger's RON text, for messages that must name the line and
//! column a person has to look at. serde tells which field it skipped (a path such as
//! `projects[3].colour`) or which id a list repeats, but not where; this walks the text's
//! structure — brackets, commas, names and colons, skipping strings, characters and comments.

/// One step of a path into the ledger: a field of a struct, or an element of a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Field(String),
    Index(usize),
}

/// A place in a text: line and column, both counted from 1, columns in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    /// The position just after `prefix`, a leading part of a text.
    pub fn after(prefix: &str) -> Self {
        let line_start = prefix.rfind('\n').map_or(0, |at| at + 1);
        Position {
            line: 1 + prefix.matches('\n').count(),
            column: 1 + prefix[line_start..].chars().count(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Token<'a> {
    Open,
    Close,
    Comma,
    Colon,
    Word(&'a str),
    Other,
}

/// The text's tokens with where each starts.
fn tokens(text: &str) -> Vec<(Token<'_>, Position)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut found = Vec::new();
    let mut at = 0;
    let mut position = Position { line: 1, column: 1 };
    let char_at = |i: usize| chars.get(i).map(|&(_, c)| c);
    while let Some(c) = char_at(at) {
        let start = at;
        let token = match c {
            '(' | '[' | '{' => Some(Token::Open),
            ')' | ']' | '}' => Some(Token::Close),
            ',' => Some(Token::Comma),
            ':' => Some(Token::Colon),
            '"' => {
                at = skip_quoted(&chars, at + 1, '"');
                None
            }
            '\'' => {
                at = skip_quoted(&chars, at + 1, '\'');
                None
            }
            '/' if char_at(at + 1) == Some('/') => {
                while char_at(at).is_some_and(|c| c != '\n') {
                    at += 1;
                }
                None
            }
            '/' if char_at(at + 1) == Some('*') => {
                at = skip_block_comment(&chars, at + 2);
                None
            }
            'r' if matches!(char_at(at + 1), Some('#' | '"')) => {
                at = skip_raw_string(&chars, at + 1);
                None
            }
            c if c.is_alphanumeric() || c == '_' => {
                while char_at(at).is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
                    at += 1;
                }
                let end = chars.get(at).map_or(text.len(), |&(byte, _)| byte);
                Some(Token::Word(&text[chars[start].0..end]))
            }
            c if c.is_whitespace() => None,
            _ => Some(Token::Other),
        };
        if let Some(token) = token {
            found.push((token, position));
        }
        at = at.max(start + 1);
        for &(_, c) in &chars[start..at.min(chars.len())] {
            if c == '\n' {
                position.line += 1;
                position.column = 1;
            } else {
                position.column += 1;
            }
        }
    }
    found
}

/// The index just past the closing `quote` of a string or character that starts at `at`.
fn skip_quoted(chars: &[(usize, char)], mut at: usize, quote: char) -> usize {
    while let Some(&(_, c)) = chars.get(at) {
        at += 1;
        if c == '\\' {
            at += 1;
        } else if c == quote {
            break;
        }
    }
    at
}

fn skip_block_comment(chars: &[(usize, char)], mut at: usize) -> usize {
    let mut depth = 1;
    while depth > 0 && at < chars.len() {
        match (chars[at].1, chars.get(at + 1).map(|&(_, c)| c)) {
            ('*', Some('/')) => {
                depth -= 1;
                at += 2;
            }
            ('/', Some('*')) => {
                depth += 1;
                at += 2;
            }
            _ => at += 1,
        }
    }
    at
}

/// A raw string `r#"…"#` whose hashes start at `at`.
fn skip_raw_string(chars: &[(usize, char)], mut at: usize) -> usize {
    let hashes = chars[at..].iter().take_while(|&&(_, c)| c == '#').count();
    at += hashes + 1;
    while at < chars.len() {
        let closes = chars[at].1 == '"'
            && chars[at + 1..]
                .iter()
                .take(hashes)
                .filter(|&&(_, c)| c == '#')
                .count()
                == hashes;
        if closes {
            return at + 1 + hashes;
        }
        at += 1;
    }
    at
}

/// The start of each element (or field) directly inside the bracket at `open`.
fn children(tokens: &[(Token<'_>, Position)], open: usize) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut depth = 0usize;
    let mut element_starts = true;
    for (index, (token, _)) in tokens.iter().enumerate().skip(open + 1) {
        if depth == 0 {
            match token {
                Token::Close => break,
                Token::Comma => element_starts = true,
                _ if element_starts => {
                    starts.push(index);
                    element_starts = false;
                }
                _ => {}
            }
        }
        match token {
            Token::Open => depth += 1,
            Token::Close => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    starts
}

/// The bracket that holds the value starting at `at`: past a `Some` or a struct's name, and
/// into the parentheses of `Some((…))`.
fn container(tokens: &[(Token<'_>, Position)], mut at: usize) -> Option<usize> {
    let mut named = false;
    while matches!(tokens.get(at), Some((Token::Word(_), _)))
        && matches!(tokens.get(at + 1), Some((Token::Open, _)))
    {
        named = true;
        at += 1;
    }
    if tokens.get(at)?.0 != Token::Open {
        return None;
    }
    if named && matches!(tokens.get(at + 1), Some((Token::Open, _))) {
        at += 1;
    }
    Some(at)
}

/// Where the last step of `path` stands: the field's name, or the list element's start.
pub fn find(text: &str, path: &[Step]) -> Option<Position> {
    let tokens = tokens(text);
    let mut at = 0;
    let mut found = tokens.first()?.1;
    for step in path {
        let open = container(&tokens, at)?;
        let inside = children(&tokens, open);
        at = match step {
            Step::Field(name) => inside.into_iter().find(|&i| {
                tokens[i].0 == Token::Word(name)
                    && matches!(tokens.get(i + 1), Some((Token::Colon, _)))
            })?,
            Step::Index(index) => *inside.get(*index)?,
        };
        found = tokens[at].1;
        if matches!(step, Step::Field(_)) {
            at += 2;
        }
    }
    Some(found)
}

/// Where `key: value` stands for the second time (a record that reuses an id).
pub fn second_entry(text: &str, key: &str, value: &str) -> Option<Position> {
    let tokens = tokens(text);
    tokens
        .windows(3)
        .filter(|window| {
            window[0].0 == Token::Word(key)
                && window[1].0 == Token::Colon
                && window[2].0 == Token::Word(value)
        })
        .nth(1)
        .map(|window| window[0].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = r##"(
  schema_version: 1,
  units: [(id: 1, name: "東海鎮, (not: a field)")],
  projects: [
    (id: 2, name: "甲"),
    ( // a comment: with a colon
      id: 3,
      name: r#"乙 "colour": x"#,
      investment: Some((yuan: 5, colour: 'x')),
      colour: "红",
    ),
  ],
)"##;

    fn field(name: &str) -> Step {
        Step::Field(name.to_string())
    }

    #[test]
    fn finds_fields_along_a_path() {
        let at = |line, column| Some(Position { line, column });
        assert_eq!(find(TEXT, &[field("units")]), at(3, 3));
        assert_eq!(
            find(TEXT, &[field("projects"), Step::Index(1), field("colour")]),
            at(10, 7)
        );
        assert_eq!(
            find(
                TEXT,
                &[
                    field("projects"),
                    Step::Index(1),
                    field("investment"),
                    field("colour")
                ]
            ),
            at(9, 34)
        );
        assert_eq!(find(TEXT, &[field("projects"), Step::Index(0)]), at(5, 5));
        assert_eq!(
            find(TEXT, &[field("units"), Step::Index(0), field("not")]),
            None
        );
        assert_eq!(find(TEXT, &[field("projects"), Step::Index(5)]), None);
    }

    #[test]
    fn finds_a_repeated_id() {
        let text = "(units: [(id: 3)], projects: [(id: 4), (\n  id: 3)])";
        assert_eq!(
            second_entry(text, "id", "3"),
            Some(Position { line: 2, column: 3 })
        );
        assert_eq!(second_entry(text, "id", "4"), None);
    }

    #[test]
    fn positions_after_a_prefix() {
        assert_eq!(Position::after(""), Position { line: 1, column: 1 });
        assert_eq!(Position::after("ab\n東海"), Position { line: 2, column: 3 });
    }
}
