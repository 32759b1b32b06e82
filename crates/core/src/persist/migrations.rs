//! The migration steps of saved workspaces, one per schema version, and the step that works
//! on the model once the document is read.

use serde_json::Value;

use super::SCHEMA_VERSION;
use crate::model::Workspace;

/// Migration steps: `MIGRATIONS[i]` turns a version `i + 1` document into version `i + 2`.
/// Add a step here (and bump [`SCHEMA_VERSION`]) whenever the saved format changes.
pub(super) type Migration = fn(Value) -> Result<Value, String>;
pub(super) const MIGRATIONS: [Migration; (SCHEMA_VERSION - 1) as usize] =
    [v1_to_v2, v2_to_v3, v3_to_v4, v4_to_v5, v5_to_v6];

/// The document's top level, which every step adds to.
fn object(value: &mut Value) -> Result<&mut serde_json::Map<String, Value>, String> {
    value
        .as_object_mut()
        .ok_or_else(|| "dokumentet er ikke et JSON-objekt".to_owned())
}

/// Version 2 added budget scenarios: a version 1 workspace gets the default scenario set.
fn v1_to_v2(mut value: Value) -> Result<Value, String> {
    let obj = object(&mut value)?;
    if !obj.contains_key("scenarios") {
        let set = crate::scenarios::default_scenario_set();
        obj.insert("scenarios".into(), crate::json_value::value_of(&set)?);
    }
    Ok(value)
}

/// Version 3 added imported indicators: a version 2 workspace gets an empty store that
/// compares the plan's municipality with the whole country and the comparable municipalities
/// of seed 003.
fn v2_to_v3(mut value: Value) -> Result<Value, String> {
    let municipality = value
        .pointer("/plan/municipality")
        .and_then(Value::as_str)
        .ok_or_else(|| "planen mangler feltet \"municipality\"".to_owned())?
        .to_owned();
    let obj = object(&mut value)?;
    if !obj.contains_key("indicators") {
        let data =
            crate::indicators::IndicatorData::new(crate::defaults::comparison(&municipality));
        obj.insert("indicators".into(), crate::json_value::value_of(&data)?);
    }
    Ok(value)
}

/// Version 4 added budget follow-ups (with seed 003's 2019 follow-up as the example) and
/// the status sheet's dated history, which older data has none of.
fn v3_to_v4(mut value: Value) -> Result<Value, String> {
    let obj = object(&mut value)?;
    if !obj.contains_key("budget_followups") {
        let example = crate::followup::example_2019();
        obj.insert(
            "budget_followups".into(),
            crate::json_value::value_of(&[example])?,
        );
    }
    Ok(value)
}

/// Version 5 added the archive of earlier plan periods, empty in older data.
fn v4_to_v5(mut value: Value) -> Result<Value, String> {
    let obj = object(&mut value)?;
    obj.entry("archived_plans")
        .or_insert_with(|| Value::Array(Vec::new()));
    Ok(value)
}

/// The municipality whose seed documents the app ships.
const SEEDED_MUNICIPALITY: &str = "Slagelse Kommune";

/// Whether a document (as JSON) is the seeded municipality's workspace.
fn is_seeded_municipality(value: &Value) -> bool {
    value.pointer("/plan/municipality").and_then(Value::as_str) == Some(SEEDED_MUNICIPALITY)
}

/// Version 6 added the development agreements and the committee cases: Slagelse Kommune's
/// workspace gets seed 002's agreement of 2016 and seed 004's case of 2024 (as the embedded
/// default workspace holds them), any other municipality's empty lists. (Seed 003's figures
/// join its imported indicators after the document is read: see [`after_migration`].)
fn v5_to_v6(mut value: Value) -> Result<Value, String> {
    let seeded = is_seeded_municipality(&value);
    let obj = object(&mut value)?;
    let agreements = !obj.contains_key("agreements");
    let cases = !obj.contains_key("committee_cases");
    let (default_agreements, default_cases) = if seeded && (agreements || cases) {
        default_documents()?
    } else {
        (Value::Array(Vec::new()), Value::Array(Vec::new()))
    };
    if agreements {
        obj.insert("agreements".into(), default_agreements);
    }
    if cases {
        obj.insert("committee_cases".into(), default_cases);
    }
    Ok(value)
}

/// The agreements and the committee cases of the embedded default workspace, as JSON (the
/// text as it is, not the model serialised again: no second copy of the model's serialiser
/// in the WebAssembly, and no second copy of the seed documents).
fn default_documents() -> Result<(Value, Value), String> {
    #[derive(serde::Deserialize)]
    struct Documents {
        agreements: Value,
        committee_cases: Value,
    }
    let d: Documents = serde_json::from_str(crate::defaults::DEFAULT_WORKSPACE_JSON)
        .map_err(|e| format!("the embedded default workspace: {e}"))?;
    Ok((d.agreements, d.committee_cases))
}

/// Steps of a migration that work on the model rather than on the JSON: from version 6 on,
/// Slagelse Kommune's imported indicators hold seed 003's figures (values a user imported
/// for the same indicator, area and period are kept).
pub(super) fn after_migration(ws: &mut Workspace, from: u32) {
    if from < 6 && ws.plan.municipality == SEEDED_MUNICIPALITY {
        crate::indicators::seed_003_indicators(&mut ws.indicators);
    }
}

/// What every workspace read goes through, of this version or an older one (the schema's
/// shape did not change, so there is no version for it): seed 003's integration tables'
/// column "2019 Pr. 1. nov.", stored by earlier versions under the year 2019, moves to the
/// part year (see [`crate::indicators::seeded::mend_part_year_2019`]; a value the user
/// imported for 2019 stays). A workspace without such values is left as it is.
pub(super) fn after_load(ws: &mut Workspace) {
    if crate::indicators::seeded::has_2019_as_a_year(&ws.indicators) {
        crate::indicators::seeded::mend_part_year_2019(&mut ws.indicators);
    }
}
