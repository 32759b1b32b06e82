//! From the bytes of a file to text: byte-order marks, UTF-8 or Windows-1252 (files saved by
//! Excel on a Danish PC), UTF-16 ("Unicode-tekst" from Excel), and files that are not text.

use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1252};
use serde::{Deserialize, Serialize};

use super::FileError;

/// The largest file the app reads. A whole jobindsats.dk extract of every municipality, group
/// and month (about 100.000 rows) is 5-10 MB.
pub const MAX_FILE_BYTES: usize = 25 * 1024 * 1024;

/// How the file's text was encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TextEncoding {
    Utf8,
    /// UTF-8 starting with a byte-order mark (Danmarks Statistik's Statbank files).
    Utf8Bom,
    Utf16Le,
    Utf16Be,
    /// Windows-1252 (Excel on a Danish PC).
    Windows1252,
}

impl TextEncoding {
    pub fn name(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "UTF-8",
            TextEncoding::Utf8Bom => "UTF-8 med BOM",
            TextEncoding::Utf16Le => "UTF-16 LE",
            TextEncoding::Utf16Be => "UTF-16 BE",
            TextEncoding::Windows1252 => "Windows-1252",
        }
    }
}

/// Decoded text and how it was found.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub text: String,
    pub encoding: TextEncoding,
    /// The text had been converted to UTF-8 twice ("Ã¸" for "ø") and was repaired.
    pub repaired_double_encoding: bool,
}

/// Turns a file's bytes into text, or says why it is not a text table.
pub fn decode(bytes: &[u8]) -> Result<Decoded, FileError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(FileError::TooLarge { bytes: bytes.len() });
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(FileError::Empty);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return Err(FileError::Spreadsheet { kind: "xlsx" });
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(FileError::Spreadsheet { kind: "xls" });
    }
    let (text, encoding) = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        utf8_after_bom(rest)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        let (text, _) = UTF_16LE.decode_without_bom_handling(rest);
        (text.into_owned(), TextEncoding::Utf16Le)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        let (text, _) = UTF_16BE.decode_without_bom_handling(rest);
        (text.into_owned(), TextEncoding::Utf16Be)
    } else if looks_binary(bytes) {
        return Err(FileError::Binary);
    } else {
        match std::str::from_utf8(bytes) {
            Ok(text) => (text.to_owned(), TextEncoding::Utf8),
            Err(_) => {
                let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
                (text.into_owned(), TextEncoding::Windows1252)
            }
        }
    };
    if text.contains('\0') || text.trim().is_empty() {
        return Err(if text.trim().is_empty() {
            FileError::Empty
        } else {
            FileError::Binary
        });
    }
    // Line ends as one '\n', so that rows are counted the same for Windows (CRLF), old Mac
    // (CR) and Unix files.
    let text = if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    };
    let (text, repaired) = repair_double_encoding(text);
    Ok(Decoded {
        text,
        encoding,
        repaired_double_encoding: repaired,
    })
}

fn utf8_after_bom(bytes: &[u8]) -> (String, TextEncoding) {
    match std::str::from_utf8(bytes) {
        Ok(t) => (t.to_owned(), TextEncoding::Utf8Bom),
        // A byte-order mark says UTF-8, but the bytes are not: most likely edited and saved
        // as Windows-1252 afterwards. Read it as that.
        Err(_) => (
            WINDOWS_1252
                .decode_without_bom_handling(bytes)
                .0
                .into_owned(),
            TextEncoding::Windows1252,
        ),
    }
}

/// NUL bytes or many control characters in the first 8 KB: not a text table.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
        .count();
    head.contains(&0) || control * 20 > head.len()
}

/// Danish letters as they look after UTF-8 text was read as Windows-1252 and saved as UTF-8
/// again.
const DOUBLE_ENCODED: [&str; 6] = ["Ã¦", "Ã¸", "Ã¥", "Ã†", "Ã˜", "Ã…"];

/// Repairs text that went through UTF-8 → Windows-1252 → UTF-8, when every such sequence
/// can be reversed.
fn repair_double_encoding(text: String) -> (String, bool) {
    if !DOUBLE_ENCODED.iter().any(|s| text.contains(s)) {
        return (text, false);
    }
    let (bytes, _, unmappable) = WINDOWS_1252.encode(&text);
    if unmappable {
        return (text, false);
    }
    match String::from_utf8(bytes.into_owned()) {
        Ok(fixed) => (fixed, true),
        Err(_) => (text, false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_letters_come_out_right_in_every_encoding() {
        let want = "Område;Tønder;Ærø";
        let (w1252, _, _) = WINDOWS_1252.encode(want);
        let mut utf16 = vec![0xFF, 0xFE];
        for u in want.encode_utf16() {
            utf16.extend_from_slice(&u.to_le_bytes());
        }
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(want.as_bytes());
        for (bytes, enc) in [
            (want.as_bytes().to_vec(), TextEncoding::Utf8),
            (bom, TextEncoding::Utf8Bom),
            (w1252.into_owned(), TextEncoding::Windows1252),
            (utf16, TextEncoding::Utf16Le),
        ] {
            let d = decode(&bytes).unwrap();
            assert_eq!(d.text, want);
            assert_eq!(d.encoding, enc);
        }
    }

    #[test]
    fn double_encoded_text_is_repaired() {
        let d = decode(
            "Område;Tønder"
                .replace('å', "Ã¥")
                .replace('ø', "Ã¸")
                .as_bytes(),
        )
        .unwrap();
        assert_eq!(d.text, "Område;Tønder");
        assert!(d.repaired_double_encoding);
    }
}
