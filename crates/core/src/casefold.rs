//! Lower and upper case for the letters the app's texts use (ASCII and Latin-1, which hold
//! æ, ø, å, é, ü …), without the Unicode case tables `str::to_lowercase` brings into the
//! WebAssembly (about 18 KB compressed). Other characters are left as they are, which for
//! comparing names and headers means they must match exactly.

/// The lower-case form of one character.
pub fn lower_char(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        // À-Þ except × (U+00D7): the lower-case letter is 0x20 above.
        '\u{c0}'..='\u{de}' if c != '\u{d7}' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        _ => c,
    }
}

/// The upper-case form of one character (ß and ÿ have none in Latin-1 and stay).
pub fn upper_char(c: char) -> char {
    match c {
        'a'..='z' => c.to_ascii_uppercase(),
        '\u{e0}'..='\u{fe}' if c != '\u{f7}' => char::from_u32(c as u32 - 0x20).unwrap_or(c),
        _ => c,
    }
}

/// The text in lower case.
pub fn lower(text: &str) -> String {
    text.chars().map(lower_char).collect()
}

/// The text in upper case.
pub fn upper(text: &str) -> String {
    text.chars().map(upper_char).collect()
}

/// Whether the text has no lower-case letter (a header written in capitals).
pub fn is_upper(text: &str) -> bool {
    text.chars().all(|c| upper_char(c) == c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_letters_fold_as_unicode_does() {
        let text = "ÆBLE Øst Århus ÉCOLE Ü × ÷ ß ÿ Straße 123-ABC";
        assert_eq!(lower(text), "æble øst århus école ü × ÷ ß ÿ straße 123-abc");
        assert_eq!(upper("æble øst århus école"), "ÆBLE ØST ÅRHUS ÉCOLE");
        for c in ('\u{0}'..='\u{ff}').filter(|c| *c != 'ß' && *c != 'ÿ' && *c != 'µ') {
            assert_eq!(
                lower_char(c).to_string(),
                c.to_lowercase().to_string(),
                "{c:?}"
            );
            assert_eq!(
                upper_char(c).to_string(),
                c.to_uppercase().to_string(),
                "{c:?}"
            );
        }
        assert!(is_upper("KOMMUNE 2023") && !is_upper("Kommune"));
    }
}
