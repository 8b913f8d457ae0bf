//! CSV text into a grid. The bytes are decoded by their byte-order mark if they have one
//! (UTF-8, UTF-16), else as strict UTF-8, else as GB18030 (the superset of GBK that Excel
//! on a Chinese Windows saves CSV in). Commas separate cells unless the first line has
//! more tabs than commas.

use std::borrow::Cow;

use encoding_rs::{Encoding, GB18030};

use crate::error::SheetError;
use crate::grid::{Cell, Grid};
use crate::kind::SheetKind;

/// The grid of a CSV file's bytes.
pub(crate) fn read_delimited(bytes: &[u8]) -> Result<Grid, SheetError> {
    let text = decode(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter_of(&text))
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| SheetError::Unreadable {
            kind: SheetKind::Csv,
            detail: e.to_string(),
        })?;
        rows.push(record.iter().map(Cell::text).collect());
    }
    Ok(Grid::new(rows))
}

/// The text of the bytes: by BOM, else strict UTF-8, else GB18030.
fn decode(bytes: &[u8]) -> Cow<'_, str> {
    if let Some((encoding, bom_length)) = Encoding::for_bom(bytes) {
        return encoding.decode_without_bom_handling(&bytes[bom_length..]).0;
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Cow::Borrowed(text),
        Err(_) => GB18030.decode_without_bom_handling(bytes).0,
    }
}

fn delimiter_of(text: &str) -> u8 {
    let first_line = text.lines().next().unwrap_or_default();
    let tabs = first_line.matches('\t').count();
    let commas = first_line.matches(',').count();
    if tabs > commas { b'\t' } else { b',' }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_a_bom_and_gbk_decode_to_the_same_text() {
        let text = "项目名称,总投资\n星河智造产业园项目,3000\n";
        let mut with_bom = vec![0xEF, 0xBB, 0xBF];
        with_bom.extend_from_slice(text.as_bytes());
        let (gbk, _, _) = encoding_rs::GBK.encode(text);
        assert_eq!(decode(&with_bom), text);
        assert_eq!(decode(&gbk), text);
        assert_eq!(decode(text.as_bytes()), text);
    }

    #[test]
    fn tab_separated_text_splits_on_tabs() {
        let grid = read_delimited("项目名称\t总投资\n青禾项目\t1,200\n".as_bytes()).unwrap();
        assert_eq!(grid.rows[1][1].text, "1,200");
        assert_eq!(grid.rows[0].len(), 2);
    }
}
