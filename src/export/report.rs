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
    /// A table with a heading row; each row has one text per heading.
    Table {
        headings: Vec<String>,
        rows: Vec<Vec<String>>,
    },
}
