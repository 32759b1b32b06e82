//! One cut layer of the policy: its path, what a ramp starts from, and its years in one strip.

use super::*;

/// One cut layer: its path, what a ramp starts from, and the years in one strip.
#[component]
pub(super) fn LayerEditor(
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
