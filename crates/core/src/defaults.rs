//! The embedded default data: Slagelse Kommune's Beskæftigelsesplan 2023-24 with the
//! budget-agreement status sheets, the budget lines and the phase-in places of the seeds.

use crate::model::Workspace;
use crate::persist;

/// The default workspace as saved JSON in schema version 1 (the plan, the status sheets,
/// the budget lines and the phase-in places). Loading it runs the same migrations as a
/// user's saved data, which add the default scenarios (version 2) and an empty indicator store (version 3).
pub const DEFAULT_WORKSPACE_JSON: &str = include_str!("../data/slagelse-2023-24.json");

/// The default workspace a first visit gets.
pub fn default_workspace() -> Workspace {
    persist::decode(DEFAULT_WORKSPACE_JSON)
        .map(|(ws, _)| ws)
        .expect("the embedded default workspace is valid (checked by the core tests)")
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
