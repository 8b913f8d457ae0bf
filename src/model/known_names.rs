//! The ledger's units (with their aliases) and projects as the article engine's known names,
//! so that an article naming them finds them.

use town_tracker_article::{KnownNames, KnownProject, KnownUnit};

use super::Ledger;

impl Ledger {
    /// The names an import looks for in an article.
    pub fn known_names(&self) -> KnownNames {
        let units: Vec<KnownUnit> = self
            .units()
            .map(|unit| KnownUnit {
                name: unit.name.clone(),
                aliases: unit.aliases.clone(),
            })
            .collect();
        let projects: Vec<KnownProject> = self
            .projects()
            .map(|project| KnownProject {
                name: project.name.clone(),
                aliases: Vec::new(),
            })
            .collect();
        KnownNames::new(&units, &projects)
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{Edit, Ledger, Project, ProjectId, Unit, UnitId};

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
}
