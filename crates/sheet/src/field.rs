//! What a column holds, guessed from its header words: 序号, 项目名称, 建设单位, 所属镇,
//! 总投资(万元), 2025年计划投资, 1-4月完成, 形象进度 and the rest. A header matched only
//! by a loose word ("进度", "类别") is marked as a guess.

use crate::date::month_after_number;
use crate::decimal::{first_number, half_width};

/// The meaning of a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// 序号.
    SerialNumber,
    /// 项目名称.
    ProjectName,
    /// 建设单位 / 业主 / 实施主体: who builds it.
    Owner,
    /// 所属镇 / 区镇 / 属地 / 所在地: the town or comparable body it belongs to.
    Unit,
    /// 建设地点.
    Location,
    /// 建设性质 / 项目类别: 新开工 · 续建 · 竣工投产 · 预备.
    Category,
    /// 建设内容及规模.
    Scope,
    /// 总投资.
    TotalInvestment,
    /// 年度计划投资, "2025年计划投资": the year's planned investment.
    AnnualPlan {
        /// The year the header names.
        year: Option<i32>,
    },
    /// 本月完成, "4月完成": investment completed in the month.
    MonthCompleted {
        /// The month the header names, `None` for 本月.
        month: Option<u32>,
    },
    /// 1-N月完成, 截至N月底, 累计完成: completed this year up to a month.
    YearToDateCompleted {
        /// N, when the header names it.
        through_month: Option<u32>,
    },
    /// 开工以来累计完成: completed since construction began.
    SinceStartCompleted,
    /// 完成率 / 完成比例: a percentage.
    CompletionRate,
    /// 形象进度 / 进展情况.
    Progress,
    /// 存在问题.
    Problems,
    /// 责任单位 / 牵头单位.
    ResponsibleDepartment,
    /// 责任人 / 包挂领导.
    ResponsiblePerson,
    /// 计划开工时间.
    PlannedStart,
    /// 计划竣工时间.
    PlannedCompletion,
    /// 备注.
    Remarks,
    /// A column this reader does not use; its header text stays on the column.
    Ignored,
}

impl Field {
    /// Whether the column holds money.
    pub fn is_amount(self) -> bool {
        matches!(
            self,
            Self::TotalInvestment
                | Self::AnnualPlan { .. }
                | Self::MonthCompleted { .. }
                | Self::YearToDateCompleted { .. }
                | Self::SinceStartCompleted
        )
    }
}

/// A field guessed from a header, and whether only a loose word matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct FieldGuess {
    pub field: Field,
    pub loose: bool,
}

/// The field a header names, if it names one.
pub(crate) fn guess_field(header: &str) -> Option<FieldGuess> {
    let header = half_width(header);
    let has = |words: &[&str]| words.iter().any(|word| header.contains(word));
    let is = |words: &[&str]| words.contains(&header.as_str());
    let sure = |field| {
        Some(FieldGuess {
            field,
            loose: false,
        })
    };
    let loose = |field| Some(FieldGuess { field, loose: true });
    let is_progress = has(&["进度", "进展", "情况"]);
    let is_money = has(&["完成", "投资", "累计"]) && !is_progress;

    if has(&["序号", "编号"]) || is(&["序"]) {
        sure(Field::SerialNumber)
    } else if has(&["开工以来", "自开工", "开工至今", "建设以来"]) && is_money {
        sure(Field::SinceStartCompleted)
    } else if let Some(through_month) = month_through(&header).filter(|_| is_money) {
        sure(Field::YearToDateCompleted {
            through_month: Some(through_month),
        })
    } else if has(&["累计完成", "累计投资"]) {
        sure(Field::YearToDateCompleted {
            through_month: None,
        })
    } else if has(&["本月完成", "当月完成"]) {
        sure(Field::MonthCompleted { month: None })
    } else if let Some(month) = single_month(&header).filter(|_| is_money) {
        sure(Field::MonthCompleted { month: Some(month) })
    } else if has(&["总投资"]) {
        sure(Field::TotalInvestment)
    } else if has(&["计划投资", "年度投资", "投资计划", "年计划"]) {
        sure(Field::AnnualPlan {
            year: year_in(&header),
        })
    } else if has(&["完成率", "完成比例", "比例", "占比"]) {
        sure(Field::CompletionRate)
    } else if has(&["计划开工", "开工时间", "开工日期", "开工年月"]) {
        sure(Field::PlannedStart)
    } else if has(&[
        "计划竣工",
        "竣工时间",
        "竣工日期",
        "完工时间",
        "建成时间",
        "投产时间",
    ]) {
        sure(Field::PlannedCompletion)
    } else if has(&["项目名称", "项目名", "工程名称"]) || is(&["项目", "名称"]) {
        sure(Field::ProjectName)
    } else if has(&[
        "建设单位",
        "业主",
        "实施主体",
        "项目单位",
        "建设主体",
        "投资主体",
        "项目法人",
    ]) {
        sure(Field::Owner)
    } else if has(&[
        "所属镇",
        "区镇",
        "属地",
        "所在地",
        "所属区",
        "所属街道",
        "乡镇",
        "镇街",
        "镇(街道)",
        "所属单位",
        "板块",
    ]) {
        sure(Field::Unit)
    } else if has(&["建设地点", "项目地点", "项目地址", "选址"]) {
        sure(Field::Location)
    } else if has(&["建设性质", "项目类别", "项目类型", "项目性质"]) {
        sure(Field::Category)
    } else if has(&["类别", "类型", "性质"]) {
        loose(Field::Category)
    } else if has(&["建设内容", "建设规模", "主要内容", "项目内容"]) {
        sure(Field::Scope)
    } else if has(&["形象进度", "进展情况", "推进情况", "进度情况", "工作进展"])
    {
        sure(Field::Progress)
    } else if is_progress {
        loose(Field::Progress)
    } else if has(&["存在问题", "问题"]) {
        sure(Field::Problems)
    } else if has(&["困难"]) {
        loose(Field::Problems)
    } else if has(&["责任单位", "牵头单位", "责任部门"]) {
        sure(Field::ResponsibleDepartment)
    } else if has(&["责任人", "包挂领导", "挂钩领导", "联系领导", "负责人"]) {
        sure(Field::ResponsiblePerson)
    } else if has(&["备注"]) {
        sure(Field::Remarks)
    } else if has(&["地点"]) {
        loose(Field::Location)
    } else {
        None
    }
}

/// N of "1-N月" (also 1—N月, 1至N月, 1~N月, 1月-N月) or "截至N月底".
pub(crate) fn month_through(text: &str) -> Option<u32> {
    let text = half_width(text);
    for marker in ["截至", "截止", "至"] {
        if let Some((_, after)) = text.split_once(marker)
            && let Some(month) = month_after_number(after)
        {
            return Some(month);
        }
    }
    text.char_indices().find_map(|(at, c)| {
        let starts_a_one = c == '1'
            && !text[..at].ends_with(|p: char| p.is_ascii_digit())
            && !text[at + 1..].starts_with(|n: char| n.is_ascii_digit());
        if !starts_a_one {
            return None;
        }
        let after_one = text[at + 1..].trim_start_matches('月');
        let after_dash = after_one.trim_start_matches(['-', '—', '–', '―', '~', '～', '到']);
        (after_dash.len() < after_one.len())
            .then(|| month_after_number(after_dash))
            .flatten()
    })
}

/// The month of "4月完成" / "4月份完成" when the header names no range.
fn single_month(text: &str) -> Option<u32> {
    let year_skipped = match text.split_once('年') {
        Some((_, after)) => after,
        None => text,
    };
    month_after_number(year_skipped)
}

/// The year a text names as "2025年".
pub(crate) fn year_in(text: &str) -> Option<i32> {
    let text = half_width(text);
    let mut rest = text.as_str();
    while let Some((decimal, after)) = first_number(rest) {
        if let Some(year) = decimal.as_whole().and_then(|y| i32::try_from(y).ok())
            && (1990..=2100).contains(&year)
            && after.starts_with('年')
        {
            return Some(year);
        }
        rest = after;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(header: &str) -> Option<Field> {
        guess_field(header).map(|guess| guess.field)
    }

    #[test]
    fn common_headers_name_their_fields() {
        assert_eq!(field("序号"), Some(Field::SerialNumber));
        assert_eq!(field("项目名称"), Some(Field::ProjectName));
        assert_eq!(field("建设单位"), Some(Field::Owner));
        assert_eq!(field("实施主体"), Some(Field::Owner));
        assert_eq!(field("所属镇"), Some(Field::Unit));
        assert_eq!(field("所在地"), Some(Field::Unit));
        assert_eq!(field("建设地点"), Some(Field::Location));
        assert_eq!(field("建设性质"), Some(Field::Category));
        assert_eq!(field("建设内容及规模"), Some(Field::Scope));
        assert_eq!(field("总投资（万元）"), Some(Field::TotalInvestment));
        assert_eq!(field("计划总投资"), Some(Field::TotalInvestment));
        assert_eq!(field("形象进度"), Some(Field::Progress));
        assert_eq!(field("存在问题"), Some(Field::Problems));
        assert_eq!(field("责任单位"), Some(Field::ResponsibleDepartment));
        assert_eq!(field("包挂领导"), Some(Field::ResponsiblePerson));
        assert_eq!(field("计划开工时间"), Some(Field::PlannedStart));
        assert_eq!(field("计划竣工\n时间"), Some(Field::PlannedCompletion));
        assert_eq!(field("备注"), Some(Field::Remarks));
        assert_eq!(field("完成率(%)"), Some(Field::CompletionRate));
        assert_eq!(field("联系电话"), None);
    }

    #[test]
    fn investment_headers_carry_their_year_and_month() {
        assert_eq!(
            field("2025年计划投资"),
            Some(Field::AnnualPlan { year: Some(2025) })
        );
        assert_eq!(
            field("年度计划投资"),
            Some(Field::AnnualPlan { year: None })
        );
        for header in [
            "1-4月完成投资",
            "1—4月完成",
            "1至4月完成",
            "1～4月累计完成",
            "截至4月底累计完成",
            "2025年1-4月完成",
            "1月-4月完成",
        ] {
            assert_eq!(
                field(header),
                Some(Field::YearToDateCompleted {
                    through_month: Some(4)
                }),
                "{header}"
            );
        }
        assert_eq!(
            field("1-12月完成投资"),
            Some(Field::YearToDateCompleted {
                through_month: Some(12)
            })
        );
        assert_eq!(
            field("累计完成投资"),
            Some(Field::YearToDateCompleted {
                through_month: None
            })
        );
        assert_eq!(
            field("开工以来累计完成投资"),
            Some(Field::SinceStartCompleted)
        );
        assert_eq!(
            field("本月完成投资"),
            Some(Field::MonthCompleted { month: None })
        );
        assert_eq!(
            field("2025年4月份完成投资"),
            Some(Field::MonthCompleted { month: Some(4) })
        );
        assert_eq!(field("1-4月进展情况"), Some(Field::Progress));
    }

    #[test]
    fn loose_words_are_guesses() {
        assert_eq!(
            guess_field("进度"),
            Some(FieldGuess {
                field: Field::Progress,
                loose: true
            })
        );
        assert!(guess_field("类别").unwrap().loose);
        assert!(!guess_field("项目类别").unwrap().loose);
    }

    #[test]
    fn years_and_months_in_titles() {
        assert_eq!(year_in("2025年全市重大项目推进表"), Some(2025));
        assert_eq!(year_in("第12期"), None);
        assert_eq!(month_through("2025年1-4月重大项目推进情况"), Some(4));
        assert_eq!(month_through("11-12月"), None);
    }
}
