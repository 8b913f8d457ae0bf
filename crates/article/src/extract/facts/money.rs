//! Which project each sum of money belongs to: the project right after it, the last one
//! before it in its sentence, or the one its sentence refers back to; aggregates and thresholds
//! belong to none.

use super::Facts;
use crate::extract::article::Article;
use crate::extract::reference::References;
use crate::extraction::{AmountFinding, Span};
use crate::grammar::amount::{Money, MoneyRole, money_role};
use crate::grammar::number::is_chinese_numeral;
use crate::lexicon::classes::{
    BUILDING_VERBS_AFTER_SUM, COUNT_CLASSIFIERS, OWNER_NOUNS, PROJECT_HEAD, TOTAL_WORDS,
};
use crate::lexicon::lookup::is_generic;
use crate::vocab::AmountKind;

/// Gives each sum of money to the project it belongs to.
pub(super) fn attach_money(article: &Article, references: &References, facts: &mut Facts) {
    for money in &article.money {
        let Some(clause_index) = article.clause_at(money.span.start) else {
            continue;
        };
        let clause = article.clauses[clause_index];
        let role = money_role(article.simple, clause.start, money);
        let (kind, text_start) = match role {
            MoneyRole::NotInvestment => continue,
            MoneyRole::Bare => (AmountKind::Total, money.span.start),
            MoneyRole::Investment {
                kind,
                trigger_start,
            } => (kind, trigger_start),
        };
        if is_threshold(article.simple, money) {
            continue;
        }
        let investment = matches!(role, MoneyRole::Investment { .. });
        let target = forward_owner(article, money, clause, investment)
            .or_else(|| {
                investment
                    .then(|| backward_owner(article, text_start))
                    .flatten()
            })
            .or_else(|| {
                investment
                    .then(|| referred_owner(article, references, money, text_start))
                    .flatten()
            });
        let Some(target) = target else { continue };
        let span = Span {
            start: text_start,
            end: money.span.end,
        };
        let finding = AmountFinding {
            yuan: money.yuan,
            qualifier: money.qualifier,
            kind,
            text: article.written_of(span).to_string(),
            span,
            currency: money.currency.map(str::to_string),
            currency_amount: money.currency_amount,
        };
        facts.investments[target].push(finding);
    }
}

/// "投资8000万元的X项目", "3亿元仓储物流项目", "投资6亿元建设X": the project right after a sum
/// in its clause.
fn forward_owner(
    article: &Article,
    money: &Money,
    clause: Span,
    investment: bool,
) -> Option<usize> {
    let index = article.mentions[article.first_mention_from(money.span.end)..]
        .iter()
        .position(|m| m.owner.map_or(m.name.start, |o| o.start) >= money.span.end)
        .map(|offset| article.first_mention_from(money.span.end) + offset)?;
    let mention = &article.mentions[index];
    if mention.name.end > clause.end {
        return None;
    }
    let start = mention.owner.map_or(mention.name.start, |o| o.start);
    let gap = article.simple[money.span.end..start].trim();
    let note = gap.starts_with('(') && gap.ends_with(')');
    let next_money = article
        .money
        .partition_point(|m| m.span.start < money.span.end);
    let money_between = article
        .money
        .get(next_money)
        .is_some_and(|m| m.span.end <= start);
    let described = investment && gap.ends_with('的') && !money_between;
    let built = investment && BUILDING_VERBS_AFTER_SUM.contains(&gap);
    (gap.is_empty() || gap == "的" || note || described || built).then_some(index)
}

/// "X项目总投资5.2亿元": the last project before the sum in its sentence, unless the words
/// between make the sum an aggregate ("三个项目合计").
fn backward_owner(article: &Article, trigger_start: usize) -> Option<usize> {
    let sentence = article.sentences[article.sentence_at(trigger_start)?].span;
    let candidates = &article.mentions[..article.first_mention_from(trigger_start)];
    let (index, mention) = candidates
        .iter()
        .enumerate()
        .rev()
        .take(8)
        .filter(|(_, m)| m.end <= trigger_start && m.name.start >= sentence.start)
        .max_by_key(|(_, m)| m.end)?;
    let between = &article.simple[mention.end..trigger_start];
    (!is_aggregate(between)).then_some(index)
}

/// "该项目总投资4000万元", "此次公司投资4000万元": a sum in a sentence with no project of its
/// own goes to the project the sentence refers back to ([`References`]), or to the last
/// project of its paragraph when the words before the sum speak of a project or company.
fn referred_owner(
    article: &Article,
    references: &References,
    money: &Money,
    trigger_start: usize,
) -> Option<usize> {
    let sentence_index = article.sentence_at(trigger_start)?;
    let sentence = article.sentences[sentence_index];
    let before_money = Span {
        start: sentence.span.start,
        end: trigger_start,
    };
    if !article.mention_range(before_money).is_empty()
        || is_aggregate(&article.simple[sentence.span.start..money.span.start])
    {
        return None;
    }
    let named_before = article.first_mention_from(sentence.span.start);
    if let Some(group) = references.of_sentence(sentence_index) {
        return article.mentions[..named_before]
            .iter()
            .rposition(|m| m.group == group);
    }
    let index = named_before.checked_sub(1)?;
    let mention = &article.mentions[index];
    let lead = &article.simple[sentence.span.start..trigger_start];
    (mention.end <= sentence.span.start
        && article.paragraph_at(mention.name.start) == Some(sentence.paragraph)
        && OWNER_NOUNS.iter().any(|noun| lead.contains(noun)))
    .then_some(index)
}

/// Words that make a sum cover several projects: counts ("6个", "8条") and totals (合计).
fn is_aggregate(text: &str) -> bool {
    let mut previous: Option<char> = None;
    for c in text.chars() {
        if COUNT_CLASSIFIERS.contains(&c)
            && previous.is_some_and(|p| p.is_ascii_digit() || is_chinese_numeral(p))
        {
            return true;
        }
        previous = Some(c);
    }
    TOTAL_WORDS.iter().any(|w| text.contains(w))
}

/// "10亿元以上项目", "投资过亿元的项目": a threshold for a kind of project, not an amount.
fn is_threshold(simple: &str, money: &Money) -> bool {
    let rest = &simple[money.span.end..];
    let after = &rest[..rest.char_indices().nth(10).map_or(rest.len(), |(at, _)| at)];
    match after.find(PROJECT_HEAD) {
        Some(at) => {
            let between = after[..at]
                .trim_start_matches("以上")
                .trim_start_matches('的');
            between.chars().all(crate::clean::pinyin::is_han)
                && (between.is_empty() || is_generic(between))
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{extract, facts_of};
    use super::is_aggregate;
    use crate::vocab::Milestone;

    #[test]
    fn sums_go_to_the_project_they_describe() {
        let extraction = extract("总投资3亿元的甲光电项目正在施工,乙物流项目计划投资8000万元。");
        assert_eq!(facts_of(&extraction, "甲光电").2, Some(300_000_000));
        assert_eq!(facts_of(&extraction, "乙物流").2, Some(80_000_000));
    }

    #[test]
    fn a_sum_goes_to_what_it_builds() {
        let extraction =
            extract("甲公司将投资6亿元建设分布式光伏电站;乙公司将投资2亿元建设冷链仓储中心。");
        assert_eq!(facts_of(&extraction, "分布式光伏电站").2, Some(600_000_000));
        assert_eq!(facts_of(&extraction, "冷链仓储中心").2, Some(200_000_000));
    }

    #[test]
    fn aggregates_and_thresholds_go_nowhere() {
        let extraction = extract(
            "甲化工项目、乙纺织项目已开工,两个项目合计投资5亿元。确保新签约亿元以上项目3个。",
        );
        assert_eq!(facts_of(&extraction, "甲化工").2, None);
        assert_eq!(facts_of(&extraction, "乙纺织").2, None);
        assert!(is_aggregate("三个项目合计"));
        assert!(!is_aggregate("正在进行"));
    }

    #[test]
    fn a_sentence_that_refers_back_gives_its_facts() {
        let extraction = extract("记者来到甲食品项目现场。该项目总投资2亿元,力争四季度投产。");
        let (_, targets, yuan) = facts_of(&extraction, "甲食品");
        assert_eq!(yuan, Some(200_000_000));
        assert_eq!(
            targets,
            vec![(Milestone::Produce, "2024-12-31".to_string())]
        );
    }
}
