//! Markdown: the text without its markup, parsed by `pulldown-cmark`. Headings, paragraphs,
//! list items, quotes and table cells become lines; emphasis and links keep their words; code
//! blocks, images and raw HTML are left out. The title is the front matter's `title:` or the
//! first heading; the front matter's `date:` is the publish date.

use chrono::NaiveDate;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::tidy::{is_wide, tidy_lines};
use super::{Content, dateline};

/// Reads a Markdown article.
pub fn read(markdown: &str) -> Content {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    let mut writer = MarkdownWriter::default();
    for event in Parser::new_ext(markdown, options) {
        writer.handle(event);
    }
    let front_matter = FrontMatter::parse(&writer.front_matter);
    Content {
        text: tidy_lines(&writer.text),
        title: front_matter.title.or(writer.first_heading),
        published: front_matter.published,
    }
}

/// Writes the words of a Markdown document out as lines.
#[derive(Default)]
struct MarkdownWriter {
    text: String,
    /// Depth inside code blocks and images, whose content is not article text.
    skipped_depth: usize,
    in_front_matter: bool,
    front_matter: String,
    /// The heading being read, while the first heading is not yet known.
    heading: Option<String>,
    first_heading: Option<String>,
    /// A soft line break waits to be written as a space, or as nothing between Chinese.
    pending_soft_break: bool,
}

impl MarkdownWriter {
    fn handle(&mut self, event: Event) {
        match event {
            Event::Start(tag) => self.start(&tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) if self.in_front_matter => self.front_matter.push_str(&text),
            Event::Text(text)
            | Event::Code(text)
            | Event::InlineMath(text)
            | Event::DisplayMath(text) => self.push_words(&text),
            Event::SoftBreak => self.pending_soft_break = true,
            Event::HardBreak | Event::Rule => self.line_break(),
            Event::Html(_)
            | Event::InlineHtml(_)
            | Event::FootnoteReference(_)
            | Event::TaskListMarker(_) => {}
        }
    }

    fn start(&mut self, tag: &Tag) {
        match tag {
            Tag::CodeBlock(_) | Tag::Image { .. } => self.skipped_depth += 1,
            Tag::MetadataBlock(_) => self.in_front_matter = true,
            Tag::Heading { .. } if self.first_heading.is_none() => {
                self.heading = Some(String::new());
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::CodeBlock | TagEnd::Image => {
                self.skipped_depth = self.skipped_depth.saturating_sub(1);
            }
            TagEnd::MetadataBlock(_) => self.in_front_matter = false,
            TagEnd::Heading(_) => {
                if let Some(heading) = self.heading.take() {
                    let heading = heading.trim().to_string();
                    if !heading.is_empty() {
                        self.first_heading = Some(heading);
                    }
                }
                self.line_break();
            }
            TagEnd::Paragraph
            | TagEnd::Item
            | TagEnd::BlockQuote(_)
            | TagEnd::TableCell
            | TagEnd::TableRow
            | TagEnd::TableHead
            | TagEnd::FootnoteDefinition
            | TagEnd::DefinitionListTitle
            | TagEnd::DefinitionListDefinition => self.line_break(),
            _ => {}
        }
    }

    fn push_words(&mut self, words: &str) {
        if self.skipped_depth > 0 || words.is_empty() {
            return;
        }
        if std::mem::take(&mut self.pending_soft_break) {
            let joins_chinese = self.text.chars().next_back().is_some_and(is_wide)
                && words.chars().next().is_some_and(is_wide);
            if !joins_chinese && !self.text.ends_with(['\n', ' ']) && !self.text.is_empty() {
                self.text.push(' ');
            }
        }
        self.text.push_str(words);
        if let Some(heading) = self.heading.as_mut() {
            heading.push_str(words);
        }
    }

    fn line_break(&mut self) {
        self.pending_soft_break = false;
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push('\n');
        }
    }
}

/// The `title:` and `date:` of a YAML front matter block.
#[derive(Debug, Default, PartialEq)]
struct FrontMatter {
    title: Option<String>,
    published: Option<NaiveDate>,
}

impl FrontMatter {
    fn parse(block: &str) -> Self {
        let mut front_matter = FrontMatter::default();
        for line in block.lines() {
            let Some((key, value)) = line.split_once(':') else {
                continue;
            };
            let value = value.trim().trim_matches(['"', '\'']).trim();
            match key.trim().to_ascii_lowercase().as_str() {
                "title" if !value.is_empty() => front_matter.title = Some(value.to_string()),
                "date" | "published" | "pubdate" => {
                    front_matter.published = dateline::parse_date(value);
                }
                _ => {}
            }
        }
        front_matter
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_goes_and_words_stay() {
        let content = read(
            "# 松川镇文旅项目签约\n\n**松川镇**与[华景集团](https://example.com)签约，总投资*8.6亿元*。\n\n\
             - 规划用地：320亩\n- 建设内容：酒店\n\n> 来源：湖城日报\n\n![航拍图](a.png)\n\n```\ncode\n```\n",
        );
        assert_eq!(
            content.text,
            "松川镇文旅项目签约\n松川镇与华景集团签约，总投资8.6亿元。\n规划用地：320亩\n建设内容：酒店\n来源：湖城日报"
        );
        assert_eq!(content.title.as_deref(), Some("松川镇文旅项目签约"));
    }

    #[test]
    fn soft_breaks_join_chinese_without_a_space() {
        assert_eq!(
            read("总投资\n八亿元的项目\nopens soon").text,
            "总投资八亿元的项目 opens soon"
        );
    }

    #[test]
    fn tables_give_a_cell_per_line() {
        let content = read("| 项目 | 投资 |\n| --- | --- |\n| 纸品 | 9亿元 |\n");
        assert_eq!(content.text, "项目\n投资\n纸品\n9亿元");
    }

    #[test]
    fn front_matter_gives_title_and_date() {
        let content = read(
            "---\ntitle: \"柳塘镇项目推进\"\ndate: 2024-04-02\n---\n\n# 另一个标题\n\n正文。\n",
        );
        assert_eq!(content.title.as_deref(), Some("柳塘镇项目推进"));
        assert_eq!(content.published, NaiveDate::from_ymd_opt(2024, 4, 2));
        assert_eq!(content.text, "另一个标题\n正文。");
    }

    #[test]
    fn no_heading_no_title() {
        assert_eq!(read("正文。").title, None);
    }
}
