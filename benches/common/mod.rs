//! A generated ledger for the benchmarks: `units` units, `projects` projects spread over them,
//! each with an investment, a signing date, a production target a quarter later, a
//! responsible person and a progress entry, plus one goal per ten units.

use chrono::NaiveDate;
use town_tracker::model::money::{AmountKind, Investment, Qualifier};
use town_tracker::model::{
    Edit, Goal, GoalId, Ledger, Milestone, Project, ProjectId, Unit, UnitId,
};

pub fn generated(units: usize, projects: usize) -> Ledger {
    let mut ledger = Ledger::new();
    let day = |offset: u64| {
        NaiveDate::from_ymd_opt(2025, 1, 1)
            .unwrap()
            .checked_add_days(chrono::Days::new(offset % 360))
            .unwrap()
    };
    let unit_ids: Vec<UnitId> = (0..units)
        .map(|i| {
            let id = UnitId(ledger.allocate_id());
            ledger
                .apply(Edit::PutUnit(Unit::new(id, format!("第{i}镇"))))
                .unwrap();
            id
        })
        .collect();
    for i in 0..projects {
        let id = ProjectId(ledger.allocate_id());
        let mut project = Project::new(
            id,
            format!("年产{i}万吨新材料项目"),
            Some(unit_ids[i % units]),
        );
        project.investment = Some(Investment {
            yuan: 10_000_000 * (i as i64 % 97 + 1),
            qualifier: Qualifier::Exact,
            kind: AmountKind::Total,
        });
        project.milestones.sign.done = Some(day(i as u64));
        project.milestones.produce.target = Some(day(i as u64 + 90));
        project.responsible = "张副镇长".into();
        project.add_progress(day(i as u64 + 10), "完成厂房主体结构,设备进场安装");
        ledger.apply(Edit::PutProject(Box::new(project))).unwrap();
    }
    for unit in unit_ids.iter().step_by(10) {
        let goal = Goal {
            id: GoalId(ledger.allocate_id()),
            unit: Some(*unit),
            milestone: Milestone::Sign,
            count: 2,
            min_investment_yuan: Some(500_000_000),
            from: None,
            by: Some(day(89)),
            text: "确保一季度新签约5亿元以上项目2个".into(),
            source: None,
            stamps: Default::default(),
        };
        ledger.apply(Edit::PutGoal(goal)).unwrap();
    }
    ledger
}
