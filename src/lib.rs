//! The browser app: a thin layer of Leptos components over `plan-core`, with adapters at
//! the edge for storage (localStorage and IndexedDB), routing (the URL fragment), charts (ECharts) and the
//! one-file app.

pub mod app;
pub mod banners;
pub mod chart;
pub mod crash;
pub mod i18n;
pub mod offline;
pub mod route;
pub mod single_file;
pub mod state;
pub mod storage;
pub mod views;

/// Loads what is stored (IndexedDB answers asynchronously), then mounts the app on the
/// page's body.
pub fn start() {
    crash::install();
    wasm_bindgen_futures::spawn_local(async {
        // A one-file app brings its own workspace (what was stored is kept as a backup).
        let adopted = single_file::adopt_embedded().await;
        let startup = storage::load().await;
        leptos::mount::mount_to_body(move || {
            leptos::view! { <app::App startup adopted /> }
        });
        offline::register_service_worker();
    });
}
