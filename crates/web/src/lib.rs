//! The browser app: a thin layer of Leptos components over `plan-core`, with adapters at
//! the edge for storage (localStorage), routing (the URL fragment), charts (ECharts) and the
//! one-file app.

pub mod app;
pub mod chart;
pub mod crash;
pub mod i18n;
pub mod offline;
pub mod route;
pub mod single_file;
pub mod storage;
pub mod views;

/// Mounts the app on the page's body.
pub fn start() {
    crash::install();
    leptos::mount::mount_to_body(app::App);
    offline::register_service_worker();
}
