//! The views: each a thin layer of components over plan-core.

pub mod about;
pub mod agreement;
pub mod agreement_money;
pub mod budget;
pub mod case;
pub mod common;
pub mod fields;
pub mod files;
pub mod follow;
pub mod import;
pub mod minutes;
pub mod plan;
pub mod plan_case;
pub mod plan_edit;
pub mod print;
pub mod scenarios;
pub mod share;
pub mod sheet;

use leptos::prelude::*;

use crate::i18n::da_en;
use plan_core::Source;

use crate::state::use_state;
use wasm_bindgen::JsCast;

/// When the route names an element (`#/plan?tema=unge` → `theme-unge`), brings it into view
/// once the view has rendered it: links between the plan's documents land on what they name.
pub fn scroll_to_param(param: &'static str, prefix: &'static str) {
    let state = use_state();
    Effect::new(move |_| {
        let Some(id) = state.route.with(|r| r.param(param).map(str::to_owned)) else {
            return;
        };
        let target = format!("{prefix}{id}");
        request_animation_frame(move || {
            if let Some(el) = document().get_element_by_id(&target) {
                el.scroll_into_view();
            }
        });
    });
}

/// "Kilde: …" under a figure or a text.
#[component]
pub fn SourceNote(source: Source) -> impl IntoView {
    let state = use_state();
    view! {
        <p class="source">
            <span class="source-label">{move || da_en(state.lang.get(), "Kilde", "Source")} ": "</span>
            {move || source_text(&source, state.lang.get())}
        </p>
    }
}

/// A source in words. What the source document or note says is data, kept in Danish: on the
/// English page it is marked as Danish (`lang="da"`), for screen readers and the language test.
pub fn source_text(source: &Source, lang: plan_core::Lang) -> impl IntoView {
    let (framing, content) = source.describe_parts(lang);
    view! {
        {framing}
        <span lang=(lang != plan_core::Lang::Da).then_some("da")>{content}</span>
    }
}

/// "The file could not be downloaded (…)", in the UI language.
pub fn download_failed(lang: plan_core::Lang, detail: &str) -> String {
    da_en(
        lang,
        format!("Filen kunne ikke hentes ({detail}). Intet er ændret."),
        format!("The file could not be downloaded ({detail}). Nothing was changed."),
    )
}

/// Offers a text as a file download, and says so on the page if the browser refuses.
pub fn offer_download(state: crate::state::AppState, file_name: &str, mime: &str, text: &str) {
    if let Err(e) = download(file_name, mime, text) {
        state
            .save_error
            .set(Some(download_failed(state.lang.get_untracked(), &e)));
    }
}

/// Offers a text as a file download (nothing leaves the machine).
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|e| format!("{e:?}"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| format!("{e:?}"))?;
    let a: web_sys::HtmlAnchorElement = document()
        .create_element("a")
        .map_err(|e| format!("{e:?}"))?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(file_name);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}
