//! The levers' break-even: the default case by hand, the words, the CSV, and the property
//! that at the break-even the lever's own net result is zero and changes sign either side.

use plan_core::scenarios::*;
use plan_core::{Lang, Source};
use proptest::prelude::*;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

macro_rules! assert_close {
    ($a:expr, $b:expr) => {
        assert!(close($a, $b), "{} = {} ≠ {}", stringify!($a), $a, $b)
    };
}

fn of<'a>(items: &'a [BreakEven], lever_id: &str) -> &'a BreakEven {
    items.iter().find(|b| b.lever_id == lever_id).unwrap()
}

/// Place [3] (sygedagpenge) in the default scenario "bevar 2 årsværk 2024-2026", by hand. The
/// defaults hold: 550 per FTE, 230 per full-year person, 35 % refusion (flat), an assumed
/// effect of −20,8 persons per FTE (seed 003's business case, rounded) and a ramp of 2 years.
///
/// - Net saving per person moved: 230 × (1 − 0,35) = 149,5.
/// - Break-even at full effect: 550 / 149,5 = 3,6789 → "3,7"; assumed 20,8.
/// - 2024 (ramp ½): 550 / (149,5 × ½) = 7,3579; 2025 and 2026 (full): 3,6789.
/// - 2024-26 as a whole: (3 × 550) / (149,5 × (½ + 1 + 1)) = 1.650 / 373,75 = 4,4147.
#[test]
fn place_3_pays_for_itself_from_3_7_persons_per_fte() {
    let set = default_scenario_set();
    let items = break_even(&set.assumptions, set.scenario("sygedagpenge-2").unwrap());
    assert_eq!(items.len(), 1);
    let b = of(&items, "place-3");
    let e = b.effect.as_ref().unwrap();
    assert_eq!(e.group_id, "sygedagpenge");
    assert_close!(e.assumed, 20.8);
    assert_close!(e.net_saving_per_person, 149.5);
    assert_close!(e.full_effect.unwrap(), 550.0 / 149.5);
    assert!((e.full_effect.unwrap() - 3.68).abs() < 0.005);
    let years: Vec<(i32, f64)> = e
        .years
        .iter()
        .map(|y| (y.year, y.effect.unwrap()))
        .collect();
    assert_eq!(years.len(), 3);
    for ((year, got), (want_year, want)) in years.iter().zip([
        (2024, 550.0 / 74.75),
        (2025, 550.0 / 149.5),
        (2026, 550.0 / 149.5),
    ]) {
        assert_eq!(*year, want_year);
        assert_close!(*got, want);
    }
    assert_close!(e.overall.unwrap(), 1_650.0 / 373.75);
    assert_eq!(e.pays(), Some(true));
    assert_eq!(
        b.describe(Lang::Da),
        "Grebet betaler sig selv, hvis det flytter mindst 3,7 helårspersoner pr. årsværk; antaget: 20,8. Mens virkningen indfases over 2 år, kræver 2024-26 under ét mindst 4,4."
    );
    assert_eq!(
        b.describe(Lang::En),
        "The lever pays for itself if it moves at least 3.7 full-year persons per FTE; assumed: 20.8. As the effect ramps up over 2 years, 2024-26 as a whole needs at least 4.4."
    );
    assert_eq!(
        break_even_csv(&items),
        "lever_id,year,assumed_effect,break_even_effect\n\
         place-3,2024,20.8,7.358\n\
         place-3,2025,20.8,3.679\n\
         place-3,2026,20.8,3.679\n\
         place-3,alle,20.8,4.415\n"
    );
}

/// Every lever over the whole horizon 2024-2030:
/// - [1] has no effect: no break-even.
/// - [2] a-dagpenge: 230 × (1 − 0,60) = 92 a person; 550 / 92 = 5,978 → "6,0"; assumed 4,
///   ramp 1 year, so every year and the whole period need the same.
/// - [4] ledighedsydelse: 200 × (1 − 0,20) = 160; 550 / 160 = 3,4375; ramp 2 years: 2024
///   needs 6,875; 2024-30: 7 × 550 / (160 × 6,5) = 3,7019; assumed 3.
#[test]
fn the_other_places_over_the_whole_horizon() {
    let a = default_assumptions();
    let items = break_even(&a, &whole_horizon_scenario(&a));
    assert_eq!(items.len(), 4);
    let one = of(&items, "place-1");
    assert!(one.effect.is_none());
    assert_eq!(
        one.describe(Lang::Da),
        "Grebet har ingen antaget virkning på en ydelse, så det kan ikke betale sig selv gennem færre på forsørgelse."
    );
    let two = of(&items, "place-2");
    let e = two.effect.as_ref().unwrap();
    assert_close!(e.full_effect.unwrap(), 550.0 / 92.0);
    assert_close!(e.overall.unwrap(), 550.0 / 92.0);
    assert_eq!(e.years.len(), 7);
    assert_eq!(
        two.describe(Lang::Da),
        "Grebet betaler sig ikke selv: det skal flytte mindst 6,0 helårspersoner pr. årsværk, men antaget er 4,0."
    );
    let four = of(&items, "place-4");
    let e = four.effect.as_ref().unwrap();
    assert_close!(e.years[0].effect.unwrap(), 6.875);
    assert_close!(e.overall.unwrap(), 3_850.0 / 1_040.0);
    assert_eq!(
        four.describe(Lang::Da),
        "Grebet betaler sig ikke selv: det skal flytte mindst 3,4 helårspersoner pr. årsværk, men antaget er 3,0. Mens virkningen indfases over 2 år, kræver 2024-30 under ét mindst 3,7."
    );
    let csv = break_even_csv(&items);
    assert!(csv.contains("\nplace-1,alle,,\n"), "{csv}");
    assert!(
        csv.contains("\nplace-2,2030,4,5.978\nplace-2,alle,4,5.978\n"),
        "{csv}"
    );
    assert!(csv.contains("\nplace-4,alle,3,3.702\n"), "{csv}");
}

#[test]
fn a_person_who_saves_nothing_gives_no_break_even() {
    let mut a = default_assumptions();
    let sdp = a
        .groups
        .iter_mut()
        .find(|g| g.id == "sygedagpenge")
        .unwrap();
    sdp.unit_cost.value = 0.0;
    let set = default_scenario_set();
    let items = break_even(&a, set.scenario("sygedagpenge-2").unwrap());
    let e = items[0].effect.as_ref().unwrap();
    assert_eq!(e.full_effect, None);
    assert_eq!(e.overall, None);
    assert!(e.years.iter().all(|y| y.effect.is_none()));
    assert_eq!(
        items[0].describe(Lang::Da),
        "Grebet kan ikke betale sig selv: en helårsperson færre på Sygedagpenge sparer ikke kommunen noget efter refusion."
    );
    assert_eq!(
        break_even_csv(&items),
        "lever_id,year,assumed_effect,break_even_effect\n\
         place-3,2024,20.8,\nplace-3,2025,20.8,\nplace-3,2026,20.8,\nplace-3,alle,20.8,\n"
    );
}

/// The default assumptions with a group "g" large enough never to reach zero persons, a
/// lever "x" on it (the one under test) and a lever "y" on the same group that stays on.
fn case(cost: f64, unit: f64, refusion: Result<f64, [f64; 4]>, ramp_years: u32) -> Assumptions {
    let mut a = default_assumptions();
    a.cost_per_fte.value = cost;
    let src = || Source::assumption("test");
    a.groups.push(BenefitGroup {
        id: "g".into(),
        name: "G".into(),
        persons: Sourced::new(1e9, src()),
        unit_cost: Sourced::new(unit, src()),
        refusion_share: Sourced::new(refusion.unwrap_or(0.5), src()),
        duration: refusion.err().map(|shares| DurationRefusion {
            kind: DurationKind::Municipal,
            shares,
            source: src(),
        }),
    });
    for (id, ramp_years) in [("x", ramp_years), ("y", 2)] {
        a.levers.push(LeverDef {
            id: id.into(),
            name: id.into(),
            place_number: None,
            default_fte: Sourced::new(1.0, src()),
            team_id: None,
            effect: Some(LeverEffect {
                group_id: "g".into(),
                persons_per_fte: Sourced::new(-3.0, src()),
                ramp_years,
            }),
        });
    }
    a
}

fn with_effect(a: &Assumptions, effect: f64) -> Assumptions {
    let mut a = a.clone();
    let x = a.levers.iter_mut().find(|l| l.id == "x").unwrap();
    x.effect.as_mut().unwrap().persons_per_fte.value = -effect;
    a
}

fn scenario(x: LeverChoice) -> Scenario {
    let y = LeverChoice {
        lever_id: "y".into(),
        enabled: true,
        fte: 1.5,
        from: 2025,
        to: 2029,
    };
    Scenario {
        id: "p".into(),
        name: "p".into(),
        description: String::new(),
        description_en: String::new(),
        policy: Policy {
            phase_in: vec![],
            levers: vec![x, y],
        },
    }
}

fn arb_refusion() -> impl Strategy<Value = Result<f64, [f64; 4]>> {
    prop_oneof![
        (0.0f64..0.95).prop_map(Ok),
        prop::array::uniform4(0.0f64..1.0).prop_map(|w| {
            let w = w.map(|v| v + 0.01);
            let sum: f64 = w.iter().sum();
            Err(w.map(|v| v / sum))
        }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// The lever's own net result (its cost plus the net benefit change it causes: the
    /// scenario with the lever on minus the same with it off) is zero at the break-even, a
    /// cost below it and a saving above it: per year and over its active years.
    #[test]
    fn at_the_break_even_the_lever_pays_exactly_for_itself(
        cost in 50.0f64..1500.0,
        unit in 1.0f64..500.0,
        refusion in arb_refusion(),
        ramp_years in 0u32..6,
        fte in 0.1f64..5.0,
        from in 2018i32..2032,
        len in 0i32..8,
    ) {
        let a = case(cost, unit, refusion, ramp_years);
        let x = LeverChoice { lever_id: "x".into(), enabled: true, fte, from, to: from + len };
        let on = scenario(x.clone());
        let off = scenario(LeverChoice { enabled: false, ..x.clone() });
        let items = break_even(&a, &on);
        let e = items[0].effect.clone().unwrap();
        prop_assert_eq!(e.years.is_empty(), from + len < 2024 || from > 2030);
        let own = |effect: f64| {
            let a = with_effect(&a, effect);
            (evaluate(&a, &on, &[]), evaluate(&a, &off, &[]))
        };
        let tol = 1e-7 * cost * fte;
        for y in &e.years {
            let b = y.effect.unwrap();
            for (k, sign) in [(1.0, 0.0), (0.97, 1.0), (1.03, -1.0)] {
                let (on_r, off_r) = own(b * k);
                let net = on_r.year(y.year).unwrap().municipality_net
                    - off_r.year(y.year).unwrap().municipality_net;
                if sign == 0.0 {
                    prop_assert!(net.abs() < tol, "year {}: {} at the break-even {}", y.year, net, b);
                } else {
                    prop_assert!(net * sign > 0.0, "year {}: {} at {} × the break-even", y.year, net, k);
                }
            }
        }
        if let Some(b) = e.overall {
            for (k, sign) in [(1.0, 0.0), (0.97, 1.0), (1.03, -1.0)] {
                let (on_r, off_r) = own(b * k);
                let net = on_r.total_net() - off_r.total_net();
                if sign == 0.0 {
                    prop_assert!(net.abs() < tol * 10.0, "{} over the period at {}", net, b);
                } else {
                    prop_assert!(net * sign > 0.0, "{} over the period at {} × {}", net, k, b);
                }
            }
        } else {
            prop_assert!(e.years.is_empty());
        }
    }
}
