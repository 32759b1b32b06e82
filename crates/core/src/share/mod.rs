//! Sharing a scenario without a server: the scenario and the assumptions it is calculated
//! with, as JSON, compressed (zlib, whose Adler-32 checksum catches a damaged or edited
//! link) and written in URL-safe base64, to be carried in the URL fragment (which browsers
//! never send to a server). The same content is also written as a file when it is too long
//! for a link.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::{Deserialize, Serialize};

use crate::scenarios::{validate, Assumptions, Scenario};
use crate::{Lang, Workspace};

pub mod compact;
pub mod patch;

pub use compact::DEFAULTS_VERSION;

/// The version of the shared format this build writes and reads.
pub const SHARE_VERSION: u32 = 1;
/// The prefix of an encoded link payload: `v`, the version and a dot (`v1.`), so a later
/// format can be told apart. `v1.` carries the whole shared scenario.
fn prefix() -> String {
    format!("v{SHARE_VERSION}.")
}
/// The prefix of a compact link: what differs from the built-in defaults ([`compact`]).
const COMPACT_PREFIX: &str = "v2.";

/// The longest link the app offers. Browsers take far longer ones, but mail programs,
/// chat tools and document editors cut or refuse links beyond a few thousand characters.
pub const MAX_LINK_CHARS: usize = 4000;
/// The most a payload may expand to when it is unpacked (guards against a crafted link).
const MAX_JSON_BYTES: usize = 2 * 1024 * 1024;
/// The longest horizon a shared scenario may have.
const MAX_HORIZON_YEARS: usize = 60;

/// A shared scenario: everything needed to show the same figures on another machine.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SharedScenario {
    pub share_version: u32,
    /// The municipality the scenario is about ("Slagelse Kommune").
    pub municipality: String,
    /// ISO 8601 time it was shared.
    pub shared_at: String,
    pub scenario: Scenario,
    /// The assumptions the sender calculated it with.
    pub assumptions: Assumptions,
}

impl SharedScenario {
    /// One of the workspace's scenarios to share at `shared_at` (ISO 8601), with the
    /// workspace's assumptions and municipality; `None` when there is no such scenario.
    pub fn from_workspace(ws: &Workspace, scenario_id: &str, shared_at: &str) -> Option<Self> {
        let scenario = ws.scenarios.scenario(scenario_id)?;
        Some(SharedScenario {
            share_version: SHARE_VERSION,
            municipality: ws.plan.municipality.clone(),
            shared_at: shared_at.to_owned(),
            scenario: scenario.clone(),
            assumptions: ws.scenarios.assumptions.clone(),
        })
    }
}

/// Why a link or file could not be read.
#[derive(Debug, Clone, PartialEq)]
pub enum ShareError {
    Empty,
    /// Another format version, or not a link made by this app.
    UnknownFormat,
    /// Characters that are not URL-safe base64 (the link was cut or edited).
    NotBase64,
    /// The data does not unpack, or its checksum does not match: damaged or edited.
    Damaged,
    /// It unpacks to more than the app accepts.
    TooLarge,
    /// The content does not fit a shared scenario.
    Invalid {
        detail: String,
    },
    /// A shared scenario whose values cannot be calculated.
    Rejected {
        issues: Vec<String>,
    },
    /// A compact link made against built-in defaults this version does not have.
    UnknownDefaults {
        version: u32,
    },
}

impl ShareError {
    pub fn message(&self, lang: Lang) -> String {
        let what = match lang {
            Lang::Da => "Linket kan ikke åbnes: ",
            Lang::En => "The link cannot be opened: ",
        };
        let why = match (self, lang) {
            (ShareError::Empty, Lang::Da) => "det indeholder intet scenarie.".to_owned(),
            (ShareError::Empty, Lang::En) => "it holds no scenario.".to_owned(),
            (ShareError::UnknownFormat, Lang::Da) => {
                "det er ikke lavet af denne app, eller af en nyere udgave af den.".to_owned()
            }
            (ShareError::UnknownFormat, Lang::En) => {
                "it was not made by this app, or by a newer version of it.".to_owned()
            }
            (ShareError::NotBase64, Lang::Da) => {
                "det indeholder tegn, der ikke hører til (er linket blevet afkortet eller ændret?)."
                    .to_owned()
            }
            (ShareError::NotBase64, Lang::En) => {
                "it holds characters that do not belong (was the link cut or changed?).".to_owned()
            }
            (ShareError::Damaged, Lang::Da) => {
                "indholdet er beskadiget eller ændret (kontrolsummen passer ikke). Bed afsenderen om linket igen.".to_owned()
            }
            (ShareError::Damaged, Lang::En) => {
                "the content is damaged or changed (the checksum does not match). Ask the sender for the link again.".to_owned()
            }
            (ShareError::TooLarge, Lang::Da) => "indholdet er for stort.".to_owned(),
            (ShareError::TooLarge, Lang::En) => "the content is too large.".to_owned(),
            (ShareError::Invalid { detail }, Lang::Da) => {
                format!("indholdet passer ikke til et scenarie ({detail}).")
            }
            (ShareError::Invalid { detail }, Lang::En) => {
                format!("the content does not fit a scenario ({detail}).")
            }
            (ShareError::Rejected { issues }, Lang::Da) => {
                format!("scenariet har ugyldige værdier: {}", issues.join(" "))
            }
            (ShareError::Rejected { issues }, Lang::En) => {
                format!("the scenario has invalid values: {}", issues.join(" "))
            }
            (ShareError::UnknownDefaults { version }, Lang::Da) => format!(
                "det er lavet ud fra standardtal (udgave {version}), som denne udgave af appen ikke kender. Bed afsenderen om det fulde link eller filen."
            ),
            (ShareError::UnknownDefaults { version }, Lang::En) => format!(
                "it was made from built-in figures (version {version}) this version of the app does not know. Ask the sender for the full link or the file."
            ),
        };
        format!("{what}{why}")
    }
}

/// The shared scenario as JSON (the file format, and what the link carries).
pub fn to_json(shared: &SharedScenario) -> String {
    serde_json::to_string_pretty(shared).expect("a shared scenario serializes")
}

/// Whether a file's text is meant as a shared scenario (JSON with a `share_version`), rather
/// than a whole workspace: such a file is read with [`from_json`], and its errors are a
/// shared scenario's.
pub fn is_shared_json(text: &str) -> bool {
    serde_json::from_str::<serde_json::Value>(text)
        .ok()
        .is_some_and(|v| v.get("share_version").is_some())
}

/// Reads and checks a shared scenario from JSON.
pub fn from_json(text: &str) -> Result<SharedScenario, ShareError> {
    /// The version alone, read first so another format is named as such.
    #[derive(Deserialize)]
    struct VersionOnly {
        share_version: Option<serde_json::Number>,
    }
    let located = |e: serde_json::Error| ShareError::Invalid {
        detail: format!("linje {}, kolonne {}: {e}", e.line(), e.column()),
    };
    let version: VersionOnly = serde_json::from_str(text).map_err(located)?;
    match version.share_version.and_then(|v| v.as_u64()) {
        Some(v) if v == SHARE_VERSION as u64 => {}
        _ => return Err(ShareError::UnknownFormat),
    }
    let shared: SharedScenario = serde_json::from_str(text).map_err(|e| ShareError::Invalid {
        detail: e.to_string(),
    })?;
    check(&shared)?;
    Ok(shared)
}

fn check(shared: &SharedScenario) -> Result<(), ShareError> {
    let h = shared.assumptions.horizon;
    if h.end < h.start || h.len() > MAX_HORIZON_YEARS {
        return Err(ShareError::Rejected {
            issues: vec![format!(
                "Tidshorisonten {}-{} er ikke mellem 1 og {MAX_HORIZON_YEARS} år.",
                h.start, h.end
            )],
        });
    }
    let issues = validate(&shared.assumptions, &shared.scenario);
    if issues.is_empty() {
        Ok(())
    } else {
        Err(ShareError::Rejected {
            issues: issues
                .into_iter()
                .map(|i| format!("{}: {}", i.place, i.message))
                .collect(),
        })
    }
}

/// The payload for a link's fragment: the shorter of the compact form (`v2.`, what differs
/// from the built-in defaults) and the full form (`v1.`).
pub fn encode(shared: &SharedScenario) -> String {
    let compact = pack(COMPACT_PREFIX, compact::to_compact_json(shared).as_bytes());
    let full = encode_full(shared);
    if compact.len() <= full.len() {
        compact
    } else {
        full
    }
}

/// The full form of a link (`v1.` and the whole shared scenario, compressed), which every
/// version of the app reads whatever its defaults.
pub fn encode_full(shared: &SharedScenario) -> String {
    let json = serde_json::to_vec(shared).expect("a shared scenario serializes");
    pack(&prefix(), &json)
}

fn pack(prefix: &str, json: &[u8]) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(json, 10);
    format!("{prefix}{}", URL_SAFE_NO_PAD.encode(packed))
}

/// Reads a link's payload back. Any damage or change gives an error and nothing else.
pub fn decode(payload: &str) -> Result<SharedScenario, ShareError> {
    let payload = payload.trim();
    if payload.is_empty() {
        return Err(ShareError::Empty);
    }
    let (data, is_compact) = if let Some(data) = payload.strip_prefix(prefix().as_str()) {
        (data, false)
    } else if let Some(data) = payload.strip_prefix(COMPACT_PREFIX) {
        (data, true)
    } else {
        return Err(ShareError::UnknownFormat);
    };
    let packed = URL_SAFE_NO_PAD
        .decode(data)
        .map_err(|_| ShareError::NotBase64)?;
    let json = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&packed, MAX_JSON_BYTES)
        .map_err(|e| match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => ShareError::TooLarge,
            _ => ShareError::Damaged,
        })?;
    // A zlib stream ends with the Adler-32 checksum of its content. Inflating stops there, so
    // anything appended to a link would pass unnoticed: the stream must end the data exactly.
    let checksum = adler2::adler32_slice(&json).to_be_bytes();
    if !packed.ends_with(&checksum) {
        return Err(ShareError::Damaged);
    }
    let text = std::str::from_utf8(&json).map_err(|_| ShareError::Damaged)?;
    if !is_compact {
        return from_json(text);
    }
    let full = compact::from_compact_json(text).map_err(|e| match e {
        compact::CompactError::UnknownDefaults { version } => {
            ShareError::UnknownDefaults { version }
        }
        compact::CompactError::Invalid { detail } => ShareError::Invalid { detail },
    })?;
    from_json(&full)
}

/// Whether a link of this many characters can be offered, or the file must be used.
pub fn fits_in_link(link_chars: usize) -> bool {
    link_chars <= MAX_LINK_CHARS
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenarios::default_scenario_set;

    fn shared(id: &str) -> SharedScenario {
        let set = default_scenario_set();
        SharedScenario {
            share_version: SHARE_VERSION,
            municipality: "Slagelse Kommune".into(),
            shared_at: "2026-11-24T10:00:00Z".into(),
            scenario: set.scenarios.iter().find(|s| s.id == id).unwrap().clone(),
            assumptions: set.assumptions,
        }
    }

    #[test]
    fn every_default_alternative_round_trips_within_a_link() {
        for id in ["official", "sygedagpenge-2", "alle-fire", "arne-lineaer-3"] {
            let s = shared(id);
            let payload = encode(&s);
            assert_eq!(decode(&payload).unwrap(), s, "{id}");
            assert!(fits_in_link(payload.len() + 60), "{id}: {}", payload.len());
            assert_eq!(from_json(&to_json(&s)).unwrap(), s);
        }
    }

    #[test]
    fn damaged_or_edited_links_are_refused_with_their_reason() {
        let payload = encode(&shared("sygedagpenge-2"));
        assert_eq!(decode(""), Err(ShareError::Empty));
        assert_eq!(decode("v9.abc"), Err(ShareError::UnknownFormat));
        assert_eq!(decode("v1.ab$c"), Err(ShareError::NotBase64));
        // Something appended (found by the robustness test), or cut short.
        assert_eq!(decode(&format!("{payload}0-")), Err(ShareError::Damaged));
        assert_eq!(decode(&format!("{payload}0AAQ")), Err(ShareError::Damaged));
        assert_eq!(
            decode(&payload[..payload.len() - 10]),
            Err(ShareError::Damaged)
        );
        // One character changed in the middle.
        let mut chars: Vec<char> = payload.chars().collect();
        let i = chars.len() / 2;
        chars[i] = if chars[i] == 'A' { 'B' } else { 'A' };
        let edited: String = chars.into_iter().collect();
        assert!(matches!(
            decode(&edited),
            Err(ShareError::Damaged | ShareError::Invalid { .. })
        ));
        // Well-formed, but values that cannot be calculated.
        let mut bad = shared("sygedagpenge-2");
        bad.assumptions.horizon.end = bad.assumptions.horizon.start + 1000;
        assert!(matches!(
            decode(&encode(&bad)),
            Err(ShareError::Rejected { .. })
        ));
        assert_eq!(
            ShareError::Damaged.message(Lang::Da),
            "Linket kan ikke åbnes: indholdet er beskadiget eller ændret (kontrolsummen passer ikke). Bed afsenderen om linket igen."
        );
    }

    #[test]
    fn the_link_prefix_is_the_version() {
        assert_eq!(SHARE_VERSION, 1);
        assert_eq!(prefix(), "v1.");
        let payload = encode_full(&shared("official"));
        assert!(payload.starts_with("v1."), "{payload}");
        assert!(!payload[3..].contains('.'));
        let other = payload.replacen("v1.", "v7.", 1);
        assert_eq!(decode(&other), Err(ShareError::UnknownFormat));
    }

    #[test]
    fn a_default_alternative_is_a_short_compact_link_and_the_full_form_still_opens() {
        for id in ["official", "sygedagpenge-2", "alle-fire", "arne-lineaer-3"] {
            let s = shared(id);
            let payload = encode(&s);
            assert!(payload.starts_with(COMPACT_PREFIX), "{id}: {payload}");
            // The page's address and "#/del?d=" come in front of it.
            eprintln!("{id}: compact link payload {} characters", payload.len());
            assert!(payload.len() + 60 <= 1000, "{id}: {}", payload.len());
            assert_eq!(decode(&payload).unwrap(), s, "{id}");
            assert_eq!(decode(&encode_full(&s)).unwrap(), s, "{id}");
        }
    }

    #[test]
    fn an_edited_scenario_and_edited_assumptions_come_back_exactly() {
        let mut s = shared("alle-fire");
        s.scenario.name = "Mit eget".into();
        s.scenario.id = "mit-eget".into();
        s.assumptions.cost_per_fte.value += 12.5;
        s.assumptions.groups[0].persons.value = 1255.0;
        s.assumptions.groups.pop();
        s.municipality = "Sorø Kommune".into();
        let payload = encode(&s);
        assert_eq!(decode(&payload).unwrap(), s);
    }

    #[test]
    fn a_compact_link_against_unknown_defaults_says_so() {
        let unknown = serde_json::json!({"d": 99, "h": "0", "r": "official", "p": null});
        let payload = pack(COMPACT_PREFIX, unknown.to_string().as_bytes());
        assert_eq!(
            decode(&payload),
            Err(ShareError::UnknownDefaults { version: 99 })
        );
        let changed =
            serde_json::json!({"d": DEFAULTS_VERSION, "h": "0", "r": "official", "p": null});
        let payload = pack(COMPACT_PREFIX, changed.to_string().as_bytes());
        assert_eq!(
            decode(&payload),
            Err(ShareError::UnknownDefaults {
                version: DEFAULTS_VERSION
            })
        );
        assert!(ShareError::UnknownDefaults { version: 99 }
            .message(Lang::Da)
            .contains("fulde link"));
        let misfit = serde_json::json!({"d": DEFAULTS_VERSION, "h": compact::fingerprint(&default_scenario_set()), "r": "official", "p": {"scenario": {"#": true}}});
        let payload = pack(COMPACT_PREFIX, misfit.to_string().as_bytes());
        assert!(matches!(decode(&payload), Err(ShareError::Invalid { .. })));
    }

    #[test]
    fn a_crafted_payload_that_unpacks_to_gigabytes_is_refused() {
        let zeros = vec![b' '; 8 * 1024 * 1024];
        let packed = miniz_oxide::deflate::compress_to_vec_zlib(&zeros, 10);
        let payload = format!("{}{}", prefix(), URL_SAFE_NO_PAD.encode(packed));
        assert_eq!(decode(&payload), Err(ShareError::TooLarge));
    }
}
