//! Loading what is stored when the page opens: the parts (with the figures from IndexedDB),
//! or the one text of an earlier version, moved into parts; unreadable parts are backed up and
//! reported, never written over without a backup.

use gloo_storage::{LocalStorage, Storage};
use plan_core::persist::parts::{decode_parts, Meta, PartError};
use plan_core::{persist, LoadError, Part, Workspace};

use super::{
    backup, home, open, raw_get, remember_stored_revision, save_now, saver, stored_document,
    stored_part, BackupReason, StoredTexts, BACKUP_PREFIX, LEGACY_KEY, META_KEY,
};

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
    crate::mark("plan:indexeddb-open");
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
            let doc = stored_document().await;
            let text = format!(
                "{{\"meta\":{},\"document\":{}}}",
                json_string(raw_meta),
                json_string(doc.as_ref().ok().and_then(|d| d.as_deref()).unwrap_or(""))
            );
            let backup = backup(&text, BackupReason::Unreadable).await;
            let workspace = plan_core::defaults::default_workspace();
            // Written over only when a backup holds all of it, and never when a newer version
            // saved it (this page would lose what that version knows).
            let newer = matches!(error, plan_core::LoadError::NewerVersion { .. });
            if backup.is_ok() && doc.is_ok() && !newer {
                saver::start_session(None, &[], &[], &workspace, false, None);
            } else {
                saver::start_session(None, &[], &Part::ALL, &workspace, true, None);
            }
            let backup_key = backup.unwrap_or_else(|e| format!("({e})"));
            notices.push(StartupNotice::Broken { error, backup_key });
            return Startup { workspace, notices };
        }
    };
    let mut texts = StoredTexts::new();
    let mut locked = Vec::new();
    for part in Part::ALL {
        match stored_part(part, &meta).await {
            Ok(text) => texts.push(part, text),
            Err(e) => {
                notices.push(StartupNotice::IndicatorsUnreachable {
                    detail: e.to_string(),
                });
                locked.push(part);
                texts.push(part, None);
            }
        }
    }
    let outcome = decode_parts(
        &meta,
        |p| texts.get(p),
        plan_core::defaults::default_workspace,
    );
    let mut broken = Vec::new();
    for e in outcome.broken {
        let text = texts.get(e.part).unwrap_or_default();
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
    let indicators_locked = locked.contains(&Part::Indicators);
    let moved_home = meta.indicators_in != home().code() && !indicators_locked;
    // While the figures cannot be read, the meta record keeps saying where they are.
    let keep_in = indicators_locked.then(|| meta.indicators_in.clone());
    let mut stand_ins = outcome.missing.clone();
    stand_ins.extend(broken_parts.iter().copied());
    stand_ins.retain(|p| !locked.contains(p));
    if outcome.migrated_from.is_some() || moved_home {
        // Everything is written again in the current form (and the figures where they now live).
        saver::start_session(None, &[], &locked, &workspace, false, keep_in);
    } else {
        // What was read is what is stored, but for the parts that stood in for missing or
        // broken ones.
        saver::start_session(
            Some(workspace.clone()),
            &stand_ins,
            &locked,
            &workspace,
            false,
            keep_in,
        );
    }
    if outcome.migrated_from.is_some() || moved_home || !stand_ins.is_empty() {
        let _ = save_now(&workspace).await;
    }
    Startup { workspace, notices }
}

async fn load_legacy(mut notices: Vec<StartupNotice>) -> Startup {
    let raw = raw_get(LEGACY_KEY);
    match persist::load(raw.as_deref(), plan_core::defaults::default_workspace) {
        plan_core::LoadOutcome::Fresh(workspace) => {
            saver::start_session(None, &[], &[], &workspace, false, None);
            // Saved once the page is drawn and ready, not before (a failure is reported like
            // any other save's).
            saver::schedule_first_save(&workspace);
            Startup { workspace, notices }
        }
        plan_core::LoadOutcome::Loaded(workspace)
        | plan_core::LoadOutcome::Migrated { workspace, .. } => {
            saver::start_session(None, &[], &[], &workspace, false, None);
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
            saver::start_session(None, &[], &[], &fallback, false, None);
            let raw = raw.unwrap_or_default();
            // The old key goes only once a backup holds its text; until then it stays as it is
            // (and the parts written from now on are read instead).
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
