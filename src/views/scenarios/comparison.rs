//! The scenarios side by side: a table per year, the targets, and three charts.

use super::grid;
use super::*;

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
        let indicators: Vec<(String, String)> = state.with_parts(&[Part::Plan], |w| {
            w.measures()
                .map(|(_, _, m)| (m.id.clone(), m.indicator.clone()))
                .collect()
        });
        let assumptions = state.with_parts(&[Part::Scenarios], |w| w.scenarios.assumptions.clone());
        results.with(|res| {
            tables_of(
                &all,
                baseline_idx,
                horizon,
                &ids,
                res,
                &indicators,
                &assumptions,
                lang,
            )
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

/// The comparison's tables in words and figures, for the scenarios shown.
#[derive(Debug, Clone, PartialEq)]
struct Tables {
    lang: Lang,
    years: Vec<String>,
    /// The names of the scenarios shown, a row each.
    rows: Vec<String>,
    /// Per row: the net, its difference to the baseline and the FTE kept of each year, then
    /// the total.
    cells: grid::Texts,
    status_rows: Vec<(String, Vec<(String, TargetStatus)>)>,
    differences: Vec<(String, Vec<String>)>,
}

#[allow(clippy::too_many_arguments)]
fn tables_of(
    all: &[(String, String)],
    baseline_idx: usize,
    horizon: scenarios::Horizon,
    ids: &[String],
    res: &[ScenarioResult],
    indicators: &[(String, String)],
    assumptions: &scenarios::Assumptions,
    lang: Lang,
) -> Tables {
    let indicator = |id: &str| {
        indicators
            .iter()
            .find(|(m, _)| m == id)
            .map(|(_, i)| i.clone())
            .unwrap_or_else(|| id.to_owned())
    };
    let picked: Vec<(&String, &ScenarioResult)> = all
        .iter()
        .zip(res)
        .filter(|((id, _), _)| ids.contains(id))
        .map(|((_, name), r)| (name, r))
        .collect();
    let years = horizon.years().map(|y| y.to_string()).collect();
    let (Some(baseline), Some((_, baseline_name))) = (res.get(baseline_idx), all.get(baseline_idx))
    else {
        return Tables {
            lang,
            years,
            rows: Vec::new(),
            cells: Vec::new(),
            status_rows: Vec::new(),
            differences: Vec::new(),
        };
    };
    // Each chosen scenario against the baseline, in plain words.
    let differences = picked
        .iter()
        .filter(|(_, r)| r.scenario_id != baseline.scenario_id)
        .map(|(name, r)| {
            let text = scenarios::narrative::difference_named(
                assumptions,
                baseline_name,
                baseline,
                name,
                r,
                lang,
            );
            ((*name).clone(), text)
        })
        .collect();
    let cells = picked
        .iter()
        .map(|(_, r)| {
            let d = diff(r, baseline);
            let mut row: Vec<String> = r
                .years
                .iter()
                .zip(&d)
                .flat_map(|(y, dy)| {
                    [
                        format::number(y.municipality_net / 1000.0, 2, lang),
                        format::number(dy.municipality_net / 1000.0, 2, lang),
                        format::number(y.fte_kept(), 1, lang),
                    ]
                })
                .collect();
            row.push(format::number(r.total_net() / 1000.0, 2, lang));
            row
        })
        .collect();
    let status_rows = picked
        .iter()
        .map(|(n, r)| {
            (
                (*n).clone(),
                r.targets
                    .iter()
                    .map(|t| (indicator(&t.measure_id), t.status))
                    .collect(),
            )
        })
        .collect();
    Tables {
        lang,
        years,
        rows: picked.iter().map(|(n, _)| (*n).clone()).collect(),
        cells,
        status_rows,
        differences,
    }
}

/// What the comparison's charts show, in mio. kr. per year for each chosen scenario.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct ChartFigures {
    years: Vec<String>,
    net: Vec<ChartSeries>,
    components: Vec<ChartSeries>,
    cumulative: Vec<ChartSeries>,
}

fn chart_figures(
    names: &[(String, String)],
    res: &[ScenarioResult],
    ids: &[String],
    horizon: scenarios::Horizon,
    bands: &[Option<scenarios::ScenarioRange>],
    lang: Lang,
) -> ChartFigures {
    let picked: Vec<(&String, &ScenarioResult)> = names
        .iter()
        .zip(res)
        .filter(|((id, _), _)| ids.contains(id))
        .map(|((_, name), r)| (name, r))
        .collect();
    let in_mio = |r: &ScenarioResult, f: fn(&scenarios::YearResult) -> f64| -> Vec<f64> {
        r.years
            .iter()
            .map(|y| (f(y) / 10.0).round() / 100.0)
            .collect()
    };
    let net = picked
        .iter()
        .map(|(n, r)| ChartSeries::new((*n).clone(), in_mio(r, |y| y.municipality_net)))
        .collect();
    let mio2 = |v: f64| (v / 10.0).round() / 100.0;
    let cumulative = names
        .iter()
        .zip(res)
        .zip(bands)
        .filter(|(((id, _), _), _)| ids.contains(id))
        .flat_map(|(((_, n), r), band)| {
            let mut series = vec![ChartSeries::new(n.clone(), in_mio(r, |y| y.cumulative_net))];
            // The band: the path with every assumption at its low and at its high end.
            if let Some(b) = band {
                for (word, pick) in [
                    (
                        da_en(lang, "lav", "low"),
                        (|c: &scenarios::LowCentralHigh| c.low)
                            as fn(&scenarios::LowCentralHigh) -> f64,
                    ),
                    (
                        da_en(lang, "høj", "high"),
                        |c: &scenarios::LowCentralHigh| c.high,
                    ),
                ] {
                    let values = b
                        .years
                        .iter()
                        .map(|y| mio2(pick(&y.cumulative_net)))
                        .collect();
                    series.push(ChartSeries::new(format!("{n} – {word}"), values));
                }
            }
            series
        })
        .collect();
    // One stack per scenario: its deferred cut, lever staff and net benefit change.
    let components = picked
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
            .map(move |(part, v)| ChartSeries::new(format!("{n}: {part}"), v).stacked((*n).clone()))
        })
        .filter(|s| s.values.iter().any(|x| x.abs() > 1e-9))
        .collect();
    ChartFigures {
        years: horizon.years().map(|y| y.to_string()).collect(),
        net,
        components,
        cumulative,
    }
}
