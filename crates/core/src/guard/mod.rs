//! One validation for every document the app or the CLI reads, before anything is
//! calculated or stored: a share link (`v1.` and `v2.`), a shared scenario file, a scenario
//! set, a saved workspace (file, stored text or stored parts) and the one-file app's
//! workspace.
//!
//! Two steps, the same for every kind:
//!
//! 1. [`json::decode`]: the JSON is read into the model with the path of every value, so a
//!    type error says which field in the user's language, and a field the model does not
//!    know is named in a warning (and never reaches the model, so it plays no part in any
//!    calculation).
//! 2. [`bounds`]: the content must keep the bounds that make every calculation finite and
//!    small (years 1990-2100, horizons of at most 60 years, amounts and counts of sane size,
//!    unique ids, references that resolve, no year twice, dates that exist).
//!
//! The semantic checks the editor shows beside each field (a cost per FTE of 0, a lever
//! whose last year comes before its first) stay in `scenarios::validate`; a document that
//! passes this guard can be given to them and to the engine without risk.

pub mod bounds;
pub mod json;

use serde::de::DeserializeOwned;

pub use bounds::{date_exists, show, Finding, Problem};
pub use json::JsonError;

use crate::model::Workspace;
use crate::scenarios::ScenarioSet;
use crate::share::SharedScenario;
use crate::Lang;

/// The kinds of document, for messages that name what was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocKind {
    /// A share link (`#/del?d=v1.…` or `v2.…`).
    Link,
    /// A shared scenario saved as a file.
    SharedFile,
    /// A scenario set alone (what `plan scenario --example` writes).
    Set,
    /// A saved workspace (a file, or what the browser stored).
    Workspace,
    /// The workspace inside the one-file app.
    SingleFile,
}

impl DocKind {
    /// The document's name at the start of a sentence.
    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            DocKind::Link => lang.pick("Linket", "The link"),
            DocKind::SharedFile => lang.pick("Den delte scenariefil", "The shared scenario file"),
            DocKind::Set => lang.pick("Scenariesættet", "The scenario set"),
            DocKind::Workspace => lang.pick("Arbejdsområdet", "The workspace"),
            DocKind::SingleFile => lang.pick("Arbejdsområdet i filen", "The workspace in the file"),
        }
    }
}

/// Why a document is refused: JSON that does not fit the model, or content out of bounds.
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    Json(JsonError),
    Bounds(Vec<Finding>),
}

impl Refusal {
    /// One line per problem: `Linket › assumptions.horizon.start: året skal …`.
    pub fn lines(&self, doc: DocKind, lang: Lang) -> Vec<String> {
        let name = doc.name(lang);
        match self {
            Refusal::Json(e) => vec![format!("{name} › {}", e.text(lang))],
            Refusal::Bounds(found) => found
                .iter()
                .map(|f| format!("{name} › {}", f.text(lang)))
                .collect(),
        }
    }
}

/// Warnings about a document that was read: the fields it has that the model does not know.
pub fn warning_lines(warnings: &[Finding], doc: DocKind, lang: Lang) -> Vec<String> {
    let name = doc.name(lang);
    warnings
        .iter()
        .map(|f| format!("{name} › {}", f.text(lang)))
        .collect()
}

fn unknown(paths: Vec<String>) -> Vec<Finding> {
    paths
        .into_iter()
        .map(|path| Finding {
            path,
            problem: Problem::UnknownField,
        })
        .collect()
}

/// Reads JSON into `T`: the value and a warning per unknown field.
pub fn decode<T: DeserializeOwned>(text: &str) -> Result<(T, Vec<Finding>), Refusal> {
    json::decode(text)
        .map(|(v, paths)| (v, unknown(paths)))
        .map_err(Refusal::Json)
}

fn refused(found: Vec<Finding>) -> Result<(), Refusal> {
    if found.is_empty() {
        Ok(())
    } else {
        Err(Refusal::Bounds(found))
    }
}

/// The bounds of a scenario set alone.
pub fn check_set(set: &ScenarioSet) -> Result<(), Refusal> {
    let mut c = bounds::Checker::new();
    c.set("", set);
    refused(c.found)
}

/// The bounds of a shared scenario (`assumptions`, `scenario`).
pub fn check_shared(shared: &SharedScenario) -> Result<(), Refusal> {
    let mut c = bounds::Checker::new();
    let refs = c.assumptions("assumptions", &shared.assumptions);
    c.scenario("scenario", &shared.scenario, &refs);
    refused(c.found)
}

/// The bounds of a workspace: its scenario set (`scenarios.…`) and every date in the plan,
/// the status sheets, the budget follow-ups, the plan archive, the development agreements
/// and the committee cases.
pub fn check_workspace(ws: &Workspace) -> Result<(), Refusal> {
    let mut c = bounds::Checker::new();
    c.set("scenarios", &ws.scenarios);
    date_parts(&mut c, ws);
    refused(c.found)
}

/// The bounds of one part of a workspace (a part read on its own from storage).
pub fn check_part(ws: &Workspace, part: crate::Part) -> Result<(), Refusal> {
    use crate::Part;
    let mut c = bounds::Checker::new();
    let key = part.key();
    let value = match part {
        Part::Scenarios => {
            c.set(key, &ws.scenarios);
            None
        }
        Part::Plan => serde_json::to_value(&ws.plan).ok(),
        Part::StatusSheets => serde_json::to_value(&ws.status_sheets).ok(),
        Part::BudgetFollowUps => serde_json::to_value(&ws.budget_followups).ok(),
        Part::ArchivedPlans => serde_json::to_value(&ws.archived_plans).ok(),
        Part::Agreements => serde_json::to_value(&ws.agreements).ok(),
        Part::CommitteeCases => serde_json::to_value(&ws.committee_cases).ok(),
        Part::BudgetLines | Part::PhaseInPlaces | Part::Indicators => None,
    };
    if let Some(v) = value {
        c.dates(key, &v);
    }
    refused(c.found)
}

/// Every date in the workspace's parts other than the scenarios and the imported figures.
fn date_parts(c: &mut bounds::Checker, ws: &Workspace) {
    let parts: [(&str, Option<serde_json::Value>); 6] = [
        ("plan", serde_json::to_value(&ws.plan).ok()),
        (
            "status_sheets",
            serde_json::to_value(&ws.status_sheets).ok(),
        ),
        (
            "budget_followups",
            serde_json::to_value(&ws.budget_followups).ok(),
        ),
        (
            "archived_plans",
            serde_json::to_value(&ws.archived_plans).ok(),
        ),
        ("agreements", serde_json::to_value(&ws.agreements).ok()),
        (
            "committee_cases",
            serde_json::to_value(&ws.committee_cases).ok(),
        ),
    ];
    for (key, value) in parts {
        if let Some(v) = value {
            c.dates(key, &v);
        }
    }
}

/// Reads a scenario set alone and checks it: the set and the warnings, or why not.
pub fn read_set(text: &str) -> Result<(ScenarioSet, Vec<Finding>), Refusal> {
    let (set, warnings) = decode::<ScenarioSet>(text)?;
    check_set(&set)?;
    Ok((set, warnings))
}

#[cfg(test)]
mod tests;
