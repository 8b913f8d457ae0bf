//! The amount grammar: sums of money ("总投资约1.5亿元", "5000万美元", "600余万元", "上亿元")
//! with their qualifier (约 → about, 近 → at most, 超/逾/以上/余/多 → at least) and, from the
//! word before them, what they measure (总投资 → total, 拟投资 → planned, …) or that they are
//! not an investment at all (产值, 营收, 注册资金…).

use super::number::{Decimal, is_chinese_numeral, parse_arabic, parse_chinese, parse_magnitude};
use crate::extraction::Span;
use crate::lexicon::automata::NOT_INVESTMENT_MATCHER;
use crate::lexicon::classes::{
    INVESTMENT_AFTER_SUM, MONEY_LINKS, QUALIFIER_HOSTS, THIS_YEAR_WORDS,
};
use crate::vocab::{AmountKind, Qualifier};

/// A sum of money found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Money {
    /// From the qualifier before the number (if any) to the end of the currency and suffix.
    pub span: Span,
    /// Whole yuan; `None` for a foreign currency.
    pub yuan: Option<i64>,
    /// ISO code of a foreign currency.
    pub currency: Option<&'static str>,
    /// The amount in whole units of the foreign currency.
    pub currency_amount: Option<i64>,
    pub qualifier: Qualifier,
}

/// What the words before a sum say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MoneyRole {
    /// An investment of this kind; `trigger_start` is where its trigger word begins.
    Investment {
        kind: AmountKind,
        trigger_start: usize,
    },
    /// No trigger word: an amount written before a name ("5亿元冷链物流项目") or a bare figure.
    Bare,
    /// Output, revenue, tax, registered capital, a quota…: never a project's investment.
    NotInvestment,
}

const CURRENCIES: [(&str, Option<&str>); 9] = [
    ("美元", Some("USD")),
    ("欧元", Some("EUR")),
    ("日元", Some("JPY")),
    ("英镑", Some("GBP")),
    ("港元", Some("HKD")),
    ("港币", Some("HKD")),
    ("元人民币", None),
    ("人民币", None),
    ("元", None),
];

const PREFIX_QUALIFIERS: [(&str, Qualifier); 13] = [
    ("不低于", Qualifier::AtLeast),
    ("不少于", Qualifier::AtLeast),
    ("超过", Qualifier::AtLeast),
    ("大约", Qualifier::About),
    ("约为", Qualifier::About),
    ("将近", Qualifier::AtMost),
    ("接近", Qualifier::AtMost),
    ("约", Qualifier::About),
    ("近", Qualifier::AtMost),
    ("超", Qualifier::AtLeast),
    ("逾", Qualifier::AtLeast),
    ("过", Qualifier::AtLeast),
    ("上", Qualifier::AtLeast),
];

/// Finds every sum of money in a (Simplified) text, in order.
pub fn find_money(text: &str) -> Vec<Money> {
    let reach = super::Reach::new(CURRENCY_MARKS, CURRENCY_REACH - 1);
    let starts = |c: char, previous: Option<char>, rest: &str| {
        let starts_number = (c.is_ascii_digit()
            && !previous.is_some_and(|p| p.is_ascii_digit() || p == '.'))
            || (is_chinese_numeral(c) && !previous.is_some_and(is_chinese_numeral))
            || ((c == '亿' || c == '万')
                && (previous.is_some_and(|p| matches!(p, '上' | '超' | '过' | '逾' | '近'))
                    || !previous.is_some_and(|p| p.is_ascii_digit() || is_chinese_numeral(p))
                        && rest[c.len_utf8()..].starts_with("元以上")));
        starts_number && names_a_currency_soon(rest)
    };
    super::scan(
        text,
        reach,
        starts,
        |at| money_at(text, at),
        |money| money.span.end,
    )
}

/// The characters of which a sum names one within [`CURRENCY_REACH`] characters of its start
/// (亿 for the spoken "5个亿").
const CURRENCY_MARKS: [char; 4] = ['元', '币', '镑', '亿'];

/// How many characters from its start a sum names its currency within.
const CURRENCY_REACH: usize = 16;

/// A cheap test before parsing: a sum names its currency (元, 币, 镑) within a few characters,
/// or is said the spoken way ("5个亿").
fn names_a_currency_soon(rest: &str) -> bool {
    let mut previous = ' ';
    rest.chars().take(CURRENCY_REACH).any(|c| {
        let spoken = previous == '个' && c == '亿';
        previous = c;
        spoken || matches!(c, '元' | '币' | '镑')
    })
}

/// Parses a sum whose number starts at byte `start`.
fn money_at(text: &str, start: usize) -> Option<Money> {
    let rest = &text[start..];
    let (number, mut used, implicit) = match parse_arabic(rest) {
        Some((value, len)) => (value, len, false),
        None => match parse_chinese(rest) {
            Some((value, len)) => (Decimal::integer(value), len, false),
            None => (Decimal::integer(1), 0, true),
        },
    };
    let mut qualifier = Qualifier::Exact;
    let range_len = range_upper_bound_len(&rest[used..]);
    if range_len > 0 {
        used += range_len;
        qualifier = Qualifier::AtLeast;
    }
    used += spaces_len(&rest[used..]);
    if let Some(len) = approximate_len(&rest[used..]) {
        qualifier = Qualifier::AtLeast;
        used += len;
    }
    let mut value = number;
    let mut magnitude_seen = false;
    while let Some((factor, len)) = parse_magnitude(&rest[used..]) {
        value = value.times(factor)?;
        used += len;
        magnitude_seen = true;
    }
    if implicit && !magnitude_seen {
        return None;
    }
    if let Some(len) = approximate_len(&rest[used..]) {
        qualifier = Qualifier::AtLeast;
        used += len;
    }
    used += spaces_len(&rest[used..]);
    let spoken_yi = !magnitude_seen && rest[used..].starts_with("个亿");
    let currency = if spoken_yi {
        value = value.times(100_000_000)?;
        used += "个亿".len();
        None
    } else {
        let (currency_len, currency) = CURRENCIES
            .iter()
            .find(|(word, _)| rest[used..].starts_with(word))
            .map(|&(word, code)| (word.len(), code))?;
        used += currency_len;
        currency
    };
    if currency.is_none() && rest[used..].starts_with("人民币") {
        used += "人民币".len();
    }
    for (word, suffix_qualifier) in [
        ("以上", Qualifier::AtLeast),
        ("左右", Qualifier::About),
        ("之多", Qualifier::AtLeast),
    ] {
        if rest[used..].starts_with(word) {
            qualifier = suffix_qualifier;
            used += word.len();
        }
    }
    let (prefix_start, prefix_qualifier) = prefix_qualifier(text, start, implicit);
    if let Some(prefix) = prefix_qualifier
        && qualifier == Qualifier::Exact
    {
        qualifier = prefix;
    }
    let whole = value.whole()?;
    Some(Money {
        span: Span {
            start: prefix_start,
            end: start + used,
        },
        yuan: currency.is_none().then_some(whole),
        currency,
        currency_amount: currency.is_some().then_some(whole),
        qualifier,
    })
}

/// Length of "-3", "至3", "~3.5" after a number (a range: the lower bound is kept).
fn range_upper_bound_len(rest: &str) -> usize {
    let Some(dash) = rest
        .chars()
        .next()
        .filter(|c| matches!(c, '-' | '~' | '至' | '到' | '—'))
    else {
        return 0;
    };
    let after = &rest[dash.len_utf8()..];
    parse_arabic(after)
        .map(|(_, len)| len)
        .or_else(|| parse_chinese(after).map(|(_, len)| len))
        .map_or(0, |len| dash.len_utf8() + len)
}

fn approximate_len(rest: &str) -> Option<usize> {
    ["余", "多"]
        .iter()
        .find(|w| rest.starts_with(**w))
        .map(|w| w.len())
}

fn spaces_len(rest: &str) -> usize {
    rest.len() - rest.trim_start_matches(' ').len()
}

/// True when a one-character qualifier closes another word instead: 签约, 节约, 最近, 附近.
fn ends_a_longer_word(before: &str, word: &str) -> bool {
    QUALIFIER_HOSTS.iter().any(|host| {
        host.strip_suffix(word)
            .is_some_and(|lead| !lead.is_empty() && before.ends_with(lead))
    })
}

/// The qualifier written just before a number (spaces allowed between), and where it starts.
/// 上 and 过 qualify only a sum without a numeral ("上亿元", "过亿元").
fn prefix_qualifier(text: &str, number_start: usize, implicit: bool) -> (usize, Option<Qualifier>) {
    let before = text[..number_start].trim_end_matches(' ');
    PREFIX_QUALIFIERS
        .iter()
        .filter(|(word, _)| implicit || !matches!(*word, "上" | "过"))
        .find(|(word, _)| {
            before.ends_with(word)
                && !ends_a_longer_word(&before[..before.len() - word.len()], word)
        })
        .map_or((number_start, None), |&(word, qualifier)| {
            (before.len() - word.len(), Some(qualifier))
        })
}

const TRIGGERS: &[(&str, AmountKind)] = &[
    ("计划总投资", AmountKind::Planned),
    ("计划投资", AmountKind::Planned),
    ("计划投入", AmountKind::Planned),
    ("拟总投资", AmountKind::Planned),
    ("拟投资", AmountKind::Planned),
    ("拟投入", AmountKind::Planned),
    ("预计投资", AmountKind::Planned),
    ("预计总投资", AmountKind::Planned),
    ("协议投资额", AmountKind::Planned),
    ("协议投资", AmountKind::Planned),
    ("意向投资", AmountKind::Planned),
    ("投资意向", AmountKind::Planned),
    ("规划投资", AmountKind::Planned),
    ("再投资", AmountKind::Planned),
    ("年度投资", AmountKind::Annual),
    ("计划完成投资", AmountKind::Annual),
    ("年度计划完成投资", AmountKind::Annual),
    ("年度计划投资", AmountKind::Annual),
    ("年计划投资", AmountKind::Annual),
    ("当年投资", AmountKind::Annual),
    ("完成实际投资", AmountKind::Completed),
    ("累计完成投资", AmountKind::Completed),
    ("已完成投资", AmountKind::Completed),
    ("已完成投入", AmountKind::Completed),
    ("完成投资", AmountKind::Completed),
    ("完成投入", AmountKind::Completed),
    ("累计投资", AmountKind::Completed),
    ("实际投资", AmountKind::Completed),
    ("已投资", AmountKind::Completed),
    ("已投入", AmountKind::Completed),
    ("投资总额", AmountKind::Total),
    ("总投资额", AmountKind::Total),
    ("投资规模", AmountKind::Total),
    ("总投资", AmountKind::Total),
    ("总投入", AmountKind::Total),
    ("投资额", AmountKind::Total),
    ("投资", AmountKind::Total),
    ("投入", AmountKind::Total),
];

/// A sum written after a label ("总投资:5亿元", "投资额:8000万元") belongs to the label's
/// clause: the clause start moves back over the colon.
fn label_start(text: &str, clause_start: usize, money_start: usize) -> usize {
    if !text[clause_start..money_start].trim().is_empty() {
        return clause_start;
    }
    let before = text[..clause_start].trim_end_matches(' ');
    match before
        .strip_suffix(':')
        .or_else(|| before.strip_suffix('：'))
    {
        Some(label) => crate::layout::clause_start_before(text, label.len()),
        None => clause_start,
    }
}

/// Decides what a sum measures from the words of its clause before it (`clause_start` is the
/// start of that clause) and the words right after it ("100亿元投资金额").
pub fn money_role(text: &str, clause_start: usize, money: &Money) -> MoneyRole {
    let clause_start = label_start(text, clause_start, money.span.start);
    let mut end = money.span.start;
    let before = &text[clause_start.min(end)..end];
    let mut trimmed = before.trim_end_matches([' ', ':', '：']);
    for link in MONEY_LINKS {
        if let Some(stripped) = trimmed.strip_suffix(link) {
            trimmed = stripped.trim_end_matches(' ');
            break;
        }
    }
    end = clause_start + trimmed.len();
    let prefix = &text[clause_start..end];
    if let Some(&(word, kind)) = TRIGGERS
        .iter()
        .filter(|(word, _)| prefix.ends_with(word))
        .max_by_key(|(word, _)| word.len())
    {
        let trigger_start = end - word.len();
        let said_this_year = THIS_YEAR_WORDS
            .iter()
            .any(|w| text[clause_start..trigger_start].contains(w));
        let kind = match kind {
            AmountKind::Total if said_this_year && (word == "投资" || word == "投入") => {
                AmountKind::Annual
            }
            other => other,
        };
        return MoneyRole::Investment {
            kind,
            trigger_start,
        };
    }
    if NOT_INVESTMENT_MATCHER.is_match(prefix) {
        return MoneyRole::NotInvestment;
    }
    let after = &text[money.span.end..];
    if INVESTMENT_AFTER_SUM.iter().any(|w| after.starts_with(w)) {
        return MoneyRole::Investment {
            kind: AmountKind::Planned,
            trigger_start: money.span.start,
        };
    }
    MoneyRole::Bare
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Money {
        let found = find_money(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found.into_iter().next().expect("one sum")
    }

    fn yuan(text: &str) -> (Option<i64>, Qualifier) {
        let money = one(text);
        (money.yuan, money.qualifier)
    }

    #[test]
    fn digits_and_magnitudes() {
        assert_eq!(
            yuan("总投资90亿元的"),
            (Some(9_000_000_000), Qualifier::Exact)
        );
        assert_eq!(
            yuan("计划总投资1.02亿元,"),
            (Some(102_000_000), Qualifier::Exact)
        );
        assert_eq!(yuan("投资8000万元的"), (Some(80_000_000), Qualifier::Exact));
        assert_eq!(
            yuan("拟投资 2700 万元,"),
            (Some(27_000_000), Qualifier::Exact)
        );
        assert_eq!(yuan("拟投资1248万元"), (Some(12_480_000), Qualifier::Exact));
        assert_eq!(
            yuan("投资金额320.05亿元"),
            (Some(32_005_000_000), Qualifier::Exact)
        );
        assert_eq!(
            yuan("投资3亿元人民币、"),
            (Some(300_000_000), Qualifier::Exact)
        );
        assert_eq!(yuan("投资5000元"), (Some(5000), Qualifier::Exact));
    }

    #[test]
    fn chinese_numerals() {
        assert_eq!(yuan("投资三千万元"), (Some(30_000_000), Qualifier::Exact));
        assert_eq!(yuan("总投资一亿元"), (Some(100_000_000), Qualifier::Exact));
        assert_eq!(
            yuan("投资十二亿元"),
            (Some(1_200_000_000), Qualifier::Exact)
        );
        assert_eq!(yuan("投资上亿元"), (Some(100_000_000), Qualifier::AtLeast));
        assert_eq!(
            yuan("年产值超亿元"),
            (Some(100_000_000), Qualifier::AtLeast)
        );
        assert_eq!(yuan("投资近亿元"), (Some(100_000_000), Qualifier::AtMost));
        assert_eq!(yuan("总投资5个亿"), (Some(500_000_000), Qualifier::Exact));
    }

    #[test]
    fn qualifiers() {
        assert_eq!(
            yuan("总投资约1.5亿元"),
            (Some(150_000_000), Qualifier::About)
        );
        assert_eq!(yuan("近10亿元"), (Some(1_000_000_000), Qualifier::AtMost));
        assert_eq!(yuan("超过5亿元"), (Some(500_000_000), Qualifier::AtLeast));
        assert_eq!(yuan("逾3亿元"), (Some(300_000_000), Qualifier::AtLeast));
        assert_eq!(yuan("600余万元"), (Some(6_000_000), Qualifier::AtLeast));
        assert_eq!(yuan("5000多万元"), (Some(50_000_000), Qualifier::AtLeast));
        assert_eq!(
            yuan("10亿元以上"),
            (Some(1_000_000_000), Qualifier::AtLeast)
        );
        assert_eq!(yuan("不低于2亿元"), (Some(200_000_000), Qualifier::AtLeast));
        assert_eq!(yuan("5000万元左右"), (Some(50_000_000), Qualifier::About));
    }

    #[test]
    fn verbs_ending_in_a_qualifier_do_not_qualify() {
        let money = one("新签约10亿元以上项目");
        assert_eq!(money.qualifier, Qualifier::AtLeast);
        assert_eq!(money.span.start, "新签约".len());
        assert_eq!(yuan("节约500万元"), (Some(5_000_000), Qualifier::Exact));
    }

    #[test]
    fn ranges_keep_the_lower_bound() {
        assert_eq!(yuan("投资2-3亿元"), (Some(200_000_000), Qualifier::AtLeast));
        assert_eq!(
            yuan("投资2至3亿元"),
            (Some(200_000_000), Qualifier::AtLeast)
        );
    }

    #[test]
    fn foreign_currency() {
        let money = one("注册资金2600万美元");
        assert_eq!(money.yuan, None);
        assert_eq!(money.currency, Some("USD"));
        assert_eq!(money.currency_amount, Some(26_000_000));
    }

    #[test]
    fn quantities_are_not_money() {
        for text in [
            "8000万羽肉鸭",
            "2万吨果品",
            "年产4000万块",
            "15.68公里",
            "占地120亩",
            "万鹏建材",
            "三镇",
        ] {
            assert!(find_money(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn spans_cover_the_qualifier() {
        let text = "总投资约1.5亿元、年产";
        let money = one(text);
        assert_eq!(&text[money.span.start..money.span.end], "约1.5亿元");
    }

    fn role(text: &str) -> MoneyRole {
        let money = one(text);
        money_role(text, 0, &money)
    }

    #[test]
    fn roles_from_trigger_words() {
        let kind = |text: &str| match role(text) {
            MoneyRole::Investment { kind, .. } => Some(kind),
            _ => None,
        };
        assert_eq!(kind("总投资90亿元"), Some(AmountKind::Total));
        assert_eq!(kind("总投资达15.3亿元"), Some(AmountKind::Total));
        assert_eq!(kind("计划总投资1.02亿元"), Some(AmountKind::Planned));
        assert_eq!(kind("拟投资 2700 万元"), Some(AmountKind::Planned));
        assert_eq!(kind("已完成投入1800万元"), Some(AmountKind::Completed));
        assert_eq!(kind("已投入415万元"), Some(AmountKind::Completed));
        assert_eq!(kind("今年又投资600余万元"), Some(AmountKind::Annual));
        assert_eq!(kind("再投入4000万元"), Some(AmountKind::Total));
        assert_eq!(kind("以100亿元投资金额"), Some(AmountKind::Planned));
    }

    #[test]
    fn labels_give_the_kind() {
        let text = "项目名称:甲项目;总投资:5亿元";
        let money = one(text);
        let clause_start = text.rfind(':').map_or(0, |at| at + 1);
        assert!(matches!(
            money_role(text, clause_start, &money),
            MoneyRole::Investment {
                kind: AmountKind::Total,
                ..
            }
        ));
    }

    #[test]
    fn outputs_are_not_investments() {
        for text in [
            "预计可实现年产值18亿元",
            "年利税3000万元左右",
            "注册资金2600万美元",
            "销售收入达3200万美元",
            "营收超1亿元",
        ] {
            assert_eq!(role(text), MoneyRole::NotInvestment, "{text}");
        }
        assert_eq!(role("5亿元冷链物流"), MoneyRole::Bare);
    }
}
