//! Offline adapter: registers the service worker (`public/sw.js`, written into the build with
//! its file list by `build-tools/precache.mjs`), so that after the first visit the hosted app loads
//! and works with no network. Not on a one-file page or from file://, where there is nothing
//! to fetch.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

pub fn register_service_worker() {
    let protocol = window().location().protocol().unwrap_or_default();
    if protocol != "http:" && protocol != "https:" {
        return;
    }
    if document().get_element_by_id("plan-app-wasm").is_some() {
        return;
    }
    let promise = window().navigator().service_worker().register("./sw.js");
    spawn_local(async move {
        if let Err(e) = JsFuture::from(promise).await {
            // The app works without it (only not offline); say so in the console only.
            leptos::logging::warn!("the service worker could not be registered: {e:?}");
        }
    });
}
