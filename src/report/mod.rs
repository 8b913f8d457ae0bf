//! The monthly 通报: what the ledger says about one month, composed as a document of
//! sections, paragraphs and tables — 一、总体情况, 二、各区镇推进情况, 三、亮灯项目, 四、存在问题,
//! 五、本月新开工/竣工投产 — in Chinese, as the offices issue it. Pure: the ledger in, an
//! [`export::Report`](crate::export::Report) out, which `export` writes as .docx.

pub mod figures;

use chrono::NaiveDate;

use crate::export::{Block, Report, Section};
use crate::i18n::Lang;
use crate::model::lights::{AsOf, LightSettings, judge};
use crate::model::monthly::time_progress;
use crate::model::schedule::Light;
use crate::model::{Category, Ledger, Milestone, Project, UnitId};

/// What the report is about.
#[derive(Debug, Clone, Copy)]
pub struct ReportRequest {
    pub year: i32,
    pub month: u32,
    pub today: NaiveDate,
    pub lights: LightSettings,
}

/// One unit's figures for the month.
struct UnitFigures {
    name: String,
    projects: usize,
    total: i128,
    planned: i128,
    done: i128,
}

impl UnitFigures {
    fn share(&self) -> Option<f64> {
        (self.planned > 0).then(|| self.done as f64 * 100.0 / self.planned as f64)
    }
}

fn planned_of(project: &Project, year: i32) -> Option<i128> {
    project
        .plans
        .year(year)
        .and_then(|plan| plan.planned_yuan)
        .map(i128::from)
}

fn done_of(project: &Project, year: i32, month: u32) -> Option<i128> {
    project
        .plans
        .year(year)
        .and_then(|plan| plan.done_through(month))
        .map(i128::from)
}

fn planned(project: &Project, year: i32) -> i128 {
    planned_of(project, year).unwrap_or(0)
}

fn done(project: &Project, year: i32, month: u32) -> i128 {
    done_of(project, year, month).unwrap_or(0)
}

/// An amount, or a dash when nothing is known.
fn money_or_dash(yuan: Option<i128>) -> String {
    yuan.map_or_else(|| "—".into(), figures::money)
}

fn total(project: &Project) -> i128 {
    project.investment.map_or(0, |i| i128::from(i.yuan))
}

fn category_name(category: Option<Category>) -> &'static str {
    category.map_or("未分类", |category| Lang::Zh.category(category))
}

fn unit_name(ledger: &Ledger, unit: Option<UnitId>) -> String {
    unit.and_then(|id| ledger.unit(id))
        .map_or_else(|| "未归属区镇".to_string(), |u| u.name.clone())
}

/// Composes the 通报 of one month.
pub fn compose(ledger: &Ledger, request: &ReportRequest) -> Report {
    let (year, month) = (request.year, request.month);
    let time = time_progress(month);
    let as_of = AsOf {
        today: request.today,
        year,
        month,
    };
    let projects: Vec<&Project> = ledger.projects().collect();
    let mut sections = vec![overview(&projects, year, month, time)];
    sections.push(by_unit(ledger, &projects, year, month, time));
    sections.push(lights(ledger, &projects, request, as_of));
    sections.push(problems(ledger, &projects, request.today));
    sections.push(milestones_of_the_month(ledger, &projects, year, month));
    Report {
        title: format!("全市重大项目推进情况通报({})", figures::month(year, month)),
        subtitle: format!(
            "截至{},序时进度{}",
            figures::month(year, month),
            figures::percent(time)
        ),
        sections,
    }
}

fn overview(projects: &[&Project], year: i32, month: u32, time: f64) -> Section {
    let total_all: i128 = projects.iter().map(|p| total(p)).sum();
    let planned_all: i128 = projects.iter().map(|p| planned(p, year)).sum();
    let done_all: i128 = projects.iter().map(|p| done(p, year, month)).sum();
    let mut counts: Vec<String> = [
        Some(Category::NewStart),
        Some(Category::Continuing),
        Some(Category::CompleteProduce),
        Some(Category::Preparatory),
        None,
    ]
    .into_iter()
    .filter_map(|category| {
        let n = projects.iter().filter(|p| p.category == category).count();
        (n > 0).then(|| format!("{}项目{n}个", category_name(category)))
    })
    .collect();
    if counts.is_empty() {
        counts.push("暂无项目".into());
    }
    let mut text = format!(
        "全市共列入重大项目{}个,其中{}。计划总投资{},{year}年度计划投资{},1-{month}月累计完成投资{}",
        projects.len(),
        counts.join("、"),
        figures::money(total_all),
        figures::money(planned_all),
        figures::money(done_all),
    );
    if planned_all > 0 {
        let share = done_all as f64 * 100.0 / planned_all as f64;
        let gap = share - time;
        text.push_str(&format!(
            ",占年度计划的{},{}序时进度{:.1}个百分点。",
            figures::percent(share),
            if gap >= 0.0 { "超" } else { "落后" },
            gap.abs()
        ));
    } else {
        text.push('。');
    }
    Section {
        heading: "一、总体情况".into(),
        blocks: vec![Block::Paragraph(text)],
    }
}

fn by_unit(ledger: &Ledger, projects: &[&Project], year: i32, month: u32, time: f64) -> Section {
    let mut units: Vec<(Option<UnitId>, UnitFigures)> = Vec::new();
    for project in projects {
        let index = match units.iter().position(|(id, _)| *id == project.unit) {
            Some(index) => index,
            None => {
                units.push((
                    project.unit,
                    UnitFigures {
                        name: unit_name(ledger, project.unit),
                        projects: 0,
                        total: 0,
                        planned: 0,
                        done: 0,
                    },
                ));
                units.len() - 1
            }
        };
        let figures = &mut units[index].1;
        figures.projects += 1;
        figures.total += total(project);
        figures.planned += planned(project, year);
        figures.done += done(project, year, month);
    }
    units.sort_by(|a, b| {
        b.1.share()
            .unwrap_or(f64::NEG_INFINITY)
            .total_cmp(&a.1.share().unwrap_or(f64::NEG_INFINITY))
            .then_with(|| a.1.name.cmp(&b.1.name))
    });
    let ranking = Block::Table {
        headings: [
            "排名",
            "区镇",
            "项目数",
            "计划总投资",
            "年度计划投资",
            "累计完成",
            "完成率",
            "较序时进度",
        ]
        .map(String::from)
        .to_vec(),
        rows: units
            .iter()
            .enumerate()
            .map(|(rank, (_, unit))| {
                vec![
                    (rank + 1).to_string(),
                    unit.name.clone(),
                    unit.projects.to_string(),
                    money_or_dash((unit.total != 0).then_some(unit.total)),
                    money_or_dash((unit.planned != 0).then_some(unit.planned)),
                    money_or_dash((unit.planned != 0 || unit.done != 0).then_some(unit.done)),
                    unit.share()
                        .map(figures::percent)
                        .unwrap_or_else(|| "—".into()),
                    unit.share()
                        .map(|share| format!("{:+.1}", share - time))
                        .unwrap_or_else(|| "—".into()),
                ]
            })
            .collect(),
    };
    let mut blocks = vec![ranking];
    for (id, unit) in &units {
        blocks.push(Block::Subheading(format!(
            "{}({}个项目)",
            unit.name, unit.projects
        )));
        blocks.push(Block::Table {
            headings: [
                "项目名称",
                "建设性质",
                "年度计划投资",
                "累计完成",
                "完成率",
                "形象进度",
            ]
            .map(String::from)
            .to_vec(),
            rows: projects
                .iter()
                .filter(|p| p.unit == *id)
                .map(|p| {
                    let plan = p.plans.year(year);
                    vec![
                        p.name.clone(),
                        category_name(p.category).to_string(),
                        money_or_dash(planned_of(p, year)),
                        money_or_dash(done_of(p, year, month)),
                        plan.and_then(|plan| plan.share_of_plan(month))
                            .map(figures::percent)
                            .unwrap_or_else(|| "—".into()),
                        plan.and_then(|plan| plan.image_progress_through(month))
                            .unwrap_or_default()
                            .to_string(),
                    ]
                })
                .collect(),
        });
    }
    Section {
        heading: "二、各区镇推进情况".into(),
        blocks,
    }
}

fn lights(ledger: &Ledger, projects: &[&Project], request: &ReportRequest, as_of: AsOf) -> Section {
    let mut lit: Vec<(Light, &Project, String)> = projects
        .iter()
        .filter_map(|p| {
            let verdict = judge(p, &request.lights, as_of);
            (verdict.light != Light::Green)
                .then(|| (verdict.light, *p, Lang::Zh.light_reason(&verdict.reason)))
        })
        .collect();
    lit.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.name.cmp(&b.1.name)));
    let reds = lit
        .iter()
        .filter(|(light, ..)| *light == Light::Red)
        .count();
    let mut blocks = vec![Block::Paragraph(format!(
        "本月亮红灯项目{reds}个、黄灯项目{}个。",
        lit.len() - reds
    ))];
    if !lit.is_empty() {
        blocks.push(Block::Table {
            headings: ["亮灯", "区镇", "项目名称", "原因", "责任人"]
                .map(String::from)
                .to_vec(),
            rows: lit
                .iter()
                .map(|(light, p, reason)| {
                    vec![
                        Lang::Zh.light(*light).to_string(),
                        unit_name(ledger, p.unit),
                        p.name.clone(),
                        reason.clone(),
                        p.responsible.clone(),
                    ]
                })
                .collect(),
        });
    }
    Section {
        heading: "三、亮灯项目".into(),
        blocks,
    }
}

fn problems(ledger: &Ledger, projects: &[&Project], today: NaiveDate) -> Section {
    let open: Vec<(&Project, &crate::model::problem::Problem)> = projects
        .iter()
        .flat_map(|p| {
            p.problems
                .iter()
                .filter(|q| q.is_open())
                .map(move |q| (*p, q))
        })
        .collect();
    let overdue = open.iter().filter(|(_, q)| q.is_overdue(today)).count();
    let mut blocks = vec![Block::Paragraph(format!(
        "目前未销号问题{}个,其中超过解决时限{overdue}个。",
        open.len()
    ))];
    if !open.is_empty() {
        blocks.push(Block::Table {
            headings: [
                "区镇",
                "项目名称",
                "存在问题",
                "责任单位",
                "责任人",
                "解决时限",
                "状态",
            ]
            .map(String::from)
            .to_vec(),
            rows: open
                .iter()
                .map(|(p, q)| {
                    vec![
                        unit_name(ledger, p.unit),
                        p.name.clone(),
                        q.text.clone(),
                        q.owner_office.clone(),
                        q.person.clone(),
                        q.due
                            .map(|d| d.format("%Y年%-m月%-d日").to_string())
                            .unwrap_or_default(),
                        if q.is_overdue(today) {
                            "已超时限"
                        } else {
                            "推进中"
                        }
                        .to_string(),
                    ]
                })
                .collect(),
        });
    }
    Section {
        heading: "四、存在问题".into(),
        blocks,
    }
}

fn milestones_of_the_month(
    ledger: &Ledger,
    projects: &[&Project],
    year: i32,
    month: u32,
) -> Section {
    use chrono::Datelike;
    let in_month = |milestone: Milestone| -> Vec<String> {
        projects
            .iter()
            .filter(|p| {
                p.milestones
                    .get(milestone)
                    .and_then(|state| state.done)
                    .is_some_and(|day| day.year() == year && day.month() == month)
            })
            .map(|p| format!("{}({})", p.name, unit_name(ledger, p.unit)))
            .collect()
    };
    let line = |what: &str, names: Vec<String>| {
        if names.is_empty() {
            format!("本月{what}项目:无。")
        } else {
            format!("本月{what}项目{}个:{}。", names.len(), names.join("、"))
        }
    };
    let mut finished = in_month(Milestone::Complete);
    for name in in_month(Milestone::Produce) {
        if !finished.contains(&name) {
            finished.push(name);
        }
    }
    Section {
        heading: "五、本月新开工/竣工投产".into(),
        blocks: vec![
            Block::Paragraph(line("新开工", in_month(Milestone::Start))),
            Block::Paragraph(line("竣工投产", finished)),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::lights::LightRule;
    use crate::model::monthly::MonthFigure;
    use crate::model::problem::Problem;
    use crate::model::{Edit, Investment, ProblemId, ProjectId, Unit};

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, m, d).unwrap()
    }

    /// Two towns; 东岭镇's 甲 is on plan, 青禾街道's 乙 far behind with an overdue problem,
    /// 丙 started in April.
    fn ledger() -> Ledger {
        let mut ledger = Ledger::new();
        let mut edits = Vec::new();
        let add = |ledger: &mut Ledger, unit: UnitId, name: &str, plan: i64, done: i64| {
            let mut project = Project::new(ProjectId(ledger.allocate_id()), name, Some(unit));
            project.investment = Some(Investment {
                yuan: plan * 3,
                qualifier: Default::default(),
                kind: Default::default(),
            });
            project.category = Some(Category::Continuing);
            project.plans.year_mut(2025).planned_yuan = Some(plan);
            project.plans.set_month(
                2025,
                4,
                MonthFigure {
                    done_yuan: Some(done),
                    image_progress: "主体施工".into(),
                },
            );
            project
        };
        let east = UnitId(ledger.allocate_id());
        let green = UnitId(ledger.allocate_id());
        edits.push(Edit::PutUnit(Unit::new(east, "东岭镇")));
        edits.push(Edit::PutUnit(Unit::new(green, "青禾街道")));
        let first = add(&mut ledger, east, "甲智造园", 100_000_000, 40_000_000);
        let mut second = add(&mut ledger, green, "乙物流中心", 100_000_000, 1_000_000);
        let mut problem = Problem::new(ProblemId(ledger.allocate_id()), "用地未批");
        problem.owner_office = "自然资源局".into();
        problem.due = Some(day(4, 15));
        second.problems.push(problem);
        let mut third = add(&mut ledger, green, "丙水厂", 50_000_000, 20_000_000);
        third.category = Some(Category::NewStart);
        third.milestones.start.done = Some(day(4, 8));
        for project in [first, second, third] {
            edits.push(Edit::PutProject(Box::new(project)));
        }
        ledger.apply(Edit::Batch(edits)).unwrap();
        ledger
    }

    fn report() -> Report {
        compose(
            &ledger(),
            &ReportRequest {
                year: 2025,
                month: 4,
                today: day(4, 30),
                lights: LightSettings {
                    rule: LightRule::Progress,
                    ..LightSettings::default()
                },
            },
        )
    }

    #[test]
    fn the_report_has_the_five_sections_with_every_unit_and_red_project() {
        let document = report();
        let headings: Vec<&str> = document
            .sections
            .iter()
            .map(|s| s.heading.as_str())
            .collect();
        assert_eq!(
            headings,
            [
                "一、总体情况",
                "二、各区镇推进情况",
                "三、亮灯项目",
                "四、存在问题",
                "五、本月新开工/竣工投产"
            ]
        );
        let text = document.plain_text();
        assert!(
            text.contains("全市共列入重大项目3个,其中新开工项目1个、续建项目2个"),
            "{text}"
        );
        assert!(
            text.contains("年度计划投资2.5亿元,1-4月累计完成投资6100.0万元"),
            "{text}"
        );
        assert!(text.contains("落后序时进度8.9个百分点"), "{text}");
        assert!(
            text.contains("1\t东岭镇\t1\t"),
            "东岭镇 ranks first: {text}"
        );
        assert!(text.contains("2\t青禾街道\t2\t"), "{text}");
        assert!(
            text.contains("红灯\t青禾街道\t乙物流中心\t完成年度计划1.0%"),
            "{text}"
        );
        assert!(!text.contains("红灯\t东岭镇"), "{text}");
        assert!(
            text.contains("用地未批\t自然资源局\t\t2025年4月15日\t已超时限"),
            "{text}"
        );
        assert!(
            text.contains("本月新开工项目1个:丙水厂(青禾街道)。"),
            "{text}"
        );
        assert!(text.contains("本月竣工投产项目:无。"), "{text}");
    }
}
