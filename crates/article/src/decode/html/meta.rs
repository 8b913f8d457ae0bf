//! What a page says about its article: the title (the CMS's ArticleTitle meta, og:title, the
//! `<title>` without the site name, or the first heading) and the publish date (publish-date
//! meta tags under their many names, `<time>` elements, JSON-LD `datePublished`).

use chrono::NaiveDate;
use dom_query::{Document, NodeRef};
use serde_json::Value;

use super::super::{dateline, title};

/// Normalised meta names (lower case, letters and digits only) that hold the publish date, most
/// trusted first: Open Graph and schema.org, the Chinese CMS names (PubDate, publishdate),
/// Dublin Core, and the names a few publishing systems use.
const DATE_META_NAMES: &[&str] = &[
    "articlepublishedtime",
    "ogpublishedtime",
    "ogarticlepublishedtime",
    "datepublished",
    "pubdate",
    "publishdate",
    "publishdatetime",
    "publishtime",
    "publicationdate",
    "publisheddate",
    "firstpublisheddate",
    "dcdateissued",
    "dctermsissued",
    "dcdatecreated",
    "dctermscreated",
    "dcdate",
    "date",
    "sailthrudate",
    "parselypubdate",
    "weiboarticlecreateat",
    "bytedancepublishedtime",
    "releasedate",
    "ogreleasedate",
];

/// Normalised meta names that hold the article's own title in Chinese publishing systems.
const ARTICLE_TITLE_META_NAMES: &[&str] = &["articletitle", "contenttitle"];

/// Normalised meta names of the site's name.
const SITE_NAME_META_NAMES: &[&str] = &["ogsitename", "sitename", "applicationname"];

/// How many headings are compared with the parts of the page title.
const MAX_HEADINGS: usize = 10;

/// The title and publish date a page states.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PageMeta {
    pub title: Option<String>,
    pub published: Option<NaiveDate>,
}

/// Reads the title and publish date from a parsed page (before its furniture is removed).
pub fn read(document: &Document) -> PageMeta {
    let metas = meta_tags(document);
    PageMeta {
        title: page_title(document, &metas),
        published: meta_date(&metas)
            .or_else(|| time_element_date(document))
            .or_else(|| json_ld_date(document)),
    }
}

/// A `<meta>` tag's normalised name (from name, property or itemprop) and its content.
struct MetaTag {
    name: String,
    content: String,
}

fn meta_tags(document: &Document) -> Vec<MetaTag> {
    document
        .select("meta")
        .nodes()
        .iter()
        .filter_map(|node| {
            let name = ["name", "property", "itemprop"]
                .iter()
                .find_map(|attribute| node.attr(attribute))?;
            let content = node.attr("content")?;
            Some(MetaTag {
                name: normalised_name(&name),
                content: content.trim().to_string(),
            })
        })
        .collect()
}

/// Lower case, letters and digits only: "article:published_time" → "articlepublishedtime".
fn normalised_name(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|character| character.to_ascii_lowercase())
        .collect()
}

fn meta_content<'a>(metas: &'a [MetaTag], names: &[&str]) -> Option<&'a str> {
    names.iter().find_map(|wanted| {
        metas
            .iter()
            .find(|meta| meta.name == *wanted && !meta.content.is_empty())
            .map(|meta| meta.content.as_str())
    })
}

fn meta_date(metas: &[MetaTag]) -> Option<NaiveDate> {
    DATE_META_NAMES.iter().find_map(|wanted| {
        metas
            .iter()
            .filter(|meta| meta.name == *wanted)
            .find_map(|meta| dateline::parse_date(&meta.content))
    })
}

/// `<time pubdate datetime="…">` or `<time itemprop="datePublished" datetime="…">`.
fn time_element_date(document: &Document) -> Option<NaiveDate> {
    document
        .select("time")
        .nodes()
        .iter()
        .filter(|node| {
            node.has_attr("pubdate")
                || node
                    .attr("itemprop")
                    .is_some_and(|itemprop| itemprop.eq_ignore_ascii_case("datePublished"))
        })
        .find_map(|node| {
            node.attr("datetime")
                .and_then(|datetime| dateline::parse_date(&datetime))
                .or_else(|| dateline::parse_date(&node.text()))
        })
}

/// `datePublished` anywhere in the page's JSON-LD blocks.
fn json_ld_date(document: &Document) -> Option<NaiveDate> {
    document
        .select("script")
        .nodes()
        .iter()
        .filter(|node| {
            node.attr("type")
                .is_some_and(|kind| kind.trim().eq_ignore_ascii_case("application/ld+json"))
        })
        .filter_map(|node| serde_json::from_str::<Value>(&node.text()).ok())
        .find_map(|value| date_published(&value))
}

/// The first `datePublished` string in a JSON value, searched without recursion.
fn date_published(value: &Value) -> Option<NaiveDate> {
    let mut stack = vec![value];
    while let Some(value) = stack.pop() {
        match value {
            Value::Object(object) => {
                if let Some(date) = object
                    .get("datePublished")
                    .and_then(Value::as_str)
                    .and_then(dateline::parse_date)
                {
                    return Some(date);
                }
                stack.extend(object.values());
            }
            Value::Array(items) => stack.extend(items.iter().rev()),
            _ => {}
        }
    }
    None
}

/// The article's title: the CMS's ArticleTitle meta, og:title, the `<title>` (site and section
/// names dropped), or the first `<h1>`.
fn page_title(document: &Document, metas: &[MetaTag]) -> Option<String> {
    let site_name = meta_content(metas, SITE_NAME_META_NAMES);
    let headings = headings(document);
    let from_meta = meta_content(metas, ARTICLE_TITLE_META_NAMES)
        .map(str::to_string)
        .or_else(|| {
            meta_content(metas, &["ogtitle", "twittertitle"])
                .map(|og_title| title::article_part(og_title, site_name, &headings))
        });
    from_meta
        .or_else(|| {
            title_element(document)
                .map(|page_title| title::article_part(&page_title, site_name, &headings))
        })
        .or_else(|| headings.first().cloned())
        .map(|title| collapse_whitespace(&title))
        .filter(|title| !title.is_empty())
}

/// The text of the `<title>` in the head (an SVG's `<title>` in the body is not it).
fn title_element(document: &Document) -> Option<String> {
    let titles = document.select("head title");
    let titles = if titles.is_empty() {
        document.select("title")
    } else {
        titles
    };
    titles
        .nodes()
        .first()
        .map(NodeRef::text)
        .map(|text| text.to_string())
}

/// The texts of the page's `<h1>` and `<h2>` headings, in order.
fn headings(document: &Document) -> Vec<String> {
    document
        .select("h1, h2")
        .nodes()
        .iter()
        .take(MAX_HEADINGS)
        .map(|node| collapse_whitespace(&node.text()))
        .filter(|heading| !heading.is_empty())
        .collect()
}

fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta_of(html: &str) -> PageMeta {
        read(&Document::from(html))
    }

    fn date(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(year, month, day)
    }

    #[test]
    fn publish_date_meta_names() {
        let cases = [
            r#"<meta property="article:published_time" content="2025-02-08T08:30:00+08:00">"#,
            r#"<meta name="PubDate" content="2025-02-08 10:20">"#,
            r#"<meta name="publishdate" content="2025-02-08">"#,
            r#"<meta name="publish-date" content="2025/2/8">"#,
            r#"<meta name="DC.date.issued" content="2025-02-08">"#,
            r#"<meta itemprop="datePublished" content="2025-02-08">"#,
        ];
        for html in cases {
            assert_eq!(meta_of(html).published, date(2025, 2, 8), "{html}");
        }
    }

    #[test]
    fn modified_dates_are_not_publish_dates() {
        let html = r#"<meta property="article:modified_time" content="2025-03-01">"#;
        assert_eq!(meta_of(html).published, None);
    }

    #[test]
    fn the_most_trusted_name_wins() {
        let html = r#"<meta name="date" content="2020-01-01"><meta property="article:published_time" content="2025-02-08">"#;
        assert_eq!(meta_of(html).published, date(2025, 2, 8));
    }

    #[test]
    fn time_elements_and_json_ld() {
        let html = r#"<body><time pubdate datetime="2024-03-18T09:00">3月18日</time></body>"#;
        assert_eq!(meta_of(html).published, date(2024, 3, 18));
        let html = r#"<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2023-06-28"}]}</script>"#;
        assert_eq!(meta_of(html).published, date(2023, 6, 28));
        let broken = r#"<script type="application/ld+json">{"datePublished": </script>"#;
        assert_eq!(meta_of(broken).published, None);
    }

    #[test]
    fn titles() {
        let html = "<title>白鹭镇三大项目加速推进_乡镇动态_滨江日报</title>";
        assert_eq!(
            meta_of(html).title.as_deref(),
            Some("白鹭镇三大项目加速推进")
        );
        let html = r#"<meta property="og:title" content="云岭镇项目开工"><title>云岭镇项目开工 - 北湾新闻网</title>"#;
        assert_eq!(meta_of(html).title.as_deref(), Some("云岭镇项目开工"));
        let html = r#"<meta name="ArticleTitle" content="新桥镇重点项目进展"><title>首页</title>"#;
        assert_eq!(meta_of(html).title.as_deref(), Some("新桥镇重点项目进展"));
        let html = "<body><h1>河西镇项目建设热火朝天</h1></body>";
        assert_eq!(
            meta_of(html).title.as_deref(),
            Some("河西镇项目建设热火朝天")
        );
        let html =
            r#"<meta property="og:site_name" content="湖城日报"><title>湖城日报 - 短讯</title>"#;
        assert_eq!(meta_of(html).title.as_deref(), Some("短讯"));
        assert_eq!(meta_of("<title>  </title>").title, None);
    }
}
