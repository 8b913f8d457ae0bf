//! Why a spreadsheet (推进表) could not be read, in plain words.

use super::io_reason;
use crate::i18n::Lang;
use crate::sheet::SheetError;

/// Why a sheet could not be read.
pub fn sheet_error(error: &SheetError, lang: Lang) -> String {
    match (error, lang) {
        (SheetError::Io { path, source }, Lang::Zh) => {
            format!("无法读取表格 {}:{}。", path.display(), io_reason(source, lang))
        }
        (SheetError::Io { path, source }, Lang::En) => {
            format!("Cannot read the spreadsheet {}: {source}.", path.display())
        }
        (SheetError::UnsupportedFormat { extension }, Lang::Zh) => format!(
            "“{extension}”不是能读取的表格格式;请用 .xlsx、.xls、.ods 或 .csv。"
        ),
        (SheetError::UnsupportedFormat { extension }, Lang::En) => format!(
            "“{extension}” is not a spreadsheet format Town Tracker reads; use .xlsx, .xls, .ods or .csv."
        ),
        (SheetError::Unreadable { kind, .. }, Lang::Zh) => {
            format!("这个 {kind} 文件已损坏,或者并不是 {kind} 文件。")
        }
        (SheetError::Unreadable { kind, .. }, Lang::En) => {
            format!("This {kind} file is damaged or not really a {kind} file.")
        }
        (SheetError::NoHeader { .. }, Lang::Zh) => {
            "表格中没有找到带“项目名称”列的表头行,不像是项目推进表。".into()
        }
        (SheetError::NoHeader { .. }, Lang::En) => {
            "No worksheet has a header row with a project name column (项目名称); this does not look like a 推进表.".into()
        }
        (SheetError::NoSuchColumn { index, columns }, Lang::Zh) => {
            format!("没有第 {} 列:表格只有 {columns} 列。", index + 1)
        }
        (SheetError::NoSuchColumn { index, columns }, Lang::En) => {
            format!("There is no column {}: the sheet has {columns}.", index + 1)
        }
    }
}
