//! The domain vocabulary shared by the article engine and the ledger model: milestones,
//! statuses, amount qualifiers and amount kinds, with the snake_case names used in JSON and RON.

use serde::{Deserialize, Serialize};

/// The four milestones a project passes (签约 → 开工 → 竣工 → 投产), plus `Other` for component
/// milestones such as 封顶 or 完成土建 that a target may name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Milestone {
    Sign,
    Start,
    Complete,
    Produce,
    Other,
}

/// Where a project stands, as an article states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// 前期 / 待建 / 招标: not yet signed or started, or only planned.
    Planned,
    /// 在谈 / 洽谈 / 对接 / 招商.
    Negotiating,
    /// 签约 / 落户.
    Signed,
    /// 开工 / 动工 / 奠基.
    Started,
    /// 在建 / 施工 / 调试.
    UnderConstruction,
    /// 竣工 / 建成 / 投入使用.
    Completed,
    /// 投产 / 运营 / 达产.
    InProduction,
}

/// How exact an amount is: 约 → about; 以上/超/逾/多/余/不低于 → at least; 近 → at most.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    #[default]
    Exact,
    AtLeast,
    About,
    AtMost,
}

/// What an amount measures: 总投资 → total; 计划投资 → planned; 年度投资 → annual;
/// 完成投资 / 已投入 → completed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AmountKind {
    #[default]
    Total,
    Planned,
    Annual,
    Completed,
}
