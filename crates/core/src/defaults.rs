//! The embedded default data: Slagelse Kommune's Beskæftigelsesplan 2023-24 with the
//! budget-agreement status sheets, the budget lines and the phase-in places of the seeds.

use crate::model::Workspace;
use crate::persist;

/// The default workspace as transcribed from the seeds, saved JSON in schema version 1 (the
/// plan, the status sheets, the budget lines and the phase-in places). It is the source of
/// [`DEFAULT_WORKSPACE_JSON`], which the app embeds instead.
pub const SOURCE_WORKSPACE_V1_JSON: &str = include_str!("../data/slagelse-2023-24.json");

/// The default workspace a first visit gets, in the current schema version: the version 1
/// source above after every migration (the default scenarios, the indicator store with seed
/// 003's figures, the 2019 follow-up, seed 002's agreement and seed 004's case). A first
/// visit then reads it straight into the model, without migrations. It is generated from its
/// sources, and `tests/default_workspace.rs` fails when it is out of step with them
/// (`PLAN_BLESS=1 cargo test -p plan-core --test default_workspace` writes it again).
pub const DEFAULT_WORKSPACE_JSON: &str = include_str!("../data/default-workspace.json");

/// The default workspace a first visit gets.
pub fn default_workspace() -> Workspace {
    persist::decode(DEFAULT_WORKSPACE_JSON)
        .map(|(ws, _)| ws)
        .expect("the embedded default workspace is valid (checked by the core tests)")
}

/// The default workspace as its sources give it: the version 1 transcription migrated like a
/// user's saved data, with the agreement and the case from their own transcriptions (put in
/// before the migrations, which then leave them as they are). [`default_workspace`] must
/// equal it.
pub fn default_workspace_from_sources() -> Result<Workspace, crate::LoadError> {
    let invalid = |e: serde_json::Error| crate::LoadError::Invalid {
        line: e.line(),
        column: e.column(),
        detail: e.to_string(),
    };
    let mut doc: serde_json::Value =
        serde_json::from_str(SOURCE_WORKSPACE_V1_JSON).map_err(invalid)?;
    let one = |json: &str| -> Result<serde_json::Value, crate::LoadError> {
        Ok(serde_json::Value::Array(vec![
            serde_json::from_str(json).map_err(invalid)?
        ]))
    };
    doc["agreements"] = one(crate::agreement::DEFAULT_AGREEMENT_JSON)?;
    doc["committee_cases"] = one(crate::committee::DEFAULT_CASE_JSON)?;
    persist::decode(&doc.to_string()).map(|(ws, _)| ws)
}

/// The comparable municipalities (klyngekommuner) seed 003 names, in its order.
pub const CLUSTER: [&str; 15] = [
    "Esbjerg",
    "Fredericia",
    "Guldborgsund",
    "Ishøj",
    "Kalundborg",
    "Norddjurs",
    "Nyborg",
    "Odsherred",
    "Randers",
    "Samsø",
    "Skive",
    "Thisted",
    "Tønder",
    "Vesthimmerland",
    "Vordingborg",
];

/// What the municipality is compared with: the whole country and the comparable
/// municipalities of seed 003.
pub fn comparison(municipality: &str) -> crate::indicators::Comparison {
    crate::indicators::Comparison {
        own: crate::indicators::import::canonical_area(municipality),
        cluster: CLUSTER.iter().map(|s| s.to_string()).collect(),
        source: crate::Source::seed(
            "003_ff1ed37bf497d5ac.txt",
            "3. Månedlig orientering om nøgletal på beskæftigelsesområdet, Vurdering",
        ),
    }
}
