//! The review of an import: what was found, grouped by unit, each project with its amount,
//! status and targets, editable in place and ticked by default (what the engine is unsure of
//! is offered unticked and marked), with the sentence it came from and the matched words
//! highlighted; updates to projects already in the ledger are
//! spelled out. Nothing changes until the user accepts; cancel leaves the ledger as it was.

use eframe::egui::{self, Color32, Ui, text::LayoutJob};

use super::AppView;
use super::unit_picker::{self, UnitPicker};
use super::widgets::date_field;
use crate::article::{Extraction, Span, YearSource};
use crate::i18n::Lang;
use crate::intent::Action;
use crate::intent::Review;
use crate::model::merge::{ImportPlan, ProjectPlan, UnitChoice, changes_nothing, preview_project};
use crate::model::money::parse_yi_yuan;
use crate::model::{Investment, MILESTONES, Project, STAGES, SourceId};

fn year_source(lang: Lang, source: YearSource) -> &'static str {
    match source {
        YearSource::Forced => lang.pick("手动指定", "set by you"),
        YearSource::Text => lang.pick("来自正文", "from the text"),
        YearSource::Dateline => lang.pick("来自文章日期", "from the article's date"),
        YearSource::Option => lang.pick("来自命令行", "from the command line"),
        YearSource::ImportDate => lang.pick("按导入日期推定", "assumed from today"),
        YearSource::None => lang.pick("未知", "unknown"),
    }
}

/// The display name of a planned project's or goal's unit.
fn unit_label(app: &AppView<'_>, plan: &ImportPlan, choice: UnitChoice, lang: Lang) -> String {
    match choice {
        UnitChoice::None => lang.pick("未分配", "No unit").to_string(),
        UnitChoice::Existing(id) => app
            .ledger
            .unit(id)
            .map(|u| u.name.clone())
            .unwrap_or_default(),
        UnitChoice::New(index) => plan
            .units
            .get(index)
            .map(|u| u.name.clone())
            .unwrap_or_default(),
    }
}

/// The sentence a finding came from, at the size of the text around it, with the matched
/// words of every finding from that sentence on a highlight.
fn evidence(ui: &Ui, extraction: &Extraction, finding: usize) -> Option<LayoutJob> {
    let found = extraction.projects.get(finding)?;
    let sentence = &found.sentence;
    let base = found.sentence_span.start;
    let same_sentence = extraction
        .projects
        .iter()
        .filter(|other| other.sentence_span == found.sentence_span);
    let mut marks: Vec<(usize, usize)> = same_sentence
        .flat_map(|other| {
            std::iter::once(other.span)
                .chain(other.investment.as_ref().map(|i| i.span))
                .chain(other.targets.iter().map(|t| t.span))
        })
        .filter(|span: &Span| span.start >= base && span.end > span.start)
        .map(|span| (span.start - base, span.end - base))
        .filter(|&(start, end)| {
            end <= sentence.len()
                && sentence.is_char_boundary(start)
                && sentence.is_char_boundary(end)
        })
        .collect();
    marks.sort_unstable();
    let font = egui::TextStyle::Body.resolve(ui.style());
    let plain = egui::TextFormat::simple(font.clone(), ui.visuals().text_color());
    let marked = egui::TextFormat {
        background: Color32::from_rgba_unmultiplied(0xe3, 0xa0, 0x08, 0x60),
        color: ui.visuals().strong_text_color(),
        ..egui::TextFormat::simple(font, Color32::PLACEHOLDER)
    };
    let mut job = LayoutJob::default();
    let mut at = 0;
    for (start, end) in marks {
        if start < at {
            continue;
        }
        job.append(&sentence[at..start], 0.0, plain.clone());
        job.append(&sentence[start..end], 0.0, marked.clone());
        at = end;
    }
    job.append(&sentence[at..], 0.0, plain);
    job.wrap.max_width = ui.available_width();
    Some(job)
}

/// What an update would change on a project already in the ledger.
fn changes(before: &Project, after: &Project, lang: Lang) -> Vec<String> {
    let mut lines = Vec::new();
    if before.responsible != after.responsible {
        lines.push(format!(
            "{} {}",
            lang.pick("责任人", "responsible"),
            after.responsible
        ));
    }
    if before.investment != after.investment
        && let Some(investment) = &after.investment
    {
        let old = before
            .investment
            .as_ref()
            .map(|i| lang.investment(i))
            .unwrap_or_else(|| "—".into());
        lines.push(format!(
            "{} {old} → {}",
            lang.pick("投资", "investment"),
            lang.investment(investment)
        ));
    }
    for milestone in MILESTONES {
        let (Some(old), Some(new)) = (
            before.milestones.get(milestone),
            after.milestones.get(milestone),
        ) else {
            continue;
        };
        if !old.is_done()
            && let Some(done) = lang.done_day(new)
        {
            lines.push(format!(
                "{} {} {done}{}",
                lang.milestone(milestone),
                lang.pick("已完成", "reached"),
                if new.done_inferred {
                    lang.pick("(推断)", " (inferred)")
                } else {
                    ""
                }
            ));
        }
        if old.target != new.target
            && let Some(target) = new.target
        {
            lines.push(format!(
                "{}{} → {target}",
                lang.milestone(milestone),
                lang.pick("目标", " due")
            ));
        }
    }
    if before.status() != after.status() {
        lines.push(format!(
            "{} {} → {}",
            lang.pick("状态", "status"),
            lang.status(before.status()),
            lang.status(after.status())
        ));
    }
    for target in after.other_targets.iter().skip(before.other_targets.len()) {
        lines.push(format!(
            "{} {}",
            lang.pick("新目标", "new target"),
            target.text
        ));
    }
    lines
}

/// A width for a text field that shows `text` whole (a CJK character is about a line high).
fn text_width(ui: &Ui, text: &str) -> f32 {
    let size = ui.text_style_height(&egui::TextStyle::Body);
    ((text.chars().count() as f32 + 1.5) * size).clamp(90.0, 420.0)
}

/// Draws the review; returns what the user decided, if anything.
pub fn show(
    ctx: &egui::Context,
    app: &AppView<'_>,
    review: &mut Review,
    lang: Lang,
) -> Option<Action> {
    let mut decision = None;
    let modal = egui::Modal::new(egui::Id::unique("import-review")).show(ctx, |ui| {
        let screen = ctx.content_rect();
        ui.set_width((screen.width() - 80.0).clamp(480.0, 1000.0));
        header(ui, app, review, lang, &mut decision);
        ui.separator();
        let list_height = (screen.height() - 300.0).max(200.0);
        egui::ScrollArea::vertical()
            .id_salt((
                "review-findings",
                app.review_queue,
                &review.plan.fingerprint,
            ))
            .auto_shrink(false)
            .min_scrolled_height(list_height)
            .max_height(list_height)
            .show(ui, |ui| {
                ui.set_min_width(ui.available_width());
                findings(ui, app, review, lang);
            });
        ui.separator();
        ui.horizontal(|ui| {
            if ui.button(lang.pick("取消", "Cancel")).clicked() {
                decision = Some(Action::CancelImport);
            }
            let count = review.plan.ticked_count();
            let accept = match lang {
                _ if changes_nothing(app.ledger, &review.plan) => lang
                    .pick("没有变化,关闭", "Nothing changes; close")
                    .to_string(),
                Lang::Zh => format!("导入 {count} 项"),
                Lang::En => format!("Import {count} items"),
            };
            if ui.add(egui::Button::new(accept)).clicked() {
                decision = Some(Action::AcceptImport);
            }
        });
    });
    if decision.is_none() && modal.should_close() {
        decision = Some(Action::CancelImport);
    }
    decision
}

fn header(
    ui: &mut Ui,
    app: &AppView<'_>,
    review: &mut Review,
    lang: Lang,
    decision: &mut Option<Action>,
) {
    let extraction = &review.extraction;
    let (position, total) = app.review_queue;
    let queue = if total > 1 {
        format!("{position} / {total} · ")
    } else {
        String::new()
    };
    ui.heading(format!(
        "{queue}{} {}",
        lang.pick("导入:", "Import:"),
        review.plan.title
    ));
    ui.horizontal_wrapped(|ui| {
        ui.label(format!(
            "{} {}",
            lang.pick("编码", "Encoding"),
            extraction.encoding
        ));
        ui.separator();
        ui.label(lang.pick("年份", "Year"));
        let field = ui
            .add(egui::TextEdit::singleline(&mut review.year_input).desired_width(48.0))
            .accessible_name(lang.pick("年份", "Year"));
        ui.label(year_source(lang, extraction.year_source));
        let typed: Option<i32> = review
            .year_input
            .trim()
            .parse()
            .ok()
            .filter(|y| (1900..=2200).contains(y));
        let changed = typed.is_some() && typed != extraction.year;
        let apply = ui.add_enabled(
            changed,
            egui::Button::new(lang.pick("按此年份重新识别", "Re-read with this year")),
        );
        if (apply.clicked()
            || (field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter))))
            && changed
            && let Some(year) = typed
        {
            *decision = Some(Action::ReviewYear(year));
        }
    });
    for warning in &extraction.warnings {
        let place = warning
            .span
            .and_then(|span| place_in(&extraction.text, span.start, lang))
            .unwrap_or_default();
        ui.colored_label(
            ui.visuals().warn_fg_color,
            format!("{} {}{place}", lang.pick("注意:", "Note:"), warning.message),
        );
    }
    if review.plan.existing_source.is_some() {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            lang.pick(
                "这篇文章已经导入过;只有改动的内容会更新。",
                "This article was imported before; only what changed will be updated.",
            ),
        );
    }
    ui.horizontal(|ui| {
        let plan = &mut review.plan;
        if ui.button(lang.pick("全选", "Tick all")).clicked() {
            plan.projects.iter_mut().for_each(|p| p.include = true);
            plan.goals
                .iter_mut()
                .filter(|g| !g.duplicate)
                .for_each(|g| g.include = true);
            plan.units.iter_mut().for_each(|u| u.include = true);
        }
        if ui.button(lang.pick("全不选", "Untick all")).clicked() {
            plan.projects.iter_mut().for_each(|p| p.include = false);
            plan.goals.iter_mut().for_each(|g| g.include = false);
            plan.units.iter_mut().for_each(|u| u.include = false);
        }
    });
}

/// Where a place in the article's text is: "(第 3 行,“…的前几个字”之后)".
fn place_in(text: &str, at: usize, lang: Lang) -> Option<String> {
    let before = text.get(..at)?;
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let lead: String = before[line_start..]
        .chars()
        .rev()
        .take(8)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    Some(match (lang, lead.trim().is_empty()) {
        (Lang::Zh, true) => format!("(第 {line} 行开头)"),
        (Lang::Zh, false) => format!("(第 {line} 行,“{lead}”之后)"),
        (Lang::En, true) => format!(" (start of line {line})"),
        (Lang::En, false) => format!(" (line {line}, after “{lead}”)"),
    })
}

/// Groups in order: the plan's units as found, then projects without a unit.
fn groups(app: &AppView<'_>, plan: &ImportPlan, lang: Lang) -> Vec<(String, UnitChoice)> {
    let mut groups: Vec<(String, UnitChoice)> = Vec::new();
    let mut add = |choice: UnitChoice| {
        if !groups.iter().any(|(_, c)| *c == choice) {
            groups.push((unit_label(app, plan, choice, lang), choice));
        }
    };
    for (index, unit) in plan.units.iter().enumerate() {
        add(match unit.existing {
            Some(id) => UnitChoice::Existing(id),
            None => UnitChoice::New(index),
        });
    }
    for project in &plan.projects {
        add(project.unit);
    }
    for goal in &plan.goals {
        add(goal.unit);
    }
    groups
}

fn findings(ui: &mut Ui, app: &AppView<'_>, review: &mut Review, lang: Lang) {
    if review.plan.projects.is_empty() && review.plan.goals.is_empty() {
        ui.label(lang.pick(
            "没有在这篇文章里找到项目。可以取消,或手动添加。",
            "No projects were found in this article. Cancel, or add them by hand.",
        ));
    }
    let unit_choices = groups(app, &review.plan, lang);
    let mut shown_sentences: Vec<Span> = Vec::new();
    for (name, choice) in &unit_choices {
        let count = review
            .plan
            .projects
            .iter()
            .filter(|p| p.unit == *choice)
            .count();
        let marker = match choice {
            UnitChoice::New(_) => lang.pick("(新)", "(new)"),
            UnitChoice::Existing(_) => lang.pick("(已有)", "(in the ledger)"),
            UnitChoice::None => "",
        };
        ui.add_space(4.0);
        ui.strong(format!("{name} {marker} · {count}"));
        ui.indent(("review-unit", format!("{choice:?}")), |ui| {
            if let UnitChoice::New(index) = choice
                && let Some(unit) = review.plan.units.get_mut(*index)
            {
                let name = unit.name.clone();
                let mut mapped = None;
                let picked = ui
                    .horizontal_wrapped(|ui| {
                        ui.checkbox(
                            &mut unit.include,
                            format!("{} {name}", lang.pick("新建区镇", "Create the unit")),
                        );
                        if unit.unsure {
                            unsure_mark(
                                ui,
                                lang,
                                lang.pick(
                                    "地名表里没有这个区镇,文章也没有说清:请核对后再勾选。",
                                    "The gazetteer does not know this unit and the article \
                                     does not make it clear: check it before ticking it.",
                                ),
                            );
                        }
                        if !unit.include {
                            ui.weak(lang.pick(
                                "(不新建;项目保留为未分配,或归入已有区镇)",
                                "(not created; its projects stay without a unit, or map it)",
                            ));
                        }
                        ui.label(lang.pick("或归入已有区镇", "or map it to"));
                        UnitPicker {
                            ledger: app.ledger,
                            name: &format!("{name} {}", lang.pick("归入已有区镇", "maps to")),
                            none: None,
                            except: None,
                            lang,
                        }
                        .show(ui, ("review-map-unit", *index), &mut mapped)
                    })
                    .inner;
                if picked && let Some(unit) = mapped {
                    review.plan.map_unit(app.ledger, *index, unit);
                }
            }
            for index in 0..review.plan.projects.len() {
                if review.plan.projects[index].unit == *choice {
                    let finding = review.plan.projects[index].finding;
                    if let Some(sentence) = review
                        .extraction
                        .projects
                        .get(finding)
                        .map(|f| f.sentence_span)
                        && !shown_sentences.contains(&sentence)
                    {
                        shown_sentences.push(sentence);
                        if let Some(job) = evidence(ui, &review.extraction, finding) {
                            ui.label(job);
                        }
                    }
                    project_row(ui, app, review, index, &unit_choices, lang);
                }
            }
            for goal in review.plan.goals.iter_mut().filter(|g| g.unit == *choice) {
                ui.horizontal_wrapped(|ui| {
                    ui.add_enabled(
                        !goal.duplicate,
                        egui::Checkbox::new(
                            &mut goal.include,
                            format!("{} {}", lang.pick("目标:", "Goal:"), goal.text),
                        ),
                    );
                    if goal.duplicate {
                        ui.weak(lang.pick("(已有)", "(already there)"));
                    } else if let Some(by) = goal.by {
                        ui.weak(format!("{} {by}", lang.pick("截止", "by")));
                    }
                });
            }
        });
    }
}

/// The mark beside a finding the engine is unsure of, with the reason on hover.
fn unsure_mark(ui: &mut Ui, lang: Lang, reason: &str) {
    ui.colored_label(ui.visuals().warn_fg_color, lang.pick("不确定", "unsure"))
        .on_hover_text(reason);
}

fn project_row(
    ui: &mut Ui,
    app: &AppView<'_>,
    review: &mut Review,
    index: usize,
    unit_choices: &[(String, UnitChoice)],
    lang: Lang,
) {
    let before = review.plan.projects[index]
        .existing
        .and_then(|id| app.ledger.project(id));
    let after = preview_project(app.ledger, &review.plan, index, SourceId(0));
    let unit_text = unit_label(app, &review.plan, review.plan.projects[index].unit, lang);
    let imported = review.plan.imported;
    let project: &mut ProjectPlan = &mut review.plan.projects[index];
    ui.horizontal_wrapped(|ui| {
        let label = project.name.clone();
        ui.checkbox(&mut project.include, "")
            .accessible_name(format!("{} {label}", lang.pick("导入", "Import")));
        if project.unsure {
            unsure_mark(
                ui,
                lang,
                lang.pick(
                    "引擎不确定这是项目名称(名称的边界不在词的边界上):请核对后再勾选。",
                    "The engine is not sure this is a project name (its edges are not word \
                     edges): check it before ticking it.",
                ),
            );
        }
        ui.add(egui::TextEdit::singleline(&mut project.name).desired_width(text_width(ui, &label)))
            .accessible_name(format!("{} {label}", lang.pick("项目名称", "Project name")));
        ui.weak(if before.is_some() {
            lang.pick("更新", "update")
        } else {
            lang.pick("新", "new")
        });
        if project.skipped_before {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                lang.pick("上次未导入", "not imported last time"),
            );
        }
        egui::ComboBox::from_id_salt(("review-unit-choice", index))
            .selected_text(unit_text)
            .show_ui(ui, |ui| {
                for (name, choice) in unit_choices {
                    ui.selectable_value(&mut project.unit, *choice, name);
                }
                for unit in app.ledger.units() {
                    let choice = UnitChoice::Existing(unit.id);
                    if !unit_choices.iter().any(|(_, c)| *c == choice) {
                        ui.selectable_value(
                            &mut project.unit,
                            choice,
                            unit_picker::unit_label(unit),
                        );
                    }
                }
                ui.selectable_value(
                    &mut project.unit,
                    UnitChoice::None,
                    lang.pick("未分配", "No unit"),
                );
            })
            .response
            .accessible_name(format!("{} {label}", lang.pick("所属区镇", "Unit of")));
        if review.amount_inputs.len() <= index {
            review.amount_inputs.resize(index + 1, String::new());
        }
        let input = &mut review.amount_inputs[index];
        let amount = ui
            .add(
                egui::TextEdit::singleline(input)
                    .desired_width(60.0)
                    .hint_text("—"),
            )
            .accessible_name(format!(
                "{} {label}",
                lang.pick("投资亿元", "Investment ×¥100 m")
            ));
        ui.label(lang.pick("亿元", "× ¥100 m"));
        if !input.trim().is_empty() && parse_yi_yuan(input).is_none() {
            ui.colored_label(
                ui.visuals().error_fg_color,
                lang.pick("不是金额", "not an amount"),
            );
        }
        if amount.changed() {
            project.investment = if input.trim().is_empty() {
                None
            } else {
                parse_yi_yuan(input).map(|yuan| Investment {
                    yuan,
                    ..project.investment.unwrap_or(Investment {
                        yuan,
                        qualifier: Default::default(),
                        kind: Default::default(),
                    })
                })
            };
        }
        egui::ComboBox::from_id_salt(("review-status", index))
            .selected_text(project.status.map(|s| lang.status(s)).unwrap_or("—"))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut project.status, None, "—");
                for status in STAGES {
                    ui.selectable_value(&mut project.status, Some(status), lang.status(status));
                }
            })
            .response
            .accessible_name(format!("{} {label}", lang.pick("状态", "Status of")));
        ui.label(lang.pick("业主", "Owner"));
        let mut owner = project.owner.clone().unwrap_or_default();
        let owner_width = text_width(ui, &owner);
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut owner)
                    .desired_width(owner_width)
                    .hint_text("—"),
            )
            .accessible_name(format!("{} {label}", lang.pick("业主", "Owner of")));
        if field.changed() {
            project.owner = (!owner.trim().is_empty()).then_some(owner);
        }
        if let Some(person) = &mut project.responsible {
            ui.label(lang.pick("责任人", "Responsible"));
            ui.add(egui::TextEdit::singleline(person).desired_width(90.0))
                .accessible_name(format!(
                    "{} {label}",
                    lang.pick("责任人", "Responsible for")
                ));
        }
        for (target_index, target) in project.targets.iter_mut().enumerate() {
            let what = if target.milestone == crate::model::Milestone::Other {
                target.text.clone()
            } else {
                lang.milestone(target.milestone).to_string()
            };
            ui.label(format!("{what}{}", lang.pick("目标", " due")));
            let name = format!("{label} {what}{}", lang.pick("目标", " due"));
            if let Some(by) = date_field(
                ui,
                &format!("review-target-{index}-{target_index}"),
                target.by,
                imported,
                &name,
                lang,
            ) {
                target.by = by;
            }
        }
    });
    if let (Some(before), Some(after)) = (before, after) {
        let lines = changes(before, &after, lang);
        if lines.is_empty() {
            ui.weak(lang.pick(
                "已在台账中,没有新变化",
                "Already in the ledger; nothing new",
            ));
        }
        for line in lines {
            ui.weak(format!("  {line}"));
        }
    }
    ui.add_space(6.0);
}
