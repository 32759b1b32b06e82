//! Offline adapter: registers the service worker (`public/sw.js`, written into the build with
//! its file list by `build-tools/precache.mjs`), so that after the first visit the hosted app loads
//! and works with no network. Not on a one-file page or from file://, where there is nothing
//! to fetch.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

/// The service worker is registered when the page is first idle, at the latest after this long.
pub const SERVICE_WORKER_LATEST_MS: u32 = 5000;

pub fn register_service_worker() {
    let protocol = window().location().protocol().unwrap_or_default();
    if protocol != "http:" && protocol != "https:" {
        return;
    }
    if document().get_element_by_id("plan-app-wasm").is_some() {
        return;
    }
    // Once the first screen is painted and the page is idle: registering fetches every file
    // of the app once more, which must not compete with the first view.
    crate::idle::after_paint(
        || {
            let promise = window().navigator().service_worker().register("./sw.js");
            spawn_local(async move {
                if let Err(e) = JsFuture::from(promise).await {
                    // The app works without it (only not offline); say so in the console only.
                    leptos::logging::warn!("the service worker could not be registered: {e:?}");
                }
            });
        },
        SERVICE_WORKER_LATEST_MS,
    );
}
