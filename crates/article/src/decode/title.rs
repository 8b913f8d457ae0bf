//! Headlines. Whether a line reads like an article's title (short, no sentence-final
//! punctuation, not a date line or by-line), and a page title without the site and section
//! names around it ("白鹭镇三大项目加速推进_乡镇动态_滨江日报" → "白鹭镇三大项目加速推进").

use super::dateline;

/// Longest headline, in characters.
const MAX_HEADLINE_CHARS: usize = 60;

/// Endings that make a line a sentence rather than a headline.
const SENTENCE_ENDINGS: &[char] = &['。', '；', '，', '、', '：', '…', '.', ';', ',', ':'];

/// Separators between the parts of a page title, split on wherever they stand.
const TITLE_SEPARATORS: &[&str] = &["_", "|", "｜", " - ", " – ", " — ", " -- ", " :: ", " · "];

/// Dashes that separate a site name only when what follows looks like one ("…-滨江日报").
const BARE_DASHES: &[char] = &['-', '－', '—', '–'];

/// How site names end: newspapers, portals, governments, channels.
const SITE_NAME_ENDINGS: &[&str] = &[
    "网",
    "網",
    "报",
    "報",
    "政府",
    "新闻",
    "新聞",
    "在线",
    "在線",
    "网站",
    "網站",
    "门户",
    "門戶",
    "频道",
    "頻道",
    "电视台",
    "電視台",
    "客户端",
    "官网",
    "之窗",
    "平台",
];

/// Longest site name, in characters.
const MAX_SITE_NAME_CHARS: usize = 16;

/// How many non-empty lines at the top of a text may hold its headline.
const HEADER_LINES: usize = 12;

/// Words that open a page's navigation or a list of other stories, never a headline.
const NAVIGATION_OPENERS: &[&str] = &[
    "首页",
    "首頁",
    "当前位置",
    "當前位置",
    "您的位置",
    "现在位置",
    "相关推荐",
    "相關推薦",
    "相关新闻",
    "相關新聞",
    "推荐阅读",
    "推薦閱讀",
    "热点新闻",
    "熱點新聞",
];

/// Separators of a breadcrumb trail ("首页 > 乡镇 > 正文").
const BREADCRUMB_SEPARATORS: &[char] = &['>', '＞', '»', '›'];

/// Staff labels of a by-line at the foot of an article ("审核:甲", "责任编辑:乙").
const STAFF_LABELS: &[&str] = &[
    "审核",
    "審核",
    "编辑",
    "編輯",
    "责任编辑",
    "責任編輯",
    "校对",
    "校對",
    "监制",
    "監製",
    "摄影",
    "攝影",
    "通讯员",
    "通訊員",
    "记者",
    "記者",
    "来源",
    "來源",
    "作者",
    "终审",
    "終審",
    "初审",
    "初審",
    "复审",
    "複審",
];

/// Labels some sites put before the title ("标题：…", "名称：…").
const TITLE_LABELS: &[&str] = &["标题", "標題", "题目", "題目", "名称", "名稱"];

/// The headline of a text: the first headline-like line above a date line or by-line near the
/// top, past any buttons between them (pasted pages put menus above it), else the first line
/// after the page's navigation when it reads like one.
pub fn headline(text: &str) -> Option<String> {
    headline_above_meta_line(text).or_else(|| first_line_headline(text))
}

fn headline_above_meta_line(text: &str) -> Option<String> {
    let lines: Vec<&str> = text
        .lines()
        .map(trim_blank)
        .filter(|line| !line.is_empty())
        .take(HEADER_LINES)
        .collect();
    lines.iter().enumerate().skip(1).find_map(|(at, line)| {
        if !dateline::is_meta_line(line) {
            return None;
        }
        let candidate = lines[..at]
            .iter()
            .rev()
            .take(3)
            .find(|above| !is_navigation(above))
            .map(|above| without_title_label(above))?;
        is_headline(candidate).then(|| candidate.to_string())
    })
}

/// "标题：X" → "X".
fn without_title_label(line: &str) -> &str {
    TITLE_LABELS
        .iter()
        .find_map(|label| {
            line.strip_prefix(label)
                .map(|rest| rest.trim_start())
                .and_then(|rest| rest.strip_prefix([':', '：']))
        })
        .map_or(line, trim_blank)
}

/// The first line of `text` that reads like a headline, after any navigation at the top
/// (breadcrumbs, "相关推荐").
fn first_line_headline(text: &str) -> Option<String> {
    let line = text
        .lines()
        .map(trim_blank)
        .filter(|line| !line.is_empty())
        .take(HEADER_LINES)
        .find(|line| !is_navigation(line))?;
    is_headline(line).then(|| line.to_string())
}

/// A line of a page's chrome: a breadcrumb trail, the heading of a list of other stories, a
/// button ("[复制链接]"), or the site's name ("某某热线网").
fn is_navigation(line: &str) -> bool {
    let line = line.trim_start_matches(['-', '－', '·', '•', ' ', '|']);
    let a_button = (line.starts_with('[') && line.ends_with(']'))
        || (line.starts_with('【') && line.ends_with('】'));
    NAVIGATION_OPENERS
        .iter()
        .any(|opener| line.starts_with(opener))
        || line.contains(BREADCRUMB_SEPARATORS)
        || a_button
        || looks_like_site_name(line)
}

/// A by-line at the foot of an article: a staff label and a colon ("审核:甲 乙").
fn is_staff_line(line: &str) -> bool {
    STAFF_LABELS.iter().any(|label| {
        line.strip_prefix(label)
            .is_some_and(|rest| rest.trim_start().starts_with([':', '：']))
    })
}

/// Whether a line reads like a headline: short, with letters, no sentence inside or at its
/// end, and not a date line or by-line.
pub fn is_headline(line: &str) -> bool {
    let line = trim_blank(line);
    let length = line.chars().count();
    (2..=MAX_HEADLINE_CHARS).contains(&length)
        && line.chars().any(char::is_alphabetic)
        && !line.ends_with(SENTENCE_ENDINGS)
        && !line.contains('。')
        && !dateline::is_meta_line(line)
        && !is_navigation(line)
        && !is_staff_line(line)
}

/// The article's part of a page title: the site name (when known, or when a part looks like
/// one) and section names dropped; a part that matches one of the page's headings wins.
pub fn article_part(page_title: &str, site_name: Option<&str>, headings: &[String]) -> String {
    let page_title = trim_blank(page_title);
    let parts = split_title(page_title);
    if parts.len() < 2 {
        return page_title.to_string();
    }
    if let Some(heading) = headings
        .iter()
        .map(|heading| trim_blank(heading))
        .find(|heading| parts.contains(heading))
    {
        return heading.to_string();
    }
    let kept: Vec<&str> = parts
        .iter()
        .copied()
        .filter(|part| !site_name.is_some_and(|site| is_same_name(part, site)))
        .collect();
    let longest = kept
        .iter()
        .map(|part| part.chars().count())
        .max()
        .unwrap_or(0);
    kept.iter()
        .find(|part| part.chars().count() * 2 >= longest)
        .map_or_else(|| page_title.to_string(), |part| (*part).to_string())
}

/// The parts of a page title: split on the separators, and on a bare dash when the part after
/// it looks like a site name.
fn split_title(title: &str) -> Vec<&str> {
    let mut parts = vec![title];
    for separator in TITLE_SEPARATORS {
        parts = parts
            .into_iter()
            .flat_map(|part| part.split(separator))
            .map(trim_blank)
            .filter(|part| !part.is_empty())
            .collect();
    }
    if let Some(last) = parts.pop() {
        match last.rsplit_once(BARE_DASHES) {
            Some((article, site)) if looks_like_site_name(trim_blank(site)) => {
                parts.push(trim_blank(article));
                parts.push(trim_blank(site));
            }
            _ => parts.push(last),
        }
    }
    parts.retain(|part| !part.is_empty());
    parts
}

fn looks_like_site_name(part: &str) -> bool {
    part.chars().count() <= MAX_SITE_NAME_CHARS
        && SITE_NAME_ENDINGS
            .iter()
            .any(|ending| part.ends_with(ending))
}

fn is_same_name(part: &str, site_name: &str) -> bool {
    let site_name = trim_blank(site_name);
    !site_name.is_empty()
        && (part == site_name || site_name.contains(part) || part.contains(site_name))
}

fn trim_blank(text: &str) -> &str {
    text.trim_matches(|character: char| character.is_whitespace())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headlines() {
        assert!(is_headline("柳湾镇抓项目促发展"));
        assert!(is_headline("“滿弓勁發(fā)”跑好開局“第一棒”"));
        assert!(is_headline("  河西镇：重点项目建设热火朝天  "));
        assert!(is_headline("項目建設跑出加速度！"));
    }

    #[test]
    fn not_headlines() {
        assert!(!is_headline(
            "进入今年,柳湾镇把项目建设放在首位,加大推进力度。"
        ));
        assert!(!is_headline("今年以来，该镇坚持主要领导带队招商，"));
        assert!(!is_headline("发布时间：2014-5-22"));
        assert!(!is_headline("2025年02月08日 08:30 来源：北湾日报"));
        assert!(!is_headline("来源：湖城日报"));
        assert!(!is_headline("——"));
        assert!(!is_headline(&"长".repeat(61)));
    }

    #[test]
    fn navigation_and_staff_lines_are_no_headlines() {
        assert_eq!(
            headline("首页 > 乡镇>>\n\n青禾镇抓项目建设 蓄发展后劲\n\n正文第一段很长很长。"),
            Some("青禾镇抓项目建设 蓄发展后劲".to_string())
        );
        assert_eq!(
            headline("- 相关推荐\n2018年镇区建设工作计划\n依据安排,现将计划汇报如下:"),
            Some("2018年镇区建设工作计划".to_string())
        );
        assert!(!is_headline("审核:甲乙 丙丁"));
        assert!(!is_headline("[复制链接]"));
        assert!(!is_headline("青禾热线网"));
        assert!(!is_headline("责任编辑:林某"));
    }

    #[test]
    fn the_line_above_the_date_line_wins() {
        let text =
            "政府信息公开 规章库\n名称: 白鹭镇重大项目建设情况\n文号: 发布日期: 2026-02-04\n";
        assert_eq!(headline(text).as_deref(), Some("白鹭镇重大项目建设情况"));
        let text =
            "网站首页 新闻中心\n青禾镇扎实推进招商引资\n文章来源:湖城文明网 点击率:318\n正文。";
        assert_eq!(headline(text).as_deref(), Some("青禾镇扎实推进招商引资"));
        let text = "“滿弓勁發(fā)”跑好開局“第一棒”\n人勤春來早，奮斗正當(dāng)時。";
        assert_eq!(
            headline(text).as_deref(),
            Some("“滿弓勁發(fā)”跑好開局“第一棒”")
        );
    }

    #[test]
    fn first_line() {
        assert_eq!(
            first_line_headline("\n\n  桐溪镇招商引资跑出“加速度”\n正文。").as_deref(),
            Some("桐溪镇招商引资跑出“加速度”")
        );
        assert_eq!(
            first_line_headline("　　今年以来，该镇项目建设提速。\n"),
            None
        );
        assert_eq!(first_line_headline(""), None);
    }

    #[test]
    fn site_and_section_names_are_dropped() {
        let none: &[String] = &[];
        assert_eq!(
            article_part("白鹭镇三大项目加速推进_乡镇动态_滨江日报", None, none),
            "白鹭镇三大项目加速推进"
        );
        assert_eq!(
            article_part("云岭镇新能源产业园首期项目开工 - 北湾新闻网", None, none),
            "云岭镇新能源产业园首期项目开工"
        );
        assert_eq!(
            article_part("南湖镇物流园项目开工 | 湖城日报", None, none),
            "南湖镇物流园项目开工"
        );
        assert_eq!(
            article_part("滨江日报 | 白鹭镇三大项目加速推进", None, none),
            "白鹭镇三大项目加速推进"
        );
        assert_eq!(
            article_part("东林镇项目建设提速-海滨日报", None, none),
            "东林镇项目建设提速"
        );
        assert_eq!(
            article_part("北湾新闻网 - 短讯", Some("北湾新闻网"), none),
            "短讯"
        );
    }

    #[test]
    fn dashes_inside_a_title_stay() {
        let none: &[String] = &[];
        assert_eq!(
            article_part("青禾镇：项目建设跑出加速度——记青禾镇一季度", None, none),
            "青禾镇：项目建设跑出加速度——记青禾镇一季度"
        );
        assert_eq!(
            article_part("G15-沈海高速扩建工程开工", None, none),
            "G15-沈海高速扩建工程开工"
        );
        assert_eq!(
            article_part("河西镇：重点项目建设热火朝天", None, none),
            "河西镇：重点项目建设热火朝天"
        );
    }

    #[test]
    fn a_part_matching_a_heading_wins() {
        let headings = vec!["南湖镇物流园项目开工".to_string()];
        assert_eq!(
            article_part("湖城日报 | 要闻 | 南湖镇物流园项目开工", None, &headings),
            "南湖镇物流园项目开工"
        );
    }
}
