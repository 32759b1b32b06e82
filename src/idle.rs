//! Work that can wait until the first screen is painted and the page is idle, between the
//! user's inputs: the first save of a fresh visit, the service worker's registration (which
//! fetches every file of the app once more) and the parts of a long view below its first
//! screen (`views::common::Later`).

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

type Work = Rc<Cell<Option<Box<dyn FnOnce()>>>>;

/// A piece of work waiting for the next paint and an idle moment after it. It runs once.
#[derive(Clone)]
pub struct Waiting(Work);

impl Waiting {
    /// The work is not run after all.
    pub fn cancel(&self) {
        self.0.take();
    }

    fn run(&self) {
        if let Some(f) = self.0.take() {
            f();
        }
    }
}

impl std::fmt::Debug for Waiting {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Waiting")
    }
}

/// Runs `f` after the next frame is painted, once the browser is idle, at the latest
/// `timeout_ms` after that paint. A hidden tab paints nothing: there it waits `timeout_ms`.
///
/// An idle callback or a timer asked for before the first frame can run before that frame is
/// painted, and work queued at start-up would then delay the first screen. Asked for from
/// the frame's own animation callback, it comes after the paint.
pub fn after_paint(f: impl FnOnce() + 'static, timeout_ms: u32) -> Waiting {
    let waiting = Waiting(Rc::new(Cell::new(Some(Box::new(f)))));
    let Some(w) = web_sys::window() else {
        waiting.run();
        return waiting;
    };
    let work = waiting.clone();
    let hidden = w.document().is_some_and(|d| d.hidden());
    if hidden {
        let cb = Closure::once_into_js(move || work.run());
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
            cb.unchecked_ref(),
            i32::try_from(timeout_ms).unwrap_or(i32::MAX),
        );
    } else {
        let frame = Closure::once_into_js(move || when_idle(move || work.run(), timeout_ms));
        let _ = w.request_animation_frame(frame.unchecked_ref());
    }
    waiting
}

/// Runs `f` once the browser is idle, at the latest after `timeout_ms`.
fn when_idle(f: impl FnOnce() + 'static, timeout_ms: u32) {
    let Some(w) = web_sys::window() else {
        return;
    };
    let cb = Closure::once_into_js(f);
    let options = web_sys::IdleRequestOptions::new();
    options.set_timeout(timeout_ms);
    if w.request_idle_callback_with_options(cb.unchecked_ref(), &options)
        .is_err()
    {
        // Where the browser has no `requestIdleCallback`: a plain timer.
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), 0);
    }
}
