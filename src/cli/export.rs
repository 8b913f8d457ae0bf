//! `town-tracker export`: the ledger's projects, filtered like the app's list, written as a
//! 项目推进表 in CSV or XLSX for a month (`--month`, default today's), the lights judged by the
//! chosen rule (`--light-rule`, default by target dates).

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::{LightArg, MonthArg};
use crate::article::script::normalise_key;
use crate::export::{SheetRequest, progress_sheet, write_csv, write_xlsx};
use crate::model::lights::{AsOf, LightRule, LightSettings, judge};
use crate::model::query::{ProjectFilter, SearchIndex, SortOrder, UnitFilter, select};
use crate::model::schedule::{Light, LightThresholds};

/// What to export and where.
pub struct ExportRequest {
    pub csv: Option<PathBuf>,
    pub xlsx: Option<PathBuf>,
    pub overdue: bool,
    pub light: Option<LightArg>,
    pub unit: Option<String>,
    pub month: Option<MonthArg>,
    pub light_rule: LightRule,
}

/// The month and light rule of a sheet or report asked for on the command line.
pub fn sheet_request(today: NaiveDate, month: Option<MonthArg>, rule: LightRule) -> SheetRequest {
    let as_of = match month {
        Some(MonthArg { year, month }) => AsOf { today, year, month },
        None => AsOf::today(today),
    };
    SheetRequest {
        as_of,
        lights: LightSettings {
            rule,
            ..LightSettings::default()
        },
    }
}

/// Runs the export; returns the process exit code.
pub fn run_export(data: &Path, today: NaiveDate, request: &ExportRequest) -> i32 {
    let Some(ledger) = super::load_shown(data) else {
        return 1;
    };
    let mut filter = ProjectFilter::default();
    if let Some(name) = &request.unit {
        let key = normalise_key(name);
        let unit = ledger.units().find(|u| {
            std::iter::once(&u.name)
                .chain(&u.aliases)
                .any(|n| normalise_key(n) == key)
        });
        match unit {
            Some(unit) => filter.unit = UnitFilter::Unit(unit.id),
            None => {
                eprintln!("town-tracker: the ledger has no unit called {name}");
                return 1;
            }
        }
    }
    let mut lights: Vec<Light> = Light::ALL.to_vec();
    if request.overdue {
        lights = vec![Light::Yellow, Light::Red];
    }
    if let Some(light) = request.light {
        let light = match light {
            LightArg::Red => Light::Red,
            LightArg::Yellow => Light::Yellow,
            LightArg::Green => Light::Green,
        };
        lights.retain(|l| *l == light);
    }
    let sheet_request = sheet_request(today, request.month, request.light_rule);
    let thresholds = LightThresholds::default();
    let index = SearchIndex::build(&ledger);
    let ids: Vec<_> = select(
        &ledger,
        &index,
        &filter,
        SortOrder::default(),
        today,
        thresholds,
    )
    .into_iter()
    .filter(|id| {
        ledger.project(*id).is_some_and(|project| {
            lights.contains(&judge(project, &sheet_request.lights, sheet_request.as_of).light)
        })
    })
    .collect();
    let sheet = progress_sheet(&ledger, &ids, &sheet_request);
    let written = match (&request.csv, &request.xlsx) {
        (Some(path), _) => write_csv(path, &sheet).map(|()| path),
        (None, Some(path)) => write_xlsx(path, &sheet).map(|()| path),
        (None, None) => {
            eprintln!("town-tracker: say --csv OUT or --xlsx OUT");
            return 2;
        }
    };
    match written {
        Ok(path) => {
            println!(
                "{} projects written to {}",
                sheet.project_count(),
                path.display()
            );
            0
        }
        Err(error) => {
            eprintln!("town-tracker: {error}");
            1
        }
    }
}
