//! Reading and writing the saved workspace. The storage itself is an adapter in the web
//! crate; this module decides what a stored text means: current, older (migrated) or broken.

pub mod parts;

use serde_json::Value;

use crate::guard::{self, Finding, JsonError, Refusal};
use crate::model::Workspace;

/// The schema version this build writes.
pub const SCHEMA_VERSION: u32 = 6;

mod migrations;

use migrations::{after_load, after_migration, MIGRATIONS};

/// Why a saved workspace could not be read.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The text is not JSON at all (cut off, or not ours).
    NotJson {
        line: usize,
        column: usize,
        detail: String,
    },
    /// JSON, but without a schema version.
    NoVersion,
    /// Saved by a newer version of the app than this one.
    NewerVersion { found: u32 },
    /// A migration step failed.
    MigrationFailed { from: u32, detail: String },
    /// The right version, but the content does not fit the model.
    Invalid {
        line: usize,
        column: usize,
        detail: String,
    },
    /// A schema version no version of the app has written (0, or not a whole number).
    BadVersion { found: String },
    /// The content fits the model, but has values out of the bounds every calculation needs
    /// ([`crate::guard`]), each named by its path.
    Refused { findings: Vec<Finding> },
}

impl LoadError {
    /// A JSON error with its field's path, as [`LoadError::Invalid`] (the detail in Danish,
    /// the app's first language; [`LoadError::text`] gives line and column in either).
    pub fn invalid(e: &JsonError) -> Self {
        LoadError::Invalid {
            line: e.line,
            column: e.column,
            detail: e.reason(crate::Lang::Da),
        }
    }

    fn from_refusal(r: Refusal) -> Self {
        match r {
            Refusal::Json(e) if e.syntax => LoadError::NotJson {
                line: e.line,
                column: e.column,
                detail: e.reason(crate::Lang::Da),
            },
            Refusal::Json(e) => LoadError::invalid(&e),
            Refusal::Bounds(findings) => LoadError::Refused { findings },
        }
    }
}

impl LoadError {
    /// What is wrong and where, in the UI language.
    pub fn text(&self, lang: crate::Lang) -> String {
        match self {
            LoadError::NotJson {
                line,
                column,
                detail,
            } => lang.pick(
                format!("De gemte data kan ikke læses: teksten er ikke gyldig JSON (linje {line}, kolonne {column}: {detail})."),
                format!("The saved data cannot be read: it is not valid JSON (line {line}, column {column}: {detail})."),
            ),
            LoadError::NoVersion => lang
                .pick(
                    "De gemte data mangler et skemaversionsnummer (feltet \"schema_version\").",
                    "The saved data has no schema version (field \"schema_version\").",
                )
                .to_owned(),
            LoadError::NewerVersion { found } => lang.pick(
                format!("De gemte data er fra en nyere udgave af appen (skemaversion {found}; denne udgave læser op til {SCHEMA_VERSION})."),
                format!("The saved data comes from a newer version of the app (schema version {found}; this version reads up to {SCHEMA_VERSION})."),
            ),
            LoadError::MigrationFailed { from, detail } => lang.pick(
                format!("De gemte data (skemaversion {from}) kunne ikke opdateres til version {SCHEMA_VERSION}: {detail}."),
                format!("The saved data (schema version {from}) could not be upgraded to version {SCHEMA_VERSION}: {detail}."),
            ),
            LoadError::Invalid {
                line,
                column,
                detail,
            } => lang.pick(
                format!("De gemte data passer ikke til planens opbygning (linje {line}, kolonne {column}: {detail})."),
                format!("The saved data does not fit the plan's structure (line {line}, column {column}: {detail})."),
            ),
            LoadError::BadVersion { found } => lang.pick(
                format!("De gemte data har skemaversion {found}, som ingen udgave af appen har skrevet (feltet \"schema_version\" skal være et helt tal fra 1 til {SCHEMA_VERSION})."),
                format!("The saved data has schema version {found}, which no version of the app has written (the field \"schema_version\" must be a whole number from 1 to {SCHEMA_VERSION})."),
            ),
            LoadError::Refused { findings } => {
                let list: Vec<String> = findings.iter().map(|f| f.text(lang)).collect();
                lang.pick(
                    format!("De gemte data har værdier, appen ikke kan regne med: {}", list.join(" ")),
                    format!("The saved data has values the app cannot calculate with: {}", list.join(" ")),
                )
            }
        }
    }
}

/// What loading found in storage.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadOutcome {
    /// Nothing saved: a first visit. Start from the default.
    Fresh(Workspace),
    /// Saved by this version.
    Loaded(Workspace),
    /// Saved by an older version and migrated; save it again in the new format.
    Migrated { workspace: Workspace, from: u32 },
    /// Saved, but unreadable. The raw text must be kept (under a backup key) and the error
    /// shown; the app continues from the default without overwriting what was there.
    Broken {
        error: LoadError,
        fallback: Workspace,
    },
}

/// Decides what the stored text means. `default` is only called when it is needed.
pub fn load(raw: Option<&str>, default: impl FnOnce() -> Workspace) -> LoadOutcome {
    let Some(raw) = raw else {
        return LoadOutcome::Fresh(default());
    };
    match decode(raw) {
        Ok((workspace, None)) => LoadOutcome::Loaded(workspace),
        Ok((workspace, Some(from))) => LoadOutcome::Migrated { workspace, from },
        Err(error) => LoadOutcome::Broken {
            error,
            fallback: default(),
        },
    }
}

/// Reads a saved workspace, migrating it when it is older. Returns the version it was
/// migrated from, if any. The workspace must pass the core's bounds ([`guard`]).
pub fn decode(raw: &str) -> Result<(Workspace, Option<u32>), LoadError> {
    decode_checked(raw).map(|(ws, from, _)| (ws, from))
}

/// [`decode`], with a warning for each field the model does not know (named by its path;
/// such a field is not read, so it plays no part in any calculation).
pub fn decode_checked(raw: &str) -> Result<(Workspace, Option<u32>, Vec<Finding>), LoadError> {
    // Only the version first (the rest is skipped, not built): data saved by this version
    // is then read straight into the model, without a second, generic pass.
    #[derive(serde::Deserialize)]
    struct VersionOnly {
        schema_version: Option<Value>,
    }
    let head: VersionOnly = if raw.trim_start().starts_with('{') {
        serde_json::from_str(raw)
    } else {
        serde_json::from_str::<Value>(raw).map(|v| VersionOnly {
            schema_version: v.get("schema_version").cloned(),
        })
    }
    .map_err(|e| {
        LoadError::from_refusal(Refusal::Json(guard::json::from_serde(String::new(), e)))
    })?;
    let found = match head.schema_version {
        None | Some(Value::Null) => return Err(LoadError::NoVersion),
        Some(v) => v,
    };
    let version = match found.as_u64() {
        Some(0) | None => {
            return Err(LoadError::BadVersion {
                found: found.to_string(),
            })
        }
        Some(v) => v,
    };
    let version =
        u32::try_from(version).map_err(|_| LoadError::NewerVersion { found: u32::MAX })?;
    if version > SCHEMA_VERSION {
        return Err(LoadError::NewerVersion { found: version });
    }
    if version == SCHEMA_VERSION {
        let (mut workspace, warnings) =
            guard::decode::<Workspace>(raw).map_err(LoadError::from_refusal)?;
        after_load(&mut workspace);
        guard::check_workspace(&workspace).map_err(LoadError::from_refusal)?;
        return Ok((workspace, None, warnings));
    }
    let mut value: Value = serde_json::from_str(raw).map_err(|e| {
        LoadError::from_refusal(Refusal::Json(guard::json::from_serde(String::new(), e)))
    })?;
    let migrated_from = (version < SCHEMA_VERSION).then_some(version);
    for (step, migrate) in MIGRATIONS.iter().enumerate().skip(version as usize - 1) {
        value = migrate(value).map_err(|detail| LoadError::MigrationFailed {
            from: step as u32 + 1,
            detail,
        })?;
        value["schema_version"] = Value::from(step as u32 + 2);
    }
    // Re-serialise the (possibly migrated) value so errors carry a line and column.
    let text = if migrated_from.is_some() {
        serde_json::to_string_pretty(&value).unwrap_or_default()
    } else {
        raw.to_owned()
    };
    let (mut workspace, warnings) =
        guard::decode::<Workspace>(&text).map_err(LoadError::from_refusal)?;
    if let Some(from) = migrated_from {
        after_migration(&mut workspace, from);
    }
    after_load(&mut workspace);
    guard::check_workspace(&workspace).map_err(LoadError::from_refusal)?;
    Ok((workspace, migrated_from, warnings))
}

/// The text to store for a workspace, always in the current schema version.
pub fn encode(workspace: &Workspace) -> String {
    let mut ws = workspace.clone();
    ws.schema_version = SCHEMA_VERSION;
    serde_json::to_string(&ws).expect("a workspace always serialises")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::defaults::default_workspace;

    #[test]
    fn a_version_1_workspace_migrates_with_the_default_scenarios_and_only_seeded_indicators() {
        let mut v1: Value = serde_json::to_value(default_workspace()).unwrap();
        let obj = v1.as_object_mut().unwrap();
        obj.remove("scenarios");
        obj.remove("indicators");
        obj.insert("schema_version".into(), Value::from(1));
        let (ws, from) = decode(&v1.to_string()).unwrap();
        assert_eq!(from, Some(1));
        assert_eq!(ws.schema_version, SCHEMA_VERSION);
        assert_eq!(ws.scenarios, crate::scenarios::default_scenario_set());
        assert_eq!(ws.plan, default_workspace().plan);
        // Nothing imported: the only figures are seed 003's.
        assert!(!ws.indicators.imports.is_empty());
        assert!(ws.indicators.imports.iter().all(|r| r.seed.is_some()));
    }

    /// The default workspace as a version 5 document (before agreements, cases and seed 003's
    /// figures), for another municipality when `municipality` is given.
    fn version_5(municipality: Option<&str>) -> String {
        let mut ws = default_workspace();
        ws.indicators = crate::Shared::new(crate::indicators::IndicatorData::new(
            crate::defaults::comparison(&ws.plan.municipality),
        ));
        if let Some(m) = municipality {
            ws.plan.municipality = m.into();
        }
        let mut v5: Value = serde_json::to_value(&ws).unwrap();
        let obj = v5.as_object_mut().unwrap();
        obj.remove("agreements");
        obj.remove("committee_cases");
        obj.insert("schema_version".into(), Value::from(5));
        v5.to_string()
    }

    #[test]
    fn a_version_5_workspace_of_slagelse_gets_the_agreement_the_case_and_seed_003s_figures() {
        let (ws, from) = decode(&version_5(None)).unwrap();
        assert_eq!(from, Some(5));
        assert_eq!(*ws.agreements, vec![crate::agreement::default_agreement()]);
        assert_eq!(*ws.committee_cases, vec![crate::committee::default_case()]);
        let mut seeded = crate::indicators::IndicatorData::new(crate::defaults::comparison(
            &ws.plan.municipality,
        ));
        crate::indicators::seed_003_indicators(&mut seeded);
        assert_eq!(*ws.indicators, seeded);
        // Read again as saved: nothing is added twice.
        let (again, from) = decode(&encode(&ws)).unwrap();
        assert_eq!((again, from), (ws, None));
    }

    #[test]
    fn another_municipalitys_version_5_workspace_gets_empty_lists_and_no_seed_figures() {
        let (ws, _) = decode(&version_5(Some("Sorø Kommune"))).unwrap();
        assert!(ws.agreements.is_empty() && ws.committee_cases.is_empty());
        assert!(ws.indicators.is_empty());
    }

    #[test]
    fn a_version_2_workspace_keeps_its_scenarios_and_gets_an_indicator_store() {
        let mut ws = default_workspace();
        ws.scenarios.scenarios.truncate(1);
        let mut v2: Value = serde_json::to_value(&ws).unwrap();
        let obj = v2.as_object_mut().unwrap();
        obj.remove("indicators");
        obj.insert("schema_version".into(), Value::from(2));
        let (migrated, from) = decode(&v2.to_string()).unwrap();
        assert_eq!(from, Some(2));
        assert_eq!(migrated.scenarios, ws.scenarios);
        assert_eq!(migrated.indicators.comparison.own, "Slagelse");
        assert_eq!(migrated.indicators.comparison.cluster.len(), 15);
        let no_plan = decode("{\"schema_version\": 2}").unwrap_err();
        assert!(
            matches!(no_plan, LoadError::MigrationFailed { from: 2, .. }),
            "{no_plan:?}"
        );
        assert!(no_plan.text(crate::Lang::Da).contains("municipality"));
    }

    #[test]
    fn broken_texts_say_what_and_where() {
        let cut = &encode(&default_workspace())[..200];
        match decode(cut) {
            Err(e @ LoadError::NotJson { line: 1, .. }) => {
                assert!(e
                    .text(crate::Lang::Da)
                    .starts_with("De gemte data kan ikke læses"))
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(decode("{}").unwrap_err(), LoadError::NoVersion);
        assert_eq!(
            decode("{\"schema_version\": 7}").unwrap_err(),
            LoadError::NewerVersion { found: 7 }
        );
        let bad = decode("{\"schema_version\": 3, \"plan\": 5}").unwrap_err();
        assert!(matches!(bad, LoadError::Invalid { .. }), "{bad:?}");
        assert!(
            bad.text(crate::Lang::Da).contains("linje 1"),
            "{}",
            bad.text(crate::Lang::Da)
        );
        let not_a_plan = decode("{\"schema_version\": 1, \"x\": 1}").unwrap_err();
        assert!(
            matches!(not_a_plan, LoadError::MigrationFailed { .. }),
            "{not_a_plan:?}"
        );
        assert!(decode("[1]").unwrap_err() == LoadError::NoVersion);
    }

    #[test]
    fn load_decides_fresh_loaded_migrated_and_broken() {
        let ws = default_workspace();
        assert!(matches!(
            load(None, default_workspace),
            LoadOutcome::Fresh(_)
        ));
        assert!(matches!(
            load(Some(&encode(&ws)), || unreachable!()),
            LoadOutcome::Loaded(_)
        ));
        assert!(matches!(
            load(
                Some(crate::defaults::SOURCE_WORKSPACE_V1_JSON),
                default_workspace
            ),
            LoadOutcome::Migrated { from: 1, .. }
        ));
        assert!(matches!(
            load(Some("nonsense"), default_workspace),
            LoadOutcome::Broken { .. }
        ));
    }
}
