//! The list of scenarios (select, duplicate, rename, delete) and the summary in words.

use super::*;

/// The named scenarios: select, duplicate, rename, delete (with undo).
#[component]
pub(super) fn ScenarioList(
    selected: Memo<String>,
    deleted: RwSignal<Option<String>>,
) -> impl IntoView {
    let state = use_state();
    let lang = move || state.lang.get();
    // The names only: an edit of a scenario's policy leaves the list as it is.
    let list = Memo::new(move |_| {
        state.with_parts(&[Part::Scenarios], |w| {
            w.scenarios
                .scenarios
                .iter()
                .map(|s| {
                    (
                        s.id.clone(),
                        s.name.clone(),
                        s.id == w.scenarios.baseline_id,
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let duplicate = move |_| {
        let id = selected.get_untracked();
        let lang = state.lang.get_untracked();
        let mut new_id = None;
        state.edit(|w| new_id = w.scenarios.duplicate(&id, lang));
        if let Some(new_id) = new_id {
            set_route_param(state, "s", &new_id);
        }
    };
    let rename = move |_| {
        let id = selected.get_untracked();
        let old = state
            .with_parts(&[], |w| w.scenarios.scenario(&id).map(|s| s.name.clone()))
            .unwrap_or_default();
        let prompt = da_en(
            state.lang.get_untracked(),
            "Nyt navn på scenariet:",
            "New name of the scenario:",
        );
        if let Ok(Some(name)) = window().prompt_with_message_and_default(prompt, &old) {
            state.edit(|w| {
                w.scenarios.rename(&id, &name);
            });
        }
    };
    let delete = move |_| {
        let id = selected.get_untracked();
        let name = state.with_parts(&[], |w| w.scenarios.scenario(&id).map(|s| s.name.clone()));
        state.edit(|w| {
            w.scenarios.remove_scenario(&id);
        });
        deleted.set(name);
        set_route_param(state, "s", "");
    };
    view! {
        <nav class="scenario-list" aria-label=move || da_en(lang(), "Scenarier", "Scenarios")>
            <ul>
                <For
                    each=move || list.get()
                    key=|entry| entry.clone()
                    children=move |(id, name, baseline)| {
                        let is_sel = {
                            let id = id.clone();
                            move || selected.get() == id
                        };
                        let href = format!("#/scenarier?s={id}");
                        view! {
                            <li>
                                <a
                                    href=href
                                    data-testid=format!("scenario-{id}")
                                    aria-current=move || is_sel().then_some("true")
                                >
                                    {name}
                                    {baseline.then(|| view! { " " <span class="tag">{move || da_en(lang(), "basis", "baseline")}</span> })}
                                </a>
                            </li>
                        }
                    }
                />
            </ul>
            <div class="actions">
                <button data-testid="duplicate" on:click=duplicate>
                    {move || da_en(lang(), "Kopiér", "Duplicate")}
                </button>
                <button data-testid="rename" on:click=rename>
                    {move || da_en(lang(), "Omdøb …", "Rename …")}
                </button>
                <button
                    data-testid="delete"
                    class="danger"
                    disabled=move || state.with_parts(&[Part::Scenarios], |w| w.scenarios.baseline_id == selected.get())
                    on:click=delete
                >
                    {move || da_en(lang(), "Slet", "Delete")}
                </button>
            </div>
        </nav>
    }
}

/// The scenario's description and the result told in sentences, folded away under the
/// figures.
#[component]
pub(super) fn Summary(sel: Memo<Option<plan_core::scenarios::Selection>>) -> impl IntoView {
    let state = use_state();
    // The description, the summary and the range in words; the parts below read their own
    // text, so a slider step rewrites texts rather than rebuilding the details.
    let texts = Memo::new(move |_| {
        let lang = state.lang.get();
        sel.with(|s| {
            let s = s.as_ref()?;
            let text = state.with_parts(&[], |w| {
                summary(&w.scenarios.assumptions, &s.scenario, &s.result, lang)
            });
            let description =
                plan_core::source::document_words(s.scenario.description_in(lang)).into_owned();
            Some((description, text, s.range_text(lang)))
        })
    });
    let part = move |pick: fn(&(String, String, String)) -> String| {
        move || texts.with(|t| t.as_ref().map(pick).unwrap_or_default())
    };
    let description = Memo::new(move |_| part(|t| t.0.clone())());
    let lang = move || state.lang.get();
    view! {
        <Show when=move || texts.with(Option::is_some)>
            <details class="summary explain">
                <summary>{move || da_en(lang(), "Scenariet forklaret i ord", "The scenario in words")}</summary>
                {move || description.with(|d| (!d.is_empty()).then(|| view! { <p class="muted" data-testid="scenario-description">{d.clone()}</p> }))}
                <p class="summary-text" data-testid="summary">{part(|t| t.1.clone())}</p>
                <p class="muted" data-testid="summary-range">{part(|t| t.2.clone())}</p>
            </details>
        </Show>
    }
}
