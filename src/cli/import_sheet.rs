//! `town-tracker import-sheet FILE… [--data LEDGER] [--accept-all]`: reads each 推进表
//! (.xlsx, .xls, .ods, .csv), prints how its columns were read and what each row would do to
//! the ledger; with `--accept-all` it does it (one stamped edit per sheet) and saves. Without
//! it nothing is written.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::describe;
use crate::i18n::Lang;
use crate::model::sheet_merge::{SheetPlan, plan_sheet, sheet_edit};
use crate::model::{Ledger, SourceId};
use crate::sheet::{MoneyUnit, Sheet, read_sheet};
use crate::store::LedgerStore;
use crate::store::machine::stamp_now;

/// What to import and how.
pub struct ImportSheetRequest<'a> {
    pub files: &'a [PathBuf],
    pub accept_all: bool,
    pub lang: Lang,
}

/// Runs the import; returns the process exit code (0 done, 1 a file or the ledger failed).
pub fn run_import_sheet(
    data: &Path,
    today: NaiveDate,
    request: &ImportSheetRequest<'_>,
    out: &mut impl Write,
) -> i32 {
    let lang = request.lang;
    let opened = LedgerStore::open(data);
    let mut ledger = opened.ledger;
    let mut store = if request.accept_all {
        match opened.store.into_writable() {
            Ok(store) => Some(store),
            Err(blocked) => {
                eprintln!(
                    "town-tracker: {}",
                    describe::blocked(&blocked, data, false, lang)
                );
                return 1;
            }
        }
    } else {
        None
    };
    let mut failed = false;
    for file in request.files {
        let sheet = match read_sheet(file) {
            Ok(sheet) => sheet,
            Err(error) => {
                eprintln!(
                    "town-tracker: {}: {}",
                    file.display(),
                    describe::sheet_error(&error, lang)
                );
                failed = true;
                continue;
            }
        };
        let file_name = file
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        let plan = plan_sheet(&ledger, &sheet, &file_name, today);
        let _ = print_plan(out, &ledger, &sheet, &plan, lang);
        if store.is_none() {
            continue;
        }
        match sheet_edit(&mut ledger, &plan) {
            None => {
                let _ = writeln!(out, "{}", lang.pick("没有变化。", "Nothing changes."));
            }
            Some(edit) => {
                if let Err(error) = ledger.apply_stamped(edit, &stamp_now()) {
                    eprintln!("town-tracker: {}", describe::edit_error(&error, lang));
                    failed = true;
                }
            }
        }
    }
    match store.as_mut() {
        Some(store) => match store.save(&mut ledger) {
            Ok(_) => {
                let _ = writeln!(
                    out,
                    "{} {}",
                    lang.pick("已保存到", "Saved to"),
                    data.display()
                );
            }
            Err(error) => {
                eprintln!("town-tracker: {}", describe::save_error(&error, lang));
                failed = true;
            }
        },
        None => {
            let _ = writeln!(
                out,
                "{}",
                lang.pick(
                    "未写入任何内容;加上 --accept-all 才会导入。",
                    "Nothing was written; add --accept-all to import."
                )
            );
        }
    }
    i32::from(failed)
}

/// Column letters as a spreadsheet shows them: 0 → A, 26 → AA.
fn column_letter(index: usize) -> String {
    let mut letters = Vec::new();
    let mut n = index + 1;
    while n > 0 {
        let digit = (n - 1) % 26;
        letters.push(char::from(b'A' + digit as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

fn print_plan(
    out: &mut impl Write,
    ledger: &Ledger,
    sheet: &Sheet,
    plan: &SheetPlan,
    lang: Lang,
) -> std::io::Result<()> {
    writeln!(out, "{} · {}", plan.file_name, plan.title)?;
    match (plan.month, lang) {
        (Some(month), Lang::Zh) => writeln!(out, "{}年1-{month}月", plan.year)?,
        (Some(month), Lang::En) => writeln!(out, "{}, months 1-{month}", plan.year)?,
        (None, _) => writeln!(out, "{}", plan.year)?,
    }
    for column in &sheet.columns {
        let unit = column
            .money_unit
            .map(|unit| match unit {
                MoneyUnit::Yuan => " (元)",
                MoneyUnit::TenThousandYuan => " (万元)",
                MoneyUnit::HundredMillionYuan => " (亿元)",
            })
            .unwrap_or_default();
        let guessed = if column.guessed || column.money_unit_guessed {
            lang.pick(" ?猜测", " ?guessed")
        } else {
            ""
        };
        writeln!(
            out,
            "  {} 「{}」 → {}{unit}{guessed}",
            column_letter(column.index),
            column.header_text,
            lang.sheet_field(column.field)
        )?;
    }
    for row in &plan.rows {
        let words = lang.sheet_row(ledger, plan, row);
        let changes = if words.changes.is_empty() {
            String::new()
        } else {
            format!(" ({})", words.changes)
        };
        writeln!(
            out,
            "  {} {} {} · {}{changes}",
            words.row, words.what, row.name, words.unit
        )?;
    }
    let skipped = sheet.skipped.len();
    if skipped > 0 {
        match lang {
            Lang::Zh => writeln!(out, "  跳过 {skipped} 行(小计、合计、分组标题、说明)")?,
            Lang::En => writeln!(
                out,
                "  {skipped} rows skipped (subtotals, totals, section headings, notes)"
            )?,
        }
    }
    if plan
        .existing_source
        .is_some_and(|id: SourceId| ledger.source(id).is_some())
    {
        writeln!(
            out,
            "  {}",
            lang.pick("这张表以前导入过。", "This sheet was imported before.")
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_run_like_a_spreadsheet() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(27), "AB");
    }
}
