//! The scenarios side by side: a table per year, the targets, and three charts. What they show
//! is computed in `data.rs`; this file lays it out.

mod data;

use super::grid;
use super::*;
use data::{chart_figures, tables_of, ChartFigures};

/// Two or more scenarios side by side: a table per year with the difference to the
/// baseline, and charts of the yearly net effect, the cost components and the cumulative path.
#[component]
pub(super) fn Comparison(results: Memo<Vec<ScenarioResult>>) -> impl IntoView {
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
    // The scenarios' ids and names, and the baseline's place: they change with a rename, not
    // with a slider step.
    let names = Memo::new(move |_| {
        state.with_parts(&[Part::Scenarios], |w| {
            let all: Vec<(String, String)> = w
                .scenarios
                .scenarios
                .iter()
                .map(|s| (s.id.clone(), s.name.clone()))
                .collect();
            let baseline = w
                .scenarios
                .scenarios
                .iter()
                .position(|s| s.id == w.scenarios.baseline_id)
                .unwrap_or(0);
            (all, baseline, w.scenarios.assumptions.horizon)
        })
    });
    let ids = Memo::new(move |_| chosen());
    let tables = Memo::new(move |_| {
        let lang = state.lang.get();
        let ids = ids.get();
        let (all, baseline_idx, horizon) = names.get();
        // The results first (a memo, brought up to date before the workspace is read); the
        // assumptions are read in place rather than copied on every step.
        results.with(|res| {
            state.with_parts(&[Part::Plan, Part::Scenarios], |w| {
                let indicators: Vec<(String, String)> = w
                    .measures()
                    .map(|(_, _, m)| (m.id.clone(), m.indicator.clone()))
                    .collect();
                tables_of(
                    &all,
                    baseline_idx,
                    horizon,
                    &ids,
                    res,
                    &indicators,
                    &w.scenarios.assumptions,
                    lang,
                )
            })
        })
    });
    // Built again when the scenarios shown, their names, the years or the language change; a
    // slider step only rewrites the cells' texts.
    let table_shape =
        Memo::new(move |_| tables.with(|t| (t.lang, t.rows.clone(), t.years.clone())));
    let cells = Memo::new(move |_| tables.with(|t| t.cells.clone()));
    let status_rows = Memo::new(move |_| tables.with(|t| t.status_rows.clone()));
    let differences = Memo::new(move |_| tables.with(|t| t.differences.clone()));
    let toggle = move |id: String, on: bool| {
        let mut ids = chosen();
        ids.retain(|x| *x != id);
        if on {
            ids.push(id);
        }
        set_route_param(state, "cmp", &ids.join(","));
    };
    let pick = move || {
        let lang = state.lang.get();
        let shown = ids.get();
        let (all, _, _) = names.get();
        view! {
            <fieldset class="compare-pick">
                <legend>{da_en(lang, "Vis", "Show")}</legend>
                {all
                    .into_iter()
                    .map(|(id, name)| {
                        let on = shown.contains(&id);
                        let id2 = id.clone();
                        view! {
                            <label>
                                <input
                                    type="checkbox"
                                    data-testid=format!("compare-{id}")
                                    prop:checked=on
                                    on:change=move |ev| toggle(id2.clone(), event_target_checked(&ev))
                                />
                                {name}
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
        }
    };
    let words = move || {
        let lang = state.lang.get();
        let differences = differences.get();
        (!differences.is_empty()).then(|| view! {
            <div class="differences" data-testid="differences">
                <h3>{da_en(lang, "Forskellen i ord", "The difference in words")}</h3>
                {differences
                    .into_iter()
                    .map(|(name, sentences)| view! {
                        <div class="difference">
                            <h4>{name}</h4>
                            <ul>{sentences.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
                        </div>
                    })
                    .collect_view()}
            </div>
        })
    };
    let net_table = move || {
        let (lang, rows, years) = table_shape.get();
        let columns = years.len();
        view! {
            <div class="table-wrap" tabindex="0">
                <table class="numbers" data-testid="comparison-table">
                    <caption>{da_en(lang, "Netto for kommunen pr. år, mio. kr. (forskel til basis i parentes) og bevarede årsværk", "Net for the municipality per year, DKK million (difference to the baseline in brackets) and FTE kept")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{da_en(lang, "Scenarie", "Scenario")}</th>
                            {years.into_iter().map(|y| view! { <th scope="col" class="num">{y}</th> }).collect_view()}
                            <th scope="col" class="num">{da_en(lang, "I alt", "Total")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {rows
                            .into_iter()
                            .enumerate()
                            .map(|(r, name)| view! {
                                <tr>
                                    <th scope="row">{name}</th>
                                    {(0..columns)
                                        .map(|c| view! {
                                            <td class="num">
                                                {grid::cell(cells, r, 3 * c)}
                                                <span class="muted small">" (" {grid::cell(cells, r, 3 * c + 1)} ")"</span>
                                                <br />
                                                <span class="small">{grid::cell(cells, r, 3 * c + 2)} " " {da_en(lang, "åv.", "FTE")}</span>
                                            </td>
                                        })
                                        .collect_view()}
                                    <td class="num">{grid::cell(cells, r, 3 * columns)}</td>
                                </tr>
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        }
    };
    let status_table = move || {
        let lang = state.lang.get();
        view! {
            <div class="table-wrap" tabindex="0">
                <table class="numbers" data-testid="comparison-targets">
                    <caption>{da_en(lang, "Målstatus pr. scenarie", "Target status per scenario")}</caption>
                    <tbody>
                        {status_rows
                            .get()
                            .into_iter()
                            .map(|(n, st)| view! {
                                <tr>
                                    <th scope="row">{n}</th>
                                    {st
                                        .into_iter()
                                        .map(|(m, s)| view! { <td><StatusBadge tone=target_tone(s) label=status_label(lang, s) /> " " <span class="muted small">{m}</span></td> })
                                        .collect_view()}
                                </tr>
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        }
    };
    let tables = view! {
        <div class="comparison-tables">
            {pick}
            {words}
            {net_table}
            {status_table}
        </div>
    };
    // The charts are made once per language; an edit only gives them new figures.
    let figures = Memo::new(move |_| {
        let lang = state.lang.get();
        let ids = chosen();
        let (names, horizon, bands) =
            state.with_parts(&[Part::Plan, Part::Scenarios, Part::Indicators], |w| {
                // The cumulative net's low and high for each chosen scenario: a band.
                let set = super::baseline::linked(w);
                let targets = scenarios::target_specs(w, &set.target_links);
                let bands: Vec<Option<scenarios::ScenarioRange>> = set
                    .scenarios
                    .iter()
                    .map(|s| {
                        ids.contains(&s.id)
                            .then(|| scenarios::ranges(&set.assumptions, s, &targets))
                    })
                    .collect();
                (
                    w.scenarios
                        .scenarios
                        .iter()
                        .map(|s| (s.id.clone(), s.name.clone()))
                        .collect::<Vec<_>>(),
                    w.scenarios.assumptions.horizon,
                    bands,
                )
            });
        results.with(|res| chart_figures(&names, res, &ids, horizon, &bands, lang))
    });
    let charts = move || {
        let lang = state.lang.get();
        let years = Signal::derive(move || figures.with(|f| f.years.clone()));
        let chart = |id: &str,
                     caption: (&'static str, &'static str),
                     title: (&'static str, &'static str),
                     kind,
                     pick: fn(&ChartFigures) -> &Vec<ChartSeries>| {
            let series = Signal::derive(move || figures.with(|f| pick(f).clone()));
            view! {
                <figure>
                    <figcaption>{da_en(lang, caption.0, caption.1)}</figcaption>
                    <SeriesChart id=id.to_owned() title=da_en(lang, title.0, title.1).to_owned() lang kind categories=years series />
                </figure>
            }
        };
        view! {
            <div class="charts">
                {chart("chart-net", ("Netto for kommunen pr. år (mio. kr.)", "Net for the municipality per year (DKK million)"), ("Netto pr. år", "Net per year"), ChartKind::Bars, |f| &f.net)}
                {chart("chart-components", ("Omkostningens dele (mio. kr.)", "Cost components (DKK million)"), ("Omkostningens dele", "Cost components"), ChartKind::StackedBars, |f| &f.components)}
                {chart("chart-cumulative", ("Akkumuleret netto (mio. kr.) med spænd: lav og høj", "Cumulative net (DKK million) with its range: low and high"), ("Akkumuleret netto", "Cumulative net"), ChartKind::Lines, |f| &f.cumulative)}
            </div>
        }
    };
    view! {
        <section class="comparison" data-testid="comparison">
            <h2>{move || da_en(state.lang.get(), "Sammenlign scenarier", "Compare scenarios")}</h2>
            {tables}
            {charts}
        </section>
    }
}
