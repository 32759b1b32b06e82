//! Budget scenarios: the editor (policy choices apart from assumptions), the yearly results,
//! the plain-language summary, and the comparison of scenarios side by side.

use leptos::prelude::*;
use plan_core::scenarios::{
    self, diff, evaluate_all, summary, to_csv, validate, BenefitGroup, LeverChoice, LeverEffect,
    PathPreset, Scenario, ScenarioResult, ScenarioSet, Sourced, TargetStatus,
};
use plan_core::Part;
use plan_core::{format, Lang, Source, Workspace};

use super::{download, SourceNote};
use crate::app::{set_route_param, use_state, AppState};
use crate::chart::{ChartKind, ChartSeries, SeriesChart};
use crate::i18n::da_en;

/// Changes the selected scenario as one undoable step.
fn edit_scenario(state: AppState, id: &str, f: impl FnOnce(&mut Scenario)) {
    state.edit(|w| {
        if let Some(s) = w.scenarios.scenario_mut(id) {
            f(s);
        }
    });
}

/// Like [`edit_scenario`], but a drag on one control is one undo step.
fn edit_scenario_live(state: AppState, control: &str, id: &str, f: impl FnOnce(&mut Scenario)) {
    state.edit_live(control, |w| {
        if let Some(s) = w.scenarios.scenario_mut(id) {
            f(s);
        }
    });
}

/// Today's date (yyyy-mm-dd).
fn today() -> String {
    let date = String::from(js_sys::Date::new_0().to_iso_string());
    date[..10].to_owned()
}

/// Reads the value of an `<input type="number">` (always written with a decimal point).
fn parse_input_number(text: &str) -> Option<f64> {
    text.trim().parse::<f64>().ok().filter(|v| v.is_finite())
}

fn status_label(lang: Lang, s: TargetStatus) -> &'static str {
    match s {
        TargetStatus::Met => da_en(lang, "Nås", "Met"),
        TargetStatus::AtRisk => da_en(lang, "I fare", "At risk"),
        TargetStatus::Missed => da_en(lang, "Nås ikke", "Missed"),
    }
}

fn status_class(s: TargetStatus) -> &'static str {
    match s {
        TargetStatus::Met => "st st-ok",
        TargetStatus::AtRisk => "st st-minor",
        TargetStatus::Missed => "st st-not-started",
    }
}

#[component]
pub fn ScenariosView() -> impl IntoView {
    let state = use_state();
    let results = Memo::new(move |_| {
        state.with_parts(&[Part::Plan, Part::Scenarios], |w| {
            evaluate_all(&w.scenarios, w)
        })
    });
    let selected = Memo::new(move |_| {
        let wanted = state.route.with(|r| r.param("s").map(str::to_owned));
        state.with_parts(&[Part::Scenarios], |w| {
            wanted
                .filter(|id| w.scenarios.scenario(id).is_some())
                .unwrap_or_else(|| w.scenarios.baseline_id.clone())
        })
    });
    let lang = move || state.lang.get();
    let deleted = RwSignal::new(None::<String>);

    view! {
        <article class="scenarios" data-testid="scenarios-view">
            <header class="page-head">
                <h1>{move || da_en(lang(), "Budgetscenarier", "Budget scenarios")}</h1>
                <p class="lead">
                    {move || da_en(
                        lang(),
                        "Hvad koster en langsommere indfasning af besparelserne hvert år, hvad giver den i årsværk, og hvad betyder det for sagsantal, forsørgelsesudgifter og planens mål? Politiske valg og forudsætninger vises hver for sig, så det altid er tydeligt, hvad der har ændret et resultat.",
                        "What does a slower phase-in of the cuts cost each year, what does it buy in staff, and what does it do to caseloads, benefit spending and the plan's targets? Policy choices and assumptions are shown apart, so it is always clear which one changed a result.",
                    )}
                </p>
                <WorkshopControls />
                <p><a href="#/udskrift?type=scenarier" data-testid="print-scenarios-link">{move || da_en(lang(), "Udskrift af sammenligningen til udvalget (A4/PDF)", "Print the comparison for the committee (A4/PDF)")}</a></p>
            </header>
            <ScenarioList selected deleted />
            {move || {
                deleted
                    .get()
                    .map(|name| {
                        view! {
                            <p class="banner ok" role="status" data-testid="deleted-notice">
                                {format!("{} »{name}«. ", da_en(lang(), "Slettet:", "Deleted:"))}
                                <button on:click=move |_| {
                                    state.undo();
                                    deleted.set(None);
                                }>{da_en(lang(), "Fortryd", "Undo")}</button>
                            </p>
                        }
                    })
            }}
            <Summary selected results />
            <super::share::ShareScenario selected />
            <div class="editor-grid">
                <PolicyEditor selected />
                <AssumptionsEditor />
            </div>
            <ResultsTable selected results />
            <Comparison results />
        </article>
    }
}

#[component]
fn WorkshopControls() -> impl IntoView {
    let state = use_state();
    let lang = move || state.lang.get();
    let on = move || state.workshop.with(|w| w.is_some());
    view! {
        <div class="workshop-controls">
            <button
                data-testid="workshop-toggle"
                aria-pressed=move || on().to_string()
                on:click=move |_| {
                    if on() {
                        state.workshop.set(None);
                    } else {
                        state.workshop.set(Some(state.ws.untracked()));
                    }
                }
            >
                {move || if on() {
                    da_en(lang(), "Afslut workshop", "End workshop")
                } else {
                    da_en(lang(), "Workshop-tilstand", "Workshop mode")
                }}
            </button>
            <Show when=on>
                <button data-testid="workshop-reset" on:click=move |_| state.reset_workshop()>
                    {move || da_en(lang(), "Tilbage til workshoppens start (R)", "Back to the start of the workshop (R)")}
                </button>
                <span class="muted">
                    {move || da_en(lang(), "Ctrl+Z fortryder, Ctrl+Y gentager.", "Ctrl+Z undoes, Ctrl+Y redoes.")}
                </span>
            </Show>
        </div>
    }
}

/// The named scenarios: select, duplicate, rename, delete (with undo).
#[component]
fn ScenarioList(selected: Memo<String>, deleted: RwSignal<Option<String>>) -> impl IntoView {
    let state = use_state();
    let lang = move || state.lang.get();
    let list = move || {
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
    };
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
                {move || {
                    list()
                        .into_iter()
                        .map(|(id, name, baseline)| {
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
                                        {baseline.then(|| view! { <span class="tag">{da_en(lang(), "basis", "baseline")}</span> })}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()
                }}
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

#[component]
fn Summary(selected: Memo<String>, results: Memo<Vec<ScenarioResult>>) -> impl IntoView {
    let state = use_state();
    move || {
        let lang = state.lang.get();
        let id = selected.get();
        state.with_parts(&[Part::Scenarios], |w| {
            let set = &w.scenarios;
            let idx = set.scenarios.iter().position(|s| s.id == id)?;
            let sc = &set.scenarios[idx];
            let text = results.with(|r| summary(&set.assumptions, sc, &r[idx], lang));
            let issues = validate(&set.assumptions, sc);
            Some(view! {
                <section class="summary" aria-live="polite">
                    <h2>{sc.name.clone()}</h2>
                    <p class="muted">{sc.description.clone()}</p>
                    <p class="summary-text" data-testid="summary">{text}</p>
                    {(!issues.is_empty())
                        .then(|| {
                            view! {
                                <ul class="banner warn" role="alert" data-testid="validation">
                                    {issues.iter().map(|i| view! { <li>{i.to_string()}</li> }).collect_view()}
                                </ul>
                            }
                        })}
                </section>
            })
        })
    }
}

/// Policy choices: the phase-in of each cut year by year, and the levers.
#[component]
fn PolicyEditor(selected: Memo<String>) -> impl IntoView {
    let state = use_state();
    move || {
        let lang = state.lang.get();
        let id = selected.get();
        let (set, scenario) = state.with_parts(&[Part::Scenarios], |w| {
            (w.scenarios.clone(), w.scenarios.scenario(&id).cloned())
        });
        let scenario = scenario?;
        let a = set.assumptions.clone();
        let years: Vec<i32> = a.horizon.years().collect();
        let layers = a.layers.iter().map(|layer| {
            let path = scenario.policy.path(&layer.id).clone();
            let per_year = path.to_percentages(layer, a.horizon);
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
                                    view! { <option value=p.code() selected=PathPreset::of(&path) == p>{p.label(lang)}</option> }
                                })
                                .collect_view()}
                        </select>
                    </label>
                    <div class="timeline" role="group" aria-label=da_en(lang, "Andel gennemført pr. år", "Share implemented per year")>
                        {years
                            .iter()
                            .map(|y| {
                                let y = *y;
                                let share = per_year.share(y);
                                let pct = (share * 100.0).round();
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
                                            prop:value=pct.to_string()
                                            on:input=on_input
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
                                                prop:value=pct.to_string()
                                                on:change=on_type
                                            />
                                            " %"
                                        </span>
                                        <span class="muted small">{scenarios::mio(full * share, lang)}</span>
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
            let LeverChoice { enabled, fte, from, to, .. } = scenario.policy.lever_shown(def, horizon);
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
                                prop:value=fte.to_string()
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
    value: i32,
    apply: Callback<i32>,
) -> impl IntoView {
    view! {
        <label>
            {label}
            <input
                type="number"
                data-testid=testid
                prop:value=value.to_string()
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

/// One editable assumption with its source.
#[component]
fn AssumptionInput(
    label: String,
    value: f64,
    /// Shown and edited as value × scale (100 for shares in percent).
    scale: f64,
    unit: &'static str,
    source: Source,
    testid: String,
    apply: Callback<(f64, Source)>,
) -> impl IntoView {
    let state = use_state();
    let lang = state.lang.get_untracked();
    let shown = format::number_trim(value * scale, 3, lang);
    let old = source.clone();
    view! {
        <div class="assumption">
            <label>
                <span>{label}</span>
                <span class="with-unit">
                    <input
                        type="text"
                        inputmode="decimal"
                        data-testid=testid
                        prop:value=shown
                        on:change=move |ev| {
                            if let Some(v) = format::parse_number(&event_target_value(&ev), lang) {
                                apply.run((v / scale, Source::changed_in_app(&today(), &old)));
                            }
                        }
                    />
                    <span class="unit">{unit}</span>
                </span>
            </label>
            <SourceNote source />
        </div>
    }
}

/// Assumptions: facts about the world the user may correct, each with its source.
#[component]
fn AssumptionsEditor() -> impl IntoView {
    let state = use_state();
    let edit_set = move |f: Box<dyn FnOnce(&mut ScenarioSet)>| {
        state.edit(|w: &mut Workspace| f(&mut w.scenarios))
    };
    move || {
        let lang = state.lang.get();
        let a = state.with_parts(&[Part::Scenarios], |w| w.scenarios.assumptions.clone());
        let cost = {
            view! {
                <AssumptionInput
                    label=da_en(lang, "Pris pr. årsværk", "Cost per FTE").to_owned()
                    value=a.cost_per_fte.value
                    scale=1.0
                    unit="1.000 kr."
                    source=a.cost_per_fte.source.clone()
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
                    value=l.municipal_share.value
                    scale=100.0
                    unit="%"
                    source=l.municipal_share.source.clone()
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
            let mut g = g.clone();
            let inputs = fields
                .iter()
                .map(|&(da, en, unit, scale, id, field)| {
                    let current = field(&mut g).clone();
                    view! {
                        <AssumptionInput
                            label=da_en(lang, da, en).to_owned()
                            value=current.value
                            scale
                            unit
                            source=current.source
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
                <details class="group" data-testid=format!("group-{}", g.id)>
                    <summary>{g.name.clone()} " · " {format::number_trim(g.persons.value, 1, lang)} " " {da_en(lang, "helårspersoner", "full-year persons")}</summary>
                    {inputs}
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
                        value=e.persons_per_fte.value
                        scale=1.0
                        unit=""
                        source=e.persons_per_fte.source.clone()
                        testid=format!("effect-{}", l.id)
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

/// The selected scenario's result year by year, with the plan targets it moves.
#[component]
fn ResultsTable(selected: Memo<String>, results: Memo<Vec<ScenarioResult>>) -> impl IntoView {
    let state = use_state();
    move || {
        let lang = state.lang.get();
        let id = selected.get();
        // The plan gives the targets' names.
        let (idx, name, team_names, measure_texts) =
            state.with_parts(&[Part::Plan, Part::Scenarios], |w| {
                let idx = w.scenarios.scenarios.iter().position(|s| s.id == id);
                let name = idx
                    .map(|i| w.scenarios.scenarios[i].name.clone())
                    .unwrap_or_default();
                let teams: Vec<String> = w
                    .scenarios
                    .assumptions
                    .teams
                    .iter()
                    .map(|t| t.name.clone())
                    .collect();
                let measures: Vec<(String, String)> = w
                    .measures()
                    .map(|(_, _, m)| (m.id.clone(), m.indicator.clone()))
                    .collect();
                (idx, name, teams, measures)
            });
        let idx = idx?;
        let r = results.with(|r| r[idx].clone());
        let csv = to_csv(&[&r]);
        let file = format!("scenarie-{}.csv", r.scenario_id);
        type Row = (
            &'static str,
            &'static str,
            fn(&scenarios::YearResult) -> f64,
            bool,
        );
        let rows: [Row; 10] = [
            ("Fuld besparelse", "Full cut", |y| y.full_cut, true),
            (
                "Indfaset besparelse",
                "Phased-in cut",
                |y| y.phased_cut,
                true,
            ),
            ("Udskudt besparelse", "Deferred cut", |y| y.deferred, true),
            ("Løn til greb", "Lever staff cost", |y| y.lever_cost, true),
            (
                "Kompensation i alt",
                "Compensation in total",
                |y| y.compensation,
                true,
            ),
            ("Årsværk bevaret", "FTE kept", |y| y.fte_kept(), false),
            (
                "Forsørgelse, brutto",
                "Benefits, gross",
                |y| y.benefit_gross,
                true,
            ),
            (
                "Forsørgelse, netto efter refusion",
                "Benefits, net of refusion",
                |y| y.benefit_net,
                true,
            ),
            (
                "Netto for kommunen",
                "Net for the municipality",
                |y| y.municipality_net,
                true,
            ),
            (
                "Netto for kommunen, akkumuleret",
                "Net for the municipality, cumulative",
                |y| y.cumulative_net,
                true,
            ),
        ];
        let targets = r.targets.clone();
        Some(view! {
            <section class="results" data-testid="results">
                <h2>{da_en(lang, "Resultat år for år", "Result year by year")} ": " {name}</h2>
                <p class="muted">{da_en(lang, "Beløb i mio. kr. i forhold til den officielle indfasning uden greb. Negative tal er besparelser.", "Amounts in DKK million relative to the official phase-in without levers. Negative numbers are savings.")}</p>
                <div class="table-wrap" tabindex="0">
                    <table class="numbers" data-testid="results-table">
                        <thead>
                            <tr>
                                <th scope="col"></th>
                                {r.years.iter().map(|y| view! { <th scope="col" class="num">{y.year}</th> }).collect_view()}
                            </tr>
                        </thead>
                        <tbody>
                            {rows
                                .iter()
                                .map(|(da, en, f, money)| {
                                    view! {
                                        <tr>
                                            <th scope="row">{da_en(lang, da, en)}</th>
                                            {r.years
                                                .iter()
                                                .map(|y| {
                                                    let v = f(y);
                                                    let text = if *money {
                                                        format::number(v / 1000.0, 2, lang)
                                                    } else {
                                                        format::number(v, 1, lang)
                                                    };
                                                    view! { <td class="num">{text}</td> }
                                                })
                                                .collect_view()}
                                        </tr>
                                    }
                                })
                                .collect_view()}
                            {team_names
                                .iter()
                                .enumerate()
                                .map(|(ti, tn)| {
                                    view! {
                                        <tr>
                                            <th scope="row">{format!("{} {tn} ({})", da_en(lang, "Sagsantal,", "Caseload,"), da_en(lang, "indeks, før budget 2024 = 100", "index, before budget 2024 = 100"))}</th>
                                            {r.years
                                                .iter()
                                                .map(|y| view! { <td class="num">{y.teams[ti].caseload_index.map(|c| format::number(c, 0, lang)).unwrap_or_else(|| "–".into())}</td> })
                                                .collect_view()}
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                </div>
                <button
                    data-testid="download-csv"
                    on:click=move |_| {
                        if let Err(e) = download(&file, "text/csv", &csv) {
                            state.save_error.set(Some(e));
                        }
                    }
                >
                    {da_en(lang, "Hent tabellen (CSV)", "Download the table (CSV)")}
                </button>
                <h3>{da_en(lang, "Planens mål, som scenariet flytter", "The plan's targets the scenario moves")}</h3>
                <ul class="target-status" data-testid="target-status">
                    {targets
                        .into_iter()
                        .map(|t| {
                            let text = measure_texts
                                .iter()
                                .find(|(id, _)| *id == t.measure_id)
                                .map(|(_, i)| i.clone())
                                .unwrap_or_default();
                            let when = if t.year != t.deadline_year {
                                format!(" ({} {}, {} {})", da_en(lang, "frist", "deadline"), t.deadline_year, da_en(lang, "fremskrevet for", "projected for"), t.year)
                            } else {
                                String::new()
                            };
                            view! {
                                <li>
                                    <span class=status_class(t.status)>{status_label(lang, t.status)}</span>
                                    " " {text} ": " {format::number(t.projected, 1, lang)} " / max "
                                    {format::number_trim(t.cap, 1, lang)} {when}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
        })
    }
}

/// Two or more scenarios side by side: a table per year with the difference to the
/// baseline, and charts of the yearly net effect, the cost components and the cumulative path.
#[component]
fn Comparison(results: Memo<Vec<ScenarioResult>>) -> impl IntoView {
    let state = use_state();
    let chosen = move || {
        let param = state.route.with(|r| r.param("cmp").map(str::to_owned));
        state.with_parts(&[Part::Scenarios], |w| match param {
            Some(p) => p
                .split(',')
                .filter(|id| w.scenarios.scenario(id).is_some())
                .map(str::to_owned)
                .collect::<Vec<_>>(),
            None => w.scenarios.scenarios.iter().map(|s| s.id.clone()).collect(),
        })
    };
    move || {
        let lang = state.lang.get();
        let ids = chosen();
        let (all, baseline_idx, horizon, indicators) =
            state.with_parts(&[Part::Plan, Part::Scenarios], |w| {
                (
                    w.scenarios
                        .scenarios
                        .iter()
                        .map(|s| (s.id.clone(), s.name.clone()))
                        .collect::<Vec<_>>(),
                    w.scenarios
                        .scenarios
                        .iter()
                        .position(|s| s.id == w.scenarios.baseline_id)
                        .unwrap_or(0),
                    w.scenarios.assumptions.horizon,
                    w.measures()
                        .map(|(_, _, m)| (m.id.clone(), m.indicator.clone()))
                        .collect::<Vec<_>>(),
                )
            });
        let indicator = move |id: &str| {
            indicators
                .iter()
                .find(|(m, _)| m == id)
                .map(|(_, i)| i.clone())
                .unwrap_or_else(|| id.to_owned())
        };
        let res = results.get();
        let picked: Vec<(String, &ScenarioResult)> = all
            .iter()
            .zip(&res)
            .filter(|((id, _), _)| ids.contains(id))
            .map(|((_, name), r)| (name.clone(), r))
            .collect();
        let baseline = &res[baseline_idx];
        let years: Vec<String> = horizon.years().map(|y| y.to_string()).collect();
        let in_mio = |r: &ScenarioResult, f: fn(&scenarios::YearResult) -> f64| -> Vec<f64> {
            r.years
                .iter()
                .map(|y| (f(y) / 10.0).round() / 100.0)
                .collect()
        };
        let net_series: Vec<ChartSeries> = picked
            .iter()
            .map(|(n, r)| ChartSeries::new(n.clone(), in_mio(r, |y| y.municipality_net)))
            .collect();
        let cum_series: Vec<ChartSeries> = picked
            .iter()
            .map(|(n, r)| ChartSeries::new(n.clone(), in_mio(r, |y| y.cumulative_net)))
            .collect();
        // One stack per scenario: its deferred cut, lever staff and net benefit change.
        let components: Vec<ChartSeries> = picked
            .iter()
            .flat_map(|(n, r)| {
                [
                    (
                        da_en(lang, "udskudt besparelse", "deferred cut"),
                        in_mio(r, |y| y.deferred),
                    ),
                    (
                        da_en(lang, "løn til greb", "lever staff"),
                        in_mio(r, |y| y.lever_cost),
                    ),
                    (
                        da_en(lang, "forsørgelse netto", "benefits net"),
                        in_mio(r, |y| y.benefit_net),
                    ),
                ]
                .into_iter()
                .map(move |(part, v)| {
                    ChartSeries::new(format!("{n}: {part}"), v).stacked(n.clone())
                })
            })
            .filter(|s| s.values.iter().any(|x| x.abs() > 1e-9))
            .collect();
        let toggle = move |id: String, on: bool| {
            let mut ids = chosen();
            ids.retain(|x| *x != id);
            if on {
                ids.push(id);
            }
            set_route_param(state, "cmp", &ids.join(","));
        };
        let status_rows: Vec<(String, Vec<(String, TargetStatus)>)> = picked
            .iter()
            .map(|(n, r)| {
                (
                    n.clone(),
                    r.targets
                        .iter()
                        .map(|t| (indicator(&t.measure_id), t.status))
                        .collect(),
                )
            })
            .collect();
        view! {
            <section class="comparison" data-testid="comparison">
                <h2>{da_en(lang, "Sammenlign scenarier", "Compare scenarios")}</h2>
                <fieldset class="compare-pick">
                    <legend>{da_en(lang, "Vis", "Show")}</legend>
                    {all
                        .iter()
                        .map(|(id, name)| {
                            let on = ids.contains(id);
                            let id2 = id.clone();
                            view! {
                                <label>
                                    <input
                                        type="checkbox"
                                        data-testid=format!("compare-{id}")
                                        prop:checked=on
                                        on:change=move |ev| toggle(id2.clone(), event_target_checked(&ev))
                                    />
                                    {name.clone()}
                                </label>
                            }
                        })
                        .collect_view()}
                </fieldset>
                <div class="table-wrap" tabindex="0">
                    <table class="numbers" data-testid="comparison-table">
                        <caption>{da_en(lang, "Netto for kommunen pr. år, mio. kr. (forskel til basis i parentes) og bevarede årsværk", "Net for the municipality per year, DKK million (difference to the baseline in brackets) and FTE kept")}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{da_en(lang, "Scenarie", "Scenario")}</th>
                                {years.iter().map(|y| view! { <th scope="col" class="num">{y.clone()}</th> }).collect_view()}
                                <th scope="col" class="num">{da_en(lang, "I alt", "Total")}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {picked
                                .iter()
                                .map(|(n, r)| {
                                    let d = diff(r, baseline);
                                    view! {
                                        <tr>
                                            <th scope="row">{n.clone()}</th>
                                            {r.years
                                                .iter()
                                                .zip(&d)
                                                .map(|(y, dy)| {
                                                    view! {
                                                        <td class="num">
                                                            {format::number(y.municipality_net / 1000.0, 2, lang)}
                                                            <span class="muted small">" (" {format::number(dy.municipality_net / 1000.0, 2, lang)} ")"</span>
                                                            <br />
                                                            <span class="small">{format::number(y.fte_kept(), 1, lang)} " " {da_en(lang, "åv.", "FTE")}</span>
                                                        </td>
                                                    }
                                                })
                                                .collect_view()}
                                            <td class="num">{format::number(r.total_net() / 1000.0, 2, lang)}</td>
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                </div>
                <div class="table-wrap" tabindex="0">
                    <table class="numbers" data-testid="comparison-targets">
                        <caption>{da_en(lang, "Målstatus pr. scenarie", "Target status per scenario")}</caption>
                        <tbody>
                            {status_rows
                                .into_iter()
                                .map(|(n, st)| {
                                    view! {
                                        <tr>
                                            <th scope="row">{n}</th>
                                            {st
                                                .into_iter()
                                                .map(|(m, s)| view! { <td><span class=status_class(s)>{status_label(lang, s)}</span> " " <span class="muted small">{m}</span></td> })
                                                .collect_view()}
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                </div>
                <div class="charts">
                    <figure>
                        <figcaption>{da_en(lang, "Netto for kommunen pr. år (mio. kr.)", "Net for the municipality per year (DKK million)")}</figcaption>
                        <SeriesChart id="chart-net".to_owned() title=da_en(lang, "Netto pr. år", "Net per year").to_owned() lang kind=ChartKind::Bars categories=years.clone() series=net_series />
                    </figure>
                    <figure>
                        <figcaption>{da_en(lang, "Omkostningens dele (mio. kr.)", "Cost components (DKK million)")}</figcaption>
                        <SeriesChart id="chart-components".to_owned() title=da_en(lang, "Omkostningens dele", "Cost components").to_owned() lang kind=ChartKind::StackedBars categories=years.clone() series=components />
                    </figure>
                    <figure>
                        <figcaption>{da_en(lang, "Akkumuleret netto (mio. kr.)", "Cumulative net (DKK million)")}</figcaption>
                        <SeriesChart id="chart-cumulative".to_owned() title=da_en(lang, "Akkumuleret netto", "Cumulative net").to_owned() lang kind=ChartKind::Lines categories=years series=cum_series />
                    </figure>
                </div>
            </section>
        }
    }
}
