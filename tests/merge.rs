//! Merging extractions into the ledger: new units and projects, statuses becoming inferred
//! milestone dates, targets, goals, updates spelled out against what is there, unticked items
//! left out, aliases, and re-imports that change nothing.

use chrono::NaiveDate;
use town_tracker::article::{
    AmountFinding, AmountKind, Extraction, GoalFinding, Milestone, ProjectFinding, Qualifier, Span,
    Status, TargetFinding, UnitFinding, UnitKind,
};
use town_tracker::model::merge::{UnitChoice, import_edit, plan_import, preview_project};
use town_tracker::model::{Edit, Ledger, SourceId, Unit, UnitId};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn project(name: &str, unit: &str) -> ProjectFinding {
    ProjectFinding {
        name: name.into(),
        owner: None,
        unit: Some(unit.into()),
        investment: None,
        investments_extra: Vec::new(),
        status: None,
        status_text: None,
        targets: Vec::new(),
        responsible: None,
        span: Span::default(),
        sentence: format!("{unit}推进{name}项目。"),
        sentence_span: Span::default(),
        confidence: 1.0,
    }
}

/// An invented article: two towns, three projects, a goal.
fn article() -> Extraction {
    let mut big = project("临港新材料产业园", "滨江镇");
    big.investment = Some(AmountFinding {
        yuan: Some(5_000_000_000),
        qualifier: Qualifier::About,
        kind: AmountKind::Total,
        text: "总投资约50亿元".into(),
        span: Span::default(),
        currency: None,
        currency_amount: None,
    });
    big.status = Some(Status::UnderConstruction);
    big.targets.push(TargetFinding {
        milestone: Milestone::Produce,
        by: Some(date(2024, 6, 30)),
        text: "力争6月底前投产".into(),
        span: Span::default(),
    });
    let mut talks = project("智能装备", "滨江镇");
    talks.status = Some(Status::Negotiating);
    let mut roof = project("冷链物流中心", "河口镇");
    roof.targets.push(TargetFinding {
        milestone: Milestone::Other,
        by: Some(date(2024, 9, 30)),
        text: "9月底前完成土建".into(),
        span: Span::default(),
    });
    Extraction {
        id: "invented".into(),
        title: Some("滨江镇项目建设提速".into()),
        published: Some(date(2024, 2, 20)),
        units: vec!["滨江镇".into(), "河口镇".into(), "高新区".into()],
        projects: vec![big, talks, roof],
        goals: vec![GoalFinding {
            unit: Some("河口镇".into()),
            milestone: Milestone::Sign,
            count: Some(2),
            min_investment_yuan: Some(100_000_000),
            by: Some(date(2024, 3, 31)),
            text: "确保一季度签约亿元以上项目2个".into(),
            span: Span::default(),
        }],
        text: "滨江镇……(正文)".into(),
        ..Extraction::default()
    }
}

fn import(ledger: &mut Ledger, extraction: &Extraction) -> bool {
    let plan = plan_import(ledger, extraction, "invented.txt", date(2024, 3, 1));
    match import_edit(ledger, &plan) {
        Some(edit) => {
            ledger.apply(edit).unwrap();
            true
        }
        None => false,
    }
}

#[test]
fn a_first_import_creates_units_projects_goals_and_the_source() {
    let mut ledger = Ledger::new();
    assert!(import(&mut ledger, &article()));
    let names: Vec<_> = ledger.units().map(|u| u.name.as_str()).collect();
    assert_eq!(
        names,
        ["滨江镇", "河口镇"],
        "高新区 is named but has no project or goal: no unit"
    );
    assert_eq!(ledger.projects().count(), 3);
    assert_eq!(ledger.sources().count(), 1);
    let source = ledger.sources().next().unwrap();
    assert_eq!(source.title, "滨江镇项目建设提速");

    let big = ledger
        .projects()
        .find(|p| p.name == "临港新材料产业园")
        .unwrap();
    assert_eq!(big.investment.unwrap().yuan, 5_000_000_000);
    assert_eq!(big.investment.unwrap().qualifier, Qualifier::About);
    assert_eq!(big.status(), Status::UnderConstruction);
    assert_eq!(
        big.milestones.sign.done,
        Some(date(2024, 2, 20)),
        "the article's date"
    );
    assert!(big.milestones.start.done_inferred);
    assert_eq!(big.milestones.produce.target, Some(date(2024, 6, 30)));
    assert_eq!(big.sources.len(), 1);
    assert_eq!(big.sources[0].sentence, "滨江镇推进临港新材料产业园项目。");

    let talks = ledger.projects().find(|p| p.name == "智能装备").unwrap();
    assert_eq!(talks.status(), Status::Negotiating);
    let roof = ledger
        .projects()
        .find(|p| p.name == "冷链物流中心")
        .unwrap();
    assert_eq!(roof.other_targets.len(), 1);
    assert_eq!(roof.other_targets[0].by, Some(date(2024, 9, 30)));

    let goal = ledger.goals().next().unwrap();
    assert_eq!(goal.count, 2);
    assert_eq!(ledger.unit(goal.unit.unwrap()).unwrap().name, "河口镇");
}

#[test]
fn importing_the_same_article_again_changes_nothing() {
    let mut ledger = Ledger::new();
    assert!(import(&mut ledger, &article()));
    let before = ledger.clone();
    assert!(!import(&mut ledger, &article()));
    assert_eq!(ledger, before);
}

#[test]
fn a_later_article_updates_instead_of_duplicating() {
    let mut ledger = Ledger::new();
    import(&mut ledger, &article());
    let mut later = article();
    later.text = "另一篇报道".into();
    later.published = Some(date(2024, 5, 8));
    later.projects[1].status = Some(Status::Signed);
    later.goals.clear();
    let plan = plan_import(&ledger, &later, "later.txt", date(2024, 5, 9));
    assert!(plan.existing_source.is_none());
    assert!(
        plan.projects.iter().all(|p| p.existing.is_some()),
        "all three are known"
    );
    assert!(matches!(plan.projects[0].unit, UnitChoice::Existing(_)));
    let after = preview_project(&ledger, &plan, 1, SourceId(0)).unwrap();
    assert_eq!(after.status(), Status::Signed);
    assert_eq!(after.milestones.sign.done, Some(date(2024, 5, 8)));

    let edit = import_edit(&mut ledger, &plan).unwrap();
    ledger.apply(edit).unwrap();
    assert_eq!(ledger.projects().count(), 3);
    assert_eq!(ledger.sources().count(), 2);
    let talks = ledger.projects().find(|p| p.name == "智能装备").unwrap();
    assert_eq!(talks.status(), Status::Signed);
    assert_eq!(talks.sources.len(), 2, "linked to both articles");
}

#[test]
fn unticked_findings_are_left_out() {
    let mut ledger = Ledger::new();
    let mut plan = plan_import(&ledger, &article(), "invented.txt", date(2024, 3, 1));
    plan.projects[2].include = false;
    plan.goals[0].include = false;
    plan.units[2].include = false;
    plan.units[1].include = false;
    let edit = import_edit(&mut ledger, &plan).unwrap();
    ledger.apply(edit).unwrap();
    let names: Vec<_> = ledger.units().map(|u| u.name.as_str()).collect();
    assert_eq!(
        names,
        ["滨江镇"],
        "unticked units nothing refers to are not created"
    );
    assert_eq!(ledger.projects().count(), 2);
    assert_eq!(ledger.goals().count(), 0);
}

#[test]
fn an_edited_plan_is_imported_as_edited() {
    let mut ledger = Ledger::new();
    let mut plan = plan_import(&ledger, &article(), "invented.txt", date(2024, 3, 1));
    plan.projects[1].name = "智能装备制造".into();
    plan.projects[1].unit = UnitChoice::New(1);
    let edit = import_edit(&mut ledger, &plan).unwrap();
    ledger.apply(edit).unwrap();
    let renamed = ledger
        .projects()
        .find(|p| p.name == "智能装备制造")
        .unwrap();
    assert_eq!(ledger.unit(renamed.unit.unwrap()).unwrap().name, "河口镇");
}

#[test]
fn aliases_find_the_unit_already_in_the_ledger() {
    let mut ledger = Ledger::new();
    let mut first = article();
    first
        .unit_aliases
        .insert("滨江镇".into(), vec!["滨江港区镇".into()]);
    import(&mut ledger, &first);
    let mut second = article();
    second.text = "第二篇".into();
    second.units = vec!["滨江港区镇".into()];
    for finding in &mut second.projects {
        finding.unit = Some("滨江港区镇".into());
    }
    second.goals.clear();
    let plan = plan_import(&ledger, &second, "second.txt", date(2024, 4, 1));
    assert!(plan.units[0].existing.is_some());
    let edit = import_edit(&mut ledger, &plan).unwrap();
    ledger.apply(edit).unwrap();
    assert_eq!(ledger.units().count(), 2, "no new unit for the alias");
}

#[test]
fn an_article_with_nothing_in_it_changes_nothing() {
    let mut ledger = Ledger::new();
    let empty = Extraction {
        text: "天气晴。".into(),
        ..Extraction::default()
    };
    assert!(!import(&mut ledger, &empty));
    assert!(ledger.is_empty());
}

#[test]
fn a_leading_unit_name_does_not_make_another_project() {
    let mut ledger = Ledger::new();
    import(&mut ledger, &article());
    let mut later = article();
    later.text = "又一篇".into();
    later.goals.clear();
    later.projects = vec![project("滨江镇临港新材料产业园", "滨江镇")];
    later.projects[0].status = Some(Status::Completed);
    let plan = plan_import(&ledger, &later, "later.txt", date(2024, 9, 1));
    assert!(plan.projects[0].existing.is_some());
    let edit = import_edit(&mut ledger, &plan).unwrap();
    ledger.apply(edit).unwrap();
    assert_eq!(ledger.projects().count(), 3);
    assert_eq!(
        town_tracker::model::merge::project_key("滨江镇临港新材料产业园", &["滨江镇".into()]),
        "临港新材料产业园"
    );
    assert_eq!(
        town_tracker::model::merge::project_key("滨江镇", &["滨江镇".into()]),
        "滨江镇",
        "a name that is only the unit stays whole"
    );
}

#[test]
fn simplified_and_traditional_names_are_the_same_unit_and_project() {
    let mut ledger = Ledger::new();
    let traditional = Extraction {
        units: vec!["東海鎮".into()],
        projects: vec![project("萬鵬建材", "東海鎮")],
        text: "繁體".into(),
        ..Extraction::default()
    };
    import(&mut ledger, &traditional);
    let mut simplified = Extraction {
        units: vec!["东海镇".into()],
        projects: vec![project("万鹏建材项目", "东海镇")],
        text: "简体".into(),
        ..Extraction::default()
    };
    simplified.projects[0].status = Some(Status::InProduction);
    let plan = plan_import(&ledger, &simplified, "simplified.txt", date(2025, 4, 1));
    assert!(plan.units[0].existing.is_some());
    assert!(plan.projects[0].existing.is_some());
    let edit = import_edit(&mut ledger, &plan).unwrap();
    ledger.apply(edit).unwrap();
    assert_eq!(ledger.units().count(), 1);
    assert_eq!(ledger.projects().count(), 1);
    let project = ledger.projects().next().unwrap();
    assert_eq!(project.name, "萬鵬建材", "the name stays as first written");
    assert_eq!(project.status(), Status::InProduction);
}

#[test]
fn the_responsible_person_fills_an_empty_field_only() {
    let mut ledger = Ledger::new();
    let mut first = article();
    first.projects[0].responsible = Some("副镇长王明".into());
    import(&mut ledger, &first);
    let big = ledger
        .projects()
        .find(|p| p.name == "临港新材料产业园")
        .unwrap();
    assert_eq!(big.responsible, "副镇长王明");

    let mut later = article();
    later.text = "另一篇报道".into();
    later.projects[0].responsible = Some("李华".into());
    let plan = plan_import(&ledger, &later, "later.txt", date(2024, 5, 9));
    assert_eq!(plan.projects[0].responsible.as_deref(), Some("李华"));
    let after = preview_project(&ledger, &plan, 0, SourceId(0)).unwrap();
    assert_eq!(after.responsible, "副镇长王明", "what the user has stays");
}

#[test]
fn unsure_findings_are_offered_unticked_and_marked() {
    let mut extraction = article();
    extraction.projects[1].confidence = 0.4;
    extraction.unit_details = vec![UnitFinding {
        name: "高新区".into(),
        kind: UnitKind::Zone,
        county: None,
        confidence: 0.45,
    }];
    let mut ledger = Ledger::new();
    let plan = plan_import(&ledger, &extraction, "invented.txt", date(2024, 3, 1));
    let flags: Vec<(bool, bool)> = plan
        .projects
        .iter()
        .map(|p| (p.include, p.unsure))
        .collect();
    assert_eq!(flags, [(true, false), (false, true), (true, false)]);
    let zone = plan.units.iter().find(|u| u.name == "高新区").unwrap();
    assert!(
        zone.unsure && !zone.include,
        "an unsure new unit is unticked"
    );
    let edit = import_edit(&mut ledger, &plan).unwrap();
    ledger.apply(edit).unwrap();
    assert!(
        ledger.projects().all(|p| p.name != "智能装备"),
        "an unsure project is not imported unless ticked"
    );

    let mut known = Ledger::new();
    let zone_id = UnitId(known.allocate_id());
    known
        .apply(Edit::PutUnit(Unit::new(zone_id, "高新区")))
        .unwrap();
    let again = plan_import(&known, &extraction, "invented.txt", date(2024, 3, 1));
    let zone = again.units.iter().find(|u| u.name == "高新区").unwrap();
    assert!(
        !zone.unsure && zone.include,
        "a unit the ledger holds is certain"
    );
}

#[test]
fn an_undated_article_records_done_without_a_day_never_the_import_day() {
    let mut ledger = Ledger::new();
    let mut undated = article();
    undated.published = None;
    assert!(import(&mut ledger, &undated));
    let big = ledger
        .projects()
        .find(|p| p.name == "临港新材料产业园")
        .unwrap();
    assert_eq!(big.status(), Status::UnderConstruction);
    for state in [big.milestones.sign, big.milestones.start] {
        assert_eq!(state.done, None, "not the import day, 2024-03-01");
        assert!(state.done_undated && state.done_inferred);
    }
    assert!(!big.milestones.complete.is_done());

    let mut dated = article();
    dated.text = "另一篇报道".into();
    dated.published = Some(date(2024, 5, 8));
    dated.projects[0].status = Some(Status::Completed);
    assert!(import(&mut ledger, &dated));
    let big = ledger
        .projects()
        .find(|p| p.name == "临港新材料产业园")
        .unwrap();
    assert!(
        big.milestones.start.done_undated,
        "a later article does not re-date what was already done"
    );
    assert_eq!(big.milestones.complete.done, Some(date(2024, 5, 8)));
}

#[test]
fn a_re_import_keeps_what_the_user_decided() {
    use town_tracker::intent::Change;
    use town_tracker::model::merge::changes_nothing;

    let mut ledger = Ledger::new();
    let mut plan = plan_import(&ledger, &article(), "invented.txt", date(2024, 3, 1));
    plan.projects[1].include = false;
    let edit = import_edit(&mut ledger, &plan).unwrap();
    ledger.apply(edit).unwrap();
    assert_eq!(ledger.projects().count(), 2);

    let find = |ledger: &Ledger, name: &str| ledger.projects().find(|p| p.name == name).cloned();
    let mut renamed = find(&ledger, "冷链物流中心").unwrap();
    renamed.name = "冷链物流园".into();
    let mut moved = find(&ledger, "临港新材料产业园").unwrap();
    moved.unit = ledger.units().find(|u| u.name == "河口镇").map(|u| u.id);
    assert!(moved.unit.is_some());
    for project in [renamed.clone(), moved.clone()] {
        let change = Change::UpdateProject {
            project: Box::new(project),
            what: "edit".into(),
        };
        let outcome = change.to_edit(&mut ledger).unwrap().unwrap();
        ledger.apply(outcome.edit).unwrap();
    }
    assert_eq!(
        ledger.project(renamed.id).unwrap().aliases,
        ["冷链物流中心"],
        "the old name stays as an alias"
    );

    let again = plan_import(&ledger, &article(), "invented.txt", date(2024, 4, 1));
    assert!(again.existing_source.is_some());
    assert!(!again.projects[1].include && again.projects[1].skipped_before);
    assert_eq!(again.projects[2].existing, Some(renamed.id));
    assert_eq!(again.projects[0].existing, Some(moved.id));
    assert!(changes_nothing(&ledger, &again));
    let before = ledger.clone();
    assert!(
        import_edit(&mut ledger, &again).is_none(),
        "nothing the user decided is undone"
    );
    assert_eq!(ledger.projects().count(), before.projects().count());

    let mut now_wanted = again.clone();
    now_wanted.projects[1].include = true;
    assert!(!changes_nothing(&ledger, &now_wanted));
    let edit = import_edit(&mut ledger, &now_wanted).unwrap();
    ledger.apply(edit).unwrap();
    assert_eq!(ledger.projects().count(), 3);
    assert!(ledger.sources().next().unwrap().skipped.is_empty());
}

#[test]
fn a_unit_with_no_accepted_project_is_never_created() {
    let mut ledger = Ledger::new();
    let mut plan = plan_import(&ledger, &article(), "invented.txt", date(2024, 3, 1));
    plan.projects[2].include = false;
    assert_eq!(plan.ticked_count(), 2, "河口镇's goal goes with its unit");
    let edit = import_edit(&mut ledger, &plan).unwrap();
    ledger.apply(edit).unwrap();
    let names: Vec<_> = ledger.units().map(|u| u.name.as_str()).collect();
    assert_eq!(
        names,
        ["滨江镇"],
        "河口镇 has only a goal left: not created"
    );
    assert_eq!(ledger.goals().count(), 0);

    let mut no_projects = article();
    no_projects.text = "只有目标的报道".into();
    no_projects.projects.clear();
    let mut empty = Ledger::new();
    let plan = plan_import(&empty, &no_projects, "goals.txt", date(2024, 3, 1));
    assert!(
        import_edit(&mut empty, &plan).is_none(),
        "an article with no project adds no unit"
    );
}
