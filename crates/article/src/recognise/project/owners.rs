//! Owner companies: a company written inside a name or right before it ("X有限公司原料药",
//! "X有限公司的Y", "X公司投资建设的Y") owns the project and is split off its name.

use super::ProjectMention;
use super::edges::Edges;
use super::names::{core_of, is_phase_only};
use crate::clean::pinyin::is_han;
use crate::extraction::Span;
use crate::lexicon::automata::COMPANY_MATCHER;
use crate::lexicon::classes::{BARE_ACTIONS, COMPANY_ENDINGS, OWNER_LINKS};
use crate::lexicon::lookup::{is_generic, longest_suffix};

/// Splits an owner company off a name: "X有限公司原料药" (inside the name) or "X有限公司的Y" /
/// "X有限公司投资Y" (right before it). `None` when what is left is no name.
pub(super) fn with_owner(
    text: &str,
    edges: &Edges,
    floor: usize,
    name: Span,
    end: usize,
    group: usize,
) -> Option<ProjectMention> {
    let written = &text[name.start..name.end];
    let inner = COMPANY_MATCHER
        .find_iter(written)
        .map(|hit| hit.end())
        .max();
    if let Some(split) = inner
        && split < written.len()
    {
        let rest = &written[split..];
        if BARE_ACTIONS.contains(&rest) || rest.chars().count() < 2 && !rest.chars().all(is_han) {
            return Some(ProjectMention {
                name,
                owner: None,
                end,
                group,
                suffix: None,
            });
        }
        let owner = Span {
            start: name.start,
            end: name.start + split,
        };
        let name = Span {
            start: owner.end,
            end: name.end,
        };
        let core = core_of(&text[name.start..name.end]);
        if core.chars().count() < 2 || is_generic(&core) && !is_phase_only(&core) {
            return None;
        }
        return Some(ProjectMention {
            name,
            owner: Some(owner),
            end,
            group,
            suffix: None,
        });
    }
    if is_phase_only(&core_of(written)) {
        return None;
    }
    let before = &text[floor..name.start];
    let link = OWNER_LINKS.iter().find(|w| before.ends_with(**w));
    if let Some(link) = link {
        let owner_end = name.start - link.len();
        if longest_suffix(&text[floor..owner_end], COMPANY_ENDINGS).is_some() {
            let owner_start = edges.name_start(floor, owner_end);
            if owner_start < owner_end {
                return Some(ProjectMention {
                    name,
                    owner: Some(Span {
                        start: owner_start,
                        end: owner_end,
                    }),
                    end,
                    group,
                    suffix: None,
                });
            }
        }
    }
    Some(ProjectMention {
        name,
        owner: None,
        end,
        group,
        suffix: None,
    })
}

#[cfg(test)]
mod tests {
    use super::super::test_support::projects;

    #[test]
    fn owners_are_split_off() {
        assert_eq!(
            projects("其中,南通千鹤食品有限公司的年产3000吨复合调味料项目选址"),
            vec!["南通千鹤食品有限公司|年产3000吨复合调味料"]
        );
        assert_eq!(
            projects("为浙江恒泰制药有限公司原料药项目举行开工仪式"),
            vec!["浙江恒泰制药有限公司|原料药"]
        );
        assert_eq!(
            projects("为浙江永和制药有限公司原料药项目举行开工仪式"),
            vec!["浙江永和制药有限公司|原料药"],
            "和 inside a company's name joins"
        );
        assert_eq!(
            projects("分别为绿环再生资源公司扩建项目"),
            vec!["绿环再生资源公司扩建"]
        );
    }
}
