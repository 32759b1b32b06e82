//! Figures the documents state in their running text, held against the targets they speak
//! to: each is a point of the target's follow-up marked as taken from the document, and an
//! imported or typed-in figure for the same period replaces it. Expected values are written
//! by hand from the documents.

use plan_core::agreement::follow_agreement;
use plan_core::defaults::default_workspace;
use plan_core::indicators::documented::OBSERVATIONS;
use plan_core::indicators::import::Observation;
use plan_core::indicators::{
    evaluate, follow_all, AreaFilter, EnteredFigure, Evaluation, FollowStatus, IndicatorData,
    ObsPeriod, PathPoint, PointOrigin,
};
use plan_core::source::SEED_FILES;
use plan_core::{Lang, Measure, Source, Workspace};

const OWN: &str = "Slagelse";
const COUNTRY: &str = "Hele landet";

/// A measure of the plan or of a development agreement, by id.
fn measure<'a>(ws: &'a Workspace, id: &str) -> &'a Measure {
    ws.measures()
        .map(|(_, _, m)| m)
        .chain(
            ws.agreements
                .iter()
                .flat_map(|a| a.measures().map(|(_, _, m)| m)),
        )
        .find(|m| m.id == id)
        .unwrap_or_else(|| panic!("no measure {id} in the default workspace"))
}

fn points(e: &Evaluation<'_>, origin: PointOrigin) -> Vec<PathPoint> {
    e.own
        .iter()
        .filter(|p| p.origin == origin)
        .cloned()
        .collect()
}

/// Imports `(area, period, value)` of one indicator and links the measure to it.
fn import(ws: &mut Workspace, measure_id: &str, rows: &[(&str, ObsPeriod, f64)]) {
    let obs: Vec<Observation> = rows
        .iter()
        .enumerate()
        .map(|(i, (area, period, value))| Observation {
            area: (*area).into(),
            indicator: "Testindikator".into(),
            period: *period,
            value: *value,
            row: i as u64 + 2,
        })
        .collect();
    let data: &mut IndicatorData = &mut ws.indicators;
    data.merge(
        "test.csv",
        "2026-01-02T10:00:00Z",
        "long",
        obs.len() as u64,
        &obs,
        AreaFilter::All,
    );
    data.set_link(measure_id, Some("Testindikator"));
}

fn enter(ws: &mut Workspace, measure_id: &str, area: &str, period: ObsPeriod, value: f64) {
    ws.indicators
        .enter_figure(EnteredFigure {
            measure_id: measure_id.into(),
            area: area.into(),
            period,
            value,
            source: "CARI's opgørelse".into(),
            entered: "2026-01-02".into(),
        })
        .unwrap();
}

#[test]
fn every_observation_speaks_to_a_measure_of_the_default_workspace() {
    let ws = default_workspace();
    let ids: Vec<&str> = OBSERVATIONS.iter().map(|o| o.measure_id).collect();
    assert_eq!(
        ids,
        [
            "ua16-m-samarbejdsgrad",
            "ua16-m-samarbejdsgrad",
            "m-partnerskaber-300",
            "m-voksenlaerlinge-120"
        ]
    );
    for id in ids {
        measure(&ws, id);
    }
}

#[test]
fn the_130_voksenlaerlingeforloeb_of_2023_are_a_point_of_the_plans_120() {
    let ws = default_workspace();
    let f = follow_all(&ws)
        .into_iter()
        .find(|f| f.measure.id == "m-voksenlaerlinge-120")
        .unwrap();
    assert_eq!(f.own.len(), 1);
    let p = &f.own[0];
    assert_eq!(p.origin, PointOrigin::Document);
    assert_eq!((p.period, p.value), (ObsPeriod::Year(2023), 130.0));
    assert_eq!(
        p.source,
        Source::seed(
            SEED_FILES[4],
            "Tema 1: Erhverv, uddannelse og jobvækst, greb og konsekvenser a"
        )
    );
    // The committee case holds the same figure.
    let case = ws.committee_cases[0]
        .figure("tal-voksenlaerlingeforloeb-130")
        .unwrap();
    assert_eq!(case.value, 130.0);
    assert_eq!(p.source, case.source);
    // 130 against "mindst 120" by 2024: met now, no trend from one point.
    assert_eq!(f.status, FollowStatus::OnTrack);
    assert_eq!(f.decisive.as_ref(), Some(p));
    assert_eq!(f.required, Some(120.0));
    assert_eq!(f.latest_text(Lang::Da), "130 (2023, fra dokumentet)");
    assert_eq!(f.latest_text(Lang::En), "130 (2023, from the document)");
    assert_eq!(
        f.explanation(Lang::Da),
        "På rette spor: seneste tal (2023, fra dokumentet) er 130; målet er mindst 120 personer senest 2024."
    );
    // Still asked for in "Hent tallene": the municipality's own figures are not there.
    assert!(f.missing.own);
}

#[test]
fn an_imported_figure_for_2023_replaces_the_documents_130() {
    let mut ws = default_workspace();
    let id = "m-voksenlaerlinge-120";
    import(
        &mut ws,
        id,
        &[
            (OWN, ObsPeriod::Year(2023), 128.0),
            (OWN, ObsPeriod::Year(2022), 95.0),
        ],
    );
    let e = evaluate(&ws.indicators, measure(&ws, id));
    assert!(points(&e, PointOrigin::Document).is_empty());
    let values: Vec<(ObsPeriod, f64, PointOrigin)> = e
        .own
        .iter()
        .map(|p| (p.period, p.value, p.origin))
        .collect();
    assert_eq!(
        values,
        [
            (ObsPeriod::Year(2022), 95.0, PointOrigin::Imported),
            (ObsPeriod::Year(2023), 128.0, PointOrigin::Imported)
        ]
    );
    // An imported figure for another year leaves the document's point in the path.
    let mut ws = default_workspace();
    import(&mut ws, id, &[(OWN, ObsPeriod::Year(2022), 95.0)]);
    let e = evaluate(&ws.indicators, measure(&ws, id));
    assert_eq!(e.own.len(), 2);
    assert_eq!(e.own[1].origin, PointOrigin::Document);
    assert_eq!(e.decisive.as_ref().map(|p| p.value), Some(130.0));
}

#[test]
fn about_350_partner_firms_in_december_2019_are_a_point_of_the_plans_300() {
    let ws = default_workspace();
    let f = follow_all(&ws)
        .into_iter()
        .find(|f| f.measure.id == "m-partnerskaber-300")
        .unwrap();
    assert_eq!(f.own.len(), 1);
    let p = &f.own[0];
    assert_eq!(p.origin, PointOrigin::Document);
    assert_eq!((p.period, p.value), (ObsPeriod::Month(2019, 12), 350.0));
    assert_eq!(
        p.source,
        Source::seed(
            SEED_FILES[3],
            "10. Den virksomhedsrettede indsats, Handlemuligheder, Partnerskabssamarbejdet"
        )
    );
    assert_eq!(
        p.source.describe(Lang::Da),
        "Referat, Social- og Beskæftigelsesudvalget 2. december 2019, 10. Den virksomhedsrettede \
         indsats, Handlemuligheder, Partnerskabssamarbejdet"
    );
    assert_eq!(f.status, FollowStatus::OnTrack);
    assert_eq!(f.latest_text(Lang::Da), "350 (dec. 2019, fra dokumentet)");
}

#[test]
fn a_figure_typed_in_for_december_2019_replaces_the_documents_350() {
    let mut ws = default_workspace();
    let id = "m-partnerskaber-300";
    enter(&mut ws, id, OWN, ObsPeriod::Month(2019, 12), 342.0);
    let e = evaluate(&ws.indicators, measure(&ws, id));
    assert_eq!(e.own.len(), 1);
    assert_eq!(
        (e.own[0].period, e.own[0].value, e.own[0].origin),
        (ObsPeriod::Month(2019, 12), 342.0, PointOrigin::Entered)
    );
    // A yearly figure for 2019 ends in the same month: it replaces the document's too.
    let mut ws = default_workspace();
    enter(&mut ws, id, OWN, ObsPeriod::Year(2019), 340.0);
    let e = evaluate(&ws.indicators, measure(&ws, id));
    assert_eq!(e.own.len(), 1);
    assert_eq!(e.own[0].origin, PointOrigin::Entered);
    // One for 2023 is added after it.
    let mut ws = default_workspace();
    enter(&mut ws, id, OWN, ObsPeriod::Year(2023), 310.0);
    let e = evaluate(&ws.indicators, measure(&ws, id));
    let values: Vec<(f64, PointOrigin)> = e.own.iter().map(|p| (p.value, p.origin)).collect();
    assert_eq!(
        values,
        [
            (350.0, PointOrigin::Document),
            (310.0, PointOrigin::Entered)
        ]
    );
    assert!(!e.missing.own);
}

#[test]
fn the_samarbejdsgrad_45_against_the_countrys_38_in_2019() {
    let ws = default_workspace();
    let source = Source::seed(
        SEED_FILES[3],
        "10. Den virksomhedsrettede indsats, Handlemuligheder, Proaktiv virksomhedskontakt",
    );
    let m = measure(&ws, "ua16-m-samarbejdsgrad");
    assert_eq!(m.unit, plan_core::Unit::PercentagePoints);
    let e = evaluate(&ws.indicators, m);
    assert_eq!(e.own.len(), 1);
    let p = &e.own[0];
    assert_eq!(p.origin, PointOrigin::Document);
    assert_eq!((p.period, p.value), (ObsPeriod::Year(2019), 45.0));
    assert_eq!(p.source, source);
    assert_eq!(e.national, [(ObsPeriod::Year(2019), 38.0)]);
    assert_eq!(e.documented_national.len(), 1);
    let n = &e.documented_national[0];
    assert_eq!(
        (n.period, n.value, n.origin, &n.source),
        (ObsPeriod::Year(2019), 38.0, PointOrigin::Document, &source)
    );
    // "Minimum på niveau med landsplan" in 2016: the only figures are of 2019, after the
    // deadline, and the words say the first figure after it decides.
    assert_eq!(e.status, FollowStatus::Met);
    assert_eq!(e.required, Some(38.0));
    let a = &ws.agreements[0];
    let f = follow_agreement(&ws.indicators, a)
        .into_iter()
        .find(|f| f.measure().id == "ua16-m-samarbejdsgrad")
        .unwrap();
    assert_eq!(
        f.explanation(Lang::Da),
        "Nået: det første tal efter fristen (2016) er 45 (2019, fra dokumentet); målet var højst \
         0 pct.-point under landsgennemsnittet (landstallet plus målet giver 38)."
    );
}

#[test]
fn imported_samarbejdsgrad_for_2019_replaces_both_of_the_documents_figures() {
    let id = "ua16-m-samarbejdsgrad";
    let mut ws = default_workspace();
    import(
        &mut ws,
        id,
        &[
            (OWN, ObsPeriod::Year(2019), 44.2),
            (COUNTRY, ObsPeriod::Year(2019), 37.6),
        ],
    );
    let e = evaluate(&ws.indicators, measure(&ws, id));
    assert_eq!(e.own.len(), 1);
    assert_eq!(
        (e.own[0].value, e.own[0].origin),
        (44.2, PointOrigin::Imported)
    );
    assert_eq!(e.national, [(ObsPeriod::Year(2019), 37.6)]);
    assert!(e.documented_national.is_empty());
    // The country's figure typed in replaces the document's 38 alone.
    let mut ws = default_workspace();
    enter(&mut ws, id, COUNTRY, ObsPeriod::Year(2019), 36.0);
    let e = evaluate(&ws.indicators, measure(&ws, id));
    assert_eq!(e.national, [(ObsPeriod::Year(2019), 36.0)]);
    assert!(e.documented_national.is_empty());
    assert_eq!(e.own[0].origin, PointOrigin::Document);
}

#[test]
fn the_documents_figures_are_slagelses_only() {
    let mut ws = default_workspace();
    ws.indicators.comparison = plan_core::defaults::comparison("Næstved");
    let e = evaluate(&ws.indicators, measure(&ws, "m-voksenlaerlinge-120"));
    assert!(e.own.is_empty());
    assert_eq!(e.status, FollowStatus::NotLinked);
    // The country's figure is the country's whoever is followed.
    let e = evaluate(&ws.indicators, measure(&ws, "ua16-m-samarbejdsgrad"));
    assert!(e.own.is_empty());
    assert_eq!(e.national, [(ObsPeriod::Year(2019), 38.0)]);
}

#[test]
fn every_origin_has_a_label_in_both_languages() {
    let labels: Vec<(&str, &str)> = [
        PointOrigin::Imported,
        PointOrigin::Entered,
        PointOrigin::Baseline,
        PointOrigin::Document,
    ]
    .iter()
    .map(|o| (o.label(Lang::Da), o.label(Lang::En)))
    .collect();
    assert_eq!(
        labels,
        [
            ("importeret", "imported"),
            ("indtastet i appen", "typed in"),
            ("udgangspunkt", "baseline"),
            ("fra dokumentet", "from the document"),
        ]
    );
}
