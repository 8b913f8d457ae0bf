//! 报送 from outside: a town's ledger is sent as one file and received into the city's
//! workspace as that town's ledger; the town's next month is sent and received again, merged
//! by id, with the change spelled out; the received files are left as they were. Then one
//! month alone (`send --month`): received, it changes that month and nothing else, and adds
//! the town's new project.

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

mod one_month {
    use std::path::Path;

    use chrono::NaiveDate;
    use town_tracker::model::monthly::MonthFigure;
    use town_tracker::model::problem::Problem;
    use town_tracker::model::{Edit, Ledger, ProblemId, Project, ProjectId, Stamp, Unit, UnitId};
    use town_tracker::store::{self, LedgerStore};

    use super::{os, town_tracker};

    fn stamp(day: u32) -> Stamp {
        Stamp {
            at: NaiveDate::from_ymd_opt(2025, 4, day)
                .unwrap()
                .and_hms_opt(9, 0, 0)
                .unwrap(),
            by: "东岭镇办公室".into(),
        }
    }

    fn day(month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, month, day).unwrap()
    }

    fn wan(amount: i64) -> MonthFigure {
        MonthFigure {
            done_yuan: Some(amount * 10_000),
            image_progress: String::new(),
        }
    }

    const PLANT: ProjectId = ProjectId(7101);

    fn save(path: &Path, ledger: &mut Ledger) {
        LedgerStore::open(path)
            .store
            .into_writable()
            .unwrap()
            .save(ledger)
            .unwrap();
    }

    fn load(path: &Path) -> Ledger {
        store::load(path).unwrap().unwrap().ledger
    }

    /// The town's ledger in March: one project with its March figure and an open problem.
    fn march() -> Ledger {
        let mut ledger = Ledger::new();
        let town = Unit::new(UnitId(7100), "东岭镇");
        let mut plant = Project::new(PLANT, "星河智造产业园项目", Some(town.id));
        plant.plans.year_mut(2025).planned_yuan = Some(120_000_000);
        plant.plans.set_month(2025, 3, wan(400));
        plant.notes = "列入市重点".into();
        plant
            .problems
            .push(Problem::new(ProblemId(7102), "用地指标未落实"));
        ledger
            .apply_stamped(
                Edit::Batch(vec![Edit::PutUnit(town), Edit::PutProject(Box::new(plant))]),
                &stamp(1),
            )
            .unwrap();
        ledger
    }

    fn receive(city: &Path, file: &Path) -> String {
        let (code, said) = town_tracker(&[
            os("--data"),
            city.as_os_str(),
            os("--lang"),
            os("zh"),
            os("receive"),
            file.as_os_str(),
        ]);
        assert_eq!(code, 0, "{said}");
        said
    }

    #[test]
    fn a_month_sent_and_received_changes_only_that_month() {
        let town = tempfile::tempdir().unwrap();
        let city = tempfile::tempdir().unwrap();
        let ledger_path = town.path().join("东岭镇.ron");
        let mut ledger = march();
        save(&ledger_path, &mut ledger);
        let whole = town.path().join("东岭镇-报送-20250401.ron");
        let (code, said) = town_tracker(&[
            os("--data"),
            ledger_path.as_os_str(),
            os("send"),
            os("--out"),
            whole.as_os_str(),
        ]);
        assert_eq!(code, 0, "{said}");
        receive(city.path(), &whole);
        let received = city.path().join("东岭镇.ron");

        // April in the town: its figure and a line, March corrected, the notes changed, the
        // problem struck off, a new project.
        let mut plant = ledger.project(PLANT).unwrap().clone();
        plant.plans.set_month(2025, 3, wan(450));
        plant.plans.set_month(2025, 4, wan(500));
        plant.add_progress(day(3, 28), "桩基完成");
        plant.add_progress(day(4, 12), "设备进场");
        plant.notes = "四月调度会重点".into();
        plant.problems[0].closed = Some(day(4, 18));
        let added = Project::new(ProjectId(7103), "东岭水厂扩建工程", Some(UnitId(7100)));
        ledger
            .apply_stamped(
                Edit::Batch(vec![
                    Edit::PutProject(Box::new(plant)),
                    Edit::PutProject(Box::new(added)),
                ]),
                &stamp(25),
            )
            .unwrap();
        save(&ledger_path, &mut ledger);
        let (code, said) = town_tracker(&[
            os("--data"),
            ledger_path.as_os_str(),
            os("--today"),
            os("2025-04-25"),
            os("send"),
            os("--month"),
            os("2025-04"),
        ]);
        assert_eq!(code, 0, "{said}");
        let april = town.path().join("东岭镇-报送-2025年4月-20250425.ron");
        assert!(
            said.contains("Submission of Apr 2025 written to")
                && said.contains("东岭镇-报送-2025年4月-20250425.ron"),
            "{said}"
        );
        let sent = std::fs::read_to_string(&april).unwrap();
        assert!(
            sent.contains("month_submission: (year: 2025, month: 4)"),
            "{sent}"
        );
        assert!(!sent.contains("四月调度会重点"), "the notes are not sent");
        let (code, said) = town_tracker(&[os("--data"), april.as_os_str(), os("info")]);
        assert_eq!(code, 0, "{said}");
        assert!(
            said.contains("submission:      one month, Apr 2025 (receive merges that month alone)")
                && said.contains("projects:        2")
                && !said.contains("does not know"),
            "{said}"
        );

        let said = receive(city.path(), &april);
        assert!(
            said.contains(
                "东岭镇.ron ← 东岭镇-报送-2025年4月-20250425.ron(2025年4月一个月的报送,只合并这个月)"
            ),
            "{said}"
        );
        assert!(
            said.contains("补入副本中新增的项目「东岭水厂扩建工程」"),
            "{said}"
        );
        assert!(
            said.contains("项目「星河智造产业园项目」的年度计划:副本中的修改是看过台账的修改之后做的,采用副本的(2025年4月)"),
            "{said}"
        );
        assert!(said.contains("已保存 东岭镇.ron"), "{said}");
        let city_ledger = load(&received);
        let plant = city_ledger.project(PLANT).unwrap();
        let year = plant.plans.year(2025).unwrap();
        assert_eq!(year.months[&4], wan(500), "April taken");
        assert_eq!(year.months[&3], wan(400), "March as it was received before");
        assert_eq!(plant.notes, "列入市重点", "nothing but the month");
        let lines: Vec<&str> = plant.progress.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(lines, ["设备进场"], "only April's line");
        assert_eq!(plant.problems[0].closed, Some(day(4, 18)));
        assert_eq!(city_ledger.projects().count(), 2);
        assert_eq!(city_ledger.units().count(), 1);

        // Received again, the month changes nothing; the file is left as it was.
        let said = receive(city.path(), &april);
        assert!(
            said.contains("东岭镇.ron 已包含副本的全部内容,没有改动。"),
            "{said}"
        );
        assert_eq!(std::fs::read_to_string(&april).unwrap(), sent);
    }

    #[test]
    fn a_month_received_where_there_is_no_ledger_yet_starts_one_with_that_month() {
        let town = tempfile::tempdir().unwrap();
        let city = tempfile::tempdir().unwrap();
        let ledger_path = town.path().join("东岭镇.ron");
        save(&ledger_path, &mut march());
        let march_file = town.path().join("三月.ron");
        let (code, said) = town_tracker(&[
            os("--data"),
            ledger_path.as_os_str(),
            os("send"),
            os("--month"),
            os("2025-03"),
            os("--out"),
            march_file.as_os_str(),
        ]);
        assert_eq!(code, 0, "{said}");
        let renamed = town.path().join("东岭镇-报送-2025年3月-20250331.ron");
        std::fs::rename(&march_file, &renamed).unwrap();
        receive(city.path(), &renamed);
        let city_ledger = load(&city.path().join("东岭镇.ron"));
        let plant = city_ledger.project(PLANT).unwrap();
        assert_eq!(plant.plans.year(2025).unwrap().months[&3], wan(400));
        assert!(plant.notes.is_empty(), "only what a month holds");

        let (code, said) = town_tracker(&[
            os("--data"),
            ledger_path.as_os_str(),
            os("send"),
            os("--month"),
            os("2025-13"),
        ]);
        assert_eq!(code, 2, "{said}");
    }
}
