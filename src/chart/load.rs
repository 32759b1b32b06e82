//! Loading ECharts only when the first chart is drawn: views without a chart never load the
//! script (the service worker still keeps it for offline use), and every chart waits for it.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    /// Whether the ECharts script has run (`window.echarts` exists), as a signal every chart
    /// waits for: the script is loaded only when the first chart is about to be drawn, so
    /// views without a chart never load it (the service worker keeps it for offline use).
    /// Reference-counted, not owned by the component that first asks (which a change of
    /// view disposes).
    static ECHARTS_READY: ArcRwSignal<bool> = ArcRwSignal::new(has_echarts());
    /// Whether the script element has been added.
    static ECHARTS_REQUESTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn has_echarts() -> bool {
    js_sys::Reflect::get(&js_sys::global(), &"echarts".into()).is_ok_and(|v| v.is_object())
}

/// The file the chart library is served as, beside the page.
pub const ECHARTS_FILE: &str = "echarts.min.js";

/// Whether ECharts can be used now; when not, starts loading it (once) and the returned
/// signal's change wakes the caller up again.
pub(super) fn echarts_ready() -> bool {
    let ready = ECHARTS_READY.with(|r| r.clone());
    if ready.get() {
        return true;
    }
    if has_echarts() {
        ready.set(true);
        return true;
    }
    if !ECHARTS_REQUESTED.with(|r| r.replace(true)) {
        load_echarts(ready);
    }
    false
}

fn load_echarts(ready: ArcRwSignal<bool>) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(script) = doc.create_element("script") else {
        return;
    };
    let _ = script.set_attribute("src", ECHARTS_FILE);
    let onload = Closure::<dyn FnMut()>::new(move || ready.set(has_echarts()));
    let onerror = Closure::<dyn FnMut()>::new(move || {
        // Let a later chart try again (the network may be back, or the cache filled).
        ECHARTS_REQUESTED.with(|r| r.set(false));
        leptos::logging::warn!(
            "{ECHARTS_FILE} could not be loaded: the charts' tables still show every figure"
        );
    });
    let _ = script.add_event_listener_with_callback("load", onload.as_ref().unchecked_ref());
    let _ = script.add_event_listener_with_callback("error", onerror.as_ref().unchecked_ref());
    onload.forget();
    onerror.forget();
    if let Some(head) = doc.head() {
        let _ = head.append_child(&script);
    }
}
