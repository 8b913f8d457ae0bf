//! A [`Report`] as a .docx (docx-rs): the title centred in large bold type, the subtitle under
//! it, each section's heading in a "heading 1" style (so Word and LibreOffice list it in the
//! navigator), paragraphs indented two characters, tables with single borders on every cell
//! and a bold heading row, page numbers in the footer. Chinese runs use 宋体 (SimSun) as the
//! East Asian font and 黑体 (SimHei) for headings; where those are missing, LibreOffice and
//! WPS substitute an installed CJK font (Noto Sans CJK SC on Linux).

use std::path::Path;

use docx_rs::{
    AlignmentType, Docx, Footer, LineSpacing, NumPages, PageNum, Paragraph, Run, RunFonts,
    SpecialIndentType, Style, StyleType, Table, TableCell, TableRow, WidthType,
};

use super::ExportError;
use super::report::{Block, Report, Section};
use super::text_width::display_width;

const BODY_FONT: &str = "宋体";
const HEADING_FONT: &str = "黑体";
const LATIN_FONT: &str = "Times New Roman";
/// Sizes in half-points: 二号 22pt, 三号 16pt, 四号 14pt, 五号 10.5pt.
const TITLE_SIZE: usize = 44;
const HEADING_SIZE: usize = 32;
const BODY_SIZE: usize = 28;
const TABLE_SIZE: usize = 21;
/// A body paragraph's first line is indented two characters (2 × 14pt, in twentieths of a
/// point), and followed by a little space.
const BODY_INDENT: i32 = 560;
const BODY_AFTER: u32 = 120;
/// Space around a heading, and under the title and subtitle.
const HEADING_BEFORE: u32 = 240;
const HEADING_AFTER: u32 = 120;
const TITLE_AFTER: u32 = 240;
/// The text width of an A4 page with docx-rs's default margins, in twentieths of a point.
const TEXT_WIDTH: usize = 9_000;
/// No table column is narrower than this share of the text width.
const MIN_COLUMN: usize = 700;

const TITLE_STYLE: &str = "Title";
const SUBTITLE_STYLE: &str = "Subtitle";
const HEADING_STYLE: &str = "Heading1";
const TABLE_TEXT_STYLE: &str = "TableText";

pub fn write_docx(path: &Path, report: &Report) -> Result<(), ExportError> {
    let file = std::fs::File::create(path).map_err(|source| ExportError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    document(report)
        .build()
        .pack(std::io::BufWriter::new(file))
        .map_err(|e| ExportError::format(path, e))
}

fn fonts(east_asian: &str) -> RunFonts {
    RunFonts::new()
        .east_asia(east_asian)
        .ascii(LATIN_FONT)
        .hi_ansi(LATIN_FONT)
}

fn document(report: &Report) -> Docx {
    let mut docx = Docx::new()
        .default_fonts(fonts(BODY_FONT))
        .default_size(BODY_SIZE)
        .add_style(
            Style::new(TITLE_STYLE, StyleType::Paragraph)
                .name("Title")
                .fonts(fonts(BODY_FONT))
                .size(TITLE_SIZE)
                .bold()
                .align(AlignmentType::Center)
                .line_spacing(LineSpacing::new().after(TITLE_AFTER)),
        )
        .add_style(
            Style::new(SUBTITLE_STYLE, StyleType::Paragraph)
                .name("Subtitle")
                .fonts(fonts(BODY_FONT))
                .size(BODY_SIZE)
                .align(AlignmentType::Center)
                .line_spacing(LineSpacing::new().after(TITLE_AFTER)),
        )
        .add_style(
            Style::new(HEADING_STYLE, StyleType::Paragraph)
                .name("heading 1")
                .fonts(fonts(HEADING_FONT))
                .size(HEADING_SIZE)
                .bold()
                .outline_lvl(0)
                .line_spacing(
                    LineSpacing::new()
                        .before(HEADING_BEFORE)
                        .after(HEADING_AFTER),
                ),
        )
        .add_style(
            Style::new(TABLE_TEXT_STYLE, StyleType::Paragraph)
                .name("Table Text")
                .fonts(fonts(BODY_FONT))
                .size(TABLE_SIZE),
        )
        .footer(
            Footer::new().add_paragraph(
                Paragraph::new()
                    .align(AlignmentType::Center)
                    .add_run(Run::new().add_text("第 "))
                    .add_page_num(PageNum::new())
                    .add_run(Run::new().add_text(" 页，共 "))
                    .add_num_pages(NumPages::new())
                    .add_run(Run::new().add_text(" 页")),
            ),
        )
        .add_paragraph(styled(TITLE_STYLE, &report.title));
    if !report.subtitle.is_empty() {
        docx = docx.add_paragraph(styled(SUBTITLE_STYLE, &report.subtitle));
    }
    report.sections.iter().fold(docx, add_section)
}

fn add_section(docx: Docx, section: &Section) -> Docx {
    let docx = docx.add_paragraph(styled(HEADING_STYLE, &section.heading).keep_next(true));
    section.blocks.iter().fold(docx, |docx, block| match block {
        Block::Paragraph(text) => docx.add_paragraph(
            Paragraph::new()
                .indent(
                    None,
                    Some(SpecialIndentType::FirstLine(BODY_INDENT)),
                    None,
                    None,
                )
                .line_spacing(LineSpacing::new().after(BODY_AFTER))
                .add_run(Run::new().add_text(text)),
        ),
        Block::Subheading(text) => docx.add_paragraph(
            Paragraph::new()
                .keep_next(true)
                .line_spacing(LineSpacing::new().before(BODY_AFTER).after(BODY_AFTER))
                .add_run(Run::new().add_text(text).bold()),
        ),
        Block::Table { headings, rows } => docx
            .add_table(table(headings, rows))
            .add_paragraph(Paragraph::new()),
    })
}

fn styled(style: &str, text: &str) -> Paragraph {
    Paragraph::new()
        .style(style)
        .add_run(Run::new().add_text(text))
}

/// A bordered table, columns as wide as their longest text allows within the page.
fn table(headings: &[String], rows: &[Vec<String>]) -> Table {
    let grid = column_grid(headings, rows);
    let row = |texts: &[String], bold: bool| {
        TableRow::new(
            grid.iter()
                .enumerate()
                .map(|(index, width)| {
                    let text = texts.get(index).map_or("", String::as_str);
                    let run = Run::new().add_text(text);
                    let run = if bold { run.bold() } else { run };
                    TableCell::new()
                        .width(*width, WidthType::Dxa)
                        .add_paragraph(Paragraph::new().style(TABLE_TEXT_STYLE).add_run(run))
                })
                .collect(),
        )
    };
    let mut table_rows = vec![row(headings, true)];
    table_rows.extend(rows.iter().map(|texts| row(texts, false)));
    Table::new(table_rows)
        .set_grid(grid)
        .width(TEXT_WIDTH, WidthType::Dxa)
}

/// Column widths in twentieths of a point, shared out by each column's widest text.
fn column_grid(headings: &[String], rows: &[Vec<String>]) -> Vec<usize> {
    let wants: Vec<usize> = (0..headings.len())
        .map(|index| {
            std::iter::once(&headings[index])
                .chain(rows.iter().filter_map(|row| row.get(index)))
                .map(|text| display_width(text))
                .max()
                .unwrap_or(0)
                .max(2)
        })
        .collect();
    let total: usize = wants.iter().sum::<usize>().max(1);
    let flexible = TEXT_WIDTH.saturating_sub(MIN_COLUMN * wants.len());
    wants
        .iter()
        .map(|want| MIN_COLUMN + flexible * want / total)
        .collect()
}
