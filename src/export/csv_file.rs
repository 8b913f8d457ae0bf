//! The sheet as CSV: UTF-8 with a byte-order mark (Excel and WPS then read Chinese correctly),
//! quoted where needed by the `csv` crate. The heading row, then every printed row — projects,
//! each unit's subtotal ("东岭镇 小计" in 区镇) and the 合计 — with numbers as plain numbers
//! (amounts in 万元) and dates as yyyy-mm-dd. The title is left out, so the file stays a table.

use std::io::Write;
use std::path::Path;

use super::ExportError;
use super::sheet::ProgressSheet;

pub fn write_csv(path: &Path, sheet: &ProgressSheet) -> Result<(), ExportError> {
    let io = |source| ExportError::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut file = std::io::BufWriter::new(std::fs::File::create(path).map_err(io)?);
    file.write_all("\u{feff}".as_bytes()).map_err(io)?;
    let mut writer = csv::Writer::from_writer(file);
    writer
        .write_record(sheet.columns.iter().map(|c| &c.heading))
        .map_err(|e| ExportError::format(path, e))?;
    for (_, row) in sheet.printed_rows() {
        writer
            .write_record(row.iter().map(|cell| cell.plain_text()))
            .map_err(|e| ExportError::format(path, e))?;
    }
    writer.flush().map_err(io)
}
