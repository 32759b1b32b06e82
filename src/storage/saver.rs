//! Saving part by part: after a change, the parts whose value differs from what was last
//! saved are written (compared by identity first, so unchanged parts cost nothing), a moment
//! later, once for a whole drag; at once when the page is hidden or closed. The page's
//! `<html data-save>` says `pending`, `saved` or `error`, for people's tools and the tests.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;

use gloo_storage::{LocalStorage, Storage};
use plan_core::{Lang, Part, Workspace};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::{idb, in_idb, meta_text, other_tab_saved, part_key, raw_get, write_revision, META_KEY};
use crate::i18n::da_en;

/// How long after the last change a save waits (a drag is saved once, when it pauses).
pub const SAVE_DELAY_MS: i32 = 300;

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
    fn from_js(e: JsValue) -> Self {
        let full = e
            .dyn_ref::<js_sys::Error>()
            .is_some_and(|err| err.name() == "QuotaExceededError")
            || e.dyn_ref::<web_sys::DomException>()
                .is_some_and(|ex| ex.name() == "QuotaExceededError");
        SaveError {
            full,
            other_tab: false,
            detail: super::js_error_text(e),
        }
    }

    fn from_idb(e: idb::IdbError) -> Self {
        SaveError {
            full: e.full(),
            other_tab: false,
            detail: e.to_string(),
        }
    }

    /// What happened and what to do, in the UI language.
    pub fn message(&self, lang: Lang) -> String {
        if self.other_tab {
            return da_en(lang, "Planen er ændret i en anden fane eller et andet vindue, efter du åbnede den her. Din ændring er ikke skrevet oven i den anden: vælg, hvilken version der skal gælde.", "The plan was changed in another tab or window after you opened it here. Your change was not written over the other: choose which version is to count.").into();
        }
        if self.full {
            da_en(lang, "Browserens lager er fuldt, så den seneste ændring er ikke gemt. Det, der var gemt før, er uændret, og ændringen er stadig her på siden. Hent dine data som fil under Om data, og slet gamle sikkerhedskopier eller importer for at få plads.", "The browser's storage is full, so the latest change is not saved. What was saved before is unchanged, and the change is still here on the page. Download your data as a file under About the data, and delete old backups or imports to make room.").into()
        } else {
            da_en(lang, format!("Den seneste ændring kunne ikke gemmes ({}). Det, der var gemt før, er uændret; hent dine data som fil under Om data.", self.detail), format!("The latest change could not be saved ({}). What was saved before is unchanged; download your data as a file under About the data.", self.detail))
        }
    }
}

/// What the saver tells the app.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveStatus {
    Pending,
    Saved,
    Failed(SaveError),
}

type Report = Rc<dyn Fn(SaveStatus)>;

#[derive(Default)]
struct Saver {
    /// What storage holds, part by part; `None`: unknown, every part is written.
    baseline: Option<Workspace>,
    /// Parts written on the next save even if equal to the baseline (stand-ins).
    force: BTreeSet<Part>,
    /// Parts never written on this page (their stored text could not be read or kept).
    locked: BTreeSet<Part>,
    /// The newest state not yet saved.
    pending: Option<Workspace>,
    timer: Option<i32>,
    busy: bool,
    report: Option<Report>,
}

thread_local! {
    static SAVER: RefCell<Saver> = RefCell::new(Saver::default());
}

/// Who hears how saving goes.
pub fn on_save(report: impl Fn(SaveStatus) + 'static) {
    SAVER.with(|s| s.borrow_mut().report = Some(Rc::new(report)));
}

/// What storage now holds (`None`: unknown, write everything next time), and the parts this
/// page must never write.
pub fn set_save_baseline(baseline: Option<Workspace>, locked: &[Part]) {
    SAVER.with(|s| {
        let mut s = s.borrow_mut();
        s.baseline = baseline;
        s.force.clear();
        s.locked = locked.iter().copied().collect();
    });
}

/// Like [`set_save_baseline`], with parts that must be written although the baseline has
/// them (they stood in for parts that were missing or unreadable).
pub fn set_save_baseline_except(baseline: &Workspace, force: &[Part], locked: &[Part]) {
    set_save_baseline(Some(baseline.clone()), locked);
    SAVER.with(|s| s.borrow_mut().force = force.iter().copied().collect());
}

fn status(st: SaveStatus) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let code = match &st {
            SaveStatus::Pending => "pending",
            SaveStatus::Saved => "saved",
            SaveStatus::Failed(_) => "error",
        };
        let _ = el.set_attribute("data-save", code);
    }
    let report = SAVER.with(|s| s.borrow().report.clone());
    if let Some(report) = report {
        report(st);
    }
}

/// What was last saved, as one document text (for the crash message: it must not wait for
/// anything, and must not fail if the panic happened while saving).
pub fn last_saved_document() -> Option<String> {
    SAVER
        .try_with(|s| {
            s.try_borrow()
                .ok()
                .and_then(|s| s.baseline.as_ref().map(plan_core::persist::encode))
        })
        .ok()
        .flatten()
}

/// A change was made: it is saved a moment later (or at once by [`flush`]). A change of a
/// part kept in IndexedDB is saved at once: such edits are single steps (an import, a link),
/// never a drag, and IndexedDB cannot be trusted to finish a write while the page unloads.
pub fn schedule(ws: &Workspace, changed: &[Part]) {
    if changed.iter().any(|p| in_idb(*p)) {
        SAVER.with(|s| s.borrow_mut().pending = Some(ws.clone()));
        status(SaveStatus::Pending);
        flush();
        return;
    }
    let start_timer = SAVER.with(|s| {
        let mut s = s.borrow_mut();
        s.pending = Some(ws.clone());
        s.timer.is_none()
    });
    status(SaveStatus::Pending);
    if start_timer {
        let cb = Closure::once_into_js(flush);
        let id = web_sys::window().and_then(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(
                cb.unchecked_ref(),
                SAVE_DELAY_MS,
            )
            .ok()
        });
        SAVER.with(|s| s.borrow_mut().timer = id);
    }
}

/// Saves what is pending now. The small parts are written before this returns; the large
/// one follows as soon as IndexedDB has taken it.
pub fn flush() {
    let (timer, busy) = SAVER.with(|s| {
        let mut s = s.borrow_mut();
        (s.timer.take(), s.busy)
    });
    if let (Some(id), Some(w)) = (timer, web_sys::window()) {
        w.clear_timeout_with_handle(id);
    }
    if busy {
        // The running save takes the pending state when it is done.
        return;
    }
    let Some(ws) = SAVER.with(|s| s.borrow_mut().pending.take()) else {
        return;
    };
    SAVER.with(|s| s.borrow_mut().busy = true);
    wasm_bindgen_futures::spawn_local(async move {
        let mut next = Some(ws);
        while let Some(ws) = next {
            let result = write(&ws).await;
            next = SAVER.with(|s| s.borrow_mut().pending.take());
            match result {
                Ok(()) if next.is_none() => status(SaveStatus::Saved),
                Ok(()) => {}
                Err(e) => status(SaveStatus::Failed(e)),
            }
        }
        SAVER.with(|s| s.borrow_mut().busy = false);
    });
}

/// Saves this state now and says whether it was saved (an import is saved before it is
/// applied; a reset or a loaded file is saved before it replaces anything).
pub async fn save_now(ws: &Workspace) -> Result<(), SaveError> {
    let timer = SAVER.with(|s| s.borrow_mut().timer.take());
    if let (Some(id), Some(w)) = (timer, web_sys::window()) {
        w.clear_timeout_with_handle(id);
    }
    // Wait for a save that is under way, so the two never interleave.
    while SAVER.with(|s| s.borrow().busy) {
        let _ = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::new(&mut |ok, _| {
            if let Some(w) = web_sys::window() {
                let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&ok, 10);
            }
        }))
        .await;
    }
    SAVER.with(|s| {
        let mut s = s.borrow_mut();
        s.busy = true;
        s.pending = None;
    });
    let result = write(ws).await;
    SAVER.with(|s| s.borrow_mut().busy = false);
    status(match &result {
        Ok(()) => SaveStatus::Saved,
        Err(e) => SaveStatus::Failed(e.clone()),
    });
    result
}

/// The parts of `ws` that storage does not hold yet.
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

async fn write(ws: &Workspace) -> Result<(), SaveError> {
    let parts = parts_to_write(ws);
    if parts.is_empty() {
        return Ok(());
    }
    if other_tab_saved() {
        return Err(SaveError {
            full: false,
            other_tab: true,
            detail: String::new(),
        });
    }
    // With no baseline, the first part saved makes one; the others must still be written.
    let all_unknown = SAVER.with(|s| s.borrow().baseline.is_none());
    if all_unknown {
        SAVER.with(|s| s.borrow_mut().force = parts.iter().copied().collect());
    }
    let mut wrote = false;
    for &part in parts.iter().filter(|p| !in_idb(**p)) {
        LocalStorage::raw()
            .set_item(&part_key(part), &ws.part_json(part))
            .map_err(SaveError::from_js)?;
        saved_part(ws, part);
        wrote = true;
    }
    if wrote {
        write_revision();
    }
    if let Some(&part) = parts.iter().find(|p| in_idb(**p)) {
        let text = ws.part_json(part);
        idb::put(idb::PARTS, part.key(), &text)
            .await
            .map_err(SaveError::from_idb)?;
        saved_part(ws, part);
        // A copy kept in localStorage while IndexedDB could not be used is no longer needed.
        let _ = LocalStorage::raw().remove_item(&part_key(part));
        write_revision();
    }
    // The meta record last: until it is there, a first save (or the move from one text into
    // parts) has not happened, and the next load starts from what was there before.
    let meta = meta_text();
    if raw_get(META_KEY).as_deref() != Some(meta.as_str()) {
        LocalStorage::raw()
            .set_item(META_KEY, &meta)
            .map_err(SaveError::from_js)?;
    }
    Ok(())
}
