//! From the bytes of a file to text: byte-order marks, UTF-8, Windows-1252 or code page 850
//! (files saved by Excel on a Danish PC as "CSV" or "CSV (MS-DOS)"), UTF-16 ("Unicode-tekst"
//! from Excel), and files that are not text.
//!
//! The single-byte code pages are small tables here. A file that is not UTF-8 is read both as
//! Windows-1252 and as code page 850 and the reading that looks more like text wins
//! ([`looks_like_cp850`]).

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::FileError;

mod code_pages;

#[cfg(test)]
use code_pages::char_in;
pub use code_pages::looks_like_cp850;
use code_pages::{decode_with, encode_1252, CP850, WINDOWS_1252};

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
    /// Windows-1252 (Excel on a Danish PC, "CSV").
    Windows1252,
    /// Code page 850 (Excel's "CSV (MS-DOS)" on a Danish PC).
    Cp850,
}

impl TextEncoding {
    pub fn name(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "UTF-8",
            TextEncoding::Utf8Bom => "UTF-8 med BOM",
            TextEncoding::Utf16Le => "UTF-16 LE",
            TextEncoding::Utf16Be => "UTF-16 BE",
            TextEncoding::Windows1252 => "Windows-1252",
            TextEncoding::Cp850 => "CP850 (MS-DOS)",
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

/// A file's text, shared by the sniffer and the reading without a copy.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FileText(Arc<String>);

impl From<String> for FileText {
    fn from(text: String) -> Self {
        FileText(Arc::new(text))
    }
}

impl std::ops::Deref for FileText {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        self.0.as_bytes()
    }
}

impl AsRef<[u8]> for FileText {
    fn as_ref(&self) -> &[u8] {
        self.0.as_bytes()
    }
}

impl FileText {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// How a file's bytes are read as text: found without copying them.
#[derive(Clone, Copy)]
enum Reading {
    /// UTF-8 from this byte on.
    Utf8(usize, TextEncoding),
    /// UTF-16 from this byte on.
    Utf16(usize, TextEncoding),
    /// Windows-1252 or code page 850 from this byte on.
    SingleByte(usize),
}

fn reading(bytes: &[u8]) -> Result<Reading, FileError> {
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
    Ok(
        if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
            // A byte-order mark says UTF-8, but the bytes may not be: most likely edited and
            // saved as Windows-1252 (or code page 850) afterwards. Read it as that.
            match std::str::from_utf8(rest) {
                Ok(_) => Reading::Utf8(3, TextEncoding::Utf8Bom),
                Err(_) => Reading::SingleByte(3),
            }
        } else if bytes.starts_with(&[0xFF, 0xFE]) {
            Reading::Utf16(2, TextEncoding::Utf16Le)
        } else if bytes.starts_with(&[0xFE, 0xFF]) {
            Reading::Utf16(2, TextEncoding::Utf16Be)
        } else if let Some(encoding) = utf16_without_bom(bytes) {
            Reading::Utf16(0, encoding)
        } else if looks_binary(bytes) {
            return Err(FileError::Binary);
        } else if std::str::from_utf8(bytes).is_ok() {
            Reading::Utf8(0, TextEncoding::Utf8)
        } else {
            Reading::SingleByte(0)
        },
    )
}

/// The text of bytes that are not read in place.
fn text_of(bytes: &[u8], how: Reading) -> (String, TextEncoding) {
    match how {
        Reading::Utf8(skip, encoding) => (
            String::from_utf8_lossy(&bytes[skip..]).into_owned(),
            encoding,
        ),
        Reading::Utf16(skip, TextEncoding::Utf16Be) => (
            utf16(&bytes[skip..], u16::from_be_bytes),
            TextEncoding::Utf16Be,
        ),
        Reading::Utf16(skip, _) => (
            utf16(&bytes[skip..], u16::from_le_bytes),
            TextEncoding::Utf16Le,
        ),
        Reading::SingleByte(skip) => single_byte(&bytes[skip..]),
    }
}

/// Turns a file's bytes into text, or says why it is not a text table.
pub fn decode(bytes: &[u8]) -> Result<Decoded, FileError> {
    let how = reading(bytes)?;
    let (text, encoding) = text_of(bytes, how);
    finish(text, encoding)
}

/// As [`decode`], taking the bytes: UTF-8 becomes the text where it lies, without a copy.
pub fn decode_owned(mut bytes: Vec<u8>) -> Result<Decoded, FileError> {
    let how = reading(&bytes)?;
    let (text, encoding) = match how {
        Reading::Utf8(skip, encoding) => {
            bytes.drain(..skip);
            match String::from_utf8(bytes) {
                Ok(text) => (text, encoding),
                Err(e) => text_of(e.as_bytes(), Reading::SingleByte(0)),
            }
        }
        _ => text_of(&bytes, how),
    };
    finish(text, encoding)
}

fn finish(text: String, encoding: TextEncoding) -> Result<Decoded, FileError> {
    if text.trim().is_empty() {
        return Err(FileError::Empty);
    }
    if text.contains('\0') {
        return Err(FileError::Binary);
    }
    let (text, repaired) = repair_double_encoding(one_line_end(text));
    Ok(Decoded {
        text,
        encoding,
        repaired_double_encoding: repaired,
    })
}

/// Line ends as one '\n', so that rows are counted the same for Windows (CRLF), old Mac (CR)
/// and Unix files. Done where the text lies: it only gets shorter.
fn one_line_end(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    let mut bytes = text.into_bytes();
    let mut kept = 0;
    let mut after_cr = false;
    for i in 0..bytes.len() {
        let b = bytes[i];
        if b == b'\n' && after_cr {
            after_cr = false;
            continue;
        }
        after_cr = b == b'\r';
        bytes[kept] = if after_cr { b'\n' } else { b };
        kept += 1;
    }
    bytes.truncate(kept);
    // Only ASCII bytes were changed or removed, so the text is still UTF-8.
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// UTF-16 saved without a byte-order mark (by other tools than Excel): the characters of a
/// Danish table are Latin letters, digits and signs, whose high byte is 0, so in the first
/// 8 KB at least 9 of 10 bytes at odd places (little-endian) or at even places (big-endian)
/// are 0, and at most 1 in 20 of the others.
fn utf16_without_bom(bytes: &[u8]) -> Option<TextEncoding> {
    let head = &bytes[..bytes.len().min(8192)];
    let pairs = head.len() / 2;
    if pairs < 2 {
        return None;
    }
    let zeros = |at: usize| head.chunks_exact(2).filter(|p| p[at] == 0).count();
    let (even, odd) = (zeros(0), zeros(1));
    let most = |n: usize| n * 10 >= pairs * 9;
    let few = |n: usize| n * 20 <= pairs;
    if most(odd) && few(even) {
        Some(TextEncoding::Utf16Le)
    } else if most(even) && few(odd) {
        Some(TextEncoding::Utf16Be)
    } else {
        None
    }
}

/// UTF-16 text (after its byte-order mark, if any); a lone surrogate or an odd last byte becomes the
/// replacement character.
fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let chunks = bytes.chunks_exact(2);
    let odd = !chunks.remainder().is_empty();
    let units = chunks.map(|c| unit([c[0], c[1]]));
    let mut text: String = char::decode_utf16(units)
        .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect();
    if odd {
        text.push(char::REPLACEMENT_CHARACTER);
    }
    text
}

/// Bytes that are not UTF-8, read as Windows-1252 or as code page 850, whichever reads
/// better.
fn single_byte(bytes: &[u8]) -> (String, TextEncoding) {
    if looks_like_cp850(bytes) {
        (decode_with(bytes, &CP850), TextEncoding::Cp850)
    } else {
        (decode_with(bytes, &WINDOWS_1252), TextEncoding::Windows1252)
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
    // One pass for the "Ã" every such sequence starts with; the six only where it occurs.
    if !text.contains('Ã') || !DOUBLE_ENCODED.iter().any(|s| text.contains(s)) {
        return (text, false);
    }
    let Some(bytes) = encode_1252(&text) else {
        return (text, false);
    };
    match String::from_utf8(bytes) {
        Ok(fixed) => (fixed, true),
        Err(_) => (text, false),
    }
}

#[cfg(test)]
mod tests;
