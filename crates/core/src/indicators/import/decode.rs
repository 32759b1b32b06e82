//! From the bytes of a file to text: byte-order marks, UTF-8, Windows-1252 or code page 850
//! (files saved by Excel on a Danish PC as "CSV" or "CSV (MS-DOS)"), UTF-16 ("Unicode-tekst"
//! from Excel), and files that are not text.
//!
//! The single-byte code pages are small tables here. A file that is not UTF-8 is read both as
//! Windows-1252 and as code page 850 and the reading that looks more like text wins
//! ([`looks_like_cp850`]).

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
        (utf16(rest, u16::from_le_bytes), TextEncoding::Utf16Le)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        (utf16(rest, u16::from_be_bytes), TextEncoding::Utf16Be)
    } else if looks_binary(bytes) {
        return Err(FileError::Binary);
    } else {
        match std::str::from_utf8(bytes) {
            Ok(text) => (text.to_owned(), TextEncoding::Utf8),
            Err(_) => single_byte(bytes),
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
        // as Windows-1252 (or code page 850) afterwards. Read it as that.
        Err(_) => single_byte(bytes),
    }
}

/// UTF-16 text after its byte-order mark; a lone surrogate or an odd last byte becomes the
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

/// The characters of the bytes 0x80-0xFF in a single-byte code page.
type HighHalf = [char; 128];

fn char_in(table: &HighHalf, b: u8) -> char {
    if b < 0x80 {
        b as char
    } else {
        table[(b - 0x80) as usize]
    }
}

fn decode_with(bytes: &[u8], table: &HighHalf) -> String {
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
    text.extend(bytes.iter().map(|&b| char_in(table, b)));
    text
}

/// Windows-1252 as the WHATWG Encoding Standard reads it (as browsers and `encoding_rs` do):
/// 0x80-0x9F typographic characters, the five unused bytes as the C1 controls of the same
/// number, 0xA0-0xFF Latin-1.
static WINDOWS_1252: HighHalf = {
    const C1: [char; 32] = [
        '\u{20AC}', '\u{0081}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}',
        '\u{2021}', '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{008D}',
        '\u{017D}', '\u{008F}', '\u{0090}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}',
        '\u{2022}', '\u{2013}', '\u{2014}', '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}',
        '\u{0153}', '\u{009D}', '\u{017E}', '\u{0178}',
    ];
    let mut table = ['\0'; 128];
    let mut i = 0;
    while i < 128 {
        table[i] = if i < 32 {
            C1[i]
        } else {
            // 0xA0-0xFF are the code points of the same number.
            match char::from_u32(0x80 + i as u32) {
                Some(c) => c,
                None => '\u{FFFD}',
            }
        };
        i += 1;
    }
    table
};

/// Code page 850 ("DOS Latin-1", Excel's "CSV (MS-DOS)"), 0x80-0xFF, as in Microsoft's and
/// IBM's table.
static CP850: HighHalf = [
    // 0x80
    'Ç', 'ü', 'é', 'â', 'ä', 'à', 'å', 'ç', 'ê', 'ë', 'è', 'ï', 'î', 'ì', 'Ä', 'Å',
    // 0x90
    'É', 'æ', 'Æ', 'ô', 'ö', 'ò', 'û', 'ù', 'ÿ', 'Ö', 'Ü', 'ø', '£', 'Ø', '×', 'ƒ',
    // 0xA0
    'á', 'í', 'ó', 'ú', 'ñ', 'Ñ', 'ª', 'º', '¿', '®', '¬', '½', '¼', '¡', '«', '»',
    // 0xB0
    '░', '▒', '▓', '│', '┤', 'Á', 'Â', 'À', '©', '╣', '║', '╗', '╝', '¢', '¥', '┐',
    // 0xC0
    '└', '┴', '┬', '├', '─', '┼', 'ã', 'Ã', '╚', '╔', '╩', '╦', '╠', '═', '╬', '¤',
    // 0xD0
    'ð', 'Ð', 'Ê', 'Ë', 'È', 'ı', 'Í', 'Î', 'Ï', '┘', '┌', '█', '▄', '¦', 'Ì', '▀',
    // 0xE0
    'Ó', 'ß', 'Ô', 'Ò', 'õ', 'Õ', 'µ', 'þ', 'Þ', 'Ú', 'Û', 'Ù', 'ý', 'Ý', '¯', '´',
    // 0xF0
    '\u{AD}', '±', '‗', '¾', '¶', '§', '÷', '¸', '°', '¨', '·', '¹', '³', '²', '■', '\u{A0}',
];

/// The text as Windows-1252 bytes, or `None` when a character has no byte there.
fn encode_1252(text: &str) -> Option<Vec<u8>> {
    let mut bytes = Vec::with_capacity(text.len());
    for c in text.chars() {
        let b = match c as u32 {
            n @ (0..=0x7F | 0xA0..=0xFF) => n as u8,
            _ => WINDOWS_1252[..32].iter().position(|&t| t == c)? as u8 + 0x80,
        };
        bytes.push(b);
    }
    Some(bytes)
}

/// How a character reads in Danish text, to tell the code pages apart.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    /// æ ø å Æ Ø Å é É ü Ü: the letters a Danish table has.
    Danish,
    /// Other accented letters of Western languages (ä ö è ç ñ ô …).
    Accented,
    /// Letters seldom seen in Danish tables (ã Õ Ï ı µ Š ƒ …).
    RareLetter,
    /// Quotes, dashes, the euro sign: plausible beside a word, not inside one.
    Typographic,
    /// Signs and symbols (° × ½ § › †): plausible beside a word, not inside one.
    Symbol,
    /// Box drawing, blocks and control characters: never in a table.
    Junk,
}

fn kind(c: char) -> Kind {
    match c {
        'æ' | 'ø' | 'å' | 'Æ' | 'Ø' | 'Å' | 'é' | 'É' | 'ü' | 'Ü' => Kind::Danish,
        'ä' | 'ö' | 'Ä' | 'Ö' | 'è' | 'È' | 'à' | 'À' | 'á' | 'Á' | 'í' | 'Í' | 'ó' | 'Ó' | 'ú'
        | 'Ú' | 'ç' | 'Ç' | 'ñ' | 'Ñ' | 'ê' | 'ë' | 'ï' | 'î' | 'ì' | 'ô' | 'ò' | 'û' | 'ù'
        | 'â' | 'ß' => Kind::Accented,
        '\u{2018}' | '\u{2019}' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{2013}'
        | '\u{2014}' | '\u{2026}' | '\u{20AC}' | '\u{2022}' | '\u{2122}' | '\u{00AB}'
        | '\u{00BB}' => Kind::Typographic,
        '\u{0080}'..='\u{009F}' | '\u{2500}'..='\u{25FF}' | '\u{2017}' | '\u{00AD}' => Kind::Junk,
        c if c.is_alphabetic() => Kind::RareLetter,
        _ => Kind::Symbol,
    }
}

/// How much the high bytes read like Danish text in a code page: letters inside words count
/// for it, signs inside words and box drawing against it (see [`looks_like_cp850`]).
fn text_score(bytes: &[u8], table: &HighHalf) -> i64 {
    let letter = |c: Option<char>| c.is_some_and(char::is_alphabetic);
    let mut score = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b < 0x80 {
            continue;
        }
        let c = char_in(table, b);
        let prev = i.checked_sub(1).map(|j| char_in(table, bytes[j]));
        let next = bytes.get(i + 1).map(|&n| char_in(table, n));
        let in_word = letter(prev) || letter(next);
        let inside = letter(prev) && letter(next);
        // A capital straight after a small letter ("donÆt", "OmrÕde").
        let case_break = c.is_uppercase() && prev.is_some_and(char::is_lowercase);
        score += match kind(c) {
            _ if case_break => -2,
            Kind::Danish if in_word => 4,
            Kind::Danish => 2,
            Kind::Accented if in_word => 2,
            Kind::Accented | Kind::RareLetter => 0,
            // An apostrophe inside a word ("don’t") is fine; other quotes and dashes not.
            Kind::Typographic if inside && c != '\u{2019}' => -2,
            Kind::Typographic if in_word => 3,
            Kind::Typographic => 1,
            Kind::Symbol if inside => -2,
            Kind::Symbol => 0,
            Kind::Junk => -4,
        };
    }
    score
}

/// Whether bytes that are not UTF-8 read better as code page 850 than as Windows-1252. Each
/// byte from 0x80 is scored in both readings, by the character and its neighbours: a Danish
/// letter (æøåÆØÅéÉüÜ) in a word +4, alone +2; another accented letter in a word +2; a quote,
/// dash or € beside a word +3, inside one -2 (an apostrophe inside one +3), elsewhere +1; a
/// sign inside a word -2; a capital straight after a small letter -2; box drawing or a control
/// character -4. Code page 850 must score higher; a tie is Windows-1252.
pub fn looks_like_cp850(bytes: &[u8]) -> bool {
    text_score(bytes, &CP850) > text_score(bytes, &WINDOWS_1252)
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
