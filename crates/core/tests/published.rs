//! Where each target's figure is published: every default measure of the plan and of the
//! development agreement has an entry (a public series or an explicit "no public series"),
//! every entry's quotes are in the documents it cites, and the "Hent tallene" list gathers
//! the downloads for the targets still without figures, in both languages.

mod common;

use plan_core::defaults::default_workspace;
use plan_core::indicators::published::{all_measures, fetch_list, published, PUBLISHED};
use plan_core::indicators::{import_parsed, AreaFilter};
use plan_core::Lang;

/// The documents the entries cite, by the name they cite them with.
fn document(name: &str) -> String {
    let file = match name {
        "plan" => "001_973eeeaefb2c1511.txt",
        "agreement" => "002_498300ecb586b988.txt",
        "minutes" => "003_ff1ed37bf497d5ac.txt",
        "domain" => "../DOMAIN.md",
        other => panic!("unknown document {other}"),
    };
    common::normalize(&common::read_seed(file))
}

#[test]
fn every_default_measure_has_a_source_or_says_it_has_no_public_series() {
    let ws = default_workspace();
    let measures = all_measures(&ws);
    assert_eq!(measures.len(), 34, "20 of the plan, 14 of the agreement");
    for (m, _) in &measures {
        let p = published(&m.id).unwrap_or_else(|| panic!("{} has no entry", m.id));
        assert!(!p.cites.is_empty(), "{} cites nothing", m.id);
        if p.series.is_none() {
            assert!(!p.note.da.is_empty() && !p.note.en.is_empty(), "{}", m.id);
            assert!(p.text(Lang::Da).starts_with("Ingen offentlig serie"));
            assert!(p.text(Lang::En).starts_with("No public series"));
        }
    }
    // No entry for a measure that is not there, and one entry per measure.
    for p in PUBLISHED {
        assert!(
            measures.iter().any(|(m, _)| m.id == p.measure_id),
            "{} is not a default measure",
            p.measure_id
        );
        assert_eq!(
            PUBLISHED
                .iter()
                .filter(|q| q.measure_id == p.measure_id)
                .count(),
            1
        );
    }
    let public = PUBLISHED.iter().filter(|p| p.series.is_some()).count();
    let by_hand = PUBLISHED.len() - public;
    assert_eq!((public, by_hand), (25, 9));
}

#[test]
fn every_quote_is_in_the_document_it_cites_and_codes_are_the_confirmed_ones() {
    let confirmed = [
        "Y01A02", "Y07A02", "Y60A02", "Y09A02", "Y30R21", "MM17", "MM13",
    ];
    let domain = document("domain");
    for p in PUBLISHED {
        for c in p.cites {
            let text = document(c.document);
            assert!(
                text.contains(&common::normalize(c.quote)),
                "{}: not in {}: {}",
                p.measure_id,
                c.document,
                c.quote
            );
        }
        if let Some(code) = p.series.and_then(|s| s.code) {
            assert!(confirmed.contains(&code), "{}: {code}", p.measure_id);
            assert!(domain.contains(code), "{code}");
        }
        // The user's words name no internal files or words.
        for lang in [Lang::Da, Lang::En] {
            let words = format!("{} {}", p.text(lang), p.cites_text(lang));
            for bad in ["seed", ".txt", "DOMAIN", ".md"] {
                assert!(!words.contains(bad), "{}: {bad} in {words}", p.measure_id);
            }
        }
    }
}

#[test]
fn the_fetch_list_gathers_the_downloads_for_targets_without_figures() {
    let ws = default_workspace();
    let list = fetch_list(&ws);
    let targets: usize = list.iter().map(|l| l.targets.len()).sum();
    assert_eq!(targets, 34, "no default target has imported figures");
    // One line per download: the two "virksomhedsnære tilbud" measures share one.
    let downloads: Vec<_> = list.iter().filter(|l| l.is_download()).collect();
    assert_eq!(downloads.len(), 24);
    let by_hand = list.last().unwrap();
    assert!(!by_hand.is_download());
    assert_eq!(by_hand.targets.len(), 9);
    let kth = downloads
        .iter()
        .find(|l| l.targets.iter().any(|t| t.measure.id == "m-kth-aktiv-889"))
        .unwrap();
    assert_eq!(
        kth.text(Lang::Da),
        "Hent fra jobindsats.dk, Kontanthjælp (Y60A02): Antal fuldtidspersoner, Kontanthjælp, \
         aktivitetsparate (visitationskategori). Vælg områderne Slagelse, Hele landet (til \
         sammenligning) og de 15 sammenlignelige kommuner (Esbjerg, Fredericia, Guldborgsund, \
         Ishøj, Kalundborg, Norddjurs, Nyborg, Odsherred, Randers, Samsø, Skive, Thisted, \
         Tønder, Vesthimmerland, Vordingborg); månedstal fra januar 2022 til december 2023. \
         Bruges til: Helårspersoner på kontanthjælp (aktivitetsparate). Kilde: jobindsats.dk's \
         tabeller over fuldtidspersoner pr. ydelse, som offentlige kommunale dataudtræk bruger \
         dem (Randers Kommune); jobindsats.dk's mål i de hentede filer: Antal personer, Antal \
         fuldtidspersoner, Fuldtidspersoner i pct. af arbejdsstyrken 16-66 år."
    );
    let gap = downloads
        .iter()
        .find(|l| l.targets.iter().any(|t| t.measure.id == "m-forsikrede-gap"))
        .unwrap();
    assert!(gap
        .text(Lang::En)
        .contains("Hele landet (the target is read against the country)"));
    assert!(gap.text(Lang::En).starts_with(
        "Download from jobindsats.dk, Unemployment insurance benefit (Y01A02): Full-time persons"
    ));
    // A code the sources do not confirm is said to be unconfirmed.
    let ukraine = downloads
        .iter()
        .find(|l| {
            l.targets
                .iter()
                .any(|t| t.measure.id == "m-ukrainere-beskaeftigelse-55")
        })
        .unwrap();
    assert!(ukraine
        .text(Lang::Da)
        .contains("(tabelkoden er ikke bekræftet)"));
    assert!(by_hand
        .text(Lang::Da)
        .starts_with("Ingen offentlig serie; tast tallene ind med deres kilde: "));
}

#[test]
fn a_target_with_its_figures_leaves_the_fetch_list() {
    let mut ws = default_workspace();
    let csv = "Område;Periode;Ydelsesgrupper;Antal fuldtidspersoner\n\
               Slagelse;2023M01;Kontanthjælp, aktivitetsparate;901\n\
               Hele landet;2023M01;Kontanthjælp, aktivitetsparate;60.000\n";
    let (sniffed, parsed) = plan_core::indicators::import::read_all("kth.csv", csv.as_bytes())
        .unwrap_or_else(|_| panic!("kth.csv is read"));
    import_parsed(
        &mut ws,
        &parsed,
        sniffed.format,
        "2024-01-02T10:00:00Z",
        AreaFilter::Compared,
    );
    // The import linked the target (see tests/linking.rs).
    let list = fetch_list(&ws);
    assert!(!list
        .iter()
        .flat_map(|l| &l.targets)
        .any(|t| t.measure.id == "m-kth-aktiv-889"));
    let targets: usize = list.iter().map(|l| l.targets.len()).sum();
    assert_eq!(targets, 33);
}
