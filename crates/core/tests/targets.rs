//! Targets beyond caps: how links resolve against the plan, the status thresholds (at the
//! limit within ±0,5 %), projections of a cap, a floor and a share computed by hand, the
//! default targets, and links stored before link kinds existed.

use plan_core::defaults::default_workspace;
use plan_core::model::Unit;
use plan_core::scenarios::*;
use plan_core::{Lang, Source};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

macro_rules! assert_close {
    ($a:expr, $b:expr) => {
        assert!(close($a, $b), "{} = {} ≠ {}", stringify!($a), $a, $b)
    };
}

fn test_figure(v: f64) -> Sourced<f64> {
    Sourced::new(v, Source::assumption("tal til testen"))
}

fn link(measure: &str, group: &str, kind: LinkKind) -> TargetLink {
    TargetLink {
        kind,
        ..TargetLink::persons(measure, group)
    }
}

#[test]
fn target_specs_resolve_the_default_caps() {
    let ws = default_workspace();
    let set = default_scenario_set();
    assert_eq!(
        target_specs(&ws, &set.target_links),
        vec![
            TargetSpec::cap("m-kth-aktiv-889", "kth-aktiv", 889.0, 2023),
            TargetSpec::cap("m-ledighedsydelse-194", "ledighedsydelse", 194.0, 2023),
        ]
    );
}

#[test]
fn links_that_do_not_fit_their_measure_are_left_out() {
    let ws = default_workspace();
    let share = |baseline: Option<f64>, denominator: f64| LinkKind::Share {
        baseline: baseline.map(test_figure),
        denominator: test_figure(denominator),
        per_person: -1.0,
    };
    let count = LinkKind::Count {
        baseline: Some(test_figure(100.0)),
        per_person: -1.0,
    };
    let others = [
        // Partner firms are not the group's full-year persons.
        TargetLink::persons("m-partnerskaber-300", "kth-aktiv"),
        TargetLink::persons("findes-ikke", "kth-aktiv"),
        // A share read as persons, and a count of a share.
        TargetLink::persons("m-lonnede-timer-kth-15", "kth-aktiv"),
        link("m-lonnede-timer-kth-15", "kth-aktiv", count.clone()),
        // Read against the national average: no scenario projects it.
        link("m-forsikrede-gap", "a-dagpenge", count),
        // The plan has no baseline for the share of lønnede timer, nor has the link.
        link("m-lonnede-timer-kth-15", "kth-aktiv", share(None, 889.0)),
        link(
            "m-lonnede-timer-kth-15",
            "kth-aktiv",
            share(Some(14.0), 0.0),
        ),
        link(
            "m-lonnede-timer-kth-15",
            "kth-aktiv",
            share(Some(14.0), f64::NAN),
        ),
        // A share on a count measure.
        link("m-kth-aktiv-889", "kth-aktiv", share(Some(14.0), 889.0)),
    ];
    assert_eq!(target_specs(&ws, &others), vec![]);
}

#[test]
fn cap_status_boundaries() {
    assert_eq!(cap_status(100.0, 100.0), TargetStatus::AtLimit);
    assert_eq!(cap_status(100.5, 100.0), TargetStatus::AtLimit);
    assert_eq!(cap_status(99.5, 100.0), TargetStatus::AtLimit);
    assert_eq!(cap_status(99.49, 100.0), TargetStatus::Met);
    assert_eq!(cap_status(100.51, 100.0), TargetStatus::AtRisk);
    assert_eq!(cap_status(105.0, 100.0), TargetStatus::AtRisk);
    assert_eq!(cap_status(105.001, 100.0), TargetStatus::Missed);
    assert_eq!(cap_status(0.0, 100.0), TargetStatus::Met);
    // A limit of zero is at the limit only when exactly on it.
    assert_eq!(cap_status(0.0, 0.0), TargetStatus::AtLimit);
    assert_eq!(cap_status(0.1, 0.0), TargetStatus::Missed);
}

#[test]
fn floor_status_boundaries_mirror_the_cap() {
    let floor = |p: f64| target_status(p, 120.0, Bound::AtLeast);
    assert_eq!(floor(120.0), TargetStatus::AtLimit);
    assert_eq!(floor(120.6), TargetStatus::AtLimit); // 0,5 % of 120 = 0,6
    assert_eq!(floor(119.4), TargetStatus::AtLimit);
    assert_eq!(floor(121.0), TargetStatus::Met);
    assert_eq!(floor(119.0), TargetStatus::AtRisk);
    assert_eq!(floor(114.0), TargetStatus::AtRisk); // 5 % of 120 = 6
    assert_eq!(floor(113.9), TargetStatus::Missed);
}

#[test]
fn a_deadline_after_the_horizon_projects_its_last_year() {
    let set = default_scenario_set();
    let spec = TargetSpec::cap("m", "sygedagpenge", 1_300.0, 2040);
    let r = evaluate(
        &set.assumptions,
        set.scenario("official").unwrap(),
        std::slice::from_ref(&spec),
    );
    let t = &r.targets[0];
    assert_eq!((t.deadline_year, t.year), (2040, 2030));
    assert_close!(t.projected, 1_300.0);
    // The official path leaves the group at its level, which is the cap.
    assert_eq!(t.status, TargetStatus::AtLimit);
    // A target on a group that does not exist is left out rather than invented.
    let bad = TargetSpec {
        group_id: "ukendt".into(),
        ..spec
    };
    assert!(
        evaluate(&set.assumptions, set.scenario("official").unwrap(), &[bad])
            .targets
            .is_empty()
    );
}

/// The default assumptions with lever [1] taking 10 full-year persons a year off
/// kontanthjælp (aktivitetsparate) per FTE from its first year, and a scenario that keeps
/// 2 FTE there in 2024-2026: in 2024 (every deadline below lies before the horizon, so 2024
/// is projected) the group has 889 − 10 × 2 = 869 full-year persons, 20 fewer.
fn moved_by_twenty() -> (Assumptions, Scenario, Scenario) {
    let mut a = default_assumptions();
    a.levers[0].effect = Some(LeverEffect {
        group_id: "kth-aktiv".into(),
        persons_per_fte: test_figure(-10.0),
        ramp_years: 1,
    });
    let set = default_scenario_set();
    let official = set.scenario("official").unwrap().clone();
    let mut s = official.clone();
    s.policy.levers = vec![LeverChoice {
        lever_id: "place-1".into(),
        enabled: true,
        fte: 2.0,
        from: 2024,
        to: 2026,
    }];
    (a, s, official)
}

fn hand_links() -> Vec<TargetLink> {
    vec![
        // Cap: at most 889 full-year persons.
        TargetLink::persons("m-kth-aktiv-889", "kth-aktiv"),
        // Floor: at least 120 persons start as voksenlærling; 115 without the scenario, and
        // one more for every two persons off kontanthjælp.
        link(
            "m-voksenlaerlinge-120",
            "kth-aktiv",
            LinkKind::Count {
                baseline: Some(test_figure(115.0)),
                per_person: -0.5,
            },
        ),
        // Share: at least 15 % of 889 recipients in lønnede timer; 14 % without the
        // scenario, and each person off kontanthjælp one more in lønnede timer.
        link(
            "m-lonnede-timer-kth-15",
            "kth-aktiv",
            LinkKind::Share {
                baseline: Some(test_figure(14.0)),
                denominator: test_figure(889.0),
                per_person: -1.0,
            },
        ),
        // A count without a baseline of its own takes the plan's ("I dag er antallet 430").
        link(
            "m-kth-over-2-aar-375",
            "kth-aktiv",
            LinkKind::Count {
                baseline: None,
                per_person: 1.0,
            },
        ),
    ]
}

#[test]
fn a_cap_a_floor_and_a_share_projected_by_hand() {
    let (a, s, official) = moved_by_twenty();
    let specs = target_specs(&default_workspace(), &hand_links());
    assert_eq!(specs.len(), 4);
    let with = evaluate(&a, &s, &specs).targets;
    let without = evaluate(&a, &official, &specs).targets;
    let got = |r: &[TargetProjection]| -> Vec<(f64, TargetStatus)> {
        r.iter().map(|t| (t.projected, t.status)).collect()
    };
    let expect = [
        // Cap: 869 is 2,2 % under 889.
        (869.0, TargetStatus::Met),
        // Floor: 115 + (−0,5) × (−20) = 125, 4,2 % over 120.
        (125.0, TargetStatus::Met),
        // Share: 14 + 100 × (−1) × (−20) / 889 = 16,2497… %.
        (14.0 + 2000.0 / 889.0, TargetStatus::Met),
        // Count from the plan's baseline: 430 − 20 = 410, 9,3 % over the cap of 375.
        (410.0, TargetStatus::Missed),
    ];
    for (t, (p, status)) in with.iter().zip(expect) {
        assert_close!(t.projected, p);
        assert_eq!(t.status, status, "{}", t.measure_id);
        assert_eq!(t.year, 2024);
    }
    // Without the scenario: the cap is at the limit, the floor (115, 4,2 % short) at risk,
    // the share (14 %, 6,7 % short) missed, the count (430) missed.
    assert_eq!(
        got(&without),
        [
            (889.0, TargetStatus::AtLimit),
            (115.0, TargetStatus::AtRisk),
            (14.0, TargetStatus::Missed),
            (430.0, TargetStatus::Missed),
        ]
    );
    let bounds: Vec<_> = with.iter().map(|t| (t.bound, t.unit)).collect();
    assert_eq!(
        bounds,
        [
            (Bound::AtMost, Unit::FullYearPersons),
            (Bound::AtLeast, Unit::Persons),
            (Bound::AtLeast, Unit::Percent),
            (Bound::AtMost, Unit::Persons),
        ]
    );
    let words: Vec<_> = with
        .iter()
        .map(|t| {
            format!(
                "{} / {}",
                t.projected_text(Lang::Da),
                t.limit_text(Lang::Da)
            )
        })
        .collect();
    assert_eq!(
        words,
        [
            "869 / højst 889 helårspersoner",
            "125 / mindst 120 personer",
            "16,2 % / mindst 15 %",
            "410 / højst 375 personer",
        ]
    );
    assert_eq!(with[2].limit_text(Lang::En), "at least 15 %");
}

#[test]
fn a_share_moved_onto_its_limit_is_at_the_limit() {
    let (a, mut s, _) = moved_by_twenty();
    // 0,9 FTE: 9 persons, 14 % + 100 × 9 / 889 = 15,012 %, within 0,5 % of 15 % (0,075).
    s.policy.levers[0].fte = 0.9;
    let specs = target_specs(&default_workspace(), &hand_links()[2..3]);
    let t = &evaluate(&a, &s, &specs).targets[0];
    assert_close!(t.projected, 14.0 + 900.0 / 889.0);
    assert_eq!(t.status, TargetStatus::AtLimit);
}

#[test]
fn the_default_targets_sit_at_their_caps_unless_a_scenario_moves_them() {
    let set = default_scenario_set();
    let results = evaluate_all(&set, &default_workspace());
    let statuses: Vec<(&str, Vec<TargetStatus>)> = results
        .iter()
        .map(|r| {
            let s = r.targets.iter().map(|t| t.status).collect();
            (r.scenario_id.as_str(), s)
        })
        .collect();
    use TargetStatus::{AtLimit, Met};
    assert_eq!(
        statuses,
        [
            ("official", vec![AtLimit, AtLimit]),
            ("sygedagpenge-2", vec![AtLimit, AtLimit]),
            // Lever [4] takes 1,5 full-year persons off ledighedsydelse in 2024: 192,5 is
            // 0,8 % under 194.
            ("alle-fire", vec![AtLimit, Met]),
            ("arne-lineaer-3", vec![AtLimit, AtLimit]),
        ]
    );
    // Kontanthjælp (aktivitetsparate): no lever moves it, and its level is the cap itself.
    for r in &results {
        let kth = &r.targets[0];
        assert_eq!(kth.measure_id, "m-kth-aktiv-889");
        assert_close!(kth.projected, 889.0);
        assert_eq!(kth.status, TargetStatus::AtLimit);
    }
}

#[test]
fn links_stored_without_a_kind_load_as_persons_and_are_written_as_before() {
    let old = r#"[{"measure_id":"m-kth-aktiv-889","group_id":"kth-aktiv"}]"#;
    let links: Vec<TargetLink> = serde_json::from_str(old).unwrap();
    assert_eq!(links, [TargetLink::persons("m-kth-aktiv-889", "kth-aktiv")]);
    assert_eq!(serde_json::to_string(&links).unwrap(), old);
    let set = serde_json::to_value(default_scenario_set()).unwrap();
    assert_eq!(
        set["target_links"],
        serde_json::json!([
            {"measure_id": "m-kth-aktiv-889", "group_id": "kth-aktiv"},
            {"measure_id": "m-ledighedsydelse-194", "group_id": "ledighedsydelse"},
        ])
    );
    // A status written by this version reads back.
    let s: TargetStatus = serde_json::from_str(r#""at_limit""#).unwrap();
    assert_eq!(s, TargetStatus::AtLimit);
}

#[test]
fn a_share_link_round_trips_and_defaults_its_factor() {
    let text = r#"{"measure_id":"m-lonnede-timer-kth-15","group_id":"kth-aktiv",
        "kind":{"share":{"denominator":{"value":889.0,"source":{"kind":"assumption","note":"x"}}}}}"#;
    let l: TargetLink = serde_json::from_str(text).unwrap();
    let LinkKind::Share {
        baseline,
        denominator,
        per_person,
    } = &l.kind
    else {
        panic!("{:?}", l.kind)
    };
    assert_eq!(
        (baseline, denominator.value, *per_person),
        (&None, 889.0, 1.0)
    );
    let back: TargetLink = serde_json::from_str(&serde_json::to_string(&l).unwrap()).unwrap();
    assert_eq!(back, l);
}

#[test]
fn the_words_name_the_limit_and_the_new_status() {
    let (a, s, official) = moved_by_twenty();
    let specs = target_specs(&default_workspace(), &hand_links());
    let (rb, ra) = (evaluate(&a, &s, &specs), evaluate(&a, &official, &specs));
    let da = narrative::difference_named(&a, "A", &ra, "B", &rb, Lang::Da);
    let targets: Vec<&String> = da.iter().filter(|s| s.starts_with("Målet")).collect();
    assert_eq!(
        targets,
        [
            "Målet for Kontanthjælp, aktivitetsparate (højst 889 helårspersoner i 2023) nås med »B« (869 i 2024), men er ved grænsen med »A« (889).",
            "Målet for Kontanthjælp, aktivitetsparate (mindst 120 personer i 2024) nås med »B« (125 i 2024), men er i fare med »A« (115).",
            "Målet for Kontanthjælp, aktivitetsparate (mindst 15 % i 2024) nås med »B« (16,2 % i 2024), men nås ikke med »A« (14 %).",
        ]
    );
    assert!(summary(&a, &s, &rb, Lang::Da).ends_with(", og 3 af 4 mål nås, mens 1 nås ikke."));
    let en = summary(&a, &s, &rb, Lang::En);
    assert!(
        en.ends_with(", and 3 of 4 targets are met, while 1 is missed."),
        "{en}"
    );
}
