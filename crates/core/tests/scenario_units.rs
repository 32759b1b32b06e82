//! Direct tests of every public function of the scenario engine that `scenarios.rs` only
//! reaches through `evaluate`: the small model helpers, the phase-in paths one variant at a
//! time, differences against the baseline, the number formats of the summaries, the CSV,
//! and the validation messages not covered by the first snapshot (targets: `targets.rs`).

use plan_core::defaults::default_workspace;
use plan_core::scenarios::*;
use plan_core::{Lang, Source};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6
}

macro_rules! assert_close {
    ($a:expr, $b:expr) => {
        assert!(close($a, $b), "{} = {} ≠ {}", stringify!($a), $a, $b)
    };
}

fn arne() -> CutLayer {
    default_assumptions().layer("arne").unwrap().clone()
}

fn reform() -> CutLayer {
    default_assumptions().layer("reform-2025").unwrap().clone()
}

fn choice(id: &str, enabled: bool, fte: f64, from: i32, to: i32) -> LeverChoice {
    LeverChoice {
        lever_id: id.into(),
        enabled,
        fte,
        from,
        to,
    }
}

fn scenario_with(phase_in: Vec<LayerPhaseIn>, levers: Vec<LeverChoice>) -> Scenario {
    Scenario {
        id: "t".into(),
        name: "Test".into(),
        description: String::new(),
        description_en: String::new(),
        policy: Policy { phase_in, levers },
    }
}

#[test]
fn sourced_keeps_value_and_source() {
    let s = Sourced::new(550.0, Source::assumption("x"));
    assert_close!(s.value, 550.0);
    assert_eq!(s.source, Source::assumption("x"));
}

#[test]
fn horizon_years_contains_and_len() {
    let h = Horizon {
        start: 2024,
        end: 2030,
    };
    assert_eq!(
        h.years().collect::<Vec<_>>(),
        (2024..=2030).collect::<Vec<_>>()
    );
    assert_eq!(h.len(), 7);
    assert!(!h.is_empty());
    assert!(h.contains(2024) && h.contains(2030));
    assert!(!h.contains(2023) && !h.contains(2031));
    let reversed = Horizon {
        start: 2030,
        end: 2024,
    };
    assert_eq!(reversed.len(), 0);
    assert!(reversed.is_empty());
    assert_eq!(reversed.years().count(), 0);
}

#[test]
fn a_year_path_is_zero_before_its_first_year_and_repeats_its_last_value() {
    // Given out of order on purpose: `at` must not rely on the order.
    let p = YearPath(vec![(2024, 1100.0), (2022, 300.0), (2023, 750.0)]);
    assert_close!(p.at(2021), 0.0);
    assert_close!(p.at(2022), 300.0);
    assert_close!(p.at(2023), 750.0);
    assert_close!(p.at(2024), 1100.0);
    assert_close!(p.at(2090), 1100.0);
    assert_eq!(p.first_year(), Some(2022));
    assert_eq!(YearPath::default().first_year(), None);
    assert_close!(YearPath::default().at(2024), 0.0);
}

#[test]
fn full_cuts_of_the_two_default_layers() {
    // 1,35 % of the national amounts (mio. kr.) in 1.000 kr.
    let a = arne();
    assert_close!(a.full_cut(2021), 0.0);
    assert_close!(a.full_cut(2022), 300.0 * 13.5);
    assert_close!(a.full_cut(2023), 750.0 * 13.5);
    assert_close!(a.full_cut(2024), 14_850.0);
    assert_close!(a.full_cut(2030), 14_850.0);
    let r = reform();
    assert_close!(r.full_cut(2025), 0.0);
    assert_close!(r.full_cut(2026), 1_400.0 * 13.5);
    assert_close!(r.full_cut(2027), 37_800.0);
    assert_close!(r.full_cut(2030), 37_800.0);
}

#[test]
fn assumption_lookups_find_by_id() {
    let a = default_assumptions();
    assert_eq!(a.layer("arne").unwrap().id, "arne");
    assert_eq!(a.group("kth-aktiv").unwrap().persons.value, 889.0);
    assert_eq!(a.team("sygedagpenge").unwrap().fte_now.value, 10.0);
    assert_eq!(a.lever("place-3").unwrap().place_number, Some(3));
    assert!(a.layer("x").is_none() && a.group("x").is_none());
    assert!(a.team("x").is_none() && a.lever("x").is_none());
}

#[test]
fn the_default_assumptions_carry_seed_004_and_sources() {
    let a = default_assumptions();
    let ftes: Vec<(Option<u8>, f64)> = a
        .levers
        .iter()
        .map(|l| (l.place_number, l.default_fte.value))
        .collect();
    assert_eq!(
        ftes,
        vec![
            (Some(1), 1.0),
            (Some(2), 1.0),
            (Some(3), 2.0),
            (Some(4), 1.0)
        ]
    );
    for l in &a.levers {
        assert!(
            matches!(&l.default_fte.source, Source::Seed { file, .. } if file.starts_with("004_")),
            "{}",
            l.id
        );
    }
    assert_eq!(a.groups.len(), 11);
    assert_close!(a.cost_per_fte.value, DEFAULT_COST_PER_FTE);
    for l in &a.layers {
        assert_close!(l.municipal_share.value, DEFAULT_MUNICIPAL_SHARE);
    }
}

#[test]
fn official_share_is_always_one() {
    for y in [1990, 2024, 2100] {
        assert_close!(PhaseInPath::Official.share(y), 1.0);
        assert_close!(
            PhaseInPath::Official.phased_cut(&arne(), y),
            arne().full_cut(y)
        );
    }
}

#[test]
fn percentages_apply_to_listed_years_and_default_to_one() {
    let p = PhaseInPath::Percentages {
        shares: vec![(2024, 0.25), (2025, 0.5), (2026, 1.7), (2027, -0.2)],
    };
    assert_close!(p.share(2024), 0.25);
    assert_close!(p.share(2025), 0.5);
    // Out-of-range shares are clamped in the calculation (and reported by `validate`).
    assert_close!(p.share(2026), 1.0);
    assert_close!(p.share(2027), 0.0);
    assert_close!(p.share(2028), 1.0);
    assert_close!(p.phased_cut(&arne(), 2024), 0.25 * 14_850.0);
}

#[test]
fn delay_takes_the_level_of_n_years_earlier() {
    let d2 = PhaseInPath::Delay { years: 2 };
    // 2024 gets the 2022 level, 2025 the 2023 level, 2026 the full level.
    assert_close!(d2.phased_cut(&arne(), 2024), 300.0 * 13.5);
    assert_close!(d2.phased_cut(&arne(), 2025), 750.0 * 13.5);
    assert_close!(d2.phased_cut(&arne(), 2026), 14_850.0);
    // The reform (2026: half, 2027: full) delayed by 2 years: nothing before 2028.
    assert_close!(d2.phased_cut(&reform(), 2027), 0.0);
    assert_close!(d2.phased_cut(&reform(), 2028), 1_400.0 * 13.5);
    assert_close!(d2.phased_cut(&reform(), 2029), 37_800.0);
    let d0 = PhaseInPath::Delay { years: 0 };
    assert_close!(d0.phased_cut(&arne(), 2024), 14_850.0);
}

#[test]
fn a_linear_ramp_is_one_nth_per_year_from_its_start() {
    let p = PhaseInPath::LinearRamp {
        start: 2024,
        years: 4,
        from: RampFrom::Nothing,
    };
    let shares: Vec<f64> = (2023..=2029).map(|y| p.share(y)).collect();
    assert_eq!(shares, vec![0.0, 0.25, 0.5, 0.75, 1.0, 1.0, 1.0]);
    // Zero years is read as one: the full cut from the start year.
    let p0 = PhaseInPath::LinearRamp {
        start: 2024,
        years: 0,
        from: RampFrom::Nothing,
    };
    assert_close!(p0.share(2023), 0.0);
    assert_close!(p0.share(2024), 1.0);
}

#[test]
fn to_percentages_gives_the_same_cuts_year_by_year() {
    let h = default_assumptions().horizon;
    let paths = [
        PhaseInPath::Official,
        PhaseInPath::Delay { years: 1 },
        PhaseInPath::LinearRamp {
            start: 2024,
            years: 3,
            from: RampFrom::Nothing,
        },
        PhaseInPath::Percentages {
            shares: vec![(2025, 0.4)],
        },
    ];
    for layer in [arne(), reform()] {
        for p in &paths {
            let q = p.to_percentages(&layer, h);
            let PhaseInPath::Percentages { shares } = &q else {
                panic!("to_percentages gives percentages");
            };
            assert_eq!(shares.len(), h.len());
            for y in h.years() {
                assert_close!(q.phased_cut(&layer, y), p.phased_cut(&layer, y));
            }
        }
    }
}

#[test]
fn a_lever_is_active_when_enabled_and_within_its_years() {
    let c = choice("place-3", true, 2.0, 2024, 2026);
    assert!(!c.active(2023));
    assert!(c.active(2024) && c.active(2026));
    assert!(!c.active(2027));
    assert!(!choice("place-3", false, 2.0, 2024, 2026).active(2025));
}

#[test]
fn layers_without_a_chosen_path_follow_the_official_one() {
    let p = Policy {
        phase_in: vec![LayerPhaseIn {
            layer_id: "arne".into(),
            path: PhaseInPath::Delay { years: 1 },
        }],
        levers: vec![],
    };
    assert_eq!(p.path("arne"), &PhaseInPath::Delay { years: 1 });
    assert_eq!(p.path("reform-2025"), &PhaseInPath::Official);
}

#[test]
fn scenario_set_lookups_and_the_baseline() {
    let s = default_scenario_set();
    assert_eq!(s.baseline().unwrap().id, "official");
    assert_eq!(s.scenario("alle-fire").unwrap().policy.levers.len(), 4);
    assert!(s.scenario("nope").is_none());
    let ids: Vec<&str> = s.scenarios.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(
        ids,
        ["official", "sygedagpenge-2", "alle-fire", "arne-lineaer-3"]
    );
    for sc in &s.scenarios {
        assert!(!sc.description.is_empty(), "{}", sc.id);
        assert!(validate(&s.assumptions, sc).is_empty(), "{}", sc.id);
    }
}

#[test]
fn a_one_year_delay_of_arne_defers_the_step_from_750_to_1100() {
    let a = default_assumptions();
    let s = scenario_with(
        vec![LayerPhaseIn {
            layer_id: "arne".into(),
            path: PhaseInPath::Delay { years: 1 },
        }],
        vec![],
    );
    let r = evaluate(&a, &s, &[]);
    // 2024: full 14.850, phased 750 × 13,5 = 10.125, deferred 4.725 = 8,59 FTE at 550.
    let y = r.year(2024).unwrap();
    assert_close!(y.phased_cut, 10_125.0);
    assert_close!(y.deferred, 4_725.0);
    assert_close!(y.compensation, 4_725.0);
    assert_close!(y.fte_deferred, 4_725.0 / 550.0);
    for later in 2025..=2030 {
        assert_close!(r.year(later).unwrap().deferred, 0.0);
    }
    assert_close!(r.total_compensation(), 4_725.0);
    assert_close!(r.total_net(), 4_725.0);
}

#[test]
fn a_disabled_lever_costs_and_does_nothing() {
    let a = default_assumptions();
    let r = evaluate(
        &a,
        &scenario_with(vec![], vec![choice("place-3", false, 2.0, 2024, 2030)]),
        &[],
    );
    for y in &r.years {
        assert_close!(y.lever_cost, 0.0);
        assert_close!(y.benefit_net, 0.0);
        assert_close!(y.teams[0].caseload_index.unwrap(), 120.0);
    }
}

#[test]
fn a_lever_without_an_effect_only_costs() {
    // Place [1] (recruitment requests) has no assumed benefit effect and no team.
    let a = default_assumptions();
    let r = evaluate(
        &a,
        &scenario_with(vec![], vec![choice("place-1", true, 1.0, 2025, 2025)]),
        &[],
    );
    let y = r.year(2025).unwrap();
    assert_close!(y.lever_cost, 550.0);
    assert_close!(y.fte_levers, 1.0);
    assert_close!(y.benefit_gross, 0.0);
    assert_close!(y.municipality_net, 550.0);
    assert_close!(r.year(2024).unwrap().lever_cost, 0.0);
}

#[test]
fn year_and_result_helpers() {
    let set = default_scenario_set();
    let r = evaluate(&set.assumptions, set.scenario("alle-fire").unwrap(), &[]);
    let y = r.year(2024).unwrap();
    assert_close!(y.fte_kept(), y.fte_deferred + y.fte_levers);
    for g in &y.groups {
        assert_close!(g.projected_persons(), g.baseline_persons + g.delta_persons);
    }
    assert!(r.year(2031).is_none());
    assert_close!(r.total_compensation(), 3.0 * 2_750.0);
    assert_close!(r.total_net(), r.years.last().unwrap().cumulative_net);
    let empty = ScenarioResult {
        scenario_id: "x".into(),
        years: vec![],
        targets: vec![],
    };
    assert_close!(empty.total_compensation(), 0.0);
    assert_close!(empty.total_net(), 0.0);
}

#[test]
fn evaluate_all_gives_one_result_per_scenario_in_order() {
    let set = default_scenario_set();
    let results = evaluate_all(&set, &default_workspace());
    let ids: Vec<&str> = results.iter().map(|r| r.scenario_id.as_str()).collect();
    let want: Vec<&str> = set.scenarios.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, want);
    assert!(results
        .iter()
        .all(|r| r.years.len() == 7 && r.targets.len() == 2));
}

#[test]
fn diff_against_the_baseline() {
    let set = default_scenario_set();
    let results = evaluate_all(&set, &default_workspace());
    let (base, ramp) = (&results[0], &results[3]);
    assert!(diff(base, base).iter().all(|d| d.compensation == 0.0
        && d.fte_kept == 0.0
        && d.benefit_net == 0.0
        && d.municipality_net == 0.0));
    let d = diff(ramp, base);
    assert_eq!(d.len(), 7);
    assert_eq!(d[0].year, 2024);
    // The Arne ramp from the level in force in 2023: 3.150 deferred in 2024, 1.575 in 2025.
    assert_close!(d[0].compensation, 3_150.0);
    assert_close!(d[0].fte_kept, 3_150.0 / 550.0);
    assert_close!(d[1].municipality_net, 1_575.0);
    assert_close!(d[2].compensation, 0.0);
}

#[test]
fn amounts_and_fte_in_danish_and_english() {
    assert_eq!(mio(14_850.0, Lang::Da), "14,85 mio. kr.");
    assert_eq!(mio(1_100.0, Lang::Da), "1,1 mio. kr.");
    assert_eq!(mio(-6_219.2, Lang::Da), "−6,22 mio. kr.");
    assert_eq!(mio(9_900.0, Lang::En), "DKK 9.9m");
    assert_eq!(fte(7.62, Lang::Da), "7,6");
    assert_eq!(fte(18.0, Lang::Da), "18");
    assert_eq!(fte(8.59, Lang::En), "8.6");
}

#[test]
fn the_baseline_summary_says_nothing_is_compensated() {
    let set = default_scenario_set();
    let results = evaluate_all(&set, &default_workspace());
    let en = summary(&set.assumptions, &set.scenarios[0], &results[0], Lang::En);
    assert_eq!(
        en,
        "“Officiel indfasning”: the cuts are implemented in full (DKK 14.85m in 2024); no compensation and no staff kept."
    );
}

#[test]
fn csv_has_the_header_and_one_row_per_year_with_decimal_points() {
    let set = default_scenario_set();
    let results = evaluate_all(&set, &default_workspace());
    assert_eq!(to_csv(&[]), format!("{}\n", CSV_HEADER.join(",")));
    let text = to_csv(&[&results[1]]);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        CSV_HEADER
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 7);
    for (row, y) in rows.iter().zip(&results[1].years) {
        assert_eq!(row.len(), CSV_HEADER.len());
        assert_eq!(&row[0], "sygedagpenge-2");
        assert_eq!(row[1].parse::<i32>().unwrap(), y.year);
        assert_close!(row[11].parse::<f64>().unwrap(), y.benefit_net);
        assert_close!(row[14].parse::<f64>().unwrap(), y.cumulative_net);
    }
    assert_eq!(&rows[0][11], "-3109.6");
}

#[test]
fn validation_messages_for_ids_teams_and_reversed_years() {
    let mut a = default_assumptions();
    a.groups[1].persons.value = -5.0;
    a.levers[1].effect.as_mut().unwrap().group_id = "ukendt-gruppe".into();
    a.levers[2].team_id = Some("ukendt-team".into());
    let s = scenario_with(
        vec![LayerPhaseIn {
            layer_id: "ukendt-lag".into(),
            path: PhaseInPath::Official,
        }],
        vec![choice("place-2", true, 1.0, 2027, 2025)],
    );
    let mut issues: Vec<String> = validate(&a, &s).iter().map(|i| i.to_string()).collect();
    let mut reversed = default_assumptions();
    reversed.horizon = Horizon {
        start: 2030,
        end: 2024,
    };
    issues.extend(
        validate(&reversed, &scenario_with(vec![], vec![]))
            .iter()
            .map(|i| i.to_string()),
    );
    insta::assert_snapshot!("validation_ids_da", issues.join("\n"));
}

#[test]
fn the_printed_report_lists_every_assumption_with_its_source_and_the_choices_in_words() {
    use plan_core::scenarios::{assumption_lines, default_scenario_set, policy_lines};
    use plan_core::Lang;
    let set = default_scenario_set();
    let a = &set.assumptions;
    let lines = assumption_lines(a, Lang::Da);
    let levers_with_effect = a.levers.iter().filter(|l| l.effect.is_some()).count();
    assert_eq!(
        lines.len(),
        1 + 2 * a.layers.len() + 3 * a.groups.len() + levers_with_effect
    );
    assert_eq!(lines[0].label, "Omkostning pr. årsværk");
    assert_eq!(lines[0].value, "0,55 mio. kr.");
    assert_eq!(lines[0].source, a.cost_per_fte.source);
    let s = set.scenario("alle-fire").unwrap();
    let words = policy_lines(a, s, Lang::Da);
    assert_eq!(words.len(), a.layers.len() + 4);
    assert!(words[0].ends_with(": som vedtaget"), "{}", words[0]);
    assert!(
        words.iter().any(|w| w.ends_with(": 2 årsværk 2024-2026")),
        "{words:?}"
    );
    let ramp = policy_lines(a, set.scenario("arne-lineaer-3").unwrap(), Lang::En);
    assert!(
        ramp[0].ends_with(": linearly over 3 years from 2024, from the level in 2023"),
        "{}",
        ramp[0]
    );
}
