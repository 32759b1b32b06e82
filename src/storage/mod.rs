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
pub mod idb;
mod saver;

use gloo_storage::{LocalStorage, Storage};
use plan_core::persist::parts::{decode_parts, Meta, PartError};
use plan_core::{persist, Lang, LoadError, Part, Workspace};
use wasm_bindgen::JsCast;

pub use backups::{backup, backup_keys, read_backup, remove_backup, BackupReason, BACKUP_PREFIX};
pub use saver::{
    flush, last_saved_document, on_save, save_now, schedule, SaveError, SaveStatus, SAVE_DELAY_MS,
};

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

fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

fn js_error_text(e: wasm_bindgen::JsValue) -> String {
    if let Some(err) = e.dyn_ref::<js_sys::Error>() {
        return format!("{}: {}", err.name(), err.message());
    }
    e.as_string().unwrap_or_else(|| format!("{e:?}"))
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

/// What the app starts with, and what it must tell the user about it.
#[derive(Debug, Clone)]
pub struct Startup {
    pub workspace: Workspace,
    pub notices: Vec<StartupNotice>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum StartupNotice {
    /// The stored state was unreadable as a whole; it is kept under `backup_key`.
    Broken {
        error: LoadError,
        backup_key: String,
    },
    /// Some parts were unreadable; each is kept under its backup key, the default stands in.
    BrokenParts(Vec<(PartError, String)>),
    /// The stored state was migrated from an older schema version.
    Migrated { from: u32 },
    /// The state of an earlier version (one text for everything) is now kept part by part;
    /// the old text is kept under `backup_key`.
    MovedToParts { backup_key: String },
    /// IndexedDB cannot be used here: the imported figures go to localStorage.
    NoIndexedDb { detail: String },
    /// The imported figures are in IndexedDB, which this page cannot open now: they are
    /// left as they are, not shown, and not saved over.
    IndicatorsUnreachable { detail: String },
}

/// The stored text of a part, from wherever it lives.
async fn stored_part(part: Part, meta: &Meta) -> Result<Option<String>, idb::IdbError> {
    if part == Part::Indicators && meta.indicators_in == Home::IndexedDb.code() {
        return idb::get(idb::PARTS, part.key()).await;
    }
    Ok(raw_get(&part_key(part)))
}

/// The stored workspace as one document text (for a backup before it is replaced), or
/// `None` if nothing is stored.
pub async fn stored_document() -> Option<String> {
    let raw_meta = raw_get(META_KEY);
    let Some(raw_meta) = raw_meta else {
        return raw_get(LEGACY_KEY);
    };
    let meta = Meta::decode(&raw_meta).ok();
    let version = meta.as_ref().map_or(0, |m| m.schema_version);
    let mut doc = format!("{{\"schema_version\":{version}");
    for part in Part::ALL {
        let text = match &meta {
            Some(meta) => stored_part(part, meta).await.ok().flatten(),
            // An unreadable meta record: whatever is stored, wherever it is.
            None => match raw_get(&part_key(part)) {
                Some(text) => Some(text),
                None if part == Part::Indicators && idb::is_open() => {
                    idb::get(idb::PARTS, part.key()).await.ok().flatten()
                }
                None => None,
            },
        };
        if let Some(text) = text {
            doc.push_str(&format!(",\"{}\":{}", part.key(), text));
        }
    }
    doc.push('}');
    Some(doc)
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

/// Loads the working state. A first visit gets the default plan (and it is saved); the one
/// text of an earlier version is moved into parts; an unreadable part is backed up, left in
/// place until the backup holds it, and reported.
pub async fn load() -> Startup {
    let mut notices = Vec::new();
    if let Err(e) = open().await {
        notices.push(StartupNotice::NoIndexedDb {
            detail: e.to_string(),
        });
    }
    remember_stored_revision();
    match raw_get(META_KEY) {
        Some(raw_meta) => load_parts(&raw_meta, notices).await,
        None => load_legacy(notices).await,
    }
}

async fn load_parts(raw_meta: &str, mut notices: Vec<StartupNotice>) -> Startup {
    let meta = match Meta::decode(raw_meta) {
        Ok(meta) => meta,
        Err(error) => {
            // Nothing of it is read; all of it is kept.
            let doc = stored_document().await.unwrap_or_default();
            let text = format!(
                "{{\"meta\":{},\"document\":{}}}",
                json_string(raw_meta),
                json_string(&doc)
            );
            let backup_key = backup(&text, BackupReason::Unreadable)
                .await
                .unwrap_or_else(|e| format!("({e})"));
            notices.push(StartupNotice::Broken { error, backup_key });
            let workspace = plan_core::defaults::default_workspace();
            saver::set_save_baseline(None, &[]);
            return Startup { workspace, notices };
        }
    };
    let mut texts = Vec::new();
    let mut locked = Vec::new();
    for part in Part::ALL {
        match stored_part(part, &meta).await {
            Ok(text) => texts.push((part, text)),
            Err(e) => {
                notices.push(StartupNotice::IndicatorsUnreachable {
                    detail: e.to_string(),
                });
                locked.push(part);
                texts.push((part, None));
            }
        }
    }
    let outcome = decode_parts(
        &meta,
        |p| {
            texts
                .iter()
                .find(|(q, _)| *q == p)
                .and_then(|(_, t)| t.clone())
        },
        plan_core::defaults::default_workspace,
    );
    let mut broken = Vec::new();
    for e in outcome.broken {
        let text = texts
            .iter()
            .find(|(q, _)| *q == e.part)
            .and_then(|(_, t)| t.clone())
            .unwrap_or_default();
        match backup(&text, BackupReason::Unreadable).await {
            Ok(key) => broken.push((e, key)),
            Err(detail) => {
                // Without a backup the stored text must stay as it is.
                locked.push(e.part);
                broken.push((e, format!("({detail})")));
            }
        }
    }
    let broken_parts: Vec<Part> = broken.iter().map(|(e, _)| e.part).collect();
    if !broken.is_empty() {
        notices.push(StartupNotice::BrokenParts(broken));
    }
    if let Some(from) = outcome.migrated_from {
        notices.push(StartupNotice::Migrated { from });
    }
    let workspace = outcome.workspace;
    let moved_home = meta.indicators_in != home().code() && !locked.contains(&Part::Indicators);
    let mut stand_ins = outcome.missing.clone();
    stand_ins.extend(broken_parts.iter().copied());
    if outcome.migrated_from.is_some() || moved_home {
        // Everything is written again in the current form (and the figures where they now live).
        saver::set_save_baseline(None, &locked);
    } else {
        // What was read is what is stored, but for the parts that stood in for missing or
        // broken ones.
        saver::set_save_baseline_except(&workspace, &stand_ins, &locked);
    }
    if outcome.migrated_from.is_some() || moved_home || !stand_ins.is_empty() {
        let _ = save_now(&workspace).await;
    }
    Startup { workspace, notices }
}

async fn load_legacy(mut notices: Vec<StartupNotice>) -> Startup {
    let raw = raw_get(LEGACY_KEY);
    saver::set_save_baseline(None, &[]);
    match persist::load(raw.as_deref(), plan_core::defaults::default_workspace) {
        plan_core::LoadOutcome::Fresh(workspace) => {
            // Best effort: a failure here is reported on the next change.
            let _ = save_now(&workspace).await;
            Startup { workspace, notices }
        }
        plan_core::LoadOutcome::Loaded(workspace)
        | plan_core::LoadOutcome::Migrated { workspace, .. } => {
            let raw = raw.unwrap_or_default();
            let (decoded_from, _) = persist::decode(&raw)
                .map(|(_, f)| (f, ()))
                .unwrap_or((None, ()));
            if let Some(from) = decoded_from {
                notices.push(StartupNotice::Migrated { from });
            }
            let backup_key = match backup(&raw, BackupReason::Migrated).await {
                Ok(key) => key,
                // No backup: the old text stays where it was, untouched.
                Err(e) => format!("{LEGACY_KEY} ({e})"),
            };
            if save_now(&workspace).await.is_ok() && backup_key.starts_with(BACKUP_PREFIX) {
                let _ = LocalStorage::raw().remove_item(LEGACY_KEY);
            }
            notices.push(StartupNotice::MovedToParts { backup_key });
            Startup { workspace, notices }
        }
        plan_core::LoadOutcome::Broken { error, fallback } => {
            let raw = raw.unwrap_or_default();
            let backup_key = match backup(&raw, BackupReason::Unreadable).await {
                Ok(key) => {
                    let _ = LocalStorage::raw().remove_item(LEGACY_KEY);
                    key
                }
                Err(e) => format!("{LEGACY_KEY} ({e})"),
            };
            notices.push(StartupNotice::Broken { error, backup_key });
            Startup {
                workspace: fallback,
                notices,
            }
        }
    }
}

fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

/// Two tabs changed the plan: this tab takes the stored version (the other tab's), and its own
/// is kept as a backup. Returns the stored workspace and the backup key.
pub async fn take_other_tabs_version(
    mine: &Workspace,
    lang: Lang,
) -> Result<(Workspace, String), String> {
    let nothing = match lang {
        Lang::Da => "Den anden fane har ikke gemt noget.",
        Lang::En => "The other tab has saved nothing.",
    };
    let raw_meta = raw_get(META_KEY).ok_or_else(|| nothing.to_owned())?;
    let meta = Meta::decode(&raw_meta).map_err(|e| match lang {
        Lang::Da => e.message_da(),
        Lang::En => e.message_en(),
    })?;
    let mut texts = Vec::new();
    for part in Part::ALL {
        texts.push((
            part,
            stored_part(part, &meta).await.map_err(|e| e.to_string())?,
        ));
    }
    let outcome = decode_parts(
        &meta,
        |p| {
            texts
                .iter()
                .find(|(q, _)| *q == p)
                .and_then(|(_, t)| t.clone())
        },
        plan_core::defaults::default_workspace,
    );
    if let Some(e) = outcome.broken.first() {
        return Err(e.text(lang));
    }
    let key = backup(&persist::encode(mine), BackupReason::OtherTab).await?;
    remember_stored_revision();
    let theirs = outcome.workspace;
    saver::set_save_baseline(Some(theirs.clone()), &[]);
    Ok((theirs, key))
}

/// Two tabs changed the plan: this tab's version is saved, the other tab's is kept as a
/// backup. Returns the backup key.
pub async fn keep_mine_over_other_tab(mine: &Workspace, lang: Lang) -> Result<String, String> {
    let key = match stored_document().await {
        Some(raw) => backup(&raw, BackupReason::OtherTab).await?,
        None => String::new(),
    };
    remember_stored_revision();
    saver::set_save_baseline(None, &[]);
    save_now(mine).await.map_err(|e| e.message(lang))?;
    Ok(key)
}

/// Replaces the stored workspace with another (a reset, a loaded file, a one-file app),
/// keeping what it replaces as a backup first. Nothing is replaced if the backup fails.
pub async fn replace_stored(
    current: Option<&Workspace>,
    next: &Workspace,
    reason: BackupReason,
    lang: Lang,
) -> Result<Option<String>, String> {
    // What the page shows is what is replaced: a change still waiting to be saved is saved
    // first, and if it cannot be (a full storage), the page's state itself is kept.
    let unsaved = match current {
        Some(ws) => save_now(ws).await.err().map(|_| persist::encode(ws)),
        None => None,
    };
    let no_backup = |e: String| match lang {
        Lang::Da => format!("Der kunne ikke tages en sikkerhedskopi, så intet er erstattet ({e})."),
        Lang::En => format!("No backup could be made, so nothing was replaced ({e})."),
    };
    let key = match unsaved.or(stored_document().await) {
        Some(raw) => Some(backup(&raw, reason).await.map_err(no_backup)?),
        None => None,
    };
    saver::set_save_baseline(None, &[]);
    save_now(next).await.map_err(|e| e.message(lang))?;
    Ok(key)
}

/// How much of the browser's storage the app's localStorage keys take, in characters.
pub fn local_chars() -> usize {
    let storage = LocalStorage::raw();
    let len = storage.length().unwrap_or(0);
    (0..len)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with("plan-budget/"))
        .map(|k| k.len() + raw_get(&k).map_or(0, |v| v.len()))
        .sum()
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

/// The meta record for this page.
fn meta_text() -> String {
    Meta::current(home().code()).encode()
}
