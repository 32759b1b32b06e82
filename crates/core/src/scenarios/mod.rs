//! Budget scenarios: the phase-in of the cuts that co-finance the early-retirement pension
//! (and later layers), what a slower phase-in costs each year, what it buys in staff, and
//! what that does to caseloads, benefit spending and the plan's targets.

mod assumption_edit;
mod baseline;
mod break_even;
mod calc;
mod copies;
mod defaults;
mod edit;
mod model;
pub mod narrative;
mod phase_in;
mod policy_edit;
mod refusion;
mod report;
mod selection;
mod targets;
mod uncertainty;
mod validate;

pub use assumption_edit::AssumptionField;
pub use baseline::*;
pub use break_even::*;
pub use calc::*;
pub use defaults::*;
pub use edit::*;
pub use model::*;
pub use refusion::*;
pub use report::*;
pub use selection::*;
pub use targets::*;
pub use uncertainty::*;
pub use validate::*;

/// Evaluates every scenario of a set against the plan's targets.
pub fn evaluate_all(set: &ScenarioSet, ws: &crate::Workspace) -> Vec<ScenarioResult> {
    let targets = target_specs(ws, &set.target_links);
    set.scenarios
        .iter()
        .map(|s| evaluate(&set.assumptions, s, &targets))
        .collect()
}
