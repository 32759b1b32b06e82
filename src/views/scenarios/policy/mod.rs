//! The policy choices of a scenario: the phase-in path of each cut layer with its years in one
//! strip, and the levers as compact rows. Every change is a named method of the core's
//! scenario set; a change of the baseline goes to a named copy of it
//! ([`ScenarioSet::editable_id`]).

use super::*;
use crate::views::fields::NumberField;
use plan_core::input::{FieldError, FieldRule};
use plan_core::scenarios::{PhaseInPath, RampFrom, Selection};

mod layer;
mod lever;

use layer::LayerEditor;
use lever::LeverRow;

/// Changes the selected scenario's policy as one undoable step (with `control`: a drag on
/// that control is one step). An edit of the baseline goes to a copy, which is then shown.
pub(super) fn edit_policy(
    state: AppState,
    id: &str,
    control: Option<&str>,
    copied: RwSignal<Option<String>>,
    f: impl FnOnce(&mut ScenarioSet, &str),
) {
    let lang = state.lang.get_untracked();
    let mut made = None;
    let apply = |w: &mut Workspace| {
        if let Some((target, copy)) = w.scenarios.editable_id(id, lang) {
            f(&mut w.scenarios, &target);
            if copy {
                let name = w
                    .scenarios
                    .scenario(&target)
                    .map(|s| s.name.clone())
                    .unwrap_or_default();
                made = Some((target, name));
            }
        }
    };
    match control {
        Some(c) => state.edit_live(c, apply),
        None => state.edit(apply),
    }
    if let Some((new_id, name)) = made {
        state.history.update(|h| h.end_live());
        copied.set(Some(name));
        set_route_param(state, "s", &new_id);
    }
}

/// Policy choices: the phase-in of each cut, and the levers.
#[component]
pub(super) fn PolicyEditor(
    selected: Memo<String>,
    sel: Memo<Option<Selection>>,
    copied: RwSignal<Option<String>>,
) -> impl IntoView {
    let state = use_state();
    // The editor is built when the scenario, the language or the assumptions change; the
    // values in it follow the scenario in place, so the control being moved stays the same
    // element and nothing else is rebuilt.
    let assumptions = Memo::new(move |_| state.ws.scenarios.with(|s| s.assumptions.clone()));
    let scenario = Memo::new(move |_| {
        let id = selected.get();
        state.ws.scenarios.with(|s| s.scenario(&id).cloned())
    });
    let exists = Memo::new(move |_| scenario.with(|s| s.is_some()));
    let is_baseline = Memo::new(move |_| {
        let id = selected.get();
        state.ws.scenarios.with(|s| s.baseline_id == id)
    });
    move || {
        let lang = state.lang.get();
        let id = selected.get();
        if !exists.get() {
            return None;
        }
        let a = assumptions.get();
        let layers = a
            .layers
            .iter()
            .map(|layer| view! { <LayerEditor layer=layer.clone() horizon=a.horizon sid=id.clone() scenario copied /> })
            .collect_view();
        let levers = a
            .levers
            .iter()
            .map(|def| view! { <LeverRow def=def.clone() assumptions=a.clone() sid=id.clone() scenario sel copied /> })
            .collect_view();
        Some(view! {
            <section class="policy" data-testid="policy" aria-labelledby="policy-title">
                <h2 id="policy-title">{da_en(lang, "Politiske valg", "Policy choices")}</h2>
                {move || is_baseline.get().then(|| view! {
                    <p class="baseline-note" data-testid="baseline-note">
                        {da_en(
                            lang,
                            "Du ser basis: den officielle indfasning, som de andre scenarier måles imod. Ændrer du noget her, laves en kopi, så basis står urørt.",
                            "You are looking at the baseline: the official phase-in the other scenarios are measured against. A change here makes a copy, so the baseline stays as it is.",
                        )}
                    </p>
                })}
                {move || copied.get().map(|name| view! {
                    <Banner kind=BannerKind::Ok testid="baseline-copied">
                        {da_en(
                            lang,
                            format!("Basis er ikke ændret. Din ændring er lagt i en kopi: »{name}«."),
                            format!("The baseline is unchanged. Your change went into a copy: “{name}”."),
                        )}
                    </Banner>
                })}
                <h3>{da_en(lang, "Indfasning af besparelserne", "Phase-in of the cuts")}</h3>
                {layers}
                <h3>{da_en(lang, "Greb: bevar årsværk", "Levers: keep staff")}</h3>
                <p class="hint small">{da_en(
                    lang,
                    "De fire steder fra udvalgssagen 2024 (Erhvervs-, Beskæftigelses- og Uddannelsesudvalget) og jeres egne greb.",
                    "The four places of the 2024 committee case and your own levers.",
                )}</p>
                <ul class="levers">{levers}</ul>
                <button data-testid="add-lever" on:click=move |_| add_lever(state)>
                    {da_en(lang, "Tilføj eget greb …", "Add your own lever …")}
                </button>
            </section>
        })
    }
}

/// Adds a user-defined lever: a name, 1 FTE, and an effect the user sets under assumptions.
fn add_lever(state: AppState) {
    let lang = state.lang.get_untracked();
    let Ok(Some(name)) = window().prompt_with_message(da_en(
        lang,
        "Navn på grebet (hvor bevares årsværk?):",
        "Name of the lever (where is staff kept?):",
    )) else {
        return;
    };
    if name.trim().is_empty() {
        return;
    }
    let date = today();
    state.edit(|w| {
        w.scenarios.assumptions.add_own_lever(&name, &date);
    });
}
