//! The policy choices of a scenario: the phase-in path of each cut layer with its years in one
//! strip, and the levers as compact rows. Every change is a named method of the core's
//! scenario set; a change of the baseline goes to a named copy of it
//! ([`ScenarioSet::editable_id`]).

use super::*;
use crate::views::fields::NumberField;
use plan_core::input::{FieldError, FieldRule};
use plan_core::scenarios::{PhaseInPath, RampFrom, Selection};

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

/// One cut layer: its path, what a ramp starts from, and the years in one strip.
#[component]
fn LayerEditor(
    layer: plan_core::scenarios::CutLayer,
    horizon: plan_core::scenarios::Horizon,
    sid: String,
    scenario: Memo<Option<Scenario>>,
    copied: RwSignal<Option<String>>,
) -> impl IntoView {
    let state = use_state();
    let lang = state.lang.get_untracked();
    let lid = layer.id.clone();
    let path = Memo::new({
        let lid = lid.clone();
        move |_| scenario.with(|s| s.as_ref().map(|s| s.policy.path(&lid).clone()))
    });
    let shares = Memo::new({
        let layer = layer.clone();
        move |_| path.with(|p| p.as_ref().map(|p| p.to_percentages(&layer, horizon)))
    });
    let is_ramp = move || path.with(|p| matches!(p, Some(PhaseInPath::LinearRamp { .. })));
    let on_preset = {
        let (lid, sid) = (lid.clone(), sid.clone());
        move |ev| {
            if let Some(p) = PathPreset::from_code(&event_target_value(&ev)) {
                edit_policy(state, &sid, None, copied, |set, id| {
                    set.set_layer_preset(id, &lid, p);
                });
            }
        }
    };
    let on_from = {
        let (lid, sid) = (lid.clone(), sid.clone());
        move |ev| {
            if let Some(f) = RampFrom::from_code(&event_target_value(&ev)) {
                edit_policy(state, &sid, None, copied, |set, id| {
                    set.set_layer_ramp_from(id, &lid, f);
                });
            }
        }
    };
    let years = horizon
        .years()
        .map(|y| {
            let share = Signal::derive(move || shares.with(|p| p.as_ref().map_or(0.0, |p| p.share(y))));
            let pct = Signal::derive(move || (share.get() * 100.0 * 10.0).round() / 10.0);
            let full = layer.full_cut(y);
            let control = format!("{sid}-{lid}-{y}");
            let set_pct = {
                let (lid, sid) = (lid.clone(), sid.clone());
                Callback::new(move |v: f64| {
                    edit_policy(state, &sid, Some(&control), copied, |set, id| {
                        set.set_layer_share(id, &lid, y, v / 100.0);
                    });
                })
            };
            let end = Callback::new(move |()| state.history.update(|h| h.end_live()));
            let label = da_en(lang, format!("Andel gennemført {y} (%)"), format!("Share implemented {y} (%)"));
            view! {
                <div class="year-share">
                    <NumberField
                        label=y.to_string()
                        testid=format!("share-input-{y}")
                        value=pct
                        rule=FieldRule::PERCENT
                        decimals=0
                        unit="%"
                        on_value=set_pct
                        on_commit=end
                        class="pct"
                    />
                    <input
                        type="range"
                        min="0"
                        max="100"
                        step="5"
                        data-testid=format!("share-{y}")
                        aria-label=label
                        prop:value=move || pct.get().round().to_string()
                        on:input=move |ev| {
                            if let Ok(v) = event_target_value(&ev).parse::<f64>() {
                                set_pct.run(v);
                            }
                        }
                        // The drag ends: the next one is an undo step of its own.
                        on:change=move |_| end.run(())
                    />
                    <span class="amount" title=da_en(lang, "Besparelse gennemført, mio. kr.", "Cut made, DKK million")>
                        {move || format!("{} {}", format::number(full * share.get() / 1000.0, 1, lang), da_en(lang, "mio.", "m"))}
                    </span>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="layer" data-testid=format!("layer-{}", layer.id)>
            <legend>{layer.name.clone()}</legend>
            <div class="layer-head">
                <label class="field">
                    <span class="field-label">{da_en(lang, "Forløb", "Path")}</span>
                    <select data-testid="path-preset" on:change=on_preset>
                        {PathPreset::OFFERED
                            .into_iter()
                            .map(|p| view! {
                                <option value=p.code() prop:selected=move || path.with(|path| path.as_ref().is_some_and(|path| PathPreset::of(path) == p))>{p.label(lang)}</option>
                            })
                            .collect_view()}
                    </select>
                </label>
                <Show when=is_ramp>
                    <label class="field">
                        <span class="field-label">{da_en(lang, "Starter fra", "Starts from")}</span>
                        <select data-testid="ramp-from" on:change=on_from.clone()>
                            {RampFrom::OFFERED
                                .into_iter()
                                .map(|f| view! {
                                    <option value=f.code() prop:selected=move || path.with(|p| p.as_ref().and_then(|p| p.ramp_from()) == Some(f))>{f.label(lang)}</option>
                                })
                                .collect_view()}
                        </select>
                    </label>
                </Show>
            </div>
            <div class="timeline" role="group" aria-label=da_en(lang, "Andel af besparelsen gennemført pr. år, og beløbet", "Share of the cut implemented per year, and the amount")>
                {years}
            </div>
            <details class="explain">
                <summary>{da_en(lang, "Kilde til besparelsen", "Source of the cut")}</summary>
                <SourceNote source=layer.national_source.clone() />
            </details>
        </fieldset>
    }
}

/// One lever as a compact row: on/off, FTE, years; its source and effect fold away.
#[component]
fn LeverRow(
    def: plan_core::scenarios::LeverDef,
    assumptions: plan_core::scenarios::Assumptions,
    sid: String,
    scenario: Memo<Option<Scenario>>,
    sel: Memo<Option<Selection>>,
    copied: RwSignal<Option<String>>,
) -> impl IntoView {
    let state = use_state();
    let lang = state.lang.get_untracked();
    let horizon = assumptions.horizon;
    let shown = Memo::new({
        let def = def.clone();
        move |_| {
            scenario.with(|s| {
                s.as_ref()
                    .map(|s| s.policy.lever_shown(&def, horizon))
                    .unwrap_or_else(|| LeverChoice::default_for(&def, horizon))
            })
        }
    });
    let lever_id = def.id.clone();
    let years_error = RwSignal::new(None::<FieldError>);
    let edit = {
        let (sid, lever_id) = (sid.clone(), lever_id.clone());
        move |control: Option<&str>, f: &dyn Fn(&mut ScenarioSet, &str, &str)| {
            edit_policy(state, &sid, control, copied, |set, id| {
                f(set, id, &lever_id)
            });
        }
    };
    let on_enabled = {
        let edit = edit.clone();
        move |ev| {
            let on = event_target_checked(&ev);
            edit(None, &move |set, id, lever| {
                set.set_lever_enabled(id, lever, on);
            });
        }
    };
    let fte_control = format!("{sid}-{lever_id}-fte");
    let on_fte = {
        let edit = edit.clone();
        Callback::new(move |v: f64| {
            edit(Some(&fte_control), &move |set, id, lever| {
                set.set_lever_fte(id, lever, v);
            });
        })
    };
    let set_years = {
        let edit = edit.clone();
        move |from: i32, to: i32| {
            if to < from {
                years_error.set(Some(FieldError::YearsReversed { from, to }));
                return;
            }
            years_error.set(None);
            edit(None, &move |set, id, lever| {
                let _ = set.set_lever_years(id, lever, from, to);
            });
        }
    };
    let on_from = {
        let set_years = set_years.clone();
        Callback::new(move |v: f64| set_years(v as i32, shown.get_untracked().to))
    };
    let on_to = Callback::new(move |v: f64| set_years(shown.get_untracked().from, v as i32));
    let end = Callback::new(move |()| state.history.update(|h| h.end_live()));
    let effect = def.effect.as_ref().map(|e| {
        let g = assumptions
            .group(&e.group_id)
            .map(|g| g.name.clone())
            .unwrap_or_default();
        let ramp = if e.ramp_years > 1 {
            da_en(
                lang,
                format!(" (fuld effekt efter {} år)", e.ramp_years),
                format!(" (full effect after {} years)", e.ramp_years),
            )
        } else {
            String::new()
        };
        da_en(
            lang,
            format!(
                "Forventet effekt: {} helårspersoner pr. årsværk på {g}{ramp}",
                format::number_trim(e.persons_per_fte.value, 1, lang)
            ),
            format!(
                "Expected effect: {} full-year persons per FTE on {g}{ramp}",
                format::number_trim(e.persons_per_fte.value, 1, lang)
            ),
        )
    });
    let effect_source = def
        .effect
        .as_ref()
        .map(|e| e.persons_per_fte.source.clone());
    let break_even = {
        let lever_id = lever_id.clone();
        move || {
            let lang = state.lang.get();
            sel.with(|s| {
                s.as_ref()
                    .and_then(|s| s.break_even_of(&lever_id))
                    .map(|b| b.describe(lang))
            })
        }
    };
    let years_err = Signal::derive(move || years_error.get());
    view! {
        <li class="lever" data-testid=format!("lever-{}", def.id)>
            <label class="toggle">
                <input
                    type="checkbox"
                    data-testid="lever-enabled"
                    prop:checked=move || shown.with(|c| c.enabled)
                    on:change=on_enabled
                />
                <span class="lever-name">
                    {def.place_number.map(|n| format!("[{n}] "))}
                    <strong>{def.name.clone()}</strong>
                </span>
            </label>
            <div class="lever-fields">
                <NumberField
                    label=da_en(lang, "Årsværk", "FTE").to_owned()
                    testid="lever-fte"
                    value=Signal::derive(move || shown.with(|c| c.fte))
                    rule=FieldRule::NON_NEGATIVE
                    decimals=1
                    on_value=on_fte
                    on_commit=end
                />
                <NumberField
                    label=da_en(lang, "Fra år", "From year").to_owned()
                    testid="lever-from"
                    value=Signal::derive(move || shown.with(|c| c.from as f64))
                    rule=FieldRule::YEAR
                    decimals=0
                    on_value=on_from
                    extra_error=years_err
                />
                <NumberField
                    label=da_en(lang, "Til år", "To year").to_owned()
                    testid="lever-to"
                    value=Signal::derive(move || shown.with(|c| c.to as f64))
                    rule=FieldRule::YEAR
                    decimals=0
                    on_value=on_to
                />
            </div>
            <details class="explain lever-about">
                <summary>{da_en(lang, "Om grebet: kilde og effekt", "About the lever: source and effect")}</summary>
                <SourceNote source=def.default_fte.source.clone() />
                {effect.map(|e| view! { <p class="assumption-note">{e}</p> })}
                {move || break_even().map(|t| view! { <p class="break-even" data-testid="break-even">{t}</p> })}
                {effect_source.clone().map(|s| view! { <SourceNote source=s /> })}
            </details>
        </li>
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
