//! Names without a head: the value of a name label ("项目名称:…"), the projects after a
//! status copula ("新开工的有A、B"), a list as the object of 对 ("对A、B抓紧推进"), a facility after
//! the sum invested in it ("投资2000万元的甲商城"), and a company-like subject before a status
//! verb ("C机械完成对接").

use super::edges::{MAX_NAME_CHARS, is_name_char, is_numeral};
use super::names::{core_of, is_acceptable_name, is_generic_core};
use super::owners::with_owner;
use super::{Finder, ProjectMention};
use crate::clean::pinyin::is_han;
use crate::extraction::Span;
use crate::grammar::status::starts_with_status_word;
use crate::lexicon::automata::INDUSTRY_MATCHER;
use crate::lexicon::classes::{
    ACHIEVEMENT_VERBS, BUILDING_VERBS_AFTER_SUM, COMPANY_ENDINGS, COPULAS_AFTER_DE, DETERMINERS,
    DOCUMENT_ENDINGS, DUI_WORDS, FACILITY_ENDINGS, HEADS, INDUSTRY_ENDINGS, INVESTMENT_VERBS,
    LIST_SEPARATOR_CHARS, NAME_BOUNDARIES, NAME_LABEL, NOT_INVESTMENT, OBJECT_VERBS, PROJECT_HEAD,
    PROJECT_NAME_LABEL, QUANTITY_WORDS, SUBJECT_PREDICATES,
};
use crate::lexicon::lookup::{is_generic, is_time_char, longest_prefix, longest_suffix};

/// The most words a name found without a head may run over.
const MAX_NAME_WORDS: usize = 8;

/// Every industry and facility noun of a text, overlapping ones included, as (start, end)
/// sorted by end.
pub(super) fn industry_endings(text: &str) -> Vec<(usize, usize)> {
    let mut endings: Vec<(usize, usize)> = INDUSTRY_MATCHER
        .find_overlapping_iter(text)
        .map(|hit| (hit.start(), hit.end()))
        .collect();
    endings.sort_by_key(|&(_, end)| end);
    endings
}

/// "完成产值3亿元", "实现营收…": after a verb of achievement, a figure the company reports
/// (output, revenue, tax), which says nothing of a project.
fn reports_a_figure(after: &str) -> bool {
    ACHIEVEMENT_VERBS.iter().any(|verb| {
        after
            .strip_prefix(verb)
            .is_some_and(|rest| NOT_INVESTMENT.iter().any(|w| rest.starts_with(w)))
    })
}

/// "甲公司计划投资1.5亿元,在…建设…", "甲公司将新建…项目": a company that invests or builds
/// is the investor; the project is what it builds, not the company.
fn invests_as_a_company(head: &str, after: &str) -> bool {
    let after = ["将", "也", "已", "还", "拟", "计划"]
        .iter()
        .find_map(|w| after.strip_prefix(w))
        .unwrap_or(after);
    COMPANY_ENDINGS.iter().any(|e| head.ends_with(e))
        && INVESTMENT_VERBS
            .iter()
            .chain(BUILDING_VERBS_AFTER_SUM)
            .any(|v| after.starts_with(v))
}

impl Finder<'_, '_, '_, '_> {
    /// "项目名称:金桥物流园": the value of a name label, up to the end of its line. A bare
    /// "名称:" naming a document ("…建设情况", "…通知") is a page's metadata, not a project.
    pub(super) fn labelled(&mut self, clause: Span) {
        let text = self.text;
        let label = text[..clause.start].trim_end_matches([':', '：', ' ']);
        let bare = !label.ends_with(PROJECT_NAME_LABEL);
        if label.len() == clause.start || bare && !label.ends_with(NAME_LABEL) {
            return;
        }
        let body = &text[clause.start..clause.end];
        let body = body.split('\n').next().unwrap_or(body);
        if bare
            && DOCUMENT_ENDINGS
                .iter()
                .any(|e| body.trim_end().ends_with(e))
        {
            return;
        }
        let trimmed = body.trim();
        let start = clause.start + (body.len() - body.trim_start().len());
        let end = start + trimmed.strip_suffix(PROJECT_HEAD).unwrap_or(trimmed).len();
        let name = Span { start, end };
        let core = core_of(&text[start..end]);
        let length = core.chars().count();
        if (2..=MAX_NAME_CHARS).contains(&length)
            && !is_generic_core(&core)
            && is_acceptable_name(&core)
        {
            let group = self.new_group();
            if let Some(mention) = with_owner(text, self.edges, clause.start, name, end, group) {
                self.push(mention);
            }
        }
    }

    /// "续建的是镇社区卫生服务中心", "新开工的有A、B": a status word and 的是/的有 announce the
    /// projects that follow.
    pub(super) fn after_status_copula(&mut self, clause: Span) {
        let text = self.text;
        let body = &text[clause.start..clause.end];
        let lead = body.trim_start_matches(|c: char| is_time_char(c) && c != '新');
        if !starts_with_status_word(lead) && !starts_with_status_word(lead.trim_start_matches('新'))
        {
            return;
        }
        let Some(at) = lead.find("的") else { return };
        let after = &lead[at + '的'.len_utf8()..];
        let after = after.strip_prefix(PROJECT_HEAD).unwrap_or(after);
        let Some(copula) = COPULAS_AFTER_DE.iter().find(|c| after.starts_with(**c)) else {
            return;
        };
        if lead[..at].chars().count() > 4 {
            return;
        }
        let start = clause.end - after.len() + copula.len();
        self.push_listed(
            Span {
                start,
                end: clause.end,
            },
            false,
        );
    }

    /// "对本土新开工的A、B抓紧推进": a list of names as the object of 对 before a verb.
    pub(super) fn object_list(&mut self, clause: Span) {
        let text = self.text;
        let body = &text[clause.start..clause.end];
        let Some(dui) = body.find('对') else { return };
        let object_start = dui + '对'.len_utf8();
        let in_a_word = DUI_WORDS.iter().any(|word| {
            let (lead, rest) = word.split_at(word.find('对').unwrap_or(0));
            body[..dui].ends_with(lead) && body[dui..].starts_with(rest)
        });
        if in_a_word {
            return;
        }
        let Some(verb_at) = OBJECT_VERBS
            .iter()
            .filter_map(|v| body[object_start..].find(v))
            .min()
        else {
            return;
        };
        let object = &body[object_start..object_start + verb_at];
        let list_start = object.rfind('的').map_or(0, |at| at + '的'.len_utf8());
        let mut items = Vec::new();
        let mut item_start = list_start;
        for (at, c) in object[list_start..]
            .char_indices()
            .map(|(i, c)| (list_start + i, c))
            .chain([(object.len(), '、')])
        {
            if LIST_SEPARATOR_CHARS.contains(&c) {
                items.push(Span {
                    start: clause.start + object_start + item_start,
                    end: clause.start + object_start + at,
                });
                item_start = at + c.len_utf8();
            }
        }
        let good: Vec<Span> = items
            .into_iter()
            .filter(|item| {
                let name = &text[item.start..item.end];
                let length = name.chars().count();
                (2..=10).contains(&length)
                    && name.chars().all(is_name_char)
                    && longest_prefix(name, NAME_BOUNDARIES).is_none()
                    && !is_generic_core(name)
                    && is_acceptable_name(name)
            })
            .collect();
        let single_company = good.len() == 1
            && good.iter().all(|item| {
                longest_suffix(&text[item.start..item.end], INDUSTRY_ENDINGS).is_some()
            });
        if good.len() < 2 && !single_company {
            return;
        }
        let group = self.new_group();
        for item in good {
            self.push(ProjectMention {
                name: item,
                owner: None,
                end: item.end,
                group,
                suffix: None,
            });
        }
    }

    /// "投资2000万元的甲商城和投资1800万元的乙商城", "将投资6亿元建设分布式光伏电站。": a
    /// facility named right after the sum invested in it, without 项目. The name runs over the
    /// words after 的 or a verb of building up to the first facility noun ("…污水处理厂"), and
    /// stops at a list separator, a status word or a function word; after a verb it ends the
    /// clause ("投资2亿元建设厂房3万平方米" builds no named facility).
    pub(super) fn invested_facility(&mut self, clause: Span) {
        let text = self.text;
        let amounts = self.edges.amounts;
        let from = amounts.partition_point(|a| a.end <= clause.start);
        for amount in amounts[from..].iter().take_while(|a| a.end <= clause.end) {
            let lead = &text[clause.start..amount.start];
            let rest = &text[amount.end..clause.end];
            let link = BUILDING_VERBS_AFTER_SUM
                .iter()
                .copied()
                .chain(["的"])
                .find(|link| rest.starts_with(link));
            let (true, Some(link)) = (INVESTMENT_VERBS.iter().any(|t| lead.ends_with(t)), link)
            else {
                continue;
            };
            let name_start = amount.end + link.len();
            let Some(name_end) = self.facility_name_end(name_start, clause.end) else {
                continue;
            };
            let after = &text[name_end..clause.end];
            let ends_the_clause = after.chars().all(|c| !is_han(c) && !c.is_alphanumeric());
            if HEADS.iter().any(|head| after.starts_with(head)) || link != "的" && !ends_the_clause
            {
                continue;
            }
            let name = Span {
                start: name_start,
                end: name_end,
            };
            let group = self.new_group();
            self.push(ProjectMention {
                name,
                owner: None,
                end: name_end,
                group,
                suffix: None,
            });
        }
    }

    /// Where a facility's name that starts at `start` ends: after the first word that ends in
    /// a facility noun, before any separator, status word or function word.
    fn facility_name_end(&self, start: usize, limit: usize) -> Option<usize> {
        let text = self.text;
        let words = self.edges.words.pieces(Span { start, end: limit });
        for (taken, word) in words.iter().enumerate() {
            let piece = &text[word.span.start..word.span.end];
            let stops = !piece.chars().all(is_name_char)
                || (word.in_dictionary && word.class.is_function_word())
                || starts_with_status_word(&text[word.span.start..limit])
                || taken >= MAX_NAME_WORDS;
            if stops {
                return None;
            }
            let so_far = &text[start..word.span.end];
            if longest_suffix(so_far, FACILITY_ENDINGS).is_some() && so_far.chars().count() >= 2 {
                return Some(word.span.end);
            }
        }
        None
    }

    /// "C机械完成招商项目对接", "D有限公司新厂区开工仪式": a company-like subject opening its
    /// clause, followed by a status or milestone verb. `endings`: the industry and facility
    /// nouns ending in the clause.
    pub(super) fn subject(&mut self, clause: Span, endings: &[(usize, usize)]) {
        if endings.is_empty() {
            return;
        }
        let text = self.text;
        let body = &text[clause.start..clause.end];
        let lead = body.len()
            - body
                .trim_start_matches(|c: char| {
                    c.is_ascii_digit() || matches!(c, ' ' | '年' | '月' | '日')
                })
                .len();
        let subject_start = clause.start + lead;
        let window_end = text[subject_start..clause.end]
            .char_indices()
            .nth(18)
            .map_or(clause.end, |(offset, _)| subject_start + offset);
        let mut endings: Vec<(usize, usize)> = endings
            .iter()
            .filter(|&&(start, end)| start >= subject_start && end <= window_end)
            .map(|&(start, end)| (end, end - start))
            .collect();
        endings.sort_unstable_by_key(|&(end, len)| (end, std::cmp::Reverse(len)));
        endings.dedup_by_key(|&mut (end, _)| end);
        for (end, ending_len) in endings {
            let head = &text[subject_start..end];
            let ending = &head[head.len() - ending_len..];
            let after = &text[end..clause.end];
            let predicate = SUBJECT_PREDICATES.iter().any(|p| after.starts_with(p))
                || starts_with_status_word(after);
            if !predicate
                || reports_a_figure(after)
                || invests_as_a_company(head, after)
                || head.chars().count() < ending.chars().count() + 2
                || !head.chars().all(is_name_char)
            {
                continue;
            }
            let inner_boundary = head
                .char_indices()
                .skip(1)
                .any(|(offset, _)| self.edges.boundaries.ends_at(subject_start + offset));
            let quantity =
                head.starts_with(is_numeral) || QUANTITY_WORDS.iter().any(|w| head.starts_with(w));
            if DETERMINERS.iter().any(|w| head.starts_with(w))
                || inner_boundary
                || quantity
                || is_generic_core(head)
                || is_generic(&head[..head.len() - ending.len()])
                || !is_acceptable_name(head)
            {
                return;
            }
            let name = Span {
                start: subject_start,
                end,
            };
            let group = self.new_group();
            if let Some(mention) = with_owner(text, self.edges, clause.start, name, end, group) {
                self.push(mention);
            }
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::projects;

    #[test]
    fn a_company_reporting_a_figure_is_no_project() {
        assert!(projects("青禾电子完成产值3亿元,同比增长20%。").is_empty());
        assert_eq!(projects("青禾机械完成对接。"), vec!["青禾机械"]);
    }

    #[test]
    fn a_facility_built_with_a_sum() {
        assert_eq!(
            projects(
                "青禾公司将投资6亿元建设分布式光伏电站;蓝鲸集团将投资4亿元建设中央厨房产业园。"
            ),
            vec!["分布式光伏电站", "中央厨房产业园"]
        );
        assert!(projects("投资2亿元建设标准化厂房3万平方米。").is_empty());
    }

    #[test]
    fn a_company_that_invests_is_the_investor() {
        assert!(projects("青禾公司计划投资1.5亿元,在东岭乡建设山地果蔬产业园。").is_empty());
        assert!(projects("青禾农业有限公司将投资2亿元扩建厂房。").is_empty());
        assert_eq!(
            projects("青禾公司将新建100万套车灯项目。"),
            vec!["新建100万套车灯"]
        );
        assert_eq!(projects("青禾机械计划年底投产。"), vec!["青禾机械"]);
    }

    #[test]
    fn objects_and_subjects_without_a_head() {
        assert_eq!(
            projects(
                "对本土新开工的万鹏建材、锦曌新材料抓紧推进,力争投产,庆旺机械完成招商项目对接。"
            ),
            vec!["万鹏建材", "锦曌新材料", "庆旺机械"]
        );
        assert_eq!(
            projects("浙江清源环境工程有限公司新厂区开工仪式。"),
            vec!["浙江清源环境工程有限公司|新厂区"]
        );
    }

    #[test]
    fn labelled_names() {
        assert_eq!(
            projects("项目名称:金桥物流园;总投资:5亿元;建设进度:正在施工。"),
            vec!["金桥物流园"]
        );
        assert!(
            projects("名称: 柳湾镇2025年重大项目建设情况\n文号: 发布日期: 2026-02-04").is_empty()
        );
        assert_eq!(projects("名称:金桥物流园\n文号:甲"), vec!["金桥物流园"]);
    }
}
