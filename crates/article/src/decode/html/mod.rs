//! Saved web pages. The page is parsed once with `dom_query` (html5ever's DOM with CSS
//! selectors), after [`nesting`] has cut pathological depth; the title and publish date are read from its head and meta tags, then the page
//! furniture is removed and the rest written out as lines (see [`body`]).
//!
//! Why not readability: `dom_smoothie` (a port of Mozilla's Readability) was measured on the
//! decode fixtures. With its default 500-character threshold it returned whole pages, sidebars
//! and comments included, for Chinese articles shorter than that (most of them); at a lower
//! threshold it picked a headline sidebar over a short story, and it dropped single `<br>`
//! line breaks, joining paragraphs. Removing furniture by landmark, class name and link density
//! kept the story and dropped the furniture on all of the fixture pages, at a third of the time.

mod body;
mod charset;
mod meta;
mod nesting;

pub use charset::declared_encoding;

use dom_query::Document;

use super::Content;
use super::boilerplate::strip_boilerplate;
use super::dateline;
use super::tidy::tidy_lines;

/// Reads a saved web page.
pub fn read(html: &str) -> Content {
    let document = Document::from(nesting::limit_nesting(html).as_ref());
    let page = meta::read(&document);
    let whole_page_text = document
        .body()
        .map(|body| body::block_text(&body))
        .unwrap_or_default();
    body::remove_furniture(&document);
    let article_text = document
        .body()
        .map(|body| body::block_text(&body))
        .unwrap_or_default();
    let mut text = tidy_lines(&strip_boilerplate(&article_text));
    if text.is_empty() {
        text = tidy_lines(&strip_boilerplate(&whole_page_text));
    }
    let published = page
        .published
        .or_else(|| dateline::find_dateline(&text))
        .or_else(|| dateline::find_labelled_dateline(&whole_page_text));
    Content {
        text,
        title: page.title,
        published,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn a_small_page() {
        let html = "<html><head><title>柳湾镇抓项目促发展_湖城日报</title></head><body>\
                    <div class='nav'><a>首页</a> | <a>新闻</a></div>\
                    <div class='info'>来源：湖城日报 发布时间：2014-5-22</div>\
                    <div id='zoom'><p>进入今年，柳湾镇把项目建设放在首位。</p><p>确保二季度再签约项目2个。</p></div>\
                    <div class='footer'>版权所有 湖城日报社</div></body></html>";
        let content = read(html);
        assert_eq!(content.title.as_deref(), Some("柳湾镇抓项目促发展"));
        assert_eq!(content.published, NaiveDate::from_ymd_opt(2014, 5, 22));
        assert_eq!(
            content.text,
            "来源：湖城日报 发布时间：2014-5-22\n进入今年，柳湾镇把项目建设放在首位。\n确保二季度再签约项目2个。"
        );
    }

    #[test]
    fn a_labelled_date_in_removed_furniture_still_counts() {
        let html = "<body><div class='toolbar'><a>打印</a> 发布时间：2019-11-05</div>\
                    <p>今年以来，新桥镇坚持项目为王，全镇重点项目均按节点推进。</p></body>";
        assert_eq!(read(html).published, NaiveDate::from_ymd_opt(2019, 11, 5));
    }

    #[test]
    fn a_page_of_only_links_keeps_its_text() {
        let html =
            "<body><ul><li><a>东港镇项目签约</a></li><li><a>西塘镇项目开工</a></li></ul></body>";
        assert_eq!(read(html).text, "东港镇项目签约\n西塘镇项目开工");
    }
}
