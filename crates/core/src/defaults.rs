//! The embedded default data: Slagelse Kommune's Beskæftigelsesplan 2023-24 with the
//! budget-agreement status sheets, the budget lines and the phase-in places of the seeds.

use crate::model::Workspace;
use crate::persist;

/// The default workspace as saved JSON in schema version 1 (the plan, the status sheets,
/// the budget lines and the phase-in places). Loading it runs the same migrations as a
/// user's saved data, which add the default scenarios (version 2).
pub const DEFAULT_WORKSPACE_JSON: &str = include_str!("../data/slagelse-2023-24.json");

/// The default workspace a first visit gets.
pub fn default_workspace() -> Workspace {
    persist::decode(DEFAULT_WORKSPACE_JSON)
        .map(|(ws, _)| ws)
        .expect("the embedded default workspace is valid (checked by the core tests)")
}
