//! One lever of the policy as a compact row: on/off, FTE and years; its source and effect
//! fold away.

use super::*;

/// One lever as a compact row: on/off, FTE, years; its source and effect fold away.
#[component]
pub(super) fn LeverRow(
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
    // A memo: the words change with the assumptions, not with every step of another control.
    let break_even = {
        let lever_id = lever_id.clone();
        Memo::new(move |_| {
            let lang = state.lang.get();
            sel.with(|s| {
                s.as_ref()
                    .and_then(|s| s.break_even_of(&lever_id))
                    .map(|b| b.describe(lang))
            })
        })
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
                {move || break_even.get().map(|t| view! { <p class="break-even" data-testid="break-even">{t}</p> })}
                {effect_source.clone().map(|s| view! { <SourceNote source=s /> })}
            </details>
        </li>
    }
}
