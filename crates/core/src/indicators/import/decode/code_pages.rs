//! The single-byte code pages a Danish PC saves text in (Windows-1252 and code page 850), and
//! how to tell them apart ([`looks_like_cp850`]).

/// The characters of the bytes 0x80-0xFF in a single-byte code page.
pub(super) type HighHalf = [char; 128];

pub(super) fn char_in(table: &HighHalf, b: u8) -> char {
    if b < 0x80 {
        b as char
    } else {
        table[(b - 0x80) as usize]
    }
}

pub(super) fn decode_with(bytes: &[u8], table: &HighHalf) -> String {
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
    text.extend(bytes.iter().map(|&b| char_in(table, b)));
    text
}

/// Windows-1252 as the WHATWG Encoding Standard reads it (as browsers and `encoding_rs` do):
/// 0x80-0x9F typographic characters, the five unused bytes as the C1 controls of the same
/// number, 0xA0-0xFF Latin-1.
pub(super) static WINDOWS_1252: HighHalf = {
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
pub(super) static CP850: HighHalf = [
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
pub(super) fn encode_1252(text: &str) -> Option<Vec<u8>> {
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
