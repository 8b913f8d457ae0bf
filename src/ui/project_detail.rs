//! The detail panel: everything about one project, editable — name, unit, owner, investment,
//! the attributes of the offices' sheets, each milestone's done and target dates, the year's
//! plan and months, the problems and approvals, responsible person, progress log, notes, sources.
//! Each edit is returned as one change (one undo step).

use eframe::egui::{self, Ui};

use super::unit_picker::UnitPicker;
use super::widgets::{
    choice_combo, committed_multiline, committed_text, date_field, light_color, parse_date,
};
use super::{AppView, Confirm, ViewState};
use super::{detail_attributes, detail_follow_up};
use crate::i18n::Lang;
use crate::intent::Action;
use crate::intent::Change;
use crate::model::money::{AmountKind, Investment, Qualifier, parse_yi_yuan, yi_yuan_decimal};
use crate::model::project::ProgressEntry;
use crate::model::schedule::Light;
use crate::model::{MILESTONES, Project, Pursuit, Status};

pub(super) fn update(project: &Project, what: &str, edit: impl FnOnce(&mut Project)) -> Action {
    let mut updated = project.clone();
    edit(&mut updated);
    Action::Change(Change::UpdateProject {
        project: Box::new(updated),
        what: what.to_string(),
    })
}

pub fn show(
    ui: &mut Ui,
    app: &AppView<'_>,
    project: &Project,
    view: &mut ViewState,
    actions: &mut Vec<Action>,
) {
    let lang = app.lang();
    ui.horizontal(|ui| {
        ui.heading(&project.name);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button("×")
                .on_hover_text(lang.pick("关闭", "Close"))
                .clicked()
            {
                view.selected_project = None;
            }
        });
    });
    if !project.aliases.is_empty() {
        ui.weak(format!(
            "{}{}",
            lang.pick("曾用名:", "Formerly: "),
            project.aliases.join(lang.pick("、", ", "))
        ));
    }
    if let Some(office) = app.office_of(project.id) {
        ui.horizontal_wrapped(|ui| {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                match lang {
                    Lang::Zh => format!("属于{office}的台账,只读。"),
                    Lang::En => format!("In {office}'s ledger: read-only."),
                },
            );
            let take_over = ui
                .add_enabled(
                    app.writable,
                    egui::Button::new(lang.pick("接管", "Take over")),
                )
                .on_hover_text(lang.pick(
                    "把这个项目复制到本单位的台账,以后在这里修改",
                    "Copy this project into this office's ledger, to change it here",
                ));
            if take_over.clicked() {
                actions.push(Action::TakeOver(project.id));
            }
        });
    }
    ui.separator();
    // Both ways: content wider than the fixed panel scrolls rather than widening it.
    egui::ScrollArea::both().show(ui, |ui| {
        ui.add_enabled_ui(app.can_edit(project.id), |ui| {
            identity(ui, app, project, lang, actions);
            ui.separator();
            milestones(ui, app, project, lang, actions);
            ui.separator();

            people_and_notes(ui, project, lang, actions);
            ui.separator();
            progress_log(ui, app, project, view, actions);
            ui.separator();
            detail_follow_up::year_plan(ui, app, project, actions);
            ui.separator();
            detail_follow_up::problems(ui, app, project, &mut view.problem_draft, actions);
            ui.separator();
            detail_follow_up::approvals(ui, app, project, actions);
            if ui
                .small_button(lang.pick("编辑手续清单…", "Edit the list…"))
                .clicked()
            {
                view.approval_list = Some(app.ledger.approval_names.join("\n"));
            }
            ui.separator();
            detail_attributes::show(ui, project, lang, actions);
            ui.separator();
            sources(ui, app, project, lang);
            ui.separator();
            if ui
                .button(lang.pick("删除项目…", "Delete project…"))
                .clicked()
            {
                view.confirm = Some(Confirm::DeleteProject(project.id));
            }
        });
    });
}

fn identity(
    ui: &mut Ui,
    app: &AppView<'_>,
    project: &Project,
    lang: Lang,
    actions: &mut Vec<Action>,
) {
    egui::Grid::new("project-identity")
        .num_columns(2)
        .spacing([8.0, 6.0])
        .show(ui, |ui| {
            ui.label(lang.pick("名称", "Name"));
            if let Some(name) = committed_text(
                ui,
                ("name", project.id),
                &project.name,
                240.0,
                lang.pick("名称", "Name"),
            ) && !name.trim().is_empty()
            {
                actions.push(update(project, lang.pick("名称", "name"), |p| {
                    p.name = name.trim().to_string();
                }));
            }
            ui.end_row();

            ui.label(lang.pick("区镇", "Unit"));
            let mut choice = project.unit;
            let picked = UnitPicker {
                ledger: app.ledger,
                name: lang.pick("区镇", "Unit"),
                none: Some(lang.pick("未分配", "No unit")),
                except: None,
                lang,
            }
            .show(ui, ("unit", project.id), &mut choice);
            if picked && choice != project.unit {
                actions.push(update(project, lang.pick("区镇", "unit"), |p| {
                    p.unit = choice
                }));
            }
            ui.end_row();

            ui.label(lang.pick("建设单位", "Owner"));
            let owner = project.owner.as_deref().unwrap_or("");
            if let Some(owner) = committed_text(
                ui,
                ("owner", project.id),
                owner,
                240.0,
                lang.pick("建设单位", "Owner"),
            ) {
                actions.push(update(project, lang.pick("建设单位", "owner"), |p| {
                    p.owner = Some(owner.trim().to_string()).filter(|o| !o.is_empty());
                }));
            }
            ui.end_row();

            ui.label(lang.pick("投资(亿元)", "Investment (¥100 m)"));
            ui.horizontal(|ui| investment(ui, project, lang, actions));
            ui.end_row();

            ui.label(lang.pick("状态", "Status"));
            ui.horizontal(|ui| {
                let status = project.status();
                if matches!(status, Status::Planned | Status::Negotiating) {
                    // Before signing, one choice between two states; after, the milestones
                    // say where it stands.
                    let before = if status == Status::Negotiating {
                        Pursuit::Negotiating
                    } else {
                        Pursuit::Planned
                    };
                    let mut pursuit = before;
                    for (choice, shown) in [
                        (Pursuit::Planned, Status::Planned),
                        (Pursuit::Negotiating, Status::Negotiating),
                    ] {
                        ui.radio_value(&mut pursuit, choice, lang.status(shown));
                    }
                    if pursuit != before {
                        actions.push(update(project, lang.pick("状态", "status"), |p| {
                            p.pursuit = Some(pursuit);
                        }));
                    }
                } else {
                    ui.label(lang.status(status));
                }
            });
            ui.end_row();
        });
}

fn investment(ui: &mut Ui, project: &Project, lang: Lang, actions: &mut Vec<Action>) {
    let shown = project
        .investment
        .map(|i| yi_yuan_decimal(i.yuan))
        .unwrap_or_default();
    if let Some(typed) = committed_text(
        ui,
        ("amount", project.id),
        &shown,
        80.0,
        lang.pick("投资(亿元)", "Investment (¥100 m)"),
    ) {
        if typed.trim().is_empty() {
            actions.push(update(project, lang.pick("投资", "investment"), |p| {
                p.investment = None;
            }));
        } else if let Some(yuan) = parse_yi_yuan(&typed) {
            actions.push(update(project, lang.pick("投资", "investment"), |p| {
                let previous = p.investment;
                p.investment = Some(Investment {
                    yuan,
                    qualifier: previous.map(|i| i.qualifier).unwrap_or_default(),
                    kind: previous.map(|i| i.kind).unwrap_or_default(),
                });
            }));
        }
    }
    let Some(current) = project.investment else {
        return;
    };
    let mut qualifier = current.qualifier;
    let qualifiers = [
        Qualifier::Exact,
        Qualifier::About,
        Qualifier::AtLeast,
        Qualifier::AtMost,
    ]
    .map(|q| (q, lang.qualifier(q)));
    choice_combo(
        ui,
        ("qualifier", project.id),
        &mut qualifier,
        &qualifiers,
        lang.pick("投资口径", "Amount qualifier"),
    );
    let mut kind = current.kind;
    let kinds = [
        AmountKind::Total,
        AmountKind::Planned,
        AmountKind::Annual,
        AmountKind::Completed,
    ]
    .map(|k| (k, lang.amount_kind(k)));
    choice_combo(
        ui,
        ("kind", project.id),
        &mut kind,
        &kinds,
        lang.pick("投资类别", "Amount kind"),
    );
    if qualifier != current.qualifier || kind != current.kind {
        actions.push(update(project, lang.pick("投资", "investment"), |p| {
            p.investment = Some(Investment {
                qualifier,
                kind,
                ..current
            });
        }));
    }
}

fn milestones(
    ui: &mut Ui,
    app: &AppView<'_>,
    project: &Project,
    lang: Lang,
    actions: &mut Vec<Action>,
) {
    ui.strong(lang.pick("节点", "Milestones"));
    egui::Grid::new("project-milestones")
        .num_columns(3)
        .spacing([8.0, 6.0])
        .show(ui, |ui| {
            ui.label("");
            ui.label(lang.pick("完成日期", "Done on"));
            ui.label(lang.pick("目标日期", "Due by"));
            ui.end_row();
            for milestone in MILESTONES {
                let state = project
                    .milestones
                    .get(milestone)
                    .copied()
                    .unwrap_or_default();
                let name = lang.milestone(milestone);
                ui.label(name);
                ui.horizontal(|ui| {
                    let done_label = format!("{name} {}", lang.pick("完成日期", "done on"));
                    if let Some(done) = date_field(
                        ui,
                        &format!("done-{milestone:?}-{}", project.id.0),
                        state.done,
                        app.today,
                        &done_label,
                        lang,
                    ) {
                        actions.push(Action::Change(Change::SetMilestoneDone {
                            project: project.id,
                            milestone,
                            done,
                        }));
                    }
                    if state.done_undated {
                        ui.label(lang.pick("日期不详", "date unknown"));
                    }
                    if state.is_done() && state.done_inferred {
                        ui.weak(lang.pick("(推断)", "(inferred)"));
                    }
                });
                let target_label = format!("{name} {}", lang.pick("目标日期", "due by"));
                ui.horizontal(|ui| {
                    if let Some(target) = date_field(
                        ui,
                        &format!("target-{milestone:?}-{}", project.id.0),
                        state.target,
                        app.today,
                        &target_label,
                        lang,
                    ) {
                        actions.push(update(project, &target_label, |p| {
                            if let Some(state) = p.milestones.get_mut(milestone) {
                                state.target = target;
                            }
                        }));
                    }
                    if let (Some(target), false) = (state.target, state.is_done()) {
                        days_left(ui, (target - app.today).num_days(), app, lang);
                    }
                });
                ui.end_row();
            }
            for (index, other) in project.other_targets.iter().enumerate() {
                ui.label(&other.text);
                let mut done = other.done.is_some();
                if ui
                    .checkbox(&mut done, lang.pick("已完成", "done"))
                    .changed()
                {
                    actions.push(update(project, &other.text, |p| {
                        p.other_targets[index].done = done.then_some(app.today);
                    }));
                }
                ui.horizontal(|ui| {
                    ui.label(
                        other
                            .by
                            .map(|d| d.format("%Y-%m-%d").to_string())
                            .unwrap_or_else(|| "—".into()),
                    );
                    if let (Some(by), None) = (other.by, other.done) {
                        days_left(ui, (by - app.today).num_days(), app, lang);
                    }
                });
                ui.end_row();
            }
        });
}

/// "剩5天" or, coloured by how late, "逾期15天".
fn days_left(ui: &mut Ui, days: i64, app: &AppView<'_>, lang: Lang) {
    let text = lang.days_left(days);
    let late = -days;
    if late > app.thresholds.yellow_max_days {
        ui.colored_label(light_color(Light::Red), text);
    } else if late > 0 {
        ui.colored_label(light_color(Light::Yellow), text);
    } else {
        ui.weak(text);
    }
}

fn people_and_notes(ui: &mut Ui, project: &Project, lang: Lang, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        ui.label(lang.pick("责任人", "Responsible"));
        if let Some(person) = committed_text(
            ui,
            ("responsible", project.id),
            &project.responsible,
            200.0,
            lang.pick("责任人", "Responsible"),
        ) {
            actions.push(update(
                project,
                lang.pick("责任人", "responsible"),
                |p| {
                    p.responsible = person.trim().to_string();
                },
            ));
        }
    });
    ui.label(lang.pick("备注", "Notes"));
    if let Some(notes) = committed_multiline(
        ui,
        ("notes", project.id),
        &project.notes,
        lang.pick("备注", "Notes"),
    ) {
        actions.push(update(project, lang.pick("备注", "notes"), |p| {
            p.notes = notes
        }));
    }
}

fn progress_log(
    ui: &mut Ui,
    app: &AppView<'_>,
    project: &Project,
    view: &mut ViewState,
    actions: &mut Vec<Action>,
) {
    let lang = app.lang();
    ui.strong(lang.pick("推进情况", "Progress"));
    let date = view.progress_date.unwrap_or(app.today);
    let date_text = date.format("%Y-%m-%d").to_string();
    ui.horizontal(|ui| {
        if let Some(typed) = committed_text(
            ui,
            ("progress-date", project.id),
            &date_text,
            84.0,
            lang.pick("推进日期", "Progress date"),
        ) && let Some(parsed) = parse_date(&typed)
        {
            view.progress_date = Some(parsed);
        }
        ui.add(
            egui::TextEdit::singleline(&mut view.progress_draft)
                .desired_width(ui.available_width() - 80.0)
                .hint_text(lang.pick("发生了什么", "What happened")),
        )
        .accessible_name(lang.pick("推进情况内容", "Progress text"));
        let add = ui.add_enabled(
            !view.progress_draft.trim().is_empty(),
            egui::Button::new(lang.pick("记一条", "Add")),
        );
        if add.clicked() {
            actions.push(Action::Change(Change::AddProgress {
                project: project.id,
                date,
                text: std::mem::take(&mut view.progress_draft),
            }));
        }
    });
    for (index, entry) in project.progress.iter().enumerate() {
        ui.horizontal(|ui| progress_entry(ui, project, index, entry, lang, actions));
    }
}

/// One entry of the log: its date and text are edited in place, the × deletes it.
fn progress_entry(
    ui: &mut Ui,
    project: &Project,
    index: usize,
    entry: &ProgressEntry,
    lang: Lang,
    actions: &mut Vec<Action>,
) {
    let number = index + 1;
    let what = lang.pick("推进情况", "progress entry");
    let date_text = entry.date.format("%Y-%m-%d").to_string();
    if let Some(typed) = committed_text(
        ui,
        ("progress-entry-date", project.id, index),
        &date_text,
        84.0,
        &format!("{} {number} {}", what, lang.pick("日期", "date")),
    ) && let Some(date) = parse_date(&typed)
    {
        actions.push(update(project, what, |p| {
            p.progress[index].date = date;
            p.progress.sort_by_key(|e| std::cmp::Reverse(e.date));
        }));
    }
    // Room is left for the ×, clear of the scroll bar that floats over the panel's edge.
    if let Some(text) = committed_text(
        ui,
        ("progress-entry-text", project.id, index),
        &entry.text,
        ui.available_width() - 44.0,
        &format!("{what} {number}"),
    ) && !text.trim().is_empty()
    {
        actions.push(update(project, what, |p| {
            p.progress[index].text = text.trim().to_string();
        }));
    }
    let delete = ui
        .small_button("×")
        .on_hover_text(lang.pick("删除这一条", "Delete this entry"))
        .accessible_name(format!("{} {what} {number}", lang.pick("删除", "Delete")));
    if delete.clicked() {
        actions.push(update(project, what, |p| {
            p.progress.remove(index);
        }));
    }
}

fn sources(ui: &mut Ui, app: &AppView<'_>, project: &Project, lang: Lang) {
    ui.strong(lang.pick("来源", "Sources"));
    if project.sources.is_empty() {
        ui.weak(lang.pick("手动录入", "Entered by hand"));
    }
    for link in &project.sources {
        let Some(source) = app.ledger.source(link.source) else {
            continue;
        };
        let date = source
            .published
            .map(|d| d.format(" %Y-%m-%d").to_string())
            .unwrap_or_default();
        ui.label(format!("《{}》{date}", source.title));
        ui.weak(format!("“{}”", link.sentence));
    }
}
