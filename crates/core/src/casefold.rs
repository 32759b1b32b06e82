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

/// The text in lower case without accents, for searching and matching names: é → e, ü → u,
/// and the Danish letters as they are written without them (æ → ae, ø → oe, å → aa), so
/// "Tønder", "TØNDER" and "Toender" fold alike.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().map(lower_char) {
        match c {
            'æ' => out.push_str("ae"),
            'ø' => out.push_str("oe"),
            'å' => out.push_str("aa"),
            'ß' => out.push_str("ss"),
            'à'..='å' => out.push('a'),
            'ç' => out.push('c'),
            'è'..='ë' => out.push('e'),
            'ì'..='ï' => out.push('i'),
            'ñ' => out.push('n'),
            'ò'..='ö' => out.push('o'),
            'ù'..='ü' => out.push('u'),
            'ý' | 'ÿ' => out.push('y'),
            c => out.push(c),
        }
    }
    out
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

    #[test]
    fn folding_drops_case_and_accents() {
        assert_eq!(
            fold("TØNDER Århus Café Müller Æble"),
            "toender aarhus cafe muller aeble"
        );
        assert_eq!(fold("Tønder"), fold("Toender"));
    }
}
