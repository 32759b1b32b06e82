//! The storage adapter against the real localStorage and IndexedDB of headless Chromium
//! (wasm-bindgen-test; run by scripts/test).

use gloo_storage::{LocalStorage, Storage};
use plan_core::persist::parts::Meta;
use plan_core::{defaults::default_workspace, persist, LoadError, Part, StatusColour};
use plan_web::storage::{
    self, idb, BackupReason, StartupNotice, BACKUP_PREFIX, LEGACY_KEY, META_KEY,
};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn clear() {
    LocalStorage::clear();
    storage::open().await.expect("IndexedDB opens in Chromium");
    for store in [idb::PARTS, idb::BACKUPS] {
        for key in idb::keys(store).await.unwrap() {
            idb::delete(store, &key).await.unwrap();
        }
    }
    // The adapter's list of backup keys follows the store again.
    storage::open().await.unwrap();
}

/// Loads, and waits until what the load saves is saved.
async fn load() -> storage::Startup {
    let startup = storage::load().await;
    storage::idle().await;
    startup
}

fn raw(key: &str) -> Option<String> {
    LocalStorage::raw().get_item(key).unwrap()
}

async fn backup_text(key: &str) -> Option<String> {
    storage::read_backup(key).await
}

#[wasm_bindgen_test]
async fn first_visit_gets_the_default_plan_and_saves_it_part_by_part() {
    clear().await;
    let startup = load().await;
    assert_eq!(startup.workspace, default_workspace());
    assert!(startup.notices.is_empty(), "{:?}", startup.notices);
    let meta = Meta::decode(&raw(META_KEY).expect("the meta record is saved")).unwrap();
    assert_eq!(meta.indicators_in, "indexeddb");
    for part in Part::ALL.into_iter().filter(|p| *p != Part::Indicators) {
        assert_eq!(
            raw(&storage::part_key(part)),
            Some(default_workspace().part_json(part)),
            "{part:?}"
        );
    }
    // The imported figures are in IndexedDB, not in localStorage.
    assert_eq!(raw(&storage::part_key(Part::Indicators)), None);
    let stored = idb::get(idb::PARTS, "indicators").await.unwrap();
    assert_eq!(
        stored,
        Some(default_workspace().part_json(Part::Indicators))
    );
    assert_eq!(raw(LEGACY_KEY), None);
}

#[wasm_bindgen_test]
async fn a_saved_change_is_restored_on_the_next_load() {
    clear().await;
    let mut ws = load().await.workspace;
    ws.plan.name = "Beskæftigelsesplan 2025-26 (udkast)".into();
    if let Some(item) = ws
        .status_sheets
        .iter_mut()
        .flat_map(|s| s.items.iter_mut())
        .next()
    {
        item.colour = Some(StatusColour::AllOk);
    }
    ws.indicators.links.clear();
    storage::save_now(&ws).await.unwrap();
    let again = load().await;
    assert!(again.notices.is_empty(), "{:?}", again.notices);
    assert_eq!(again.workspace, ws);
}

#[wasm_bindgen_test]
async fn a_change_writes_only_the_parts_it_changed() {
    clear().await;
    let ws = load().await.workspace;
    // Mark the stored plan: if a save wrote it again, the mark would be gone.
    let plan_key = storage::part_key(Part::Plan);
    let mut marked = ws.clone();
    marked.plan.name = "mærket".into();
    LocalStorage::raw()
        .set_item(&plan_key, &marked.part_json(Part::Plan))
        .unwrap();
    let mut next = ws.clone();
    next.scenarios.scenarios[0].name = "Ændret".into();
    storage::save_now(&next).await.unwrap();
    assert_eq!(raw(&plan_key), Some(marked.part_json(Part::Plan)));
    assert_eq!(
        raw(&storage::part_key(Part::Scenarios)),
        Some(next.part_json(Part::Scenarios))
    );
}

#[wasm_bindgen_test]
async fn a_version_5_state_in_one_key_moves_into_parts_with_a_backup() {
    clear().await;
    let mut ws = default_workspace();
    ws.plan.name = "Gemt af version 5".into();
    let old = persist::encode(&ws);
    LocalStorage::raw().set_item(LEGACY_KEY, &old).unwrap();
    let startup = load().await;
    assert_eq!(startup.workspace, ws);
    let Some(StartupNotice::MovedToParts { backup_key }) = startup.notices.first().cloned() else {
        panic!(
            "expected a moved-to-parts notice, got {:?}",
            startup.notices
        );
    };
    assert!(backup_key.ends_with("/migrated"), "{backup_key}");
    assert_eq!(
        backup_text(&backup_key).await.as_deref(),
        Some(old.as_str())
    );
    // The old key is gone once the backup holds it; the parts read back the same.
    assert_eq!(raw(LEGACY_KEY), None);
    let again = load().await;
    assert!(again.notices.is_empty(), "{:?}", again.notices);
    assert_eq!(again.workspace, ws);
}

#[wasm_bindgen_test]
async fn an_unreadable_old_state_is_kept_in_a_backup_and_reported() {
    clear().await;
    let broken = "{\"schema_version\": 1, \"plan\": {\"name\": ";
    LocalStorage::raw().set_item(LEGACY_KEY, broken).unwrap();
    let startup = load().await;
    let Some(StartupNotice::Broken { error, backup_key }) = startup.notices.first().cloned() else {
        panic!("expected a broken-state notice, got {:?}", startup.notices);
    };
    assert!(matches!(error, LoadError::NotJson { .. }), "{error:?}");
    assert!(backup_key.starts_with(BACKUP_PREFIX), "{backup_key}");
    assert!(backup_key.ends_with("/unreadable"), "{backup_key}");
    assert_eq!(backup_text(&backup_key).await.as_deref(), Some(broken));
    assert_eq!(startup.workspace, default_workspace());
}

#[wasm_bindgen_test]
async fn an_unreadable_part_is_kept_and_the_others_are_read() {
    clear().await;
    let mut ws = load().await.workspace;
    ws.plan.name = "Min plan".into();
    storage::save_now(&ws).await.unwrap();
    let broken = "{\"assumptions\": [";
    LocalStorage::raw()
        .set_item(&storage::part_key(Part::Scenarios), broken)
        .unwrap();
    let startup = load().await;
    assert_eq!(startup.workspace.plan.name, "Min plan");
    assert_eq!(startup.workspace.scenarios, default_workspace().scenarios);
    let Some(StartupNotice::BrokenParts(parts)) = startup.notices.first().cloned() else {
        panic!("expected a broken-part notice, got {:?}", startup.notices);
    };
    assert_eq!(parts.len(), 1);
    assert_eq!(parts[0].0.part, Part::Scenarios);
    assert_eq!(backup_text(&parts[0].1).await.as_deref(), Some(broken));
}

#[wasm_bindgen_test]
async fn a_state_from_a_newer_version_is_kept_and_reported() {
    clear().await;
    load().await;
    let newer = "{\"schema_version\": 99, \"layout\": 2}";
    LocalStorage::raw().set_item(META_KEY, newer).unwrap();
    let startup = load().await;
    match startup.notices.first() {
        Some(StartupNotice::Broken {
            error: LoadError::NewerVersion { found: 99 },
            backup_key,
        }) => {
            let kept = backup_text(backup_key).await.unwrap();
            assert!(kept.contains("schema_version\\\": 99"), "{kept}");
        }
        other => panic!("expected a newer-version notice, got {other:?}"),
    }
    // Nothing is written over it, not even when the user changes something: this page does
    // not know what the newer version saved.
    assert_eq!(raw(META_KEY).as_deref(), Some(newer));
    let mut ws = startup.workspace.clone();
    ws.plan.name = "Ændret i en ældre udgave".into();
    let refused = storage::save_now(&ws).await.unwrap_err();
    assert!(refused.locked, "{refused:?}");
    assert!(refused
        .message(plan_core::Lang::Da)
        .contains("bevares uændret"));
    assert_eq!(raw(META_KEY).as_deref(), Some(newer));
    assert_eq!(
        raw(&storage::part_key(Part::Plan)),
        Some(default_workspace().part_json(Part::Plan))
    );
}

#[wasm_bindgen_test]
async fn replacing_keeps_a_backup_of_what_it_replaces() {
    clear().await;
    let mut ws = load().await.workspace;
    ws.plan.name = "Min ændrede plan".into();
    storage::save_now(&ws).await.unwrap();
    let stored = storage::stored_document().await.unwrap().unwrap();
    let key = storage::replace_stored(
        None,
        &default_workspace(),
        BackupReason::Reset,
        plan_core::Lang::Da,
    )
    .await
    .unwrap()
    .unwrap();
    assert!(key.ends_with("/reset"), "{key}");
    let kept = backup_text(&key).await.unwrap();
    assert_eq!(kept, stored);
    let (from_backup, _) = persist::decode(&kept).unwrap();
    assert_eq!(from_backup, ws);
    assert_eq!(load().await.workspace, default_workspace());
}

#[wasm_bindgen_test]
async fn backups_in_the_same_millisecond_get_distinct_keys() {
    clear().await;
    let a = storage::backup("a", BackupReason::Reset).await.unwrap();
    let b = storage::backup("b", BackupReason::Reset).await.unwrap();
    assert_ne!(a, b);
    assert_eq!(backup_text(&a).await.as_deref(), Some("a"));
    assert_eq!(backup_text(&b).await.as_deref(), Some("b"));
    assert_eq!(storage::backup_keys(), vec![b.clone(), a.clone()]);
    storage::remove_backup(&a).await;
    assert_eq!(storage::backup_keys(), vec![b]);
}

#[wasm_bindgen_test]
async fn the_language_choice_is_remembered() {
    clear().await;
    assert_eq!(storage::load_lang(), None);
    storage::save_lang(plan_core::Lang::En);
    assert_eq!(storage::load_lang(), Some(plan_core::Lang::En));
}
