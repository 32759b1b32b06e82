//! The embedded default data checked against the seed documents in ../shared/seeds: every
//! text is there verbatim, every figure is in its text, and the counts match the plan.

use std::collections::HashSet;

mod common;

use common::normalize;

use plan_core::source::SEED_FILES;
use plan_core::{defaults::default_workspace, format, persist, Lang, Shape, Source, Workspace};

/// A seed text with whitespace collapsed and markup (`*`, `<i>`, markdown links) removed,
/// the same way the default data was transcribed.
fn seed(file: &str) -> String {
    normalize(&common::read_seed(file))
}

fn assert_in(haystack: &str, needle: &str, what: &str) {
    let n = normalize(needle);
    assert!(!n.is_empty(), "{what} is empty");
    assert!(
        haystack.contains(&n),
        "{what} is not verbatim in its seed:\n{n}"
    );
}

fn ws() -> Workspace {
    default_workspace()
}

#[test]
fn the_default_workspace_decodes_and_round_trips() {
    let (_, migrated) = persist::decode(plan_core::defaults::SOURCE_WORKSPACE_V1_JSON).unwrap();
    assert_eq!(
        migrated,
        Some(1),
        "the transcription is schema version 1, migrated on load"
    );
    let w = ws();
    assert_eq!(w.schema_version, plan_core::SCHEMA_VERSION);
    assert_eq!(w.scenarios, plan_core::scenarios::default_scenario_set());
    let (again, migrated) = persist::decode(&persist::encode(&w)).unwrap();
    assert_eq!(again, w);
    assert_eq!(migrated, None);
}

#[test]
fn the_plan_has_the_four_themes_five_goals_and_the_mapping_table() {
    let w = ws();
    let p = &w.plan;
    assert_eq!(p.name, "Beskæftigelsesplan 2023-24");
    assert_eq!((p.period.start, p.period.end), (2023, 2024));
    let names: Vec<&str> = p.themes.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Attraktive forbindelser",
            "Rummelige forbindelser",
            "Unge forbindelser",
            "Kulturelle forbindelser"
        ]
    );
    assert_eq!(p.goals.len(), 5);
    let mapping: Vec<Vec<u8>> = p
        .themes
        .iter()
        .map(|t| {
            t.goal_ids
                .iter()
                .map(|g| w.goal(g).unwrap().number)
                .collect()
        })
        .collect();
    assert_eq!(mapping, vec![vec![2, 5], vec![4], vec![], vec![3]]);
    // The dignity goal goes across all four themes.
    let dignity = w.goal("goal-1").unwrap();
    assert!(dignity.cross_cutting);
    assert_eq!(w.themes_for_goal(dignity).len(), 4);
    assert_eq!(p.focus_areas.len(), 7);
}

#[test]
fn every_plan_text_is_verbatim_in_seed_001() {
    let s = seed("001_973eeeaefb2c1511.txt");
    let p = ws().plan;
    for para in p.purpose.iter().chain(&p.focus_areas) {
        assert_in(&s, para, "purpose/focus");
    }
    for g in &p.goals {
        assert_in(&s, &g.text, "goal");
    }
    for t in &p.themes {
        assert_in(&s, &format!("{} – {}", t.name, t.tagline), "theme heading");
        assert_in(&s, &t.ambition, "ambition");
        for d in &t.description {
            assert_in(&s, d, "description");
        }
        for target in &t.targets {
            assert_in(&s, &target.text, "target");
        }
        for i in &t.initiatives {
            assert_in(&s, &i.text, "initiative");
            for e in &i.examples {
                assert_in(&s, e, "initiative example");
            }
        }
    }
}

#[test]
fn every_target_under_det_maaler_vi_paa_is_there() {
    let w = ws();
    let counts: Vec<usize> = w.plan.themes.iter().map(|t| t.targets.len()).collect();
    assert_eq!(counts, [5, 3, 4, 2]);
    let initiatives: Vec<usize> = w.plan.themes.iter().map(|t| t.initiatives.len()).collect();
    assert_eq!(initiatives, [6, 5, 5, 4]);
    assert_eq!(w.measures().count(), 20);
}

#[test]
fn every_measure_value_is_written_in_its_target_or_seed() {
    let w = ws();
    let s = seed("001_973eeeaefb2c1511.txt");
    for (_, target, m) in w.measures() {
        let text = normalize(&target.text);
        let v = format::number_trim(m.value, 2, Lang::Da);
        if m.value != 0.0 {
            assert!(
                text.contains(&v),
                "{}: {v} not in \"{}\"",
                m.id,
                target.text
            );
        }
        if let Some(b) = &m.baseline {
            let bv = format::number_trim(b.value, 2, Lang::Da);
            assert!(
                text.contains(&bv) || s.contains(&format!("{bv}%")),
                "{}: baseline {bv} not in its target or seed",
                m.id
            );
        }
        assert!(
            (2022..=2024).contains(&m.deadline.date.year),
            "{}: deadline outside the plan",
            m.id
        );
        if m.deadline.stated {
            let year = m.deadline.date.year.to_string();
            assert!(text.contains(&year), "{}: stated deadline {year}", m.id);
        } else {
            assert_eq!(m.deadline.date.year, w.plan.period.end, "{}", m.id);
        }
        if m.shape.needs_baseline() {
            assert!(m.baseline.is_some(), "{} needs a baseline", m.id);
        }
    }
}

#[test]
fn key_figures_of_seed_001() {
    let w = ws();
    let find = |id: &str| w.measures().find(|(_, _, m)| m.id == id).unwrap().2.clone();
    let kth = find("m-kth-aktiv-889");
    assert_eq!(
        (kth.shape, kth.value, kth.deadline.date.year),
        (Shape::Cap, 889.0, 2023)
    );
    let long = find("m-kth-over-2-aar-375");
    assert_eq!(long.value, 375.0);
    assert_eq!(long.deadline.date.month, Some(12));
    assert_eq!(long.baseline.unwrap().value, 430.0);
    let eud = find("m-eud-frafald-27");
    assert_eq!(eud.shape, Shape::DecreaseFromBaseline);
    assert_eq!(eud.baseline.as_ref().unwrap().value, 32.0);
    assert_eq!(eud.baseline.unwrap().date.month, Some(8));
    assert_eq!(find("m-eud-frafald-25").value, 25.0);
    let gap = find("m-forsikrede-gap");
    assert_eq!((gap.shape, gap.value), (Shape::GapAboveNationalAtMost, 0.1));
    assert_eq!(find("m-voksenlaerlinge-120").value, 120.0);
    assert_eq!(find("m-partnerskaber-300").value, 300.0);
}

#[test]
fn the_status_sheets_match_seeds_000_and_003() {
    let w = ws();
    assert_eq!(w.status_sheets.len(), 2);
    let s0 = seed("000_a70517f640a491db.txt");
    let s3 = seed("003_ff1ed37bf497d5ac.txt");
    let sheet0 = &w.status_sheets[0];
    let numbers: Vec<&str> = sheet0.items.iter().map(|i| i.number.as_str()).collect();
    assert_eq!(numbers, ["11.", "I.", "III.D", "VI.", "X.", "XXIII.a"]);
    let colours: Vec<&str> = sheet0
        .items
        .iter()
        .map(|i| i.colour.unwrap().sheet_label())
        .collect();
    assert_eq!(
        colours,
        [
            "Ikke igangsat",
            "Afsluttet",
            "Videreføres i 2022",
            "Mindre afvigelser",
            "Videreføres i 2022",
            "Alt OK"
        ]
    );
    for i in &sheet0.items {
        assert_in(
            &s0,
            &format!("{} {}", i.headline, i.agreement_text),
            "agreement",
        );
        assert_in(&s0, &i.status, "status");
        assert_in(&s0, &i.expected_result, "result");
    }
    let sheet3 = &w.status_sheets[1];
    let numbers: Vec<&str> = sheet3.items.iter().map(|i| i.number.as_str()).collect();
    assert_eq!(
        numbers,
        ["2.d.1", "2.d.2", "2.d.3", "2.d.4", "3.c", "4.", "11.b", "11.c", "12."]
    );
    for i in &sheet3.items {
        assert_in(&s3, &i.agreement_text, "agreement");
        assert_in(&s3, &i.status, "status");
        assert!(i.colour.is_none(), "seed 003 leaves the colour blank");
    }
    assert_eq!(w.committees(), ["SBU"]);
}

#[test]
fn the_amounts_and_budget_lines_match_seed_003() {
    let w = ws();
    let s3 = seed("003_ff1ed37bf497d5ac.txt");
    for figure in [
        "28.500", "38.700", "48.700", "80.400", "24 mio", "8,5 mio", "1,5 mio",
    ] {
        assert!(s3.contains(figure), "seed 003 has {figure}");
    }
    let additions: Vec<(i32, i64)> = w
        .budget_series("Førtidspension m.m., tilførte midler (netto)")
        .iter()
        .map(|l| (l.year, l.tkr))
        .collect();
    assert_eq!(
        additions,
        [
            (2020, 28_500),
            (2021, 38_700),
            (2022, 48_700),
            (2023, 80_400)
        ]
    );
    let buffer: Vec<i64> = w
        .budget_series("Førtidspension, buffer")
        .iter()
        .map(|l| l.tkr)
        .collect();
    assert_eq!(buffer, [6_000, 12_000, 18_000, 24_000]);
    let sdp = &w.status_sheets[1].items[0];
    let tkr: Vec<i64> = sdp.amounts.iter().map(|a| a.tkr).collect();
    assert_eq!(tkr, [8_500, 1_500, 1_500]);
}

#[test]
fn the_four_phase_in_places_of_seed_004() {
    let w = ws();
    let s4 = seed("004_825b12544cf79305.txt");
    let fte: Vec<f64> = w.phase_in_places.iter().map(|p| p.fte).collect();
    assert_eq!(fte, [1.0, 1.0, 2.0, 1.0]);
    assert_eq!(w.phase_in_fte(), 5.0);
    for p in &w.phase_in_places {
        assert_in(&s4, &format!("{} [{}]", p.text, p.number), "phase-in place");
    }
    assert!(s4.contains(
        "[3] Administrationen vurderer, at budgetbehovet initialt vil svare til to årsværk."
    ));
}

#[test]
fn every_source_names_an_existing_seed_and_every_id_is_unique() {
    let w = ws();
    // The plan data; the scenario assumptions are checked with the scenario tests.
    let mut json: serde_json::Value = serde_json::to_value(&w).unwrap();
    json.as_object_mut().unwrap().remove("scenarios");
    let mut sources = Vec::new();
    let mut ids = Vec::new();
    collect(&json, &mut sources, &mut ids);
    assert!(sources.len() > 80, "found {} sources", sources.len());
    for s in sources {
        let source: Source = serde_json::from_value(s).unwrap();
        let file = source.seed_file().expect("default data comes from seeds");
        assert!(SEED_FILES.contains(&file), "unknown seed {file}");
        assert!(
            std::path::Path::new(&format!("{}{file}", common::seeds_dir())).exists(),
            "{file} is missing"
        );
    }
    let mut seen = HashSet::new();
    for id in ids {
        assert!(seen.insert(id.clone()), "duplicate id {id}");
    }
}

fn collect(v: &serde_json::Value, sources: &mut Vec<serde_json::Value>, ids: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(map) => {
            if let Some(id) = map.get("id").and_then(|i| i.as_str()) {
                ids.push(id.to_owned());
            }
            for (k, val) in map {
                if k == "source" {
                    sources.push(val.clone());
                } else {
                    collect(val, sources, ids);
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|i| collect(i, sources, ids)),
        _ => {}
    }
}

#[test]
fn the_comparable_municipalities_are_those_seed_003_names() {
    let ws = ws();
    let c = &ws.indicators.comparison;
    assert_eq!(c.own, "Slagelse");
    let plan_core::Source::Seed { file, section } = &c.source else {
        panic!("{:?}", c.source)
    };
    let text = seed(file);
    assert!(
        text.contains(section.split(',').next().unwrap()),
        "{section}"
    );
    let list = c.cluster[..c.cluster.len() - 1].join(", ") + " og " + c.cluster.last().unwrap();
    assert_in(
        &text,
        &format!("Sammenlignelige kommuner er: {list}."),
        "the comparable municipalities",
    );
}
