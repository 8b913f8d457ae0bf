//! Web boilerplate in text: the lines a saved or pasted web page brings around the story
//! (separator lines, "加入收藏 | 设为首页", "上一条新闻：…", the comment form, the copyright
//! footer, the list of other stories after "新闻推荐"). Conservative by design: a line goes only when the whole line is page furniture;
//! story lines that merely contain such words ("上一条线索刚落地", "下一步，…") stay.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

/// Characters that separate menu items and rule off parts of a page.
const SEPARATORS: &[char] = &[
    '|', '｜', '-', '—', '_', '=', '*', '·', '•', '~', '～', '>', '<', '/', '\\', '[', ']', '【',
    '】', '(', ')', '（', '）', ':', '：', '»', '›', '、',
];

/// Page controls; a line made of nothing else is dropped. Longer words come before their
/// beginnings ("打印此文" before "打印").
const CONTROL_WORDS: &[&str] = &[
    "加入收藏",
    "设为首页",
    "設為首頁",
    "打印此文",
    "打印本页",
    "打印本頁",
    "打印文章",
    "打印",
    "关闭窗口",
    "關閉窗口",
    "关闭本页",
    "关闭",
    "關閉",
    "返回顶部",
    "返回首页",
    "返回列表",
    "返回",
    "收藏本站",
    "收藏",
    "文字大小",
    "字体大小",
    "字号",
    "字號",
    "视力保护色",
    "视力保护",
    "默认",
    "分享到",
    "今日天气",
    "相关新闻",
    "相关阅读",
    "相关链接",
    "相關新聞",
    "推荐阅读",
    "热点新闻",
    "扫一扫",
    "在手机上打开",
    "无障碍",
    "长者助手",
    "长者模式",
    "关怀版",
    "我的收藏",
    "简体",
    "繁体",
    "繁體",
    "字体",
    "字體",
];

/// Words that mark a line about font sizes, where 大 中 小 are buttons.
const FONT_SIZE_WORDS: &[&str] = &["文字大小", "字体大小", "字号", "字號", "字体", "字體"];

/// Line openings of page chrome: the date banner, the breadcrumb trail, the share bar.
const CHROME_OPENINGS: &[&str] = &[
    "今天是",
    "当前位置",
    "當前位置",
    "您现在的位置",
    "您現在的位置",
    "您的位置",
    "您当前的位置",
    "所在位置",
    "分享到",
];

/// Longest line (in characters) that may be chrome, a page link or a comment-form line.
const MAX_CHROME_CHARS: usize = 80;

/// Longest line (in characters) that may be a copyright footer.
const MAX_FOOTER_CHARS: usize = 120;

/// Markers found only in site footers.
const FOOTER_MARKERS: &[&str] = &[
    "版权所有",
    "版權所有",
    "Copyright",
    "COPYRIGHT",
    "copyright",
    "©",
    "All Rights Reserved",
    "ICP备",
    "ICP證",
    "ICP证",
    "公网安备",
    "網站標識碼",
    "网站标识码",
    "不得转载",
    "禁止转载",
    "未经授权",
    "未经书面授权",
];

/// Footer labels that count only with a colon after them ("主办单位：…").
const FOOTER_LABELS: &[&str] = &[
    "主办单位",
    "主辦單位",
    "承办单位",
    "主办",
    "承办",
    "技术支持",
    "技術支持",
    "联系电话",
    "地址",
];

/// Openings of the comment form and its notices.
const COMMENT_OPENINGS: &[&str] = &[
    "评论内容",
    "網友評論",
    "网友评论",
    "发表评论",
    "發表評論",
    "我要评论",
    "昵称",
    "暱稱",
    "验证码",
    "驗證碼",
    "还没有评论",
    "暂无评论",
    "已有评论",
    "查看评论",
];

/// Phrases of comment-policy notices and captchas.
const COMMENT_PHRASES: &[&str] = &[
    "文明发言",
    "互联网新闻信息服务管理规定",
    "看不清楚",
    "请点击刷新",
];

/// Labels of the lists of other stories a page shows around the story ("新闻推荐", "相关新闻").
const SIDEBAR_LABELS: &[&str] = &[
    "新闻推荐",
    "新聞推薦",
    "相关新闻",
    "相關新聞",
    "相关阅读",
    "相關閱讀",
    "相关推荐",
    "相關推薦",
    "相关文章",
    "推荐阅读",
    "推薦閱讀",
    "延伸阅读",
    "热点新闻",
    "熱點新聞",
    "热点推荐",
    "热门推荐",
    "精彩推荐",
    "猜你喜欢",
    "往期回顾",
    "更多新闻",
];

/// Shortest line (in characters) that may be a story paragraph after a sidebar.
const MIN_PARAGRAPH_CHARS: usize = 20;

/// Drops whole lines of web page furniture and the lists of other stories; keeps every other
/// line, blank ones included.
pub fn strip_boilerplate(text: &str) -> String {
    let mut kept = String::with_capacity(text.len());
    for line in without_sidebars(text).filter(|line| !is_boilerplate(line)) {
        kept.push_str(line);
        kept.push('\n');
    }
    kept
}

/// The text without the lists of other stories ([`without_sidebars`]); a text without one
/// as it is.
pub fn strip_sidebars(text: &str) -> String {
    if !text.lines().any(is_sidebar_label) {
        return text.to_string();
    }
    let mut kept = String::with_capacity(text.len());
    for line in without_sidebars(text) {
        kept.push_str(line);
        kept.push('\n');
    }
    kept
}

/// The lines of a text without its lists of other stories: a line after the story's first
/// paragraph that is a sidebar label alone ("新闻推荐", "相关新闻：") and the lines after it up
/// to the next story paragraph (a line of some length with a full stop, not a teaser cut off
/// with an ellipsis); a label above the story is the page's furniture, not a list. Their titles
/// and teasers name other articles' projects, places and years.
fn without_sidebars(text: &str) -> impl Iterator<Item = &str> {
    let mut story_begun = false;
    let mut in_sidebar = false;
    text.lines().filter(move |line| {
        if story_begun && is_sidebar_label(line) {
            in_sidebar = true;
        } else if is_story_paragraph(line) {
            story_begun = true;
            in_sidebar = false;
        }
        !in_sidebar
    })
}

fn is_sidebar_label(line: &str) -> bool {
    let line = line.trim_matches(is_separator);
    SIDEBAR_LABELS.contains(&line)
}

fn is_story_paragraph(line: &str) -> bool {
    let line = line.trim();
    line.chars().count() >= MIN_PARAGRAPH_CHARS
        && line.contains('。')
        && !line.ends_with("...")
        && !line.ends_with('…')
}

/// Whether a whole line is page furniture rather than story.
pub fn is_boilerplate(line: &str) -> bool {
    let line = line.trim_matches(|character: char| character.is_whitespace());
    if line.is_empty() {
        return false;
    }
    let length = line.chars().count();
    is_separator_line(line)
        || (length <= MAX_CHROME_CHARS
            && (is_controls_only(line)
                || is_menu(line)
                || opens_with(line, CHROME_OPENINGS)
                || is_page_link(line)
                || is_comment_form(line)))
        || (length <= MAX_FOOTER_CHARS && is_footer(line))
}

fn is_separator(character: char) -> bool {
    character.is_whitespace() || SEPARATORS.contains(&character)
}

fn is_separator_line(line: &str) -> bool {
    line.chars().all(is_separator)
}

/// "【加入收藏】 【打印此文】【关闭】", "[关闭窗口] |", "【 文字大小：大 中 小 】".
fn is_controls_only(line: &str) -> bool {
    let mut rest = line;
    while let Some(character) = rest.chars().next() {
        if let Some(word) = CONTROL_WORDS.iter().find(|word| rest.starts_with(*word)) {
            rest = &rest[word.len()..];
        } else if is_separator(character)
            || (matches!(character, '大' | '中' | '小')
                && FONT_SIZE_WORDS.iter().any(|word| line.contains(word)))
        {
            rest = &rest[character.len_utf8()..];
        } else {
            return false;
        }
    }
    true
}

/// "首页 | 新闻 | 图片": three or more short items between bars.
fn is_menu(line: &str) -> bool {
    const MIN_ITEMS: usize = 3;
    const MAX_ITEM_CHARS: usize = 10;
    let items: Vec<&str> = line
        .split(['|', '｜'])
        .map(|item| item.trim_matches(is_separator))
        .filter(|item| !item.is_empty())
        .collect();
    line.matches(['|', '｜']).count() >= MIN_ITEMS - 1
        && items.len() >= MIN_ITEMS
        && items
            .iter()
            .all(|item| item.chars().count() <= MAX_ITEM_CHARS && !item.contains(['。', '，', ',']))
}

/// "上一条新闻：…", "下一篇：…": links to the neighbouring articles, always with a colon.
fn is_page_link(line: &str) -> bool {
    let Some(rest) = ["上一", "下一"]
        .iter()
        .find_map(|opening| line.strip_prefix(opening))
    else {
        return false;
    };
    let Some(rest) = ["篇", "条", "條", "页", "頁"]
        .iter()
        .find_map(|unit| rest.strip_prefix(unit))
    else {
        return false;
    };
    let rest = ["新闻", "新聞", "文章", "信息"]
        .iter()
        .find_map(|noun| rest.strip_prefix(noun))
        .unwrap_or(rest);
    rest.trim_start().starts_with([':', '：'])
}

/// Finds [`COMMENT_PHRASES`] in a line (one pass over it instead of one search per phrase).
pub(crate) static COMMENT_PHRASE_MATCHER: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::new(COMMENT_PHRASES).expect("COMMENT_PHRASES builds"));

/// Finds [`FOOTER_MARKERS`] in a line.
pub(crate) static FOOTER_MARKER_MATCHER: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::new(FOOTER_MARKERS).expect("FOOTER_MARKERS builds"));

/// Finds [`FOOTER_LABELS`] in a line, overlapping ones included (主办单位 and 主办).
pub(crate) static FOOTER_LABEL_MATCHER: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::new(FOOTER_LABELS).expect("FOOTER_LABELS builds"));

fn is_comment_form(line: &str) -> bool {
    let line = line.trim_start_matches(['*', ' ', '\u{3000}']);
    opens_with(line, COMMENT_OPENINGS) || COMMENT_PHRASE_MATCHER.is_match(line)
}

fn is_footer(line: &str) -> bool {
    FOOTER_MARKER_MATCHER.is_match(line)
        || (!line.contains('。')
            && FOOTER_LABEL_MATCHER
                .find_overlapping_iter(line)
                .any(|label| line[label.end()..].trim_start().starts_with([':', '：'])))
}

fn opens_with(line: &str, openings: &[&str]) -> bool {
    openings.iter().any(|opening| line.starts_with(opening))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_of_other_stories_goes_up_to_the_next_paragraph() {
        let story = "甲镇乙电子项目开工,总投资3亿元,年内建成投产。\n";
        let text = format!(
            "{story}新闻推荐\n丙镇丁物流项目顺利投产\n2019年戊乡举办桃花节\n作为龙头企业,己公司在2019年新建了一条生产线...\n相关新闻：\n庚镇辛项目签约\n"
        );
        assert_eq!(strip_boilerplate(&text), story);
        let later = "会后,与会人员来到甲镇乙电子项目现场察看进度。\n";
        let text = format!("{story}新闻推荐\n丙镇丁物流项目顺利投产\n{later}");
        assert_eq!(strip_sidebars(&text), format!("{story}{later}"));
        let text = "- 相关推荐\n甲镇2031年建设计划\n一、续建项目\n1、投资300万元的乙道路项目,目前管网铺设已完成。\n";
        assert_eq!(strip_sidebars(text), text, "a label above the story");
        let text = "甲镇推荐阅读书目。\n新闻推荐工作有序开展。\n";
        assert_eq!(strip_sidebars(text), text, "a label inside a sentence");
    }

    #[test]
    fn page_furniture_goes() {
        for line in [
            "|",
            "| |",
            "------",
            "今天是：　　今日天气：　　|　加入收藏　|　设为首页",
            "【 文字大小：大 中 小 】　【视力保护：　　　　】",
            "【加入收藏】 【打印此文】【关闭】",
            "[关闭窗口] |",
            "上一条新闻：智造新区 动能高地      下一条新闻：北岸镇拧成一股绳抓发展",
            "上一篇：白鹭镇开展春季植树活动",
            "下一篇 ：北岸镇农民增收有新招",
            "* 评论内容:",
            "* 昵称: * 验证码  验证码,看不清楚?请点击刷新验证码* 必填",
            "注意: 遵守《互联网新闻信息服务管理规定》,请文明发言,严禁散播谣言和诽谤他人!",
            "还没有评论,",
            "(版权所有 不得转载)",
            "Copyright © 2015 湖城日报社 版权所有　苏ICP备05000000号",
            "湖城日报社版权所有，未经书面授权禁止使用",
            "主办单位：河西镇人民政府　技术支持：河西信息中心",
            "首页 | 新闻 | 图片",
            "湖城日报 电子版 | 手机版 | 登录",
            "当前位置：首页 > 乡镇动态",
            "分享到：微信 微博 QQ空间",
            "相关新闻：",
            " 无障碍    长者助手 我的收藏   收藏",
            "【打印】 【字体:    ",
        ] {
            assert!(is_boilerplate(line), "should go: {line}");
        }
    }

    #[test]
    fn story_lines_stay() {
        for line in [
            "桐溪镇招商引资跑出“加速度”",
            "　　下一步，桐溪镇将加快推进在谈的新材料、智能家居等5个项目。",
            "镇招商办负责人说：“上一条线索刚落地，下一条线索又来了。”",
            "作者：陈立 来源：湖城日报 浏览次数：862 发布时间：[2015-4-9] |",
            "该镇为企业提供技术支持和融资服务。",
            "大中小企业齐头并进。",
            "中",
            "今年一季度，全镇新签约项目3个 | 总投资9.2亿元 | 其中工业项目2个，服务业项目1个",
            "2月6日，“新春第一会”召开。",
            "",
        ] {
            assert!(!is_boilerplate(line), "should stay: {line}");
        }
    }

    #[test]
    fn stripping_keeps_the_story_and_blank_lines() {
        let page = "加入收藏 | 设为首页\n标题\n\n正文第一段。\n[关闭窗口]\n";
        assert_eq!(strip_boilerplate(page), "标题\n\n正文第一段。\n");
    }
}
