//! Sharing a scenario without a server: the scenario and the assumptions it is calculated
//! with, as JSON, compressed (zlib, whose Adler-32 checksum catches a damaged or edited
//! link) and written in URL-safe base64, to be carried in the URL fragment (which browsers
//! never send to a server). The same content is also written as a file when it is too long
//! for a link.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::{Deserialize, Serialize};

use crate::guard::{self, Finding, Refusal};
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
    /// Refused by the core's validation of every document ([`crate::guard`]): JSON that does
    /// not fit (with the field's path), or values out of bounds (with their paths).
    Refused {
        refusal: Refusal,
    },
}

impl ShareError {
    /// The message for a link.
    pub fn message(&self, lang: Lang) -> String {
        self.message_for(guard::DocKind::Link, lang)
    }

    /// The message for a link or a shared scenario file (`doc`).
    pub fn message_for(&self, doc: guard::DocKind, lang: Lang) -> String {
        let what = match (doc, lang) {
            (guard::DocKind::Link, Lang::Da) => "Linket kan ikke åbnes: ",
            (guard::DocKind::Link, Lang::En) => "The link cannot be opened: ",
            (_, Lang::Da) => "Filen kan ikke åbnes: ",
            (_, Lang::En) => "The file cannot be opened: ",
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
            (ShareError::Refused { refusal }, _) => refusal_text(refusal, lang),
        };
        format!("{what}{why}")
    }
}

/// A refusal in a sentence: the JSON error with its path, or each value out of bounds with
/// its path, separated by semicolons.
fn refusal_text(refusal: &Refusal, lang: Lang) -> String {
    match refusal {
        Refusal::Json(e) => lang.pick(
            format!("indholdet passer ikke til et scenarie: {}.", e.text(lang)),
            format!("the content does not fit a scenario: {}.", e.text(lang)),
        ),
        Refusal::Bounds(found) => {
            let list: Vec<String> = found.iter().map(|f| f.text(lang)).collect();
            lang.pick(
                format!(
                    "scenariet har værdier, appen ikke kan regne med: {}",
                    list.join(" ")
                ),
                format!(
                    "the scenario has values the app cannot calculate with: {}",
                    list.join(" ")
                ),
            )
        }
    }
}

/// The shared scenario as JSON (the file format, and what the full link carries), in the
/// compact form the app writes everything in (a second, pretty writer would be a second copy
/// of the model's serialising code in the WebAssembly).
pub fn to_json(shared: &SharedScenario) -> String {
    serde_json::to_string(shared).expect("a shared scenario serializes")
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
    from_json_checked(text).map(|(shared, _)| shared)
}

/// Reads and checks a shared scenario from JSON, with a warning for each field the model
/// does not know (named by its path; such a field is not read).
pub fn from_json_checked(text: &str) -> Result<(SharedScenario, Vec<Finding>), ShareError> {
    /// The version alone, read first so another format is named as such.
    #[derive(Deserialize)]
    struct VersionOnly {
        share_version: Option<serde_json::Number>,
    }
    let version: VersionOnly = serde_json::from_str(text).map_err(|e| ShareError::Refused {
        refusal: Refusal::Json(guard::json::from_serde(String::new(), e)),
    })?;
    match version.share_version.and_then(|v| v.as_u64()) {
        Some(v) if v == SHARE_VERSION as u64 => {}
        _ => return Err(ShareError::UnknownFormat),
    }
    let (shared, warnings) =
        guard::decode::<SharedScenario>(text).map_err(|refusal| ShareError::Refused { refusal })?;
    check(&shared)?;
    Ok((shared, warnings))
}

/// The core's bounds ([`guard::check_shared`]) first, so nothing out of them reaches a
/// calculation, then the editor's own checks of the values.
fn check(shared: &SharedScenario) -> Result<(), ShareError> {
    guard::check_shared(shared).map_err(|refusal| ShareError::Refused { refusal })?;
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
    let (compact, full) = link_contents(shared);
    shorter(pack(true, &zlib(&compact)), pack(false, &zlib(&full)))
}

/// The full form of a link (`v1.` and the whole shared scenario, compressed), which every
/// version of the app reads whatever its defaults.
pub fn encode_full(shared: &SharedScenario) -> String {
    pack(false, &zlib(&link_contents(shared).1))
}

/// What a link carries before it is compressed: the compact content and the full one. The
/// browser compresses them itself (`CompressionStream("deflate")` writes the same zlib
/// format) and gives them to [`pack`]; [`encode`] does the same natively.
pub fn link_contents(shared: &SharedScenario) -> (Vec<u8>, Vec<u8>) {
    (
        compact::to_compact_json(shared).into_bytes(),
        serde_json::to_vec(shared).expect("a shared scenario serializes"),
    )
}

/// The shorter of two payloads (the compact one when they are as long).
pub fn shorter(compact: String, full: String) -> String {
    if compact.len() <= full.len() {
        compact
    } else {
        full
    }
}

/// A payload from zlib-compressed content: the prefix and URL-safe base64.
pub fn pack(compact: bool, zlib: &[u8]) -> String {
    let prefix = if compact {
        COMPACT_PREFIX.to_owned()
    } else {
        prefix()
    };
    format!("{prefix}{}", URL_SAFE_NO_PAD.encode(zlib))
}

fn zlib(json: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(json, 10)
}

/// A payload taken apart: whether it is the compact form, and its zlib-compressed content.
pub fn unpack(payload: &str) -> Result<(bool, Vec<u8>), ShareError> {
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
    Ok((is_compact, packed))
}

/// The most a link's content may unpack to (a crafted link is refused beyond it).
pub const MAX_UNPACKED_BYTES: usize = MAX_JSON_BYTES;

/// Reads a payload's content once it is unpacked (`json`, from the zlib stream `packed`):
/// the stream must end exactly with the checksum of the content, then the content must be a
/// shared scenario (rebuilt from the defaults for the compact form).
pub fn read_unpacked(
    is_compact: bool,
    packed: &[u8],
    json: &[u8],
) -> Result<SharedScenario, ShareError> {
    read_unpacked_checked(is_compact, packed, json).map(|(shared, _)| shared)
}

/// [`read_unpacked`] with a warning for each field the model does not know.
pub fn read_unpacked_checked(
    is_compact: bool,
    packed: &[u8],
    json: &[u8],
) -> Result<(SharedScenario, Vec<Finding>), ShareError> {
    // A zlib stream ends with the Adler-32 checksum of its content. Inflating stops there, so
    // anything appended to a link would pass unnoticed: the stream must end the data exactly.
    let checksum = adler2::adler32_slice(json).to_be_bytes();
    if !packed.ends_with(&checksum) {
        return Err(ShareError::Damaged);
    }
    let text = std::str::from_utf8(json).map_err(|_| ShareError::Damaged)?;
    if !is_compact {
        return from_json_checked(text);
    }
    let full = compact::from_compact_json(text).map_err(|e| match e {
        compact::CompactError::UnknownDefaults { version } => {
            ShareError::UnknownDefaults { version }
        }
        compact::CompactError::Invalid { detail } => ShareError::Invalid { detail },
    })?;
    from_json_checked(&full)
}

/// Reads a link's payload back. Any damage or change to what was shared gives an error and
/// nothing else. (The unused bits after the compressed stream's last code carry nothing: a
/// link that differs only there reads as the same scenario.)
pub fn decode(payload: &str) -> Result<SharedScenario, ShareError> {
    decode_checked(payload).map(|(shared, _)| shared)
}

/// [`decode`] with a warning for each field the model does not know.
pub fn decode_checked(payload: &str) -> Result<(SharedScenario, Vec<Finding>), ShareError> {
    let (is_compact, packed) = unpack(payload)?;
    let json = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&packed, MAX_JSON_BYTES)
        .map_err(|e| match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => ShareError::TooLarge,
            _ => ShareError::Damaged,
        })?;
    read_unpacked_checked(is_compact, &packed, &json)
}

/// Whether a link of this many characters can be offered, or the file must be used.
pub fn fits_in_link(link_chars: usize) -> bool {
    link_chars <= MAX_LINK_CHARS
}

#[cfg(test)]
mod tests;
