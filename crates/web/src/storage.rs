//! Storage adapter: the workspace in the browser's localStorage (through gloo-storage).
//! What a stored text means is decided in `plan_core::persist`; this module only moves
//! text in and out, and keeps what it must not lose under backup keys.

use gloo_storage::{LocalStorage, Storage};
use plan_core::{persist, LoadError, LoadOutcome, Workspace};
use wasm_bindgen::JsCast;

/// The key of the working state.
pub const WORKSPACE_KEY: &str = "plan-budget/workspace";
/// Prefix of backup keys: `plan-budget/backup/<ISO time>/<reason>`.
pub const BACKUP_PREFIX: &str = "plan-budget/backup/";
/// The chosen UI language.
pub const LANG_KEY: &str = "plan-budget/lang";
/// Which tab saved the working state last, and its save count: `<tab id>-<n>`.
pub const REVISION_KEY: &str = "plan-budget/revision";

thread_local! {
    /// The revision this tab loaded or saved last. A different stored revision means another
    /// tab (or window) has saved since.
    static KNOWN_REVISION: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
    static SAVES: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
    static TAB_ID: String = format!("{:x}", (js_sys::Math::random() * 1e12) as u64);
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

/// Why a backup was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackupReason {
    /// The stored state could not be read.
    Unreadable,
    /// The user reset to the default plan.
    Reset,
    /// The stored state was in an older schema version and has been migrated.
    Migrated,
    /// The user replaced the data with a loaded file.
    FileImport,
    /// A one-file app was opened whose workspace replaced the stored one.
    OneFile,
    /// Two tabs changed the plan at once; the version not kept is here.
    OtherTab,
}

impl BackupReason {
    fn code(self) -> &'static str {
        match self {
            BackupReason::Unreadable => "unreadable",
            BackupReason::Reset => "reset",
            BackupReason::Migrated => "migrated",
            BackupReason::FileImport => "file-import",
            BackupReason::OneFile => "one-file",
            BackupReason::OtherTab => "other-tab",
        }
    }
}

/// What the app starts with, and what it must tell the user about it.
#[derive(Debug, Clone)]
pub struct Startup {
    pub workspace: Workspace,
    pub notice: Option<StartupNotice>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum StartupNotice {
    /// The stored state was unreadable; it is kept under `backup_key`.
    Broken {
        error: LoadError,
        backup_key: String,
    },
    /// The stored state was migrated from an older schema version.
    Migrated { from: u32 },
}

fn raw_get(key: &str) -> Option<String> {
    LocalStorage::raw().get_item(key).ok().flatten()
}

fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Loads the working state. A first visit gets the default plan (and it is saved); an
/// unreadable state is copied to a backup key, left in place, and reported.
pub fn load_workspace() -> Startup {
    remember_stored_revision();
    let raw = raw_get(WORKSPACE_KEY);
    match persist::load(raw.as_deref(), plan_core::defaults::default_workspace) {
        LoadOutcome::Fresh(workspace) => {
            // Best effort: a failure here is reported on the next change.
            let _ = save_workspace(&workspace);
            Startup {
                workspace,
                notice: None,
            }
        }
        LoadOutcome::Loaded(workspace) => Startup {
            workspace,
            notice: None,
        },
        LoadOutcome::Migrated { workspace, from } => {
            // Keep the old text before the new format replaces it.
            if let Some(raw) = &raw {
                let _ = backup(raw, BackupReason::Migrated);
            }
            let _ = save_workspace(&workspace);
            Startup {
                workspace,
                notice: Some(StartupNotice::Migrated { from }),
            }
        }
        LoadOutcome::Broken { error, fallback } => {
            let raw = raw.unwrap_or_default();
            let backup_key =
                backup(&raw, BackupReason::Unreadable).unwrap_or_else(|e| format!("({e})"));
            Startup {
                workspace: fallback,
                notice: Some(StartupNotice::Broken { error, backup_key }),
            }
        }
    }
}

/// Why the working state could not be saved.
#[derive(Debug, Clone, PartialEq)]
pub struct SaveError {
    /// The browser's storage for this page is full (QuotaExceededError).
    pub full: bool,
    /// Another tab or window saved since this tab loaded or saved: nothing was written.
    pub other_tab: bool,
    pub detail: String,
}

impl SaveError {
    fn from_js(e: wasm_bindgen::JsValue) -> Self {
        let full = e
            .dyn_ref::<js_sys::Error>()
            .is_some_and(|err| err.name() == "QuotaExceededError");
        SaveError {
            full,
            other_tab: false,
            detail: js_error_text(e),
        }
    }

    /// What happened and what to do, in the UI language.
    pub fn message(&self, lang: plan_core::Lang) -> String {
        use plan_core::Lang::{Da, En};
        if self.other_tab {
            return match lang {
                Da => "Planen er ændret i en anden fane eller et andet vindue, efter du åbnede den her. Din ændring er ikke skrevet oven i den anden: vælg, hvilken version der skal gælde.".into(),
                En => "The plan was changed in another tab or window after you opened it here. Your change was not written over the other: choose which version is to count.".into(),
            };
        }
        match (self.full, lang) {
            (true, Da) => "Browserens lager er fuldt, så den seneste ændring er ikke gemt. Det, der var gemt før, er uændret, og ændringen er stadig her på siden. Hent dine data som fil under Om data, og slet gamle sikkerhedskopier eller importer for at få plads.".into(),
            (true, En) => "The browser's storage is full, so the latest change is not saved. What was saved before is unchanged, and the change is still here on the page. Download your data as a file under About the data, and delete old backups or imports to make room.".into(),
            (false, Da) => format!("Den seneste ændring kunne ikke gemmes ({}). Det, der var gemt før, er uændret; hent dine data som fil under Om data.", self.detail),
            (false, En) => format!("The latest change could not be saved ({}). What was saved before is unchanged; download your data as a file under About the data.", self.detail),
        }
    }
}

impl From<SaveError> for String {
    fn from(e: SaveError) -> String {
        e.message(plan_core::Lang::Da)
    }
}

/// Saves the working state. An unreadable stored state is never overwritten unless a backup
/// holds it; when the storage is full nothing stored changes.
pub fn save_workspace(workspace: &Workspace) -> Result<(), SaveError> {
    if let Some(raw) = raw_get(WORKSPACE_KEY) {
        if persist::decode(&raw).is_err() && !backup_holds(&raw) {
            backup(&raw, BackupReason::Unreadable).map_err(|detail| SaveError {
                full: false,
                other_tab: false,
                detail,
            })?;
        }
    }
    if other_tab_saved() {
        return Err(SaveError {
            full: false,
            other_tab: true,
            detail: String::new(),
        });
    }
    let text = persist::encode(workspace);
    if raw_get(WORKSPACE_KEY).as_deref() == Some(text.as_str()) {
        // Nothing new: no write, and no new revision to alarm other tabs.
        return Ok(());
    }
    LocalStorage::raw()
        .set_item(WORKSPACE_KEY, &text)
        .map_err(SaveError::from_js)?;
    write_revision();
    Ok(())
}

/// Two tabs changed the plan: this tab takes the stored version (the other tab's), and its own
/// is kept as a backup. Returns the stored workspace and the backup key.
pub fn take_other_tabs_version(mine: &Workspace) -> Result<(Workspace, String), String> {
    let raw = raw_get(WORKSPACE_KEY).ok_or_else(|| "intet gemt".to_owned())?;
    let (theirs, _) = persist::decode(&raw).map_err(|e| e.message_da())?;
    let key = backup(&persist::encode(mine), BackupReason::OtherTab)?;
    remember_stored_revision();
    Ok((theirs, key))
}

/// Two tabs changed the plan: this tab's version is saved, the other tab's is kept as a
/// backup. Returns the backup key.
pub fn keep_mine_over_other_tab(mine: &Workspace) -> Result<String, String> {
    let key = match raw_get(WORKSPACE_KEY) {
        Some(raw) => backup(&raw, BackupReason::OtherTab)?,
        None => String::new(),
    };
    remember_stored_revision();
    save_workspace(mine)?;
    Ok(key)
}

/// Deletes a backup (to make room in a full storage).
pub fn remove_backup(key: &str) {
    if key.starts_with(BACKUP_PREFIX) {
        let _ = LocalStorage::raw().remove_item(key);
    }
}

/// Whether some backup holds exactly this text.
fn backup_holds(raw: &str) -> bool {
    backup_keys()
        .iter()
        .any(|k| raw_get(k).as_deref() == Some(raw))
}

/// Copies a text to a new backup key and returns the key.
pub fn backup(raw: &str, reason: BackupReason) -> Result<String, String> {
    let key = format!("{BACKUP_PREFIX}{}/{}", now_iso(), reason.code());
    // Two backups in the same millisecond must not share a key.
    let mut key = key;
    while raw_get(&key).is_some() {
        key.push('+');
    }
    LocalStorage::raw()
        .set_item(&key, raw)
        .map_err(js_error_text)?;
    Ok(key)
}

/// Replaces the working state with the default plan, keeping what it replaces as a backup.
/// Returns the new workspace and the backup key; nothing is replaced if the backup fails.
pub fn reset_to_default(current: &Workspace) -> Result<(Workspace, String), String> {
    let stored = raw_get(WORKSPACE_KEY).unwrap_or_else(|| persist::encode(current));
    let key = backup(&stored, BackupReason::Reset)?;
    let workspace = plan_core::defaults::default_workspace();
    save_workspace(&workspace)?;
    Ok((workspace, key))
}

/// The backup keys in storage, newest first.
pub fn backup_keys() -> Vec<String> {
    let storage = LocalStorage::raw();
    let len = storage.length().unwrap_or(0);
    let mut keys: Vec<String> = (0..len)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(BACKUP_PREFIX))
        .collect();
    keys.sort();
    keys.reverse();
    keys
}

/// The text stored under a key.
pub fn read_raw(key: &str) -> Option<String> {
    raw_get(key)
}

pub fn load_lang() -> Option<plan_core::Lang> {
    LocalStorage::get(LANG_KEY).ok()
}

pub fn save_lang(lang: plan_core::Lang) {
    // A language that is not kept is no loss: the next visit starts in Danish.
    let _ = LocalStorage::set(LANG_KEY, lang);
}

fn js_error_text(e: wasm_bindgen::JsValue) -> String {
    if let Some(err) = e.dyn_ref::<js_sys::Error>() {
        return format!("{}: {}", err.name(), err.message());
    }
    e.as_string().unwrap_or_else(|| format!("{e:?}"))
}
