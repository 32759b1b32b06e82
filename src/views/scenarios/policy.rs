//! The policy choices of a scenario: the phase-in of each cut year by year, and the levers.

use super::*;

/// Policy choices: the phase-in of each cut year by year, and the levers.
#[component]
pub(super) fn PolicyEditor(selected: Memo<String>) -> impl IntoView {
    let state = use_state();
    // The editor is built when the scenario, the language or the assumptions change; the
    // values in it (shares, amounts, levers) follow the scenario in place, so the slider being
    // dragged stays the same element and nothing else is rebuilt.
    let assumptions = Memo::new(move |_| state.ws.scenarios.with(|s| s.assumptions.clone()));
    let scenario = Memo::new(move |_| {
        let id = selected.get();
        state.ws.scenarios.with(|s| s.scenario(&id).cloned())
    });
    let exists = Memo::new(move |_| scenario.with(|s| s.is_some()));
    move || {
        let lang = state.lang.get();
        let id = selected.get();
        if !exists.get() {
            return None;
        }
        let a = assumptions.get();
        let years: Vec<i32> = a.horizon.years().collect();
        let layers = a.layers.iter().map(|layer| {
            let path = {
                let lid = layer.id.clone();
                move || scenario.with(|s| s.as_ref().map(|s| s.policy.path(&lid).clone()))
            };
            let per_year = {
                let path = path.clone();
                let layer = layer.clone();
                let horizon = a.horizon;
                move || path().map(|p| p.to_percentages(&layer, horizon))
            };
            let lid = layer.id.clone();
            let sid = id.clone();
            let start = a.horizon.start;
            let horizon = a.horizon;
            let layer_for_edit = layer.clone();
            view! {
                <fieldset class="layer" data-testid=format!("layer-{}", layer.id)>
                    <legend>{layer.name.clone()}</legend>
                    <label>
                        {da_en(lang, "Forløb", "Path")} " "
                        <select
                            data-testid="path-preset"
                            on:change={
                                let lid = lid.clone();
                                let sid = sid.clone();
                                move |ev| {
                                    let path = PathPreset::from_code(&event_target_value(&ev))
                                        .and_then(|p| p.path(start));
                                    if let Some(p) = path {
                                        edit_scenario(state, &sid, |s| s.policy.set_path(&lid, p));
                                    }
                                }
                            }
                        >
                            {PathPreset::OFFERED
                                .into_iter()
                                .map(|p| {
                                    let path = path.clone();
                                    view! { <option value=p.code() prop:selected=move || path().is_some_and(|path| PathPreset::of(&path) == p)>{p.label(lang)}</option> }
                                })
                                .collect_view()}
                        </select>
                    </label>
                    <div class="timeline" role="group" aria-label=da_en(lang, "Andel gennemført pr. år", "Share implemented per year")>
                        {years
                            .iter()
                            .map(|y| {
                                let y = *y;
                                let share = {
                                    let per_year = per_year.clone();
                                    move || per_year().map_or(0.0, |p| p.share(y))
                                };
                                let pct = {
                                    let share = share.clone();
                                    move || (share() * 100.0).round().to_string()
                                };
                                let full = layer.full_cut(y);
                                let control = format!("{}-{}-{y}", sid, lid);
                                let sid = sid.clone();
                                let layer_for_edit = layer_for_edit.clone();
                                let on_input = move |ev| {
                                    let Some(v) = parse_input_number(&event_target_value(&ev)) else { return };
                                    edit_scenario_live(state, &control, &sid, |s| {
                                        s.policy.set_share(&layer_for_edit, horizon, y, v / 100.0);
                                    });
                                };
                                let on_type = on_input.clone();
                                let label = format!("{} {y} (%)", da_en(lang, "Andel gennemført", "Share implemented"));
                                view! {
                                    <div class="year-share">
                                        <span class="year">{y}</span>
                                        <input
                                            type="range"
                                            min="0"
                                            max="100"
                                            step="5"
                                            data-testid=format!("share-{y}")
                                            aria-label=label.clone()
                                            prop:value=pct.clone()
                                            on:input=on_input
                                            // The drag ends: the next one is an undo step of its own.
                                            on:change=move |_| state.history.update(|h| h.end_live())
                                        />
                                        <span class="with-unit">
                                            <input
                                                type="number"
                                                min="0"
                                                max="100"
                                                step="1"
                                                class="pct"
                                                data-testid=format!("share-input-{y}")
                                                aria-label=label
                                                prop:value=pct
                                                on:change=on_type
                                            />
                                            " %"
                                        </span>
                                        <span class="muted small">{move || scenarios::mio(full * share(), lang)}</span>
                                    </div>
                                }
                            })
                            .collect_view()}
                    </div>
                    <SourceNote source=layer.national_source.clone() />
                </fieldset>
            }
        }).collect_view();
        let levers = a.levers.iter().map(|def| {
            let horizon = a.horizon;
            let shown = {
                let def = def.clone();
                move || {
                    scenario.with(|s| {
                        s.as_ref()
                            .map(|s| s.policy.lever_shown(&def, horizon))
                            .unwrap_or_else(|| LeverChoice::default_for(&def, horizon))
                    })
                }
            };
            let (s1, s2, s3, s4) = (shown.clone(), shown.clone(), shown.clone(), shown);
            let enabled = move || s1().enabled;
            let fte = move || s2().fte.to_string();
            let from = Signal::derive(move || s3().from);
            let to = Signal::derive(move || s4().to);
            let lever = def.clone();
            let sid = id.clone();
            let update = move |f: Box<dyn FnOnce(&mut LeverChoice)>| {
                edit_scenario(state, &sid, |s| f(s.policy.lever_mut(&lever, horizon)));
            };
            let u1 = update.clone();
            let u2 = update.clone();
            let u3 = update.clone();
            let u4 = update;
            let effect = def.effect.as_ref().map(|e| {
                let g = a.group(&e.group_id).map(|g| g.name.clone()).unwrap_or_default();
                format!(
                    "{}: {} {} {g} {}",
                    da_en(lang, "Forventet effekt", "Expected effect"),
                    format::number_trim(e.persons_per_fte.value, 1, lang),
                    da_en(lang, "helårspersoner pr. årsværk på", "full-year persons per FTE on"),
                    if e.ramp_years > 1 {
                        format!("({} {} {})", da_en(lang, "fuld effekt efter", "full effect after"), e.ramp_years, da_en(lang, "år", "years"))
                    } else {
                        String::new()
                    }
                )
            });
            let effect_source = def.effect.as_ref().map(|e| e.persons_per_fte.source.clone());
            // When the staff kept pays for itself, for this scenario's years (or the whole
            // horizon when the scenario does not use the lever).
            let break_even_text = {
                let (lever_id, sid) = (def.id.clone(), id.clone());
                move || {
                    let lang = state.lang.get();
                    state.with_parts(&[Part::Scenarios], |w| {
                        let a = &w.scenarios.assumptions;
                        let find = |s: &Scenario| {
                            scenarios::break_even(a, s)
                                .into_iter()
                                .find(|b| b.lever_id == lever_id)
                        };
                        let found = w.scenarios.scenario(&sid).and_then(find).or_else(|| {
                            find(&scenarios::whole_horizon_scenario(a))
                        })?;
                        found.effect.is_some().then(|| found.describe(lang))
                    })
                }
            };
            view! {
                <li class="lever" data-testid=format!("lever-{}", def.id)>
                    <label class="toggle">
                        <input
                            type="checkbox"
                            data-testid="lever-enabled"
                            prop:checked=enabled
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                u1(Box::new(move |c| c.enabled = on));
                            }
                        />
                        {def.place_number.map(|n| format!("[{n}] "))}
                        <strong>{def.name.clone()}</strong>
                    </label>
                    <div class="lever-fields">
                        <label>
                            {da_en(lang, "Årsværk", "FTE")}
                            <input
                                type="number"
                                min="0"
                                step="0.5"
                                data-testid="lever-fte"
                                prop:value=fte
                                on:change=move |ev| {
                                    if let Some(v) = parse_input_number(&event_target_value(&ev)) {
                                        u2(Box::new(move |c| c.set_fte(v)));
                                    }
                                }
                            />
                        </label>
                        <YearField
                            label=da_en(lang, "Fra år", "From year")
                            testid="lever-from"
                            value=from
                            apply=Callback::new(move |v| u3(Box::new(move |c| c.from = v)))
                        />
                        <YearField
                            label=da_en(lang, "Til år", "To year")
                            testid="lever-to"
                            value=to
                            apply=Callback::new(move |v| u4(Box::new(move |c| c.to = v)))
                        />
                    </div>
                    <SourceNote source=def.default_fte.source.clone() />
                    {effect.map(|e| view! { <p class="assumption-note">{e}</p> })}
                    {move || break_even_text().map(|t| view! { <p class="break-even" data-testid="break-even">{t}</p> })}
                    {effect_source.map(|s| view! { <SourceNote source=s /> })}
                </li>
            }
        }).collect_view();
        Some(view! {
            <section class="policy" data-testid="policy">
                <h2>{da_en(lang, "Politiske valg", "Policy choices")}</h2>
                <h3>{da_en(lang, "Indfasning af besparelserne (andel gennemført pr. år)", "Phase-in of the cuts (share implemented per year)")}</h3>
                {layers}
                <h3>{da_en(lang, "Greb: bevar årsværk i de fire steder (seed 004) og egne greb", "Levers: keep staff in the four places (seed 004) and your own")}</h3>
                <ul class="levers">{levers}</ul>
                <button data-testid="add-lever" on:click=move |_| add_lever(state)>
                    {da_en(lang, "Tilføj eget greb …", "Add your own lever …")}
                </button>
            </section>
        })
    }
}

/// A year typed into a number field; applied when it is a whole number.
#[component]
fn YearField(
    label: &'static str,
    testid: &'static str,
    value: Signal<i32>,
    apply: Callback<i32>,
) -> impl IntoView {
    view! {
        <label>
            {label}
            <input
                type="number"
                data-testid=testid
                prop:value=move || value.get().to_string()
                on:change=move |ev| {
                    if let Ok(v) = event_target_value(&ev).trim().parse::<i32>() {
                        apply.run(v);
                    }
                }
            />
        </label>
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
