//! Why an article could not be read, in plain words: the article engine's errors.

use crate::article::decode::{BinaryKind, DecodeError};
use crate::article::{ArticleError, SpecialFile};
use crate::i18n::Lang;

use super::{io_reason, megabytes};

fn binary_kind_zh(kind: &BinaryKind) -> &'static str {
    match kind {
        BinaryKind::Png => "PNG 图片",
        BinaryKind::Jpeg => "JPEG 图片",
        BinaryKind::Gif => "GIF 图片",
        BinaryKind::Webp => "WebP 图片",
        BinaryKind::Tiff => "TIFF 图片",
        BinaryKind::Pdf => "PDF 文档;请复制其中的文字,用“粘贴文章文本”导入",
        BinaryKind::OldOfficeFile => "旧版 Office 文件(如 Word .doc);请另存为 .docx 后再导入",
        BinaryKind::Rtf => "RTF 文档;请另存为 .docx 或 .txt 后再导入",
        BinaryKind::ZipArchive => "不是 Word 文档的压缩包",
        BinaryKind::CompressedArchive => "压缩文件;请先解压",
        BinaryKind::Program => "程序文件",
        BinaryKind::Data => "二进制数据",
    }
}

fn special_file_zh(kind: SpecialFile) -> &'static str {
    match kind {
        SpecialFile::Folder => "文件夹",
        SpecialFile::Fifo => "命名管道(FIFO)",
        SpecialFile::Socket => "套接字",
        SpecialFile::Device => "设备文件",
        SpecialFile::Other => "特殊文件",
    }
}

/// Why an article could not be read. English is the engine's own wording, which is written
/// to be shown; Chinese says the same.
pub fn article_error(error: &ArticleError, lang: Lang) -> String {
    if lang == Lang::En {
        return error.to_string();
    }
    match error {
        ArticleError::Io { source, .. } => format!("无法读取文件:{}", io_reason(source, lang)),
        ArticleError::NotAFile { kind, .. } => {
            format!("这是{},不是可以读取的文件", special_file_zh(*kind))
        }
        ArticleError::Decode(decode) => match decode {
            DecodeError::Empty => "文件是空的".to_string(),
            DecodeError::TooLarge { size, limit } => format!(
                "文件有 {},超过了文章的上限 {}",
                megabytes(*size),
                megabytes(*limit)
            ),
            DecodeError::NotText(kind) => format!("这是{},不是文章", binary_kind_zh(kind)),
            // The engine states the reason in English only; the Chinese UI shows none.
            DecodeError::CorruptDocx { .. } => "这个 Word 文档(.docx)已损坏,无法打开".to_string(),
            DecodeError::UnpacksTooLarge { limit } => format!(
                "这个 Word 文档(.docx)解压后超过 {},太大,不像是一篇文章",
                megabytes(*limit)
            ),
            DecodeError::Undecodable => {
                "文件内容无法按任何已知编码读成文字(支持 UTF-8、UTF-16、GBK/GB18030 和 Big5)"
                    .to_string()
            }
        },
    }
}
