//! The stored workspace as parts: each [`Part`] under a key of its own, and a small record
//! (the meta record) with the schema version. Saving one part costs that part, not all of
//! them. Layout 1 was one text for everything (schema versions 1 to 5 were saved so); layout
//! 2 is the parts. The storage adapter moves the texts; this module decides what they mean.

use serde::{Deserialize, Serialize};

use super::{decode, LoadError, SCHEMA_VERSION};
use crate::model::Workspace;
use crate::workspace::Part;
use crate::Lang;

/// The layout this build writes: every part on its own.
pub const LAYOUT_VERSION: u32 = 2;

/// The record saved beside the parts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    pub schema_version: u32,
    pub layout: u32,
    /// Where the imported indicators are kept: "indexeddb", or "local" where IndexedDB
    /// could not be used.
    #[serde(default = "indexeddb")]
    pub indicators_in: String,
}

fn indexeddb() -> String {
    "indexeddb".into()
}

impl Meta {
    pub fn current(indicators_in: &str) -> Self {
        Meta {
            schema_version: SCHEMA_VERSION,
            layout: LAYOUT_VERSION,
            indicators_in: indicators_in.to_owned(),
        }
    }

    pub fn encode(&self) -> String {
        serde_json::to_string(self).expect("the meta record always serialises")
    }

    /// Reads the meta record; an unreadable or newer one is an error for the whole workspace.
    pub fn decode(raw: &str) -> Result<Meta, LoadError> {
        let meta: Meta = serde_json::from_str(raw).map_err(|e| LoadError::NotJson {
            line: e.line(),
            column: e.column(),
            detail: e.to_string(),
        })?;
        if meta.schema_version > SCHEMA_VERSION || meta.layout > LAYOUT_VERSION {
            return Err(LoadError::NewerVersion {
                found: meta.schema_version,
            });
        }
        if meta.schema_version == 0 {
            return Err(LoadError::BadVersion { found: "0".into() });
        }
        Ok(meta)
    }
}

/// Why one stored part could not be read; the other parts are still read.
#[derive(Debug, Clone, PartialEq)]
pub struct PartError {
    pub part: Part,
    pub error: LoadError,
}

impl PartError {
    pub fn text(&self, lang: Lang) -> String {
        let name = part_name(self.part, lang);
        match lang {
            Lang::Da => format!("Delen \"{name}\": {}", self.error.text(lang)),
            Lang::En => format!("The part \"{name}\": {}", self.error.text(lang)),
        }
    }
}

/// A part's name for people.
pub fn part_name(part: Part, lang: Lang) -> &'static str {
    match (part, lang) {
        (Part::Plan, Lang::Da) => "planen",
        (Part::Plan, Lang::En) => "the plan",
        (Part::StatusSheets, Lang::Da) => "styringsarket",
        (Part::StatusSheets, Lang::En) => "the status sheet",
        (Part::BudgetLines, Lang::Da) => "budgetlinjerne",
        (Part::BudgetLines, Lang::En) => "the budget lines",
        (Part::PhaseInPlaces, Lang::Da) => "indfasningsstederne",
        (Part::PhaseInPlaces, Lang::En) => "the phase-in places",
        (Part::Scenarios, Lang::Da) => "scenarierne",
        (Part::Scenarios, Lang::En) => "the scenarios",
        (Part::Indicators, Lang::Da) => "de importerede tal",
        (Part::Indicators, Lang::En) => "the imported figures",
        (Part::BudgetFollowUps, Lang::Da) => "budgetopfølgningerne",
        (Part::BudgetFollowUps, Lang::En) => "the budget follow-ups",
        (Part::ArchivedPlans, Lang::Da) => "arkivet af tidligere planer",
        (Part::ArchivedPlans, Lang::En) => "the archive of earlier plans",
        (Part::Agreements, Lang::Da) => "udviklingsaftalerne",
        (Part::Agreements, Lang::En) => "the development agreements",
        (Part::CommitteeCases, Lang::Da) => "udvalgssagerne",
        (Part::CommitteeCases, Lang::En) => "the committee cases",
    }
}

/// What the stored parts made.
#[derive(Debug, Clone, PartialEq)]
pub struct PartsOutcome {
    pub workspace: Workspace,
    /// Parts that could not be read: the default stands in for each, and the stored text
    /// must be kept (backed up) before anything is saved over it.
    pub broken: Vec<PartError>,
    /// Parts that were not stored at all (a part added by a newer layout, or lost): the
    /// default stands in.
    pub missing: Vec<Part>,
    /// The schema version the parts were migrated from, if they were older.
    pub migrated_from: Option<u32>,
}

/// Reads the stored parts of a layout-2 workspace. `stored` gives the text of a part, or
/// `None` when it is not stored (then `default`'s part is used). A part that cannot be read
/// is reported in `broken` and replaced by `default`'s; the others are read as they are.
pub fn decode_parts(
    meta: &Meta,
    mut stored: impl FnMut(Part) -> Option<String>,
    default: impl FnOnce() -> Workspace,
) -> PartsOutcome {
    let texts: Vec<(Part, Option<String>)> =
        Part::ALL.into_iter().map(|p| (p, stored(p))).collect();
    let missing: Vec<Part> = texts
        .iter()
        .filter(|(_, t)| t.is_none())
        .map(|(p, _)| *p)
        .collect();
    if missing.is_empty() || meta.schema_version < SCHEMA_VERSION {
        // Every part there (or an older schema, which the migrations complete): the parts
        // make one document, read in one pass like a saved file.
        let mut doc = format!("{{\"schema_version\":{}", meta.schema_version);
        for (part, text) in &texts {
            if let Some(text) = text {
                doc.push_str(&format!(",\"{}\":{}", part.key(), text));
            }
        }
        doc.push('}');
        match decode(&doc) {
            Ok((workspace, migrated_from)) => {
                return PartsOutcome {
                    workspace,
                    broken: Vec::new(),
                    missing: Vec::new(),
                    migrated_from,
                }
            }
            Err(error) if meta.schema_version < SCHEMA_VERSION => {
                return PartsOutcome {
                    workspace: default(),
                    broken: texts
                        .iter()
                        .filter(|(_, t)| t.is_some())
                        .map(|(part, _)| PartError {
                            part: *part,
                            error: error.clone(),
                        })
                        .collect(),
                    missing,
                    migrated_from: None,
                };
            }
            // Something does not read: find which part, one by one.
            Err(_) => {}
        }
    }
    let mut workspace = default();
    let mut broken = Vec::new();
    for (part, text) in texts {
        if let Some(text) = text {
            if let Err(error) = read_part(&mut workspace, part, &text) {
                broken.push(PartError { part, error });
            }
        }
    }
    workspace.schema_version = SCHEMA_VERSION;
    PartsOutcome {
        workspace,
        broken,
        missing,
        migrated_from: None,
    }
}

/// Reads one stored part into the workspace (left as it was on an error). The part must
/// pass the core's bounds ([`crate::guard::check_part`]).
pub fn read_part(ws: &mut Workspace, part: Part, text: &str) -> Result<(), LoadError> {
    let mut next = ws.clone();
    read_part_unchecked(&mut next, part, text)?;
    crate::guard::check_part(&next, part).map_err(|r| match r {
        crate::guard::Refusal::Bounds(findings) => LoadError::Refused { findings },
        crate::guard::Refusal::Json(e) => LoadError::invalid(&e),
    })?;
    *ws = next;
    Ok(())
}

fn read_part_unchecked(ws: &mut Workspace, part: Part, text: &str) -> Result<(), LoadError> {
    fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, LoadError> {
        crate::guard::json::decode(text)
            .map(|(v, _)| v)
            .map_err(|e| {
                if e.syntax {
                    LoadError::NotJson {
                        line: e.line,
                        column: e.column,
                        detail: e.reason(crate::Lang::Da),
                    }
                } else {
                    LoadError::invalid(&e)
                }
            })
    }
    match part {
        Part::Plan => ws.plan = parse(text)?,
        Part::StatusSheets => ws.status_sheets = parse(text)?,
        Part::BudgetLines => ws.budget_lines = parse(text)?,
        Part::PhaseInPlaces => ws.phase_in_places = parse(text)?,
        Part::Scenarios => ws.scenarios = parse(text)?,
        Part::Indicators => {
            ws.indicators = parse(text)?;
            // As every read: seed 003's part year, stored by earlier versions as 2019.
            if crate::indicators::seeded::has_2019_as_a_year(&ws.indicators) {
                crate::indicators::seeded::mend_part_year_2019(&mut ws.indicators);
            }
        }
        Part::BudgetFollowUps => ws.budget_followups = parse(text)?,
        Part::ArchivedPlans => ws.archived_plans = parse(text)?,
        Part::Agreements => ws.agreements = parse(text)?,
        Part::CommitteeCases => ws.committee_cases = parse(text)?,
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::defaults::default_workspace;
    use std::collections::HashMap;

    fn stored(ws: &Workspace) -> HashMap<Part, String> {
        Part::ALL
            .into_iter()
            .map(|p| (p, ws.part_json(p)))
            .collect()
    }

    #[test]
    fn parts_saved_one_by_one_read_back_as_the_workspace() {
        let mut ws = default_workspace();
        ws.plan.name = "Udkast".into();
        ws.scenarios.scenarios.truncate(2);
        let texts = stored(&ws);
        let meta = Meta::decode(&Meta::current("indexeddb").encode()).unwrap();
        let out = decode_parts(&meta, |p| texts.get(&p).cloned(), || unreachable!());
        assert_eq!(out.workspace, ws);
        assert!(out.broken.is_empty() && out.missing.is_empty());
        assert_eq!(out.migrated_from, None);
    }

    #[test]
    fn a_broken_part_is_reported_and_the_others_are_read() {
        let mut ws = default_workspace();
        ws.plan.name = "Udkast".into();
        let mut texts = stored(&ws);
        texts.insert(Part::Scenarios, "{\"assumptions\": ".into());
        texts.insert(Part::BudgetLines, "{\"x\": 1}".into());
        texts.remove(&Part::ArchivedPlans);
        let out = decode_parts(
            &Meta::current("local"),
            |p| texts.get(&p).cloned(),
            default_workspace,
        );
        assert_eq!(out.workspace.plan.name, "Udkast");
        assert_eq!(out.workspace.scenarios, default_workspace().scenarios);
        let parts: Vec<Part> = out.broken.iter().map(|e| e.part).collect();
        assert_eq!(parts, vec![Part::BudgetLines, Part::Scenarios]);
        assert!(matches!(out.broken[1].error, LoadError::NotJson { .. }));
        assert!(matches!(out.broken[0].error, LoadError::Invalid { .. }));
        assert_eq!(out.missing, vec![Part::ArchivedPlans]);
        let text = out.broken[1].text(Lang::Da);
        assert!(
            text.starts_with("Delen \"scenarierne\": De gemte data kan ikke læses"),
            "{text}"
        );
        assert!(out.broken[1]
            .text(Lang::En)
            .starts_with("The part \"the scenarios\""));
    }

    #[test]
    fn older_parts_go_through_the_migrations() {
        // Parts of a version 4 workspace: no archive yet.
        let ws = default_workspace();
        let mut texts = stored(&ws);
        texts.remove(&Part::ArchivedPlans);
        let meta = Meta {
            schema_version: 4,
            layout: 2,
            indicators_in: "indexeddb".into(),
        };
        let out = decode_parts(&meta, |p| texts.get(&p).cloned(), || unreachable!());
        assert_eq!(out.migrated_from, Some(4));
        assert_eq!(out.workspace, ws);
    }

    #[test]
    fn a_newer_or_unreadable_meta_record_is_an_error() {
        assert_eq!(
            Meta::decode("{\"schema_version\": 99, \"layout\": 2}").unwrap_err(),
            LoadError::NewerVersion { found: 99 }
        );
        assert!(matches!(
            Meta::decode("{\"schema_version\": 5, \"layout\": 3}").unwrap_err(),
            LoadError::NewerVersion { .. }
        ));
        assert!(matches!(
            Meta::decode("nonsense").unwrap_err(),
            LoadError::NotJson { .. }
        ));
        let old = Meta::decode("{\"schema_version\": 5, \"layout\": 2}").unwrap();
        assert_eq!(old.indicators_in, "indexeddb");
    }
}
