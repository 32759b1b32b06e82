//! Budget scenarios: the editor (policy choices apart from assumptions), the yearly results,
//! the plain-language summary, and the comparison of scenarios side by side. One component
//! per file: the list and summary, the policy editor, the assumptions, the results table and
//! the comparison.

mod assumptions;
pub(crate) mod baseline;
mod comparison;
mod grid;
mod headline;
mod list;
mod net_chart;
mod policy;
mod results;
mod tornado;

use assumptions::AssumptionsEditor;
use comparison::Comparison;
use headline::Headline;
use list::{ScenarioList, Summary};
use policy::PolicyEditor;
use results::ResultsTable;
use tornado::Tornado;

use leptos::prelude::*;
use plan_core::scenarios::{
    self, diff, summary, BenefitGroup, LeverChoice, LeverEffect, PathPreset, Scenario,
    ScenarioResult, ScenarioSet, TargetStatus,
};
use plan_core::Part;
use plan_core::{format, Lang, Source, Workspace};

use super::common::{Banner, BannerKind, CsvButton, Later, StatusBadge, Tone};
use super::SourceNote;
use crate::chart::{ChartKind, ChartSeries, SeriesChart};
use crate::i18n::da_en;
use crate::state::{set_route_param, use_state, AppState};

// Today's date (yyyy-mm-dd) in the user's time zone.
use crate::clock::today_iso as today;

fn status_label(lang: Lang, s: TargetStatus) -> &'static str {
    match s {
        TargetStatus::Met => da_en(lang, "Nås", "Met"),
        TargetStatus::AtLimit => da_en(lang, "Lige på grænsen", "Just at the limit"),
        TargetStatus::AtRisk => da_en(lang, "I fare", "At risk"),
        TargetStatus::Missed => da_en(lang, "Nås ikke", "Missed"),
    }
}

/// How a target's status reads as a [`StatusBadge`].
fn target_tone(s: TargetStatus) -> Tone {
    match s {
        TargetStatus::Met => Tone::Ok,
        // Neither safely met nor missed: the yellow of a minor deviation.
        TargetStatus::AtLimit => Tone::Minor,
        TargetStatus::AtRisk => Tone::Minor,
        TargetStatus::Missed => Tone::NotStarted,
    }
}

#[component]
pub fn ScenariosView() -> impl IntoView {
    let state = use_state();
    // Every scenario's result, for the comparison below the simulator (read only there).
    let results = Memo::new(move |_| {
        state.with_parts(&[Part::Plan, Part::Scenarios, Part::Indicators], |w| {
            scenarios::evaluate_all_linked(&w.scenarios, w, crate::clock::today())
        })
    });
    // The scenario shown: the one in the route, else the first alternative to the baseline.
    let selected = Memo::new(move |_| {
        let wanted = state.route.with(|r| r.param("s").map(str::to_owned));
        state.with_parts(&[Part::Scenarios], |w| {
            wanted
                .filter(|id| w.scenarios.scenario(id).is_some())
                .or_else(|| w.scenarios.first_alternative().map(|s| s.id.clone()))
                .unwrap_or_else(|| w.scenarios.baseline_id.clone())
        })
    });
    // The selected scenario's figures, computed once by the core for every part that shows them.
    let sel = Memo::new(move |_| {
        let id = selected.get();
        state.with_parts(&[Part::Plan, Part::Scenarios, Part::Indicators], |w| {
            scenarios::selection(w, &id, crate::clock::today())
        })
    });
    let lang = move || state.lang.get();
    let deleted = RwSignal::new(None::<String>);
    // The name of the copy an edit of the baseline went to, until another scenario is chosen.
    let copied = RwSignal::new(None::<String>);
    Effect::new(move |prev: Option<String>| {
        let id = selected.get();
        if prev.is_some_and(|p| p != id) && copied.with_untracked(|c| c.is_some()) {
            // The copy itself is now selected: keep the notice for it, clear it otherwise.
            let keep = state.with_parts(&[], |w| {
                w.scenarios
                    .scenario(&id)
                    .map(|s| Some(&s.name) == copied.get_untracked().as_ref())
            });
            if keep != Some(true) {
                copied.set(None);
            }
        }
        id
    });

    view! {
        <article class="scenarios" data-testid="scenarios-view">
            <header class="page-head">
                <div class="head-row">
                    <h1>{move || da_en(lang(), "Budgetscenarier", "Budget scenarios")}</h1>
                    <WorkshopControls />
                    <a href="#/udskrift?type=scenarier" data-testid="print-scenarios-link">{move || da_en(lang(), "Udskrift til udvalget (A4/PDF)", "Print for the committee (A4/PDF)")}</a>
                    <details class="about-page">
                        <summary>{move || da_en(lang(), "Hvad siden viser", "What the page shows")}</summary>
                        <p class="lead">
                            {move || da_en(
                                lang(),
                                "Hvad koster en langsommere indfasning af besparelserne hvert år, hvad giver den i årsværk, og hvad betyder det for sagsantal, forsørgelsesudgifter og planens mål? Politiske valg og forudsætninger vises hver for sig, så det altid er tydeligt, hvad der har ændret et resultat.",
                                "What does a slower phase-in of the cuts cost each year, what does it buy in staff, and what does it do to caseloads, benefit spending and the plan's targets? Policy choices and assumptions are shown apart, so it is always clear which one changed a result.",
                            )}
                        </p>
                    </details>
                </div>
            </header>
            <ScenarioList selected deleted />
            {move || {
                deleted
                    .get()
                    .map(|name| {
                        view! {
                            <Banner kind=BannerKind::Ok testid="deleted-notice">
                                {format!("{} »{name}«. ", da_en(lang(), "Slettet:", "Deleted:"))}
                                <button on:click=move |_| {
                                    state.undo();
                                    deleted.set(None);
                                }>{da_en(lang(), "Fortryd", "Undo")}</button>
                            </Banner>
                        }
                    })
            }}
            <headline::ResultBar sel />
            // Controls and result side by side: the result stays in view while a control moves.
            <div class="simulator" id="simulator">
                <PolicyEditor selected sel copied />
                <aside class="result-panel" id="resultat" aria-label=move || da_en(lang(), "Resultatet", "The result")>
                    <Headline sel />
                    <super::share::ShareScenario selected />
                    <Summary sel />
                </aside>
            </div>
            <PageMenu />
            // Below the first screen: built once the first screen is painted, part by part.
            <section id="aar-for-aar" class="below"><Later><ResultsTable selected sel /></Later></section>
            <section id="forudsaetninger" class="below"><Later><AssumptionsEditor /></Later></section>
            <section id="usikkerhed" class="below"><Later><Tornado sel /></Later></section>
            <section id="sammenligning" class="below"><Later><Comparison results /></Later></section>
        </article>
    }
}

/// A short menu of the page's parts below the simulator. The links scroll; they do not change
/// the route.
#[component]
fn PageMenu() -> impl IntoView {
    let state = use_state();
    let lang = move || state.lang.get();
    let go = |target: &'static str| {
        move |ev: leptos::ev::MouseEvent| {
            ev.prevent_default();
            if let Some(el) = document().get_element_by_id(target) {
                el.scroll_into_view();
            }
        }
    };
    let items: [(&'static str, &'static str, &'static str); 4] = [
        ("aar-for-aar", "År for år", "Year by year"),
        ("forudsaetninger", "Forudsætninger", "Assumptions"),
        (
            "usikkerhed",
            "Hvad flytter resultatet",
            "What moves the result",
        ),
        ("sammenligning", "Sammenlign scenarier", "Compare scenarios"),
    ];
    view! {
        <nav class="page-menu" aria-label=move || da_en(lang(), "På siden", "On the page")>
            <span class="muted">{move || da_en(lang(), "Længere nede:", "Further down:")}</span>
            {items
                .into_iter()
                .map(|(id, da, en)| view! {
                    <a href=format!("#/scenarier#{id}") data-testid=format!("menu-{id}") on:click=go(id)>{move || da_en(lang(), da, en)}</a>
                })
                .collect_view()}
        </nav>
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
                        // The simulator gets the projector's screen: the page header and
                        // the scenario list scroll away above it.
                        request_animation_frame(|| {
                            if let Some(el) = document().query_selector(".simulator").ok().flatten() {
                                el.scroll_into_view();
                            }
                        });
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
