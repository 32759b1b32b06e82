//! Styringsark: the budget agreement's items with status colours, filtered by colour and
//! committee (both kept in the URL), the budget lines behind them, and the phase-in places.

use leptos::prelude::*;
use plan_core::Part;
use plan_core::{format, AmountKind, BudgetItem, Lang, StatusColour};

use super::SourceNote;
use crate::app::{set_route_param, use_state};
use crate::chart;
use crate::i18n::{colour_class, colour_label, da_en, tr, Key};

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

/// Today as an ISO date (yyyy-mm-dd) in local time.
fn today_iso() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// "2026-11-24" as "24. november 2026".
fn iso_label(iso: &str, lang: Lang) -> String {
    let mut parts = iso.split('-').map(|p| p.parse::<u32>().ok());
    match (
        parts.next().flatten(),
        parts.next().flatten(),
        parts.next().flatten(),
    ) {
        (Some(y), Some(m), Some(d)) => format::date(
            plan_core::PartialDate::day(y as i32, m as u8, d as u8),
            lang,
        ),
        _ => iso.to_owned(),
    }
}

#[component]
fn ItemCard(item: BudgetItem) -> impl IntoView {
    let state = use_state();
    let lang = state.lang.get_untracked();
    let id = item.id.clone();
    let select_id = format!("colour-{}", item.id);
    let id2 = id.clone();
    let on_colour = move |ev| {
        let colour = StatusColour::from_code(&event_target_value(&ev));
        let date = today_iso();
        state.edit(|w| {
            if let Some(i) = w.item_mut(&id) {
                i.set_colour(&date, colour);
            }
        });
    };
    let status_id = format!("status-{}", item.id);
    let on_status = move |ev| {
        let text = event_target_value(&ev);
        let date = today_iso();
        state.edit(|w| {
            if let Some(i) = w.item_mut(&id2) {
                i.set_status_text(&date, &text);
            }
        });
    };
    let since = state
        .route
        .with_untracked(|r| r.param("siden").map(str::to_owned));
    let changed = since.as_deref().and_then(|d| {
        item.changed_since(d).map(|(status, colour)| {
            let mut parts = Vec::new();
            if status != item.status {
                parts.push(match lang {
                    Lang::Da => format!("Status: »{status}« → »{}«", item.status),
                    Lang::En => format!("Status: »{status}« → »{}«", item.status),
                });
            }
            if colour != item.colour {
                parts.push(format!(
                    "{}: {} → {}",
                    tr(lang, Key::Colour),
                    colour_label(lang, colour),
                    colour_label(lang, item.colour)
                ));
            }
            parts
        })
    });
    let history = item
        .history
        .iter()
        .rev()
        .map(|c| {
            let date = iso_label(&c.date, lang);
            let mut what = Vec::new();
            if c.status_before != c.status_after {
                what.push(format!("»{}« → »{}«", c.status_before, c.status_after));
            }
            if c.colour_before != c.colour_after {
                what.push(format!(
                    "{} → {}",
                    colour_label(lang, c.colour_before),
                    colour_label(lang, c.colour_after)
                ));
            }
            view! { <li><strong>{date}</strong> ": " {what.join("; ")}</li> }
        })
        .collect_view();
    let has_history = !item.history.is_empty();
    let is_changed = changed.is_some();
    let amounts = item
        .amounts
        .iter()
        .map(|a| {
            let kind = match (a.kind, lang) {
                (AmountKind::Saving, Lang::Da) => "Besparelse",
                (AmountKind::Investment, Lang::Da) => "Investering",
                (AmountKind::Addition, Lang::Da) => "Tilførsel",
                (AmountKind::Buffer, Lang::Da) => "Buffer",
                (AmountKind::NetCost, Lang::Da) => "Nettoudgift",
                (AmountKind::Saving, Lang::En) => "Saving",
                (AmountKind::Investment, Lang::En) => "Investment",
                (AmountKind::Addition, Lang::En) => "Addition",
                (AmountKind::Buffer, Lang::En) => "Buffer",
                (AmountKind::NetCost, Lang::En) => "Net cost",
            };
            let when = match (a.year, a.per_year, lang) {
                (Some(y), _, _) => format!(" {y}"),
                (None, true, Lang::Da) => " pr. år".to_owned(),
                (None, true, Lang::En) => " per year".to_owned(),
                (None, false, _) => String::new(),
            };
            format!(
                "{kind}{when}: {} ({} {})",
                format::mio_kr(a.tkr, lang),
                format::tkr(a.tkr, lang),
                tr(lang, Key::Tkr)
            )
        })
        .collect::<Vec<_>>();
    view! {
        <li class="item" class:changed=is_changed data-testid=format!("item-{}", item.id)>
            {changed.map(|parts| view! {
                <p class="changed-since" data-testid="item-changed">
                    <strong>{da_en(lang, "Ændret siden sidste møde", "Changed since the last meeting")}</strong>
                    {parts.into_iter().map(|p| view! { <br />{p} }).collect_view()}
                </p>
            })}
            <header>
                <span class="nr">{item.number.clone()}</span>
                <h3>{item.headline.clone()}</h3>
                <span class=colour_class(item.colour) data-testid="item-colour">
                    {colour_label(lang, item.colour)}
                </span>
            </header>
            <dl>
                {(!item.agreement_text.is_empty())
                    .then(|| {
                        view! {
                            <dt>{tr(lang, Key::AgreementText)}</dt>
                            <dd class="agreement">{item.agreement_text.clone()}</dd>
                        }
                    })}
                <dt>{tr(lang, Key::Status)}</dt>
                <dd data-testid="item-status">{item.status.clone()}</dd>
                {(!item.expected_result.is_empty())
                    .then(|| {
                        view! {
                            <dt>{tr(lang, Key::ExpectedResult)}</dt>
                            <dd>{item.expected_result.clone()}</dd>
                        }
                    })}
                <dt>{tr(lang, Key::Committee)}</dt>
                <dd>{item.committee.clone()}</dd>
                {(!item.responsible.is_empty())
                    .then(|| {
                        view! {
                            <dt>{tr(lang, Key::Responsible)}</dt>
                            <dd>{item.responsible.clone()}</dd>
                        }
                    })}
                {(!amounts.is_empty())
                    .then(|| {
                        view! {
                            <dt>{tr(lang, Key::Amounts)}</dt>
                            <dd>
                                <ul class="amounts">
                                    {amounts.into_iter().map(|a| view! { <li>{a}</li> }).collect_view()}
                                </ul>
                            </dd>
                        }
                    })}
            </dl>
            <div class="edit-status">
                <label for=status_id.clone()>{da_en(lang, "Ny status (gemmes med dags dato)", "New status (kept with today's date)")}</label>
                <textarea id=status_id data-testid="item-status-edit" rows="2" on:change=on_status prop:value=item.status.clone()></textarea>
            </div>
            {has_history.then(|| view! {
                <details class="history" data-testid="item-history">
                    <summary>{da_en(lang, "Ændringer", "Changes")}</summary>
                    <ul>{history}</ul>
                </details>
            })}
            <div class="edit-colour">
                <label for=select_id.clone()>{tr(lang, Key::Colour)}</label>
                <select id=select_id data-testid="item-colour-select" on:change=on_colour>
                    {StatusColour::ALL
                        .into_iter()
                        .map(Some)
                        .chain([None])
                        .map(|c| {
                            view! {
                                <option value=StatusColour::option_code(c) selected=c == item.colour>
                                    {colour_label(lang, c)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <SourceNote source=item.source.clone() />
        </li>
    }
}

/// The budget lines by year as a table, with a chart beside it.
#[component]
fn BudgetLines() -> impl IntoView {
    let state = use_state();
    let data = move || {
        state.with_parts(&[Part::BudgetLines], |w| {
            let mut years: Vec<i32> = w.budget_lines.iter().map(|l| l.year).collect();
            years.sort();
            years.dedup();
            let series: Vec<(String, Vec<Option<i64>>, plan_core::Source)> = w
                .budget_labels()
                .into_iter()
                .map(|label| {
                    let lines = w.budget_series(label);
                    let values = years
                        .iter()
                        .map(|y| lines.iter().find(|l| l.year == *y).map(|l| l.tkr))
                        .collect();
                    (label.to_owned(), values, lines[0].source.clone())
                })
                .collect();
            (years, series)
        })
    };
    move || {
        let lang = state.lang.get();
        let (years, series) = data();
        if years.is_empty() {
            return None;
        }
        let chart_series: Vec<chart::ChartSeries> = series
            .iter()
            .map(|(l, v, _)| {
                chart::ChartSeries::new(
                    l.clone(),
                    v.iter().map(|x| x.unwrap_or(0) as f64).collect(),
                )
            })
            .collect();
        let year_labels: Vec<String> = years.iter().map(|y| y.to_string()).collect();
        Some(view! {
            <section class="budget" data-testid="budget-lines">
                <h2>{tr(lang, Key::BudgetLines)}</h2>
                <p>{tr(lang, Key::BudgetLinesIntro)}</p>
                <div class="chart-and-table">
                    <chart::SeriesChart
                        id="budget-chart".to_owned()
                        kind=chart::ChartKind::Bars
                        title=tr(lang, Key::BudgetLines).to_owned()
                        lang
                        categories=year_labels
                        series=chart_series
                    />
                    <div class="table-wrap" tabindex="0">
                    <table class="numbers">
                        <caption>{tr(lang, Key::BudgetLines)} " (" {tr(lang, Key::Tkr)} ")"</caption>
                        <thead>
                            <tr>
                                <th scope="col">{tr(lang, Key::BudgetLines)}</th>
                                {years.iter().map(|y| view! { <th scope="col">{*y}</th> }).collect_view()}
                            </tr>
                        </thead>
                        <tbody>
                            {series
                                .iter()
                                .map(|(label, values, source)| {
                                    view! {
                                        <tr>
                                            <th scope="row">
                                                {label.clone()}
                                                <SourceNote source=source.clone() />
                                            </th>
                                            {values
                                                .iter()
                                                .map(|v| {
                                                    view! {
                                                        <td class="num">
                                                            {v.map(|v| format::tkr(v, lang)).unwrap_or_default()}
                                                        </td>
                                                    }
                                                })
                                                .collect_view()}
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                    </div>
                </div>
            </section>
        })
    }
}

/// The four places of the committee case where a slower phase-in could be considered.
#[component]
fn PhaseInPlaces() -> impl IntoView {
    let state = use_state();
    move || {
        let lang = state.lang.get();
        state.with_parts(&[Part::PhaseInPlaces], |w| {
            if w.phase_in_places.is_empty() {
                return None;
            }
            let total = w.phase_in_fte();
            Some(view! {
                <section class="phase-in" data-testid="phase-in-places">
                    <h2>{tr(lang, Key::PhaseInPlaces)}</h2>
                    <p>{tr(lang, Key::PhaseInIntro)}</p>
                    <div class="table-wrap" tabindex="0">
                    <table class="numbers">
                        <thead>
                            <tr>
                                <th scope="col">{tr(lang, Key::Number)}</th>
                                <th scope="col">{tr(lang, Key::Headline)}</th>
                                <th scope="col" class="num">{tr(lang, Key::Fte)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {w
                                .phase_in_places
                                .iter()
                                .map(|p| {
                                    view! {
                                        <tr>
                                            <td>"[" {p.number} "]"</td>
                                            <td>
                                                <strong>{p.title.clone()}</strong>
                                                <span class="muted">" · " {p.case_theme.clone()}</span>
                                                <p>{p.text.clone()}</p>
                                                <SourceNote source=p.source.clone() />
                                            </td>
                                            <td class="num">{format::number_trim(p.fte, 1, lang)}</td>
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                        <tfoot>
                            <tr>
                                <th scope="row" colspan="2">{tr(lang, Key::TotalFte)}</th>
                                <td class="num" data-testid="phase-in-total">
                                    {format::number_trim(total, 1, lang)}
                                </td>
                            </tr>
                        </tfoot>
                    </table>
                    </div>
                </section>
            })
        })
    }
}
