//! The Danish areas the importer knows: the whole country, the 98 municipalities, the 5
//! regions, the 11 landsdele and the 5 municipality groups, with every way files write them.
//!
//! Source: Danmarks Statistik, the classification "Kommuner, regioner og landsdele" (valid
//! from 1 January 2007), with the codes as Danmarks Statistik uses them (`000` the whole
//! country, `01`-`11` landsdele, `081`-`085` regions, `101`-`860` municipalities) and the
//! names as Statbank writes them in Danish ("København", "Høje-Taastrup") and in English
//! ("Copenhagen", "Region Zealand", "Province West and South Zealand"; a landsdel also as
//! "Province" and its Danish name); the municipality groups from Danmarks Statistik's
//! "Kommunegrupper" (codes `1`-`5`). Christiansø (`411`) is not a municipality and is not in
//! the table.
//!
//! [`lookup`] is called once per imported row: it folds case without allocating (ASCII and
//! Latin-1 letters, which is every letter in the table) and looks the text up in a map built
//! once.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

mod table;

pub use table::AREAS;

/// Where the table comes from, for the UI and the import record.
pub const SOURCE: &str = "Danmarks Statistik: Kommuner, regioner og landsdele, gældende fra 1. januar 2007 (koderne som Danmarks Statistik bruger dem).";

/// The stored name of the whole country.
pub const COUNTRY: &str = "Hele landet";

/// What an area is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AreaKind {
    Country,
    Region,
    Landsdel,
    MunicipalityGroup,
    Municipality,
}

impl AreaKind {
    pub const ALL: [AreaKind; 5] = [
        AreaKind::Country,
        AreaKind::Region,
        AreaKind::Landsdel,
        AreaKind::MunicipalityGroup,
        AreaKind::Municipality,
    ];

    /// A short code: `country`, `region`, `landsdel`, `municipality_group`, `municipality`.
    pub fn code(self) -> &'static str {
        match self {
            AreaKind::Country => "country",
            AreaKind::Region => "region",
            AreaKind::Landsdel => "landsdel",
            AreaKind::MunicipalityGroup => "municipality_group",
            AreaKind::Municipality => "municipality",
        }
    }

    /// The kind's name in the UI language, singular and in lower case ("kommune",
    /// "municipality"), to stand after an area's name or in a sentence.
    pub fn name(self, lang: crate::Lang) -> &'static str {
        match self {
            AreaKind::Country => lang.pick("hele landet", "the whole country"),
            AreaKind::Region => lang.pick("region", "region"),
            AreaKind::Landsdel => lang.pick("landsdel", "province"),
            AreaKind::MunicipalityGroup => lang.pick("kommunegruppe", "municipality group"),
            AreaKind::Municipality => lang.pick("kommune", "municipality"),
        }
    }
}

/// One area of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KnownArea {
    /// Danmarks Statistik's code: `000`, `084`, `06`, `101`; `1`-`5` for the municipality
    /// groups.
    pub code: &'static str,
    /// The name the app stores, as Statbank writes it in Danish.
    pub name: &'static str,
    /// The official name ("Københavns Kommune", "Bornholms Regionskommune").
    pub official: &'static str,
    /// The name in Statbank's English tables ("Copenhagen", "Region Zealand").
    pub english: &'static str,
    pub kind: AreaKind,
    /// The code of the region a municipality or a landsdel lies in.
    pub region: Option<&'static str>,
}

impl KnownArea {
    /// The region a municipality or a landsdel lies in.
    pub fn region_area(&self) -> Option<&'static KnownArea> {
        let code = self.region?;
        AREAS
            .iter()
            .find(|a| a.kind == AreaKind::Region && a.code == code)
    }

    /// The name in the UI language: Statbank's Danish or English name.
    pub fn name_in(&self, lang: crate::Lang) -> &'static str {
        lang.pick(self.name, self.english)
    }
}

/// Other ways of writing the whole country.
const COUNTRY_ALIASES: [&str; 7] = [
    "Landet i alt",
    "Hele landet i alt",
    "Danmark",
    "Denmark",
    "Danmark i alt",
    "Whole country",
    "Denmark total",
];

/// Former or common spellings of a municipality's name, by code.
const MUNICIPALITY_ALIASES: [(&str, &str); 4] = [
    ("751", "Århus"),
    ("851", "Ålborg"),
    ("580", "Åbenrå"),
    ("169", "Høje Taastrup"),
];

/// The municipalities, in the order of the table.
pub fn municipalities() -> impl Iterator<Item = &'static KnownArea> {
    AREAS.iter().filter(|a| a.kind == AreaKind::Municipality)
}

/// The area a text names, in any form: the stored name, the official name, the name with
/// " Kommune", the genitive ("Københavns"), the English name (also with " Municipality"), or a
/// code: with its leading zeros (`000`, `085`, `06`, `101`) or without them as Excel leaves it
/// (`0` the country, `1`-`11` landsdele, `81`-`85` regions, `101`-`860` municipalities; the
/// municipality groups have no code form here, theirs would clash with the landsdele's). Case,
/// surrounding and repeated spaces do not matter.
pub fn lookup(text: &str) -> Option<&'static KnownArea> {
    lookup_code(text).or_else(|| lookup_name(text))
}

/// The area a code names (see [`lookup`]); names are not looked at.
pub fn lookup_code(text: &str) -> Option<&'static KnownArea> {
    let t = text.trim();
    if t.is_empty() || t.len() > 6 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: u16 = t.parse().ok()?;
    index().by_number.get(&n).map(|&i| &AREAS[i])
}

/// The area a name names (see [`lookup`]); codes are not looked at.
pub fn lookup_name(text: &str) -> Option<&'static KnownArea> {
    let mut buf = [0u8; KEY_BYTES];
    let key = fold_key(text, &mut buf)?;
    index().by_name.get(key).map(|&i| &AREAS[i])
}

/// What kind of area a name or code is, if it is a known one.
pub fn kind_of(name: &str) -> Option<AreaKind> {
    lookup(name).map(|a| a.kind)
}

/// Longer texts than this are no area name.
const KEY_BYTES: usize = 96;

struct Index {
    by_name: HashMap<Box<str>, usize>,
    by_number: HashMap<u16, usize>,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| build_index().0)
}

/// Every form of an area's name that [`lookup_name`] accepts.
fn name_forms(a: &KnownArea) -> Vec<String> {
    let mut forms = vec![
        a.name.to_owned(),
        a.official.to_owned(),
        a.english.to_owned(),
    ];
    match a.kind {
        AreaKind::Municipality => {
            for base in [a.name, a.english] {
                forms.push(format!("{base} Kommune"));
                forms.push(format!("{base} Municipality"));
            }
            // The genitive, as in "Københavns Kommune", "Bornholms Regionskommune".
            if !a.name.ends_with('s') {
                forms.push(format!("{}s", a.name));
                forms.push(format!("{}s Kommune", a.name));
            }
            for (code, alias) in MUNICIPALITY_ALIASES {
                if code == a.code {
                    forms.push(alias.to_owned());
                    forms.push(format!("{alias} Kommune"));
                }
            }
        }
        AreaKind::Country => forms.extend(COUNTRY_ALIASES.iter().map(|s| s.to_string())),
        // "Province Vest- og Sydsjælland": the Danish name after the English word, as some
        // files write it.
        AreaKind::Landsdel => {
            if let Some(base) = a.name.strip_prefix("Landsdel ") {
                forms.push(format!("Province {base}"));
            }
        }
        _ => {}
    }
    forms
}

/// The index and the forms that two areas share (none: a test checks it).
fn build_index() -> (Index, Vec<String>) {
    let mut by_name = HashMap::new();
    let mut by_number = HashMap::new();
    let mut clashes = Vec::new();
    for (i, a) in AREAS.iter().enumerate() {
        for form in name_forms(a) {
            let mut buf = [0u8; KEY_BYTES];
            let Some(key) = fold_key(&form, &mut buf) else {
                clashes.push(form);
                continue;
            };
            if let Some(&j) = by_name.get(key) {
                if j != i {
                    clashes.push(form);
                }
                continue;
            }
            by_name.insert(Box::from(key), i);
        }
        if a.kind != AreaKind::MunicipalityGroup {
            let n: u16 = a.code.parse().unwrap_or(u16::MAX);
            if by_number.insert(n, i).is_some() {
                clashes.push(a.code.to_owned());
            }
        }
    }
    (Index { by_name, by_number }, clashes)
}

/// Lower case for ASCII and Latin-1 letters (À-Þ to à-þ); other characters stay.
pub fn fold_char(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        '\u{C0}'..='\u{DE}' if c != '\u{D7}' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        _ => c,
    }
}

/// The text folded to lower case, trimmed, with single spaces, written into `buf`; `None`
/// when it does not fit (no area name is that long).
fn fold_key<'b>(text: &str, buf: &'b mut [u8; KEY_BYTES]) -> Option<&'b str> {
    let mut len = 0;
    let mut space = false;
    for c in text.trim().chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space {
            *buf.get_mut(len)? = b' ';
            len += 1;
            space = false;
        }
        let c = fold_char(c);
        let n = c.len_utf8();
        c.encode_utf8(buf.get_mut(len..len + n)?);
        len += n;
    }
    std::str::from_utf8(&buf[..len]).ok()
}

#[cfg(test)]
mod tests;
