//! The assumptions every scenario is calculated with, each with its source.

use super::*;
use crate::views::fields::NumberField;
use plan_core::input::FieldRule;
use plan_core::scenarios::AssumptionField;

mod duration;
mod input;

use duration::duration_editor;
use input::{edit_assumptions, AssumptionInput};

/// Assumptions: facts about the world the user may correct, each with its source.
#[component]
pub(super) fn AssumptionsEditor() -> impl IntoView {
    let state = use_state();
    let edit_set = move |f: Box<dyn FnOnce(&mut ScenarioSet)>| edit_assumptions(state, f);
    // Rebuilt when what the editor holds changes (a group, a lever, a switch), not when a
    // value does: the fields follow their values in place, so the one being typed into stays.
    let assumptions = Memo::new_with_compare(
        move |_| state.ws.scenarios.with(|s| s.assumptions.clone()),
        |old, new| match (old, new) {
            (Some(o), Some(n)) => shape(o) != shape(n),
            _ => true,
        },
    );

    // The groups the user has opened stay open when an edit inside one rebuilds the list.
    let open_groups = StoredValue::new(std::collections::HashSet::<String>::new());
    move || {
        let lang = state.lang.get();
        let a = assumptions.get();
        let cost = {
            view! {
                <AssumptionInput
                    field=AssumptionField::CostPerFte
                    label=da_en(lang, "Pris pr. årsværk", "Cost per FTE").to_owned()
                    scale=1.0
                    unit="1.000 kr."
                    testid="cost-per-fte".to_owned()
                />
            }
        };
        let layers = a.layers.iter().map(|l| {
            view! {
                <AssumptionInput
                    field=AssumptionField::LayerShare(l.id.clone())
                    label=format!("{} – {}", l.name, da_en(lang, "kommunens andel", "the municipality's share"))
                    scale=100.0
                    unit="%"
                    testid=format!("share-{}", l.id)
                />
            }
        }).collect_view();
        // One input per sourced figure of a benefit group: (label da, label en, unit, scale,
        // test id, the field by the group's id).
        type GroupField = fn(String) -> AssumptionField;
        let fields: [(&str, &str, &'static str, f64, &str, GroupField); 3] = [
            (
                "Helårspersoner (uden scenariet)",
                "Full-year persons (without the scenario)",
                "",
                1.0,
                "persons",
                AssumptionField::GroupPersons,
            ),
            (
                "Ydelse pr. helårsperson",
                "Benefit per full-year person",
                "1.000 kr.",
                1.0,
                "unit-cost",
                AssumptionField::GroupUnitCost,
            ),
            (
                "Refusion",
                "Refusion",
                "%",
                100.0,
                "refusion",
                AssumptionField::GroupRefusion,
            ),
        ];
        let groups = a.groups.iter().map(|g| {
            // A closed group's inputs are built when it is first opened: most stay closed,
            // and the list is rebuilt with every change of an assumption.
            let opened = RwSignal::new(open_groups.with_value(|o| o.contains(&g.id)));
            let content = {
                let g = g.clone();
                move || {
                    let g = g.clone();
                    let inputs = fields
                        .iter()
                        .map(|&(da, en, unit, scale, id, field)| {
                            view! {
                                <AssumptionInput
                                    field=field(g.id.clone())
                                    label=da_en(lang, da, en).to_owned()
                                    scale
                                    unit
                                    testid=format!("{id}-{}", g.id)
                                />
                            }
                        })
                        .collect_view();
                    view! {
                        {inputs}
                        {duration_editor(edit_set, &g, lang)}
                        <super::baseline::BaselineLinkEditor group_id=g.id.clone() />
                    }
                }
            };
            view! {
                <details
                    class="group"
                    data-testid=format!("group-{}", g.id)
                    prop:open=opened.get_untracked()
                    on:toggle={
                        let id = g.id.clone();
                        move |ev| {
                            let el: web_sys::HtmlDetailsElement = event_target(&ev);
                            let open = el.open();
                            open_groups.update_value(|o| {
                                if open {
                                    o.insert(id.clone());
                                } else {
                                    o.remove(&id);
                                }
                            });
                            if open && !opened.get_untracked() {
                                opened.set(true);
                            }
                        }
                    }
                >
                    <summary>{g.name.clone()} " · " {
                        let persons = AssumptionField::GroupPersons(g.id.clone());
                        move || state.ws.scenarios.with(|s| s.assumption(&persons).map(|(v, _)| format::number_trim(v, 1, lang)))
                    } " " {da_en(lang, "helårspersoner", "full-year persons")}</summary>
                    {move || opened.get().then(content.clone())}
                </details>
            }
        }).collect_view();
        let group_options: Vec<(String, String)> = a
            .groups
            .iter()
            .map(|g| (g.id.clone(), g.name.clone()))
            .collect();
        let effects = a.levers.iter().filter_map(|l| {
            let e = l.effect.as_ref()?;
            let own = l.place_number.is_none();
            let lever_id = l.id.clone();
            let options = group_options.clone();
            let current_group = e.group_id.clone();
            Some(view! {
                <div class="effect" data-testid=format!("effect-block-{}", l.id)>
                    <AssumptionInput
                        field=AssumptionField::LeverEffect(l.id.clone())
                        label=format!("{} – {}", l.name, da_en(lang, "helårspersoner pr. årsværk", "full-year persons per FTE"))
                        scale=1.0
                        unit=""
                        testid=format!("effect-{}", l.id)
                        // Negative: fewer persons on the benefit for each FTE kept.
                        rule=FieldRule::between(-1e6, 1e6)
                    />
                    <div class="lever-fields">
                        <label>
                            {da_en(lang, "Virker på", "Acts on")}
                            <select
                                data-testid=format!("effect-group-{}", l.id)
                                on:change={
                                    let lever_id = lever_id.clone();
                                    move |ev| {
                                        let (lever, g) = (lever_id.clone(), event_target_value(&ev));
                                        edit_set(Box::new(move |set| {
                                            set.set_lever_group(&lever, &g);
                                        }))
                                    }
                                }
                            >
                                {options
                                    .into_iter()
                                    .map(|(id, name)| {
                                        let sel = id == current_group;
                                        view! { <option value=id selected=sel>{name}</option> }
                                    })
                                    .collect_view()}
                            </select>
                        </label>
                        <label>
                            {da_en(lang, "År til fuld effekt", "Years to full effect")}
                            <input
                                type="number"
                                min="1"
                                max=LeverEffect::MAX_RAMP_YEARS.to_string()
                                data-testid=format!("effect-ramp-{}", l.id)
                                prop:value=e.ramp_years.to_string()
                                on:change={
                                    let lever_id = lever_id.clone();
                                    move |ev| {
                                        if let Ok(v) = event_target_value(&ev).trim().parse::<u32>() {
                                            let lever = lever_id.clone();
                                            edit_set(Box::new(move |set| {
                                                set.set_lever_ramp_years(&lever, v);
                                            }))
                                        }
                                    }
                                }
                            />
                        </label>
                        {own.then(|| {
                            let lever_id = lever_id.clone();
                            view! {
                                <button
                                    class="danger"
                                    data-testid=format!("remove-lever-{}", lever_id)
                                    on:click=move |_| {
                                        let id = lever_id.clone();
                                        edit_set(Box::new(move |set| set.remove_lever(&id)))
                                    }
                                >
                                    {da_en(lang, "Fjern grebet", "Remove the lever")}
                                </button>
                            }
                        })}
                    </div>
                </div>
            })
        }).collect_view();
        view! {
            <section class="assumptions" data-testid="assumptions">
                <h2>{da_en(lang, "Forudsætninger", "Assumptions")}</h2>
                <p class="muted">
                    {da_en(
                        lang,
                        "Fakta og skøn, som resultaterne bygger på. Et tal, du ændrer, får kilden »ændret i appen«. Skøn uden kilde i dokumenterne er markeret som antagelser.",
                        "Facts and estimates the results rest on. A figure you change gets the source \"changed in the app\". Estimates not in the documents are marked as assumptions.",
                    )}
                </p>
                {cost}
                {layers}
                <h3>{da_en(lang, "Ydelsesgrupper", "Benefit groups")}</h3>
                {groups}
                <h3>{da_en(lang, "Grebenes forventede effekt", "The levers' expected effect")}</h3>
                {effects}
            </section>
        }
    }
}

/// What the editor is built from, apart from the values its fields follow in place: the
/// groups, layers and levers, which group a lever acts on, its years to full effect, and
/// whether a group's refusion goes by duration.
type Shape = (
    Vec<(String, String, bool)>,
    Vec<(String, String)>,
    Vec<(String, String, Option<(String, u32)>, bool)>,
);

fn shape(a: &plan_core::scenarios::Assumptions) -> Shape {
    (
        a.groups
            .iter()
            .map(|g| (g.id.clone(), g.name.clone(), g.duration.is_some()))
            .collect(),
        a.layers
            .iter()
            .map(|l| (l.id.clone(), l.name.clone()))
            .collect(),
        a.levers
            .iter()
            .map(|l| {
                (
                    l.id.clone(),
                    l.name.clone(),
                    l.effect
                        .as_ref()
                        .map(|e| (e.group_id.clone(), e.ramp_years)),
                    l.place_number.is_none(),
                )
            })
            .collect(),
    )
}
