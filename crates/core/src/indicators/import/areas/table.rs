//! The table of known areas.

use super::{AreaKind, KnownArea};

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
        "Province City of Copenhagen",
        Landsdel,
        Some(HOVEDSTADEN)
    ),
    area!(
        "02",
        "Landsdel Københavns omegn",
        "Province Copenhagen suburbs",
        Landsdel,
        Some(HOVEDSTADEN)
    ),
    area!(
        "03",
        "Landsdel Nordsjælland",
        "Province North Zealand",
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
        "Province East Zealand",
        Landsdel,
        Some(SJAELLAND)
    ),
    area!(
        "06",
        "Landsdel Vest- og Sydsjælland",
        "Province West and South Zealand",
        Landsdel,
        Some(SJAELLAND)
    ),
    area!(
        "07",
        "Landsdel Fyn",
        "Province Funen",
        Landsdel,
        Some(SYDDANMARK)
    ),
    area!(
        "08",
        "Landsdel Sydjylland",
        "Province South Jutland",
        Landsdel,
        Some(SYDDANMARK)
    ),
    area!(
        "09",
        "Landsdel Østjylland",
        "Province East Jutland",
        Landsdel,
        Some(MIDTJYLLAND)
    ),
    area!(
        "10",
        "Landsdel Vestjylland",
        "Province West Jutland",
        Landsdel,
        Some(MIDTJYLLAND)
    ),
    area!(
        "11",
        "Landsdel Nordjylland",
        "Province North Jutland",
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
