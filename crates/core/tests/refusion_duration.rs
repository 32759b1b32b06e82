//! Refusion by duration (refusionstrappen, LBK nr. 221 af 12/02/2021 § 5): one worked case
//! year by hand, and files without a distribution giving the numbers they gave before.

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

/// The default assumptions with one more group, 100 full-year persons at 200 (1.000 kr.) a
/// year, and a lever "test" on it: −5 persons per FTE at full effect, reached over 2 years.
fn worked_case(duration: Option<DurationRefusion>, flat_refusion: f64) -> (Assumptions, Scenario) {
    let mut a = default_assumptions();
    a.groups.push(BenefitGroup {
        id: "test".into(),
        name: "Testydelse".into(),
        persons: Sourced::new(100.0, Source::assumption("test")),
        unit_cost: Sourced::new(200.0, Source::assumption("test")),
        refusion_share: Sourced::new(flat_refusion, Source::assumption("test")),
        duration,
    });
    a.levers.push(LeverDef {
        id: "test".into(),
        name: "Testgreb".into(),
        place_number: None,
        default_fte: Sourced::new(2.0, Source::assumption("test")),
        team_id: None,
        effect: Some(LeverEffect {
            group_id: "test".into(),
            persons_per_fte: Sourced::new(-5.0, Source::assumption("test")),
            ramp_years: 2,
        }),
    });
    let scenario = Scenario {
        id: "test".into(),
        name: "Test".into(),
        description: String::new(),
        description_en: String::new(),
        policy: Policy {
            phase_in: vec![],
            levers: vec![LeverChoice {
                lever_id: "test".into(),
                enabled: true,
                fte: 2.0,
                from: 2024,
                to: 2026,
            }],
        },
    };
    (a, scenario)
}

fn ladder(kind: DurationKind) -> Option<DurationRefusion> {
    Some(DurationRefusion {
        kind,
        shares: [0.10, 0.30, 0.25, 0.35],
        source: Source::assumption("fordeling til test"),
    })
}

/// 100 full-year persons distributed 10 / 30 / 25 / 35 % over weeks 1-4 / 5-26 / 27-52 / 53+,
/// unit cost 200, a lever of 2 FTE × −5 persons per FTE (10 persons at full effect, ramp 2
/// years) kept 2024-2026 at 550 per FTE. The flat refusion share (90 %) is not used.
///
/// - Refusion share = 0,10 × 0,80 + 0,30 × 0,40 + 0,25 × 0,30 + 0,35 × 0,20
///   = 0,080 + 0,120 + 0,075 + 0,070 = 0,345.
/// - Municipality's share = 0,10 × 0,20 + 0,30 × 0,60 + 0,25 × 0,70 + 0,35 × 0,80
///   = 0,020 + 0,180 + 0,175 + 0,280 = 0,655 (= 1 − 0,345).
/// - A lever shortens periods: the persons it takes off the benefit leave the longest step
///   first (week 53 onward: the municipality pays 80 %, the state 20 %). The step holds
///   35 % × 100 = 35 persons, more than the 10 moved, so every person moved saves
///   200 × 0,80 = 160 net.
/// - 2024 (first year, half effect): Δ = −5 × 2 × ½ = −5 persons; gross = −5 × 200 = −1.000;
///   net = −5 × 160 = −800; refusion = −1.000 − (−800) = −200. Lever cost 2 × 550 = 1.100;
///   municipality net = 1.100 − 800 = 300.
/// - 2025 and 2026 (full effect): Δ = −10; gross = −2.000; net = −1.600; refusion = −400;
///   municipality net = 1.100 − 1.600 = −500.
/// - 2027-2030: the staff is no longer kept: 0.
/// - Cumulative net: 300, −200, −700, then −700 to 2030.
/// - Break-even (the first persons leave the longest step): full effect 550 / 160 = 3,4375;
///   2024: 550 / (160 × ½) = 6,875; 2024-26: 3 × 550 / (160 × (½ + 1 + 1)) = 1.650 / 400 =
///   4,125 < 5 assumed: the lever pays for itself.
#[test]
fn worked_case_10_30_25_35_year_by_year() {
    let (a, s) = worked_case(ladder(DurationKind::Municipal), 0.9);
    let g = a.group("test").unwrap();
    assert_close!(g.duration.as_ref().unwrap().municipal_share(), 0.655);
    assert_close!(g.municipal_share(), 0.655);
    let r = evaluate(&a, &s, &[]);
    let group = |y: i32| {
        r.year(y)
            .unwrap()
            .groups
            .iter()
            .find(|g| g.group_id == "test")
            .unwrap()
            .clone()
    };
    let expected = [
        // year, Δ persons, gross, refusion, net, municipality net, cumulative net
        (2024, -5.0, -1_000.0, -200.0, -800.0, 300.0, 300.0),
        (2025, -10.0, -2_000.0, -400.0, -1_600.0, -500.0, -200.0),
        (2026, -10.0, -2_000.0, -400.0, -1_600.0, -500.0, -700.0),
        (2027, 0.0, 0.0, 0.0, 0.0, 0.0, -700.0),
        (2030, 0.0, 0.0, 0.0, 0.0, 0.0, -700.0),
    ];
    for (year, delta, gross, refusion, net, muni, cumulative) in expected {
        let g = group(year);
        assert_close!(g.delta_persons, delta);
        assert_close!(g.gross, gross);
        assert_close!(g.refusion, refusion);
        assert_close!(g.net, net);
        let y = r.year(year).unwrap();
        assert_close!(y.benefit_gross, gross);
        assert_close!(y.benefit_net, net);
        assert_close!(y.municipality_net, muni);
        assert_close!(y.cumulative_net, cumulative);
    }

    let be = &break_even(&a, &s)[0];
    let e = be.effect.as_ref().unwrap();
    assert_close!(e.net_saving_per_person, 160.0);
    assert_close!(e.full_effect.unwrap(), 3.4375);
    assert_close!(e.years[0].effect.unwrap(), 6.875);
    assert_close!(e.years[1].effect.unwrap(), 3.4375);
    assert_close!(e.overall.unwrap(), 4.125);
    assert_eq!(e.pays(), Some(true));
    assert_eq!(
        be.describe(Lang::Da),
        "Grebet betaler sig selv, hvis det flytter mindst 3,4 helårspersoner pr. årsværk; antaget: 5,0. Mens virkningen indfases over 2 år, kræver 2024-26 under ét mindst 4,1."
    );
    assert_eq!(
        be.describe(Lang::En),
        "The lever pays for itself if it moves at least 3.4 full-year persons per FTE; assumed: 5.0. As the effect ramps up over 2 years, 2024-26 as a whole needs at least 4.1."
    );
}

#[test]
fn a_dagpenge_co_financing_and_the_equivalent_flat_share_give_the_same_numbers() {
    let (a, s) = worked_case(ladder(DurationKind::Municipal), 0.9);
    let municipal = evaluate(&a, &s, &[]);
    let (a, s) = worked_case(ladder(DurationKind::ADagpenge), 0.9);
    let a_dagpenge = evaluate(&a, &s, &[]);
    // A lever takes persons off the longest step first: while they fit in it (35 persons
    // here, 10 moved), the same as a flat 20 %, the state's refusion from week 53.
    let (a, s) = worked_case(None, 0.20);
    let flat = evaluate(&a, &s, &[]);
    for ((m, d), f) in municipal
        .years
        .iter()
        .zip(&a_dagpenge.years)
        .zip(&flat.years)
    {
        assert_close!(m.municipality_net, d.municipality_net);
        assert_close!(m.municipality_net, f.municipality_net);
        assert_close!(m.benefit_net, f.benefit_net);
    }
}

#[test]
fn files_without_a_distribution_load_unchanged_and_give_the_same_numbers() {
    let set = default_scenario_set();
    let json = serde_json::to_string(&set).unwrap();
    assert!(!json.contains("\"duration\""), "flat groups save as before");
    let back: ScenarioSet = serde_json::from_str(&json).unwrap();
    assert_eq!(back, set);
    assert!(back.assumptions.groups.iter().all(|g| g.duration.is_none()));
    // A flat group's net is gross × (1 − refusion share), as before.
    let r = evaluate(
        &set.assumptions,
        set.scenario("sygedagpenge-2").unwrap(),
        &[],
    );
    let sdp = r.year(2025).unwrap();
    let g = sdp
        .groups
        .iter()
        .find(|g| g.group_id == "sygedagpenge")
        .unwrap();
    assert_eq!(g.net, g.gross * (1.0 - 0.35));
    assert_close!(g.refusion, -9_568.0 * 0.35);
    // A result saved before `refusion` existed still reads.
    let mut v = serde_json::to_value(g).unwrap();
    v.as_object_mut().unwrap().remove("refusion");
    let old: GroupYear = serde_json::from_value(v).unwrap();
    assert_eq!(old.refusion, 0.0);
}

#[test]
fn a_distribution_is_listed_with_its_source_and_the_law() {
    let (a, _) = worked_case(ladder(DurationKind::Municipal), 0.9);
    let lines = assumption_lines(&a, Lang::Da);
    let ours: Vec<_> = lines
        .iter()
        .filter(|l| l.label.starts_with("Testydelse"))
        .collect();
    let labels: Vec<&str> = ours.iter().map(|l| l.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Testydelse – helårspersoner",
            "Testydelse – ydelse pr. helårsperson",
            "Testydelse – helårspersoner efter varighed",
            "Testydelse – refusionstrappen",
        ]
    );
    assert_eq!(
        ours[2].value,
        "uge 1-4: 10 %, uge 5-26: 30 %, uge 27-52: 25 %, fra uge 53: 35 %; kommunens andel efter refusion 65,5 %"
    );
    assert_eq!(ours[2].source, Source::assumption("fordeling til test"));
    assert_eq!(ours[3].value, "refusion 80 / 40 / 30 / 20 %");
    assert!(ours[3]
        .source
        .describe(Lang::Da)
        .starts_with("LBK nr. 221 af 12/02/2021 (lov om kommunernes finansiering af visse offentlige ydelser) § 5, stk. 2: staten refunderer 80 %"));
}
