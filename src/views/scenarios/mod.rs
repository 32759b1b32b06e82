//! Budget scenarios: the editor (policy choices apart from assumptions), the yearly results,
//! the plain-language summary, and the comparison of scenarios side by side. One component
//! per file: the list and summary, the policy editor, the assumptions, the results table and
//! the comparison.

mod assumptions;
pub(crate) mod baseline;
mod comparison;
mod headline;
mod list;
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
    self, diff, summary, to_csv, validate, BenefitGroup, LeverChoice, LeverEffect, PathPreset,
    Scenario, ScenarioResult, ScenarioSet, Sourced, TargetStatus,
};
use plan_core::Part;
use plan_core::{format, Lang, Source, Workspace};

use super::common::{Banner, BannerKind, CsvButton, Later, StatusBadge, Tone};
use super::SourceNote;
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
        TargetStatus::AtLimit => da_en(lang, "Ved grænsen", "At the limit"),
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
    // With the groups linked to imported figures read from them.
    let results = Memo::new(move |_| {
        state.with_parts(&[Part::Plan, Part::Scenarios, Part::Indicators], |w| {
            scenarios::evaluate_all_linked(&w.scenarios, w, baseline::today_date())
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
                <div class="head-row">
                    <h1>{move || da_en(lang(), "Budgetscenarier", "Budget scenarios")}</h1>
                    <WorkshopControls />
                    <a href="#/udskrift?type=scenarier" data-testid="print-scenarios-link">{move || da_en(lang(), "Udskrift til udvalget (A4/PDF)", "Print for the committee (A4/PDF)")}</a>
                </div>
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
            // Controls and result side by side: the result stays in view while a control moves.
            <div class="simulator">
                <PolicyEditor selected />
                <aside class="result-panel" aria-label=move || da_en(lang(), "Resultatet", "The result")>
                    <Headline selected results />
                    <Summary selected results />
                </aside>
            </div>
            // Below the first screen: built once the first screen is painted, part by part.
            <Later><super::share::ShareScenario selected /></Later>
            <Later><AssumptionsEditor /></Later>
            <Later><ResultsTable selected results /></Later>
            <Later><Tornado selected /></Later>
            <Later><Comparison results /></Later>
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
