//! Fields for typed numbers: what is typed is read by the core's parser as it is typed (so a
//! reload a moment later keeps it), an entry the core refuses is marked at the field with the
//! reason in the user's language and never reaches the model, and a value changed elsewhere
//! (undo, another control) shows in the field unless the field holds an entry being typed.

use leptos::prelude::*;
use plan_core::input::{field_text, parse_field, FieldError, FieldRule};

use crate::state::use_state;

/// A number field with its label and, when refused, the reason.
#[component]
pub fn NumberField(
    /// The label, in the UI language.
    #[prop(into)]
    label: Signal<String>,
    /// A `data-testid` for the input.
    #[prop(into)]
    testid: String,
    /// The value in the model.
    #[prop(into)]
    value: Signal<f64>,
    /// What the field accepts.
    rule: FieldRule,
    /// Decimals shown.
    #[prop(default = 1)]
    decimals: usize,
    /// A valid entry, as it is typed.
    on_value: Callback<f64>,
    /// The entry is finished (the field lost focus or Enter was pressed).
    #[prop(optional)]
    on_commit: Option<Callback<()>>,
    /// A refusal the caller adds (e.g. a year range that runs backwards).
    #[prop(optional, into)]
    extra_error: Option<Signal<Option<FieldError>>>,
    /// The unit after the field ("%").
    #[prop(optional)]
    unit: Option<&'static str>,
    #[prop(optional)] class: &'static str,
) -> impl IntoView {
    let state = use_state();
    let lang = move || state.lang.get();
    let text = RwSignal::new(field_text(
        value.get_untracked(),
        decimals,
        lang_untracked(state),
    ));
    // The model changed elsewhere, or the language: show it, unless the field already says it.
    Effect::new(move |_| {
        let v = value.get();
        let l = state.lang.get();
        let shown = text.with_untracked(|t| parse_field(t, l, rule).ok());
        if shown != Some(v) {
            text.set(field_text(v, decimals, l));
        }
    });
    let own_error = Memo::new(move |_| text.with(|t| parse_field(t, state.lang.get(), rule).err()));
    let error = move || {
        own_error
            .get()
            .or_else(|| extra_error.and_then(|e| e.get()))
    };
    let msg_id = format!("msg-{testid}");
    let described = msg_id.clone();
    view! {
        <label class=format!("field {class}")>
            <span class="field-label">{move || label.get()}</span>
            <span class="with-unit">
                <input
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    data-testid=testid
                    aria-invalid=move || error().is_some().then_some("true")
                    aria-describedby=move || error().is_some().then(|| described.clone())
                    prop:value=move || text.get()
                    on:input=move |ev| {
                        let t = event_target_value(&ev);
                        text.set(t.clone());
                        if let Ok(v) = parse_field(&t, state.lang.get_untracked(), rule) {
                            on_value.run(v);
                        }
                    }
                    on:change=move |_| {
                        if let Some(c) = on_commit {
                            c.run(());
                        }
                    }
                />
                {unit.map(|u| view! { <span class="unit">{u}</span> })}
            </span>
            {move || error().map(|e| view! {
                <span class="field-msg" id=msg_id.clone() role="alert">{e.message(lang())}</span>
            })}
        </label>
    }
}

fn lang_untracked(state: crate::state::AppState) -> plan_core::Lang {
    state.lang.get_untracked()
}
