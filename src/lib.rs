//! The browser app: a thin layer of Leptos components over `plan-core`, with adapters at
//! the edge for storage (localStorage and IndexedDB), routing (the URL fragment), charts (ECharts) and the
//! one-file app.

pub mod app;
pub mod banners;
pub mod chart;
pub mod clock;
pub mod compress;
pub mod crash;
pub mod i18n;
pub mod idle;
pub mod offline;
pub mod route;
pub mod single_file;
pub mod state;
pub mod storage;
pub mod views;

/// Loads what is stored (IndexedDB answers asynchronously), then mounts the app on the
/// page's body.
pub fn start() {
    mark("plan:wasm-started");
    crash::install();
    wasm_bindgen_futures::spawn_local(async {
        // A one-file app brings its own workspace: stored at once where the browser holds
        // none, else offered, and what is stored is replaced only when the user says so.
        let opened = single_file::open_embedded().await;
        let startup = storage::load().await;
        let offered = single_file::settle(opened, &startup.workspace);
        mark("plan:storage-loaded");
        leptos::mount::mount_to_body(move || {
            leptos::view! { <app::App startup offered /> }
        });
        mark("plan:mounted");
        offline::register_service_worker();
    });
}

/// A named point in the page's performance timeline (read by bench/startup.mjs to say where
/// start-up time goes).
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}
