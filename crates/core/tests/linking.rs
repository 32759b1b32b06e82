//! Links made on import: a file that holds a target's measure and benefit group links the
//! target at once (names as jobindsats.dk gives them, Danish or English, any case or
//! accents), the best of several is taken and the others offered, the link is named in the
//! import's outcome and can be undone, and an undone link is not made again.

use plan_core::defaults::default_workspace;
use plan_core::indicators::import;
use plan_core::indicators::linking::{fit_score, fitting, import_and_link, ImportOutcome};
use plan_core::indicators::published::published;
use plan_core::indicators::{evaluate, AreaFilter, Document, FollowStatus};
use plan_core::{History, Lang, Workspace};

fn import_text(ws: &mut Workspace, name: &str, text: &str) -> ImportOutcome {
    let (sniffed, parsed) = match import::read_all(name, text.as_bytes()) {
        Ok(r) => r,
        Err(import::ReadError::File(e)) => panic!("{}", e.message(name, Lang::Da)),
        Err(import::ReadError::Mapping(e)) => panic!("{}", e.message(Lang::Da)),
    };
    assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
    import_and_link(
        ws,
        &parsed,
        sniffed.format,
        "2024-02-01T09:00:00Z",
        AreaFilter::Compared,
    )
}

const KTH: &str = "Område;Periode;Ydelsesgrupper;Antal fuldtidspersoner;Antal personer\n\
Slagelse;2023M05;Kontanthjælp, aktivitetsparate;861;990\n\
Slagelse;2023M06;Kontanthjælp, aktivitetsparate;870;1.001\n\
Slagelse;2023M07;Kontanthjælp, aktivitetsparate;866;1.002\n\
Hele landet;2023M07;Kontanthjælp, aktivitetsparate;61.200,5;70.100\n\
Esbjerg;2023M07;Kontanthjælp, aktivitetsparate;1.010;1.200\n\
Slagelse;2023M07;Ledighedsydelse;180;201\n\
Hele landet;2023M07;Ledighedsydelse;14.100;15.800\n\
Slagelse;2023M07;Kontanthjælp;1.500;1.700\n";

#[test]
fn a_jobindsats_file_links_the_targets_it_holds_and_they_are_followed() {
    let mut ws = default_workspace();
    let out = import_text(&mut ws, "kontanthjaelp.csv", KTH);
    let linked: Vec<(&str, &str)> = out
        .links
        .iter()
        .map(|l| (l.measure_id.as_str(), l.indicator.as_str()))
        .collect();
    assert_eq!(
        linked,
        vec![
            (
                "m-kth-aktiv-889",
                "Antal fuldtidspersoner (Kontanthjælp, aktivitetsparate)"
            ),
            (
                "m-ledighedsydelse-194",
                "Antal fuldtidspersoner (Ledighedsydelse)"
            ),
        ]
    );
    assert_eq!(out.report.linked, 2);
    let first = &out.links[0];
    assert_eq!(
        first.measure_text,
        "Helårspersoner på kontanthjælp (aktivitetsparate)"
    );
    assert_eq!(first.document, Document::Plan);
    assert!(!first.same_name);
    // The persons on the benefit are another measure; the whole of kontanthjælp another group.
    assert!(first.others.is_empty(), "{:?}", first.others);
    let m = ws
        .measures()
        .find(|(_, _, m)| m.id == "m-kth-aktiv-889")
        .unwrap()
        .2;
    let e = evaluate(&ws.indicators, m);
    assert_eq!(
        e.status,
        FollowStatus::OnTrack,
        "{}",
        e.explanation(Lang::Da, Document::Plan)
    );
    assert!(!e.missing.needs_figures());
    // Persons on kontanthjælp over two years: the file has no such group.
    assert!(ws.indicators.link_for("m-kth-over-2-aar-375").is_none());
}

#[test]
fn english_names_upper_case_and_no_accents_fit_as_well() {
    let series = published("m-kth-aktiv-889").unwrap().series.unwrap();
    for name in [
        "Full-time persons (Kontanthjælp, aktivitetsparate)",
        "ANTAL FULDTIDSPERSONER (KONTANTHJAELP, AKTIVITETSPARATE)",
        "Helårspersoner - kontanthjælp; aktivitetsparat",
        "Number of full-time persons (Social assistance, activity-ready)",
    ] {
        assert!(fit_score(&series, name).is_some(), "{name}");
    }
    for name in [
        "Antal personer (Kontanthjælp, aktivitetsparate)",
        "Fuldtidspersoner i pct. af arbejdsstyrken 16-66 år (Kontanthjælp, aktivitetsparate)",
        "Antal fuldtidspersoner (Kontanthjælp, jobparate)",
        "Antal fuldtidspersoner (Uddannelseshjælp, aktivitetsparate)",
    ] {
        assert!(fit_score(&series, name).is_none(), "{name}");
    }
    // The corpus' English jobindsats file links the same target.
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/corpus/jobindsats-english.csv"
    ))
    .unwrap();
    let mut ws = default_workspace();
    let out = import_text(
        &mut ws,
        "jobindsats-english.csv",
        std::str::from_utf8(&bytes).unwrap(),
    );
    let ids: Vec<&str> = out.links.iter().map(|l| l.measure_id.as_str()).collect();
    assert_eq!(ids, ["m-kth-aktiv-889", "m-ledighedsydelse-194"]);
}

#[test]
fn the_benchmark_links_the_actual_share_not_the_expected_one() {
    let file = "Område;Periode;Ydelsesgrupper;\
Forventet og faktisk antal fuldtidspersoner på offentlig forsørgelse: Forventet andel (pct.);\
Forventet og faktisk antal fuldtidspersoner på offentlig forsørgelse: Faktisk andel (pct.);\
Forventet og faktisk antal fuldtidspersoner på offentlig forsørgelse: Forskel i andel (pct.-point)\n\
Slagelse;2022QMAT02;Sygedagpenge mv.;3,10;2,99;-0,11\n\
Randers;2022QMAT02;Sygedagpenge mv.;3,30;3,41;0,11\n\
Slagelse;2022QMAT02;A-dagpenge mv.;2,20;2,51;0,31\n\
Randers;2022QMAT02;A-dagpenge mv.;2,40;2,35;-0,05\n";
    let mut ws = default_workspace();
    let out = import_text(&mut ws, "y30r21.csv", file);
    let linked: Vec<(&str, &str)> = out
        .links
        .iter()
        .map(|l| (l.measure_id.as_str(), l.indicator.as_str()))
        .collect();
    assert_eq!(
        linked,
        vec![
            (
                "m-forsikrede-gap",
                "Forventet og faktisk antal fuldtidspersoner på offentlig forsørgelse: Faktisk andel (pct.) (A-dagpenge mv.)"
            ),
            (
                "m-sygemeldte-gap",
                "Forventet og faktisk antal fuldtidspersoner på offentlig forsørgelse: Faktisk andel (pct.) (Sygedagpenge mv.)"
            ),
        ]
    );
}

#[test]
fn where_several_fit_the_best_is_taken_and_the_others_offered() {
    let file = "Område;Periode;Ydelsesgrupper;Alder;Antal fuldtidspersoner\n\
Slagelse;2023M07;Kontanthjælp, aktivitetsparate;16-29 år;300\n\
Slagelse;2023M07;Kontanthjælp, aktivitetsparate;Alder i alt;866\n\
Hele landet;2023M07;Kontanthjælp, aktivitetsparate;Alder i alt;61.200\n";
    let mut ws = default_workspace();
    let out = import_text(&mut ws, "alder.csv", file);
    let kth = out
        .links
        .iter()
        .find(|l| l.measure_id == "m-kth-aktiv-889")
        .unwrap();
    assert_eq!(
        kth.indicator,
        "Antal fuldtidspersoner (Kontanthjælp, aktivitetsparate, Alder i alt)"
    );
    assert_eq!(
        kth.others,
        ["Antal fuldtidspersoner (Kontanthjælp, aktivitetsparate, 16-29 år)"]
    );
    let m = &ws
        .measures()
        .find(|(_, _, m)| m.id == "m-kth-aktiv-889")
        .unwrap()
        .2
        .clone();
    let ranked: Vec<String> = fitting(&ws.indicators, m)
        .into_iter()
        .map(|c| c.indicator)
        .collect();
    assert_eq!(ranked.len(), 2);
    assert_eq!(ranked[0], kth.indicator);
}

#[test]
fn a_link_made_on_import_can_be_undone_and_is_not_made_again() {
    let ws = default_workspace();
    let mut history = History::default();
    let change = history
        .edit(&ws, None, |w| {
            import_text(w, "kontanthjaelp.csv", KTH);
        })
        .unwrap();
    let ws = change.workspace;
    assert!(ws.indicators.link_for("m-kth-aktiv-889").is_some());
    // The user undoes the one link: a named edit, one step.
    let change = history
        .edit(&ws, None, |w| {
            w.indicators.remove_link("m-kth-aktiv-889");
        })
        .unwrap();
    let declined = change.workspace;
    assert!(declined.indicators.link_for("m-kth-aktiv-889").is_none());
    assert!(declined
        .indicators
        .link_for("m-ledighedsydelse-194")
        .is_some());
    // Importing the file again does not make the link the user undid.
    let mut again = declined.clone();
    let out = import_text(&mut again, "kontanthjaelp.csv", KTH);
    assert!(out.links.is_empty(), "{:?}", out.links);
    assert!(again.indicators.link_for("m-kth-aktiv-889").is_none());
    // Undo brings the link back; undo again takes the import away.
    let back = history.undo(&declined).unwrap().workspace;
    assert!(back.indicators.link_for("m-kth-aktiv-889").is_some());
    let before = history.undo(&back).unwrap().workspace;
    assert!(before.indicators.links.is_empty());
    assert_eq!(before, ws_without_links(&before));
}

#[test]
fn a_link_made_by_hand_is_removed_without_being_declined() {
    let mut ws = default_workspace();
    import_text(&mut ws, "kontanthjaelp.csv", KTH);
    let indicator = ws
        .indicators
        .link_for("m-kth-aktiv-889")
        .expect("linked on import")
        .indicator
        .clone();
    ws.indicators.set_link("m-kth-aktiv-889", Some(&indicator));
    ws.indicators.remove_link("m-kth-aktiv-889");
    assert!(ws.indicators.link_for("m-kth-aktiv-889").is_none());
    assert!(!ws.indicators.is_declined("m-kth-aktiv-889", &indicator));
}

fn ws_without_links(ws: &Workspace) -> Workspace {
    let mut w = ws.clone();
    w.indicators.links.clear();
    w
}

#[test]
fn the_picker_groups_by_file_and_benefit_group_and_searches_without_accents() {
    use plan_core::indicators::picker::{picker, split_group};
    assert_eq!(
        split_group("Antal fuldtidspersoner (Kontanthjælp, aktivitetsparate)"),
        ("Antal fuldtidspersoner", "Kontanthjælp, aktivitetsparate")
    );
    assert_eq!(
        split_group("Faktisk andel (pct.)"),
        ("Faktisk andel (pct.)", "")
    );
    let mut ws = default_workspace();
    import_text(&mut ws, "kontanthjaelp.csv", KTH);
    let all = picker(&ws.indicators, "", None);
    // The file first, then the tables the app ships (the committee minutes of 2019).
    assert_eq!(all[0].file, "kontanthjaelp.csv");
    assert!(all[1..].iter().all(|f| f
        .file
        .starts_with("Referat, Social- og Beskæftigelsesudvalget 2. december 2019: ")));
    // A file is dated by its import; a table of the minutes is not said to be imported.
    assert!(!all[0].from_document);
    assert!(all[1..].iter().all(|f| f.from_document));
    let groups: Vec<&str> = all[0].groups.iter().map(|g| g.group.as_str()).collect();
    assert_eq!(
        groups,
        [
            "Kontanthjælp",
            "Kontanthjælp, aktivitetsparate",
            "Ledighedsydelse"
        ]
    );
    let kth = &all[0].groups[1].items;
    assert_eq!(kth.len(), 2);
    assert_eq!(kth[0].measure, "Antal fuldtidspersoner");
    assert_eq!(
        kth[0].latest.as_ref().unwrap().text(Lang::Da),
        "866 (jul. 2023, Slagelse)"
    );
    // Searched without accents and case; marked where they fit a target.
    let m = ws
        .measures()
        .find(|(_, _, m)| m.id == "m-kth-aktiv-889")
        .unwrap()
        .2
        .clone();
    let found = picker(&ws.indicators, "KONTANTHJAELP aktivitet fuldtid", Some(&m));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].groups.len(), 1);
    let items = &found[0].groups[0].items;
    assert_eq!(items.len(), 1);
    assert!(items[0].fits);
    assert!(picker(&ws.indicators, "ingen sådan", None).is_empty());
}

#[test]
fn the_preview_says_how_the_file_is_read_in_plain_words() {
    let read = |name: &str| {
        let bytes = std::fs::read(format!(
            "{}/tests/corpus/{name}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap();
        match import::read_all(name, &bytes) {
            Ok((s, _)) => s,
            Err(_) => panic!("{name}"),
        }
    };
    assert_eq!(
        read("statbank-web-nested.csv").reading_text(Lang::Da),
        "Tabellen har perioder som kolonner (2023K1 – 2023K2) og områder i rækkerne (kolonne B, \
         på egne rækker over deres tal). Grupper (fx aldersgrupper eller ydelser) står i kolonne \
         C og D, hvis etiketter står på egne rækker; de bliver en del af tallenes navn. \
         Overskriften står i række 3. Tallene hedder »Fuldtidsledige i pct. af \
         arbejdsstyrken«. Titlen over tabellen: »AUP02: Fuldtidsledige i pct. af \
         arbejdsstyrken efter område, køn, alder og tid«. Decimaltegnet er komma."
    );
    assert_eq!(
        read("jobindsats-long.csv").reading_text(Lang::En),
        "The table has the periods in column B and areas in the rows (column A). Groups (such \
         as age groups or benefits) are in column C; they become part of the figures' names. \
         The figures are in columns D and E, each named by its header. The header is row 1. The decimal mark is a comma."
    );
    assert!(read("excel-two-header-rows.csv")
        .reading_text(Lang::Da)
        .contains("Overskriften fylder to rækker (2 og 3)"));
}
