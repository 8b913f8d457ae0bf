//! The language words are printed in, for the window, the exports and the command line: every
//! label is written in Chinese and English side by side where it is used
//! (`lang.pick("保存", "Save")`), and the domain words (statuses, milestones, lights) are named
//! here once.

use serde::{Deserialize, Serialize};

use crate::model::lights::{LightReason, LightRule};
use crate::model::merge::UnitChoice;
use crate::model::money::{AmountKind, Investment, format_investment, format_total_yuan};
use crate::model::schedule::Light;
use crate::model::sheet_merge::{RowPlan, SheetPlan, row_changes};
use crate::model::{
    Category, Ledger, Level, Milestone, MilestoneState, Qualifier, Status, UnitKind,
};
use crate::sheet::Field as SheetField;

/// 中文 (default) or English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    /// The text in this language.
    pub fn pick<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }

    pub fn milestone(self, milestone: Milestone) -> &'static str {
        match (self, milestone) {
            (Lang::Zh, Milestone::Sign) => "签约",
            (Lang::Zh, Milestone::Start) => "开工",
            (Lang::Zh, Milestone::Complete) => "竣工",
            (Lang::Zh, Milestone::Produce) => "投产",
            (Lang::Zh, Milestone::Other) => "其他",
            (Lang::En, Milestone::Sign) => "Signed",
            (Lang::En, Milestone::Start) => "Started",
            (Lang::En, Milestone::Complete) => "Completed",
            (Lang::En, Milestone::Produce) => "In production",
            (Lang::En, Milestone::Other) => "Other",
        }
    }

    pub fn status(self, status: Status) -> &'static str {
        match (self, status) {
            (Lang::Zh, Status::Planned) => "前期",
            (Lang::Zh, Status::Negotiating) => "在谈",
            (Lang::Zh, Status::Signed) => "已签约",
            (Lang::Zh, Status::Started) => "已开工",
            (Lang::Zh, Status::UnderConstruction) => "在建",
            (Lang::Zh, Status::Completed) => "已竣工",
            (Lang::Zh, Status::InProduction) => "已投产",
            (Lang::En, Status::Planned) => "Planned",
            (Lang::En, Status::Negotiating) => "Negotiating",
            (Lang::En, Status::Signed) => "Signed",
            (Lang::En, Status::Started) => "Started",
            (Lang::En, Status::UnderConstruction) => "Under construction",
            (Lang::En, Status::Completed) => "Completed",
            (Lang::En, Status::InProduction) => "In production",
        }
    }

    pub fn qualifier(self, qualifier: Qualifier) -> &'static str {
        match (self, qualifier) {
            (Lang::Zh, Qualifier::Exact) => "整",
            (Lang::Zh, Qualifier::About) => "约",
            (Lang::Zh, Qualifier::AtLeast) => "以上",
            (Lang::Zh, Qualifier::AtMost) => "近",
            (Lang::En, Qualifier::Exact) => "exactly",
            (Lang::En, Qualifier::About) => "about",
            (Lang::En, Qualifier::AtLeast) => "at least",
            (Lang::En, Qualifier::AtMost) => "nearly",
        }
    }

    pub fn amount_kind(self, kind: AmountKind) -> &'static str {
        match (self, kind) {
            (Lang::Zh, AmountKind::Total) => "总投资",
            (Lang::Zh, AmountKind::Planned) => "计划投资",
            (Lang::Zh, AmountKind::Annual) => "年度投资",
            (Lang::Zh, AmountKind::Completed) => "完成投资",
            (Lang::En, AmountKind::Total) => "total",
            (Lang::En, AmountKind::Planned) => "planned",
            (Lang::En, AmountKind::Annual) => "this year",
            (Lang::En, AmountKind::Completed) => "spent",
        }
    }

    pub fn light(self, light: Light) -> &'static str {
        match (self, light) {
            (Lang::Zh, Light::Green) => "绿灯",
            (Lang::Zh, Light::Yellow) => "黄灯",
            (Lang::Zh, Light::Red) => "红灯",
            (Lang::En, Light::Green) => "green",
            (Lang::En, Light::Yellow) => "yellow",
            (Lang::En, Light::Red) => "red",
        }
    }

    /// The short form of a milestone, for narrow column headings (the full word is its
    /// tooltip).
    pub fn milestone_short(self, milestone: Milestone) -> &'static str {
        match (self, milestone) {
            (Lang::En, Milestone::Sign) => "Sign",
            (Lang::En, Milestone::Start) => "Start",
            (Lang::En, Milestone::Complete) => "Done",
            (Lang::En, Milestone::Produce) => "Prod",
            (lang, milestone) => lang.milestone(milestone),
        }
    }

    /// An amount of money as a reader of this language expects it: "1.5亿元" in Chinese,
    /// "¥150 m" or "¥9 bn" in English.
    pub fn amount(self, yuan: i128) -> String {
        match self {
            Lang::Zh => format_total_yuan(yuan),
            Lang::En => english_amount(yuan),
        }
    }

    /// An investment with its qualifier: "约1.5亿元" / "~¥150 m", "5000万元以上" / "¥50 m+".
    pub fn investment(self, investment: &Investment) -> String {
        let amount = self.amount(investment.yuan.into());
        match (self, investment.qualifier) {
            (Lang::Zh, _) => format_investment(investment),
            (Lang::En, Qualifier::Exact) => amount,
            (Lang::En, Qualifier::About) => format!("~{amount}"),
            (Lang::En, Qualifier::AtLeast) => format!("{amount}+"),
            (Lang::En, Qualifier::AtMost) => format!("nearly {amount}"),
        }
    }

    pub fn unit_kind(self, kind: UnitKind) -> &'static str {
        match (self, kind) {
            (Lang::Zh, UnitKind::Township) => "镇/乡/街道",
            (Lang::Zh, UnitKind::County) => "县/区",
            (Lang::Zh, UnitKind::City) => "市",
            (Lang::Zh, UnitKind::Park) => "园区/开发区",
            (Lang::En, UnitKind::Township) => "Township",
            (Lang::En, UnitKind::County) => "County/district",
            (Lang::En, UnitKind::City) => "City",
            (Lang::En, UnitKind::Park) => "Park/zone",
        }
    }

    /// When a milestone was done: its day, "日期不详" when done on a day unknown, `None` when
    /// not done.
    pub fn done_day(self, state: &MilestoneState) -> Option<String> {
        match state.done {
            Some(day) => Some(day.format("%Y-%m-%d").to_string()),
            None if state.done_undated => Some(self.pick("日期不详", "date unknown").to_string()),
            None => None,
        }
    }

    /// 省/市/县重点.
    pub fn level(self, level: Level) -> &'static str {
        match (self, level) {
            (Lang::Zh, Level::Province) => "省重点",
            (Lang::Zh, Level::City) => "市重点",
            (Lang::Zh, Level::County) => "县重点",
            (Lang::En, Level::Province) => "Province key",
            (Lang::En, Level::City) => "City key",
            (Lang::En, Level::County) => "County key",
        }
    }

    /// The name of a light rule, as the settings offer it.
    pub fn light_rule(self, rule: LightRule) -> &'static str {
        match (self, rule) {
            (Lang::Zh, LightRule::Targets) => "按目标节点",
            (Lang::Zh, LightRule::Progress) => "按序时进度",
            (Lang::Zh, LightRule::StartLateness) => "按开工滞后",
            (Lang::En, LightRule::Targets) => "By target dates",
            (Lang::En, LightRule::Progress) => "By progress against time",
            (Lang::En, LightRule::StartLateness) => "By late start",
        }
    }

    /// A month's name: "4月" / "Apr".
    pub fn month(self, month: u32) -> String {
        const NAMES: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        match self {
            Lang::Zh => format!("{month}月"),
            Lang::En => NAMES
                .get(month.wrapping_sub(1) as usize)
                .map_or_else(|| month.to_string(), |name| (*name).to_string()),
        }
    }

    /// "4月完成投资" / "Apr investment done".
    pub fn month_done(self, month: u32) -> String {
        format!(
            "{}{}",
            self.month(month),
            self.pick("完成投资", " investment done")
        )
    }

    /// "4月形象进度" / "Apr works progress".
    pub fn month_image(self, month: u32) -> String {
        format!(
            "{}{}",
            self.month(month),
            self.pick("形象进度", " works progress")
        )
    }

    /// "剩5天" / "逾期15天" (or in English) for a number of days left (negative: overdue).
    pub fn days_left(self, days: i64) -> String {
        match (self, days) {
            (Lang::Zh, 0) => "今天到期".into(),
            (Lang::Zh, d) if d > 0 => format!("剩{d}天"),
            (Lang::Zh, d) => format!("逾期{}天", -d),
            (Lang::En, 0) => "due today".into(),
            (Lang::En, d) if d > 0 => format!("{d} d left"),
            (Lang::En, d) => format!("{} d overdue", -d),
        }
    }
}

/// Yuan in billions or millions, at most two decimals: "¥9 bn", "¥1.02 bn", "¥150 m".
fn english_amount(yuan: i128) -> String {
    const MILLION: u128 = 1_000_000;
    const BILLION: u128 = 1_000_000_000;
    let sign = if yuan < 0 { "-" } else { "" };
    let magnitude = yuan.unsigned_abs();
    let (size, unit) = if magnitude >= BILLION {
        (BILLION, " bn")
    } else if magnitude >= MILLION {
        (MILLION, " m")
    } else {
        return format!("{sign}¥{magnitude}");
    };
    let hundredths = (magnitude % size * 100 + size / 2) / size;
    let whole = magnitude / size + hundredths / 100;
    let number = match hundredths % 100 {
        0 => whole.to_string(),
        f if f % 10 == 0 => format!("{whole}.{}", f / 10),
        f => format!("{whole}.{f:02}"),
    };
    format!("{sign}¥{number}{unit}")
}

/// The words of the monthly cycle.
impl Lang {
    /// 建设性质 as a 推进表 writes it.
    pub fn category(self, category: Category) -> &'static str {
        match (self, category) {
            (Lang::Zh, Category::NewStart) => "新开工",
            (Lang::Zh, Category::Continuing) => "续建",
            (Lang::Zh, Category::CompleteProduce) => "竣工投产",
            (Lang::Zh, Category::Preparatory) => "预备",
            (Lang::En, Category::NewStart) => "new start",
            (Lang::En, Category::Continuing) => "continuing",
            (Lang::En, Category::CompleteProduce) => "completing",
            (Lang::En, Category::Preparatory) => "preparatory",
        }
    }
}

/// Why a light is what it is, for tooltips, exports and the 通报.
impl Lang {
    pub fn light_reason(self, reason: &LightReason) -> String {
        match (self, reason) {
            (Lang::Zh, LightReason::OnSchedule) => "按期推进".into(),
            (Lang::En, LightReason::OnSchedule) => "on schedule".into(),
            (Lang::Zh, LightReason::TargetOverdue { milestone, days }) => {
                format!("{}目标已逾期{days}天", self.milestone(*milestone))
            }
            (Lang::En, LightReason::TargetOverdue { milestone, days }) => {
                format!(
                    "{} target overdue by {days} days",
                    self.milestone(*milestone)
                )
            }
            (
                Lang::Zh,
                LightReason::Progress {
                    share,
                    time_progress,
                },
            ) if share >= time_progress => {
                format!("完成年度计划{share:.1}%,不低于序时进度{time_progress:.1}%")
            }
            (
                Lang::Zh,
                LightReason::Progress {
                    share,
                    time_progress,
                },
            ) => format!(
                "完成年度计划{share:.1}%,落后序时进度({time_progress:.1}%){:.1}个百分点",
                time_progress - share
            ),
            (
                Lang::En,
                LightReason::Progress {
                    share,
                    time_progress,
                },
            ) if share >= time_progress => {
                format!(
                    "{share:.1}% of the year's plan done, at or above the {time_progress:.1}% of the year elapsed"
                )
            }
            (
                Lang::En,
                LightReason::Progress {
                    share,
                    time_progress,
                },
            ) => format!(
                "{share:.1}% of the year's plan done, {:.1} points behind the {time_progress:.1}% of the year elapsed",
                time_progress - share
            ),
            (Lang::Zh, LightReason::NoPlan) => "没有年度计划投资,无法按序时进度判断".into(),
            (Lang::En, LightReason::NoPlan) => {
                "no planned investment for the year, so progress cannot be judged".into()
            }
            (Lang::Zh, LightReason::StartLate { planned, months }) => format!(
                "计划{}开工,至今未开工(已过{months}个月)",
                planned.format("%Y年%-m月")
            ),
            (Lang::En, LightReason::StartLate { planned, months }) => format!(
                "planned to start in {}, not started ({months} months on)",
                planned.format("%Y-%m")
            ),
        }
    }
}

/// How a row of a 推进表 under review is told: "第4行", its unit ("东岭镇(新)") and what it does.
pub struct SheetRowWords {
    pub row: String,
    pub unit: String,
    pub what: &'static str,
    /// What an update changes ("总投资、年度计划与完成"), empty when it adds a project.
    pub changes: String,
}

/// The words of the spreadsheet import: what a column of a 推进表 holds, what a row does.
impl Lang {
    pub fn sheet_row(self, ledger: &Ledger, plan: &SheetPlan, row: &RowPlan) -> SheetRowWords {
        let changes = row_changes(ledger, plan, row);
        let unit = match row.unit {
            UnitChoice::Existing(id) => ledger.unit(id).map(|u| u.name.clone()),
            UnitChoice::New(index) => plan
                .new_units
                .get(index)
                .map(|u| format!("{}{}", u.name, self.pick("(新)", " (new)"))),
            UnitChoice::None => None,
        }
        .unwrap_or_else(|| self.pick("(无区镇)", "(no unit)").to_string());
        SheetRowWords {
            row: match self {
                Lang::Zh => format!("第{}行", row.row_number),
                Lang::En => format!("row {}", row.row_number),
            },
            unit,
            what: match (row.existing, self) {
                (None, _) => self.pick("新增", "adds"),
                (Some(_), _) if changes.is_empty() => self.pick("无变化", "no change"),
                (Some(_), _) => self.pick("更新", "updates"),
            },
            changes: changes
                .iter()
                .map(|field| self.project_field(field))
                .collect::<Vec<_>>()
                .join(self.pick("、", ", ")),
        }
    }

    /// A project's field as the 推进表 names it, by its name in the file.
    pub fn project_field(self, field: &str) -> &str {
        match field {
            "owner" => self.pick("建设单位", "owner"),
            "location" => self.pick("建设地点", "location"),
            "scope" => self.pick("建设内容及规模", "scope"),
            "category" => self.pick("建设性质", "category"),
            "investment" => self.pick("总投资", "total investment"),
            "responsible" => self.pick("责任人", "responsible person"),
            "milestones" => self.pick("计划开工/竣工", "planned start/completion"),
            "plans" => self.pick("年度计划与完成", "plan and completion"),
            "problems" => self.pick("存在问题", "problems"),
            "notes" => self.pick("备注", "notes"),
            other => other,
        }
    }

    pub fn sheet_field(self, field: SheetField) -> String {
        let with_month = |zh: &str, en: &str, month: Option<u32>| match (self, month) {
            (Lang::Zh, Some(n)) => format!("{zh}(至{n}月)"),
            (Lang::En, Some(n)) => format!("{en} (to month {n})"),
            (Lang::Zh, None) => zh.to_string(),
            (Lang::En, None) => en.to_string(),
        };
        let word = |zh: &str, en: &str| self.pick(zh, en).to_string();
        match field {
            SheetField::SerialNumber => word("序号", "No."),
            SheetField::ProjectName => word("项目名称", "project name"),
            SheetField::Owner => word("建设单位", "owner"),
            SheetField::Unit => word("所属区镇", "unit"),
            SheetField::Location => word("建设地点", "location"),
            SheetField::Category => word("建设性质", "category"),
            SheetField::Scope => word("建设内容及规模", "scope"),
            SheetField::TotalInvestment => word("总投资", "total investment"),
            SheetField::AnnualPlan { year } => match (self, year) {
                (Lang::Zh, Some(y)) => format!("{y}年计划投资"),
                (Lang::En, Some(y)) => format!("{y} planned investment"),
                _ => word("年度计划投资", "planned investment of the year"),
            },
            SheetField::MonthCompleted { month } => match (self, month) {
                (Lang::Zh, Some(n)) => format!("{n}月完成"),
                (Lang::En, Some(n)) => format!("done in month {n}"),
                _ => word("本月完成", "done this month"),
            },
            SheetField::YearToDateCompleted { through_month } => {
                with_month("本年累计完成", "done this year", through_month)
            }
            SheetField::SinceStartCompleted => word("开工以来累计", "done since the start"),
            SheetField::CompletionRate => word("完成率", "completion rate"),
            SheetField::Progress => word("形象进度", "progress"),
            SheetField::Problems => word("存在问题", "problems"),
            SheetField::ResponsibleDepartment => word("责任单位", "responsible office"),
            SheetField::ResponsiblePerson => word("责任人", "responsible person"),
            SheetField::PlannedStart => word("计划开工时间", "planned start"),
            SheetField::PlannedCompletion => word("计划竣工时间", "planned completion"),
            SheetField::Remarks => word("备注", "remarks"),
            SheetField::Ignored => word("(不导入)", "(not imported)"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_in_the_language_of_the_window() {
        assert_eq!(Lang::Zh.amount(150_000_000), "1.5亿元");
        assert_eq!(Lang::En.amount(150_000_000), "¥150 m");
        assert_eq!(Lang::En.amount(9_000_000_000), "¥9 bn");
        assert_eq!(Lang::En.amount(1_020_000_000), "¥1.02 bn");
        assert_eq!(Lang::En.amount(999_999_999), "¥1000 m");
        assert_eq!(Lang::En.amount(35_000), "¥35000");
        let about = Investment {
            yuan: 150_000_000,
            qualifier: Qualifier::About,
            kind: AmountKind::Total,
        };
        assert_eq!(Lang::En.investment(&about), "~¥150 m");
        assert_eq!(Lang::Zh.investment(&about), "约1.5亿元");
    }
}
