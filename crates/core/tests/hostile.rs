//! A hostile-input corpus (issue 23): documents and links of every kind the app and the CLI
//! read, each edited the way a hand, a mistake or an attacker would, and the exact message
//! each gives (in `snapshots/hostile__corpus_da.snap`). Every document goes through the one
//! validation of the core (`plan_core::guard`) before anything is calculated; what passes it
//! gives finite numbers. A property test then builds structurally valid sets with extreme
//! values and checks that each is refused with a message or calculates to finite numbers.

use plan_core::defaults::default_workspace;
use plan_core::guard::{self, DocKind};
use plan_core::scenarios::{default_scenario_set, evaluate, validate, ScenarioSet};
use plan_core::share::{self, SharedScenario};
use plan_core::{persist, Lang};
use serde_json::{json, Value};

/// The kinds of document the corpus reads.
#[derive(Clone, Copy)]
enum Kind {
    /// A full link (`v1.`): the shared scenario's JSON, compressed.
    LinkV1,
    /// A compact link (`v2.`): what differs from the defaults (made by the app's encoder).
    LinkV2,
    /// A shared scenario file.
    SharedFile,
    /// A scenario set alone.
    Set,
    /// A saved workspace file.
    Workspace,
}

fn zlib(bytes: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(bytes, 10)
}

/// What reading the text as `kind` says: the refusal, or "OK" with the warnings.
fn outcome(kind: Kind, text: &str) -> String {
    let ok = |warnings: Vec<guard::Finding>, doc: DocKind| {
        let mut lines = vec!["OK".to_owned()];
        lines.extend(guard::warning_lines(&warnings, doc, Lang::Da));
        lines.join("\n    ")
    };
    match kind {
        Kind::LinkV1 | Kind::LinkV2 => match share::decode_checked(text) {
            Ok((_, w)) => ok(w, DocKind::Link),
            Err(e) => e.message(Lang::Da),
        },
        Kind::SharedFile => match share::from_json_checked(text) {
            Ok((_, w)) => ok(w, DocKind::SharedFile),
            Err(e) => e.message_for(DocKind::SharedFile, Lang::Da),
        },
        Kind::Set => match guard::read_set(text) {
            Ok((set, w)) => {
                let issues: Vec<String> = set
                    .scenarios
                    .iter()
                    .flat_map(|s| validate(&set.assumptions, s))
                    .map(|i| i.to_string())
                    .collect();
                if issues.is_empty() {
                    ok(w, DocKind::Set)
                } else {
                    issues.join("\n    ")
                }
            }
            Err(r) => r.lines(DocKind::Set, Lang::Da).join("\n    "),
        },
        Kind::Workspace => match persist::decode_checked(text) {
            Ok((_, _, w)) => ok(w, DocKind::Workspace),
            Err(e) => e.text(Lang::Da),
        },
    }
}

fn set_value() -> Value {
    serde_json::to_value(default_scenario_set()).unwrap()
}

fn shared_value() -> Value {
    let ws = default_workspace();
    let shared = SharedScenario::from_workspace(&ws, "sygedagpenge-2", "2026-12-07T10:00:00Z")
        .expect("a default scenario");
    serde_json::to_value(shared).unwrap()
}

fn workspace_value() -> Value {
    serde_json::from_str(&persist::encode(&default_workspace())).unwrap()
}

fn put(v: &mut Value, pointer: &str, x: Value) {
    *v.pointer_mut(pointer)
        .unwrap_or_else(|| panic!("no {pointer} in the document")) = x;
}

/// One case: a name, a kind and the document's text.
struct Case {
    name: &'static str,
    kind: Kind,
    text: String,
}

fn set_case(name: &'static str, edit: impl FnOnce(&mut Value)) -> Case {
    let mut v = set_value();
    edit(&mut v);
    Case {
        name,
        kind: Kind::Set,
        text: v.to_string(),
    }
}

fn workspace_case(name: &'static str, edit: impl FnOnce(&mut Value)) -> Case {
    let mut v = workspace_value();
    edit(&mut v);
    Case {
        name,
        kind: Kind::Workspace,
        text: v.to_string(),
    }
}

fn shared_file_case(name: &'static str, edit: impl FnOnce(&mut Value)) -> Case {
    let mut v = shared_value();
    edit(&mut v);
    Case {
        name,
        kind: Kind::SharedFile,
        text: v.to_string(),
    }
}

/// A full link of the edited JSON, packed as the app packs it.
fn link_v1_case(name: &'static str, edit: impl FnOnce(&mut Value)) -> Case {
    let mut v = shared_value();
    edit(&mut v);
    Case {
        name,
        kind: Kind::LinkV1,
        text: share::pack(false, &zlib(v.to_string().as_bytes())),
    }
}

/// A compact link made by the app's own encoder from a shared scenario edited in the model.
fn link_v2_case(name: &'static str, edit: impl FnOnce(&mut SharedScenario)) -> Case {
    let mut s: SharedScenario = serde_json::from_value(shared_value()).unwrap();
    edit(&mut s);
    let (compact, _) = share::link_contents(&s);
    Case {
        name,
        kind: Kind::LinkV2,
        text: share::pack(true, &zlib(&compact)),
    }
}

/// The horizon-overflow link of issue 23: i32::MIN to i32::MAX, whose length wrapped to 0.
pub fn horizon_overflow(s: &mut SharedScenario) {
    s.assumptions.horizon.start = i32::MIN;
    s.assumptions.horizon.end = i32::MAX;
}

fn corpus() -> Vec<Case> {
    let lever0 = "/scenarios/1/policy/levers/0";
    vec![
        // Scenario sets: years, horizons and spans.
        set_case("set: horizon i32::MIN..i32::MAX", |v| {
            put(
                v,
                "/assumptions/horizon",
                json!({"start": i32::MIN, "end": i32::MAX}),
            )
        }),
        set_case("set: horizon 2024-100000", |v| {
            put(v, "/assumptions/horizon/end", json!(100000))
        }),
        set_case("set: horizon from year -2024", |v| {
            put(v, "/assumptions/horizon/start", json!(-2024))
        }),
        set_case("set: horizon reversed", |v| {
            put(
                v,
                "/assumptions/horizon",
                json!({"start": 2030, "end": 2024}),
            )
        }),
        set_case("set: horizon of 61 years", |v| {
            put(
                v,
                "/assumptions/horizon",
                json!({"start": 2000, "end": 2060}),
            )
        }),
        set_case("set: horizon of 60 years passes", |v| {
            put(
                v,
                "/assumptions/horizon",
                json!({"start": 2000, "end": 2059}),
            )
        }),
        set_case("set: horizon start as text", |v| {
            put(v, "/assumptions/horizon/start", json!("2024"))
        }),
        set_case("set: horizon start beyond i32", |v| {
            put(v, "/assumptions/horizon/start", json!(2147483648u64))
        }),
        set_case("set: horizon start with decimals", |v| {
            put(v, "/assumptions/horizon/start", json!(2024.5))
        }),
        // Amounts and magnitudes.
        set_case("set: cost per FTE 1e308", |v| {
            put(v, "/assumptions/cost_per_fte/value", json!(1e308))
        }),
        set_case("set: cost per FTE \"550r\"", |v| {
            put(v, "/assumptions/cost_per_fte/value", json!("550r"))
        }),
        set_case("set: cost per FTE null", |v| {
            put(v, "/assumptions/cost_per_fte/value", Value::Null)
        }),
        set_case("set: negative national cut", |v| {
            put(v, "/assumptions/layers/0/national_mio/0/1", json!(-300.0))
        }),
        set_case("set: national cut 1e308", |v| {
            put(v, "/assumptions/layers/0/national_mio/2/1", json!(1e308))
        }),
        set_case("set: national cut names 2024 twice", |v| {
            put(v, "/assumptions/layers/0/national_mio/1/0", json!(2024))
        }),
        set_case("set: national cut in year 1800", |v| {
            put(v, "/assumptions/layers/0/national_mio/0/0", json!(1800))
        }),
        set_case("set: national cut as a triple", |v| {
            put(
                v,
                "/assumptions/layers/0/national_mio/0",
                json!([2022, 300.0, 1]),
            )
        }),
        set_case("set: municipal share 300 %", |v| {
            put(v, "/assumptions/layers/0/municipal_share/value", json!(3.0))
        }),
        set_case("set: municipal share 1e308", |v| {
            put(
                v,
                "/assumptions/layers/0/municipal_share/value",
                json!(1e308),
            )
        }),
        set_case("set: municipal share -0.1", |v| {
            put(
                v,
                "/assumptions/layers/1/municipal_share/value",
                json!(-0.1),
            )
        }),
        // Groups, teams, levers: ids, references, staff and persons.
        set_case("set: two benefit groups with one id", |v| {
            put(v, "/assumptions/groups/1/id", json!("kth-jobparat"))
        }),
        set_case("set: a benefit group without id", |v| {
            put(v, "/assumptions/groups/2/id", json!(""))
        }),
        set_case("set: negative persons", |v| {
            put(v, "/assumptions/groups/0/persons/value", json!(-350.0))
        }),
        set_case("set: unit cost 1e300", |v| {
            put(v, "/assumptions/groups/0/unit_cost/value", json!(1e300))
        }),
        set_case("set: refusion 200 %", |v| {
            put(v, "/assumptions/groups/0/refusion_share/value", json!(2.0))
        }),
        set_case("set: negative staff", |v| {
            put(v, "/assumptions/teams/0/fte_now/value", json!(-10.0))
        }),
        set_case("set: a team id twice", |v| {
            let team = v["assumptions"]["teams"][0].clone();
            v["assumptions"]["teams"].as_array_mut().unwrap().push(team);
        }),
        set_case("set: a lever id twice", |v| {
            put(v, "/assumptions/levers/1/id", json!("place-1"))
        }),
        set_case("set: default FTE 1e300", |v| {
            put(v, "/assumptions/levers/0/default_fte/value", json!(1e300))
        }),
        set_case("set: lever effect on a group that does not exist", |v| {
            put(v, "/assumptions/levers/1/effect/group_id", json!("ingen"))
        }),
        set_case("set: lever of a team that does not exist", |v| {
            put(v, "/assumptions/levers/2/team_id", json!("ingen"))
        }),
        set_case("set: misspelt \"efect\" is named and not used", |v| {
            let lever = v["assumptions"]["levers"][1].as_object_mut().unwrap();
            let effect = lever.remove("effect").unwrap();
            lever.insert("efect".into(), effect);
        }),
        set_case("set: ramp of 4294967295 years", |v| {
            put(
                v,
                "/assumptions/levers/1/effect/ramp_years",
                json!(u32::MAX),
            )
        }),
        set_case("set: ramp of -1 years", |v| {
            put(v, "/assumptions/levers/1/effect/ramp_years", json!(-1))
        }),
        set_case("set: effect per FTE 1e300", |v| {
            put(
                v,
                "/assumptions/levers/1/effect/persons_per_fte/value",
                json!(-1e300),
            )
        }),
        // Scenarios.
        set_case("set: no scenarios", |v| put(v, "/scenarios", json!([]))),
        set_case("set: two scenarios with one id", |v| {
            put(v, "/scenarios/2/id", json!("official"))
        }),
        set_case("set: a scenario without id", |v| {
            put(v, "/scenarios/3/id", json!(""))
        }),
        set_case("set: a baseline that does not exist", |v| {
            put(v, "/baseline_id", json!("ingen"))
        }),
        set_case("set: a lever of 1e300 FTE", |v| {
            put(v, &format!("{lever0}/fte"), json!(1e300))
        }),
        set_case("set: a lever of -2 FTE", |v| {
            put(v, &format!("{lever0}/fte"), json!(-2.0))
        }),
        set_case("set: a lever \"550r\" FTE", |v| {
            put(v, &format!("{lever0}/fte"), json!("550r"))
        }),
        set_case("set: a lever from year i32::MIN", |v| {
            put(v, &format!("{lever0}/from"), json!(i32::MIN))
        }),
        set_case("set: a lever from 2030 to 2026", |v| {
            put(v, &format!("{lever0}/from"), json!(2030))
        }),
        set_case("set: a lever that does not exist", |v| {
            put(v, &format!("{lever0}/lever_id"), json!("ingen"))
        }),
        set_case("set: the same lever twice in a scenario", |v| {
            let c = v["scenarios"][1]["policy"]["levers"][0].clone();
            v["scenarios"][1]["policy"]["levers"]
                .as_array_mut()
                .unwrap()
                .push(c);
        }),
        set_case("set: phase-in of a cut that does not exist", |v| {
            put(v, "/scenarios/3/policy/phase_in/0/layer_id", json!("ingen"))
        }),
        set_case("set: the same cut phased in twice", |v| {
            let p = v["scenarios"][3]["policy"]["phase_in"][0].clone();
            v["scenarios"][3]["policy"]["phase_in"]
                .as_array_mut()
                .unwrap()
                .push(p);
        }),
        set_case("set: a phase-in naming 2024 twice", |v| {
            put(
                v,
                "/scenarios/3/policy/phase_in/0/path",
                json!({"kind": "percentages", "shares": [[2024, 0.5], [2025, 0.8], [2024, 1.0]]}),
            )
        }),
        set_case("set: a phase-in share of 1e308", |v| {
            put(
                v,
                "/scenarios/3/policy/phase_in/0/path",
                json!({"kind": "percentages", "shares": [[2024, 1e308]]}),
            )
        }),
        set_case("set: a delay of 2^31 years", |v| {
            put(
                v,
                "/scenarios/3/policy/phase_in/0/path",
                json!({"kind": "delay", "years": 2147483648u64}),
            )
        }),
        set_case("set: a delay of 61 years", |v| {
            put(
                v,
                "/scenarios/3/policy/phase_in/0/path",
                json!({"kind": "delay", "years": 61}),
            )
        }),
        set_case("set: a linear ramp from year -2024", |v| {
            put(v, "/scenarios/3/policy/phase_in/0/path/start", json!(-2024))
        }),
        set_case("set: a phase-in of an unknown kind", |v| {
            put(
                v,
                "/scenarios/3/policy/phase_in/0/path/kind",
                json!("hurtig"),
            )
        }),
        set_case("set: a target link to a group that does not exist", |v| {
            put(v, "/target_links/0/group_id", json!("ingen"))
        }),
        set_case("set: unknown fields at three depths", |v| {
            v["scenarioz"] = json!([]);
            v["assumptions"]["horizon"]["slut"] = json!(2040);
            v["scenarios"][1]["policy"]["levers"][0]["fte_"] = json!(9);
        }),
        set_case("set: 10.001 scenarios", |v| {
            let s = v["scenarios"][0].clone();
            let many: Vec<Value> = (0..10_001)
                .map(|i| {
                    let mut s = s.clone();
                    s["id"] = json!(format!("s{i}"));
                    s
                })
                .collect();
            v["scenarios"] = Value::Array(many);
            v["baseline_id"] = json!("s0");
        }),
        Case {
            name: "set: cut off",
            kind: Kind::Set,
            text: set_value().to_string()[..300].to_owned(),
        },
        Case {
            name: "set: text after the document",
            kind: Kind::Set,
            text: format!("{} {{}}", set_value()),
        },
        Case {
            name: "set: a list, not an object",
            kind: Kind::Set,
            text: "[1]".into(),
        },
        // Saved workspaces.
        workspace_case("workspace: schema version 0", |v| {
            put(v, "/schema_version", json!(0))
        }),
        workspace_case("workspace: schema version \"6\"", |v| {
            put(v, "/schema_version", json!("6"))
        }),
        workspace_case("workspace: schema version 99", |v| {
            put(v, "/schema_version", json!(99))
        }),
        workspace_case("workspace: no schema version", |v| {
            v.as_object_mut().unwrap().remove("schema_version");
        }),
        workspace_case("workspace: horizon i32::MIN..i32::MAX", |v| {
            put(
                v,
                "/scenarios/assumptions/horizon",
                json!({"start": i32::MIN, "end": i32::MAX}),
            )
        }),
        workspace_case("workspace: horizon 2024-100000", |v| {
            put(v, "/scenarios/assumptions/horizon/end", json!(100000))
        }),
        workspace_case("workspace: a lever \"550r\" FTE", |v| {
            put(
                v,
                "/scenarios/scenarios/1/policy/levers/0/fte",
                json!("550r"),
            )
        }),
        workspace_case("workspace: a follow-up dated 31 February", |v| {
            put(
                v,
                "/budget_followups/0/as_of",
                json!({"year": 2023, "month": 2, "day": 31}),
            )
        }),
        workspace_case("workspace: a case date in month 13", |v| {
            put(
                v,
                "/committee_cases/0/dates/0/date",
                json!({"year": 2024, "month": 13, "day": 1}),
            )
        }),
        workspace_case("workspace: a misspelt field in the plan is named", |v| {
            v["plan"]["nmae"] = json!("Udkast");
        }),
        workspace_case("workspace: a duplicate scenario id", |v| {
            put(v, "/scenarios/scenarios/1/id", json!("official"))
        }),
        workspace_case("workspace (version 2): horizon 2024-100000", |v| {
            put(v, "/schema_version", json!(2));
            v.as_object_mut().unwrap().remove("indicators");
            put(v, "/scenarios/assumptions/horizon/end", json!(100000))
        }),
        // Shared scenario files.
        shared_file_case("shared file: horizon i32::MIN..i32::MAX", |v| {
            put(
                v,
                "/assumptions/horizon",
                json!({"start": i32::MIN, "end": i32::MAX}),
            )
        }),
        shared_file_case("shared file: municipal share 1e308", |v| {
            put(
                v,
                "/assumptions/layers/0/municipal_share/value",
                json!(1e308),
            )
        }),
        shared_file_case("shared file: share version 0", |v| {
            put(v, "/share_version", json!(0))
        }),
        shared_file_case("shared file: a lever \"550r\" FTE", |v| {
            put(v, "/scenario/policy/levers/0/fte", json!("550r"))
        }),
        shared_file_case("shared file: misspelt \"efect\" is named", |v| {
            let lever = v["assumptions"]["levers"][2].as_object_mut().unwrap();
            let effect = lever.remove("effect").unwrap();
            lever.insert("efect".into(), effect);
        }),
        // Links, full and compact.
        link_v1_case("link v1: horizon i32::MIN..i32::MAX", |v| {
            put(
                v,
                "/assumptions/horizon",
                json!({"start": i32::MIN, "end": i32::MAX}),
            )
        }),
        link_v1_case("link v1: a delay of 2^31 years", |v| {
            put(
                v,
                "/scenario/policy/phase_in",
                json!([{"layer_id": "arne", "path": {"kind": "delay", "years": 2147483648u64}}]),
            )
        }),
        link_v1_case("link v1: a lever that does not exist", |v| {
            put(v, "/scenario/policy/levers/0/lever_id", json!("ingen"))
        }),
        link_v1_case("link v1: a misspelt field is named", |v| {
            v["scenario"]["policy"]["levers"][0]["form"] = json!(2024);
        }),
        link_v1_case("link v1: a lever \"550r\" FTE", |v| {
            put(v, "/scenario/policy/levers/0/fte", json!("550r"))
        }),
        link_v2_case("link v2: horizon i32::MIN..i32::MAX", horizon_overflow),
        link_v2_case("link v2: a lever of 1e300 FTE", |s| {
            s.scenario.policy.levers[0].fte = 1e300
        }),
        link_v2_case("link v2: a national cut of 1e308", |s| {
            s.assumptions.layers[0].national_mio.0[2].1 = 1e308
        }),
        link_v2_case("link v2: a negative unit cost", |s| {
            s.assumptions.groups[0].unit_cost.value = -140.0
        }),
        link_v2_case("link v2: the default scenario passes", |_| {}),
    ]
}

#[test]
fn every_hostile_document_gets_its_exact_message() {
    let cases = corpus();
    assert!(cases.len() >= 60, "{} cases", cases.len());
    let text: Vec<String> = cases
        .iter()
        .map(|c| format!("{}\n    {}", c.name, outcome(c.kind, &c.text)))
        .collect();
    insta::assert_snapshot!("corpus_da", text.join("\n"));
}

#[test]
fn the_horizon_overflow_link_is_refused_by_both_link_forms() {
    let mut s: SharedScenario = serde_json::from_value(shared_value()).unwrap();
    horizon_overflow(&mut s);
    for payload in [share::encode(&s), share::encode_full(&s)] {
        let e = share::decode(&payload).unwrap_err();
        assert!(
            e.message(Lang::Da)
                .contains("assumptions.horizon.start: året skal ligge mellem 1990 og 2100"),
            "{}",
            e.message(Lang::Da)
        );
    }
}

/// Whatever passes the guard and the editor's checks calculates to finite numbers.
fn all_finite(set: &ScenarioSet) -> bool {
    set.scenarios.iter().all(|s| {
        let r = evaluate(&set.assumptions, s, &[]);
        r.years.len() <= 60
            && r.years.iter().all(|y| {
                [
                    y.full_cut,
                    y.phased_cut,
                    y.deferred,
                    y.lever_cost,
                    y.compensation,
                    y.fte_deferred,
                    y.fte_levers,
                    y.benefit_gross,
                    y.benefit_net,
                    y.municipality_net,
                    y.cumulative_compensation,
                    y.cumulative_net,
                ]
                .iter()
                .all(|v| v.is_finite())
                    && y.groups
                        .iter()
                        .all(|g| g.delta_persons.is_finite() && g.net.is_finite())
                    && y.teams
                        .iter()
                        .all(|t| t.caseload_index.is_none_or(f64::is_finite))
            })
    })
}

mod extremes {
    use super::*;
    use plan_core::scenarios::{LayerPhaseIn, LeverChoice, PhaseInPath};
    use proptest::prelude::*;

    fn year() -> impl Strategy<Value = i32> {
        prop_oneof![
            Just(i32::MIN),
            Just(i32::MAX),
            Just(-2024),
            Just(0),
            1985..2110i32,
            any::<i32>(),
        ]
    }

    fn magnitude() -> impl Strategy<Value = f64> {
        prop_oneof![
            Just(0.0),
            Just(-0.0),
            Just(1e308),
            Just(-1e308),
            Just(f64::MAX),
            Just(f64::MIN_POSITIVE),
            Just(1e12),
            Just(1e12 + 1.0),
            -1e6..1e6f64,
            any::<f64>().prop_filter("finite, as JSON has", |v| v.is_finite()),
        ]
    }

    fn years_count() -> impl Strategy<Value = u32> {
        prop_oneof![Just(0u32), Just(u32::MAX), Just(1u32 << 31), 0..80u32]
    }

    prop_compose! {
        fn extreme_set()(
            start in year(),
            end in year(),
            cost in magnitude(),
            national in magnitude(),
            share in magnitude(),
            persons in magnitude(),
            fte in magnitude(),
            effect in magnitude(),
            ramp in years_count(),
            delay in years_count(),
            from in year(),
            to in year(),
            copies in 0..40usize,
        ) -> ScenarioSet {
            let mut set = default_scenario_set();
            let a = &mut set.assumptions;
            a.horizon.start = start;
            a.horizon.end = end;
            a.cost_per_fte.value = cost;
            a.layers[0].national_mio.0[2].1 = national;
            a.layers[1].municipal_share.value = share;
            a.groups[3].persons.value = persons;
            a.teams[0].fte_now.value = fte;
            if let Some(e) = a.levers[2].effect.as_mut() {
                e.persons_per_fte.value = effect;
                e.ramp_years = ramp;
            }
            let s = &mut set.scenarios[1];
            s.policy.levers = vec![LeverChoice {
                lever_id: "place-3".into(),
                enabled: true,
                fte,
                from,
                to,
            }];
            s.policy.phase_in = vec![LayerPhaseIn {
                layer_id: "arne".into(),
                path: PhaseInPath::Delay { years: delay },
            }];
            let copy = set.scenarios[1].clone();
            for i in 0..copies {
                let mut c = copy.clone();
                c.id = format!("kopi-{i}");
                set.scenarios.push(c);
            }
            set
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        #[test]
        fn extreme_values_are_refused_with_a_message_or_give_finite_numbers(set in extreme_set()) {
            match guard::check_set(&set) {
                Err(r) => {
                    let lines = r.lines(DocKind::Set, Lang::Da);
                    prop_assert!(!lines.is_empty());
                    prop_assert!(lines.iter().all(|l| l.len() > "Scenariesættet › ".len()));
                }
                Ok(()) => {
                    let issues: Vec<_> = set
                        .scenarios
                        .iter()
                        .flat_map(|s| validate(&set.assumptions, s))
                        .collect();
                    prop_assert!(issues.iter().all(|i| !i.message.is_empty()));
                    if issues.is_empty() {
                        prop_assert!(all_finite(&set));
                    }
                }
            }
        }
    }
}
