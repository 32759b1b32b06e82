//! The Danish areas the importer knows: the whole country, the 98 municipalities, the 5
//! regions, the 11 landsdele and the 5 municipality groups, with every way files write them.
//!
//! Source: Danmarks Statistik, the classification "Kommuner, regioner og landsdele" (valid
//! from 1 January 2007), with the codes as Danmarks Statistik uses them (`000` the whole
//! country, `01`-`11` landsdele, `081`-`085` regions, `101`-`860` municipalities) and the
//! names as Statbank writes them in Danish ("København", "Høje-Taastrup") and in English
//! ("Copenhagen", "Region Zealand", "Province Bornholm"); the municipality groups from
//! Danmarks Statistik's "Kommunegrupper" (codes `1`-`5`). Christiansø (`411`) is not a
//! municipality and is not in the table.
//!
//! [`lookup`] is called once per imported row: it folds case without allocating (ASCII and
//! Latin-1 letters, which is every letter in the table) and looks the text up in a map built
//! once.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

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

macro_rules! kommune {
    ($code:literal, $name:literal, $region:literal) => {
        KnownArea {
            code: $code,
            name: $name,
            official: concat!($name, " Kommune"),
            english: $name,
            kind: AreaKind::Municipality,
            region: Some($region),
        }
    };
}

macro_rules! area {
    ($code:literal, $name:literal, $english:literal, $kind:ident, $region:expr) => {
        KnownArea {
            code: $code,
            name: $name,
            official: $name,
            english: $english,
            kind: AreaKind::$kind,
            region: $region,
        }
    };
}

const HOVEDSTADEN: &str = "084";
const SJAELLAND: &str = "085";
const SYDDANMARK: &str = "083";
const MIDTJYLLAND: &str = "082";
const NORDJYLLAND: &str = "081";

/// Every known area: the country, the regions, the landsdele, the municipality groups, then
/// the municipalities by code.
pub static AREAS: [KnownArea; 120] = [
    area!("000", "Hele landet", "All Denmark", Country, None),
    // Regions.
    area!(
        "081",
        "Region Nordjylland",
        "North Denmark Region",
        Region,
        None
    ),
    area!(
        "082",
        "Region Midtjylland",
        "Central Denmark Region",
        Region,
        None
    ),
    area!(
        "083",
        "Region Syddanmark",
        "Region of Southern Denmark",
        Region,
        None
    ),
    area!(
        "084",
        "Region Hovedstaden",
        "Capital Region of Denmark",
        Region,
        None
    ),
    area!("085", "Region Sjælland", "Region Zealand", Region, None),
    // Landsdele.
    area!(
        "01",
        "Landsdel Byen København",
        "Province Byen København",
        Landsdel,
        Some(HOVEDSTADEN)
    ),
    area!(
        "02",
        "Landsdel Københavns omegn",
        "Province Københavns omegn",
        Landsdel,
        Some(HOVEDSTADEN)
    ),
    area!(
        "03",
        "Landsdel Nordsjælland",
        "Province Nordsjælland",
        Landsdel,
        Some(HOVEDSTADEN)
    ),
    area!(
        "04",
        "Landsdel Bornholm",
        "Province Bornholm",
        Landsdel,
        Some(HOVEDSTADEN)
    ),
    area!(
        "05",
        "Landsdel Østsjælland",
        "Province Østsjælland",
        Landsdel,
        Some(SJAELLAND)
    ),
    area!(
        "06",
        "Landsdel Vest- og Sydsjælland",
        "Province Vest- og Sydsjælland",
        Landsdel,
        Some(SJAELLAND)
    ),
    area!(
        "07",
        "Landsdel Fyn",
        "Province Fyn",
        Landsdel,
        Some(SYDDANMARK)
    ),
    area!(
        "08",
        "Landsdel Sydjylland",
        "Province Sydjylland",
        Landsdel,
        Some(SYDDANMARK)
    ),
    area!(
        "09",
        "Landsdel Østjylland",
        "Province Østjylland",
        Landsdel,
        Some(MIDTJYLLAND)
    ),
    area!(
        "10",
        "Landsdel Vestjylland",
        "Province Vestjylland",
        Landsdel,
        Some(MIDTJYLLAND)
    ),
    area!(
        "11",
        "Landsdel Nordjylland",
        "Province Nordjylland",
        Landsdel,
        Some(NORDJYLLAND)
    ),
    // Municipality groups.
    area!(
        "1",
        "Hovedstadskommuner",
        "Capital municipalities",
        MunicipalityGroup,
        None
    ),
    area!(
        "2",
        "Storbykommuner",
        "Metropolitan municipalities",
        MunicipalityGroup,
        None
    ),
    area!(
        "3",
        "Provinsbykommuner",
        "Provincial municipalities",
        MunicipalityGroup,
        None
    ),
    area!(
        "4",
        "Oplandskommuner",
        "Commuter municipalities",
        MunicipalityGroup,
        None
    ),
    area!(
        "5",
        "Landkommuner",
        "Rural municipalities",
        MunicipalityGroup,
        None
    ),
    // Region Hovedstaden: 29 municipalities.
    KnownArea {
        code: "101",
        name: "København",
        official: "Københavns Kommune",
        english: "Copenhagen",
        kind: AreaKind::Municipality,
        region: Some(HOVEDSTADEN),
    },
    kommune!("147", "Frederiksberg", "084"),
    kommune!("151", "Ballerup", "084"),
    kommune!("153", "Brøndby", "084"),
    kommune!("155", "Dragør", "084"),
    kommune!("157", "Gentofte", "084"),
    kommune!("159", "Gladsaxe", "084"),
    kommune!("161", "Glostrup", "084"),
    kommune!("163", "Herlev", "084"),
    kommune!("165", "Albertslund", "084"),
    kommune!("167", "Hvidovre", "084"),
    kommune!("169", "Høje-Taastrup", "084"),
    kommune!("173", "Lyngby-Taarbæk", "084"),
    kommune!("175", "Rødovre", "084"),
    kommune!("183", "Ishøj", "084"),
    kommune!("185", "Tårnby", "084"),
    kommune!("187", "Vallensbæk", "084"),
    kommune!("190", "Furesø", "084"),
    kommune!("201", "Allerød", "084"),
    kommune!("210", "Fredensborg", "084"),
    kommune!("217", "Helsingør", "084"),
    kommune!("219", "Hillerød", "084"),
    kommune!("223", "Hørsholm", "084"),
    kommune!("230", "Rudersdal", "084"),
    kommune!("240", "Egedal", "084"),
    kommune!("250", "Frederikssund", "084"),
    kommune!("260", "Halsnæs", "084"),
    kommune!("270", "Gribskov", "084"),
    KnownArea {
        code: "400",
        name: "Bornholm",
        official: "Bornholms Regionskommune",
        english: "Bornholm",
        kind: AreaKind::Municipality,
        region: Some(HOVEDSTADEN),
    },
    // Region Sjælland: 17 municipalities.
    kommune!("253", "Greve", "085"),
    kommune!("259", "Køge", "085"),
    kommune!("265", "Roskilde", "085"),
    kommune!("269", "Solrød", "085"),
    kommune!("306", "Odsherred", "085"),
    kommune!("316", "Holbæk", "085"),
    kommune!("320", "Faxe", "085"),
    kommune!("326", "Kalundborg", "085"),
    kommune!("329", "Ringsted", "085"),
    kommune!("330", "Slagelse", "085"),
    kommune!("336", "Stevns", "085"),
    kommune!("340", "Sorø", "085"),
    kommune!("350", "Lejre", "085"),
    kommune!("360", "Lolland", "085"),
    kommune!("370", "Næstved", "085"),
    kommune!("376", "Guldborgsund", "085"),
    kommune!("390", "Vordingborg", "085"),
    // Region Syddanmark: 22 municipalities.
    kommune!("410", "Middelfart", "083"),
    kommune!("420", "Assens", "083"),
    kommune!("430", "Faaborg-Midtfyn", "083"),
    kommune!("440", "Kerteminde", "083"),
    kommune!("450", "Nyborg", "083"),
    kommune!("461", "Odense", "083"),
    kommune!("479", "Svendborg", "083"),
    kommune!("480", "Nordfyns", "083"),
    kommune!("482", "Langeland", "083"),
    kommune!("492", "Ærø", "083"),
    kommune!("510", "Haderslev", "083"),
    kommune!("530", "Billund", "083"),
    kommune!("540", "Sønderborg", "083"),
    kommune!("550", "Tønder", "083"),
    kommune!("561", "Esbjerg", "083"),
    kommune!("563", "Fanø", "083"),
    kommune!("573", "Varde", "083"),
    kommune!("575", "Vejen", "083"),
    kommune!("580", "Aabenraa", "083"),
    kommune!("607", "Fredericia", "083"),
    kommune!("621", "Kolding", "083"),
    kommune!("630", "Vejle", "083"),
    // Region Midtjylland: 19 municipalities.
    kommune!("615", "Horsens", "082"),
    kommune!("657", "Herning", "082"),
    kommune!("661", "Holstebro", "082"),
    kommune!("665", "Lemvig", "082"),
    kommune!("671", "Struer", "082"),
    kommune!("706", "Syddjurs", "082"),
    kommune!("707", "Norddjurs", "082"),
    kommune!("710", "Favrskov", "082"),
    kommune!("727", "Odder", "082"),
    kommune!("730", "Randers", "082"),
    kommune!("740", "Silkeborg", "082"),
    kommune!("741", "Samsø", "082"),
    kommune!("746", "Skanderborg", "082"),
    kommune!("751", "Aarhus", "082"),
    kommune!("756", "Ikast-Brande", "082"),
    kommune!("760", "Ringkøbing-Skjern", "082"),
    kommune!("766", "Hedensted", "082"),
    kommune!("779", "Skive", "082"),
    kommune!("791", "Viborg", "082"),
    // Region Nordjylland: 11 municipalities.
    kommune!("773", "Morsø", "081"),
    kommune!("787", "Thisted", "081"),
    kommune!("810", "Brønderslev", "081"),
    kommune!("813", "Frederikshavn", "081"),
    kommune!("820", "Vesthimmerlands", "081"),
    kommune!("825", "Læsø", "081"),
    kommune!("840", "Rebild", "081"),
    kommune!("846", "Mariagerfjord", "081"),
    kommune!("849", "Jammerbugt", "081"),
    kommune!("851", "Aalborg", "081"),
    kommune!("860", "Hjørring", "081"),
];

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
mod tests {
    use super::*;

    fn stored(text: &str) -> Option<&'static str> {
        lookup(text).map(|a| a.name)
    }

    #[test]
    fn the_table_has_every_area_once() {
        let count = |kind| AREAS.iter().filter(|a| a.kind == kind).count();
        assert_eq!(count(AreaKind::Country), 1);
        assert_eq!(count(AreaKind::Region), 5);
        assert_eq!(count(AreaKind::Landsdel), 11);
        assert_eq!(count(AreaKind::MunicipalityGroup), 5);
        assert_eq!(municipalities().count(), 98);
        let mut codes: Vec<&str> = municipalities().map(|a| a.code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), 98, "municipality codes are unique");
        assert!(codes
            .iter()
            .all(|c| c.len() == 3 && ("101"..="860").contains(c)));
        let mut names: Vec<&str> = AREAS.iter().map(|a| a.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), AREAS.len(), "names are unique");
        let (_, clashes) = build_index();
        assert!(clashes.is_empty(), "forms of two areas: {clashes:?}");
    }

    #[test]
    fn every_region_has_its_municipalities() {
        for (region, want) in [
            ("Region Nordjylland", 11),
            ("Region Midtjylland", 19),
            ("Region Syddanmark", 22),
            ("Region Hovedstaden", 29),
            ("Region Sjælland", 17),
        ] {
            let r = lookup(region).unwrap();
            assert_eq!(r.kind, AreaKind::Region);
            let n = municipalities()
                .filter(|m| m.region_area() == Some(r))
                .count();
            assert_eq!(n, want, "{region}");
        }
        assert!(AREAS
            .iter()
            .filter(|a| matches!(a.kind, AreaKind::Municipality | AreaKind::Landsdel))
            .all(|a| a.region_area().is_some()));
        assert_eq!(
            lookup("Slagelse").unwrap().region_area().unwrap().name,
            "Region Sjælland"
        );
        assert_eq!(
            lookup("Landsdel Bornholm")
                .unwrap()
                .region_area()
                .unwrap()
                .name,
            "Region Hovedstaden"
        );
    }

    #[test]
    fn codes_and_names_from_the_classification() {
        for (code, name) in [
            ("101", "København"),
            ("147", "Frederiksberg"),
            ("169", "Høje-Taastrup"),
            ("173", "Lyngby-Taarbæk"),
            ("185", "Tårnby"),
            ("330", "Slagelse"),
            ("390", "Vordingborg"),
            ("400", "Bornholm"),
            ("461", "Odense"),
            ("480", "Nordfyns"),
            ("492", "Ærø"),
            ("550", "Tønder"),
            ("561", "Esbjerg"),
            ("751", "Aarhus"),
            ("760", "Ringkøbing-Skjern"),
            ("820", "Vesthimmerlands"),
            ("851", "Aalborg"),
            ("860", "Hjørring"),
        ] {
            let a = lookup(code).unwrap();
            assert_eq!((a.name, a.kind), (name, AreaKind::Municipality), "{code}");
        }
        assert_eq!(lookup("101").unwrap().official, "Københavns Kommune");
        assert_eq!(lookup("400").unwrap().official, "Bornholms Regionskommune");
        assert_eq!(lookup("330").unwrap().official, "Slagelse Kommune");
        assert_eq!(lookup("101").unwrap().english, "Copenhagen");
        assert_eq!(lookup("085").unwrap().english, "Region Zealand");
    }

    #[test]
    fn every_form_finds_the_area() {
        let cases = [
            ("Hele landet", "Hele landet"),
            ("HELE LANDET", "Hele landet"),
            ("All Denmark", "Hele landet"),
            ("Landet i alt", "Hele landet"),
            ("Danmark", "Hele landet"),
            ("Denmark", "Hele landet"),
            ("000", "Hele landet"),
            ("0", "Hele landet"),
            ("Københavns Kommune", "København"),
            ("københavns kommune", "København"),
            ("KØBENHAVNS KOMMUNE", "København"),
            ("København", "København"),
            ("Københavns", "København"),
            ("Copenhagen", "København"),
            ("Copenhagen Municipality", "København"),
            ("  Copenhagen  ", "København"),
            ("101", "København"),
            ("0101", "København"),
            ("Slagelse Kommune", "Slagelse"),
            ("  Slagelse   Kommune ", "Slagelse"),
            ("330", "Slagelse"),
            ("Bornholms Regionskommune", "Bornholm"),
            ("Bornholms", "Bornholm"),
            ("Bornholm Kommune", "Bornholm"),
            ("400", "Bornholm"),
            ("Høje-Taastrup Kommune", "Høje-Taastrup"),
            ("Høje–Taastrup", "Høje-Taastrup"),
            ("Lyngby-Taarbæk", "Lyngby-Taarbæk"),
            ("ÆRØ", "Ærø"),
            ("Ærø Kommune", "Ærø"),
            ("Århus", "Aarhus"),
            ("Nordfyns Kommune", "Nordfyns"),
            ("Region Sjælland", "Region Sjælland"),
            ("Region Zealand", "Region Sjælland"),
            ("region sjælland", "Region Sjælland"),
            ("085", "Region Sjælland"),
            ("85", "Region Sjælland"),
            ("081", "Region Nordjylland"),
            ("Capital Region of Denmark", "Region Hovedstaden"),
            (
                "Landsdel Vest- og Sydsjælland",
                "Landsdel Vest- og Sydsjælland",
            ),
            (
                "Province Vest- og Sydsjælland",
                "Landsdel Vest- og Sydsjælland",
            ),
            ("06", "Landsdel Vest- og Sydsjælland"),
            ("6", "Landsdel Vest- og Sydsjælland"),
            ("1", "Landsdel Byen København"),
            ("11", "Landsdel Nordjylland"),
            ("Landsdel Bornholm", "Landsdel Bornholm"),
            ("Province Bornholm", "Landsdel Bornholm"),
            ("Landkommuner", "Landkommuner"),
            ("Rural municipalities", "Landkommuner"),
            ("Capital municipalities", "Hovedstadskommuner"),
        ];
        for (text, want) in cases {
            assert_eq!(stored(text), Some(want), "{text:?}");
        }
        for unknown in [
            "",
            "Sjælland",
            "Kommune",
            "12",
            "86",
            "100",
            "861",
            "411",
            "Christiansø",
            "I alt",
            "Slagelse x",
            "1.0",
        ] {
            assert_eq!(stored(unknown), None, "{unknown:?}");
        }
        assert_eq!(kind_of("Region Sjælland"), Some(AreaKind::Region));
        assert_eq!(kind_of("Landsdel Bornholm"), Some(AreaKind::Landsdel));
        assert_eq!(kind_of("Bornholm"), Some(AreaKind::Municipality));
        assert_eq!(kind_of("Landkommuner"), Some(AreaKind::MunicipalityGroup));
        assert_eq!(kind_of("All Denmark"), Some(AreaKind::Country));
        assert_eq!(kind_of("Tokyo"), None);
        assert!(lookup_name("101").is_none());
        assert!(lookup_code("København").is_none());
        assert_eq!(lookup(&"x".repeat(500)), None);
    }

    #[test]
    fn kinds_have_codes_and_names() {
        for kind in AreaKind::ALL {
            assert!(!kind.code().is_empty());
            assert!(!kind.name(crate::Lang::Da).is_empty());
        }
        assert_eq!(AreaKind::Municipality.name(crate::Lang::Da), "kommune");
        assert_eq!(AreaKind::Landsdel.name(crate::Lang::En), "province");
        assert_eq!(
            lookup("101").unwrap().name_in(crate::Lang::En),
            "Copenhagen"
        );
        assert!(SOURCE.starts_with("Danmarks Statistik"));
        assert_eq!(COUNTRY, AREAS[0].name);
    }

    #[test]
    fn folding_covers_danish_letters() {
        assert_eq!(fold_char('Æ'), 'æ');
        assert_eq!(fold_char('Ø'), 'ø');
        assert_eq!(fold_char('Å'), 'å');
        assert_eq!(fold_char('É'), 'é');
        assert_eq!(fold_char('Ü'), 'ü');
        assert_eq!(fold_char('×'), '×');
        assert_eq!(fold_char('ß'), 'ß');
    }
}
