//! 报送 from outside: a town's ledger is sent as one file and received into the city's
//! workspace as that town's ledger; the town's next month is sent and received again, merged
//! by id, with the change spelled out; the received files are left as they were.

use std::path::Path;
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_town-tracker");

const APRIL: &str = "项目名称,所属区镇,总投资(万元),2025年计划投资(万元),1-4月累计完成(万元)\n\
星河智造产业园项目,东岭镇,30000,12000,4000\n\
东岭水厂扩建工程,东岭镇,8000,3000,600\n";
const MAY: &str = "项目名称,所属区镇,总投资(万元),2025年计划投资(万元),1-5月累计完成(万元)\n\
星河智造产业园项目,东岭镇,30000,12000,5200\n\
东岭水厂扩建工程,东岭镇,8000,3000,900\n";

fn town_tracker(args: &[&std::ffi::OsStr]) -> (i32, String) {
    let output = Command::new(BIN).args(args).output().unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    (
        output.status.code().unwrap_or(-1),
        format!("{stdout}{stderr}"),
    )
}

fn os(text: &str) -> &std::ffi::OsStr {
    std::ffi::OsStr::new(text)
}

fn import_sheet(ledger: &Path, sheet: &Path) {
    let (code, said) = town_tracker(&[
        os("--data"),
        ledger.as_os_str(),
        os("import-sheet"),
        sheet.as_os_str(),
        os("--accept-all"),
    ]);
    assert_eq!(code, 0, "{said}");
}

fn send(ledger: &Path, today: &str) -> String {
    let (code, said) = town_tracker(&[
        os("--data"),
        ledger.as_os_str(),
        os("--today"),
        os(today),
        os("send"),
    ]);
    assert_eq!(code, 0, "{said}");
    said
}

fn done_through(ledger: &Path, name: &str, month: u32) -> Option<i64> {
    let ledger = town_tracker::store::load(ledger).unwrap().unwrap().ledger;
    let project = ledger.projects().find(|p| p.name == name).unwrap();
    project.plans.year(2025).unwrap().done_through(month)
}

#[test]
fn a_town_sends_its_ledger_and_the_city_receives_it_month_after_month() {
    let town = tempfile::tempdir().unwrap();
    let city = tempfile::tempdir().unwrap();
    let ledger = town.path().join("东岭镇.ron");
    let sheet = town.path().join("四月.csv");
    std::fs::write(&sheet, APRIL).unwrap();
    import_sheet(&ledger, &sheet);

    let said = send(&ledger, "2025-04-25");
    let april = town.path().join("东岭镇-报送-20250425.ron");
    assert!(said.contains("东岭镇-报送-20250425.ron"), "{said}");
    let sent = std::fs::read(&april).unwrap();

    let (code, said) = town_tracker(&[
        os("--data"),
        city.path().as_os_str(),
        os("receive"),
        april.as_os_str(),
    ]);
    assert_eq!(code, 0, "{said}");
    let received = city.path().join("东岭镇.ron");
    assert_eq!(
        done_through(&received, "星河智造产业园项目", 4),
        Some(40_000_000)
    );
    assert_eq!(
        std::fs::read(&april).unwrap(),
        sent,
        "the file received is left alone"
    );

    let sheet = town.path().join("五月.csv");
    std::fs::write(&sheet, MAY).unwrap();
    import_sheet(&ledger, &sheet);
    send(&ledger, "2025-05-25");
    let may = town.path().join("东岭镇-报送-20250525.ron");
    let (code, said) = town_tracker(&[
        os("--data"),
        city.path().as_os_str(),
        os("--lang"),
        os("zh"),
        os("receive"),
        may.as_os_str(),
    ]);
    assert_eq!(code, 0, "{said}");
    assert!(
        said.contains("东岭镇.ron ← 东岭镇-报送-20250525.ron"),
        "{said}"
    );
    assert!(said.contains("已保存 东岭镇.ron"), "{said}");
    assert_eq!(
        done_through(&received, "星河智造产业园项目", 5),
        Some(52_000_000)
    );
    assert_eq!(
        done_through(&received, "东岭水厂扩建工程", 5),
        Some(9_000_000)
    );
    let city_ledger = town_tracker::store::load(&received)
        .unwrap()
        .unwrap()
        .ledger;
    assert_eq!(
        city_ledger.projects().count(),
        2,
        "merged by id, nothing twice"
    );
    assert_eq!(city_ledger.units().count(), 1);

    let (code, said) = town_tracker(&[
        os("--data"),
        city.path().as_os_str(),
        os("receive"),
        city.path().join("不存在-报送-20250525.ron").as_os_str(),
    ]);
    assert_eq!(code, 1, "{said}");
}
