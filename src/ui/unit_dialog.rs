//! The window for one unit: its name (a name another unit has offers the merge instead of a
//! twin), its kind, its aliases, merging it into another unit, and deleting it while keeping
//! its projects — saying first how many projects and goals are affected.

use eframe::egui::{self, Ui};

use super::AppView;
use super::unit_picker::UnitPicker;
use crate::i18n::Lang;
use crate::intent::{Action, Change};
use crate::model::{Unit, UnitId, UnitKind};

/// The unit window's state while it is open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitDialog {
    pub unit: UnitId,
    /// The name being typed.
    pub name: String,
    /// The alias being typed.
    pub new_alias: String,
    /// The unit to merge into; set by the picker, or by a rename to a name that unit has.
    pub merge_into: Option<UnitId>,
    /// The last rename asked for a name another unit has.
    pub name_taken: bool,
    /// Where the projects go when the unit is deleted (`None`: unassigned).
    pub projects_to: Option<UnitId>,
}

impl UnitDialog {
    pub fn new(unit: &Unit) -> Self {
        UnitDialog {
            unit: unit.id,
            name: unit.name.clone(),
            new_alias: String::new(),
            merge_into: None,
            name_taken: false,
            projects_to: None,
        }
    }

    /// The dialog for a rename to `name`, which `other` already has: the merge is offered.
    pub fn offering_merge(unit: &Unit, name: &str, other: UnitId) -> Self {
        UnitDialog {
            name: name.to_string(),
            merge_into: Some(other),
            name_taken: true,
            ..UnitDialog::new(unit)
        }
    }
}

/// Shows the window; `false` when it was closed or its unit is gone.
pub fn show(
    ctx: &egui::Context,
    app: &AppView<'_>,
    dialog: &mut UnitDialog,
    actions: &mut Vec<Action>,
) -> bool {
    let lang = app.lang();
    let Some(unit) = app.ledger.unit(dialog.unit) else {
        return false;
    };
    let mut open = true;
    let mut done = false;
    egui::Window::new(format!("{} {}", lang.pick("区镇", "Unit"), unit.name))
        .id(egui::Id::unique("unit-dialog"))
        .open(&mut open)
        .collapsible(false)
        .default_width(420.0)
        .show(ctx, |ui| {
            ui.add_enabled_ui(app.writable, |ui| {
                name_row(ui, app, unit, dialog, actions);
                ui.separator();
                kind_row(ui, unit, lang, actions);
                ui.separator();
                aliases_rows(ui, unit, dialog, lang, actions);
                ui.separator();
                done |= merge_row(ui, app, unit, dialog, actions);
                ui.separator();
                done |= delete_row(ui, app, unit, dialog, actions);
            });
        });
    open && !done
}

fn name_row(
    ui: &mut Ui,
    app: &AppView<'_>,
    unit: &Unit,
    dialog: &mut UnitDialog,
    actions: &mut Vec<Action>,
) {
    let lang = app.lang();
    ui.horizontal(|ui| {
        ui.label(lang.pick("名称", "Name"));
        let field = ui
            .text_edit_singleline(&mut dialog.name)
            .accessible_name(lang.pick("区镇名称", "Unit name"));
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let typed = dialog.name.trim().to_string();
        let clicked = ui
            .add_enabled(
                !typed.is_empty() && typed != unit.name,
                egui::Button::new(lang.pick("改名", "Rename")),
            )
            .clicked();
        if (entered || clicked) && !typed.is_empty() && typed != unit.name {
            match app.ledger.unit_named(&typed, Some(unit.id)) {
                Some(other) => {
                    dialog.merge_into = Some(other);
                    dialog.name_taken = true;
                }
                None => {
                    dialog.name_taken = false;
                    actions.push(Action::Change(Change::RenameUnit {
                        unit: unit.id,
                        name: typed,
                    }));
                }
            }
        }
    });
    if dialog.name_taken
        && let Some(other) = dialog.merge_into.and_then(|id| app.ledger.unit(id))
    {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            match lang {
                Lang::Zh => format!(
                    "已有区镇“{}”叫这个名字。改名会出现两个同名区镇;可以把“{}”合并进去:",
                    other.name, unit.name
                ),
                Lang::En => format!(
                    "“{}” already goes by that name. Renaming would make a twin; merge “{}” into it instead:",
                    other.name, unit.name
                ),
            },
        );
    }
}

fn kind_row(ui: &mut Ui, unit: &Unit, lang: Lang, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        ui.label(lang.pick("类型", "Kind"));
        let guessed = match UnitKind::from_name(&unit.name) {
            Some(kind) => match lang {
                Lang::Zh => format!("按名称({})", lang.unit_kind(kind)),
                Lang::En => format!("from the name ({})", lang.unit_kind(kind)),
            },
            None => lang.pick("未指定", "not set").to_string(),
        };
        let mut kind = unit.kind;
        let mut choices: Vec<(Option<UnitKind>, &str)> = vec![(None, guessed.as_str())];
        choices.extend(UnitKind::ALL.map(|k| (Some(k), lang.unit_kind(k))));
        super::widgets::choice_combo(
            ui,
            ("unit-kind", unit.id),
            &mut kind,
            &choices,
            lang.pick("区镇类型", "Unit kind"),
        );
        if kind != unit.kind {
            let mut updated = unit.clone();
            updated.kind = kind;
            actions.push(Action::Change(Change::UpdateUnit {
                unit: updated,
                what: lang.pick("类型", "kind").to_string(),
            }));
        }
    });
}

fn aliases_rows(
    ui: &mut Ui,
    unit: &Unit,
    dialog: &mut UnitDialog,
    lang: Lang,
    actions: &mut Vec<Action>,
) {
    ui.label(lang.pick(
        "别名(文章里的其他叫法)",
        "Aliases (other names articles use)",
    ));
    if unit.aliases.is_empty() {
        ui.weak(lang.pick("(无)", "(none)"));
    }
    for (index, alias) in unit.aliases.iter().enumerate() {
        ui.horizontal(|ui| {
            ui.label(alias);
            let remove = ui
                .small_button("×")
                .accessible_name(format!("{} {alias}", lang.pick("删除别名", "Remove alias")));
            if remove.clicked() {
                let mut updated = unit.clone();
                updated.aliases.remove(index);
                actions.push(Action::Change(Change::UpdateUnit {
                    unit: updated,
                    what: format!("{} {alias}", lang.pick("删除别名", "remove alias")),
                }));
            }
        });
    }
    ui.horizontal(|ui| {
        let field = ui
            .text_edit_singleline(&mut dialog.new_alias)
            .accessible_name(lang.pick("新别名", "New alias"));
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let clicked = ui.button(lang.pick("添加别名", "Add alias")).clicked();
        if entered || clicked {
            let mut updated = unit.clone();
            updated.add_alias(&dialog.new_alias);
            if &updated != unit {
                actions.push(Action::Change(Change::UpdateUnit {
                    unit: updated,
                    what: format!(
                        "{} {}",
                        lang.pick("添加别名", "add alias"),
                        dialog.new_alias.trim()
                    ),
                }));
            }
            dialog.new_alias.clear();
        }
    });
}

/// The merge row; `true` when the merge was asked for (the window then closes).
fn merge_row(
    ui: &mut Ui,
    app: &AppView<'_>,
    unit: &Unit,
    dialog: &mut UnitDialog,
    actions: &mut Vec<Action>,
) -> bool {
    let lang = app.lang();
    let mut merged = false;
    ui.horizontal(|ui| {
        ui.label(lang.pick("合并到", "Merge into"));
        UnitPicker {
            ledger: app.ledger,
            name: lang.pick("合并到区镇", "Merge into unit"),
            none: None,
            except: Some(unit.id),
            lang,
        }
        .show(ui, ("merge-into", unit.id), &mut dialog.merge_into);
        if ui
            .add_enabled(
                dialog.merge_into.is_some(),
                egui::Button::new(lang.pick("合并", "Merge")),
            )
            .clicked()
            && let Some(into) = dialog.merge_into
        {
            actions.push(Action::Change(Change::MergeUnits {
                from: unit.id,
                into,
            }));
            merged = true;
        }
    });
    ui.weak(lang.pick(
        "项目、目标和别名都移过去,本区镇的名称成为别名。可以撤销。",
        "Projects, goals and aliases move; this unit's name becomes an alias. You can undo this.",
    ));
    merged
}

/// The delete row; `true` when the deletion was asked for (the window then closes).
fn delete_row(
    ui: &mut Ui,
    app: &AppView<'_>,
    unit: &Unit,
    dialog: &mut UnitDialog,
    actions: &mut Vec<Action>,
) -> bool {
    let lang = app.lang();
    let (projects, goals) = app.ledger.unit_load(unit.id);
    let mut deleted = false;
    ui.horizontal(|ui| {
        ui.label(lang.pick("删除后项目移到", "On delete, projects go to"));
        UnitPicker {
            ledger: app.ledger,
            name: lang.pick("项目移到", "Projects go to"),
            none: Some(lang.pick("未分配", "No unit")),
            except: Some(unit.id),
            lang,
        }
        .show(ui, ("projects-to", unit.id), &mut dialog.projects_to);
    });
    let target = dialog.projects_to.and_then(|id| app.ledger.unit(id));
    let effect = match (lang, target) {
        (Lang::Zh, Some(to)) => format!(
            "删除“{}”:{projects} 个项目和 {goals} 个目标移到“{}”。",
            unit.name, to.name
        ),
        (Lang::Zh, None) => format!(
            "删除“{}”:{projects} 个项目保留为未分配,{goals} 个目标随之删除。",
            unit.name
        ),
        (Lang::En, Some(to)) => format!(
            "Deleting “{}”: {projects} projects and {goals} goals move to “{}”.",
            unit.name, to.name
        ),
        (Lang::En, None) => format!(
            "Deleting “{}”: {projects} projects are kept without a unit; {goals} goals go with it.",
            unit.name
        ),
    };
    ui.label(effect);
    if ui.button(lang.pick("删除区镇", "Delete unit")).clicked() {
        actions.push(Action::Change(Change::DeleteUnit {
            unit: unit.id,
            projects_to: dialog.projects_to,
        }));
        deleted = true;
    }
    deleted
}
