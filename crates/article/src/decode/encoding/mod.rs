//! Bytes to text for the text containers. The order of evidence: a byte-order mark; valid UTF-8;
//! UTF-16 without a mark; the encoding an HTML page declares (when its bytes fit it); UTF-8 with
//! a few damaged bytes; and last a guess among the legacy encodings by `chardetng`, without a
//! locale hint (the design notes measured that a hint hurt). A decode that had to replace
//! characters, or a guess that rests on little or unusual evidence, adds an `EncodingGuess`
//! warning in plain words.

mod quality;
mod utf16;

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{BIG5, Encoding, GB18030, GBK, UTF_8};

use super::{BinaryKind, DecodeError};
use crate::extraction::{Warning, WarningKind};
use quality::Quality;

/// How many bytes the encoding is judged on: plenty for `chardetng`, and cheap.
const DETECTION_SAMPLE_BYTES: usize = 64 * 1024;

/// Fewer non-ASCII characters than this make a legacy-encoding guess shaky.
const FEW_NON_ASCII_CHARACTERS: usize = 20;

/// Text read from bytes, the name of the encoding used, and any doubts about it.
#[derive(Debug, Clone, PartialEq)]
pub struct DecodedText {
    pub text: String,
    /// "UTF-8", "GBK", "GB18030", "Big5", "UTF-16LE", …
    pub encoding: String,
    pub warnings: Vec<Warning>,
}

/// Decodes text bytes; `declared` is the encoding an HTML page names for itself, if any.
pub fn decode_text(
    bytes: &[u8],
    declared: Option<&'static Encoding>,
) -> Result<DecodedText, DecodeError> {
    let candidate = if let Some((encoding, bom_length)) = Encoding::for_bom(bytes) {
        Candidate::read(encoding, &bytes[bom_length..], false)
    } else if !bytes.contains(&0)
        && let Ok(text) = std::str::from_utf8(bytes)
    {
        Candidate::valid_utf8(text)
    } else if let Some(encoding) = utf16::recognise(bytes) {
        Candidate::read(encoding, bytes, false)
    } else {
        let bytes = without_trailing_nuls(bytes);
        if bytes.is_empty() || bytes.contains(&0) {
            return Err(DecodeError::NotText(BinaryKind::Data));
        }
        match declared.filter(|encoding| encoding.is_ascii_compatible()) {
            Some(declared) => with_declared(declared, bytes),
            None => mostly_utf8(bytes).unwrap_or_else(|| guess(bytes)),
        }
    };
    if candidate.quality.is_mostly_control_characters() {
        return Err(DecodeError::NotText(BinaryKind::Data));
    }
    if candidate.quality.is_mostly_replaced() || candidate.is_single_byte_noise() {
        return Err(DecodeError::Undecodable);
    }
    Ok(candidate.into_decoded())
}

/// One way of reading the bytes, with how well it read and what the user should be told.
struct Candidate {
    encoding: &'static Encoding,
    name: String,
    text: String,
    quality: Quality,
    guessed: bool,
    notes: Vec<String>,
}

impl Candidate {
    fn valid_utf8(text: &str) -> Self {
        Candidate {
            encoding: UTF_8,
            name: UTF_8.name().to_string(),
            quality: Quality::measure(text),
            text: text.to_owned(),
            guessed: false,
            notes: Vec::new(),
        }
    }

    fn read(encoding: &'static Encoding, bytes: &[u8], guessed: bool) -> Self {
        let (text, _) = encoding.decode_without_bom_handling(bytes);
        let text = text.into_owned();
        Candidate {
            encoding,
            name: display_name(encoding, bytes),
            quality: Quality::measure(&text),
            text,
            guessed,
            notes: Vec::new(),
        }
    }

    /// Whether this is a guess of a single-byte encoding (Latin, Cyrillic, …) that turned
    /// mostly into non-ASCII letters: noise, not an article.
    fn is_single_byte_noise(&self) -> bool {
        self.guessed && self.encoding.is_single_byte() && self.quality.is_mostly_non_ascii()
    }

    /// Whether this reading is in a Chinese encoding (or UTF-8) and replaced nothing.
    fn is_clean_chinese(&self) -> bool {
        is_expected_encoding(self.encoding) && self.quality.replaced == 0
    }

    fn into_decoded(mut self) -> DecodedText {
        if self.quality.replaced > 0 {
            self.notes.push(format!(
                "有 {} 个字符不能按 {} 读出,已用 \u{FFFD} 代替;部分文字可能是乱码。",
                self.quality.replaced, self.name
            ));
        }
        if self.guessed && self.encoding != UTF_8 {
            if !is_expected_encoding(self.encoding) {
                self.notes.push(format!(
                    "猜测文字编码为 {},中文文章少见这种编码,文字可能是乱码。\
                     如果看起来不对,请把文章另存为 UTF-8 后重新导入。",
                    self.name
                ));
            } else if self.quality.non_ascii < FEW_NON_ASCII_CHARACTERS {
                self.notes.push(format!(
                    "只凭少数几个字符猜测文字编码为 {},请核对文字是否通顺。",
                    self.name
                ));
            }
        }
        DecodedText {
            text: self.text,
            encoding: self.name,
            warnings: self.notes.into_iter().map(encoding_warning).collect(),
        }
    }
}

fn encoding_warning(message: String) -> Warning {
    Warning {
        kind: WarningKind::EncodingGuess,
        message,
        span: None,
    }
}

/// Reads a page with the encoding it declares, unless its bytes do not fit that encoding or
/// clearly read better as Chinese: then the detected encoding is used and the user told.
fn with_declared(declared: &'static Encoding, bytes: &[u8]) -> Candidate {
    let stated = Candidate::read(declared, bytes, false);
    if stated.is_clean_chinese() {
        return stated;
    }
    let mut detected = mostly_utf8(bytes).unwrap_or_else(|| guess(bytes));
    let detected_reads_better = detected.quality.replaced < stated.quality.replaced
        || (stated.quality.replaced == 0 && detected.is_clean_chinese());
    if detected_reads_better && detected.encoding != declared {
        detected.notes.push(format!(
            "网页声明的编码是 {},但内容按 {} 才读得通;已按 {} 读取。",
            stated.name, detected.name, detected.name
        ));
        detected
    } else {
        stated
    }
}

/// UTF-8 with a few damaged bytes (a cut-off download, one bad edit) rather than a legacy text,
/// judged on the detection sample.
fn mostly_utf8(bytes: &[u8]) -> Option<Candidate> {
    const MIN_VALID_CHARACTERS: usize = 16;
    const VALID_PER_REPLACED: usize = 10;
    let (sample, _) = detection_sample(bytes);
    let quality = Quality::measure(&String::from_utf8_lossy(sample));
    let valid = quality.non_ascii.saturating_sub(quality.replaced);
    (valid >= MIN_VALID_CHARACTERS && quality.replaced * VALID_PER_REPLACED <= valid)
        .then(|| Candidate::read(UTF_8, bytes, false))
}

/// The legacy encoding `chardetng` finds most likely in the detection sample.
fn guess(bytes: &[u8]) -> Candidate {
    let (sample, is_whole) = detection_sample(bytes);
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(sample, is_whole);
    let encoding = detector.guess(None, Utf8Detection::Allow);
    Candidate::read(encoding, bytes, true)
}

/// What the encoding is judged on: up to [`DETECTION_SAMPLE_BYTES`] from the first non-ASCII
/// byte (the ASCII before it reads the same in every candidate), and whether that is the rest
/// of the input. Judging a megabyte would take `chardetng` a fifth of a second.
fn detection_sample(bytes: &[u8]) -> (&[u8], bool) {
    let start = bytes
        .iter()
        .position(|byte| !byte.is_ascii())
        .unwrap_or(bytes.len());
    let end = bytes.len().min(start + DETECTION_SAMPLE_BYTES);
    (&bytes[start..end], end == bytes.len())
}

/// UTF-8 and the encodings Chinese articles come in; any other guess is worth a warning.
fn is_expected_encoding(encoding: &'static Encoding) -> bool {
    [UTF_8, GBK, GB18030, BIG5].contains(&encoding)
}

/// The name shown to the user: encoding_rs's name, with GBK text that uses GB18030's four-byte
/// sequences called GB18030 (the GBK decoder reads them; the name should say so).
fn display_name(encoding: &'static Encoding, bytes: &[u8]) -> String {
    if encoding == GB18030 || (encoding == GBK && has_gb18030_four_byte_sequence(bytes)) {
        "GB18030".to_string()
    } else {
        encoding.name().to_string()
    }
}

/// Whether GB18030 bytes contain a four-byte sequence (a lead byte then a digit byte).
fn has_gb18030_four_byte_sequence(bytes: &[u8]) -> bool {
    let mut index = 0;
    while let Some(&byte) = bytes.get(index) {
        match (byte, bytes.get(index + 1)) {
            (0x81..=0xFE, Some(0x30..=0x39)) => return true,
            (0x81..=0xFE, Some(_)) => index += 2,
            _ => index += 1,
        }
    }
    false
}

/// The bytes without the NUL padding some tools leave at the end of a text file.
fn without_trailing_nuls(bytes: &[u8]) -> &[u8] {
    let end = bytes
        .iter()
        .rposition(|byte| *byte != 0)
        .map_or(0, |last| last + 1);
    &bytes[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "青禾镇总投资12亿元的智能装备产业园项目正在进行主体施工，力争6月底前竣工投产。\
                         计划投资3.5亿元的冷链物流中心项目已完成土建。";
    const STORY_TRADITIONAL: &str = "東林鎮總投資18億元的新能源電池項目正在加緊建設，\
                                     一號廠房主體已經封頂，計劃年底前完成設備安裝。";

    fn encode(encoding: &'static Encoding, text: &str) -> Vec<u8> {
        let (bytes, _, unmappable) = encoding.encode(text);
        assert!(!unmappable, "test text must fit {}", encoding.name());
        bytes.into_owned()
    }

    fn decoded(bytes: &[u8]) -> DecodedText {
        decode_text(bytes, None).expect("test bytes decode")
    }

    #[test]
    fn utf8_is_taken_as_it_is() {
        let result = decoded(STORY.as_bytes());
        assert_eq!(result.text, STORY);
        assert_eq!(result.encoding, "UTF-8");
        assert!(result.warnings.is_empty());
    }

    #[test]
    fn byte_order_marks_decide() {
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(STORY.encode_utf16().flat_map(u16::to_le_bytes));
        let result = decoded(&utf16);
        assert_eq!(
            (result.text.as_str(), result.encoding.as_str()),
            (STORY, "UTF-16LE")
        );
        let mut utf8 = b"\xef\xbb\xbf".to_vec();
        utf8.extend_from_slice(STORY.as_bytes());
        assert_eq!(decoded(&utf8).text, STORY);
    }

    #[test]
    fn gbk_and_big5_are_detected() {
        let result = decoded(&encode(GBK, STORY));
        assert_eq!(
            (result.text.as_str(), result.encoding.as_str()),
            (STORY, "GBK")
        );
        assert!(result.warnings.is_empty(), "{:?}", result.warnings);
        let result = decoded(&encode(BIG5, STORY_TRADITIONAL));
        assert_eq!(
            (result.text.as_str(), result.encoding.as_str()),
            (STORY_TRADITIONAL, "Big5")
        );
    }

    #[test]
    fn four_byte_sequences_are_called_gb18030() {
        let text = format!("\u{20BB7}安镇{STORY}");
        let result = decoded(&encode(GB18030, &text));
        assert_eq!(
            (result.text.as_str(), result.encoding.as_str()),
            (text.as_str(), "GB18030")
        );
        assert!(has_gb18030_four_byte_sequence(b"\x95\x32\x82\x36"));
        assert!(!has_gb18030_four_byte_sequence(&encode(GBK, STORY)));
    }

    #[test]
    fn long_texts_are_judged_on_a_sample_from_their_first_non_ascii_byte() {
        let mut bytes = b"<html>".repeat(20_000);
        let story = encode(GBK, &STORY.repeat(2_000));
        bytes.extend_from_slice(&story);
        let (sample, is_whole) = detection_sample(&bytes);
        assert_eq!(sample, &story[..DETECTION_SAMPLE_BYTES]);
        assert!(!is_whole);
        let result = decoded(&bytes);
        assert_eq!(result.encoding, "GBK");
        assert!(result.warnings.is_empty());
        assert_eq!(detection_sample(b"abc"), (&b""[..], true));
    }

    #[test]
    fn a_declared_charset_is_used_when_the_bytes_fit() {
        let bytes = encode(GBK, STORY);
        let result = decode_text(&bytes, Some(GBK)).expect("decodes");
        assert_eq!(
            (result.text.as_str(), result.encoding.as_str()),
            (STORY, "GBK")
        );
        assert!(result.warnings.is_empty());
    }

    #[test]
    fn a_wrong_declared_charset_is_overruled_with_a_warning() {
        let bytes = encode(BIG5, STORY_TRADITIONAL);
        let result = decode_text(&bytes, Some(encoding_rs::WINDOWS_1252)).expect("decodes");
        assert_eq!(result.text, STORY_TRADITIONAL);
        assert_eq!(result.warnings.len(), 1);
        assert!(result.warnings[0].message.contains("windows-1252"));
        assert_eq!(result.warnings[0].kind, WarningKind::EncodingGuess);
    }

    #[test]
    fn utf8_with_a_damaged_byte_stays_utf8_and_warns() {
        let mut bytes = STORY.as_bytes().to_vec();
        bytes.insert(9, 0xFF);
        let result = decoded(&bytes);
        assert_eq!(result.encoding, "UTF-8");
        assert_eq!(result.text.matches('\u{FFFD}').count(), 1);
        assert_eq!(result.warnings.len(), 1);
        assert!(
            result.warnings[0]
                .message
                .starts_with("有 1 个字符不能按 UTF-8 读出")
        );
    }

    #[test]
    fn a_guess_from_few_characters_warns() {
        let result = decoded(&encode(GBK, "项目 2024"));
        assert!(!result.warnings.is_empty());
        assert!(result.warnings.iter().all(|warning| warning.span.is_none()));
    }

    #[test]
    fn nul_bytes_mean_binary_but_trailing_padding_is_dropped() {
        let mut padded = encode(GBK, STORY);
        padded.extend_from_slice(&[0, 0, 0]);
        assert_eq!(decoded(&padded).text, STORY);
        assert!(matches!(
            decode_text(b"\x01\x00\x02\x03\x00\xff\xfe\x00\x01", None),
            Err(DecodeError::NotText(BinaryKind::Data))
        ));
        assert!(matches!(
            decode_text(b"\x00\x00\x00", None),
            Err(DecodeError::NotText(BinaryKind::Data))
        ));
    }

    #[test]
    fn high_byte_noise_is_undecodable() {
        let bytes = b"\xc9t\xe9\xe8\xea\xeb \xee\xef\xf4\xf9\xe0\xe7 ".repeat(40);
        assert!(matches!(
            decode_text(&bytes, None),
            Err(DecodeError::Undecodable)
        ));
    }

    #[test]
    fn control_character_soup_is_binary() {
        let bytes: Vec<u8> = [0x01, 0x02, 0x03, 0x04, 0x1B, 0x7F, 0x05].repeat(60);
        assert!(matches!(
            decode_text(&bytes, None),
            Err(DecodeError::NotText(BinaryKind::Data))
        ));
    }
}
