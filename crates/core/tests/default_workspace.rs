//! The embedded default workspace (schema version 6, read by a first visit without
//! migrations) is its sources migrated: the version 1 transcription of the plan, the sheets
//! and the budget, with seed 002's agreement and seed 004's case. `PLAN_BLESS=1` writes the
//! file again from the sources.

use plan_core::defaults::{
    default_workspace, default_workspace_from_sources, DEFAULT_WORKSPACE_JSON,
};
use plan_core::persist::{self, SCHEMA_VERSION};

const FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/default-workspace.json");

#[test]
fn the_embedded_default_workspace_is_its_sources_migrated() {
    let from_sources = default_workspace_from_sources().expect("the sources load");
    let expected = persist::encode(&from_sources) + "\n";
    if std::env::var_os("PLAN_BLESS").is_some() && DEFAULT_WORKSPACE_JSON != expected {
        std::fs::write(FILE, &expected).unwrap();
        panic!("{FILE} written again from its sources: build and run the tests once more");
    }
    assert!(
        DEFAULT_WORKSPACE_JSON == expected,
        "{FILE} is out of step with its sources (data/slagelse-2023-24.json, \
         data/udviklingsaftale-2016.json, data/udvalgssag-2024.json or a migration changed): \
         run `PLAN_BLESS=1 cargo test -p plan-core --test default_workspace`"
    );
    assert_eq!(default_workspace(), from_sources);
}

#[test]
fn a_first_visit_reads_the_default_workspace_without_migrations() {
    let (ws, migrated_from) = persist::decode(DEFAULT_WORKSPACE_JSON).unwrap();
    assert_eq!(migrated_from, None);
    assert_eq!(ws.schema_version, SCHEMA_VERSION);
    // Everything a first visit shows is in it.
    assert_eq!(ws.plan.municipality, "Slagelse Kommune");
    assert_eq!(ws.scenarios.scenarios.len(), 4);
    assert_eq!(ws.agreements.len(), 1);
    assert_eq!(ws.committee_cases.len(), 1);
    assert_eq!(ws.budget_followups.len(), 1);
    assert!(ws.indicators.imports.iter().any(|r| r.seed.is_some()));
}
