//! What the scenario page shows and does, from the core: the selected scenario's figures in
//! one [`selection`] (the same numbers as the engine's functions apart), the result in words,
//! the protected baseline, the named edits by id, and a shared scenario's choices in words.

use plan_core::defaults::default_workspace;
use plan_core::input::FieldError;
use plan_core::scenarios::{
    describe_choices, evaluate, ranges, selection, target_specs, tornado, PathPreset, PhaseInPath,
    Verdict,
};
use plan_core::{Lang, PartialDate};

fn today() -> PartialDate {
    PartialDate::day(2026, 12, 7)
}

#[test]
fn the_selection_holds_the_same_figures_as_the_engine_apart() {
    let ws = default_workspace();
    for s in &ws.scenarios.scenarios {
        let sel = selection(&ws, &s.id, today()).expect("a default scenario");
        let a = &ws.scenarios.assumptions;
        let targets = target_specs(&ws, &ws.scenarios.target_links);
        assert_eq!(sel.result, evaluate(a, s, &targets), "{}", s.id);
        assert_eq!(sel.range, ranges(a, s, &targets), "{}", s.id);
        assert_eq!(sel.tornado, tornado(a, s, &targets), "{}", s.id);
        assert_eq!(sel.is_baseline, s.id == ws.scenarios.baseline_id);
        assert!(sel.issues.is_empty(), "{}: {:?}", s.id, sel.issues);
    }
    assert!(selection(&ws, "no-such-scenario", today()).is_none());
}

#[test]
fn the_result_says_whether_it_costs_or_saves_and_against_what() {
    let ws = default_workspace();
    let official = selection(&ws, "official", today()).unwrap();
    assert_eq!(official.verdict(), Verdict::Neutral);
    assert!(official
        .against(Lang::Da)
        .starts_with("Basis: den officielle indfasning"));

    let sel = selection(&ws, "sygedagpenge-2", today()).unwrap();
    let total = sel.total_net();
    let expected = if total > 0.0 {
        "Koster kommunen"
    } else {
        "Sparer kommunen"
    };
    let words = sel.headline(Lang::Da);
    assert!(words.starts_with(expected), "{words}");
    assert!(
        !words.contains('−'),
        "an amount in words has no sign: {words}"
    );
    assert!(sel.against(Lang::Da).contains("»Officiel indfasning«"));
    assert!(sel
        .range_text(Lang::Da)
        .contains("lav–høj efter forudsætningerne"));
    assert!(sel
        .range_text(Lang::En)
        .contains("low–high from the assumptions"));
    // Two FTE kept in the sygedagpenge team for three years: its caseload moves.
    let (max, first, last) = sel.fte_kept().unwrap();
    assert!((max - 2.0).abs() < 1e-9, "{max}");
    assert_eq!((first, last), (2024, 2026));
    let moved: Vec<&str> = sel.moved_teams().map(|t| t.team_id.as_str()).collect();
    assert_eq!(moved, ["sygedagpenge"]);
    let (_, index) = sel.moved_teams().next().unwrap().most_moved().unwrap();
    assert!((index - 100.0).abs() < 1e-9, "{index}");
}

#[test]
fn the_page_opens_on_the_first_alternative() {
    let ws = default_workspace();
    assert_eq!(
        ws.scenarios.first_alternative().unwrap().id,
        "sygedagpenge-2"
    );
}

#[test]
fn an_edit_of_the_baseline_goes_to_a_named_copy() {
    let mut set = (*default_workspace().scenarios).clone();
    let before = set.scenario("official").unwrap().clone();
    let (id, copied) = set.editable_id("official", Lang::Da).unwrap();
    assert!(copied);
    assert_ne!(id, "official");
    assert!(set.set_layer_preset(&id, "arne", PathPreset::Linear { years: 3 }));
    assert_eq!(
        set.scenario("official").unwrap(),
        &before,
        "the baseline is unchanged"
    );
    let copy = set.scenario(&id).unwrap();
    assert_eq!(copy.name, "Officiel indfasning (egen udgave)");
    assert!(matches!(
        copy.policy.path("arne"),
        PhaseInPath::LinearRamp { years: 3, .. }
    ));
    // A second copy gets a name of its own.
    let (second, _) = set.editable_id("official", Lang::Da).unwrap();
    assert_eq!(
        set.scenario(&second).unwrap().name,
        "Officiel indfasning (egen udgave) 2"
    );
    // Another scenario is edited as it is.
    assert_eq!(
        set.editable_id("alle-fire", Lang::Da),
        Some(("alle-fire".to_owned(), false))
    );
}

#[test]
fn the_levers_are_edited_by_id_and_impossible_years_are_refused() {
    let mut set = (*default_workspace().scenarios).clone();
    assert!(!set.set_lever_enabled("no-such-scenario", "place-1", true));
    let (id, _) = set.editable_id("official", Lang::Da).unwrap();
    assert!(set.set_lever_enabled(&id, "place-1", true));
    assert!(set.set_lever_fte(&id, "place-1", 3.5));
    assert!(!set.set_lever_fte(&id, "place-1", f64::NAN));
    assert!(!set.set_lever_fte(&id, "no-such-lever", 1.0));
    assert_eq!(
        set.set_lever_years(&id, "place-1", 2030, 2026),
        Err(FieldError::YearsReversed {
            from: 2030,
            to: 2026
        })
    );
    assert_eq!(
        set.set_lever_years(&id, "place-1", 2024, 2200),
        Err(FieldError::TooLarge(2100.0))
    );
    assert_eq!(set.set_lever_years(&id, "place-1", 2025, 2027), Ok(true));
    let c = set
        .scenario(&id)
        .unwrap()
        .policy
        .levers
        .iter()
        .find(|c| c.lever_id == "place-1")
        .unwrap()
        .clone();
    assert!(c.enabled);
    assert_eq!((c.fte, c.from, c.to), (3.5, 2025, 2027));
    assert!(set.set_layer_share(&id, "arne", 2025, 0.5));
    assert!(
        !set.set_layer_share(&id, "arne", 1900, 0.5),
        "a year outside the horizon"
    );
    assert!(!set.set_layer_share(&id, "no-such-layer", 2025, 0.5));
}

#[test]
fn a_shared_scenarios_choices_in_words() {
    let ws = default_workspace();
    let a = &ws.scenarios.assumptions;
    let alle = ws.scenarios.scenario("alle-fire").unwrap();
    let lines = describe_choices(a, alle, Lang::Da);
    assert!(
        lines.iter().any(|l| l.contains("årsværk bevaret i 2024")),
        "{lines:?}"
    );
    assert_eq!(lines.len(), a.layers.len() + 4, "{lines:?}");
    let official = ws.scenarios.scenario("official").unwrap();
    let lines = describe_choices(a, official, Lang::En);
    assert_eq!(lines.last().unwrap(), "No levers");
}

#[test]
fn keeping_the_same_shared_scenario_twice_keeps_one_copy() {
    let mut set = (*default_workspace().scenarios).clone();
    let shared = set.scenario("alle-fire").unwrap().clone();
    assert_eq!(set.kept_copy_of(&shared), None);
    let id = set.keep_copy(&shared, Lang::Da);
    assert_eq!(set.kept_copy_of(&shared), Some(id.as_str()));
}
