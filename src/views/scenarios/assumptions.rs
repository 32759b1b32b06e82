//! The assumptions every scenario is calculated with, each with its source.

use super::*;
use crate::views::fields::NumberField;
use plan_core::input::FieldRule;

thread_local! {
    /// The field being typed into while its value is applied (see [`edit_assumptions`]).
    static TYPING: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Changes the assumptions as one undoable step; the keystrokes typed into one field make
/// one step together.
fn edit_assumptions(state: AppState, f: Box<dyn FnOnce(&mut ScenarioSet)>) {
    let apply = |w: &mut Workspace| f(&mut w.scenarios);
    match TYPING.with(|t| t.borrow().clone()) {
        Some(control) => state.edit_live(&control, apply),
        None => state.edit(apply),
    }
}

/// One editable assumption with its source. What is typed is applied as it is typed (one
/// undo step per field), read by the core's parser; a refused entry is marked at the field.
#[component]
fn AssumptionInput(
    label: String,
    /// The value now (it follows undo and other edits in place).
    #[prop(into)]
    value: Signal<f64>,
    /// Shown and edited as value × scale (100 for shares in percent).
    scale: f64,
    unit: &'static str,
    #[prop(into)] source: Signal<Source>,
    testid: String,
    apply: Callback<(f64, Source)>,
    /// What the field accepts; by default a share in per cent (scale 100) or a number of
    /// 0 or more.
    #[prop(optional)]
    rule: Option<FieldRule>,
) -> impl IntoView {
    let state = use_state();
    // The source before this field was first changed: "ændret i appen (før: …)" names it
    // however many keystrokes the change takes.
    let old = StoredValue::new(source.get_untracked());
    let rule = rule.unwrap_or(if scale == 100.0 {
        FieldRule::PERCENT
    } else {
        FieldRule::NON_NEGATIVE
    });
    let shown = Signal::derive(move || value.get() * scale);
    let control = testid.clone();
    let on_value = Callback::new(move |v: f64| {
        let src = Source::changed_in_app(&today(), &old.get_value());
        // The keystrokes of one field are one undo step.
        TYPING.with(|t| *t.borrow_mut() = Some(control.clone()));
        apply.run((v / scale, src));
        TYPING.with(|t| *t.borrow_mut() = None);
    });
    let end = Callback::new(move |()| state.history.update(|h| h.end_live()));
    view! {
        <div class="assumption">
            <NumberField
                label=label
                testid=testid
                value=shown
                rule
                decimals=3
                unit=unit
                on_value
                on_commit=end
            />
            {move || view! { <SourceNote source=source.get() /> }}
        </div>
    }
}

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
                    label=da_en(lang, "Pris pr. årsværk", "Cost per FTE").to_owned()
                    value=Signal::derive(move || state.ws.scenarios.with(|s| s.assumptions.cost_per_fte.value))
                    scale=1.0
                    unit="1.000 kr."
                    source=Signal::derive(move || state.ws.scenarios.with(|s| s.assumptions.cost_per_fte.source.clone()))
                    testid="cost-per-fte".to_owned()
                    apply=Callback::new(move |(v, s)| {
                        edit_set(Box::new(move |set| set.assumptions.cost_per_fte.set(v, s)))
                    })
                />
            }
        };
        let layers = a.layers.iter().enumerate().map(|(i, l)| {
            view! {
                <AssumptionInput
                    label=format!("{} – {}", l.name, da_en(lang, "kommunens andel", "the municipality's share"))
                    value=Signal::derive(move || state.ws.scenarios.with(|s| s.assumptions.layers.get(i).map_or(0.0, |l| l.municipal_share.value)))
                    scale=100.0
                    unit="%"
                    source=Signal::derive(move || state.ws.scenarios.with(|s| s.assumptions.layers.get(i).map(|l| l.municipal_share.source.clone()).unwrap_or_else(|| Source::assumption(""))))
                    testid=format!("share-{}", l.id)
                    apply=Callback::new(move |(v, s)| {
                        edit_set(Box::new(move |set| {
                            if let Some(l) = set.assumptions.layers.get_mut(i) {
                                l.municipal_share.set(v, s);
                            }
                        }))
                    })
                />
            }
        }).collect_view();
        // One input per sourced figure of a benefit group: (label da, label en, unit, scale,
        // test id, the field).
        type GroupField = fn(&mut BenefitGroup) -> &mut Sourced<f64>;
        let fields: [(&str, &str, &'static str, f64, &str, GroupField); 3] = [
            (
                "Helårspersoner (uden scenariet)",
                "Full-year persons (without the scenario)",
                "",
                1.0,
                "persons",
                |g| &mut g.persons,
            ),
            (
                "Ydelse pr. helårsperson",
                "Benefit per full-year person",
                "1.000 kr.",
                1.0,
                "unit-cost",
                |g| &mut g.unit_cost,
            ),
            ("Refusion", "Refusion", "%", 100.0, "refusion", |g| {
                &mut g.refusion_share
            }),
        ];
        let groups = a.groups.iter().enumerate().map(|(i, g)| {
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
                            let current = Memo::new(move |_| {
                                state.ws.scenarios.with(|s| {
                                    s.assumptions.groups.get(i).map(|g| field(&mut g.clone()).clone())
                                })
                            });
                            view! {
                                <AssumptionInput
                                    label=da_en(lang, da, en).to_owned()
                                    value=Signal::derive(move || current.with(|c| c.as_ref().map_or(0.0, |c| c.value)))
                                    scale
                                    unit
                                    source=Signal::derive(move || current.with(|c| c.as_ref().map(|c| c.source.clone()).unwrap_or_else(|| Source::assumption(""))))
                                    testid=format!("{id}-{}", g.id)
                                    apply=Callback::new(move |(v, s)| edit_set(Box::new(move |set| {
                                        if let Some(g) = set.assumptions.groups.get_mut(i) {
                                            field(g).set(v, s);
                                        }
                                    })))
                                />
                            }
                        })
                        .collect_view();
                    view! {
                        {inputs}
                        {duration_editor(edit_set, i, &g, lang)}
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
                    <summary>{g.name.clone()} " · " {move || state.ws.scenarios.with(|s| s.assumptions.groups.get(i).map(|g| format::number_trim(g.persons.value, 1, lang)))} " " {da_en(lang, "helårspersoner", "full-year persons")}</summary>
                    {move || opened.get().then(content.clone())}
                </details>
            }
        }).collect_view();
        let group_options: Vec<(String, String)> = a
            .groups
            .iter()
            .map(|g| (g.id.clone(), g.name.clone()))
            .collect();
        let effects = a.levers.iter().enumerate().filter_map(|(i, l)| {
            let e = l.effect.as_ref()?;
            let own = l.place_number.is_none();
            let lever_id = l.id.clone();
            let options = group_options.clone();
            let current_group = e.group_id.clone();
            Some(view! {
                <div class="effect" data-testid=format!("effect-block-{}", l.id)>
                    <AssumptionInput
                        label=format!("{} – {}", l.name, da_en(lang, "helårspersoner pr. årsværk", "full-year persons per FTE"))
                        value=Signal::derive(move || state.ws.scenarios.with(|s| s.assumptions.levers.get(i).and_then(|l| l.effect.as_ref()).map_or(0.0, |e| e.persons_per_fte.value)))
                        scale=1.0
                        unit=""
                        source=Signal::derive(move || state.ws.scenarios.with(|s| s.assumptions.levers.get(i).and_then(|l| l.effect.as_ref()).map(|e| e.persons_per_fte.source.clone()).unwrap_or_else(|| Source::assumption(""))))
                        testid=format!("effect-{}", l.id)
                        // Negative: fewer persons on the benefit for each FTE kept.
                        rule=FieldRule::between(-1e6, 1e6)
                        apply=Callback::new(move |(v, s)| edit_set(Box::new(move |set| {
                            if let Some(e) = set.assumptions.levers.get_mut(i).and_then(|l| l.effect.as_mut()) {
                                e.persons_per_fte.set(v, s);
                            }
                        })))
                    />
                    <div class="lever-fields">
                        <label>
                            {da_en(lang, "Virker på", "Acts on")}
                            <select
                                data-testid=format!("effect-group-{}", l.id)
                                on:change=move |ev| {
                                    let g = event_target_value(&ev);
                                    edit_set(Box::new(move |set| {
                                        if let Some(e) = set.assumptions.levers.get_mut(i).and_then(|l| l.effect.as_mut()) {
                                            e.group_id = g;
                                        }
                                    }))
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
                                on:change=move |ev| {
                                    if let Ok(v) = event_target_value(&ev).trim().parse::<u32>() {
                                        edit_set(Box::new(move |set| {
                                            if let Some(e) = set.assumptions.levers.get_mut(i).and_then(|l| l.effect.as_mut()) {
                                                e.set_ramp_years(v);
                                            }
                                        }))
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

/// Refusion by duration (the refusion ladder of LBK nr. 221 § 5) instead of the flat share:
/// a switch, and the share of the persons in each step, with the law as the rates' source.
fn duration_editor(
    edit_set: impl Fn(Box<dyn FnOnce(&mut ScenarioSet)>) + Copy + Send + Sync + 'static,
    i: usize,
    g: &BenefitGroup,
    lang: Lang,
) -> impl IntoView {
    let state = use_state();
    let on = g.duration.is_some();
    let gid = g.id.clone();
    let steps = g.duration.as_ref().map(|d| {
        let inputs = (0..4)
            .map(|k| {
                view! {
                    <AssumptionInput
                        label=scenarios::step_name(k, lang).to_owned()
                        value=Signal::derive(move || state.ws.scenarios.with(|s| s.assumptions.groups.get(i).and_then(|g| g.duration.as_ref()).map_or(0.0, |d| d.shares[k])))
                        scale=100.0
                        unit="%"
                        source=Signal::derive(move || state.ws.scenarios.with(|s| s.assumptions.groups.get(i).and_then(|g| g.duration.as_ref()).map(|d| d.source.clone()).unwrap_or_else(|| Source::assumption(""))))
                        testid=format!("duration-{gid}-{k}")
                        apply=Callback::new(move |(v, s)| edit_set(Box::new(move |set| {
                            if let Some(g) = set.assumptions.groups.get_mut(i) {
                                g.set_duration_share(k, v, s);
                            }
                        })))
                    />
                }
            })
            .collect_view();
        let law = d.kind.law();
        let share = move || {
            state.ws.scenarios.with(|s| {
                let share = s.assumptions.groups.get(i).map_or(0.0, |g| g.municipal_share());
                format::number(share * 100.0, 1, lang)
            })
        };
        view! {
            <div class="duration-steps">
                {inputs}
                <p class="assumption-note" data-testid=format!("duration-share-{gid}")>
                    {move || da_en(lang, format!("Kommunens andel efter refusion: {} %", share()), format!("The municipality's share after refusion: {} %", share()))}
                </p>
                <SourceNote source=law />
            </div>
        }
    });
    let testid = format!("duration-{}", g.id);
    view! {
        <div class="duration">
            <label class="check">
                <input
                    type="checkbox"
                    data-testid=testid
                    prop:checked=on
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        let date = today();
                        edit_set(Box::new(move |set| {
                            if let Some(g) = set.assumptions.groups.get_mut(i) {
                                g.set_duration_refusion(on, &date);
                            }
                        }))
                    }
                />
                {da_en(lang, "Refusion efter varighed (refusionstrappen) i stedet for én gennemsnitlig andel", "Refusion by duration (the refusion ladder) instead of one average share")}
            </label>
            {steps}
        </div>
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
