//! Saving part by part: after a change, the parts whose value differs from what was last
//! saved are written (compared by identity first, so unchanged parts cost nothing), a moment
//! later, once for a whole drag; at once when the page is hidden or closed. The page's
//! `<html data-save>` says `pending`, `saved` or `error`, for people's tools and the tests.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;

use plan_core::{Part, Workspace};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::error::SaveError;
use super::in_idb;

mod write;
use write::{write_idb, write_local};

/// How long after the last change a save waits (a drag is saved once, when it pauses).
pub const SAVE_DELAY_MS: i32 = 300;

/// A first visit saves the default workspace when the page is first idle (drawn, and no input
/// waiting), at the latest after this long. Nothing is lost if it closes sooner (the default
/// is part of the app, and leaving the page saves at once); a change saves it after
/// [`SAVE_DELAY_MS`] as usual.
pub const FIRST_SAVE_LATEST_MS: u32 = 3000;

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
    /// Parts never written on this page (their stored text could not be read or kept), and
    /// the values they had when the page loaded: a change of one of them cannot be saved.
    locked: BTreeSet<Part>,
    locked_base: Option<Workspace>,
    /// The meta record is not written on this page (it is unreadable or from a newer version).
    meta_locked: bool,
    /// Where the meta record says the imported figures are, kept while they cannot be read.
    keep_indicators_in: Option<String>,
    /// A state whose part in IndexedDB waits for the write under way.
    pending_idb: Option<Workspace>,
    /// The newest state not yet saved.
    pending: Option<Workspace>,
    timer: Option<i32>,
    /// The first visit's save, waiting for an idle moment (see [`FIRST_SAVE_LATEST_MS`]).
    first_save: Option<crate::idle::Waiting>,
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

/// How this page saves, decided when it loaded: what storage holds (`None`: unknown, write
/// everything), the parts to write although storage has them (stand-ins for missing or
/// unreadable parts), the parts never to write (with the state they had), whether the meta
/// record may be written, and where the meta record must keep saying the figures are.
pub fn start_session(
    baseline: Option<Workspace>,
    force: &[Part],
    locked: &[Part],
    loaded: &Workspace,
    meta_locked: bool,
    keep_indicators_in: Option<String>,
) {
    SAVER.with(|s| {
        let mut s = s.borrow_mut();
        s.baseline = baseline;
        s.force = force.iter().copied().collect();
        s.locked = locked.iter().copied().collect();
        s.locked_base = Some(loaded.clone());
        s.meta_locked = meta_locked;
        s.keep_indicators_in = keep_indicators_in;
    });
}

/// Storage is to be written anew (a reset, a loaded file, two tabs): every part that may be
/// written is, on the next save. Parts that are locked stay locked.
pub fn forget_baseline() {
    SAVER.with(|s| {
        let mut s = s.borrow_mut();
        s.baseline = None;
        s.force.clear();
    });
}

/// Storage holds exactly this (the other tab's version, just read).
pub fn set_baseline(ws: Workspace) {
    SAVER.with(|s| {
        let mut s = s.borrow_mut();
        s.baseline = Some(ws);
        s.force.clear();
    });
}

/// Where the meta record must say the figures are, if not where this page keeps them.
pub(super) fn kept_indicators_in() -> Option<String> {
    SAVER.with(|s| s.borrow().keep_indicators_in.clone())
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
        // A change saves the first visit's default with it, after the usual delay.
        if let Some(waiting) = s.first_save.take() {
            waiting.cancel();
        }
        s.timer.is_none()
    });
    status(SaveStatus::Pending);
    if start_timer {
        start_timer_ms(SAVE_DELAY_MS);
    }
}

/// A first visit: the default workspace is saved once the page is drawn and idle (at the
/// latest after [`FIRST_SAVE_LATEST_MS`]), or with the first change, or when the page is left.
pub fn schedule_first_save(ws: &Workspace) {
    SAVER.with(|s| s.borrow_mut().pending = Some(ws.clone()));
    status(SaveStatus::Pending);
    let waiting = crate::idle::after_paint(flush, FIRST_SAVE_LATEST_MS);
    SAVER.with(|s| s.borrow_mut().first_save = Some(waiting));
}

fn start_timer_ms(ms: i32) {
    let cb = Closure::once_into_js(flush);
    let id = web_sys::window().and_then(|w| {
        w.set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), ms)
            .ok()
    });
    SAVER.with(|s| s.borrow_mut().timer = id);
}

/// Saves what is pending now. The small parts are written before this returns (also while
/// another save is under way: the page may be closing); the large one follows as soon as
/// IndexedDB has taken the write before it.
pub fn flush() {
    let (timer, first_save) = SAVER.with(|s| {
        let mut s = s.borrow_mut();
        (s.timer.take(), s.first_save.take())
    });
    if let Some(waiting) = first_save {
        waiting.cancel();
    }
    if let (Some(id), Some(w)) = (timer, web_sys::window()) {
        w.clear_timeout_with_handle(id);
    }
    let Some(ws) = SAVER.with(|s| s.borrow_mut().pending.take()) else {
        return;
    };
    match write_local(&ws) {
        Err(e) => status(SaveStatus::Failed(e)),
        Ok(false) => {
            if !SAVER.with(|s| s.borrow().busy) {
                status(SaveStatus::Saved);
            }
        }
        Ok(true) => {
            SAVER.with(|s| s.borrow_mut().pending_idb = Some(ws));
            run_idb_queue();
        }
    }
}

/// Writes the waiting IndexedDB part, one write at a time.
fn run_idb_queue() {
    let start = SAVER.with(|s| {
        let mut s = s.borrow_mut();
        if s.busy || s.pending_idb.is_none() {
            return false;
        }
        s.busy = true;
        true
    });
    if !start {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        while let Some(ws) = SAVER.with(|s| s.borrow_mut().pending_idb.take()) {
            let result = write_idb(&ws).await;
            let more = SAVER.with(|s| s.borrow().pending_idb.is_some());
            match result {
                Ok(()) if !more => status(SaveStatus::Saved),
                Ok(()) => {}
                Err(e) => status(SaveStatus::Failed(e)),
            }
        }
        SAVER.with(|s| s.borrow_mut().busy = false);
    });
}

/// Lets the page go on for `ms` milliseconds.
async fn sleep(ms: i32) {
    let _ = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::new(&mut |ok, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&ok, ms);
        }
    }))
    .await;
}

/// Waits until nothing is left to save (no change waiting, no write under way).
pub async fn idle() {
    loop {
        let waiting = SAVER.with(|s| {
            let s = s.borrow();
            s.busy || s.pending.is_some() || s.pending_idb.is_some()
        });
        if !waiting {
            return;
        }
        sleep(10).await;
    }
}

/// Saves this state now and says whether it was saved (an import is saved before it is
/// applied; a reset or a loaded file is saved before it replaces anything). Changes made
/// meanwhile are saved after it.
pub async fn save_now(ws: &Workspace) -> Result<(), SaveError> {
    // Wait for a save that is under way, so the two never interleave.
    while SAVER.with(|s| s.borrow().busy) {
        sleep(10).await;
    }
    SAVER.with(|s| s.borrow_mut().busy = true);
    let result = match write_local(ws) {
        Ok(true) => write_idb(ws).await,
        Ok(false) => Ok(()),
        Err(e) => Err(e),
    };
    SAVER.with(|s| s.borrow_mut().busy = false);
    status(match &result {
        Ok(()) => SaveStatus::Saved,
        Err(e) => SaveStatus::Failed(e.clone()),
    });
    run_idb_queue();
    result
}
