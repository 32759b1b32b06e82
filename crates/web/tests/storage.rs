//! The storage adapter against the real localStorage of headless Chromium
//! (wasm-bindgen-test; run by scripts/test).

use gloo_storage::{LocalStorage, Storage};
use plan_core::{defaults::default_workspace, persist, LoadError, StatusColour};
use plan_web::storage::{self, StartupNotice, BACKUP_PREFIX, WORKSPACE_KEY};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn clear() {
    LocalStorage::clear();
}

fn raw(key: &str) -> Option<String> {
    LocalStorage::raw().get_item(key).unwrap()
}

#[wasm_bindgen_test]
fn first_visit_gets_the_default_plan_and_saves_it() {
    clear();
    let startup = storage::load_workspace();
    assert_eq!(startup.workspace, default_workspace());
    assert!(startup.notice.is_none());
    let stored = raw(WORKSPACE_KEY).expect("the default is saved on the first visit");
    let (ws, migrated) = persist::decode(&stored).unwrap();
    assert_eq!(ws, default_workspace());
    assert_eq!(migrated, None);
}

#[wasm_bindgen_test]
fn a_saved_change_is_restored_on_the_next_load() {
    clear();
    let mut ws = storage::load_workspace().workspace;
    ws.plan.name = "Beskæftigelsesplan 2025-26 (udkast)".into();
    if let Some(item) = ws
        .status_sheets
        .iter_mut()
        .flat_map(|s| s.items.iter_mut())
        .next()
    {
        item.colour = Some(StatusColour::AllOk);
    }
    storage::save_workspace(&ws).unwrap();
    let again = storage::load_workspace();
    assert!(again.notice.is_none());
    assert_eq!(again.workspace, ws);
}

#[wasm_bindgen_test]
fn an_unreadable_state_is_kept_in_a_backup_and_reported() {
    clear();
    let broken = "{\"schema_version\": 1, \"plan\": {\"name\": ";
    LocalStorage::raw().set_item(WORKSPACE_KEY, broken).unwrap();
    let startup = storage::load_workspace();
    let Some(StartupNotice::Broken { error, backup_key }) = startup.notice else {
        panic!("expected a broken-state notice, got {:?}", startup.notice);
    };
    assert!(matches!(error, LoadError::NotJson { .. }), "{error:?}");
    assert!(backup_key.starts_with(BACKUP_PREFIX), "{backup_key}");
    assert!(backup_key.ends_with("/unreadable"), "{backup_key}");
    assert_eq!(raw(&backup_key).as_deref(), Some(broken));
    // Loading does not overwrite what was stored.
    assert_eq!(raw(WORKSPACE_KEY).as_deref(), Some(broken));
    assert_eq!(startup.workspace, default_workspace());

    // The next save may replace it, because a backup holds it; no second backup is made.
    storage::save_workspace(&startup.workspace).unwrap();
    assert_eq!(storage::backup_keys(), vec![backup_key.clone()]);
    assert_eq!(raw(&backup_key).as_deref(), Some(broken));
}

#[wasm_bindgen_test]
fn saving_over_an_unreadable_state_backs_it_up_first() {
    clear();
    let broken = "not json at all";
    LocalStorage::raw().set_item(WORKSPACE_KEY, broken).unwrap();
    storage::save_workspace(&default_workspace()).unwrap();
    let keys = storage::backup_keys();
    assert_eq!(keys.len(), 1);
    assert_eq!(raw(&keys[0]).as_deref(), Some(broken));
}

#[wasm_bindgen_test]
fn a_state_from_a_newer_version_is_kept_and_reported() {
    clear();
    let newer = "{\"schema_version\": 99, \"plan\": {}}";
    LocalStorage::raw().set_item(WORKSPACE_KEY, newer).unwrap();
    let startup = storage::load_workspace();
    match startup.notice {
        Some(StartupNotice::Broken {
            error: LoadError::NewerVersion { found: 99 },
            backup_key,
        }) => assert_eq!(raw(&backup_key).as_deref(), Some(newer)),
        other => panic!("expected a newer-version notice, got {other:?}"),
    }
}

#[wasm_bindgen_test]
fn reset_keeps_a_backup_of_what_it_replaces() {
    clear();
    let mut ws = storage::load_workspace().workspace;
    ws.plan.name = "Min ændrede plan".into();
    storage::save_workspace(&ws).unwrap();
    let saved = raw(WORKSPACE_KEY).unwrap();

    let (fresh, key) = storage::reset_to_default(&ws).unwrap();
    assert_eq!(fresh, default_workspace());
    assert!(key.ends_with("/reset"), "{key}");
    assert_eq!(raw(&key).as_deref(), Some(saved.as_str()));
    let (stored, _) = persist::decode(&raw(WORKSPACE_KEY).unwrap()).unwrap();
    assert_eq!(stored, default_workspace());
}

#[wasm_bindgen_test]
fn backups_in_the_same_millisecond_get_distinct_keys() {
    clear();
    let a = storage::backup("a", storage::BackupReason::Reset).unwrap();
    let b = storage::backup("b", storage::BackupReason::Reset).unwrap();
    assert_ne!(a, b);
    assert_eq!(raw(&a).as_deref(), Some("a"));
    assert_eq!(raw(&b).as_deref(), Some("b"));
}

#[wasm_bindgen_test]
fn the_language_choice_is_remembered() {
    clear();
    assert_eq!(storage::load_lang(), None);
    storage::save_lang(plan_core::Lang::En);
    assert_eq!(storage::load_lang(), Some(plan_core::Lang::En));
}
