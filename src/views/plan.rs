//! The plan, readable as the plan itself: themes → ministerial goals → targets → initiatives.

use leptos::prelude::*;
use plan_core::Part;
use plan_core::{format, Lang, Measure, Shape, Theme};

use super::SourceNote;
use crate::i18n::da_en;
use crate::state::{set_route_param, use_state};

#[component]
pub fn PlanView() -> impl IntoView {
    let state = use_state();
    let editing = move || state.route.with(|r| r.param("rediger") == Some("1"));
    super::scroll_to_param("tema", "theme-");
    view! {
        <div class="plan-page">
            <super::case::DocumentTabs current=crate::route::View::Plan />
            <p class="edit-toggle">
                <button
                    data-testid="edit-plan"
                    aria-pressed=move || editing().to_string()
                    on:click=move |_| set_route_param(state, "rediger", if editing() { "" } else { "1" })
                >
                    {move || if editing() {
                        da_en(state.lang.get(), "Luk redigering", "Close editing")
                    } else {
                        da_en(state.lang.get(), "Redigér planen", "Edit the plan")
                    }}
                </button>
            </p>
            {move || editing().then(|| view! { <super::plan_edit::PlanEditor /> })}
            <PlanReading />
        </div>
    }
}

#[component]
fn PlanReading() -> impl IntoView {
    let state = use_state();
    let plan = move || state.with_parts(&[Part::Plan], |w| w.plan.clone());
    move || {
        let lang = state.lang.get();
        let p = plan();
        let period = format::period(p.period.start, p.period.end);
        view! {
            <article class="plan" data-testid="plan-view">
                <header class="page-head">
                    <p class="eyebrow">{p.municipality.clone()}</p>
                    <h1 data-testid="plan-name">{p.name.clone()}</h1>
                    <p class="meta">{da_en(lang, "Planperiode", "Plan period")} ": " {period}</p>
                    <SourceNote source=p.source.clone() />
                </header>
                {(!p.purpose.is_empty())
                    .then(|| {
                        view! {
                            <details class="purpose">
                                <summary>{da_en(lang, "Formålet med en beskæftigelsesplan", "The purpose of an employment plan")}</summary>
                                {p.purpose.iter().map(|para| view! { <p>{para.clone()}</p> }).collect_view()}
                            </details>
                        }
                    })}
                {((p.period.start, p.period.end) == super::plan_case::CASE_PERIOD)
                    .then(|| view! { <super::plan_case::PlanCaseSection lang /> })}
                {(!p.focus_areas.is_empty())
                    .then(|| {
                        view! {
                            <section class="focus">
                                <h2>{da_en(lang, "Fokusområder", "Focus areas")}</h2>
                                <ul>
                                    {p.focus_areas.iter().map(|f| view! { <li>{f.clone()}</li> }).collect_view()}
                                </ul>
                            </section>
                        }
                    })}
                <GoalMapping />
                <nav class="toc" aria-label=da_en(lang, "Lokalt tema", "Local theme")>
                    <ol>
                        {p
                            .themes
                            .iter()
                            .map(|t| {
                                let href = format!("#theme-{}", t.id);
                                view! {
                                    <li>
                                        <a
                                            href=href
                                            on:click={
                                                let id = format!("theme-{}", t.id);
                                                move |ev| {
                                                    ev.prevent_default();
                                                    if let Some(el) = document().get_element_by_id(&id) {
                                                        el.scroll_into_view();
                                                    }
                                                }
                                            }
                                        >
                                            {t.name.clone()}
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                </nav>
                {p.themes.iter().cloned().map(|t| view! { <ThemeSection theme=t /> }).collect_view()}
            </article>
        }
    }
}

/// The table that maps local themes to the minister's goals.
#[component]
fn GoalMapping() -> impl IntoView {
    let state = use_state();
    move || {
        let lang = state.lang.get();
        state.with_parts(&[Part::Plan], |w| {
            let goals = w.plan.goals.clone();
            let rows = w
                .plan
                .themes
                .iter()
                .map(|t| {
                    let mapped: Vec<String> = t
                        .goal_ids
                        .iter()
                        .filter_map(|id| w.goal(id))
                        .map(|g| format!("{}. {}", g.number, g.text))
                        .collect();
                    (t.id.clone(), t.name.clone(), mapped)
                })
                .collect::<Vec<_>>();
            view! {
                <section class="goals" data-testid="goals">
                    <h2>{da_en(lang, "Ministerens mål", "The minister's goals")}</h2>
                    <ol class="goal-list">
                        {goals
                            .iter()
                            .map(|g| {
                                view! {
                                    <li value=g.number.to_string()>
                                        {g.text.clone()}
                                        {g.cross_cutting.then_some(" ")}
                                        {g
                                            .cross_cutting
                                            .then(|| {
                                                view! {
                                                    <span class="tag">{da_en(lang, "Går på tværs af alle temaer", "Goes across all themes")}</span>
                                                }
                                            })}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                    {goals.first().map(|g| view! { <SourceNote source=g.source.clone() /> })}
                    <div class="table-wrap" tabindex="0">
                    <table class="mapping" data-testid="goal-mapping">
                        <caption>{da_en(lang, "Sammenhæng mellem lokale temaer og ministermål", "Local themes and the minister's goals")}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{da_en(lang, "Lokalt tema", "Local theme")}</th>
                                <th scope="col">{da_en(lang, "Ministerens mål", "The minister's goals")}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {rows
                                .into_iter()
                                .map(|(id, name, mapped)| {
                                    view! {
                                        <tr data-theme=id>
                                            <th scope="row">{name}</th>
                                            <td>
                                                {if mapped.is_empty() {
                                                    view! { <span class="muted">{da_en(lang, "Intet ministermål knyttet", "No ministerial goal mapped")}</span> }
                                                        .into_any()
                                                } else {
                                                    view! {
                                                        <ul>
                                                            {mapped
                                                                .into_iter()
                                                                .map(|m| view! { <li>{m}</li> })
                                                                .collect_view()}
                                                        </ul>
                                                    }
                                                        .into_any()
                                                }}
                                            </td>
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                    </div>
                </section>
            }
        })
    }
}

#[component]
fn ThemeSection(theme: Theme) -> impl IntoView {
    let state = use_state();
    let lang = state.lang.get_untracked();
    let heading_id = format!("theme-{}-h", theme.id);
    view! {
        <section
            class="theme"
            id=format!("theme-{}", theme.id)
            data-testid=format!("theme-{}", theme.id)
            aria-labelledby=heading_id.clone()
        >
            <h2 id=heading_id.clone()>
                {theme.name.clone()} <span class="tagline">" – " {theme.tagline.clone()}</span>
            </h2>
            <super::case::CaseThemesOf plan_theme_id=theme.id.clone() />
            {(!theme.description.is_empty())
                .then(|| {
                    view! {
                        <details class="description">
                            <summary>
                                {da_en(lang, "Læs temaets beskrivelse", "Read the theme's description")}
                            </summary>
                            {theme.description.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
                        </details>
                    }
                })}
            <div class="ambition">
                <h3>{da_en(lang, "Det vil vi opnå", "What we will achieve")}</h3>
                <p>{theme.ambition.clone()}</p>
            </div>
            <div class="targets">
                <h3>{da_en(lang, "Det måler vi på", "What we measure")}</h3>
                <ul class="target-list">
                    {theme
                        .targets
                        .iter()
                        .map(|t| {
                            view! {
                                <li class="target" data-testid=format!("target-{}", t.id)>
                                    <p class="target-text">{t.text.clone()}</p>
                                    <ul class="measures">
                                        {t
                                            .measures
                                            .iter()
                                            .map(|m| view! { <MeasureChip measure=m.clone() lang /> })
                                            .collect_view()}
                                    </ul>
                                    <SourceNote source=t.source.clone() />
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
            <div class="initiatives">
                <h3>{da_en(lang, "Eksempler på særlige indsatsområder", "Examples of special initiatives")}</h3>
                <ul>
                    {theme
                        .initiatives
                        .iter()
                        .map(|i| {
                            view! {
                                <li data-testid=format!("initiative-{}", i.id)>
                                    {i.text.clone()}
                                    {(!i.examples.is_empty())
                                        .then(|| {
                                            view! {
                                                <ul>
                                                    {i
                                                        .examples
                                                        .iter()
                                                        .map(|e| view! { <li>{e.clone()}</li> })
                                                        .collect_view()}
                                                </ul>
                                            }
                                        })}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                {theme.initiatives.first().map(|i| view! { <SourceNote source=i.source.clone() /> })}
            </div>
        </section>
    }
}

/// One measurable part of a target: indicator, shape and value, deadline, baseline.
#[component]
fn MeasureChip(measure: Measure, lang: Lang) -> impl IntoView {
    let m = measure;
    let value = format::with_unit(m.value, m.unit, lang);
    let target = match m.shape {
        Shape::GapAboveNationalAtMost | Shape::GapBelowNationalAtMost if m.value == 0.0 => {
            match m.shape {
                Shape::GapAboveNationalAtMost => da_en(
                    lang,
                    "højst på landsgennemsnittet",
                    "at most the national average",
                ),
                _ => da_en(
                    lang,
                    "mindst på landsgennemsnittet",
                    "at least the national average",
                ),
            }
            .to_owned()
        }
        _ => format!("{} {value}", (m.shape).text(lang)),
    };
    let deadline = if m.deadline.stated {
        format::date(m.deadline.date, lang)
    } else {
        format!(
            "{} ({})",
            format::date(m.deadline.date, lang),
            da_en(
                lang,
                "planperiodens udløb (ingen frist i planen)",
                "end of the plan period (no deadline in the plan)"
            )
        )
    };
    let baseline = m.baseline.as_ref().map(|b| {
        let v = format::with_unit(b.value, m.unit, lang);
        let d = format::date(b.date, lang);
        if b.note.is_empty() {
            format!("{v} ({d})")
        } else {
            format!("{v} ({d}; {})", b.note)
        }
    });
    view! {
        <li class="measure" data-testid=format!("measure-{}", m.id)>
            <span class="indicator">{m.indicator.clone()}</span>
            <span class="goal-value">{da_en(lang, "Mål", "Target")} ": " <strong>{target}</strong></span>
            <span class="deadline">{da_en(lang, "Frist", "Deadline")} ": " {deadline}</span>
            {baseline.map(|b| view! { <span class="baseline">{da_en(lang, "Udgangspunkt", "Baseline")} ": " {b}</span> })}
        </li>
    }
}
