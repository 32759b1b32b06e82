//! Styringsark: the budget agreement's items with status colours, filtered by colour and
//! committee (both kept in the URL), the budget lines behind them, and the phase-in places.
//!
//! One file per part of the page: this one holds the view with its filters, then the item
//! cards, the budget lines, and the phase-in places.

mod budget_lines;
mod items;
mod phase_in;

use budget_lines::BudgetLines;
use items::ItemCard;
use phase_in::PhaseInPlaces;

use leptos::prelude::*;
use plan_core::Part;
use plan_core::{format, AmountKind, BudgetItem, Lang, StatusColour};

use super::common::{StatusBadge, Tone};
use super::SourceNote;
use crate::app::{set_route_param, use_state};
use crate::chart;
use crate::i18n::{colour_label, da_en, tr, Key};

#[component]
pub fn SheetView() -> impl IntoView {
    let state = use_state();
    let colour_filter = move || {
        state
            .route
            .with(|r| r.param("farve").unwrap_or_default().to_owned())
    };
    let committee_filter = move || {
        state
            .route
            .with(|r| r.param("udvalg").unwrap_or_default().to_owned())
    };
    let committees = move || state.with_parts(&[Part::StatusSheets], |w| w.committees());
    let shown = move || {
        let cf = colour_filter();
        let uf = committee_filter();
        state.with_parts(&[Part::StatusSheets], |w| {
            w.status_sheets
                .iter()
                .map(|s| {
                    let items: Vec<BudgetItem> = s
                        .items
                        .iter()
                        .filter(|i| StatusColour::matches_filter(&cf, i.colour))
                        .filter(|i| uf.is_empty() || i.committee == uf)
                        .cloned()
                        .collect();
                    (s.clone(), items)
                })
                .collect::<Vec<_>>()
        })
    };
    let count = move || shown().iter().map(|(_, i)| i.len()).sum::<usize>();

    view! {
        <article class="sheet" data-testid="sheet-view">
            <header class="page-head">
                <h1>{move || state.t(Key::SheetTitle)}</h1>
                <p class="lead">{move || state.t(Key::SheetIntro)}</p>
            </header>
            <form class="filters" on:submit=|ev| ev.prevent_default()>
                <label>
                    {move || state.t(Key::FilterStatus)}
                    <select
                        data-testid="filter-colour"
                        prop:value=colour_filter
                        on:change=move |ev| set_route_param(state, "farve", &event_target_value(&ev))
                    >
                        <option value="">{move || state.t(Key::All)}</option>
                        {StatusColour::ALL
                            .into_iter()
                            .map(|c| {
                                view! {
                                    <option value=c.code()>
                                        {move || colour_label(state.lang.get(), Some(c))}
                                    </option>
                                }
                            })
                            .collect_view()}
                        <option value=StatusColour::NONE_CODE>{move || state.t(Key::NoColour)}</option>
                    </select>
                </label>
                <label>
                    {move || state.t(Key::FilterCommittee)}
                    <select
                        data-testid="filter-committee"
                        prop:value=committee_filter
                        on:change=move |ev| set_route_param(state, "udvalg", &event_target_value(&ev))
                    >
                        <option value="">{move || state.t(Key::All)}</option>
                        {move || {
                            committees()
                                .into_iter()
                                .map(|c| view! { <option value=c.clone()>{c.clone()}</option> })
                                .collect_view()
                        }}
                    </select>
                </label>
                <label>
                    {move || da_en(state.lang.get(), "Vis ændringer siden", "Show changes since")}
                    <input
                        type="date"
                        data-testid="filter-since"
                        prop:value=move || state.route.with(|r| r.param("siden").unwrap_or_default().to_owned())
                        on:change=move |ev| set_route_param(state, "siden", &event_target_value(&ev))
                    />
                </label>
                <output data-testid="items-shown" aria-live="polite">
                    {count} " " {move || state.t(Key::ItemsShown)}
                </output>
            </form>
            {move || {
                shown()
                    .into_iter()
                    .filter(|(_, items)| !items.is_empty())
                    .map(|(sheet, items)| {
                        let lang = state.lang.get();
                        view! {
                            <section class="sheet-group" data-testid=format!("sheet-{}", sheet.id)>
                                <h2>{sheet.title.clone()}</h2>
                                <p class="meta">
                                    {sheet.agreement.clone()}
                                    {sheet.as_of.map(|d| format!(" · {}", format::date(d, lang)))}
                                </p>
                                <SourceNote source=sheet.source.clone() />
                                <ol class="items">
                                    {items
                                        .into_iter()
                                        .map(|item| view! { <ItemCard item /> })
                                        .collect_view()}
                                </ol>
                            </section>
                        }
                    })
                    .collect_view()
            }}
            <BudgetLines />
            <PhaseInPlaces />
        </article>
    }
}
