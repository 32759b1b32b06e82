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
    assert_eq!(lookup("07").unwrap().english, "Province Funen");
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
        // Statbank's English names of the landsdele.
        ("Province City of Copenhagen", "Landsdel Byen København"),
        ("Province Copenhagen suburbs", "Landsdel Københavns omegn"),
        ("Province North Zealand", "Landsdel Nordsjælland"),
        ("Province East Zealand", "Landsdel Østsjælland"),
        (
            "Province West and South Zealand",
            "Landsdel Vest- og Sydsjælland",
        ),
        ("Province Funen", "Landsdel Fyn"),
        ("Province South Jutland", "Landsdel Sydjylland"),
        ("Province East Jutland", "Landsdel Østjylland"),
        ("Province West Jutland", "Landsdel Vestjylland"),
        ("Province North Jutland", "Landsdel Nordjylland"),
        ("Province Byen København", "Landsdel Byen København"),
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
