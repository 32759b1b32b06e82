//! Reading a document's JSON into the model in one pass that keeps the path of every value:
//! a type error names its field (`scenarios[2].policy.levers[0].fte`) in Danish or English
//! instead of serde's English, and a field the model does not have (a misspelt `"efect"`) is
//! named instead of passing silently. Such a field is never read into the model, so it plays
//! no part in any calculation.

use serde::de::DeserializeOwned;

use crate::Lang;

/// A JSON text that does not fit the model: where and why.
#[derive(Debug, Clone, PartialEq)]
pub struct JsonError {
    /// The field's path (`scenarios[2].policy.levers[0].fte`); empty for the whole text or
    /// when the text is not JSON at all.
    pub path: String,
    pub line: usize,
    pub column: usize,
    /// Whether the text is not JSON at all (cut off, or not ours), rather than JSON that
    /// does not fit.
    pub syntax: bool,
    /// serde's own English message, without its position (translated by [`JsonError::text`]).
    pub raw: String,
}

impl JsonError {
    /// What is wrong, in the language asked: the path, the translated reason, line and
    /// column ("scenarios[0].policy.levers[0].fte: forventede et tal, men fandt teksten
    /// "550r" (linje 1, kolonne 38)").
    pub fn text(&self, lang: Lang) -> String {
        let why = self.reason(lang);
        let at = lang.pick(
            format!("linje {}, kolonne {}", self.line, self.column),
            format!("line {}, column {}", self.line, self.column),
        );
        format!("{why} ({at})")
    }

    /// The path and the translated reason, without line and column.
    pub fn reason(&self, lang: Lang) -> String {
        let why = translate(&self.raw, lang);
        if self.path.is_empty() {
            why
        } else {
            format!("{}: {why}", self.path)
        }
    }
}

/// A field the model does not have, by its path in the document.
pub type UnknownField = String;

/// Reads `text` as a `T`, with the paths of the fields it does not know. serde's errors get
/// the field's path ([`JsonError`]); trailing text after the value is an error too.
pub fn decode<T: DeserializeOwned>(text: &str) -> Result<(T, Vec<UnknownField>), JsonError> {
    let mut unknown = Vec::new();
    let mut de = serde_json::Deserializer::from_str(text);
    let result: Result<T, _> = {
        // One callback type for every `T`: the reader's type (and so every `Deserialize` of
        // the model beneath it) is then built once, not once per kind of document; with a
        // closure of its own per `T`, the WebAssembly carried up to a copy per document kind.
        let mut note = |path: serde_ignored::Path| unknown.push(ignored_path(&path));
        let mut note: &mut dyn FnMut(serde_ignored::Path) = &mut note;
        let ignored = serde_ignored::Deserializer::new(&mut de, &mut note);
        serde_path_to_error::deserialize(ignored)
    };
    let value = match result {
        Ok(v) => v,
        Err(e) => {
            let path = clean_path(&e.path().to_string());
            let mut error = from_serde(path, e.into_inner());
            if error.raw == "trailing characters" && !error.path.is_empty() {
                // Inside the document: a list (a pair of year and value) with more elements.
                error.raw = "a list with fewer elements".into();
                error.syntax = false;
            } else if error.syntax {
                // Where the text breaks off or stops being JSON, the line and column say
                // more than the field it was in.
                error.path.clear();
            }
            return Err(error);
        }
    };
    de.end().map_err(|e| from_serde(String::new(), e))?;
    Ok((value, unknown))
}

/// serde_path_to_error's path without its marks for what it could not name (`.?`), and
/// empty for the whole document (`.`).
fn clean_path(path: &str) -> String {
    if path == "." {
        return String::new();
    }
    path.split('.')
        .filter(|s| *s != "?")
        .collect::<Vec<_>>()
        .join(".")
}

/// A plain serde_json error (no path) as a [`JsonError`].
pub fn from_serde(path: String, e: serde_json::Error) -> JsonError {
    let full = e.to_string();
    // serde_json appends " at line L column C" to every message with a position.
    let raw = match full.rfind(" at line ") {
        Some(i) if e.line() > 0 => full[..i].to_owned(),
        _ => full,
    };
    JsonError {
        path,
        line: e.line(),
        column: e.column(),
        syntax: e.is_syntax() || e.is_eof(),
        raw,
    }
}

/// `scenarios[2].policy.efect` from serde_ignored's path.
fn ignored_path(path: &serde_ignored::Path) -> String {
    use serde_ignored::Path;
    match path {
        Path::Root => String::new(),
        Path::Seq { parent, index } => format!("{}[{index}]", ignored_path(parent)),
        Path::Map { parent, key } => {
            let p = ignored_path(parent);
            if p.is_empty() {
                key.clone()
            } else {
                format!("{p}.{key}")
            }
        }
        Path::Some { parent }
        | Path::NewtypeStruct { parent }
        | Path::NewtypeVariant { parent } => ignored_path(parent),
    }
}

/// serde's and serde_json's English, in the language asked.
pub fn translate(raw: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return raw.to_owned();
    }
    if let Some(rest) = raw.strip_prefix("invalid type: ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            return format!(
                "forventede {}, men fandt {}",
                expected_da(expected),
                unexpected_da(found)
            );
        }
    }
    if let Some(rest) = raw.strip_prefix("invalid value: ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            return format!(
                "forventede {}, men fandt {}",
                expected_da(expected),
                unexpected_da(found)
            );
        }
    }
    if let Some(rest) = raw.strip_prefix("invalid length ") {
        if let Some((n, expected)) = rest.split_once(", expected ") {
            return format!(
                "forventede {}, men fandt {n} elementer",
                expected_da(expected)
            );
        }
    }
    if let Some(field) = raw.strip_prefix("missing field ") {
        return format!("feltet {} mangler", field.replace('`', "\""));
    }
    if let Some(field) = raw.strip_prefix("duplicate field ") {
        return format!("feltet {} står flere gange", field.replace('`', "\""));
    }
    if let Some(rest) = raw.strip_prefix("unknown variant ") {
        let (variant, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let expected = expected
            .trim_start_matches("one of ")
            .replace(" or ", " eller ")
            .replace('`', "\"");
        return format!(
            "ukendt slags {}; kendte er {expected}",
            variant.replace('`', "\"")
        );
    }
    let fixed = [
        (
            "a list with fewer elements",
            "listen har flere elementer end ventet",
        ),
        (
            "EOF while parsing a value",
            "teksten slutter midt i en værdi",
        ),
        (
            "EOF while parsing a list",
            "teksten slutter midt i en liste",
        ),
        (
            "EOF while parsing an object",
            "teksten slutter midt i et objekt",
        ),
        (
            "EOF while parsing a string",
            "teksten slutter midt i en tekst",
        ),
        ("expected value", "forventede en værdi"),
        ("expected `,` or `]`", "forventede \",\" eller \"]\""),
        ("expected `,` or `}`", "forventede \",\" eller \"}\""),
        ("expected `:`", "forventede \":\""),
        ("expected ident", "forventede true, false eller null"),
        (
            "key must be a string",
            "en nøgle skal være en tekst i anførselstegn",
        ),
        (
            "trailing characters",
            "der står mere efter dokumentets slutning",
        ),
        ("trailing comma", "et komma for meget"),
        ("invalid number", "ugyldigt tal"),
        ("number out of range", "tallet er for stort"),
        ("invalid escape", "ugyldig escape-sekvens (\\)"),
        ("invalid unicode code point", "ugyldigt unicode-tegn"),
        (
            "control character (\\u0000-\\u001F) found while parsing a string",
            "et kontroltegn inde i en tekst",
        ),
        (
            "recursion limit exceeded",
            "dokumentet er indlejret for dybt",
        ),
        (
            "lone leading surrogate in hex escape",
            "ugyldigt unicode-tegn (halvt surrogatpar)",
        ),
    ];
    for (en, da) in fixed {
        if raw == en {
            return da.to_owned();
        }
    }
    raw.to_owned()
}

/// What serde expected, in Danish.
fn expected_da(expected: &str) -> String {
    let e = expected.trim();
    let int_range = |lo: &str, hi: &str| format!("et helt tal fra {lo} til {hi}");
    match e {
        "i8" => int_range("-128", "127"),
        "i16" => int_range("-32768", "32767"),
        "i32" => int_range("-2147483648", "2147483647"),
        "i64" | "i128" | "isize" => "et helt tal".to_owned(),
        "u8" => int_range("0", "255"),
        "u16" => int_range("0", "65535"),
        "u32" => int_range("0", "4294967295"),
        "u64" | "u128" | "usize" => "et helt tal fra 0 og op".to_owned(),
        "f32" | "f64" => "et tal".to_owned(),
        "a string" | "a borrowed string" | "string" => "en tekst".to_owned(),
        "a boolean" | "bool" => "true eller false".to_owned(),
        "a char" | "char" => "ét tegn".to_owned(),
        "a sequence" | "sequence" => "en liste".to_owned(),
        "a map" | "map" => "et objekt".to_owned(),
        "unit" => "null".to_owned(),
        _ => {
            if let Some(n) = e
                .strip_prefix("a tuple of size ")
                .or_else(|| e.strip_prefix("tuple of size "))
                .or_else(|| e.strip_prefix("an array of length "))
            {
                return match n {
                    "2" => "et par [år, værdi]".to_owned(),
                    n => format!("en liste med {n} elementer"),
                };
            }
            if e.starts_with("struct ") || e.starts_with("internally tagged enum") {
                return "et objekt".to_owned();
            }
            if e.starts_with("enum ") || e.starts_with("variant identifier") {
                return "en af de kendte slags".to_owned();
            }
            if e == "field identifier" {
                return "et feltnavn".to_owned();
            }
            e.replace('`', "\"")
        }
    }
}

/// What serde found, in Danish.
fn unexpected_da(found: &str) -> String {
    let f = found.trim();
    let ticked = |s: &str| s.trim_matches('`').to_owned();
    if let Some(s) = f.strip_prefix("string ") {
        return format!("teksten {s}");
    }
    if let Some(s) = f.strip_prefix("integer ") {
        return format!("tallet {}", ticked(s));
    }
    if let Some(s) = f.strip_prefix("floating point ") {
        return format!("tallet {}", ticked(s));
    }
    if let Some(s) = f.strip_prefix("boolean ") {
        return ticked(s);
    }
    if let Some(s) = f.strip_prefix("character ") {
        return format!("tegnet {}", ticked(s));
    }
    match f {
        "null" | "unit value" => "null".to_owned(),
        "map" => "et objekt".to_owned(),
        "sequence" => "en liste".to_owned(),
        _ => f.replace('`', "\""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Lever {
        fte: f64,
        from: i32,
    }
    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Doc {
        levers: Vec<Lever>,
        #[serde(default)]
        name: String,
    }

    #[test]
    fn a_type_error_names_its_path_in_danish() {
        let e =
            decode::<Doc>(r#"{"levers": [{"fte": 1, "from": 2024}, {"fte": "550r", "from": 1}]}"#)
                .unwrap_err();
        assert_eq!(e.path, "levers[1].fte");
        assert_eq!(
            e.text(Lang::Da),
            "levers[1].fte: forventede et tal, men fandt teksten \"550r\" (linje 1, kolonne 52)"
        );
        let e = decode::<Doc>(r#"{"levers": [{"fte": 1, "from": 2147483648}]}"#).unwrap_err();
        assert_eq!(
            e.text(Lang::Da),
            "levers[0].from: forventede et helt tal fra -2147483648 til 2147483647, men fandt tallet 2147483648 (linje 1, kolonne 41)"
        );
        let e = decode::<Doc>(r#"{"levers": [{"fte": 1}]}"#).unwrap_err();
        assert_eq!(
            e.text(Lang::Da),
            "levers[0]: feltet \"from\" mangler (linje 1, kolonne 22)"
        );
        let e = decode::<Doc>(r#"{"levers": [] } x"#).unwrap_err();
        assert_eq!(
            e.text(Lang::Da),
            "der står mere efter dokumentets slutning (linje 1, kolonne 17)"
        );
    }

    #[test]
    fn unknown_fields_are_named_by_path_and_not_read() {
        let (doc, unknown) = decode::<Doc>(
            r#"{"levers": [{"fte": 1, "from": 2024, "efect": {"x": 1}}], "nmae": "x"}"#,
        )
        .unwrap();
        assert_eq!(doc.name, "");
        assert_eq!(unknown, ["levers[0].efect", "nmae"]);
    }
}
