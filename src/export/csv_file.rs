//! The sheet as CSV: UTF-8 with a byte-order mark (Excel and WPS then read Chinese correctly),
//! quoted where needed by the `csv` crate.

use std::io::Write;
use std::path::Path;

use super::ExportError;

pub fn write_csv(
    path: &Path,
    headings: &[String],
    rows: &[Vec<String>],
) -> Result<(), ExportError> {
    let io = |source| ExportError::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut file = std::io::BufWriter::new(std::fs::File::create(path).map_err(io)?);
    file.write_all("\u{feff}".as_bytes()).map_err(io)?;
    let mut writer = csv::Writer::from_writer(file);
    writer
        .write_record(headings)
        .map_err(|e| ExportError::format(path, e))?;
    for row in rows {
        writer
            .write_record(row)
            .map_err(|e| ExportError::format(path, e))?;
    }
    writer.flush().map_err(io)
}
