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

/// Version 2 added budget scenarios: a version 1 workspace gets the default scenario set.
fn v1_to_v2(mut value: Value) -> Result<Value, String> {
    let obj = value
        .as_object_mut()
        .ok_or_else(|| "dokumentet er ikke et JSON-objekt".to_owned())?;
    if !obj.contains_key("scenarios") {
        let set = crate::scenarios::default_scenario_set();
        obj.insert(
            "scenarios".into(),
            serde_json::to_value(set).map_err(|e| e.to_string())?,
        );
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
    let obj = value
        .as_object_mut()
        .ok_or_else(|| "dokumentet er ikke et JSON-objekt".to_owned())?;
    if !obj.contains_key("indicators") {
        let data =
            crate::indicators::IndicatorData::new(crate::defaults::comparison(&municipality));
        obj.insert(
            "indicators".into(),
            serde_json::to_value(data).map_err(|e| e.to_string())?,
        );
    }
    Ok(value)
}

/// Version 4 added budget follow-ups (with seed 003's 2019 follow-up as the example) and
/// the status sheet's dated history, which older data has none of.
fn v3_to_v4(mut value: Value) -> Result<Value, String> {
    let obj = value
        .as_object_mut()
        .ok_or_else(|| "dokumentet er ikke et JSON-objekt".to_owned())?;
    if !obj.contains_key("budget_followups") {
        let example = crate::followup::example_2019();
        obj.insert(
            "budget_followups".into(),
            serde_json::to_value(vec![example]).map_err(|e| e.to_string())?,
        );
    }
    Ok(value)
}

/// Version 5 added the archive of earlier plan periods, empty in older data.
fn v4_to_v5(mut value: Value) -> Result<Value, String> {
    let obj = value
        .as_object_mut()
        .ok_or_else(|| "dokumentet er ikke et JSON-objekt".to_owned())?;
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
/// workspace gets seed 002's agreement of 2016 and seed 004's case of 2024, any other
/// municipality's empty lists. (Seed 003's figures join its imported indicators after the
/// document is read: see [`after_migration`].)
fn v5_to_v6(mut value: Value) -> Result<Value, String> {
    let seeded = is_seeded_municipality(&value);
    let obj = value
        .as_object_mut()
        .ok_or_else(|| "dokumentet er ikke et JSON-objekt".to_owned())?;
    if !obj.contains_key("agreements") {
        let list = if seeded {
            // The embedded text as it is (not the model serialised again: no second copy of
            // the model's serialiser in the WebAssembly).
            seeded_list(crate::agreement::DEFAULT_AGREEMENT_JSON)?
        } else {
            Value::Array(Vec::new())
        };
        obj.insert("agreements".into(), list);
    }
    if !obj.contains_key("committee_cases") {
        let list = if seeded {
            seeded_list(crate::committee::DEFAULT_CASE_JSON)?
        } else {
            Value::Array(Vec::new())
        };
        obj.insert("committee_cases".into(), list);
    }
    Ok(value)
}

/// A list holding one embedded seed document (JSON text).
fn seeded_list(json: &str) -> Result<Value, String> {
    let one: Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
    Ok(Value::Array(vec![one]))
}

/// Steps of a migration that work on the model rather than on the JSON: from version 6 on,
/// Slagelse Kommune's imported indicators hold seed 003's figures (values a user imported
/// for the same indicator, area and period are kept).
pub(super) fn after_migration(ws: &mut Workspace, from: u32) {
    if from < 6 && ws.plan.municipality == SEEDED_MUNICIPALITY {
        crate::indicators::seed_003_indicators(&mut ws.indicators);
    }
}
