//! The article's text from a parsed page. First the page furniture goes: navigation and aside
//! landmarks, elements whose class or id names them as menus, sidebars, footers, comments or
//! share bars (unless they hold most of the page's text), and blocks that are mostly links
//! (headline lists, related-article lists, page links) with the short label above them. Then
//! the rest is written out with a line break at every block, `<br>` and table cell, so
//! paragraphs survive as lines.
//!
//! Every walk here keeps its own stack: deeply nested pages cannot overflow the call stack.

use std::collections::HashMap;

use dom_query::{Document, LocalName, NodeId, NodeRef};

use super::super::tidy::is_wide;

/// Elements whose content is never article text.
const NON_TEXT_ELEMENTS: &[&str] = &[
    "head", "script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
    "canvas", "select", "option", "textarea", "button", "input", "map", "audio", "video", "title",
];

/// Elements after which the text goes on on a new line.
const BLOCK_ELEMENTS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "legend",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// Landmark roles of page furniture.
const FURNITURE_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "menu",
    "menubar",
];

/// Words of class and id names that mark page furniture, English and the pinyin Chinese sites
/// use ("daohang" 导航, "weizhi" 位置, "fenxiang" 分享, "pinglun" 评论, "banquan" 版权).
const FURNITURE_NAMES: &[&str] = &[
    "nav",
    "navbar",
    "navigation",
    "menu",
    "menubar",
    "sidebar",
    "side",
    "sider",
    "footer",
    "foot",
    "bottom",
    "copyright",
    "comment",
    "comments",
    "reply",
    "share",
    "sharing",
    "bdshare",
    "breadcrumb",
    "breadcrumbs",
    "crumb",
    "crumbs",
    "position",
    "location",
    "related",
    "relate",
    "recommend",
    "pagenav",
    "pager",
    "pagination",
    "prevnext",
    "ad",
    "ads",
    "advert",
    "banner",
    "login",
    "search",
    "toolbar",
    "tools",
    "print",
    "fontsize",
    "hot",
    "hotnews",
    "rank",
    "friendlink",
    "qrcode",
    "daohang",
    "weizhi",
    "dqwz",
    "fenxiang",
    "pinglun",
    "banquan",
    "dibu",
    "xgxw",
    "xgwz",
];

/// Containers that are dropped when they are mostly links.
const LINK_BLOCK_ELEMENTS: &[&str] = &[
    "ul", "ol", "dl", "menu", "table", "tr", "td", "div", "p", "section", "center", "h1", "h2",
    "h3", "h4", "h5", "h6",
];

/// Elements that may be the label of the link list after them ("相关新闻：").
const LABEL_ELEMENTS: &[&str] = &[
    "h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "span", "strong", "b", "dt", "font", "em",
];

/// A label is at most this many characters.
const MAX_LABEL_CHARS: usize = 12;

/// A block is mostly links when at least this share (in tenths) of its text is link text.
const LINK_BLOCK_TENTHS: usize = 7;

/// A block with a single link is a link block only below this many characters.
const SINGLE_LINK_BLOCK_CHARS: usize = 30;

/// Counts of one element's text: all visible characters, those inside links, and the links.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct TextCounts {
    characters: usize,
    link_characters: usize,
    links: usize,
}

impl std::ops::AddAssign for TextCounts {
    fn add_assign(&mut self, other: Self) {
        self.characters += other.characters;
        self.link_characters += other.link_characters;
        self.links += other.links;
    }
}

impl TextCounts {
    fn is_link_heavy(&self) -> bool {
        self.link_characters * 2 >= self.characters
    }

    fn is_link_block(&self) -> bool {
        self.characters > 0
            && self.link_characters * 10 >= self.characters * LINK_BLOCK_TENTHS
            && (self.links >= 2 || self.characters < SINGLE_LINK_BLOCK_CHARS)
    }
}

/// Removes the page furniture from the document's body.
pub fn remove_furniture(document: &Document) {
    let Some(body) = document.body() else {
        return;
    };
    remove_named_furniture(&body);
    remove_link_blocks(&body);
}

/// Removes landmarks and class- or id-named furniture, unless one holds most of the page's
/// text and is not mostly links (a whole page wrapped in `<div class="has-sidebar">`).
fn remove_named_furniture(body: &NodeRef) {
    let (counts, _) = count_text(body, false);
    let page_characters = counts.get(&body.id).map_or(0, |page| page.characters);
    let mut furniture = Vec::new();
    let mut stack: Vec<NodeRef> = body.children_it(true).collect();
    while let Some(node) = stack.pop() {
        if !node.is_element() {
            continue;
        }
        let node_counts = counts.get(&node.id).copied().unwrap_or_default();
        let removable = node_counts.is_link_heavy() || node_counts.characters * 2 < page_characters;
        if removable && is_furniture(&node) {
            furniture.push(node);
        } else {
            stack.extend(node.children_it(true));
        }
    }
    for node in furniture {
        node.remove_from_parent();
    }
}

fn is_furniture(node: &NodeRef) -> bool {
    match &*element_name(node) {
        "nav" | "aside" => return true,
        "header" | "footer" if !is_inside_article(node) => return true,
        _ => {}
    }
    let role_is_furniture = node.attr("role").is_some_and(|role| {
        FURNITURE_ROLES
            .iter()
            .any(|furniture| role.trim().eq_ignore_ascii_case(furniture))
    });
    role_is_furniture
        || ["class", "id"].iter().any(|attribute| {
            node.attr(attribute).is_some_and(|value| {
                name_words(&value).any(|word| FURNITURE_NAMES.contains(&word.as_str()))
            })
        })
}

fn is_inside_article(node: &NodeRef) -> bool {
    node.ancestors_it(None)
        .any(|ancestor| ancestor.has_name("article") || ancestor.has_name("main"))
}

/// The lower-case words of a class or id value: split at anything not a letter or digit and
/// where a lower-case letter meets an upper-case one ("topNav" → "top", "nav").
fn name_words(value: &str) -> impl Iterator<Item = String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut previous_lower = false;
    for character in value.chars() {
        let starts_word = character.is_ascii_uppercase() && previous_lower;
        if (!character.is_ascii_alphanumeric() || starts_word) && !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
        if character.is_ascii_alphanumeric() {
            word.push(character.to_ascii_lowercase());
        }
        previous_lower = character.is_ascii_lowercase();
    }
    if !word.is_empty() {
        words.push(word);
    }
    words.into_iter()
}

/// Removes blocks that are mostly links, smallest first, so that a layout table holding both a
/// headline list and the story loses only the list; and the short label before each list.
fn remove_link_blocks(body: &NodeRef) {
    let (_, link_blocks) = count_text(body, true);
    for id in link_blocks {
        if let Some(node) = body.tree.get(&id) {
            node.remove_from_parent();
        }
    }
}

/// Counts the text of every node under `root`, bottom-up. With `prune_link_blocks`, link
/// blocks (and their labels) count for nothing in their parents and are returned.
fn count_text(
    root: &NodeRef,
    prune_link_blocks: bool,
) -> (HashMap<NodeId, TextCounts>, Vec<NodeId>) {
    let mut counts: HashMap<NodeId, TextCounts> = HashMap::with_capacity(root.tree.len());
    let mut link_blocks = Vec::new();
    let mut stack = vec![(*root, false)];
    while let Some((node, children_counted)) = stack.pop() {
        if node.is_text() {
            let text_counts = TextCounts {
                characters: visible_characters(&node.text()),
                ..TextCounts::default()
            };
            counts.insert(node.id, text_counts);
            continue;
        }
        let name = element_name(&node);
        if NON_TEXT_ELEMENTS.contains(&&*name) {
            continue;
        }
        if !children_counted {
            stack.push((node, true));
            stack.extend(node.children_it(true).map(|child| (child, false)));
            continue;
        }
        let mut total = TextCounts::default();
        for child in node.children_it(false) {
            total += counts.get(&child.id).copied().unwrap_or_default();
        }
        if &*name == "a" {
            total.link_characters = total.characters;
            total.links += 1;
        }
        if prune_link_blocks && LINK_BLOCK_ELEMENTS.contains(&&*name) && total.is_link_block() {
            link_blocks.push(node.id);
            if let Some(label) = node.prev_element_sibling()
                && is_label(&label, &counts)
            {
                counts.insert(label.id, TextCounts::default());
                link_blocks.push(label.id);
            }
            total = TextCounts::default();
        }
        counts.insert(node.id, total);
    }
    (counts, link_blocks)
}

/// Whether an element is a short heading-like label ("要闻速递", "相关新闻：").
fn is_label(node: &NodeRef, counts: &HashMap<NodeId, TextCounts>) -> bool {
    let label_counts = counts.get(&node.id).copied().unwrap_or_default();
    LABEL_ELEMENTS.contains(&&*element_name(node))
        && (1..=MAX_LABEL_CHARS).contains(&label_counts.characters)
        && label_counts.links == 0
        && !node.text().contains(['。', '，', ','])
}

fn visible_characters(text: &str) -> usize {
    text.chars()
        .filter(|character| !character.is_whitespace())
        .count()
}

/// The local name of an element (empty for other nodes); tag names are interned, so this
/// does not allocate.
fn element_name(node: &NodeRef) -> LocalName {
    node.qual_name_ref()
        .map(|name| name.local.clone())
        .unwrap_or_default()
}

/// The text under `root`, with a line break at every block element, `<br>` and table cell;
/// whitespace collapsed as a browser would, and no space where a line break in the source
/// falls between two Chinese characters.
pub fn block_text(root: &NodeRef) -> String {
    enum Step<'a> {
        Enter(NodeRef<'a>),
        Leave { block: bool, preformatted: bool },
    }
    let mut writer = TextWriter::default();
    let mut stack = vec![Step::Enter(*root)];
    while let Some(step) = stack.pop() {
        match step {
            Step::Leave {
                block,
                preformatted,
            } => {
                if preformatted {
                    writer.preformatted_depth -= 1;
                }
                if block {
                    writer.line_break();
                }
            }
            Step::Enter(node) => {
                if node.is_text() {
                    writer.push_text(&node.text());
                    continue;
                }
                let name = element_name(&node);
                if NON_TEXT_ELEMENTS.contains(&&*name) {
                    continue;
                }
                if &*name == "br" {
                    writer.line_break();
                    continue;
                }
                let block = BLOCK_ELEMENTS.contains(&&*name);
                let preformatted = &*name == "pre";
                if block {
                    writer.line_break();
                }
                if preformatted {
                    writer.preformatted_depth += 1;
                }
                stack.push(Step::Leave {
                    block,
                    preformatted,
                });
                stack.extend(node.children_it(true).map(Step::Enter));
            }
        }
    }
    writer.text
}

/// Writes text nodes out the way a browser lays them out, one block per line.
#[derive(Default)]
struct TextWriter {
    text: String,
    /// Whitespace seen since the last character, and whether it held a line break.
    pending_space: Option<bool>,
    preformatted_depth: usize,
}

impl TextWriter {
    fn push_text(&mut self, text: &str) {
        for character in text.chars() {
            if self.preformatted_depth > 0 {
                self.text.push(character);
            } else if is_collapsible_space(character) {
                let line_break = matches!(character, '\n' | '\r');
                self.pending_space = Some(self.pending_space.unwrap_or(false) || line_break);
            } else {
                self.push_visible(character);
            }
        }
    }

    fn push_visible(&mut self, character: char) {
        if let Some(held_line_break) = self.pending_space.take() {
            let joins_chinese = held_line_break
                && self.text.chars().next_back().is_some_and(is_wide)
                && is_wide(character);
            if !self.text.is_empty() && !self.text.ends_with('\n') && !joins_chinese {
                self.text.push(' ');
            }
        }
        self.text.push(character);
    }

    fn line_break(&mut self) {
        self.pending_space = None;
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push('\n');
        }
    }
}

/// Whitespace a browser collapses (the ideographic space U+3000 is kept as written).
fn is_collapsible_space(character: char) -> bool {
    character.is_whitespace() && character != '\u{3000}'
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cleaned_text(html: &str) -> String {
        let document = Document::from(html);
        remove_furniture(&document);
        document
            .body()
            .map(|body| block_text(&body))
            .unwrap_or_default()
    }

    #[test]
    fn paragraphs_breaks_and_cells_become_lines() {
        let html = "<body><p>第一段。</p><p>第二段<br>换行。</p><div>块</div>\
                    <table><tr><td>项目</td><td>投资</td></tr></table></body>";
        assert_eq!(
            cleaned_text(html),
            "第一段。\n第二段\n换行。\n块\n项目\n投资\n"
        );
    }

    #[test]
    fn whitespace_collapses_like_a_browser() {
        let html = "<body><p>  总投资   2亿元\n  的项目  <b>开工</b>了</p><p>中文\n换行</p></body>";
        assert_eq!(cleaned_text(html), "总投资 2亿元的项目 开工了\n中文换行\n");
    }

    #[test]
    fn scripts_styles_and_landmarks_go() {
        let html = "<body><header><a href='/'>首页</a></header><nav>导航</nav>\
                    <script>var x = '脚本';</script><style>p{}</style>\
                    <p>正文很长的一段话，讲述项目建设情况。</p><aside>侧栏</aside>\
                    <footer>版权</footer></body>";
        assert_eq!(cleaned_text(html), "正文很长的一段话，讲述项目建设情况。\n");
    }

    #[test]
    fn an_article_header_stays() {
        let html = "<body><article><header><h1>标题</h1></header><p>正文。</p></article></body>";
        assert_eq!(cleaned_text(html), "标题\n正文。\n");
    }

    #[test]
    fn named_furniture_goes_unless_it_holds_the_page() {
        let html = "<body><div class='leftSide'>侧栏文字</div><div id='bdshare'>分享</div>\
                    <div class='main has-sidebar'><p>正文是这个页面里最长的文字，比其他部分都长。</p></div></body>";
        assert_eq!(
            cleaned_text(html),
            "正文是这个页面里最长的文字，比其他部分都长。\n"
        );
    }

    #[test]
    fn link_lists_and_their_labels_go() {
        let html = "<body><table><tr><td><p>要闻速递</p><ul><li><a>东港镇项目签约</a></li>\
                    <li><a>西塘镇项目开工</a></li></ul></td><td><p>南湖镇总投资5亿元的物流园项目开工。</p>\
                    <p>相关新闻：</p><ul><li><a>南湖镇招商</a></li><li><a>南湖镇大会</a></li></ul>\
                    </td></tr></table></body>";
        assert_eq!(cleaned_text(html), "南湖镇总投资5亿元的物流园项目开工。\n");
    }

    #[test]
    fn a_link_inside_a_paragraph_stays() {
        let html =
            "<body><p>项目详情见<a href='#'>附件</a>，总投资3亿元，力争年底前竣工投产。</p></body>";
        assert_eq!(
            cleaned_text(html),
            "项目详情见附件，总投资3亿元，力争年底前竣工投产。\n"
        );
    }

    #[test]
    fn preformatted_text_keeps_its_lines() {
        assert_eq!(
            cleaned_text("<body><pre>甲  乙\n丙</pre></body>"),
            "甲  乙\n丙\n"
        );
    }

    #[test]
    fn deep_trees_do_not_overflow_the_stack() {
        let document = Document::from("<body></body>");
        let mut parent = document.body().expect("a body");
        for _ in 0..200_000 {
            let child = document.tree.new_element("div");
            parent.append_child(&child);
            parent = child;
        }
        parent.append_child(&document.tree.new_text("正文"));
        remove_furniture(&document);
        let body = document.body().expect("a body");
        assert_eq!(block_text(&body), "正文\n");
    }

    #[test]
    fn class_name_words() {
        let words: Vec<String> = name_words("topNav main-content side_bar").collect();
        assert_eq!(words, ["top", "nav", "main", "content", "side", "bar"]);
    }
}
