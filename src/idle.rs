//! Work that can wait until the page is idle, after the first paint and between the user's
//! inputs: the first save of a fresh visit and the service worker's registration (which
//! fetches every file of the app once more).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// A piece of work waiting for an idle moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Waiting {
    Idle(u32),
    /// Where the browser has no `requestIdleCallback`: a plain timer.
    Timer(i32),
}

/// Runs `f` once the browser is idle, at the latest after `timeout_ms`.
pub fn when_idle(f: impl FnOnce() + 'static, timeout_ms: u32) -> Option<Waiting> {
    let w = web_sys::window()?;
    let cb = Closure::once_into_js(f);
    let options = web_sys::IdleRequestOptions::new();
    options.set_timeout(timeout_ms);
    if let Ok(handle) = w.request_idle_callback_with_options(cb.unchecked_ref(), &options) {
        return Some(Waiting::Idle(handle));
    }
    w.set_timeout_with_callback_and_timeout_and_arguments_0(
        cb.unchecked_ref(),
        i32::try_from(timeout_ms).unwrap_or(i32::MAX),
    )
    .ok()
    .map(Waiting::Timer)
}

/// The work is not run after all.
pub fn cancel(waiting: Waiting) {
    if let Some(w) = web_sys::window() {
        match waiting {
            Waiting::Idle(handle) => w.cancel_idle_callback(handle),
            Waiting::Timer(id) => w.clear_timeout_with_handle(id),
        }
    }
}
