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
use plan_core::{format, BudgetItem, Lang, StatusColour};

use super::common::{StatusBadge, Tone};
use super::SourceNote;
use crate::chart;
use crate::i18n::da_en;
use crate::state::{set_route_param, use_state};

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
    // Which sheets and items the filters show: ids only, so a changed colour or status text
    // re-renders that one card (each card follows its own item), not the list.
    let shown = Memo::new(move |_| {
        let cf = colour_filter();
        let uf = committee_filter();
        state.ws.status_sheets.with(|sheets| {
            sheets
                .iter()
                .map(|s| {
                    let items: Vec<String> = s
                        .items
                        .iter()
                        .filter(|i| StatusColour::matches_filter(&cf, i.colour))
                        .filter(|i| uf.is_empty() || i.committee == uf)
                        .map(|i| i.id.clone())
                        .collect();
                    (s.id.clone(), items)
                })
                .filter(|(_, items)| !items.is_empty())
                .collect::<Vec<_>>()
        })
    });
    let count = move || shown.with(|s| s.iter().map(|(_, i)| i.len()).sum::<usize>());

    view! {
        <article class="sheet" data-testid="sheet-view">
            <header class="page-head">
                <h1>{move || da_en(state.lang.get(), "Styringsark for budgetaftalen", "Budget agreement status sheet")}</h1>
                <p class="lead">{move || da_en(state.lang.get(), "Budgetaftalens punkter med status, forventet resultat og statusfarve. Statusfarven kan ændres her og gemmes i browseren.", "The budget agreement's items with status, expected result and status colour. The colour can be changed here and is saved in the browser.")}</p>
            </header>
            <form class="filters" on:submit=|ev| ev.prevent_default()>
                <label>
                    {move || da_en(state.lang.get(), "Statusfarve", "Status colour")}
                    <select
                        data-testid="filter-colour"
                        prop:value=colour_filter
                        on:change=move |ev| set_route_param(state, "farve", &event_target_value(&ev))
                    >
                        <option value="">{move || da_en(state.lang.get(), "Alle", "All")}</option>
                        {StatusColour::ALL
                            .into_iter()
                            .map(|c| {
                                view! {
                                    <option value=c.code()>
                                        {move || plan_core::StatusColour::option_text(Some(c), state.lang.get())}
                                    </option>
                                }
                            })
                            .collect_view()}
                        <option value=StatusColour::NONE_CODE>{move || da_en(state.lang.get(), "Ikke angivet", "Not given")}</option>
                    </select>
                </label>
                <label>
                    {move || da_en(state.lang.get(), "Udvalg", "Committee")}
                    <select
                        data-testid="filter-committee"
                        prop:value=committee_filter
                        on:change=move |ev| set_route_param(state, "udvalg", &event_target_value(&ev))
                    >
                        <option value="">{move || da_en(state.lang.get(), "Alle", "All")}</option>
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
                    {count} " " {move || da_en(state.lang.get(), "punkter vist", "items shown")}
                </output>
            </form>
            <For
                each=move || shown.get()
                key=|(sheet_id, items)| (sheet_id.clone(), items.clone())
                children=move |(sheet_id, items)| view! { <SheetGroup sheet_id items /> }
            />
            <BudgetLines />
            <PhaseInPlaces />
        </article>
    }
}

/// One status sheet: its heading and source, and a card per item shown (keyed by the item).
#[component]
fn SheetGroup(sheet_id: String, items: Vec<String>) -> impl IntoView {
    let state = use_state();
    let sheet = Memo::new({
        let sheet_id = sheet_id.clone();
        move |_| {
            state.ws.status_sheets.with(|s| {
                s.iter().find(|s| s.id == sheet_id).map(|s| {
                    (
                        s.title.clone(),
                        s.agreement.clone(),
                        s.as_of,
                        s.source.clone(),
                    )
                })
            })
        }
    });
    let head = move || {
        let lang = state.lang.get();
        sheet.get().map(|(title, agreement, as_of, source)| {
            view! {
                <h2>{title}</h2>
                <p class="meta">
                    {agreement}
                    {as_of.map(|d| format!(" · {}", format::date(d, lang)))}
                </p>
                <SourceNote source />
            }
        })
    };
    view! {
        <section class="sheet-group" data-testid=format!("sheet-{sheet_id}")>
            {head}
            <ol class="items">
                <For each=move || items.clone() key=|id| id.clone() children=|id| view! { <ItemCard id /> } />
            </ol>
        </section>
    }
}
