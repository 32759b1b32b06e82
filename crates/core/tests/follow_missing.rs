//! A status that never contradicts itself: a linked target that lacks a series it needs
//! names that series and what to download for it; a target whose requirement is absolute
//! gets its status from the municipality's figure alone; figures typed in by hand, with
//! their source, are followed like imported ones.

use plan_core::defaults::default_workspace;
use plan_core::indicators::import::{self, NATIONAL};
use plan_core::indicators::published::fetch_list;
use plan_core::indicators::{
    evaluate, import_parsed, AreaFilter, Document, EnteredFigure, FollowStatus, ObsPeriod,
};
use plan_core::{History, Lang, Measure, Workspace};

fn import_text(ws: &mut Workspace, name: &str, text: &str) {
    let (sniffed, parsed) = match import::read_all(name, text.as_bytes()) {
        Ok(r) => r,
        Err(_) => panic!("{name} is read"),
    };
    import_parsed(
        ws,
        &parsed,
        sniffed.format,
        "2024-02-01T09:00:00Z",
        AreaFilter::Compared,
    );
}

fn measure<'a>(ws: &'a Workspace, id: &str) -> &'a Measure {
    ws.measures()
        .map(|(_, _, m)| m)
        .find(|m| m.id == id)
        .unwrap()
}

const BENCHMARK: &str = "Område;Periode;Ydelsesgrupper;\
Forventet og faktisk antal fuldtidspersoner på offentlig forsørgelse: Faktisk andel (pct.)\n\
Slagelse;2022QMAT02;Sygedagpenge mv.;2,99\n\
Randers;2022QMAT02;Sygedagpenge mv.;3,41\n";

#[test]
fn a_gap_target_without_the_country_names_the_missing_series_and_where_to_get_it() {
    let mut ws = default_workspace();
    import_text(&mut ws, "randers-y30r21.csv", BENCHMARK);
    let m = measure(&ws, "m-sygemeldte-gap");
    let e = evaluate(&ws.indicators, m);
    assert!(e.indicator.is_some());
    assert_eq!(e.status, FollowStatus::NoData);
    assert_eq!(e.latest_text(Lang::Da), "2,99 (år til 2. kvt. 2022)");
    assert_eq!(e.status_text(Lang::Da), "Mangler tal for hele landet");
    assert_eq!(
        e.status_text(Lang::En),
        "Lacks figures for the whole country"
    );
    assert_eq!(
        e.explanation(Lang::Da, Document::Plan),
        "Indikatoren \"Forventet og faktisk antal fuldtidspersoner på offentlig forsørgelse: \
         Faktisk andel (pct.) (Sygedagpenge mv.)\" har tal for kommunen (seneste 2,99 (år til \
         2. kvt. 2022)), men mangler tal for hele landet: målet læses mod landstallet i samme \
         periode. Hent jobindsats.dk, Sygedagpenge (Y07A02): Fuldtidspersoner i pct. af \
         arbejdsstyrken 16-66 år, Sygedagpenge, for Hele landet."
    );
    // The "Hent tallene" list keeps it, for the country.
    let list = fetch_list(&ws);
    let t = list
        .iter()
        .flat_map(|l| &l.targets)
        .find(|t| t.measure.id == "m-sygemeldte-gap")
        .unwrap();
    assert!(t.missing.national && !t.missing.own);

    // The country's figure typed in by hand for the same period: the status is read.
    ws.indicators
        .enter_figure(EnteredFigure {
            measure_id: "m-sygemeldte-gap".into(),
            area: NATIONAL.into(),
            period: ObsPeriod::parse("2022QMAT02").unwrap(),
            value: 3.2,
            source: "jobindsats.dk Y30R21, Hele landet".into(),
            entered: "2024-02-02".into(),
        })
        .unwrap();
    let e = evaluate(&ws.indicators, measure(&ws, "m-sygemeldte-gap"));
    assert_eq!(e.status, FollowStatus::OnTrack);
    assert_eq!(e.status_text(Lang::Da), "På rette spor");
    assert_eq!(e.required, Some(3.2));
    assert!(!e.missing.needs_figures());
}

#[test]
fn an_absolute_target_needs_no_comparison_series() {
    let mut ws = default_workspace();
    import_text(
        &mut ws,
        "kth.csv",
        "Område;Periode;Ydelsesgrupper;Antal fuldtidspersoner\n\
         Slagelse;2023M01;Kontanthjælp, aktivitetsparate;950\n",
    );
    let e = evaluate(&ws.indicators, measure(&ws, "m-kth-aktiv-889"));
    assert!(e.missing.national && e.missing.cluster && !e.missing.needs_figures());
    assert_eq!(e.status, FollowStatus::OffTrack);
    assert_eq!(e.status_text(Lang::Da), "Ikke på rette spor");
    assert!(e.missing.text(Lang::Da).is_none());
}

#[test]
fn a_linked_target_without_the_municipality_says_so() {
    let mut ws = default_workspace();
    import_text(
        &mut ws,
        "kth.csv",
        "Område;Periode;Ydelsesgrupper;Antal fuldtidspersoner\n\
         Hele landet;2023M01;Kontanthjælp, aktivitetsparate;60.000\n",
    );
    let e = evaluate(&ws.indicators, measure(&ws, "m-kth-aktiv-889"));
    assert_eq!(e.status, FollowStatus::NoData);
    assert_eq!(e.status_text(Lang::Da), "Mangler tal for kommunen");
    assert!(
        e.explanation(Lang::Da, Document::Plan).ends_with(
            "mangler tal for kommunen. Hent jobindsats.dk, Kontanthjælp (Y60A02): Antal \
             fuldtidspersoner, Kontanthjælp, aktivitetsparate (visitationskategori), for Slagelse."
        ),
        "{}",
        e.explanation(Lang::Da, Document::Plan)
    );
}

#[test]
fn figures_typed_in_by_hand_are_followed_with_their_source_and_can_be_undone() {
    let ws = default_workspace();
    let m = measure(&ws, "m-partnerskaber-300");
    // The minutes of 2019's "ca. 350 virksomheder" (see tests/documented.rs).
    assert_eq!(evaluate(&ws.indicators, m).status, FollowStatus::OnTrack);
    let figure = |value: f64, source: &str| EnteredFigure {
        measure_id: "m-partnerskaber-300".into(),
        area: ws.indicators.comparison.own.clone(),
        period: ObsPeriod::Year(2023),
        value,
        source: source.into(),
        entered: "2024-01-15".into(),
    };
    // A figure without its source is refused.
    let mut w = ws.clone();
    let e = w.indicators.enter_figure(figure(310.0, "  ")).unwrap_err();
    assert_eq!(e.message(Lang::Da), "Skriv hvor tallet kommer fra.");
    assert!(w.indicators.enter_figure(figure(f64::NAN, "CARI")).is_err());

    let mut history = History::default();
    let change = history
        .edit(&ws, None, |w| {
            w.indicators
                .enter_figure(figure(280.0, "CARI's opgørelse 31.12.2023"))
                .unwrap();
        })
        .unwrap();
    let typed = change.workspace;
    let e = evaluate(&typed.indicators, measure(&typed, "m-partnerskaber-300"));
    assert_eq!(e.status, FollowStatus::OffTrack);
    assert_eq!(e.latest_text(Lang::Da), "280 (2023)");
    assert_eq!(
        e.own.last().unwrap().source.describe(Lang::Da),
        "CARI's opgørelse 31.12.2023 (indtastet i appen 2024-01-15)"
    );
    // The same period typed again replaces the figure.
    let mut again = typed.clone();
    again
        .indicators
        .enter_figure(figure(305.0, "CARI's opgørelse, rettet"))
        .unwrap();
    assert_eq!(again.indicators.entered.len(), 1);
    let e = evaluate(&again.indicators, measure(&again, "m-partnerskaber-300"));
    assert_eq!(e.status, FollowStatus::OnTrack);
    // It leaves the "Hent tallene" list.
    assert!(!fetch_list(&typed)
        .iter()
        .flat_map(|l| &l.targets)
        .any(|t| t.measure.id == "m-partnerskaber-300"));
    // Undo takes it away; removing it by hand does too.
    let back = history.undo(&typed).unwrap().workspace;
    assert!(back.indicators.entered.is_empty());
    assert!(again.indicators.remove_entered(
        "m-partnerskaber-300",
        &ws.indicators.comparison.own,
        ObsPeriod::Year(2023)
    ));
    assert!(again.indicators.entered.is_empty());
}
