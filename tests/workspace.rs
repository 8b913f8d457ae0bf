//! `info --data DIR` on a workspace folder, from outside: two offices' ledgers made by
//! importing invented articles through the binary, a Syncthing conflict copy of one of them,
//! the store's backup and lock files beside them, and an unreadable ledger told in Chinese.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use town_tracker::store::atomic::backup_path;
use town_tracker::store::lock::lock_path;

const BIN: &str = env!("CARGO_BIN_EXE_town-tracker");

const WANGSHU: &str = "望舒镇项目建设开局有力\n\
2025年,在望舒镇,总投资12亿元的扶摇智能装备项目正在进行主体施工,计划6月底竣工投产。\
总投资5亿元的鹊桥新材料项目已完成桩基施工。\n";

const XINGCHA: &str = "星槎经济开发区冲刺首季开门红\n\
2025年,在星槎经济开发区,总投资30亿元的木樨光电产业园项目正在加紧设备安装,预计9月投产。\n";

/// Imports the article into the ledger at `ledger`, accepting all, without a window.
fn import(article: &str, ledger: &Path) {
    let text = ledger.with_extension("txt");
    fs::write(&text, article).unwrap();
    let output = Command::new(BIN)
        .arg("--data")
        .arg(ledger)
        .arg("--import")
        .arg(&text)
        .args(["--accept-all", "--today", "2025-04-15"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    fs::remove_file(text).unwrap();
}

fn info(args: &[&str], data: &Path) -> Output {
    Command::new(BIN)
        .args(args)
        .args(["info", "--data"])
        .arg(data)
        .output()
        .unwrap()
}

#[test]
fn info_lists_a_workspace_its_union_and_its_conflict_copies() {
    let dir = tempfile::tempdir().unwrap();
    let wangshu = dir.path().join("望舒镇.ron");
    let xingcha = dir.path().join("星槎经济开发区.ron");
    import(WANGSHU, &wangshu);
    import(XINGCHA, &xingcha);
    // The store's backup and lock files beside a ledger, named as the store names them, are
    // no ledgers.
    fs::copy(&xingcha, backup_path(&xingcha)).unwrap();
    assert!(lock_path(&wangshu).exists());
    let copy = "望舒镇.sync-conflict-20250302-081530-ABCDEF2.ron";
    fs::copy(&wangshu, dir.path().join(copy)).unwrap();
    fs::write(dir.path().join(".望舒镇.ron.x1y2.tmp"), "").unwrap();
    fs::write(dir.path().join("说明.txt"), "").unwrap();

    let output = info(&[], dir.path());
    assert!(output.status.success(), "{output:?}");
    let text = String::from_utf8(output.stdout).unwrap();
    let expected = format!(
        "workspace:       {}\n\
         ledgers:         2\n\
         \x20 星槎经济开发区.ron: units 1, projects 1, goals 0, sources 1\n\
         \x20 望舒镇.ron: units 1, projects 2, goals 0, sources 1\n\
         union:           units 2, projects 3, goals 0, sources 2\n\
         conflict copies: 1\n\
         \x20 {copy} → 望舒镇.ron (Syncthing, 2025-03-02 08:15:30, device ABCDEF2)\n",
        dir.path().display()
    );
    assert_eq!(text, expected);

    // A ledger that cannot be read is named, with the reason in Chinese, and fails the run;
    // the others are still listed.
    fs::write(dir.path().join("坏账.ron"), "(schema_version: 1, units: [").unwrap();
    let output = info(&["--lang", "zh"], dir.path());
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("  坏账.ron: cannot be read\n"), "{text}");
    assert!(
        text.contains("union:           units 2, projects 3,"),
        "{text}"
    );
    let reason = String::from_utf8(output.stderr).unwrap();
    assert!(
        reason.contains("坏账.ron") && reason.contains("第 1 行"),
        "{reason}"
    );
}

#[test]
fn export_and_report_of_a_workspace_are_of_every_office() {
    let dir = tempfile::tempdir().unwrap();
    import(WANGSHU, &dir.path().join("望舒镇.ron"));
    import(XINGCHA, &dir.path().join("星槎经济开发区.ron"));
    let csv = dir.path().join("out").join("推进表.csv");
    fs::create_dir(csv.parent().unwrap()).unwrap();
    let output = Command::new(BIN)
        .args(["export", "--today", "2025-04-15", "--data"])
        .arg(dir.path())
        .arg("--csv")
        .arg(&csv)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let text = fs::read_to_string(&csv).unwrap();
    for project in ["扶摇智能装备", "鹊桥新材料", "木樨光电产业园"] {
        assert!(text.contains(project), "{project} in {text}");
    }
    let docx = dir.path().join("out").join("通报.docx");
    let output = Command::new(BIN)
        .args([
            "report",
            "--today",
            "2025-04-15",
            "--month",
            "2025-04",
            "--data",
        ])
        .arg(dir.path())
        .arg("--docx")
        .arg(&docx)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    assert!(docx.exists());
}
