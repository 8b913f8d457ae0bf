//! The ledger's units (with their aliases) and projects as the article engine's known names,
//! so that an article naming them finds them.

use town_tracker_article::{KnownNames, KnownProject, KnownUnit};

use super::{Ledger, Project, SourceId, UnitId};

impl Ledger {
    /// The names an import looks for in an article.
    pub fn known_names(&self) -> KnownNames {
        self.known_names_except(None)
    }

    /// The names an import looks for in an article imported before as `source`: without the
    /// projects only that article gave, nor units that only such projects belong to, so that
    /// an article's own earlier findings never change how it is read again.
    pub fn known_names_except(&self, source: Option<SourceId>) -> KnownNames {
        let only_from_source = |project: &Project| {
            source.is_some_and(|source| {
                !project.sources.is_empty() && project.sources.iter().all(|s| s.source == source)
            })
        };
        let kept: Vec<&Project> = self.projects().filter(|p| !only_from_source(p)).collect();
        let dropped_units: Vec<UnitId> = self
            .units()
            .filter(|unit| {
                let mut own = self.projects_of(Some(unit.id)).peekable();
                own.peek().is_some() && own.all(only_from_source)
            })
            .map(|unit| unit.id)
            .collect();
        let units: Vec<KnownUnit> = self
            .units()
            .filter(|unit| !dropped_units.contains(&unit.id))
            .map(|unit| KnownUnit {
                name: unit.name.clone(),
                aliases: unit.aliases.clone(),
            })
            .collect();
        let projects: Vec<KnownProject> = kept
            .into_iter()
            .map(|project| KnownProject {
                name: project.name.clone(),
                aliases: project.aliases.clone(),
            })
            .collect();
        KnownNames::new(&units, &projects)
    }
}

#[cfg(test)]
mod tests {
    use crate::model::project::SourceLink;
    use crate::model::{Edit, Ledger, Project, ProjectId, Source, SourceId, Unit, UnitId};

    #[test]
    fn the_ledgers_names_are_found_in_articles() {
        let mut ledger = Ledger::new();
        let unit = UnitId(ledger.allocate_id());
        let project = ProjectId(ledger.allocate_id());
        ledger
            .apply(Edit::PutUnit(Unit::new(unit, "青嶺鄉")))
            .expect("unit");
        ledger
            .apply(Edit::PutProject(Box::new(Project::new(
                project,
                "禾豐冷鏈",
                Some(unit),
            ))))
            .expect("project");
        let known = ledger.known_names();
        assert_eq!(known.units_in("青岭乡召开推进会").len(), 1);
        assert_eq!(known.projects_in("禾丰冷链已开工").len(), 1);
    }

    #[test]
    fn an_article_read_again_does_not_see_its_own_findings() {
        let mut ledger = Ledger::new();
        let unit = UnitId(ledger.allocate_id());
        let source = SourceId(ledger.allocate_id());
        let mut project = Project::new(ProjectId(ledger.allocate_id()), "禾豐冷鏈", Some(unit));
        project.sources.push(SourceLink {
            source,
            sentence: String::new(),
        });
        ledger
            .apply(Edit::PutUnit(Unit::new(unit, "青嶺鄉")))
            .expect("unit");
        ledger
            .apply(Edit::PutSource(Source {
                id: source,
                title: "甲".into(),
                file_name: String::new(),
                published: None,
                imported: chrono::NaiveDate::from_ymd_opt(2025, 4, 1).expect("date"),
                fingerprint: "f".into(),
                skipped: Vec::new(),
                stamps: Default::default(),
            }))
            .expect("source");
        ledger
            .apply(Edit::PutProject(Box::new(project)))
            .expect("project");
        let known = ledger.known_names_except(Some(source));
        assert!(known.projects_in("禾丰冷链已开工").is_empty());
        assert!(known.units_in("青岭乡召开推进会").is_empty());
        assert_eq!(ledger.known_names().projects_in("禾丰冷链已开工").len(), 1);
    }
}
