//! The compact link (`v2.`): only what differs from the app's built-in defaults, with the
//! version of those defaults, so a default alternative fits in a few hundred characters.
//!
//! The recipient's app rebuilds the shared scenario from its own copy of the same defaults.
//! When it does not know them (a link from a newer version whose defaults changed), it says
//! so and asks for the full link, which [`super::encode_full`] still makes and every version
//! reads.

use serde_json::{Map, Value};

use super::{patch, SharedScenario, SHARE_VERSION};
use crate::json_value::value_of;
use crate::scenarios::{default_scenario_set, ScenarioSet};

/// The version of the built-in defaults a compact link is made against. Bump it (and keep
/// the old defaults readable in [`reference`]) whenever `default_scenario_set` changes: the
/// test `the_defaults_fingerprint_is_recorded` fails until then.
///
/// - 1: the defaults before issue 25 (the linear Arne ramp from nothing), kept as they
///   were written in `defaults-v1.json`.
/// - 2: the linear Arne ramp from the level in force in 2023, English descriptions; kept as
///   they were written in `defaults-v2.json`.
/// - 3: the a-dagpenge group's note says what the law says for it: the municipality
///   co-finances 20 / 60 / 70 / 80 % (LBK nr. 221 § 5, stk. 3), not the kontanthjælp
///   ladder. Same numbers as version 2.
pub const DEFAULTS_VERSION: u32 = 3;
/// The fingerprint of defaults version 1.
pub const DEFAULTS_FINGERPRINT_V1: &str = "304882e4b9511bae";
/// The fingerprint of defaults version 2.
pub const DEFAULTS_FINGERPRINT_V2: &str = "88aa80a1426eede3";
/// The fingerprint of defaults version 3.
pub const DEFAULTS_FINGERPRINT_V3: &str = "77e3e4540bd96bc3";
/// The municipality of the built-in defaults.
pub const DEFAULT_MUNICIPALITY: &str = "Slagelse Kommune";

/// Earlier defaults, exactly as the build of their version wrote them: version, fingerprint
/// and the scenario set as JSON. To bump [`DEFAULTS_VERSION`], write the current defaults
/// (`serde_json::to_string(&default_scenario_set())`) to `defaults-vN.json` and add them here.
const EARLIER: [(u32, &str, &str); 2] = [
    (1, DEFAULTS_FINGERPRINT_V1, include_str!("defaults-v1.json")),
    (2, DEFAULTS_FINGERPRINT_V2, include_str!("defaults-v2.json")),
];

/// The defaults of a version this build knows, with their fingerprint: the current ones, or
/// an earlier version as it was written.
pub(super) fn reference(version: u32) -> Option<(ScenarioSet, String)> {
    if version == DEFAULTS_VERSION {
        let set = default_scenario_set();
        let print = fingerprint(&set);
        return Some((set, print));
    }
    let (_, print, json) = EARLIER.iter().find(|(v, _, _)| *v == version)?;
    let set = serde_json::from_str(json).ok()?;
    Some((set, (*print).to_owned()))
}

/// FNV-1a (64 bits) of the defaults as JSON, in hex: a change to them changes it.
pub fn fingerprint(set: &ScenarioSet) -> String {
    let text = serde_json::to_string(set).expect("a scenario set serializes");
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// The shared scenario as the defaults would have it: the default scenario with the same id
/// (or the baseline), the default assumptions, no time.
fn base_for(set: &ScenarioSet, scenario_id: &str) -> Value {
    let scenario = set
        .scenario(scenario_id)
        .or_else(|| set.scenario(&set.baseline_id))
        .or(set.scenarios.first());
    let mut base = Map::new();
    base.insert("share_version".into(), SHARE_VERSION.into());
    base.insert("municipality".into(), DEFAULT_MUNICIPALITY.into());
    base.insert("shared_at".into(), "".into());
    base.insert(
        "scenario".into(),
        value_of(&scenario).unwrap_or(Value::Null),
    );
    base.insert(
        "assumptions".into(),
        value_of(&set.assumptions).unwrap_or(Value::Null),
    );
    Value::Object(base)
}

/// The compact content of a link: the defaults' version and fingerprint, the id of the
/// default scenario it starts from and the patch.
pub fn to_compact_json(shared: &SharedScenario) -> String {
    compact_json_against(DEFAULTS_VERSION, &default_scenario_set(), shared)
}

/// The compact content of a link made against the defaults of `version` (`set`), as the
/// build of that version makes it.
pub(super) fn compact_json_against(
    version: u32,
    set: &ScenarioSet,
    shared: &SharedScenario,
) -> String {
    let base = base_for(set, &shared.scenario.id);
    let new = value_of(shared).expect("a shared scenario serializes");
    let patch = patch::diff(&base, &new).unwrap_or(Value::Null);
    let mut link = Map::new();
    link.insert("d".into(), version.into());
    link.insert("h".into(), fingerprint(set).into());
    link.insert("r".into(), shared.scenario.id.clone().into());
    link.insert("p".into(), patch);
    Value::Object(link).to_string()
}

/// Why a compact link cannot be rebuilt.
#[derive(Debug, Clone, PartialEq)]
pub enum CompactError {
    /// Made against defaults this build does not have.
    UnknownDefaults { version: u32 },
    /// Not the compact form, or a patch that does not fit the defaults.
    Invalid { detail: String },
}

/// Rebuilds the shared scenario's JSON from a compact link's content.
pub fn from_compact_json(text: &str) -> Result<String, CompactError> {
    let invalid = |detail: String| CompactError::Invalid { detail };
    let value: Value = serde_json::from_str(text).map_err(|e| invalid(e.to_string()))?;
    let version = value
        .get("d")
        .and_then(Value::as_u64)
        .ok_or_else(|| invalid("standardtallenes udgave mangler".into()))?;
    let version = u32::try_from(version).map_err(|_| invalid("ukendt udgave".into()))?;
    let (set, print) = reference(version).ok_or(CompactError::UnknownDefaults { version })?;
    if value.get("h").and_then(Value::as_str) != Some(print.as_str()) {
        return Err(CompactError::UnknownDefaults { version });
    }
    let id = value
        .get("r")
        .and_then(Value::as_str)
        .ok_or_else(|| invalid("scenariets udgangspunkt mangler".into()))?;
    let mut shared = base_for(&set, id);
    match value.get("p") {
        None => return Err(invalid("rettelsen mangler".into())),
        Some(Value::Null) => {}
        Some(p) => patch::apply(&mut shared, p).map_err(invalid)?,
    }
    Ok(shared.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_defaults_fingerprint_is_recorded() {
        // A failure here means the built-in scenario defaults changed (any text of theirs,
        // sources included): compact links made by earlier builds would be rebuilt on other
        // defaults. Bump DEFAULTS_VERSION, write the committed defaults to
        // `defaults-vN.json` and add them to EARLIER, and record the new fingerprint.
        assert_eq!(
            fingerprint(&default_scenario_set()),
            DEFAULTS_FINGERPRINT_V3,
            "the built-in scenario defaults changed: see this test's comment"
        );
    }

    #[test]
    fn every_earlier_defaults_version_is_read_as_it_was_written() {
        // A compact link names its defaults' version and fingerprint; one made by an earlier
        // build opens only on those defaults exactly.
        for (version, print, json) in EARLIER {
            let (set, recorded) = reference(version).unwrap();
            assert_eq!(recorded, print);
            assert_eq!(fingerprint(&set), print, "version {version}");
            assert_eq!(serde_json::to_string(&set).unwrap(), json.trim_end());
        }
        assert_eq!(
            reference(DEFAULTS_VERSION).unwrap().1,
            DEFAULTS_FINGERPRINT_V3
        );
        assert!(reference(0).is_none());
        assert!(reference(DEFAULTS_VERSION + 1).is_none());
    }
}
