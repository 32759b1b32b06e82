//! Writing what the saver decided to save: the parts that differ from what storage holds,
//! localStorage first and synchronously, then the part kept in IndexedDB, then the meta record.

use gloo_storage::{LocalStorage, Storage};
use plan_core::{Part, Workspace};

use super::super::error::SaveError;
use super::super::{
    idb, in_idb, meta_text, other_tab_saved, part_key, raw_get, write_revision, META_KEY,
};
use super::SAVER;

/// The parts of `ws` that storage does not hold yet (and may be written).
fn parts_to_write(ws: &Workspace) -> Vec<Part> {
    SAVER.with(|s| {
        let s = s.borrow();
        Part::ALL
            .into_iter()
            .filter(|p| !s.locked.contains(p))
            .filter(|p| {
                s.force.contains(p) || s.baseline.as_ref().is_none_or(|b| !ws.part_eq(b, *p))
            })
            .collect()
    })
}

fn saved_part(ws: &Workspace, part: Part) {
    SAVER.with(|s| {
        let mut s = s.borrow_mut();
        s.force.remove(&part);
        match &mut s.baseline {
            Some(b) => b.take_part(ws, part),
            None => s.baseline = Some(ws.clone()),
        }
    });
}

fn other_tab_error() -> SaveError {
    SaveError {
        full: false,
        other_tab: true,
        locked: false,
        detail: String::new(),
    }
}

/// Writes the parts kept in localStorage (synchronously) and says whether a part kept in
/// IndexedDB is left to write.
pub(super) fn write_local(ws: &Workspace) -> Result<bool, SaveError> {
    let locked_changed = SAVER.with(|s| {
        let s = s.borrow();
        s.locked
            .iter()
            .any(|p| s.locked_base.as_ref().is_some_and(|b| !ws.part_eq(b, *p)))
    });
    if locked_changed {
        return Err(SaveError {
            full: false,
            other_tab: false,
            locked: true,
            detail: String::new(),
        });
    }
    let parts = parts_to_write(ws);
    if parts.is_empty() {
        write_meta()?;
        return Ok(false);
    }
    if other_tab_saved() {
        return Err(other_tab_error());
    }
    // With no baseline, the first part saved makes one; the others must still be written.
    let all_unknown = SAVER.with(|s| s.borrow().baseline.is_none());
    if all_unknown {
        SAVER.with(|s| s.borrow_mut().force = parts.iter().copied().collect());
    }
    // The revision first: another tab learns at once that this one is saving.
    write_revision();
    for &part in parts.iter().filter(|p| !in_idb(**p)) {
        LocalStorage::raw()
            .set_item(&part_key(part), &ws.part_json(part))
            .map_err(SaveError::from_js)?;
        saved_part(ws, part);
    }
    let idb_left = parts.iter().any(|p| in_idb(*p));
    if !idb_left {
        write_meta()?;
    }
    Ok(idb_left)
}

/// Writes the part kept in IndexedDB, then the meta record.
pub(super) async fn write_idb(ws: &Workspace) -> Result<(), SaveError> {
    let parts: Vec<Part> = parts_to_write(ws)
        .into_iter()
        .filter(|p| in_idb(*p))
        .collect();
    for part in parts {
        if other_tab_saved() {
            return Err(other_tab_error());
        }
        write_revision();
        let text = ws.part_json(part);
        idb::put(idb::PARTS, part.key(), &text)
            .await
            .map_err(SaveError::from_idb)?;
        saved_part(ws, part);
        // Another tab saved while IndexedDB was writing: say so before anything more.
        if other_tab_saved() {
            return Err(other_tab_error());
        }
        // A copy kept in localStorage while IndexedDB could not be used is no longer needed
        // (the meta record first, so it never points at the copy once it is gone).
        write_meta()?;
        let _ = LocalStorage::raw().remove_item(&part_key(part));
    }
    write_meta()
}

/// The meta record: written after the parts, so until it is there a first save (or the move
/// from one text into parts) has not happened and the next load starts from what was there.
fn write_meta() -> Result<(), SaveError> {
    if SAVER.with(|s| s.borrow().meta_locked) {
        return Ok(());
    }
    let meta = meta_text();
    if raw_get(META_KEY).as_deref() != Some(meta.as_str()) {
        LocalStorage::raw()
            .set_item(META_KEY, &meta)
            .map_err(SaveError::from_js)?;
    }
    Ok(())
}
