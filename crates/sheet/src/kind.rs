//! Which reader a file goes to: by its extension, corrected by its first bytes when a
//! workbook was saved under another workbook's name (an .xls that is really an .xlsx).

use std::fmt;
use std::path::Path;

use crate::error::SheetError;

/// The spreadsheet formats this crate reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SheetKind {
    /// Office Open XML workbook (.xlsx, .xlsm).
    Xlsx,
    /// Excel binary workbook (.xlsb).
    Xlsb,
    /// Excel 97–2003 workbook (.xls).
    Xls,
    /// OpenDocument spreadsheet (.ods).
    Ods,
    /// Comma- or tab-separated text (.csv, .tsv, .txt), UTF-8 or GBK.
    Csv,
}

impl SheetKind {
    /// The kind named by a path's extension (case-insensitive).
    pub fn from_path(path: &Path) -> Result<Self, SheetError> {
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or_default();
        Self::from_extension(extension).ok_or_else(|| SheetError::UnsupportedFormat {
            extension: extension.to_owned(),
        })
    }

    /// The kind named by an extension without its dot, if it is one this crate reads.
    pub fn from_extension(extension: &str) -> Option<Self> {
        match extension.to_ascii_lowercase().as_str() {
            "xlsx" | "xlsm" => Some(Self::Xlsx),
            "xlsb" => Some(Self::Xlsb),
            "xls" => Some(Self::Xls),
            "ods" => Some(Self::Ods),
            "csv" | "tsv" | "txt" => Some(Self::Csv),
            _ => None,
        }
    }

    /// The workbook kind the bytes' signature shows, if it is a workbook at all:
    /// a zip holding an OpenDocument mimetype is .ods, any other zip .xlsx, an OLE
    /// compound file .xls.
    pub fn sniff(bytes: &[u8]) -> Option<Self> {
        const ZIP: &[u8] = b"PK\x03\x04";
        const OLE: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        const ODS_MIMETYPE: &[u8] = b"application/vnd.oasis.opendocument.spreadsheet";
        if bytes.starts_with(ZIP) {
            let head = &bytes[..bytes.len().min(256)];
            let is_ods = head
                .windows(ODS_MIMETYPE.len())
                .any(|window| window == ODS_MIMETYPE);
            Some(if is_ods { Self::Ods } else { Self::Xlsx })
        } else if bytes.starts_with(OLE) {
            Some(Self::Xls)
        } else {
            None
        }
    }

    /// The kind to read bytes as: the named kind, unless the bytes are plainly a
    /// different workbook kind (a zip named .xls, an OLE file named .xlsx). A CSV
    /// name is trusted, and so is .xlsb, whose zip looks like an .xlsx.
    pub(crate) fn corrected_by(self, bytes: &[u8]) -> Self {
        match (self, Self::sniff(bytes)) {
            (Self::Csv | Self::Xlsb, _) | (_, None) => self,
            (_, Some(sniffed)) => sniffed,
        }
    }
}

impl fmt::Display for SheetKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Xlsx => "xlsx",
            Self::Xlsb => "xlsb",
            Self::Xls => "xls",
            Self::Ods => "ods",
            Self::Csv => "csv",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extensions_route_to_their_reader_whatever_their_case() {
        assert_eq!(SheetKind::from_extension("XLSX"), Some(SheetKind::Xlsx));
        assert_eq!(SheetKind::from_extension("xls"), Some(SheetKind::Xls));
        assert_eq!(SheetKind::from_extension("Ods"), Some(SheetKind::Ods));
        assert_eq!(SheetKind::from_extension("csv"), Some(SheetKind::Csv));
        assert_eq!(SheetKind::from_extension("docx"), None);
    }

    #[test]
    fn an_unknown_extension_is_an_unsupported_format() {
        let error = SheetKind::from_path(Path::new("推进表.docx")).unwrap_err();
        assert!(
            matches!(error, SheetError::UnsupportedFormat { extension } if extension == "docx")
        );
    }

    #[test]
    fn signatures_override_a_wrong_workbook_extension() {
        assert_eq!(
            SheetKind::Xls.corrected_by(b"PK\x03\x04rest"),
            SheetKind::Xlsx
        );
        let ods = b"PK\x03\x04....mimetypeapplication/vnd.oasis.opendocument.spreadsheet";
        assert_eq!(SheetKind::Xlsx.corrected_by(ods), SheetKind::Ods);
        let ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0];
        assert_eq!(SheetKind::Xlsx.corrected_by(&ole), SheetKind::Xls);
        assert_eq!(SheetKind::Csv.corrected_by(b"PK\x03\x04"), SheetKind::Csv);
        assert_eq!(SheetKind::Ods.corrected_by(b"garbage"), SheetKind::Ods);
    }
}
