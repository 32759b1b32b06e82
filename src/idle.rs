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

    fn is_pending(&self) -> bool {
        let f = self.0.take();
        let pending = f.is_some();
        self.0.set(f);
        pending
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

/// Runs `f` after the page's first content is shown, once the browser is idle, at the latest
/// `timeout_ms` after that. A hidden tab paints nothing: there it waits `timeout_ms`.
///
/// An idle callback or a timer asked for before the first frame can run before that frame is
/// painted, and work queued at start-up would then delay the first screen. The main thread's
/// paint is not yet the screen either: on a loaded machine the frame is shown tens of
/// milliseconds later. So each frame checks whether the browser has recorded its first
/// contentful paint (`performance`'s `first-contentful-paint` entry, recorded when the frame
/// is shown) and only then waits for an idle moment. Once the page has been shown (any later
/// view), that is the next frame.
pub fn after_paint(f: impl FnOnce() + 'static, timeout_ms: u32) -> Waiting {
    let waiting = Waiting(Rc::new(Cell::new(Some(Box::new(f)))));
    let Some(w) = web_sys::window() else {
        waiting.run();
        return waiting;
    };
    if w.document().is_some_and(|d| d.hidden()) {
        let work = waiting.clone();
        let cb = Closure::once_into_js(move || work.run());
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
            cb.unchecked_ref(),
            i32::try_from(timeout_ms).unwrap_or(i32::MAX),
        );
    } else {
        each_frame_until_shown(&w, waiting.clone(), timeout_ms, 0);
    }
    waiting
}

/// Frames a start-up waits for the first contentful paint before it goes on without it (a
/// browser that records paints but none for this page: about 2 s at 60 frames a second).
const MAX_FRAMES: u32 = 120;

fn each_frame_until_shown(w: &web_sys::Window, work: Waiting, timeout_ms: u32, frames: u32) {
    let frame = Closure::once_into_js(move || {
        let Some(w) = web_sys::window() else {
            return;
        };
        if !work.is_pending() {
            // Cancelled, or already run (a save when the page was hidden).
            return;
        }
        if shown(&w) || frames >= MAX_FRAMES {
            when_idle(move || work.run(), timeout_ms);
        } else {
            each_frame_until_shown(&w, work, timeout_ms, frames + 1);
        }
    });
    let _ = w.request_animation_frame(frame.unchecked_ref());
}

/// Whether the browser has recorded the page's first contentful paint, or records none.
fn shown(w: &web_sys::Window) -> bool {
    !records_paints()
        || w.performance()
            .is_some_and(|p| p.get_entries_by_name("first-contentful-paint").length() > 0)
}

/// Whether this browser records paint timings (`PerformanceObserver.supportedEntryTypes`
/// lists "paint"); asked once.
fn records_paints() -> bool {
    thread_local! {
        static RECORDS: bool = {
            let types = js_sys::Reflect::get(&js_sys::global(), &"PerformanceObserver".into())
                .and_then(|o| js_sys::Reflect::get(&o, &"supportedEntryTypes".into()))
                .ok()
                .and_then(|t| t.dyn_into::<js_sys::Array>().ok());
            types.is_some_and(|t| t.includes(&"paint".into(), 0))
        };
    }
    RECORDS.with(|r| *r)
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
