//! The attributes the offices' sheets carry, in the detail panel: 建设地点,
//! 建设性质, 级别, 行业 and 建设内容及规模.

use eframe::egui::{self, Ui};

use super::project_detail::update;
use super::widgets::{choice_combo, committed_text};
use crate::i18n::Lang;
use crate::intent::Action;
use crate::model::{Category, Level, Project};

/// Which text field of a project a row edits.
type TextField = fn(&mut Project) -> &mut String;

/// The attributes under their heading.
pub fn show(ui: &mut Ui, project: &Project, lang: Lang, actions: &mut Vec<Action>) {
    ui.strong(lang.pick("项目信息", "Attributes"));
    egui::Grid::new(("project-attributes", project.id))
        .num_columns(2)
        .spacing([8.0, 6.0])
        .show(ui, |ui| rows(ui, project, lang, actions));
}

/// The rows, each ending its grid row.
fn rows(ui: &mut Ui, project: &Project, lang: Lang, actions: &mut Vec<Action>) {
    let texts: [(&str, &str, TextField); 2] = [
        (
            lang.pick("建设地点", "Location"),
            &project.location,
            |p| &mut p.location,
        ),
        (lang.pick("行业", "Industry"), &project.industry, |p| {
            &mut p.industry
        }),
    ];
    for (label, current, field) in texts {
        ui.label(label);
        if let Some(text) = committed_text(ui, (label, project.id), current, 240.0, label) {
            actions.push(update(project, label, |p| {
                *field(p) = text.trim().to_string()
            }));
        }
        ui.end_row();
    }

    let none = lang.pick("未填", "Not set");
    let category_label = lang.pick("建设性质", "Category");
    ui.label(category_label);
    let mut category = project.category;
    let mut categories = vec![(None, none)];
    categories.extend(Category::ALL.map(|c| (Some(c), lang.category(c))));
    choice_combo(
        ui,
        ("category", project.id),
        &mut category,
        &categories,
        category_label,
    );
    if category != project.category {
        actions.push(update(project, category_label, |p| p.category = category));
    }
    ui.end_row();

    let level_label = lang.pick("级别", "Level");
    ui.label(level_label);
    let mut level = project.level;
    let mut levels = vec![(None, none)];
    levels.extend(Level::ALL.map(|l| (Some(l), lang.level(l))));
    choice_combo(ui, ("level", project.id), &mut level, &levels, level_label);
    if level != project.level {
        actions.push(update(project, level_label, |p| p.level = level));
    }
    ui.end_row();

    let scope_label = lang.pick("建设内容及规模", "Scope");
    ui.label(scope_label);
    if let Some(scope) = committed_text(
        ui,
        ("scope", project.id),
        &project.scope,
        240.0,
        scope_label,
    ) {
        actions.push(update(project, scope_label, |p| {
            p.scope = scope.trim().to_string()
        }));
    }
    ui.end_row();
}
