//! The import journey by label, with a scripted file dialog: import the seed, review it,
//! accept, see the towns, tick a milestone, restart and see it ticked; import again (nothing
//! changes), cancel (nothing changes), a bad file (a message, nothing changes), and the
//! in-window file browser when no native dialog can be shown.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use eframe::egui::accesskit::Role;
use eframe::egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

mod common;

use common::{MemoryStorage, checked, close, harness};
use town_tracker::app::TownTrackerApp;
use town_tracker::app::file_dialog::ScriptedDialogs;
use town_tracker::intent::{DialogAnswer, DialogPurpose};

fn seed() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/seed.txt")
}

fn open(path: &Path, dialogs: &ScriptedDialogs) -> Harness<'static, TownTrackerApp> {
    harness(
        path,
        NaiveDate::from_ymd_opt(2025, 4, 15).unwrap(),
        dialogs,
        None,
    )
}

/// Ctrl+I with the dialog answering `answer`.
fn import(
    harness: &mut Harness<'static, TownTrackerApp>,
    dialogs: &ScriptedDialogs,
    answer: DialogAnswer,
) {
    dialogs.answer(answer);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::I);
    harness.run();
}

/// Ctrl+Shift+V, the text typed into the paste dialog, then 识别.
fn paste_and_read(harness: &mut Harness<'static, TownTrackerApp>, text: &str) {
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::V);
    harness.run();
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "文章文本")
        .type_text(text);
    harness.run();
    harness.get_by_label("识别").click();
    harness.run();
}

fn accept_button_label(harness: &Harness<'_, TownTrackerApp>) -> String {
    harness
        .get_all_by_role(Role::Button)
        .filter_map(|node| node.accesskit_node().label())
        .find(|label| label.starts_with("导入 ") && label.ends_with(" 项"))
        .expect("the review's accept button")
}

fn project_count(harness: &Harness<'_, TownTrackerApp>) -> usize {
    harness.state().session().ledger.projects().count()
}

#[test]
fn import_the_seed_review_accept_tick_and_find_it_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = dir.path().join("ledger.ron");
    let dialogs = ScriptedDialogs::default();
    let mut harness = open(&ledger, &dialogs);

    import(&mut harness, &dialogs, DialogAnswer::Picked(vec![seed()]));
    let request = &dialogs.requests()[0];
    assert_eq!(request.purpose, DialogPurpose::ImportArticle);
    assert!(request.purpose.extensions().contains(&"docx"));

    harness.get_by_label_contains("東海鎮 (新)");
    for name in ["萬鵬建材", "錦曌新材料"] {
        let label = format!("{name} 投产目标 2025-03-31");
        let date = harness.get_by_label(&label);
        assert_eq!(date.accesskit_node().role(), Role::Button);
    }
    harness.get_by_label_contains("呂四港經濟開發區 (新)");
    assert_eq!(
        project_count(&harness),
        0,
        "nothing changes before accepting"
    );

    let accept = accept_button_label(&harness);
    harness.get_by_label(&accept).click();
    harness.run();
    assert_eq!(project_count(&harness), 12);
    let today = harness.state().today();
    assert!(
        harness
            .state()
            .session()
            .ledger
            .projects()
            .flat_map(|p| p.milestones.iter().map(|(_, s)| s.done))
            .all(|done| done != Some(today)),
        "the sample has no date line: nothing is done on the import day"
    );
    harness.get_by_label("呂四港經濟開發區 · 1 · 90亿元");
    for unit in ["匯龍鎮", "惠萍鎮", "東海鎮", "江海瀾灣旅游度假區"] {
        harness.get_by_label_contains(&format!("{unit} · "));
    }

    harness.get_by_label("萬鵬建材 投产").click();
    harness.run();
    assert!(checked(&harness, "萬鵬建材 投产"));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    close(harness, &mut MemoryStorage::default());

    let mut harness = open(&ledger, &dialogs);
    assert!(
        checked(&harness, "萬鵬建材 投产"),
        "still ticked after a restart"
    );
    let before = harness.state().session().ledger.clone();

    import(&mut harness, &dialogs, DialogAnswer::Picked(vec![seed()]));
    harness.get_by_label_contains("这篇文章已经导入过");
    assert!(
        harness
            .get_all_by_role(Role::Button)
            .filter_map(|node| node.accesskit_node().label())
            .all(|label| !label.starts_with("导入 ")),
        "the accept button does not promise an import"
    );
    harness.get_by_label("没有变化,关闭").click();
    harness.run();
    assert_eq!(
        harness.state().session().ledger,
        before,
        "importing again changes nothing"
    );
    harness.get_by_label_contains("没有新内容");
}

#[test]
fn cancel_and_bad_files_leave_the_ledger_alone() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = dir.path().join("ledger.ron");
    let dialogs = ScriptedDialogs::default();
    let mut harness = open(&ledger, &dialogs);

    import(&mut harness, &dialogs, DialogAnswer::Picked(vec![seed()]));
    harness.get_by_label("取消").click();
    harness.run();
    assert_eq!(project_count(&harness), 0);
    assert!(
        harness.query_by_label_contains("東海鎮 (新)").is_none(),
        "the review closed"
    );

    let binary = dir.path().join("photo.txt");
    std::fs::write(&binary, [0u8, 159, 146, 150, 0, 0, 255, 216, 255, 224]).unwrap();
    import(&mut harness, &dialogs, DialogAnswer::Picked(vec![binary]));
    harness.get_by_label_contains("无法导入");
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    import(&mut harness, &dialogs, DialogAnswer::Picked(vec![empty]));
    assert!(harness.get_all_by_label_contains("无法导入").count() >= 2);
    harness.get_by_label_contains("文件是空的");
    harness.get_by_label_contains("二进制数据");
    assert!(harness.state().session().ledger.is_empty());
    assert!(!harness.state().session().is_dirty());

    import(&mut harness, &dialogs, DialogAnswer::Cancelled);
    assert!(harness.state().session().ledger.is_empty());
}

#[test]
fn without_a_native_dialog_the_in_window_browser_takes_over() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = dir.path().join("ledger.ron");
    let dialogs = ScriptedDialogs::default();
    let mut harness = open(&ledger, &dialogs);

    import(&mut harness, &dialogs, DialogAnswer::Unavailable);
    harness.get_by_label_contains("无法打开系统的文件对话框");
    let path_field = harness.get_by_role_and_label(Role::TextInput, "路径");
    path_field.focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "路径")
        .type_text(&seed().display().to_string());
    harness.key_press(Key::Enter);
    harness.run();
    harness.get_by_label_contains("東海鎮 (新)");
    let accept = accept_button_label(&harness);
    harness.get_by_label(&accept).click();
    harness.run();
    assert_eq!(project_count(&harness), 12);
}

#[test]
fn the_sample_article_is_one_click_from_the_empty_ledger() {
    let dir = tempfile::tempdir().unwrap();
    let dialogs = ScriptedDialogs::default();
    let mut harness = open(&dir.path().join("ledger.ron"), &dialogs);
    harness.get_by_label("导入示例文章").click();
    harness.run();
    harness.get_by_label_contains("東海鎮 (新)");
    harness.key_press(Key::Escape);
    harness.run();
    assert!(
        harness.state().session().ledger.is_empty(),
        "Escape cancels the review"
    );
}

#[test]
fn pasted_text_is_read_like_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let dialogs = ScriptedDialogs::default();
    let mut harness = open(&dir.path().join("ledger.ron"), &dialogs);
    paste_and_read(
        &mut harness,
        "2024年3月5日,滨江镇总投资12亿元的临港新材料产业园项目正式开工建设,力争年底前竣工投产。",
    );
    harness.get_by_label_contains("滨江镇 (新)");
    let accept = accept_button_label(&harness);
    harness.get_by_label(&accept).click();
    harness.run();
    let ledger = &harness.state().session().ledger;
    assert_eq!(
        ledger.sources().next().unwrap().file_name,
        "",
        "pasted text has no file"
    );
    assert!(ledger.projects().count() >= 1);
}

/// A file dropped on the window, as the platform delivers it.
#[derive(Debug)]
struct Dropped(PathBuf);

impl eframe::egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn dropped_files_get_one_review_each_and_the_articles_view_lists_them() {
    let dir = tempfile::tempdir().unwrap();
    let second = dir.path().join("second.txt");
    std::fs::write(
        &second,
        "河口镇召开项目推进会。河口镇投资3亿元的冷链物流中心项目已签约,计划6月底前开工。",
    )
    .unwrap();
    let dialogs = ScriptedDialogs::default();
    let mut harness = open(&dir.path().join("ledger.ron"), &dialogs);
    harness
        .input_mut()
        .dropped_files
        .extend([seed(), second].map(|p| std::sync::Arc::new(Dropped(p)) as _));
    harness.run();
    assert_eq!(harness.state().reviews().len(), 2);
    for position in ["1 / 2 · ", "2 / 2 · "] {
        harness.get_by_label_contains(position);
        let accept = accept_button_label(&harness);
        harness.get_by_label(&accept).click();
        harness.run();
    }
    assert_eq!(harness.state().session().ledger.sources().count(), 2);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::A);
    harness.run();
    assert!(harness.get_all_by_label("second.txt").count() >= 1);
    harness.get_by_label("seed.txt");
}

#[test]
fn the_assumed_year_is_shown_and_can_be_corrected() {
    let dir = tempfile::tempdir().unwrap();
    let dialogs = ScriptedDialogs::default();
    let mut harness = open(&dir.path().join("ledger.ron"), &dialogs);
    paste_and_read(
        &mut harness,
        "滨江镇总投资12亿元的临港新材料产业园项目正在加紧建设,力争6月底前竣工投产。",
    );
    harness.get_by_label("按导入日期推定");
    harness.get_by_label("临港新材料产业园 投产目标 2025-06-30");

    let year = harness.get_by_role_and_label(Role::TextInput, "年份");
    year.focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "年份")
        .type_text("2024");
    harness.run();
    harness.get_by_label("按此年份重新识别").click();
    harness.run();
    harness.get_by_label("手动指定");
    harness.get_by_label("临港新材料产业园 投产目标 2024-06-30");
}

#[test]
fn two_articles_about_the_same_new_project_make_one_project() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("first.txt");
    let second = dir.path().join("second.txt");
    std::fs::write(
        &first,
        "2024年3月5日,河口镇投资3亿元的冷链物流中心项目正式签约。",
    )
    .unwrap();
    std::fs::write(
        &second,
        "2024年5月8日,河口镇冷链物流中心项目开工建设,力争年底前竣工。",
    )
    .unwrap();
    let dialogs = ScriptedDialogs::default();
    let mut harness = open(&dir.path().join("ledger.ron"), &dialogs);
    import(
        &mut harness,
        &dialogs,
        DialogAnswer::Picked(vec![first, second]),
    );
    assert_eq!(harness.state().reviews().len(), 2);
    for position in ["1 / 2 · ", "2 / 2 · "] {
        harness.get_by_label_contains(position);
        let accept = accept_button_label(&harness);
        harness.get_by_label(&accept).click();
        harness.run();
    }
    let ledger = &harness.state().session().ledger;
    assert_eq!(
        ledger.projects().count(),
        1,
        "the second article updates the first's project"
    );
    let project = ledger.projects().next().unwrap();
    assert_eq!(project.sources.len(), 2);
    assert_eq!(project.investment.unwrap().yuan, 300_000_000);
    let start = project.milestones.start;
    assert!(start.is_done() && start.done_inferred);
    assert_ne!(
        start.done,
        Some(harness.state().today()),
        "an article without a date line never dates a milestone by the import day"
    );
}

#[test]
fn the_responsible_person_named_in_an_article_can_be_fixed_in_review() {
    let dir = tempfile::tempdir().unwrap();
    let dialogs = ScriptedDialogs::default();
    let mut harness = open(&dir.path().join("ledger.ron"), &dialogs);
    paste_and_read(
        &mut harness,
        "项目名称:白鹭湖生态修复工程\n总投资:1.2亿元\n责任领导:副镇长王明",
    );
    let field = harness.get_by_role_and_label(Role::TextInput, "责任人 白鹭湖生态修复工程");
    assert_eq!(
        field.accesskit_node().value().as_deref(),
        Some("副镇长王明")
    );
    field.focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "责任人 白鹭湖生态修复工程")
        .type_text("王明");
    harness.run();
    let accept = accept_button_label(&harness);
    harness.get_by_label(&accept).click();
    harness.run();
    let project = harness
        .state()
        .session()
        .ledger
        .projects()
        .next()
        .expect("the project was imported");
    assert_eq!(project.responsible, "王明");
    assert_eq!(project.investment.unwrap().yuan, 120_000_000);
}

/// The unit of the one project in the ledger named `name`, by name.
fn unit_of(harness: &Harness<'_, TownTrackerApp>, name: &str) -> Option<String> {
    let ledger = &harness.state().session().ledger;
    let project = ledger.projects().find(|p| p.name == name).unwrap();
    project
        .unit
        .and_then(|id| ledger.unit(id))
        .map(|u| u.name.clone())
}

fn accept(harness: &mut Harness<'static, TownTrackerApp>) {
    let accept = accept_button_label(harness);
    harness.get_by_label(&accept).click();
    harness.run();
}

#[test]
fn a_new_unit_mapped_to_one_in_the_ledger_is_remembered_for_the_next_import() {
    let dir = tempfile::tempdir().unwrap();
    let dialogs = ScriptedDialogs::default();
    let mut harness = open(&dir.path().join("ledger.ron"), &dialogs);
    paste_and_read(
        &mut harness,
        "桐苇镇投资3亿元的冷链物流中心项目正式签约。桐苇镇将加快推进。",
    );
    accept(&mut harness);

    let second = "岚溪镇新材料项目正式签约。岚溪镇将加快推进项目建设。";
    paste_and_read(&mut harness, second);
    harness.get_by_label_contains(&format!("导入: {second}"));
    harness.get_by_label_contains("岚溪镇 (新)");
    harness.get_by_label("岚溪镇 归入已有区镇").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "桐苇镇")
        .click();
    harness.run();
    assert!(harness.query_by_label_contains("岚溪镇 (新)").is_none());
    harness.get_by_label_contains("桐苇镇 (已有)");
    accept(&mut harness);
    let ledger = &harness.state().session().ledger;
    assert_eq!(ledger.units().count(), 1, "no twin of 桐苇镇");
    assert_eq!(ledger.units().next().unwrap().aliases, ["岚溪镇"]);
    assert_eq!(unit_of(&harness, "岚溪镇新材料").as_deref(), Some("桐苇镇"));

    paste_and_read(
        &mut harness,
        "岚溪镇\n岚溪镇智能装备产业园项目开工建设,力争年底前竣工。岚溪镇将加快推进项目建设。",
    );
    assert!(
        harness.query_by_label_contains("岚溪镇 (新)").is_none(),
        "the alias answers without asking"
    );
    harness.get_by_label_contains("桐苇镇 (已有)");
    accept(&mut harness);
    assert_eq!(harness.state().session().ledger.units().count(), 1);
    assert_eq!(
        unit_of(&harness, "岚溪镇智能装备产业园").as_deref(),
        Some("桐苇镇")
    );
}

#[test]
fn an_unticked_new_unit_is_not_created_and_its_projects_stay_unassigned() {
    let dir = tempfile::tempdir().unwrap();
    let dialogs = ScriptedDialogs::default();
    let mut harness = open(&dir.path().join("ledger.ron"), &dialogs);
    paste_and_read(
        &mut harness,
        "岚溪镇新材料项目正式签约。岚溪镇将加快推进项目建设。",
    );
    harness.get_by_label("新建区镇 岚溪镇").click();
    harness.run();
    harness.get_by_label_contains("不新建");
    accept(&mut harness);
    let ledger = &harness.state().session().ledger;
    assert_eq!(ledger.units().count(), 0, "the unticked unit holds");
    assert_eq!(ledger.projects().count(), 1);
    assert_eq!(unit_of(&harness, "岚溪镇新材料"), None);
}

#[test]
fn a_re_import_offers_what_was_left_out_unticked_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let dialogs = ScriptedDialogs::default();
    let mut harness = open(&dir.path().join("ledger.ron"), &dialogs);
    let text = "桐苇镇投资3亿元的冷链物流中心项目正式签约。桐苇镇智能装备产业园项目开工建设。桐苇镇将加快推进。";
    paste_and_read(&mut harness, text);
    harness.get_by_label("导入 冷链物流中心").click();
    harness.run();
    accept(&mut harness);
    assert_eq!(project_count(&harness), 1);
    let before = harness.state().session().ledger.clone();

    paste_and_read(&mut harness, text);
    harness.get_by_label("上次未导入");
    assert!(!checked(&harness, "导入 冷链物流中心"));
    assert!(checked(&harness, "导入 桐苇镇智能装备产业园"));
    harness.get_by_label("没有变化,关闭").click();
    harness.run();
    assert_eq!(harness.state().session().ledger, before);
}
