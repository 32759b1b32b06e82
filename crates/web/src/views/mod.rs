//! The views: each a thin layer of components over plan-core.

pub mod about;
pub mod plan;
pub mod sheet;

use leptos::prelude::*;
use plan_core::Source;

use crate::app::use_state;
use crate::i18n::Key;

/// "Kilde: …" under a figure or a text.
#[component]
pub fn SourceNote(source: Source) -> impl IntoView {
    let state = use_state();
    let file = source.seed_file().map(str::to_owned);
    view! {
        <p class="source" title=file>
            <span class="source-label">{move || state.t(Key::Source)} ": "</span>
            {move || match state.lang.get() {
                plan_core::Lang::Da => source.describe_da(),
                plan_core::Lang::En => source.describe_en(),
            }}
        </p>
    }
}
