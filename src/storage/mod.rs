//! Storage adapter: the workspace in the browser, part by part. The small parts live in
//! localStorage (through gloo-storage), each under a key of its own; the imported indicators,
//! which can run to hundreds of thousands of values, live in IndexedDB, and in localStorage
//! only where IndexedDB cannot be used. What a stored text means is decided in
//! `plan_core::persist`; this module moves texts in and out, saves only the parts that
//! changed, and keeps what it must not lose under backup keys.
//!
//! Saving is deferred a moment after a change ([`SAVE_DELAY_MS`]) so that a drag is saved
//! once, and flushed at once when the page is hidden or closed (`pagehide`,
//! `visibilitychange`), so nothing is lost when a tab closes in the middle of a drag.

pub mod backups;
mod error;
pub mod idb;
mod load;
mod saver;
mod tabs;

use gloo_storage::{LocalStorage, Storage};
use plan_core::persist::parts::Meta;
use plan_core::{Lang, Part};
use wasm_bindgen::JsCast;

pub use backups::{backup, backup_keys, read_backup, remove_backup, BackupReason, BACKUP_PREFIX};
pub use error::SaveError;
pub use load::{load, Startup, StartupNotice};
pub use saver::{
    flush, idle, last_saved_document, on_save, save_now, schedule, SaveStatus, SAVE_DELAY_MS,
};
pub use tabs::{keep_mine_over_other_tab, replace_stored, take_other_tabs_version};

/// The key of the working state as versions up to schema 5 kept it: one text for everything.
/// Read once, moved into parts, and removed once a backup holds it.
pub const LEGACY_KEY: &str = "plan-budget/workspace";
/// The meta record of the stored parts (schema version, layout, where the indicators are).
pub const META_KEY: &str = "plan-budget/meta";
/// Prefix of the parts kept in localStorage: `plan-budget/part/<part key>`.
pub const PART_PREFIX: &str = "plan-budget/part/";
/// The chosen UI language.
pub const LANG_KEY: &str = "plan-budget/lang";
/// Which tab saved the working state last, and its save count: `<tab id>-<n>`.
pub const REVISION_KEY: &str = "plan-budget/revision";

/// Where the imported indicators are kept on this page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Home {
    IndexedDb,
    /// IndexedDB could not be used: localStorage, with its small quota.
    Local,
}

impl Home {
    fn code(self) -> &'static str {
        match self {
            Home::IndexedDb => "indexeddb",
            Home::Local => "local",
        }
    }
}

thread_local! {
    static HOME: std::cell::Cell<Home> = const { std::cell::Cell::new(Home::Local) };
    /// The revision this tab loaded or saved last. A different stored revision means another
    /// tab (or window) has saved since.
    static KNOWN_REVISION: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
    static SAVES: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
    static TAB_ID: String = format!("{:x}", (js_sys::Math::random() * 1e12) as u64);
}

/// Where the large part is kept on this page.
pub fn home() -> Home {
    HOME.with(|h| h.get())
}

/// The meta record's word for [`home`].
pub(crate) fn home_code() -> &'static str {
    home().code()
}

pub fn part_key(part: Part) -> String {
    format!("{PART_PREFIX}{}", part.key())
}

/// Whether a part is kept in IndexedDB on this page.
pub fn in_idb(part: Part) -> bool {
    part == Part::Indicators && home() == Home::IndexedDb
}

fn raw_get(key: &str) -> Option<String> {
    LocalStorage::raw().get_item(key).ok().flatten()
}

use crate::clock::now_iso;

fn js_error_text(e: wasm_bindgen::JsValue) -> String {
    if let Some(err) = e.dyn_ref::<js_sys::Error>() {
        return format!("{}: {}", err.name(), err.message());
    }
    e.as_string().unwrap_or_else(|| format!("{e:?}"))
}

/// Whether this browser holds a workspace of its own (in parts, or in the one text of an
/// earlier version), readable or not.
pub fn holds_workspace() -> bool {
    raw_get(META_KEY).is_some() || raw_get(LEGACY_KEY).is_some()
}

/// From now on this tab works on top of what is stored.
pub fn remember_stored_revision() {
    let stored = raw_get(REVISION_KEY);
    KNOWN_REVISION.with(|k| *k.borrow_mut() = stored);
}

/// Whether another tab or window has saved since this tab loaded or saved.
pub fn other_tab_saved() -> bool {
    let stored = raw_get(REVISION_KEY);
    KNOWN_REVISION.with(|k| *k.borrow() != stored)
}

fn write_revision() {
    let n = SAVES.with(|c| {
        c.set(c.get() + 1);
        c.get()
    });
    let revision = TAB_ID.with(|t| format!("{t}-{n}"));
    // A revision that cannot be written only makes other tabs miss this save's warning.
    let _ = LocalStorage::raw().set_item(REVISION_KEY, &revision);
    KNOWN_REVISION.with(|k| *k.borrow_mut() = Some(revision));
}

/// The stored texts of the parts, as read (a part not stored, or not readable, has none).
pub(crate) struct StoredTexts(Vec<(Part, Option<String>)>);

impl StoredTexts {
    pub(crate) fn new() -> Self {
        StoredTexts(Vec::with_capacity(Part::ALL.len()))
    }

    pub(crate) fn push(&mut self, part: Part, text: Option<String>) {
        self.0.push((part, text));
    }

    /// The text of a part (a copy: the core reads it into the model).
    pub(crate) fn get(&self, part: Part) -> Option<String> {
        self.0
            .iter()
            .find(|(p, _)| *p == part)
            .and_then(|(_, t)| t.clone())
    }
}

/// The stored text of a part, from wherever it lives.
pub(crate) async fn stored_part(part: Part, meta: &Meta) -> Result<Option<String>, idb::IdbError> {
    if part == Part::Indicators && meta.indicators_in == Home::IndexedDb.code() {
        return idb::get(idb::PARTS, part.key()).await;
    }
    Ok(raw_get(&part_key(part)))
}

/// The stored workspace as one document text (for a backup before it is replaced), or
/// `None` if nothing is stored. An error when a stored part cannot be read (the figures in an
/// IndexedDB this page cannot open): then nothing may be replaced.
pub async fn stored_document() -> Result<Option<String>, String> {
    let raw_meta = raw_get(META_KEY);
    let Some(raw_meta) = raw_meta else {
        return Ok(raw_get(LEGACY_KEY));
    };
    let meta = Meta::decode(&raw_meta).ok();
    let version = meta.as_ref().map_or(0, |m| m.schema_version);
    let mut doc = format!("{{\"schema_version\":{version}");
    for part in Part::ALL {
        let text = match &meta {
            Some(meta) => stored_part(part, meta).await.map_err(|e| e.to_string())?,
            // An unreadable meta record: whatever is stored, wherever it is.
            None => match raw_get(&part_key(part)) {
                Some(text) => Some(text),
                None if part == Part::Indicators => {
                    if !idb::is_open() {
                        return Err("IndexedDB: not open".into());
                    }
                    idb::get(idb::PARTS, part.key())
                        .await
                        .map_err(|e| e.to_string())?
                }
                None => None,
            },
        };
        if let Some(text) = text {
            doc.push_str(&format!(",\"{}\":{}", part.key(), text));
        }
    }
    doc.push('}');
    Ok(Some(doc))
}

/// Opens IndexedDB and decides where the large part lives on this page.
pub async fn open() -> Result<(), idb::IdbError> {
    let result = idb::open().await;
    HOME.with(|h| {
        h.set(if result.is_ok() {
            Home::IndexedDb
        } else {
            Home::Local
        })
    });
    if result.is_ok() {
        backups::load_idb_keys().await;
    }
    result
}

/// The stored parts in localStorage, as the crash message offers them for download
/// (synchronous: no future can be trusted to run after a panic).
pub fn local_document() -> Option<String> {
    let meta = raw_get(META_KEY).and_then(|m| Meta::decode(&m).ok());
    let Some(meta) = meta else {
        return raw_get(LEGACY_KEY);
    };
    let mut doc = format!("{{\"schema_version\":{}", meta.schema_version);
    for part in Part::ALL {
        if let Some(text) = raw_get(&part_key(part)) {
            doc.push_str(&format!(",\"{}\":{}", part.key(), text));
        }
    }
    doc.push('}');
    Some(doc)
}

pub fn load_lang() -> Option<Lang> {
    LocalStorage::get(LANG_KEY).ok()
}

pub fn save_lang(lang: Lang) {
    // A language that is not kept is no loss: the next visit starts in Danish.
    let _ = LocalStorage::set(LANG_KEY, lang);
}

/// Workshop mode is on, and the scenarios as they were when it began (its "back to the
/// start"): kept in this browser, so the mode survives a reload until it is turned off.
const WORKSHOP_KEY: &str = "plan-budget/workshop";

pub fn load_workshop() -> Option<plan_core::scenarios::ScenarioSet> {
    let text: String = LocalStorage::raw().get_item(WORKSHOP_KEY).ok().flatten()?;
    // A start that cannot be read (an older version's) starts the workshop from now.
    serde_json::from_str(&text).ok()
}

pub fn save_workshop(start: Option<&plan_core::scenarios::ScenarioSet>) {
    let raw = LocalStorage::raw();
    // Not kept (storage full or off): the mode then ends on a reload, as before.
    let _ = match start {
        Some(set) => serde_json::to_string(set)
            .map_err(|_| wasm_bindgen::JsValue::NULL)
            .and_then(|t| raw.set_item(WORKSHOP_KEY, &t)),
        None => raw.remove_item(WORKSHOP_KEY),
    };
}

/// The meta record for this page.
fn meta_text() -> String {
    let indicators_in = saver::kept_indicators_in().unwrap_or_else(|| home().code().to_owned());
    Meta::current(&indicators_in).encode()
}
