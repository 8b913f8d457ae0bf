//! The monthly 通报 as a small document: a title and subtitle, then sections, each a heading
//! followed by paragraphs and tables. What goes in it is decided elsewhere; the .docx writer
//! only lays it out.

/// A whole 通报.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// "2025年4月重大项目推进情况通报".
    pub title: String,
    /// Who issues it and when, under the title.
    pub subtitle: String,
    pub sections: Vec<Section>,
}

/// A numbered part of the 通报 ("一、总体情况").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub heading: String,
    pub blocks: Vec<Block>,
}

/// What a section holds, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Paragraph(String),
    /// A bold line introducing what follows ("东岭镇(3个项目)").
    Subheading(String),
    /// A table with a heading row; each row has one text per heading.
    Table {
        headings: Vec<String>,
        rows: Vec<Vec<String>>,
    },
}

impl Report {
    /// Every text of the document in order, one per line (tables row by row, cells joined by
    /// tabs): what a reader of the .docx sees, for tests and the terminal.
    pub fn plain_text(&self) -> String {
        let mut lines = vec![self.title.clone(), self.subtitle.clone()];
        for section in &self.sections {
            lines.push(section.heading.clone());
            for block in &section.blocks {
                match block {
                    Block::Paragraph(text) | Block::Subheading(text) => lines.push(text.clone()),
                    Block::Table { headings, rows } => {
                        lines.push(headings.join("\t"));
                        lines.extend(rows.iter().map(|row| row.join("\t")));
                    }
                }
            }
        }
        lines.join("\n")
    }
}
