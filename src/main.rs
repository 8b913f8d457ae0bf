//! Entry point: parses the command line, runs a subcommand, an unattended import
//! (`--import … --accept-all` without `--screenshot`, no window) or opens the window.

use std::process::ExitCode;

use clap::Parser;
use eframe::egui;

use town_tracker::app::file_dialog::NativeDialogs;
use town_tracker::app::screenshot::ScreenshotJob;
use town_tracker::app::unattended::Unattended;
use town_tracker::app::{AppOptions, TownTrackerApp};
use town_tracker::cli::export::ExportRequest;
use town_tracker::cli::import_sheet::ImportSheetRequest;
use town_tracker::cli::{
    Cli, CliCommand, run_export, run_extract, run_import_sheet, run_info, run_merge_conflicts,
    run_receive, run_report, run_send,
};
use town_tracker::i18n::Lang;
use town_tracker::store::default_ledger_path;
use town_tracker::ui::icon::app_icon;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let data_path = cli.data.clone().unwrap_or_else(default_ledger_path);
    let today = cli
        .today
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let code = match &cli.command {
        Some(CliCommand::Extract { files, json, year }) => {
            run_extract(files, *json, *year, &mut std::io::stdout().lock())
        }
        Some(CliCommand::Info) => run_info(
            &data_path,
            today,
            cli.lang.unwrap_or(Lang::En),
            &mut std::io::stdout().lock(),
        ),
        Some(CliCommand::Send { out }) => run_send(
            &data_path,
            out.as_deref(),
            today,
            cli.lang.unwrap_or(Lang::En),
        ),
        Some(CliCommand::Receive { files, prefer }) => run_receive(
            &data_path,
            files,
            prefer.map(Into::into),
            cli.lang.unwrap_or(Lang::En),
            &mut std::io::stdout().lock(),
        ),
        Some(CliCommand::MergeConflicts { prefer }) => run_merge_conflicts(
            &data_path,
            prefer.map(Into::into),
            cli.lang.unwrap_or(Lang::En),
            &mut std::io::stdout().lock(),
        ),
        Some(CliCommand::Export {
            csv,
            xlsx,
            overdue,
            light,
            unit,
            month,
            light_rule,
        }) => run_export(
            &data_path,
            today,
            &ExportRequest {
                csv: csv.clone(),
                xlsx: xlsx.clone(),
                overdue: *overdue,
                light: *light,
                unit: unit.clone(),
                month: *month,
                light_rule: *light_rule,
            },
        ),
        Some(CliCommand::Report {
            month,
            docx,
            light_rule,
        }) => run_report(&data_path, today, *month, docx, *light_rule),
        Some(CliCommand::ImportSheet { files, accept_all }) => run_import_sheet(
            &data_path,
            today,
            &ImportSheetRequest {
                files,
                accept_all: *accept_all,
                lang: cli.lang.unwrap_or(Lang::En),
            },
            &mut std::io::stdout().lock(),
        ),
        None => run_window(cli, data_path),
    };
    ExitCode::from(u8::try_from(code).unwrap_or(1))
}

/// Loads the article engine's dictionary, gazetteer and automata (a quarter of a second) on a
/// thread of its own while the window opens, so that neither the first frame nor the first
/// import waits; an import that comes sooner waits only for what is still loading. When no
/// thread can be started the engine loads on first use instead, as it does on the command line.
fn warm_up_the_extractor() {
    if let Err(error) = std::thread::Builder::new()
        .name("warm-up".into())
        .spawn(town_tracker_article::warm_up)
    {
        eprintln!("town-tracker: the article engine loads on first use ({error})");
    }
}

fn run_window(cli: Cli, data_path: std::path::PathBuf) -> i32 {
    warm_up_the_extractor();
    let unattended = (cli.accept_all || cli.screenshot.is_some()).then(Unattended::default);
    let windowless = cli.accept_all && cli.screenshot.is_none();
    let (screenshot, outcome) = match cli.screenshot {
        Some(path) => {
            let (job, outcome) = ScreenshotJob::new(path);
            (Some(job), Some(outcome))
        }
        None => (None, None),
    };
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("项目推进台账 · Town Tracker")
        .with_app_id("town-tracker")
        .with_inner_size(cli.window_size.unwrap_or([1280.0, 800.0]))
        .with_min_inner_size([720.0, 480.0]);
    if let Some(icon) = app_icon() {
        viewport = viewport.with_icon(std::sync::Arc::new(icon));
    }
    let options = eframe::NativeOptions {
        viewport,
        // A size asked for on the command line is not overridden by the last window's.
        persist_window: cli.window_size.is_none(),
        ..Default::default()
    };
    let app_options = AppOptions {
        data_path,
        office: cli.office,
        today: cli.today,
        screenshot,
        dialogs: Box::new(NativeDialogs::default()),
        import: cli.import,
        accept_all: cli.accept_all,
        unattended: unattended.clone(),
        lang: cli.lang,
        select: cli.select,
        dashboard: cli.dashboard,
        monthly: cli.monthly,
    };
    let failed = move || unattended.as_ref().is_some_and(Unattended::failed);
    if windowless {
        // The same import, accept and save as in the window, on a context no window shows.
        drop(TownTrackerApp::create(
            &egui::Context::default(),
            None,
            app_options,
        ));
        return i32::from(failed());
    }
    let result = eframe::run_native(
        "town-tracker",
        options,
        Box::new(|cc| Ok(Box::new(TownTrackerApp::new(cc, app_options)))),
    );
    if let Err(error) = result {
        eprintln!("town-tracker: cannot open the window: {error}");
        return 1;
    }
    let shot = match outcome.map(|o| o.lock().map(|mut slot| slot.take()).ok().flatten()) {
        None => 0,
        Some(Some(Ok(()))) => 0,
        Some(Some(Err(error))) => {
            eprintln!("town-tracker: screenshot failed: {error}");
            1
        }
        Some(None) => {
            eprintln!("town-tracker: the window closed before the screenshot was taken");
            1
        }
    };
    shot.max(i32::from(failed()))
}
