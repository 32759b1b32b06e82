//! Following development targets (a change between two dates against the country's change)
//! and baselines as the first point of a path, with figures computed by hand.

use plan_core::agreement::{default_agreement, follow_agreement, link_agreement};
use plan_core::defaults::default_workspace;
use plan_core::indicators::follow::goal_text;
use plan_core::indicators::import::Observation;
use plan_core::indicators::{
    evaluate, follow_all, AreaFilter, Document, FollowStatus, IndicatorData, ObsPeriod,
};
use plan_core::{Deadline, Lang, Measure, PartialDate, Shape, Source, Unit};

const OWN: &str = "Slagelse";
const COUNTRY: &str = "Hele landet";

/// No imported figures, the default comparison (Slagelse, the country, the cluster).
fn data() -> IndicatorData {
    IndicatorData::new(plan_core::defaults::comparison("Slagelse"))
}

/// Adds figures `(area, period, value)` of one indicator.
fn put(data: &mut IndicatorData, indicator: &str, rows: &[(&str, &str, f64)]) {
    let obs: Vec<Observation> = rows
        .iter()
        .enumerate()
        .map(|(i, (area, period, value))| Observation {
            area: (*area).into(),
            indicator: indicator.into(),
            period: ObsPeriod::parse(period).unwrap(),
            value: *value,
            row: i as u64 + 2,
        })
        .collect();
    data.merge(
        "test.csv",
        "2017-02-01T10:00:00Z",
        "long",
        obs.len() as u64,
        &obs,
        AreaFilter::All,
    );
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn a_fall_at_least_as_large_as_the_countrys_is_met() {
    let a = default_agreement();
    let mut d = data();
    // Ledige: 2.000 → 1.918 is −4,1 %; the country 100.000 → 97.700 is −2,3 %.
    put(
        &mut d,
        "Ledige",
        &[
            (OWN, "2015M12", 2000.0),
            (OWN, "2016M06", 1990.0),
            (OWN, "2016M12", 1918.0),
            (COUNTRY, "2015M12", 100_000.0),
            (COUNTRY, "2016M06", 99_000.0),
            (COUNTRY, "2016M12", 97_700.0),
        ],
    );
    assert_eq!(
        link_agreement(&mut d, &a),
        1,
        "linked by the indicator's name"
    );
    let all = follow_agreement(&d, &a);
    let f = all
        .iter()
        .find(|f| f.measure().id == "ua16-m-ledige")
        .unwrap();
    assert_eq!(f.followed.status, FollowStatus::Met);
    let dev = f.followed.development.unwrap();
    assert_eq!(
        (dev.from, dev.to),
        (ObsPeriod::Month(2015, 12), ObsPeriod::Month(2016, 12))
    );
    assert!(close(dev.own_change, -4.1));
    assert!(close(dev.national_change, -2.3));
    // `required` is the country's development (the margin is 0).
    assert!(close(f.followed.required.unwrap(), -2.3));
    assert_eq!(f.followed.decisive.as_ref().unwrap().value, 1918.0);
    assert!(f.followed.trend.is_none());
    assert_eq!(
        f.explanation(Lang::Da),
        "Ledige faldt 4,1 % fra december 2015 til december 2016, landet 2,3 %: målet er nået."
    );
    assert_eq!(
        f.explanation(Lang::En),
        "Ledige fell 4.1 % from December 2015 to December 2016, the country 2.3 %: the target is met."
    );
    assert_eq!(
        goal_text(f.measure(), Lang::Da),
        "en udvikling fra december 2015 mindst lige så god som landets (fald er godt)"
    );
    assert_eq!(f.section.name, "Jobcenter");
    assert_eq!(f.group.name, "Borgere tættest på arbejdsmarkedet");
}

#[test]
fn a_smaller_fall_than_the_countrys_is_missed() {
    let a = default_agreement();
    let mut d = data();
    // 500 → 495 is −1 %; the country 20.000 → 19.000 is −5 %.
    put(
        &mut d,
        "Langtidsledige",
        &[
            (OWN, "2015M12", 500.0),
            (OWN, "2016M12", 495.0),
            (OWN, "2017M01", 480.0),
            (COUNTRY, "2015M12", 20_000.0),
            (COUNTRY, "2016M12", 19_000.0),
            (COUNTRY, "2017M01", 18_000.0),
        ],
    );
    d.set_link("ua16-m-langtidsledige", Some("Langtidsledige"));
    let all = follow_agreement(&d, &a);
    let f = all
        .iter()
        .find(|f| f.measure().id == "ua16-m-langtidsledige")
        .unwrap();
    assert_eq!(f.followed.status, FollowStatus::Missed);
    // Judged at the deadline, not at the later January figure.
    assert_eq!(
        f.followed.development.unwrap().to,
        ObsPeriod::Month(2016, 12)
    );
    assert_eq!(
        f.explanation(Lang::Da),
        "Langtidsledige faldt 1 % fra december 2015 til december 2016, landet 5 %: målet er ikke nået."
    );
    // A rise where the country fell says both.
    let mut d = data();
    put(
        &mut d,
        "Langtidsledige",
        &[
            (OWN, "2015M12", 500.0),
            (OWN, "2016M12", 510.0),
            (COUNTRY, "2015M12", 20_000.0),
            (COUNTRY, "2016M12", 19_000.0),
        ],
    );
    d.set_link("ua16-m-langtidsledige", Some("Langtidsledige"));
    let all = follow_agreement(&d, &a);
    let f = all
        .iter()
        .find(|f| f.measure().id == "ua16-m-langtidsledige")
        .unwrap();
    assert_eq!(
        f.explanation(Lang::Da),
        "Langtidsledige steg 2 % fra december 2015 til december 2016, landet faldt 5 %: målet er ikke nået."
    );
}

#[test]
fn before_the_deadline_the_development_so_far_is_judged() {
    let a = default_agreement();
    let status_with = |own_june: f64| {
        let mut d = data();
        // The country: 50.000 → 49.000 by June, −2 %.
        put(
            &mut d,
            "Uddannelseshjælpsmodtagere",
            &[
                (OWN, "2015M12", 1000.0),
                (OWN, "2016M06", own_june),
                (COUNTRY, "2015M12", 50_000.0),
                (COUNTRY, "2016M06", 49_000.0),
            ],
        );
        d.set_link(
            "ua16-m-uddannelseshjaelp",
            Some("Uddannelseshjælpsmodtagere"),
        );
        let all = follow_agreement(&d, &a);
        let f = all
            .iter()
            .find(|f| f.measure().id == "ua16-m-uddannelseshjaelp")
            .unwrap();
        (f.followed.status, f.explanation(Lang::Da))
    };
    // −5 % against −2 %: on track.
    let (s, text) = status_with(950.0);
    assert_eq!(s, FollowStatus::OnTrack);
    assert_eq!(
        text,
        "Uddannelseshjælpsmodtagere faldt 5 % fra december 2015 til juni 2016, landet 2 %: på rette spor (målet gælder udviklingen til december 2016)."
    );
    // +1 % against −2 %: 3 points worse, within 5 % of the level −2 % leads to
    // (0,05 × 98 = 4,9 points): at risk.
    assert_eq!(status_with(1010.0).0, FollowStatus::AtRisk);
    // +10 % against −2 %: 12 points worse: off track.
    assert_eq!(status_with(1100.0).0, FollowStatus::OffTrack);
}

/// A development target where a rise is better, on an indicator of its own.
fn rise_measure(margin: f64) -> Measure {
    let mut m = Measure::blank("ua16-test-rise", 2016, Source::assumption("test"));
    m.indicator = "Personer i job".into();
    m.shape = Shape::ChangeAtLeastNational;
    m.unit = Unit::PercentagePoints;
    m.value = margin;
    m.from = Some(PartialDate::month(2015, 12));
    m.deadline = Deadline {
        date: PartialDate::month(2016, 12),
        stated: true,
    };
    m
}

#[test]
fn a_rise_at_least_as_large_as_the_countrys_minus_the_margin_is_met() {
    let with = |own_end: f64, margin: f64| {
        let mut d = data();
        // The country: 1.000 → 1.050, +5 %.
        put(
            &mut d,
            "Personer i job",
            &[
                (OWN, "2015M12", 200.0),
                (OWN, "2016M12", own_end),
                (COUNTRY, "2015M12", 1000.0),
                (COUNTRY, "2016M12", 1050.0),
            ],
        );
        d.set_link("ua16-test-rise", Some("Personer i job"));
        let m = rise_measure(margin);
        let e = evaluate(&d, &m);
        (
            e.status,
            e.required,
            e.explanation(Lang::Da, Document::Agreement),
        )
    };
    // +10 % against +5 %: met.
    let (s, req, text) = with(220.0, 0.0);
    assert_eq!(s, FollowStatus::Met);
    assert!(close(req.unwrap(), 5.0));
    assert_eq!(
        text,
        "Personer i job steg 10 % fra december 2015 til december 2016, landet 5 %: målet er nået."
    );
    // +4 % with a margin of 2 points: at least +3 % is required: met.
    let (s, req, text) = with(208.0, 2.0);
    assert_eq!(s, FollowStatus::Met);
    assert!(close(req.unwrap(), 3.0));
    assert!(
        text.ends_with("Målet tillader en udvikling op til 2 pct.-point dårligere end landets."),
        "{text}"
    );
    // +2 %: missed.
    assert_eq!(with(204.0, 2.0).0, FollowStatus::Missed);
    // A fall of 1 % where a rise is better: missed.
    assert_eq!(with(198.0, 0.0).0, FollowStatus::Missed);
}

#[test]
fn without_figures_at_the_start_there_is_no_development() {
    let a = default_agreement();
    let mut d = data();
    // The municipality's figures begin in January 2016: no start in December 2015.
    put(
        &mut d,
        "Langtidsforsørgede",
        &[
            (OWN, "2016M01", 3000.0),
            (OWN, "2016M12", 2900.0),
            (COUNTRY, "2015M12", 200_000.0),
            (COUNTRY, "2016M12", 190_000.0),
        ],
    );
    d.set_link("ua16-m-langtidsforsoergede", Some("Langtidsforsørgede"));
    let all = follow_agreement(&d, &a);
    let f = all
        .iter()
        .find(|f| f.measure().id == "ua16-m-langtidsforsoergede")
        .unwrap();
    assert_eq!(f.followed.status, FollowStatus::NoData);
    assert!(f.followed.development.is_none());
    assert!(f.followed.required.is_none());
    assert_eq!(
        f.explanation(Lang::Da),
        "Udviklingen fra december 2015 kan ikke opgøres endnu: indikatoren \"Langtidsforsørgede\" mangler tal for kommunen og hele landet for december 2015 og en senere periode af samme slags."
    );
}

#[test]
fn a_development_in_a_year_is_read_from_yearly_figures() {
    let a = default_agreement();
    let mut d = data();
    // "Udviklingen i 2016": 2015 → 2016. 400 → 380 is −5 %, the country −4 %.
    put(
        &mut d,
        "Unge under 30 år på kontanthjælp",
        &[
            (OWN, "2015", 400.0),
            (OWN, "2016", 380.0),
            (COUNTRY, "2015", 25_000.0),
            (COUNTRY, "2016", 24_000.0),
        ],
    );
    d.set_link(
        "ua16-m-unge-kontanthjaelp",
        Some("Unge under 30 år på kontanthjælp"),
    );
    let all = follow_agreement(&d, &a);
    let f = all
        .iter()
        .find(|f| f.measure().id == "ua16-m-unge-kontanthjaelp")
        .unwrap();
    assert_eq!(f.followed.status, FollowStatus::Met);
    assert_eq!(
        f.explanation(Lang::Da),
        "Unge under 30 år på kontanthjælp faldt 5 % fra 2015 til 2016, landet 4 %: målet er nået."
    );
}

#[test]
fn the_agreement_without_figures() {
    let a = default_agreement();
    let d = data();
    let all = follow_agreement(&d, &a);
    assert_eq!(all.len(), 14);
    let baseline_only: Vec<&str> = all
        .iter()
        .filter(|f| f.followed.status == FollowStatus::BaselineOnly)
        .map(|f| f.measure().id.as_str())
        .collect();
    assert_eq!(baseline_only, ["ua16-m-orienteringsmoeder-9"]);
    // The samarbejdsgrad has the minutes of 2019's figures (see tests/documented.rs).
    assert!(all
        .iter()
        .filter(|f| f.followed.status != FollowStatus::BaselineOnly)
        .filter(|f| f.measure().id != "ua16-m-samarbejdsgrad")
        .all(|f| f.followed.status == FollowStatus::NotLinked));
    let f = all
        .iter()
        .find(|f| f.measure().id == "ua16-m-orienteringsmoeder-9")
        .unwrap();
    assert_eq!(
        f.explanation(Lang::Da),
        "Aftalens udgangspunkt er 9 (2015); målet er mindst 9 i 2016. Der er endnu ingen nyere tal."
    );
    let ledige = all
        .iter()
        .find(|f| f.measure().id == "ua16-m-ledige")
        .unwrap();
    assert_eq!(
        ledige.explanation(Lang::En),
        "The target is not linked to an imported indicator yet."
    );
}

#[test]
fn the_baseline_is_the_first_point_of_the_path() {
    let mut ws = default_workspace();
    ws.indicators = plan_core::Shared::new(data());
    let id = "m-kth-over-2-aar-375";
    let f = follow_all(&ws)
        .into_iter()
        .find(|f| f.measure.id == id)
        .unwrap();
    assert_eq!(f.status, FollowStatus::BaselineOnly);
    assert_eq!(
        FollowStatus::BaselineOnly.label(Lang::Da),
        "Kun udgangspunkt"
    );
    assert_eq!(FollowStatus::BaselineOnly.label(Lang::En), "Baseline only");
    assert_eq!(FollowStatus::BaselineOnly.colour(), "grey");
    assert_eq!(f.own.len(), 1);
    assert_eq!(
        (f.own[0].period, f.own[0].value),
        (ObsPeriod::Year(2022), 430.0)
    );
    assert_eq!(f.own[0].source, f.measure.source);
    assert_eq!(
        f.own[0].source.seed_file(),
        Some("001_973eeeaefb2c1511.txt")
    );
    assert_eq!(
        f.explanation(Lang::Da),
        "Planens udgangspunkt er 430 (I dag, 2022); målet er højst 375 personer i december 2023. Der er endnu ingen nyere tal."
    );
    assert_eq!(
        f.explanation(Lang::En),
        "The plan's baseline is 430 (I dag, 2022); the target is at most 375 persons in December 2023. There are no newer figures yet."
    );
    // Linked, with imported figures from 2023: the baseline comes first, the status is
    // read from the imported figures as before (400 → 370 by December 2023: met).
    let name = "Kontanthjælpsmodtagere over 2 år";
    let rows: Vec<(&str, String, f64)> = (1..=12)
        .map(|m| {
            (
                OWN,
                format!("2023M{m:02}"),
                400.0 - 30.0 * (m - 1) as f64 / 11.0,
            )
        })
        .collect();
    let rows: Vec<(&str, &str, f64)> = rows.iter().map(|(a, p, v)| (*a, p.as_str(), *v)).collect();
    let mut d = ws.indicators.clone().into_inner();
    put(&mut d, name, &rows);
    d.set_link(id, Some(name));
    ws.indicators = plan_core::Shared::new(d);
    let f = follow_all(&ws)
        .into_iter()
        .find(|f| f.measure.id == id)
        .unwrap();
    assert_eq!(f.own.len(), 13);
    assert_eq!(f.own[0].value, 430.0);
    assert!(matches!(f.own[1].source, Source::Import { .. }));
    assert_eq!(f.status, FollowStatus::Met);
    assert_eq!(f.decisive.unwrap().value, 370.0);
    // An imported figure for the baseline's own period takes its place.
    let mut d = ws.indicators.clone().into_inner();
    put(&mut d, name, &[(OWN, "2022", 440.0)]);
    ws.indicators = plan_core::Shared::new(d);
    let f = follow_all(&ws)
        .into_iter()
        .find(|f| f.measure.id == id)
        .unwrap();
    assert_eq!(f.own.len(), 13);
    assert_eq!(f.own[0].value, 440.0);
    assert!(matches!(f.own[0].source, Source::Import { .. }));
}

#[test]
fn the_agreements_baseline_and_a_floor() {
    let a = default_agreement();
    let mut d = data();
    let name = "Orienteringsmøder og undervisningsseancer for unge";
    // Linked, with figures for the country only: still just the baseline, the country beside.
    put(&mut d, name, &[(COUNTRY, "2016", 400.0)]);
    d.set_link("ua16-m-orienteringsmoeder-9", Some(name));
    let all = follow_agreement(&d, &a);
    let f = all
        .iter()
        .find(|f| f.measure().id == "ua16-m-orienteringsmoeder-9")
        .unwrap();
    assert_eq!(f.followed.status, FollowStatus::BaselineOnly);
    assert_eq!(f.followed.own.len(), 1);
    assert_eq!(f.followed.national, [(ObsPeriod::Year(2016), 400.0)]);
    d.set_link("ua16-m-orienteringsmoeder-9", None);
    put(&mut d, name, &[(OWN, "2016", 11.0)]);
    assert_eq!(link_agreement(&mut d, &a), 1);
    let all = follow_agreement(&d, &a);
    let f = all
        .iter()
        .find(|f| f.measure().id == "ua16-m-orienteringsmoeder-9")
        .unwrap();
    let path: Vec<(ObsPeriod, f64)> = f.followed.own.iter().map(|p| (p.period, p.value)).collect();
    assert_eq!(
        path,
        [(ObsPeriod::Year(2015), 9.0), (ObsPeriod::Year(2016), 11.0)]
    );
    assert_eq!(f.followed.status, FollowStatus::Met);
    assert_eq!(
        f.explanation(Lang::Da),
        "Nået: ved fristen (2016) var tallet 11 (2016); målet var mindst 9."
    );
}
