//! When the app panics: the panic is logged as before (console_error_panic_hook), and a message
//! covers the page with a way to download the saved data and to reload, instead of a page that
//! silently stops answering. Built with plain DOM calls and plain links (a blob: download link
//! and a link to the page itself), because no Rust code can be trusted to run after a panic.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show(&info.to_string());
    }));
}

/// Lets support staff check the crash message from the browser's console
/// (`wasmBindings.simulate_crash()`); nothing in the app calls it.
#[wasm_bindgen]
pub fn simulate_crash() {
    panic!("simulated crash, called from the browser console to check the crash message");
}

fn element(doc: &web_sys::Document, tag: &str, text: &str) -> Option<web_sys::Element> {
    let el = doc.create_element(tag).ok()?;
    el.set_text_content(Some(text));
    Some(el)
}

/// Shows the crash message (once).
pub fn show(detail: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(doc) = window.document() else {
        return;
    };
    if doc.get_element_by_id("crash").is_some() {
        return;
    }
    let en = doc
        .document_element()
        .and_then(|h| h.get_attribute("lang"))
        .is_some_and(|l| l == "en");
    let t = |da: &'static str, en_text: &'static str| if en { en_text } else { da };
    let Ok(panel) = doc.create_element("div") else {
        return;
    };
    panel.set_id("crash");
    let _ = panel.set_attribute("role", "alertdialog");
    let _ = panel.set_attribute("aria-modal", "true");
    let _ = panel.set_attribute("aria-labelledby", "crash-title");
    let _ = panel.set_attribute("data-testid", "crash");
    let mut parts: Vec<web_sys::Element> = Vec::new();
    if let Some(h) = element(&doc, "h2", t("Appen er gået i stå", "The app has stopped")) {
        h.set_id("crash-title");
        parts.push(h);
    }
    parts.extend(element(
        &doc,
        "p",
        t(
            "Der er sket en fejl i appen. Det, der sidst blev gemt, ligger stadig i browseren. Hent det som fil for en sikkerheds skyld, og genindlæs siden.",
            "An error happened in the app. What was last saved is still in the browser. Download it as a file to be safe, and reload the page.",
        ),
    ));
    // What was last saved (or, if even that cannot be read now, what localStorage holds).
    let saved = crate::storage::last_saved_document().or_else(crate::storage::local_document);
    if let Some(text) = saved {
        let parts_js = js_sys::Array::of1(&JsValue::from_str(&text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("application/json");
        if let Some(url) = web_sys::Blob::new_with_str_sequence_and_options(&parts_js, &options)
            .ok()
            .and_then(|b| web_sys::Url::create_object_url_with_blob(&b).ok())
        {
            if let Some(a) = element(
                &doc,
                "a",
                t("Hent dine data (JSON)", "Download your data (JSON)"),
            ) {
                let _ = a.set_attribute("href", &url);
                let _ = a.set_attribute("download", "beskaeftigelsesplan-efter-fejl.json");
                let _ = a.set_attribute("class", "crash-button");
                let _ = a.set_attribute("data-testid", "crash-export");
                parts.push(a);
            }
        }
    }
    // The page without its fragment: a link to the same URL with the same fragment would not
    // load the page again.
    let here = window
        .location()
        .href()
        .unwrap_or_default()
        .split('#')
        .next()
        .unwrap_or_default()
        .to_owned();
    if let Some(a) = element(&doc, "a", t("Genindlæs siden", "Reload the page")) {
        let _ = a.set_attribute("href", &here);
        let _ = a.set_attribute("class", "crash-button");
        let _ = a.set_attribute("data-testid", "crash-reload");
        parts.push(a);
    }
    if let (Some(details), Some(summary), Some(pre)) = (
        doc.create_element("details").ok(),
        element(&doc, "summary", t("Teknisk besked", "Technical message")),
        element(&doc, "pre", detail),
    ) {
        let _ = details.append_child(&summary);
        let _ = details.append_child(&pre);
        parts.push(details);
    }
    for p in &parts {
        let _ = panel.append_child(p);
    }
    if let Some(body) = doc.body() {
        let _ = body.append_child(&panel);
        if let Some(first) = panel
            .query_selector("a")
            .ok()
            .flatten()
            .and_then(|a| a.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = first.focus();
        }
    }
}
