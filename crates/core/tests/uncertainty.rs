//! Uncertainty: the default and stored ranges, low / central / high results computed by hand
//! for a small set, the tornado's order, the validation of stored ranges, and properties
//! (proptest): the central value lies between low and high, and the same input gives the
//! same numbers.

use plan_core::defaults::default_workspace;
use plan_core::scenarios::*;
use plan_core::{Lang, Source};
use proptest::prelude::*;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6
}

macro_rules! assert_close {
    ($a:expr, $b:expr) => {
        assert!(close($a, $b), "{} = {} ≠ {}", stringify!($a), $a, $b)
    };
}

fn sourced(v: f64) -> Sourced<f64> {
    Sourced::new(v, Source::assumption("test"))
}

/// A small set: 2024-2025, cost per FTE 500, one cut of 1.000 mio. kr. nationally from 2024
/// with a municipal share of 1 %, one group (100 persons, 200 per person, 20 % refusion) and
/// one lever (−2 persons per FTE, full effect in its first year).
fn small() -> Assumptions {
    Assumptions {
        horizon: Horizon {
            start: 2024,
            end: 2025,
        },
        cost_per_fte: sourced(500.0),
        layers: vec![CutLayer {
            id: "cut".into(),
            name: "Besparelsen".into(),
            national_mio: YearPath(vec![(2024, 1000.0)]),
            national_source: Source::assumption("test"),
            municipal_share: sourced(0.01),
        }],
        groups: vec![BenefitGroup {
            id: "g".into(),
            name: "Gruppen".into(),
            persons: sourced(100.0),
            unit_cost: sourced(200.0),
            refusion_share: sourced(0.2),
            duration: None,
        }],
        teams: vec![],
        levers: vec![LeverDef {
            id: "l".into(),
            name: "Grebet".into(),
            place_number: None,
            default_fte: sourced(1.0),
            team_id: None,
            effect: Some(LeverEffect {
                group_id: "g".into(),
                persons_per_fte: sourced(-2.0),
                ramp_years: 1,
            }),
        }],
        ranges: vec![],
    }
}

/// Half the cut in 2024 (all of it in 2025) and 1 FTE on the lever both years.
fn small_scenario() -> Scenario {
    Scenario {
        id: "s".into(),
        name: "S".into(),
        description: String::new(),
        description_en: String::new(),
        policy: Policy {
            phase_in: vec![LayerPhaseIn {
                layer_id: "cut".into(),
                path: PhaseInPath::Percentages {
                    shares: vec![(2024, 0.5)],
                },
            }],
            levers: vec![LeverChoice {
                lever_id: "l".into(),
                enabled: true,
                fte: 1.0,
                from: 2024,
                to: 2025,
            }],
        },
    }
}

fn band(b: LowCentralHigh, low: f64, central: f64, high: f64) {
    assert_close!(b.low, low);
    assert_close!(b.central, central);
    assert_close!(b.high, high);
}

/// Central, by hand: full cut 1.000 × 1.000 × 1 % = 10.000; 2024 phased 5.000, deferred
/// 5.000 (10 FTE at 500); lever 1 × 500 = 500; Δ persons −2, gross −400, net −400 × 0,8 =
/// −320. Net 2024 = 5.000 + 500 − 320 = 5.180; 2025 = 0 + 500 − 320 = 180; total 5.360.
///
/// Default ranges and what each end does to the net (low end / high end):
/// - cost per FTE ±5 % (475-525): lever cost ∓25 a year → −25 / +25 each year.
/// - municipal share ±10 % (0,9-1,1 %): deferred 4.500 / 5.500 → −500 / +500 in 2024, 0 in
///   2025 (all of the cut is made).
/// - unit cost ±10 % (180-220): net −288 / −352 → +32 / −32 a year.
/// - refusion ±5 points (15-25 %): net −340 / −300 → −20 / +20 a year.
/// - effect ±50 % (−3 / −1 persons): net −480 / −160 → −160 / +160 a year.
///
/// 2024: ±(25 + 500 + 32 + 20 + 160 = 737) → 4.443 … 5.917.
/// 2025: ±(25 + 32 + 20 + 160 = 237) → −57 … 417.
/// Total: ±(50 + 500 + 64 + 40 + 320 = 974) → 4.386 … 6.334.
/// FTE kept 2024 (central 1 + 10 = 11): cost per FTE 475 gives 5.000 / 475 = 10,526 deferred
/// FTE (+0,526), 525 gives 9,524 (−0,476); the share gives 9 / 11 (∓1). Low = 11 − 0,476 − 1
/// = 5.000 / 525; high = 11 + 0,526 + 1 = 2 + 5.000 / 475. 2025: only the lever's 1 FTE.
#[test]
fn ranges_of_a_small_set_by_hand() {
    let (a, s) = (small(), small_scenario());
    let r = ranges(&a, &s, &[]);
    assert_eq!(r.scenario_id, "s");
    assert_eq!(r.years.len(), 2);
    band(r.years[0].municipality_net, 4_443.0, 5_180.0, 5_917.0);
    band(r.years[1].municipality_net, -57.0, 180.0, 417.0);
    band(r.years[0].cumulative_net, 4_443.0, 5_180.0, 5_917.0);
    band(r.years[1].cumulative_net, 4_386.0, 5_360.0, 6_334.0);
    band(r.total_net, 4_386.0, 5_360.0, 6_334.0);
    band(
        r.years[0].fte_kept,
        5_000.0 / 525.0,
        11.0,
        2.0 + 5_000.0 / 475.0,
    );
    band(r.years[1].fte_kept, 1.0, 1.0, 1.0);
    // The central values are evaluate's, exactly.
    let central = evaluate(&a, &s, &[]);
    assert_eq!(
        r.years[1].municipality_net.central,
        central.years[1].municipality_net
    );
    assert_eq!(r.total_net.central, central.total_net());
}

/// Total net at each end (central 5.360), from the deviations above:
/// share 4.860 / 5.860 (swing 1.000); effect −3 → 5.040, −1 → 5.680 (640); unit cost 180 →
/// 5.424, 220 → 5.296 (128); cost per FTE 475 → 5.310, 525 → 5.410 (100); refusion 15 % →
/// 5.320, 25 % → 5.400 (80).
#[test]
fn the_tornado_of_a_small_set_by_hand() {
    let bars = tornado(&small(), &small_scenario(), &[]);
    let order: Vec<&str> = bars.iter().map(|b| b.label(Lang::Da)).collect();
    assert_eq!(
        order,
        [
            "Besparelsen – kommunens andel",
            "Grebet – virkning pr. årsværk",
            "Gruppen – ydelse pr. helårsperson",
            "Omkostning pr. årsværk",
            "Gruppen – refusion",
        ]
    );
    assert_eq!(bars[1].label(Lang::En), "Grebet – effect per FTE");
    let ends: Vec<[f64; 5]> = bars
        .iter()
        .map(|b| {
            [
                b.low,
                b.central,
                b.high,
                b.total_net_at_low,
                b.total_net_at_high,
            ]
        })
        .collect();
    let expected = [
        [0.009, 0.01, 0.011, 4_860.0, 5_860.0],
        [-3.0, -2.0, -1.0, 5_040.0, 5_680.0],
        [180.0, 200.0, 220.0, 5_424.0, 5_296.0],
        [475.0, 500.0, 525.0, 5_310.0, 5_410.0],
        [0.15, 0.2, 0.25, 5_320.0, 5_400.0],
    ];
    for (got, want) in ends.iter().zip(&expected) {
        for (g, w) in got.iter().zip(want) {
            assert_close!(*g, *w);
        }
    }
    let swings: Vec<f64> = bars.iter().map(TornadoBar::swing).collect();
    for (g, w) in swings.iter().zip([1_000.0, 640.0, 128.0, 100.0, 80.0]) {
        assert_close!(*g, w);
    }
    assert!(
        matches!(bars[0].source, Source::Assumption { ref note } if note.contains("standardspænd ±10 %") && note.contains("skøn"))
    );
}

#[test]
fn a_stored_range_replaces_the_default() {
    let mut a = small();
    // The effect between −4 and 0 instead of −3 … −1: the net per year moves by
    // 2 × 200 × 0,8 = ±320 instead of ±160; 2024: ±(25 + 500 + 32 + 20 + 320) = ±897.
    a.ranges.push(AssumptionRange {
        target: RangeTarget::Effect {
            lever_id: "l".into(),
        },
        low: -4.0,
        high: 0.0,
        source: Source::reference("Evaluering"),
    });
    let r = ranges(&a, &small_scenario(), &[]);
    band(
        r.years[0].municipality_net,
        5_180.0 - 897.0,
        5_180.0,
        5_180.0 + 897.0,
    );
    let effect = assumption_ranges(&a)
        .into_iter()
        .find(|r| matches!(r.target, RangeTarget::Effect { .. }))
        .unwrap();
    assert!(effect.stored);
    assert_eq!(effect.source, Source::reference("Evaluering"));
    assert_eq!((effect.low, effect.central, effect.high), (-4.0, -2.0, 0.0));
}

#[test]
fn the_default_set_has_default_ranges_for_28_assumptions_and_stores_none() {
    let set = default_scenario_set();
    let a = &set.assumptions;
    let all = assumption_ranges(a);
    // Cost per FTE, 2 municipal shares, 11 groups × (unit cost, refusion), 3 effects.
    assert_eq!(all.len(), 1 + 2 + 22 + 3);
    assert!(all
        .iter()
        .all(|r| !r.stored && r.low <= r.central && r.central <= r.high));
    let find = |t: RangeTarget| all.iter().find(|r| r.target == t).unwrap().clone();
    let cost = find(RangeTarget::CostPerFte);
    assert_close!(cost.low, 522.5);
    assert_close!(cost.high, 577.5);
    let share = find(RangeTarget::MunicipalShare {
        layer_id: "arne".into(),
    });
    assert_close!(share.low, 0.01215);
    assert_close!(share.high, 0.01485);
    let refusion = find(RangeTarget::Refusion {
        group_id: "sygedagpenge".into(),
    });
    assert_close!(refusion.low, 0.30);
    assert_close!(refusion.high, 0.40);
    let effect = find(RangeTarget::Effect {
        lever_id: "place-3".into(),
    });
    assert_close!(effect.low, -31.2);
    assert_close!(effect.high, -10.4);
    let Source::Assumption { note } = &effect.source else {
        panic!("a default range is an assumption")
    };
    assert!(note.starts_with("standardspænd ±50 % om den centrale værdi – skøn"));
    assert_eq!(
        RangeTarget::Refusion {
            group_id: "sygedagpenge".into()
        }
        .label(a, Lang::En),
        "Sygedagpenge – reimbursement"
    );
    // Nothing stored: the JSON has no ranges, and a file without them reads as before.
    let json = serde_json::to_string(&set).unwrap();
    assert!(!json.contains("\"ranges\""));
    let back: ScenarioSet = serde_json::from_str(&json).unwrap();
    assert_eq!(back, set);
}

#[test]
fn a_stored_range_survives_json_and_a_share_is_clamped_to_0_100() {
    let mut a = small();
    a.ranges.push(AssumptionRange {
        target: RangeTarget::MunicipalShare {
            layer_id: "cut".into(),
        },
        low: 0.008,
        high: 0.012,
        source: Source::assumption("eget skøn"),
    });
    let json = serde_json::to_string(&a).unwrap();
    assert!(json.contains(
        r#""ranges":[{"target":{"kind":"municipal_share","layer_id":"cut"},"low":0.008,"high":0.012"#
    ));
    assert_eq!(serde_json::from_str::<Assumptions>(&json).unwrap(), a);
    // Refusion near 100 % or 0 %: the default ±5 points stop at the edge.
    assert_eq!(
        DEFAULT_REFUSION_SPREAD.around(0.98, true),
        (0.98 - 0.05, 1.0)
    );
    assert_eq!(DEFAULT_REFUSION_SPREAD.around(0.0, true), (0.0, 0.05));
    // A central value of 0 (an own lever not estimated yet) has no default range.
    assert_eq!(DEFAULT_EFFECT_SPREAD.around(0.0, false), (0.0, 0.0));
}

#[test]
fn the_tornado_adds_up_to_the_range_of_the_total_for_the_default_scenario() {
    let set = default_scenario_set();
    let targets = target_specs(&default_workspace(), &set.target_links);
    let s = set.scenario("alle-fire").unwrap();
    let r = ranges(&set.assumptions, s, &targets);
    let bars = tornado(&set.assumptions, s, &targets);
    let c = r.total_net.central;
    let down: f64 = bars
        .iter()
        .map(|b| {
            (b.total_net_at_low - c)
                .min(b.total_net_at_high - c)
                .min(0.0)
        })
        .sum();
    let up: f64 = bars
        .iter()
        .map(|b| {
            (b.total_net_at_low - c)
                .max(b.total_net_at_high - c)
                .max(0.0)
        })
        .sum();
    assert_close!(r.total_net.low, c + down);
    assert_close!(r.total_net.high, c + up);
    assert!(bars.windows(2).all(|w| w[0].swing() >= w[1].swing()));
    // The groups no lever of the scenario moves swing nothing and come last.
    assert_eq!(bars.iter().filter(|b| b.swing() > 0.0).count(), 10);
    assert_eq!(bars.len(), 28);
}

fn issues(a: &Assumptions) -> Vec<String> {
    validate_ranges(a).iter().map(|i| i.to_string()).collect()
}

#[test]
fn stored_ranges_are_checked_with_danish_messages_naming_the_assumption() {
    let mut a = default_assumptions();
    let note = Source::assumption("test");
    let range = |target: RangeTarget, low: f64, high: f64| AssumptionRange {
        target,
        low,
        high,
        source: note.clone(),
    };
    a.ranges = vec![
        range(
            RangeTarget::Refusion {
                group_id: "sygedagpenge".into(),
            },
            0.4,
            0.5,
        ),
        range(
            RangeTarget::Refusion {
                group_id: "sygedagpenge".into(),
            },
            0.3,
            1.2,
        ),
        range(
            RangeTarget::UnitCost {
                group_id: "findes-ikke".into(),
            },
            1.0,
            2.0,
        ),
        range(
            RangeTarget::Effect {
                lever_id: "place-1".into(),
            },
            -1.0,
            0.0,
        ),
        range(
            RangeTarget::Effect {
                lever_id: "place-3".into(),
            },
            -30.0,
            -25.0,
        ),
        range(RangeTarget::CostPerFte, f64::NAN, 600.0),
    ];
    assert_eq!(
        issues(&a),
        [
            "Forudsætninger › Sygedagpenge › Refusion › Spænd: lav skal være højst den centrale værdi og høj mindst den, men lav er 40 %, central 35 % og høj 50 %.",
            "Forudsætninger › Sygedagpenge › Refusion › Spænd: står flere gange; kun det første spænd bruges.",
            "Forudsætninger › Sygedagpenge › Refusion › Spænd: begge ender skal ligge mellem 0 og 100 %, men er 30 % og 120 %.",
            "Forudsætninger › Spænd: et spænd gælder ydelsesgruppen \"findes-ikke\", som ikke findes.",
            "Forudsætninger › Spænd: et spænd gælder grebet »Rekrutteringsanmodninger«, som ingen virkning har.",
            "Forudsætninger › Greb › Sagsantal på sygedagpengeområdet › Virkning pr. årsværk › Spænd: lav skal være højst den centrale værdi og høj mindst den, men lav er −30, central −20,8 og høj −25 (helårspersoner pr. årsværk).",
            "Forudsætninger › Pris pr. årsværk › Spænd: lav og høj skal være tal.",
        ]
    );
    // The scenario's validation includes them; ranges in order give none.
    let set = default_scenario_set();
    assert_eq!(validate(&a, &set.scenarios[0]).len(), 7);
    a.ranges = vec![range(RangeTarget::CostPerFte, 500.0, 600.0)];
    assert!(validate(&a, &set.scenarios[0]).is_empty());
}

#[test]
fn a_group_with_refusion_by_duration_has_no_refusion_range() {
    let mut a = small();
    a.groups[0].duration = Some(DurationRefusion {
        kind: DurationKind::Municipal,
        shares: [0.0, 0.0, 0.0, 1.0],
        source: Source::assumption("test"),
    });
    let all = assumption_ranges(&a);
    assert!(!all
        .iter()
        .any(|r| matches!(r.target, RangeTarget::Refusion { .. })));
    assert_eq!(all.len(), 4, "cost per FTE, share, unit cost, effect");
    a.ranges.push(AssumptionRange {
        target: RangeTarget::Refusion {
            group_id: "g".into(),
        },
        low: 0.1,
        high: 0.3,
        source: Source::assumption("test"),
    });
    assert_eq!(
        issues(&a),
        ["Forudsætninger › Spænd: et spænd gælder refusionen for »Gruppen«, som følger varigheden (refusionstrappen) og ikke har én andel."]
    );
}

#[test]
fn the_same_input_gives_the_same_numbers() {
    let set = default_scenario_set();
    let targets = target_specs(&default_workspace(), &set.target_links);
    for s in &set.scenarios {
        let once = serde_json::to_string(&ranges(&set.assumptions, s, &targets)).unwrap();
        let again = serde_json::to_string(&ranges(&set.assumptions.clone(), s, &targets)).unwrap();
        assert_eq!(once, again, "{}", s.id);
        let t1 = serde_json::to_string(&tornado(&set.assumptions, s, &targets)).unwrap();
        let t2 = serde_json::to_string(&tornado(&set.assumptions.clone(), s, &targets)).unwrap();
        assert_eq!(t1, t2, "{}", s.id);
    }
}

/// Each bar's totals by evaluating every assumption at both ends, none skipped: the tornado
/// leaves out the evaluations that cannot change anything, and must give the same numbers.
fn assert_same_as_every_evaluation(a: &Assumptions, s: &Scenario, targets: &[TargetSpec]) {
    for bar in tornado(a, s, targets) {
        let at = |v: f64| {
            let mut w = a.clone();
            *bar.target.value_mut(&mut w).unwrap() = v;
            evaluate(&w, s, targets).total_net()
        };
        assert_eq!(
            (bar.total_net_at_low, bar.total_net_at_high),
            (at(bar.low), at(bar.high)),
            "{}",
            bar.label_da
        );
    }
}

#[test]
fn the_tornado_skips_only_evaluations_that_change_nothing() {
    let set = default_scenario_set();
    let targets = target_specs(&default_workspace(), &set.target_links);
    for s in &set.scenarios {
        assert_same_as_every_evaluation(&set.assumptions, s, &targets);
    }
}

/// A random end for an assumption: none (the default applies), or a stored one in any
/// order (also low above central or above high: the result's range must still hold it).
fn arb_end() -> impl Strategy<Value = Option<(f64, f64)>> {
    prop_oneof![
        Just(None),
        (-50.0f64..1000.0, -50.0f64..1000.0).prop_map(Some)
    ]
}

prop_compose! {
    fn arb_case()(
        cost in 1.0f64..1500.0,
        shares in (0.0f64..0.1, 0.0f64..0.1),
        persons in (0.0f64..500.0, 0.0f64..500.0),
        units in (0.0f64..400.0, 0.0f64..400.0),
        refusions in (0.0f64..=1.0, 0.0f64..=1.0),
        effects in (-60.0f64..10.0, -60.0f64..10.0),
        ramps in (1u32..4, 1u32..4),
        phase in 0.0f64..=1.0,
        fte in (0.0f64..6.0, 0.0f64..6.0),
        from in 2022i32..2027,
        len in 0i32..5,
        ends in proptest::collection::vec(arb_end(), 9),
        second_enabled in any::<bool>(),
    ) -> (Assumptions, Scenario) {
        let mut a = small();
        a.horizon.end = 2024 + len;
        a.cost_per_fte.value = cost;
        a.layers[0].municipal_share.value = shares.0;
        let mut second = a.layers[0].clone();
        second.id = "cut-2".into();
        second.national_mio = YearPath(vec![(2025, 2000.0)]);
        second.municipal_share.value = shares.1;
        a.layers.push(second);
        a.groups[0].persons.value = persons.0;
        a.groups[0].unit_cost.value = units.0;
        a.groups[0].refusion_share.value = refusions.0;
        let mut g2 = a.groups[0].clone();
        g2.id = "g2".into();
        g2.persons.value = persons.1;
        g2.unit_cost.value = units.1;
        g2.refusion_share.value = refusions.1;
        a.groups.push(g2);
        a.levers[0].effect.as_mut().unwrap().persons_per_fte.value = effects.0;
        a.levers[0].effect.as_mut().unwrap().ramp_years = ramps.0;
        let mut l2 = a.levers[0].clone();
        l2.id = "l2".into();
        let e2 = l2.effect.as_mut().unwrap();
        e2.group_id = "g2".into();
        e2.persons_per_fte.value = effects.1;
        e2.ramp_years = ramps.1;
        a.levers.push(l2);
        let targets = [
            RangeTarget::CostPerFte,
            RangeTarget::MunicipalShare { layer_id: "cut".into() },
            RangeTarget::MunicipalShare { layer_id: "cut-2".into() },
            RangeTarget::UnitCost { group_id: "g".into() },
            RangeTarget::UnitCost { group_id: "g2".into() },
            RangeTarget::Refusion { group_id: "g".into() },
            RangeTarget::Refusion { group_id: "g2".into() },
            RangeTarget::Effect { lever_id: "l".into() },
            RangeTarget::Effect { lever_id: "l2".into() },
        ];
        for (target, end) in targets.into_iter().zip(ends) {
            if let Some((low, high)) = end {
                let (low, high) = if target.is_share() { (low / 1000.0, high / 1000.0) } else { (low, high) };
                a.ranges.push(AssumptionRange { target, low, high, source: Source::assumption("test") });
            }
        }
        let mut s = small_scenario();
        s.policy.phase_in[0].path = PhaseInPath::Percentages { shares: vec![(2024, phase)] };
        s.policy.levers[0].fte = fte.0;
        s.policy.levers[0].from = from;
        let mut c2 = s.policy.levers[0].clone();
        c2.lever_id = "l2".into();
        c2.fte = fte.1;
        c2.from = from + 1;
        c2.to = from + 3;
        c2.enabled = second_enabled;
        s.policy.levers.push(c2);
        (a, s)
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn the_central_value_lies_between_low_and_high_every_year((a, s) in arb_case()) {
        let r = ranges(&a, &s, &[]);
        let central = evaluate(&a, &s, &[]);
        prop_assert_eq!(r.years.len(), central.years.len());
        for (y, c) in r.years.iter().zip(&central.years) {
            prop_assert_eq!(y.municipality_net.central, c.municipality_net);
            prop_assert_eq!(y.cumulative_net.central, c.cumulative_net);
            prop_assert_eq!(y.fte_kept.central, c.fte_kept());
            for b in [y.municipality_net, y.cumulative_net, y.fte_kept] {
                prop_assert!(b.low <= b.central && b.central <= b.high, "{:?} in {}", b, y.year);
            }
        }
        prop_assert_eq!(r.total_net.central, central.total_net());
        prop_assert!(r.total_net.low <= r.total_net.central && r.total_net.central <= r.total_net.high);
    }

    #[test]
    fn ranges_and_tornado_are_deterministic((a, s) in arb_case()) {
        let r1 = serde_json::to_string(&ranges(&a, &s, &[])).unwrap();
        let r2 = serde_json::to_string(&ranges(&a.clone(), &s, &[])).unwrap();
        prop_assert_eq!(r1, r2);
        let t1 = serde_json::to_string(&tornado(&a, &s, &[])).unwrap();
        let t2 = serde_json::to_string(&tornado(&a.clone(), &s, &[])).unwrap();
        prop_assert_eq!(t1, t2);
        assert_same_as_every_evaluation(&a, &s, &[]);
    }
}
