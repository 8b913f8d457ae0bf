//! Merging an article's extraction into the ledger. [`plan_import`] matches what was found
//! against the ledger (units by name or alias, projects by unit and normalised name, with
//! Simplified and Traditional treated as equal) and yields an [`ImportPlan`] the user reviews
//! and edits; [`import_edit`] turns the reviewed plan into one [`Edit`] — one undo step.
//! Importing the same article twice changes nothing the second time.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::done_order::infer_done;
use super::goal::Goal;
use super::ids::{GoalId, ProjectId, SourceId, UnitId};
use super::ledger::{Edit, Ledger};
use super::money::Investment;
use super::project::{MILESTONES, Milestone, OtherTarget, Project, Pursuit, SourceLink, Status};
use super::source::Source;
use super::unit::Unit;
use crate::article::script::normalise_key;
use crate::article::{Extraction, GoalFinding, ProjectFinding};

/// Which unit a planned project or goal belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitChoice {
    None,
    Existing(UnitId),
    /// The plan's `units[i]`, created by the import.
    New(usize),
}

/// A unit the article names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitPlan {
    pub include: bool,
    /// The extractor is unsure this is a unit: offered unticked and marked.
    pub unsure: bool,
    pub name: String,
    pub aliases: Vec<String>,
    /// The ledger's unit with this name or alias, if there is one.
    pub existing: Option<UnitId>,
}

/// A target as planned (milestone, date, the words it came from).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedTarget {
    pub milestone: Milestone,
    pub by: Option<NaiveDate>,
    pub text: String,
}

/// One project found, as the user will review it.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectPlan {
    pub include: bool,
    /// The extractor is unsure this is a project: offered unticked and marked.
    pub unsure: bool,
    /// Index into the extraction's projects (for evidence highlighting).
    pub finding: usize,
    /// The name as the article gives it, before any edit in the review.
    pub found: String,
    pub name: String,
    pub owner: Option<String>,
    /// The person answering for the project (责任人), when the article names one.
    pub responsible: Option<String>,
    pub unit: UnitChoice,
    /// The ledger's project this one updates.
    pub existing: Option<ProjectId>,
    /// The user chose not to import it when this article was imported before (上次未导入).
    pub skipped_before: bool,
    pub investment: Option<Investment>,
    pub status: Option<Status>,
    pub targets: Vec<PlannedTarget>,
    pub sentence: String,
}

/// One goal found.
#[derive(Debug, Clone, PartialEq)]
pub struct GoalPlan {
    pub include: bool,
    pub unit: UnitChoice,
    pub milestone: Milestone,
    pub count: u32,
    pub min_investment_yuan: Option<i64>,
    pub by: Option<NaiveDate>,
    pub text: String,
    /// The ledger already has this goal.
    pub duplicate: bool,
}

/// Everything an import would do, for review.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportPlan {
    pub title: String,
    pub file_name: String,
    pub published: Option<NaiveDate>,
    pub imported: NaiveDate,
    /// The day inferred milestones are marked done: the article's date (date line or publish
    /// date). `None` when the article has none: they are then done on a day unknown, never
    /// on the day of the import.
    pub done_date: Option<NaiveDate>,
    pub fingerprint: String,
    /// This article was imported before.
    pub existing_source: Option<SourceId>,
    pub units: Vec<UnitPlan>,
    pub projects: Vec<ProjectPlan>,
    pub goals: Vec<GoalPlan>,
}

/// A stable fingerprint of an article's text (FNV-1a, 64 bits), so re-imports are recognised
/// across runs and versions.
pub fn fingerprint(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

fn unit_keys(unit: &Unit) -> impl Iterator<Item = String> + '_ {
    std::iter::once(&unit.name)
        .chain(unit.aliases.iter())
        .map(|name| normalise_key(name))
}

/// The source of the ledger that holds this very article (same text), if it was imported
/// before.
pub fn imported_before(ledger: &Ledger, extraction: &Extraction) -> Option<SourceId> {
    let fingerprint = fingerprint(&extraction.text);
    ledger
        .sources()
        .find(|s| s.fingerprint == fingerprint)
        .map(|s| s.id)
}

/// Plans the import of an extraction into a ledger.
pub fn plan_import(
    ledger: &Ledger,
    extraction: &Extraction,
    file_name: &str,
    imported: NaiveDate,
) -> ImportPlan {
    let fingerprint = fingerprint(&extraction.text);
    let existing_source = imported_before(ledger, extraction);
    let mut ledger_units: HashMap<String, UnitId> = HashMap::new();
    for unit in ledger.units() {
        for key in unit_keys(unit) {
            ledger_units.entry(key).or_insert(unit.id);
        }
    }
    let mut plan = ImportPlan {
        title: extraction
            .title
            .clone()
            .unwrap_or_else(|| file_name.to_string()),
        file_name: file_name.to_string(),
        published: extraction.published,
        imported,
        done_date: extraction.published,
        fingerprint,
        existing_source,
        units: Vec::new(),
        projects: Vec::new(),
        goals: Vec::new(),
    };
    for name in &extraction.units {
        let aliases = extraction
            .unit_aliases
            .get(name)
            .cloned()
            .unwrap_or_default();
        let unsure = extraction
            .unit_details
            .iter()
            .any(|d| d.name == *name && d.is_unsure());
        plan.choose_unit(Some(name), &aliases, &ledger_units);
        if let Some(unit) = plan.units.last_mut().filter(|u| u.name == *name) {
            unit.unsure = unsure && unit.existing.is_none();
            unit.include = !unit.unsure;
        }
    }
    let skipped_before: Vec<String> = existing_source
        .and_then(|id| ledger.source(id))
        .map(|source| source.skipped.iter().map(|n| normalise_key(n)).collect())
        .unwrap_or_default();
    for (index, finding) in extraction.projects.iter().enumerate() {
        let unit = plan.choose_unit(finding.unit.as_deref(), &[], &ledger_units);
        let mut project = plan_project(ledger, index, finding, unit, existing_source);
        if skipped_before.contains(&normalise_key(&finding.name)) {
            project.include = false;
            project.skipped_before = true;
        }
        plan.projects.push(project);
    }
    for finding in &extraction.goals {
        let unit = plan.choose_unit(finding.unit.as_deref(), &[], &ledger_units);
        plan.goals.push(plan_goal(ledger, finding, unit));
    }
    plan
}

impl ImportPlan {
    /// The plan's unit for a name (matching an alias too), adding it when new.
    fn choose_unit(
        &mut self,
        name: Option<&str>,
        aliases: &[String],
        ledger_units: &HashMap<String, UnitId>,
    ) -> UnitChoice {
        let Some(name) = name.filter(|n| !n.trim().is_empty()) else {
            return UnitChoice::None;
        };
        let key = normalise_key(name);
        let alias_keys: Vec<String> = aliases.iter().map(|a| normalise_key(a)).collect();
        if let Some(index) = self.units.iter().position(|u| {
            normalise_key(&u.name) == key || u.aliases.iter().any(|a| normalise_key(a) == key)
        }) {
            return match self.units[index].existing {
                Some(id) => UnitChoice::Existing(id),
                None => UnitChoice::New(index),
            };
        }
        let existing = std::iter::once(&key)
            .chain(alias_keys.iter())
            .find_map(|k| ledger_units.get(k).copied());
        self.units.push(UnitPlan {
            include: true,
            unsure: false,
            name: name.to_string(),
            aliases: aliases.to_vec(),
            existing,
        });
        match existing {
            Some(id) => UnitChoice::Existing(id),
            None => UnitChoice::New(self.units.len() - 1),
        }
    }

    /// Maps the article's unit `units[index]` to a unit of the ledger: its projects and goals
    /// go there (matched against that unit's projects and goals), and the import keeps the
    /// article's name as an alias of it, so the next article that uses it needs no asking.
    pub fn map_unit(&mut self, ledger: &Ledger, index: usize, unit: UnitId) {
        let Some(planned) = self.units.get_mut(index) else {
            return;
        };
        planned.existing = Some(unit);
        planned.include = true;
        let existing_source = self.existing_source;
        let chosen = UnitChoice::Existing(unit);
        for project in &mut self.projects {
            if project.unit == UnitChoice::New(index) {
                project.unit = chosen;
                project.existing = find_project(ledger, chosen, &project.name, existing_source);
            }
        }
        for goal in &mut self.goals {
            if goal.unit == UnitChoice::New(index) {
                goal.unit = chosen;
                goal.duplicate = ledger.goals().any(|g| {
                    g.unit == Some(unit) && normalise_key(&g.text) == normalise_key(&goal.text)
                });
                goal.include &= !goal.duplicate;
            }
        }
    }

    /// The projects left unticked, as the article names them, for the source to remember.
    pub fn skipped(&self) -> Vec<String> {
        let mut skipped: Vec<String> = Vec::new();
        for project in self.projects.iter().filter(|p| !p.include) {
            if !skipped.contains(&project.found) {
                skipped.push(project.found.clone());
            }
        }
        skipped
    }

    /// Will the import create the article's unit `units[index]`? Only when it is ticked and
    /// a ticked project belongs to it: a unit with no accepted project is never created.
    pub fn creates_unit(&self, index: usize) -> bool {
        self.units.get(index).is_some_and(|unit| {
            unit.existing.is_none()
                && unit.include
                && self
                    .projects
                    .iter()
                    .any(|p| p.include && p.unit == UnitChoice::New(index))
        })
    }

    /// Will the import add this goal? When ticked, new, and its unit is there (a goal of a
    /// new unit that is not created is left out).
    pub fn imports_goal(&self, goal: &GoalPlan) -> bool {
        goal.include
            && !goal.duplicate
            && match goal.unit {
                UnitChoice::New(index) => self.creates_unit(index),
                UnitChoice::None | UnitChoice::Existing(_) => true,
            }
    }

    /// How many projects and goals would be imported (ticked).
    pub fn ticked_count(&self) -> usize {
        self.projects.iter().filter(|p| p.include).count()
            + self.goals.iter().filter(|g| self.imports_goal(g)).count()
    }
}

/// The key a project is matched by within its unit: its normalised name, without a leading
/// name of the unit ("河口镇冷链物流中心" and "冷链物流中心" are one project of 河口镇).
pub fn project_key(name: &str, unit_keys: &[String]) -> String {
    let key = normalise_key(name);
    unit_keys
        .iter()
        .filter(|unit| !unit.is_empty())
        .find_map(|unit| key.strip_prefix(unit.as_str()))
        .filter(|rest| rest.chars().count() >= 2)
        .map(str::to_string)
        .unwrap_or(key)
}

/// The matching keys of a unit's name and aliases.
pub(super) fn keys_of(unit: Option<&Unit>) -> Vec<String> {
    unit.map(|u| unit_keys(u).collect()).unwrap_or_default()
}

/// The ledger's project a finding names: the one of its unit with the same key; else, when
/// this article was imported before, the project it gave then wherever the user has moved
/// it since; else, when the article names no unit, the only project of that key.
pub(super) fn find_project(
    ledger: &Ledger,
    unit: UnitChoice,
    name: &str,
    same_article: Option<SourceId>,
) -> Option<ProjectId> {
    let unit_id = match unit {
        UnitChoice::Existing(id) => Some(id),
        UnitChoice::None | UnitChoice::New(_) => None,
    };
    let keys = keys_of(unit_id.and_then(|id| ledger.unit(id)));
    let key = project_key(name, &keys);
    let names = |p: &Project| {
        let own: Vec<String> = keys_of(p.unit.and_then(|u| ledger.unit(u)));
        std::iter::once(&p.name)
            .chain(&p.aliases)
            .map(move |n| project_key(n, &own))
            .collect::<Vec<_>>()
    };
    let goes_by = |p: &Project, keys: &[String]| {
        std::iter::once(&p.name)
            .chain(&p.aliases)
            .any(|n| project_key(n, keys) == key)
    };
    if !matches!(unit, UnitChoice::New(_))
        && let Some(found) = ledger.projects_of(unit_id).find(|p| goes_by(p, &keys))
    {
        return Some(found.id);
    }
    if let Some(source) = same_article
        && let Some(found) = ledger.projects().find(|p| {
            p.sources.iter().any(|s| s.source == source)
                && (names(p).contains(&key) || goes_by(p, &keys))
        })
    {
        return Some(found.id);
    }
    if unit == UnitChoice::None {
        let mut same = ledger.projects().filter(|p| names(p).contains(&key));
        if let (Some(only), None) = (same.next(), same.next()) {
            return Some(only.id);
        }
    }
    None
}

fn plan_project(
    ledger: &Ledger,
    index: usize,
    finding: &ProjectFinding,
    unit: UnitChoice,
    same_article: Option<SourceId>,
) -> ProjectPlan {
    let investment = finding.investment.as_ref().and_then(|amount| {
        amount.yuan.map(|yuan| Investment {
            yuan,
            qualifier: amount.qualifier,
            kind: amount.kind,
        })
    });
    let unsure = finding.is_unsure();
    ProjectPlan {
        include: !unsure,
        unsure,
        finding: index,
        found: finding.name.clone(),
        name: finding.name.clone(),
        owner: finding.owner.clone(),
        responsible: finding.responsible.clone(),
        unit,
        existing: find_project(ledger, unit, &finding.name, same_article),
        skipped_before: false,
        investment,
        status: finding.status,
        targets: finding
            .targets
            .iter()
            .map(|t| PlannedTarget {
                milestone: t.milestone,
                by: t.by,
                text: t.text.clone(),
            })
            .collect(),
        sentence: finding.sentence.clone(),
    }
}

fn plan_goal(ledger: &Ledger, finding: &GoalFinding, unit: UnitChoice) -> GoalPlan {
    let key = normalise_key(&finding.text);
    let unit_id = match unit {
        UnitChoice::Existing(id) => Some(id),
        _ => None,
    };
    let duplicate = !matches!(unit, UnitChoice::New(_))
        && ledger
            .goals()
            .any(|g| g.unit == unit_id && normalise_key(&g.text) == key);
    GoalPlan {
        include: !duplicate,
        unit,
        milestone: finding.milestone,
        count: finding.count.unwrap_or(1),
        min_investment_yuan: finding.min_investment_yuan,
        by: finding.by,
        text: finding.text.clone(),
        duplicate,
    }
}

/// The milestones a stated status implies are done.
fn milestones_reached(status: Status) -> &'static [Milestone] {
    match status {
        Status::Planned | Status::Negotiating => &[],
        Status::Signed => &MILESTONES[..1],
        Status::Started | Status::UnderConstruction => &MILESTONES[..2],
        Status::Completed => &MILESTONES[..3],
        Status::InProduction => &MILESTONES,
    }
}

/// Applies what an article says about a project: amount, owner, the responsible person (when
/// the ledger has none), status (as inferred milestone dates), targets, and the link to the
/// article.
pub fn apply_finding(
    project: &mut Project,
    plan: &ProjectPlan,
    source: SourceId,
    done_date: Option<NaiveDate>,
) {
    if project.owner.is_none() {
        project.owner.clone_from(&plan.owner);
    }
    if let Some(person) = &plan.responsible
        && project.responsible.trim().is_empty()
        && !person.trim().is_empty()
    {
        project.responsible = person.trim().to_string();
    }
    if let Some(investment) = plan.investment {
        project.investment = Some(investment);
    }
    if let Some(status) = plan.status {
        infer_done(
            &mut project.milestones,
            milestones_reached(status),
            done_date,
        );
        match status {
            Status::Negotiating => project.pursuit = Some(Pursuit::Negotiating),
            Status::Planned if project.pursuit.is_none() => {
                project.pursuit = Some(Pursuit::Planned)
            }
            _ => {}
        }
    }
    for target in &plan.targets {
        match project.milestones.get_mut(target.milestone) {
            Some(state) => {
                if target.by.is_some() {
                    state.target = target.by;
                }
            }
            None => {
                if !project.other_targets.iter().any(|o| o.text == target.text) {
                    project.other_targets.push(OtherTarget {
                        text: target.text.clone(),
                        by: target.by,
                        done: None,
                    });
                }
            }
        }
    }
    if !project.sources.iter().any(|link| link.source == source) {
        project.sources.push(SourceLink {
            source,
            sentence: plan.sentence.clone(),
        });
    }
}

/// The project as it would be after the import: the ledger's project updated, or a new one.
/// `source` stands for the article (use any id when previewing).
pub fn preview_project(
    ledger: &Ledger,
    plan: &ImportPlan,
    index: usize,
    source: SourceId,
) -> Option<Project> {
    let planned = plan.projects.get(index)?;
    let mut project = planned
        .existing
        .and_then(|id| ledger.project(id).cloned())
        .unwrap_or_else(|| {
            let mut new = Project::new(ProjectId(0), planned.name.clone(), None);
            new.unit = match planned.unit {
                UnitChoice::Existing(id) => Some(id),
                _ => None,
            };
            new
        });
    apply_finding(&mut project, planned, source, plan.done_date);
    Some(project)
}

/// Would carrying out the plan change nothing? True when every ticked project is already in
/// the ledger exactly as the import would leave it, no ticked goal is new, and no unit would
/// be created or given a new alias.
pub fn changes_nothing(ledger: &Ledger, plan: &ImportPlan) -> bool {
    let source = plan.existing_source.unwrap_or(SourceId(0));
    let projects_unchanged = plan.projects.iter().enumerate().all(|(index, planned)| {
        !planned.include
            || planned.existing.is_some_and(|id| {
                ledger.project(id).cloned() == preview_project(ledger, plan, index, source)
            })
    });
    let goals_unchanged = plan.goals.iter().all(|g| !plan.imports_goal(g));
    let skips_unchanged = match plan.existing_source.and_then(|id| ledger.source(id)) {
        Some(source) => source.skipped == plan.skipped(),
        None => true,
    };
    let units_unchanged = plan.units.iter().all(|unit| match unit.existing {
        Some(id) => ledger.unit(id).is_none_or(|current| {
            std::iter::once(&unit.name)
                .chain(&unit.aliases)
                .all(|name| current.answers_to(name))
        }),
        None => true,
    });
    projects_unchanged && goals_unchanged && units_unchanged && skips_unchanged
}

/// The project a planned entry of an import lands in, taken out of `touched` when this import
/// already made or changed it (same unit and key), else the ledger's `existing` one, else a
/// new one of that name; `None` when `existing` is gone.
pub(super) fn landing_project(
    ledger: &mut Ledger,
    touched: &mut Vec<Project>,
    unit: Option<UnitId>,
    keys: &[String],
    name: &str,
    existing: Option<ProjectId>,
) -> Option<Project> {
    let key = project_key(name, keys);
    let pending = touched
        .iter()
        .position(|p| p.unit == unit && project_key(&p.name, keys) == key);
    match (pending, existing) {
        (Some(position), _) => Some(touched.remove(position)),
        (None, Some(id)) => ledger.project(id).cloned(),
        (None, None) => Some(Project::new(
            ProjectId(ledger.allocate_id()),
            name.trim(),
            unit,
        )),
    }
}

/// The one edit that carries out a reviewed plan, or `None` when it would change nothing
/// (e.g. the same article imported again).
pub fn import_edit(ledger: &mut Ledger, plan: &ImportPlan) -> Option<Edit> {
    let mut edits = Vec::new();
    let skipped = plan.skipped();
    let source = match plan.existing_source.and_then(|id| ledger.source(id)) {
        Some(existing) => {
            if existing.skipped != skipped {
                edits.push(Edit::PutSource(Source {
                    skipped,
                    ..existing.clone()
                }));
            }
            existing.id
        }
        None => {
            let id = SourceId(ledger.allocate_id());
            edits.push(Edit::PutSource(Source {
                id,
                title: plan.title.clone(),
                file_name: plan.file_name.clone(),
                published: plan.published,
                imported: plan.imported,
                fingerprint: plan.fingerprint.clone(),
                skipped,
                stamps: Default::default(),
            }));
            id
        }
    };
    let source_is_new = plan.existing_source != Some(source);
    let mut new_units: HashMap<usize, UnitId> = HashMap::new();
    for (index, unit) in plan.units.iter().enumerate() {
        match unit.existing {
            Some(id) => {
                let Some(current) = ledger.unit(id) else {
                    continue;
                };
                let mut updated = current.clone();
                for alias in std::iter::once(&unit.name).chain(&unit.aliases) {
                    updated.add_alias(alias);
                }
                if &updated != current {
                    edits.push(Edit::PutUnit(updated));
                }
            }
            None if plan.creates_unit(index) => {
                let id = UnitId(ledger.allocate_id());
                let mut created = Unit::new(id, unit.name.trim());
                created.aliases.clone_from(&unit.aliases);
                edits.push(Edit::PutUnit(created));
                new_units.insert(index, id);
            }
            None => {}
        }
    }
    let resolve = |choice: UnitChoice| match choice {
        UnitChoice::None => None,
        UnitChoice::Existing(id) => Some(id),
        UnitChoice::New(index) => new_units.get(&index).copied(),
    };
    let mut touched: Vec<Project> = Vec::new();
    for planned in plan.projects.iter().filter(|p| p.include) {
        let unit = resolve(planned.unit);
        let keys: Vec<String> = match planned.unit {
            UnitChoice::None => Vec::new(),
            UnitChoice::Existing(id) => keys_of(ledger.unit(id)),
            UnitChoice::New(index) => plan.units.get(index).map_or_else(Vec::new, |u| {
                std::iter::once(&u.name)
                    .chain(&u.aliases)
                    .map(|n| normalise_key(n))
                    .collect()
            }),
        };
        let Some(mut project) = landing_project(
            ledger,
            &mut touched,
            unit,
            &keys,
            &planned.name,
            planned.existing,
        ) else {
            continue;
        };
        apply_finding(&mut project, planned, source, plan.done_date);
        touched.push(project);
    }
    for project in touched {
        if ledger.project(project.id) != Some(&project) {
            edits.push(Edit::PutProject(Box::new(project)));
        }
    }
    for goal in plan.goals.iter().filter(|g| plan.imports_goal(g)) {
        edits.push(Edit::PutGoal(Goal {
            id: GoalId(ledger.allocate_id()),
            unit: resolve(goal.unit),
            milestone: goal.milestone,
            count: goal.count,
            min_investment_yuan: goal.min_investment_yuan,
            from: None,
            by: goal.by,
            text: goal.text.clone(),
            source: Some(source),
            stamps: Default::default(),
        }));
    }
    let changes_something = edits.len() > usize::from(source_is_new);
    changes_something.then_some(Edit::Batch(edits))
}
