//! The editing operations the views call: scenario presets and edits, the plan's lookups and
//! new entries, the status sheet's and the budget follow-up's edits, and sharing.

use plan_core::defaults::default_workspace;
use plan_core::followup::{Deviation, FollowUpLine};
use plan_core::indicators::import::{Format, Observation, Parsed};
use plan_core::indicators::{import_parsed, AreaFilter, ObsPeriod};
use plan_core::plan_edit::{self, EntryAction};
use plan_core::plan_entries::add_budget_line;
use plan_core::scenarios::{
    default_scenario_set, LeverChoice, PathPreset, PhaseInPath, RampFrom, ScenarioSet, Sourced,
};
use plan_core::share::{self, SharedScenario, SHARE_VERSION};
use plan_core::{format, BudgetKind, Lang, PartialDate, Shape, Source, StatusColour, Unit};

// ---- Scenario path presets ------------------------------------------------------------

#[test]
fn the_presets_the_editor_offers() {
    let codes: Vec<String> = PathPreset::OFFERED.iter().map(|p| p.code()).collect();
    assert_eq!(
        codes,
        ["official", "ramp-2", "ramp-3", "ramp-4", "delay-1", "delay-2", "custom"]
    );
    let da: Vec<String> = PathPreset::OFFERED
        .iter()
        .map(|p| p.label(Lang::Da))
        .collect();
    assert_eq!(
        da,
        [
            "Officiel (fuldt fra start)",
            "Lineært over 2 år",
            "Lineært over 3 år",
            "Lineært over 4 år",
            "Udskudt 1 år",
            "Udskudt 2 år",
            "Tilpasset år for år",
        ]
    );
    let en: Vec<String> = PathPreset::OFFERED
        .iter()
        .map(|p| p.label(Lang::En))
        .collect();
    assert_eq!(
        en,
        [
            "Official (in full from the start)",
            "Linear over 2 years",
            "Linear over 3 years",
            "Linear over 4 years",
            "Delayed 1 year",
            "Delayed 2 years",
            "Custom, year by year",
        ]
    );
    for p in PathPreset::OFFERED {
        assert_eq!(PathPreset::from_code(&p.code()), Some(p));
    }
    for bad in [
        "",
        "ramp",
        "ramp-x",
        "delay-",
        "linear-2",
        "custom-1",
        "official-2",
    ] {
        assert_eq!(PathPreset::from_code(bad), None, "{bad}");
    }
}

#[test]
fn a_preset_is_a_path_and_a_path_shows_as_a_preset() {
    let start = 2024;
    let path = |code: &str| PathPreset::from_code(code).and_then(|p| p.path(start));
    assert_eq!(path("official"), Some(PhaseInPath::Official));
    assert_eq!(
        path("ramp-3"),
        Some(PhaseInPath::LinearRamp {
            start,
            years: 3,
            from: RampFrom::LevelInForce
        })
    );
    assert_eq!(path("delay-2"), Some(PhaseInPath::Delay { years: 2 }));
    assert_eq!(path("custom"), None);
    let of = |p: PhaseInPath| PathPreset::of(&p).code();
    assert_eq!(of(PhaseInPath::Official), "official");
    assert_eq!(of(PhaseInPath::Delay { years: 5 }), "delay-5");
    assert_eq!(
        of(PhaseInPath::LinearRamp {
            start: 2030,
            years: 2,
            from: RampFrom::Nothing
        }),
        "ramp-2"
    );
    assert_eq!(of(PhaseInPath::Percentages { shares: vec![] }), "custom");
}

// ---- Scenario edits ---------------------------------------------------------------------

#[test]
fn setting_a_path_stores_only_what_is_not_official() {
    let mut set = default_scenario_set();
    let s = set.scenario_mut("arne-lineaer-3").unwrap();
    s.policy
        .set_path("reform-2025", PhaseInPath::Delay { years: 1 });
    assert_eq!(s.policy.phase_in.len(), 2);
    // A new path for a layer goes last.
    s.policy.set_path("arne", PhaseInPath::Delay { years: 2 });
    assert_eq!(s.policy.phase_in[1].layer_id, "arne");
    s.policy.set_path("arne", PhaseInPath::Official);
    s.policy.set_path("reform-2025", PhaseInPath::Official);
    assert!(s.policy.phase_in.is_empty());
    assert_eq!(s.policy.path("arne"), &PhaseInPath::Official);
}

/// What a linear ramp starts from: offered with the level in force first, in both
/// languages, set by name, kept when the ramp's length changes.
#[test]
fn a_ramp_starts_from_the_level_in_force_or_from_nothing() {
    let codes: Vec<&str> = RampFrom::OFFERED.iter().map(|f| f.code()).collect();
    assert_eq!(codes, ["level", "zero"]);
    for f in RampFrom::OFFERED {
        assert_eq!(RampFrom::from_code(f.code()), Some(f));
    }
    assert_eq!(RampFrom::from_code("x"), None);
    let da: Vec<&str> = RampFrom::OFFERED
        .iter()
        .map(|f| f.label(Lang::Da))
        .collect();
    assert_eq!(da, ["Fra niveauet året før", "Fra nul"]);
    let en: Vec<&str> = RampFrom::OFFERED
        .iter()
        .map(|f| f.label(Lang::En))
        .collect();
    assert_eq!(en, ["From the level the year before", "From zero"]);
    assert!(RampFrom::LevelInForce
        .explanation(Lang::Da)
        .contains("allerede gælder"));
    assert_eq!(RampFrom::default(), RampFrom::Nothing);

    let mut set = default_scenario_set();
    let s = set.scenario_mut("arne-lineaer-3").unwrap();
    assert_eq!(
        s.policy.path("arne").ramp_from(),
        Some(RampFrom::LevelInForce)
    );
    assert!(s.policy.set_ramp_from("arne", RampFrom::Nothing));
    assert_eq!(s.policy.path("arne").ramp_from(), Some(RampFrom::Nothing));
    // A longer ramp keeps what it starts from; a path that is not a ramp has no start level.
    assert!(s
        .policy
        .set_preset("arne", PathPreset::Linear { years: 4 }, 2024));
    assert_eq!(
        s.policy.path("arne"),
        &PhaseInPath::LinearRamp {
            start: 2024,
            years: 4,
            from: RampFrom::Nothing
        }
    );
    assert!(!s.policy.set_preset("arne", PathPreset::Custom, 2024));
    assert!(s
        .policy
        .set_preset("arne", PathPreset::Delayed { years: 1 }, 2024));
    assert_eq!(s.policy.path("arne").ramp_from(), None);
    assert!(!s.policy.set_ramp_from("arne", RampFrom::LevelInForce));
    assert!(!s
        .policy
        .set_ramp_from("reform-2025", RampFrom::LevelInForce));
    // A new ramp starts from the level in force.
    assert!(s
        .policy
        .set_preset("reform-2025", PathPreset::Linear { years: 2 }, 2024));
    assert_eq!(
        s.policy.path("reform-2025").ramp_from(),
        Some(RampFrom::LevelInForce)
    );
    // Its description says what it does, in both languages.
    let arne = set.scenario("arne-lineaer-3").unwrap();
    assert!(arne
        .description_in(Lang::Da)
        .contains("fra niveauet i 2023"));
    assert!(arne
        .description_in(Lang::En)
        .contains("from the 2023 level"));
    for s in &set.scenarios {
        assert!(!s.description_in(Lang::En).is_empty(), "{}", s.id);
        assert!(!s.description_en.contains("seed"), "{}", s.id);
    }
    assert!(!arne.description.contains("seed"));
}

#[test]
fn a_share_for_one_year_makes_the_path_year_by_year() {
    let mut set = default_scenario_set();
    let a = set.assumptions.clone();
    let arne = a.layer("arne").unwrap();
    let s = set.scenario_mut("arne-lineaer-3").unwrap();
    s.policy.set_share(arne, a.horizon, 2025, 0.5);
    let PhaseInPath::Percentages { shares } = s.policy.path("arne").clone() else {
        panic!("year-by-year shares");
    };
    let years: Vec<i32> = shares.iter().map(|(y, _)| *y).collect();
    assert_eq!(years, (2024..=2030).collect::<Vec<_>>());
    // The ramp's own shares of the full cut stay for the other years: from the level in
    // force in 2023 (10.125 of 14.850), 11.700 of 14.850 in 2024.
    let at = |y: i32| shares.iter().find(|(yy, _)| *yy == y).unwrap().1;
    assert!((at(2024) - 11_700.0 / 14_850.0).abs() < 1e-9);
    assert_eq!(at(2025), 0.5);
    assert_eq!(at(2026), 1.0);
    // Shares outside 0..=1 are clamped; the official path becomes shares as well.
    let s = set.scenario_mut("official").unwrap();
    s.policy.set_share(arne, a.horizon, 2024, 1.7);
    s.policy.set_share(arne, a.horizon, 2026, -0.2);
    assert_eq!(s.policy.path("arne").share(2024), 1.0);
    assert_eq!(s.policy.path("arne").share(2026), 0.0);
    assert_eq!(s.policy.path("arne").share(2027), 1.0);
}

#[test]
fn a_lever_is_shown_with_defaults_and_added_on_the_first_edit() {
    let mut set = default_scenario_set();
    let a = set.assumptions.clone();
    let def = a.lever("place-1").unwrap();
    let s = set.scenario_mut("official").unwrap();
    let shown = s.policy.lever_shown(def, a.horizon);
    assert_eq!(
        shown,
        LeverChoice {
            lever_id: "place-1".into(),
            enabled: false,
            fte: def.default_fte.value,
            from: 2024,
            to: 2026,
        }
    );
    assert!(s.policy.levers.is_empty());
    s.policy.lever_mut(def, a.horizon).enabled = true;
    s.policy.lever_mut(def, a.horizon).set_fte(-3.0);
    s.policy.lever_mut(def, a.horizon).to = 2028;
    assert_eq!(s.policy.levers.len(), 1);
    let c = &s.policy.levers[0];
    assert!(c.enabled);
    assert_eq!((c.fte, c.from, c.to), (0.0, 2024, 2028));
    assert_eq!(s.policy.lever_shown(def, a.horizon), *c);
    s.policy.lever_mut(def, a.horizon).set_fte(2.5);
    assert_eq!(s.policy.levers[0].fte, 2.5);
}

#[test]
fn duplicating_a_scenario_copies_its_policy_under_a_new_id() {
    let mut set = default_scenario_set();
    let orig = set.scenario("sygedagpenge-2").unwrap().clone();
    let id = set.duplicate("sygedagpenge-2", Lang::Da).unwrap();
    assert_eq!(id, "sygedagpenge-2-kopi-1");
    let copy = set.scenarios.last().unwrap();
    assert_eq!(copy.id, id);
    assert_eq!(copy.name, format!("{} (kopi)", orig.name));
    assert_eq!(copy.description, orig.description);
    assert_eq!(copy.policy, orig.policy);
    assert_eq!(
        set.duplicate("sygedagpenge-2", Lang::En).unwrap(),
        "sygedagpenge-2-kopi-2"
    );
    assert_eq!(
        set.scenarios.last().unwrap().name,
        format!("{} (copy)", orig.name)
    );
    assert_eq!(
        set.duplicate("official", Lang::Da).as_deref(),
        Some("official-kopi-1")
    );
    assert_eq!(set.duplicate("nope", Lang::Da), None);
    assert_eq!(set.scenarios.len(), 7);
}

#[test]
fn a_shared_scenario_is_kept_as_a_copy() {
    let mut set = default_scenario_set();
    let shared = set.scenario("sygedagpenge-2").unwrap().clone();
    assert_eq!(set.keep_copy(&shared, Lang::Da), "sygedagpenge-2-delt");
    assert_eq!(set.keep_copy(&shared, Lang::En), "sygedagpenge-2-delt-2");
    assert_eq!(set.keep_copy(&shared, Lang::Da), "sygedagpenge-2-delt-3");
    let names: Vec<&str> = set.scenarios[4..].iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Sygedagpenge: bevar 2 årsværk 2024-2026 (delt)",
            "Sygedagpenge: bevar 2 årsværk 2024-2026 (shared)",
            "Sygedagpenge: bevar 2 årsværk 2024-2026 (delt)",
        ]
    );
    assert_eq!(set.scenarios[4].policy, shared.policy);
}

#[test]
fn renaming_deleting_and_the_baseline() {
    let mut set = default_scenario_set();
    assert!(set.rename("alle-fire", "  Workshop-forslag "));
    assert_eq!(set.scenario("alle-fire").unwrap().name, "Workshop-forslag");
    assert!(!set.rename("alle-fire", "   "));
    assert!(!set.rename("nope", "Navn"));
    assert_eq!(set.scenario("alle-fire").unwrap().name, "Workshop-forslag");
    // The baseline is never deleted.
    assert_eq!(set.remove_scenario("official"), None);
    let removed = set.remove_scenario("alle-fire").unwrap();
    assert_eq!(removed.name, "Workshop-forslag");
    assert!(set.scenario("alle-fire").is_none());
    assert_eq!(set.remove_scenario("alle-fire"), None);
    assert!(!set.set_baseline("alle-fire"));
    assert_eq!(set.baseline_id, "official");
    assert!(set.set_baseline("sygedagpenge-2"));
    assert_eq!(set.baseline().unwrap().id, "sygedagpenge-2");
    assert!(set.remove_scenario("official").is_some());
}

#[test]
fn own_levers_are_added_and_removed_everywhere() {
    let mut set: ScenarioSet = default_scenario_set();
    let first_group = set.assumptions.groups[0].id.clone();
    let a = &mut set.assumptions;
    assert_eq!(a.add_own_lever("   ", "2026-11-24"), None);
    let id = a.add_own_lever(" Jobcenter Vest ", "2026-11-24").unwrap();
    assert_eq!(id, "eget-1");
    assert_eq!(
        a.add_own_lever("Endnu et", "2026-11-24").as_deref(),
        Some("eget-2")
    );
    let l = a.lever("eget-1").unwrap();
    assert_eq!(l.name, "Jobcenter Vest");
    assert_eq!(l.place_number, None);
    assert_eq!(l.default_fte.value, 1.0);
    assert_eq!(
        l.default_fte.source,
        Source::assumption("eget greb tilføjet i appen 2026-11-24")
    );
    let e = l.effect.as_ref().unwrap();
    assert_eq!(e.group_id, first_group);
    assert_eq!((e.persons_per_fte.value, e.ramp_years), (0.0, 1));
    // Used in a scenario, then removed: gone from the scenario too.
    let a = set.assumptions.clone();
    let def = a.lever("eget-1").unwrap();
    let s = set.scenario_mut("official").unwrap();
    s.policy.lever_mut(def, a.horizon).enabled = true;
    set.remove_lever("eget-1");
    assert!(set.assumptions.lever("eget-1").is_none());
    assert!(set
        .scenarios
        .iter()
        .all(|s| s.policy.levers.iter().all(|c| c.lever_id != "eget-1")));
    // The next own lever takes the free number.
    assert_eq!(
        set.assumptions
            .add_own_lever("Igen", "2026-11-25")
            .as_deref(),
        Some("eget-1")
    );
}

#[test]
fn assumptions_are_set_with_their_source() {
    let mut set = default_scenario_set();
    let old = set.assumptions.cost_per_fte.source.clone();
    let source = Source::changed_in_app("2026-11-24", &old);
    set.assumptions.cost_per_fte.set(600.0, source.clone());
    assert_eq!(set.assumptions.cost_per_fte, Sourced::new(600.0, source));
    let e = set.assumptions.levers[1].effect.as_mut().unwrap();
    e.set_ramp_years(0);
    assert_eq!(e.ramp_years, 1);
    e.set_ramp_years(40);
    assert_eq!(e.ramp_years, 10);
    e.set_ramp_years(4);
    assert_eq!(e.ramp_years, 4);
}

#[test]
fn the_sources_of_values_changed_in_the_app() {
    assert_eq!(
        Source::changed_in_app("2026-11-24", &Source::assumption("et skøn")),
        Source::assumption("ændret i appen 2026-11-24 (før: Antagelse: et skøn)")
    );
    assert_eq!(
        Source::written_in_app("2026-11-24"),
        Source::assumption("skrevet i appen 2026-11-24")
    );
    // Stored data is in one language (Danish), whatever the UI's.
    assert_eq!(
        Source::entered_in_app("2026-11-24"),
        Source::assumption("indtastet i appen 2026-11-24")
    );
}

// ---- The plan -----------------------------------------------------------------------------

#[test]
fn the_plan_finds_its_entries_by_id() {
    let mut ws = default_workspace();
    for (theme, target, measure) in ws.measures() {
        assert_eq!(ws.plan.theme(&theme.id), Some(theme));
        assert_eq!(ws.plan.target(&target.id), Some(target));
        assert_eq!(ws.plan.measure(&measure.id), Some(measure));
    }
    let goal = ws.plan.goals[2].clone();
    assert_eq!(ws.plan.goal(&goal.id), Some(&goal));
    let initiative = ws.plan.themes[1].initiatives[0].clone();
    assert_eq!(ws.plan.initiative(&initiative.id), Some(&initiative));
    for missing in ["", "nope"] {
        assert!(ws.plan.theme(missing).is_none());
        assert!(ws.plan.target(missing).is_none());
        assert!(ws.plan.measure(missing).is_none());
        assert!(ws.plan.goal(missing).is_none());
        assert!(ws.plan.initiative(missing).is_none());
    }
    let (tid, xid, mid) = {
        let (t, x, m) = ws.measures().nth(3).unwrap();
        (t.id.clone(), x.id.clone(), m.id.clone())
    };
    ws.plan.theme_mut(&tid).unwrap().name = "Nyt navn".into();
    ws.plan.target_mut(&xid).unwrap().text = "Ny tekst".into();
    ws.plan.measure_mut(&mid).unwrap().value = 42.0;
    ws.plan.goal_mut(&goal.id).unwrap().cross_cutting = true;
    ws.plan.initiative_mut(&initiative.id).unwrap().text = "Ny indsats".into();
    assert_eq!(ws.plan.theme(&tid).unwrap().name, "Nyt navn");
    assert_eq!(ws.plan.target(&xid).unwrap().text, "Ny tekst");
    assert_eq!(ws.plan.measure(&mid).unwrap().value, 42.0);
    assert!(ws.plan.goal(&goal.id).unwrap().cross_cutting);
    assert_eq!(
        ws.plan.initiative(&initiative.id).unwrap().text,
        "Ny indsats"
    );
}

#[test]
fn new_entries_get_new_ids_and_go_last() {
    let mut ws = default_workspace();
    let source = Source::written_in_app("2026-11-24");
    let goals = ws.plan.goals.len();
    let id = ws.plan.add_goal(source.clone());
    assert_eq!(id, "goal-ny-1");
    let g = ws.plan.goals.last().unwrap();
    assert_eq!((g.id.as_str(), g.number), ("goal-ny-1", goals as u8 + 1));
    assert!(g.text.is_empty() && !g.cross_cutting);
    assert_eq!(ws.plan.add_theme(source.clone()), "tema-1");
    assert_eq!(ws.plan.themes.last().unwrap().id, "tema-1");
    let theme = ws.plan.themes[0].id.clone();
    assert_eq!(
        ws.plan.add_target(&theme, source.clone()).as_deref(),
        Some("t-ny-1")
    );
    assert_eq!(
        ws.plan.add_target(&theme, source.clone()).as_deref(),
        Some("t-ny-2")
    );
    assert_eq!(ws.plan.themes[0].targets.last().unwrap().id, "t-ny-2");
    assert_eq!(
        ws.plan.add_initiative(&theme, source.clone()).as_deref(),
        Some("i-ny-1")
    );
    let id = ws.plan.add_measure("t-ny-1", source.clone()).unwrap();
    assert_eq!(id, "m-ny-1");
    let m = ws.plan.measure("m-ny-1").unwrap();
    assert_eq!((m.shape, m.unit, m.value), (Shape::Cap, Unit::Persons, 0.0));
    assert_eq!(m.deadline.date, PartialDate::year(ws.plan.period.end));
    assert!(!m.deadline.stated && m.baseline.is_none());
    assert_eq!(m.source, source);
    // Nothing is added under an entry that does not exist.
    let before = ws.plan.clone();
    assert_eq!(ws.plan.add_target("nope", source.clone()), None);
    assert_eq!(ws.plan.add_initiative("nope", source.clone()), None);
    assert_eq!(ws.plan.add_measure("nope", source.clone()), None);
    assert_eq!(ws.plan, before);
    assert!(plan_edit::validate(&ws.plan)
        .iter()
        .all(|i| !i.message_en.contains("more than once")));
}

#[test]
fn mapping_a_theme_to_a_goal() {
    let mut ws = default_workspace();
    let t = &mut ws.plan.themes[0];
    let before = t.goal_ids.clone();
    t.set_goal("g-x", true);
    t.set_goal("g-x", true);
    assert_eq!(t.goal_ids.last().map(String::as_str), Some("g-x"));
    assert_eq!(t.goal_ids.len(), before.len() + 1);
    t.set_goal("g-x", false);
    assert_eq!(t.goal_ids, before);
    // Mapped again, a goal goes last.
    let first = before[0].clone();
    t.set_goal(&first, true);
    assert_eq!(t.goal_ids.last(), Some(&first));
}

#[test]
fn a_measures_baseline_is_set_cleared_and_dated() {
    let mut ws = default_workspace();
    let id = ws.plan.themes[0].targets[0].measures[0].id.clone();
    let m = ws.plan.measure_mut(&id).unwrap();
    m.baseline = None;
    m.set_baseline_year(2020);
    assert!(m.baseline.is_none());
    m.set_baseline_value(Some(430.0));
    let b = m.baseline.clone().unwrap();
    assert_eq!(b.value, 430.0);
    assert_eq!(b.date, PartialDate::year(m.deadline.date.year));
    assert!(b.note.is_empty());
    m.set_baseline_year(2021);
    m.baseline.as_mut().unwrap().note = "I dag".into();
    m.set_baseline_value(Some(400.0));
    let b = m.baseline.clone().unwrap();
    assert_eq!(
        (b.value, b.date, b.note.as_str()),
        (400.0, PartialDate::year(2021), "I dag")
    );
    m.set_baseline_value(None);
    assert!(m.baseline.is_none());
}

#[test]
fn entries_move_and_are_deleted() {
    let mut v = vec!['a', 'b', 'c'];
    plan_edit::apply_entry_action(&mut v, 1, EntryAction::MoveUp);
    assert_eq!(v, ['b', 'a', 'c']);
    plan_edit::apply_entry_action(&mut v, 1, EntryAction::MoveDown);
    assert_eq!(v, ['b', 'c', 'a']);
    plan_edit::apply_entry_action(&mut v, 2, EntryAction::MoveDown);
    plan_edit::apply_entry_action(&mut v, 0, EntryAction::MoveUp);
    assert_eq!(v, ['b', 'c', 'a']);
    plan_edit::apply_entry_action(&mut v, 5, EntryAction::Delete);
    plan_edit::apply_entry_action(&mut v, 0, EntryAction::Delete);
    assert_eq!(v, ['c', 'a']);
    assert_eq!(plan_edit::remove_item(&mut v, 1), Some('a'));
    assert_eq!(plan_edit::remove_item(&mut v, 1), None);
}

#[test]
fn a_new_budget_line_counts_on_from_the_lines_there_are() {
    let mut ws = default_workspace();
    let n = ws.budget_lines.len();
    let source = Source::written_in_app("2026-11-24");
    let id = add_budget_line(&mut ws, source.clone());
    assert_eq!(id, format!("line-ny-{}", n + 1));
    let l = ws.budget_lines.last().unwrap();
    assert_eq!(l.id, id);
    assert_eq!((l.kind, l.year, l.tkr), (BudgetKind::Service, 2023, 0));
    assert!(l.label.is_empty() && l.policy_area.is_none());
    // Taken numbers are skipped.
    ws.budget_lines[0].id = format!("line-ny-{}", n + 2);
    assert_eq!(
        add_budget_line(&mut ws, source),
        format!("line-ny-{}", n + 3)
    );
    // The entry buttons work on a workspace's shared lists too.
    plan_edit::apply_entry_action(&mut ws.budget_lines, 0, EntryAction::Delete);
    assert_eq!(ws.budget_lines.len(), n + 1);
    assert!(plan_edit::remove_item(&mut ws.budget_followups, 0).is_some());
}

#[test]
fn a_new_period_slugs_the_municipality_into_the_plan_id() {
    let mut ws = default_workspace();
    ws.plan.municipality = "Slagelse Kommune".into();
    let carry = plan_edit::Carry {
        goals: true,
        themes: true,
        targets: true,
        initiatives: true,
        purpose: true,
    };
    plan_edit::new_period(&mut ws, 2025, 2026, carry);
    assert_eq!(ws.plan.id, "slagelse-kommune-2025-26");
}

// ---- Status sheets, budget follow-up, forms -------------------------------------------

#[test]
fn the_status_sheet_sets_colour_and_text_apart() {
    let mut ws = default_workspace();
    let id = ws.status_sheets[0].items[0].id.clone();
    let item = ws.item_mut(&id).unwrap();
    let (status, colour) = (item.status.clone(), item.colour);
    item.set_colour("2026-11-24", Some(StatusColour::Completed));
    assert_eq!(item.status, status);
    assert_eq!(item.colour, Some(StatusColour::Completed));
    item.set_status_text("2026-11-24", "  Færdig  ");
    assert_eq!(item.status, "Færdig");
    assert_eq!(item.colour, Some(StatusColour::Completed));
    assert_eq!(item.history.len(), 1);
    assert_eq!(item.history[0].status_before, status);
    assert_eq!(item.history[0].colour_before, colour);
    item.set_colour("2026-11-24", StatusColour::from_code("none"));
    assert_eq!(item.colour, None);
}

#[test]
fn budget_follow_up_lines() {
    let source = Source::entered_in_app("2026-11-24");
    let mut line = FollowUpLine::new(BudgetKind::InsuredUnemployed, source.clone());
    assert_eq!(line.deviation, Deviation::Computed);
    assert_eq!(line.deviation(), None);
    assert!(line.label.is_empty() && line.budget_tkr.is_none() && line.expected_tkr.is_none());
    line.set_stated_deviation(Some(-6434));
    assert_eq!(line.deviation, Deviation::Stated { tkr: -6434 });
    line.set_stated_deviation(None);
    assert_eq!(line.deviation, Deviation::Computed);
    assert_eq!(BudgetKind::from_code("insured"), Some(line.kind));
}

#[test]
fn form_fields_that_may_be_empty() {
    assert_eq!(format::parse_optional_number("  ", Lang::Da), Some(None));
    assert_eq!(
        format::parse_optional_number("1.234,5", Lang::Da),
        Some(Some(1234.5))
    );
    assert_eq!(format::parse_optional_number("abc", Lang::Da), None);
    assert_eq!(format::parse_optional_tkr("", Lang::En), Some(None));
    assert_eq!(
        format::parse_optional_tkr("−1.324,6", Lang::Da),
        Some(Some(-1325))
    );
    assert_eq!(
        format::parse_optional_tkr("1,234", Lang::En),
        Some(Some(1234))
    );
    assert_eq!(format::parse_optional_tkr("x", Lang::En), None);
}

// ---- Sharing ------------------------------------------------------------------------------

#[test]
fn a_scenario_of_the_workspace_is_shared_with_its_assumptions() {
    let ws = default_workspace();
    let shared = SharedScenario::from_workspace(&ws, "alle-fire", "2026-11-24T10:00:00Z")
        .expect("the scenario exists");
    assert_eq!(shared.share_version, SHARE_VERSION);
    assert_eq!(shared.municipality, ws.plan.municipality);
    assert_eq!(shared.shared_at, "2026-11-24T10:00:00Z");
    assert_eq!(
        &shared.scenario,
        ws.scenarios.scenario("alle-fire").unwrap()
    );
    assert_eq!(shared.assumptions, ws.scenarios.assumptions);
    assert!(SharedScenario::from_workspace(&ws, "nope", "").is_none());
    assert_eq!(share::decode(&share::encode(&shared)), Ok(shared.clone()));
    // A shared file is told apart from a workspace file.
    assert!(share::is_shared_json(&share::to_json(&shared)));
    assert!(!share::is_shared_json(&plan_core::persist::encode(&ws)));
    assert!(!share::is_shared_json("not json"));
}

// ---- Import -------------------------------------------------------------------------------

#[test]
fn an_import_merges_the_values_and_links_the_measures_of_the_same_name() {
    // The default workspace holds seed 003's figures (seeded records); the file adds one.
    let mut ws = default_workspace();
    let seeded = ws.indicators.imports.clone();
    assert!(!seeded.is_empty() && seeded.iter().all(|r| r.seed.is_some()));
    let (measure_id, indicator) = {
        let m = &ws.plan.themes[0].targets[0].measures[0];
        (m.id.clone(), m.indicator.clone())
    };
    let observation = |area: &str, row: u64| Observation {
        area: area.into(),
        indicator: indicator.as_str().into(),
        period: ObsPeriod::parse("2023").unwrap(),
        value: 1.5,
        row,
    };
    let own = ws.indicators.comparison.own.clone();
    let parsed = Parsed {
        file_name: "tal.csv".into(),
        rows: 2,
        observations: vec![observation(&own, 2), observation("Langt Væk", 3)],
        problems: Vec::new(),
        notes: Vec::new(),
    };
    let report = import_parsed(
        &mut ws,
        &parsed,
        Format::Jobindsats,
        "2026-11-24T10:00:00Z",
        AreaFilter::Compared,
    );
    assert_eq!(
        (report.added, report.skipped_areas, report.linked),
        (1, 1, 1)
    );
    let (files, kept): (Vec<_>, Vec<_>) = ws
        .indicators
        .imports
        .iter()
        .cloned()
        .partition(|r| r.seed.is_none());
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].file_name, "tal.csv");
    assert_eq!(files[0].id, report.import_id);
    assert_eq!(kept, seeded, "the seeded records stay as they were");
    let link = ws.indicators.link_for(&measure_id).unwrap();
    assert_eq!(
        (link.indicator.as_str(), link.automatic),
        (indicator.as_str(), true)
    );
}
