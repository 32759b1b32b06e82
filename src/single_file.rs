//! Adapter for the one-file app: collects the page's own files (from the server or the
//! service worker's cache, or from the one file itself when it is already one) and hands them
//! to `plan_core::single_file`; and, when the page is such a file, adopts the workspace
//! inside it without losing what this browser already holds.

use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;
use plan_core::single_file::{
    self, Parts, EMBED_ID_ATTRIBUTE, ENCODING_ATTRIBUTE, WORKSPACE_ELEMENT,
};
use plan_core::{persist, Workspace};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::storage::{self, BackupReason};

/// Which embedded workspace this browser's stored workspace came from.
const EMBED_ID_KEY: &str = "plan-budget/embedded-id";

fn attr(selector: &str, name: &str) -> Option<String> {
    document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|el| el.get_attribute(name))
}

async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    let response = JsFuture::from(window().fetch_with_str(url))
        .await
        .map_err(|e| format!("{url}: {e:?}"))?;
    let response: web_sys::Response = response.unchecked_into();
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(|e| format!("{e:?}"))?)
        .await
        .map_err(|e| format!("{url}: {e:?}"))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The base64 text of an element of a one-file page, decoded.
fn embedded_bytes(id: &str) -> Option<Vec<u8>> {
    use base64::Engine;
    let text = document().get_element_by_id(id)?.text_content()?;
    base64::engine::general_purpose::STANDARD
        .decode(text.trim())
        .ok()
}

/// Whether an element of a one-file page holds gzip-compressed bytes.
fn is_gzipped(id: &str) -> bool {
    document()
        .get_element_by_id(id)
        .and_then(|el| el.get_attribute(ENCODING_ATTRIBUTE))
        .as_deref()
        == Some("gzip")
}

/// The app and a workspace as one HTML file.
pub async fn build(workspace: &Workspace, title: &str, lang: &str) -> Result<String, String> {
    let (css, mut charts, mut js, mut wasm) = if let (Some(charts), Some(js), Some(wasm)) = (
        embedded_bytes("plan-charts-js"),
        embedded_bytes("plan-app-js"),
        embedded_bytes("plan-app-wasm"),
    ) {
        // Already a one-file page: its parts are inside it.
        let css = document()
            .query_selector("style")
            .ok()
            .flatten()
            .and_then(|s| s.text_content())
            .unwrap_or_default();
        (css, charts, js, wasm)
    } else {
        let missing = |what: &str| format!("siden mangler {what}");
        let css_url =
            attr("link[rel=stylesheet]", "href").ok_or_else(|| missing("typografiark"))?;
        // The chart library is loaded only when a chart is drawn: it is not named in the page.
        let charts_url = crate::chart::ECHARTS_FILE;
        let js_url = attr("link[rel=modulepreload]", "href").ok_or_else(|| missing("script"))?;
        let wasm_url =
            attr("link[rel=preload][as=fetch]", "href").ok_or_else(|| missing("WebAssembly"))?;
        let css = String::from_utf8(fetch_bytes(&css_url).await?).map_err(|e| e.to_string())?;
        (
            css,
            fetch_bytes(charts_url).await?,
            fetch_bytes(&js_url).await?,
            fetch_bytes(&wasm_url).await?,
        )
    };
    // A one-file page made by an earlier version holds its parts uncompressed.
    if !is_gzipped("plan-app-wasm") {
        charts = crate::compress::compress(&charts, "gzip").await?;
        js = crate::compress::compress(&js, "gzip").await?;
        wasm = crate::compress::compress(&wasm, "gzip").await?;
    }
    let embed_id = String::from(js_sys::Date::new_0().to_iso_string());
    Ok(single_file::build(&Parts {
        title,
        lang,
        css: &css,
        charts_js: &charts,
        app_js: &js,
        app_wasm: &wasm,
        workspace: &crate::compress::compress(persist::encode(workspace).as_bytes(), "gzip")
            .await?,
        embed_id: &embed_id,
        gzipped: true,
    }))
}

/// The workspace a one-file page carries, with the id that tells this file from others.
#[derive(Clone)]
pub struct Embedded {
    pub id: String,
    pub workspace: Workspace,
}

/// What opening the page did with a one-file page's workspace.
pub enum Opened {
    /// Not a one-file page, or one this browser has taken in before (what is stored holds
    /// the edits made since).
    Nothing,
    /// Nothing was stored: the file's workspace is stored now.
    Adopted,
    /// The browser holds a workspace of its own: it is not replaced without asking.
    Held(Embedded),
}

/// The workspace inside this page when it is a one-file app.
async fn embedded() -> Option<Embedded> {
    let el = document().get_element_by_id(WORKSPACE_ELEMENT)?;
    let id = el.get_attribute(EMBED_ID_ATTRIBUTE)?;
    let bytes = single_file::read_embedded(&el.text_content()?)?;
    // One-file pages made before the workspace was compressed hold the JSON as it is.
    let bytes = if el.get_attribute(ENCODING_ATTRIBUTE).as_deref() == Some("gzip") {
        crate::compress::decompress(&bytes, "gzip", 1 << 30)
            .await
            .ok()?
    } else {
        bytes
    };
    let json = String::from_utf8(bytes).ok()?;
    let (workspace, _) = persist::decode(&json).ok()?;
    Some(Embedded { id, workspace })
}

/// On a one-file page, before the stored workspace is loaded: the first time this browser
/// opens this file, its workspace is stored when the browser holds none; when it holds one,
/// the user is asked (see [`settle`] and [`adopt`]). Later openings keep the edits made since.
pub async fn open_embedded() -> Opened {
    // A file this browser has taken in before is not unpacked again.
    let id = document()
        .get_element_by_id(WORKSPACE_ELEMENT)
        .and_then(|el| el.get_attribute(EMBED_ID_ATTRIBUTE));
    let known: Option<String> = LocalStorage::get(EMBED_ID_KEY).ok();
    if id.is_none() || known == id {
        return Opened::Nothing;
    }
    let Some(e) = embedded().await else {
        return Opened::Nothing;
    };
    // IndexedDB first, so what is stored is found where it belongs.
    let _ = storage::open().await;
    storage::remember_stored_revision();
    if storage::holds_workspace() {
        return Opened::Held(e);
    }
    let lang = storage::load_lang().unwrap_or_default();
    match storage::replace_stored(None, &e.workspace, BackupReason::OneFile, lang).await {
        Ok(_) => {
            let _ = LocalStorage::set(EMBED_ID_KEY, &e.id);
            Opened::Adopted
        }
        Err(_) => Opened::Held(e),
    }
}

/// Once the stored workspace is loaded: the file's workspace to offer, or none when it is
/// the same as the stored one (then the file counts as taken in).
pub fn settle(opened: Opened, stored: &Workspace) -> Option<Embedded> {
    match opened {
        Opened::Held(e) if e.workspace == *stored => {
            let _ = LocalStorage::set(EMBED_ID_KEY, &e.id);
            None
        }
        Opened::Held(e) => Some(e),
        Opened::Nothing | Opened::Adopted => None,
    }
}

/// The user chose the file's workspace: it replaces `current` (kept as a backup first, with
/// a change not yet saved). Returns the backup's key.
pub async fn adopt(
    e: &Embedded,
    current: &Workspace,
    lang: plan_core::Lang,
) -> Result<Option<String>, String> {
    let backup =
        storage::replace_stored(Some(current), &e.workspace, BackupReason::OneFile, lang).await?;
    let _ = LocalStorage::set(EMBED_ID_KEY, &e.id);
    Ok(backup)
}
