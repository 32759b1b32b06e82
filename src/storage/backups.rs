//! Backups: a stored text copied, unchanged, before anything replaces it. Kept in IndexedDB
//! where the page has it (a backup of a workspace with imported figures can be many MB), in
//! localStorage otherwise. Keys are `plan-budget/backup/<ISO time>/<reason>` in both.

use std::cell::RefCell;

use gloo_storage::{LocalStorage, Storage};

use super::{idb, js_error_text, now_iso, raw_get};

/// Prefix of backup keys.
pub const BACKUP_PREFIX: &str = "plan-budget/backup/";

/// Why a backup was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackupReason {
    /// The stored state could not be read.
    Unreadable,
    /// The user reset to the default plan.
    Reset,
    /// The stored state was in an older schema version or layout and has been migrated.
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

thread_local! {
    /// The backup keys in IndexedDB (read when it is opened, kept up to date here).
    static IDB_KEYS: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

pub(super) async fn load_idb_keys() {
    let keys = idb::keys(idb::BACKUPS).await.unwrap_or_default();
    IDB_KEYS.with(|k| *k.borrow_mut() = keys);
}

fn taken(key: &str) -> bool {
    raw_get(key).is_some() || IDB_KEYS.with(|k| k.borrow().iter().any(|x| x == key))
}

/// Copies a text to a new backup key and returns the key.
pub async fn backup(raw: &str, reason: BackupReason) -> Result<String, String> {
    let mut key = format!("{BACKUP_PREFIX}{}/{}", now_iso(), reason.code());
    // Two backups in the same millisecond must not share a key.
    while taken(&key) {
        key.push('+');
    }
    if idb::is_open() {
        idb::put(idb::BACKUPS, &key, raw)
            .await
            .map_err(|e| e.to_string())?;
        IDB_KEYS.with(|k| k.borrow_mut().push(key.clone()));
    } else {
        LocalStorage::raw()
            .set_item(&key, raw)
            .map_err(js_error_text)?;
    }
    Ok(key)
}

/// The backup keys, newest first.
pub fn backup_keys() -> Vec<String> {
    let storage = LocalStorage::raw();
    let len = storage.length().unwrap_or(0);
    let mut keys: Vec<String> = (0..len)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(BACKUP_PREFIX))
        .collect();
    IDB_KEYS.with(|k| keys.extend(k.borrow().iter().cloned()));
    keys.sort();
    keys.dedup();
    keys.reverse();
    keys
}

/// The text of a backup.
pub async fn read_backup(key: &str) -> Option<String> {
    if let Some(text) = raw_get(key) {
        return Some(text);
    }
    if idb::is_open() {
        return idb::get(idb::BACKUPS, key).await.ok().flatten();
    }
    None
}

/// Deletes a backup (to make room in a full storage).
pub async fn remove_backup(key: &str) {
    if !key.starts_with(BACKUP_PREFIX) {
        return;
    }
    let _ = LocalStorage::raw().remove_item(key);
    if idb::is_open() && idb::delete(idb::BACKUPS, key).await.is_ok() {
        IDB_KEYS.with(|k| k.borrow_mut().retain(|x| x != key));
    }
}
