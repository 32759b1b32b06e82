//! The difference between two scenarios in plain words: hand-computed sentences for two
//! default scenarios against the official path, the thresholds, money moved between years,
//! targets, and snapshots (insta) of every default scenario against the official one.

use plan_core::defaults::default_workspace;
use plan_core::scenarios::narrative::{difference, difference_named, years_text};
use plan_core::scenarios::*;
use plan_core::Lang;

fn set() -> ScenarioSet {
    default_scenario_set()
}

fn run_scenario(s: &ScenarioSet, scenario: &Scenario) -> ScenarioResult {
    evaluate(
        &s.assumptions,
        scenario,
        &target_specs(&default_workspace(), &s.target_links),
    )
}

fn run(id: &str) -> ScenarioResult {
    let s = set();
    run_scenario(&s, s.scenario(id).unwrap())
}

/// The sentences for B against A, with the default assumptions' names.
fn text(a: (&str, &ScenarioResult), b: (&str, &ScenarioResult), lang: Lang) -> Vec<String> {
    difference_named(&set().assumptions, a.0, a.1, b.0, b.1, lang)
}

/// "Sygedagpenge: bevar 2 årsværk 2024-2026" against the official path, by hand:
/// - no phase-in: the cut is the same;
/// - lever [3]: 2 FTE × 550 = 1.100 a year in 2024-2026, 3.300 in all;
/// - the team: 12 instead of 10 FTE, caseload index 100 × 12 / 12 = 100 instead of 120;
/// - sygedagpenge: −20,8 persons per FTE, half effect in 2024: −20,8 × 2 × ½ × 230 × 0,65 =
///   −3.109,6 (3,1 mio. kr.), then −6.219,2 (6,2) in 2025 and 2026; −15.548 in all (15,5);
/// - net: 1.100 − 3.109,6 = −2.009,6 (2,0), 1.100 − 6.219,2 = −5.119,2 (5,1) twice;
///   −12.248 in all (12,2);
/// - both targets are met either way.
#[test]
fn sygedagpenge_2_against_official_by_hand() {
    let (o, s) = (run("official"), run("sygedagpenge-2"));
    let (on, sn) = ("Officiel", "Sygedagpenge 2");
    assert_eq!(
        text((on, &o), (sn, &s), Lang::Da),
        [
            "»Sygedagpenge 2« bruger 1,1 mio. kr. mere end »Officiel« på at bevare medarbejdere i 2024-2026, i alt 3,3 mio. kr. mere over 2024-2030.",
            "»Sygedagpenge 2« bevarer 2 årsværk mere end »Officiel« i 2024-2026.",
            "Sagsantalsindekset for Sygedagpengeteamet (100 = bemandingen før besparelsen) er lavere med »Sygedagpenge 2« end med »Officiel«: 100 mod 120 i 2024-2026.",
            "Udgifterne til forsørgelse er netto 3,1 mio. kr. lavere med »Sygedagpenge 2« end med »Officiel« i 2024 og 6,2 mio. kr. lavere i 2025 og 2026, i alt 15,5 mio. kr. lavere over 2024-2030.",
            "For kommunen koster »Sygedagpenge 2« netto 2,0 mio. kr. mindre end »Officiel« i 2024 og 5,1 mio. kr. mindre i 2025 og 2026, i alt 12,2 mio. kr. mindre over 2024-2030.",
        ]
    );
    // The other way round every difference turns.
    assert_eq!(
        text((sn, &s), (on, &o), Lang::Da)[1],
        "»Officiel« bevarer 2 årsværk færre end »Sygedagpenge 2« i 2024-2026."
    );
    assert_eq!(
        text((on, &o), (sn, &s), Lang::En)[1],
        "“Sygedagpenge 2” keeps 2 FTE more than “Officiel” in 2024-2026."
    );
}

/// "Arne-besparelsen indfaset lineært over 3 år" (from the level in force in 2023) against
/// the official path, by hand: the Arne cut is 14.850 a year from 2024 and 10.125 in 2023
/// (750 mio. kr. × 1,35 %); the ramp keeps 10.125 and adds a third of the 4.725 step a year,
/// so 11.700 in 2024 defers 3.150 (3,2 mio. kr., 3.150 / 550 = 5,7 FTE), 13.275 in 2025
/// defers 1.575 (1,6 mio. kr., 2,9 FTE); 4.725 in all (4,7). No lever, so no caseload or
/// benefit changes; the deferred money is the net cost.
#[test]
fn arne_linear_against_official_by_hand() {
    let (o, l) = (run("official"), run("arne-lineaer-3"));
    assert_eq!(
        text(("Officiel", &o), ("Lineær", &l), Lang::Da),
        [
            "»Lineær« gennemfører 3,2 mio. kr. mindre af besparelserne end »Officiel« i 2024 og 1,6 mio. kr. mindre i 2025, i alt 4,7 mio. kr. mindre over 2024-2030.",
            "»Lineær« bevarer 5,7 årsværk mere end »Officiel« i 2024 og 2,9 årsværk mere i 2025.",
            "For kommunen koster »Lineær« netto 3,2 mio. kr. mere end »Officiel« i 2024 og 1,6 mio. kr. mere i 2025, i alt 4,7 mio. kr. mere over 2024-2030.",
        ]
    );
}

#[test]
fn the_same_scenario_is_one_sentence() {
    let s = run("sygedagpenge-2");
    assert_eq!(
        difference("A", &s, "B", &s, Lang::Da),
        ["Der er ingen mærkbar forskel mellem »A« og »B« i 2024-2030."]
    );
    assert_eq!(
        difference("A", &s, "B", &s, Lang::En),
        ["There is no noticeable difference between “A” and “B” in 2024-2030."]
    );
}

/// A: 2,1 mio. kr. of the Arne cut left out in 2026; B: the same left out in 2025 instead.
#[test]
fn money_moved_between_years_is_deferred_or_brought_forward() {
    let s = set();
    let share = 1.0 - 2_100.0 / 14_850.0;
    let with_share = |year: i32| {
        let mut sc = s.scenario("official").unwrap().clone();
        sc.policy.phase_in = vec![LayerPhaseIn {
            layer_id: "arne".into(),
            path: PhaseInPath::Percentages {
                shares: vec![(year, share)],
            },
        }];
        run_scenario(&s, &sc)
    };
    let (a, b) = (with_share(2026), with_share(2025));
    assert_eq!(
        difference("A", &a, "B", &b, Lang::Da),
        [
            "»B« udskyder 2,1 mio. kr. af besparelserne fra 2025 til 2026 i forhold til »A«.",
            // 2.100 / 550 = 3,82 FTE.
            "»B« bevarer 3,8 årsværk mere end »A« i 2025 og 3,8 årsværk færre i 2026.",
            "For kommunen koster »B« netto 2,1 mio. kr. mere end »A« i 2025 og 2,1 mio. kr. mindre i 2026, men i alt det samme over 2024-2030.",
        ]
    );
    assert_eq!(
        difference("B", &b, "A", &a, Lang::Da)[0],
        "»A« fremrykker 2,1 mio. kr. af besparelserne fra 2026 til 2025 i forhold til »B«."
    );
    assert_eq!(
        difference("A", &a, "B", &b, Lang::En)[0],
        "“B” defers DKK 2.1m of the cuts from 2025 to 2026 compared with “A”."
    );
}

/// 50 tkr. is written 0,1 mio. kr. and mentioned; 49 tkr. is not. 0,05 FTE is written 0,1
/// årsværk and mentioned; 0,04 is not. 0,6 index point with a different whole number is
/// mentioned; 0,4 is not.
#[test]
fn differences_below_the_thresholds_are_left_out() {
    let o = run("official");
    let tweak = |f: &dyn Fn(&mut YearResult)| {
        let mut r = o.clone();
        f(&mut r.years[0]);
        r
    };
    let small = tweak(&|y| {
        y.phased_cut -= 49.0;
        y.fte_levers = 0.04;
        y.teams[0].caseload_index = Some(120.4);
    });
    assert_eq!(
        difference("A", &o, "B", &small, Lang::Da),
        ["Der er ingen mærkbar forskel mellem »A« og »B« i 2024-2030."]
    );
    let noticeable = tweak(&|y| {
        y.phased_cut -= 50.0;
        y.fte_levers = 0.05;
        y.teams[0].caseload_index = Some(119.4);
    });
    assert_eq!(
        difference("A", &o, "B", &noticeable, Lang::Da),
        [
            "»B« gennemfører 0,1 mio. kr. mindre af besparelserne end »A« i 2024.",
            "»B« bevarer 0,1 årsværk mere end »A« i 2024.",
            "Sagsantalsindekset for sygedagpenge (100 = bemandingen før besparelsen) er lavere med »B« end med »A«: 119 mod 120 i 2024.",
        ]
    );
}

#[test]
fn a_team_without_staff_has_the_highest_caseload() {
    let o = run("official");
    let mut b = o.clone();
    b.years[6].teams[0].caseload_index = None;
    assert_eq!(
        difference("A", &o, "B", &b, Lang::Da),
        ["Sagsantalsindekset for sygedagpenge (100 = bemandingen før besparelsen) er højere med »B« end med »A«: ingen medarbejdere mod 120 i 2030."]
    );
}

/// Small yearly net differences that add up are told as a total.
#[test]
fn a_net_total_without_noticeable_years() {
    let o = run("official");
    let mut b = o.clone();
    for y in &mut b.years {
        y.municipality_net += 40.0;
    }
    assert_eq!(
        difference("A", &o, "B", &b, Lang::Da),
        ["For kommunen koster »B« netto i alt 0,3 mio. kr. mere end »A« over 2024-2030."]
    );
}

#[test]
fn targets_whose_status_differs() {
    let a = run("sygedagpenge-2");
    let mut b = a.clone();
    let t = &mut b.targets[0];
    t.projected = 920.0;
    t.status = cap_status(t.projected, t.limit);
    let t = (
        t.measure_id.clone(),
        t.group_id.clone(),
        t.deadline_year,
        t.year,
    );
    assert_eq!(
        t,
        ("m-kth-aktiv-889".into(), "kth-aktiv".into(), 2023, 2024)
    );
    assert_eq!(
        text(("A", &a), ("B", &b), Lang::Da),
        ["Målet for Kontanthjælp, aktivitetsparate (højst 889 helårspersoner i 2023) er i fare med »B« (920 i 2024), men er ved grænsen med »A« (889)."]
    );
    assert_eq!(
        text(("A", &a), ("B", &b), Lang::En),
        ["The target for Kontanthjælp, aktivitetsparate (at most 889 full-year persons in 2023) is at risk with “B” (920 in 2024) but is at the limit with “A” (889)."]
    );
}

#[test]
fn years_are_joined_naturally() {
    assert_eq!(years_text(&[2025], Lang::Da), "2025");
    assert_eq!(years_text(&[2026, 2025], Lang::Da), "2025 og 2026");
    assert_eq!(years_text(&[2025, 2026, 2027], Lang::Da), "2025-2027");
    assert_eq!(
        years_text(&[2024, 2026, 2028, 2029, 2030], Lang::Da),
        "2024, 2026 og 2028-2030"
    );
    assert_eq!(
        years_text(&[2024, 2025, 2027], Lang::En),
        "2024, 2025 and 2027"
    );
    assert_eq!(years_text(&[], Lang::Da), "");
}

fn every_default_against_official(lang: Lang) -> String {
    let s = set();
    let results = evaluate_all(&s, &default_workspace());
    let base = s.baseline().unwrap();
    let base_result = &results[0];
    assert_eq!(base_result.scenario_id, base.id);
    let mut out = String::new();
    for (sc, r) in s.scenarios.iter().zip(&results) {
        out.push_str(&format!("## {} – {}\n", sc.id, base.id));
        let lines = difference_named(&s.assumptions, &base.name, base_result, &sc.name, r, lang);
        for line in lines {
            out.push_str(&format!("- {line}\n"));
        }
        out.push('\n');
    }
    out
}

#[test]
fn every_default_scenario_against_the_official_one() {
    insta::assert_snapshot!("differences_da", every_default_against_official(Lang::Da));
    insta::assert_snapshot!("differences_en", every_default_against_official(Lang::En));
}
