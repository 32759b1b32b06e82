//! The selected scenario's results year by year, against the baseline.

use super::grid;
use super::*;

/// The selected scenario's result year by year, with the plan targets it moves.
/// The rows of money and staff, as (Danish, English, the figure, whether it is money).
type Row = (
    &'static str,
    &'static str,
    fn(&scenarios::YearResult) -> f64,
    bool,
);
const ROWS: [Row; 11] = [
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
        "Forsørgelse, statens refusion",
        "Benefits, the state's refusion",
        |y| y.benefit_gross - y.benefit_net,
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

/// What the table's structure depends on: it is built again only when one of these changes,
/// not when a control moves a figure.
#[derive(Clone, PartialEq)]
struct Shape {
    lang: Lang,
    scenario_id: String,
    name: String,
    years: Vec<plan_core::model::Year>,
    teams: Vec<String>,
}

/// The cells' texts: the rows of [`ROWS`], the range of the net, then a caseload row per team.
fn texts(
    r: &ScenarioResult,
    range: &scenarios::ScenarioRange,
    teams: usize,
    lang: Lang,
) -> grid::Texts {
    let mut rows: grid::Texts = ROWS
        .iter()
        .map(|(_, _, f, money)| {
            r.years
                .iter()
                .map(|y| {
                    if *money {
                        format::number(f(y) / 1000.0, 2, lang)
                    } else {
                        format::number(f(y), 1, lang)
                    }
                })
                .collect()
        })
        .collect();
    rows.push(
        range
            .years
            .iter()
            .map(|y| {
                format!(
                    "{} – {}",
                    format::number(y.municipality_net.low / 1000.0, 2, lang),
                    format::number(y.municipality_net.high / 1000.0, 2, lang)
                )
            })
            .collect(),
    );
    for ti in 0..teams {
        rows.push(
            r.years
                .iter()
                .map(|y| {
                    y.teams
                        .get(ti)
                        .and_then(|t| t.caseload_index)
                        .map(|c| format::number(c, 0, lang))
                        .unwrap_or_else(|| "–".into())
                })
                .collect(),
        );
    }
    rows
}

/// The selected scenario's result year by year, with the plan targets it moves.
#[component]
pub(super) fn ResultsTable(
    selected: Memo<String>,
    sel: Memo<Option<plan_core::scenarios::Selection>>,
) -> impl IntoView {
    let state = use_state();
    let shape = Memo::new(move |_| {
        let lang = state.lang.get();
        let id = selected.get();
        let (name, teams) = state.with_parts(&[Part::Scenarios], |w| {
            let name = w.scenarios.scenario(&id).map(|s| s.name.clone())?;
            let teams: Vec<String> = w
                .scenarios
                .assumptions
                .teams
                .iter()
                .map(|t| t.name.clone())
                .collect();
            Some((name, teams))
        })?;
        let years = sel.with(|s| {
            s.as_ref()
                .map(|s| s.result.years.iter().map(|y| y.year).collect::<Vec<_>>())
        })?;
        Some(Shape {
            lang,
            scenario_id: id,
            name,
            years,
            teams,
        })
    });
    let cells = Memo::new(move |_| {
        let lang = state.lang.get();
        let teams = shape.with(|s| s.as_ref().map_or(0, |s| s.teams.len()));
        sel.with(|s| {
            s.as_ref()
                .map(|s| texts(&s.result, &s.range, teams, lang))
                .unwrap_or_default()
        })
    });
    // The plan gives the targets' names; a target's line is rebuilt only when its words change.
    let targets = Memo::new(move |_| {
        let lang = state.lang.get();
        let measures: Vec<(String, String)> = state.with_parts(&[Part::Plan], |w| {
            w.measures()
                .map(|(_, _, m)| (m.id.clone(), m.indicator.clone()))
                .collect()
        });
        sel.with(|s| {
            s.as_ref().map_or_else(Vec::new, |s| {
                s.result
                    .targets
                    .iter()
                    .map(|t| {
                        let text = measures
                            .iter()
                            .find(|(id, _)| *id == t.measure_id)
                            .map(|(_, i)| i.clone())
                            .unwrap_or_default();
                        let when = if t.year != t.deadline_year {
                            format!(
                                " ({} {}, {} {})",
                                da_en(lang, "frist", "deadline"),
                                t.deadline_year,
                                da_en(lang, "fremskrevet for", "projected for"),
                                t.year
                            )
                        } else {
                            String::new()
                        };
                        let unit = if t.unit == plan_core::model::Unit::Percent {
                            " %"
                        } else {
                            ""
                        };
                        let line = format!(
                            " {text}: {}{unit} / {}{when}",
                            format::number(t.projected, 1, lang),
                            t.limit_text(lang)
                        );
                        (t.status, line)
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    move || {
        let Shape {
            lang,
            scenario_id,
            name,
            years,
            teams,
        } = shape.get()?;
        // With a byte-order mark like every CSV the app offers: Excel then reads the Danish
        // letters of a scenario id right.
        let csv = Callback::new(move |()| {
            // Semicolons and decimal commas, as Danish Excel opens it.
            sel.with_untracked(|s| {
                s.as_ref().map_or_else(String::new, |s| {
                    plan_core::people_csv::scenario_results(
                        &[&s.result],
                        state.lang.get_untracked(),
                    )
                })
            })
        });
        let file = format!("scenarie-{scenario_id}.csv");
        let columns = years.len();
        let row_cells = move |row: usize| {
            (0..columns)
                .map(|c| view! { <td class="num">{grid::cell(cells, row, c)}</td> })
                .collect_view()
        };
        let range_row = view! {
            <tr data-testid="results-range">
                <th scope="row">{da_en(lang, "Netto for kommunen, spænd (lav – høj)", "Net for the municipality, range (low – high)")}</th>
                {(0..columns)
                    .map(|c| view! { <td class="num range">{grid::cell(cells, ROWS.len(), c)}</td> })
                    .collect_view()}
            </tr>
        };
        Some(view! {
            <section class="results" data-testid="results">
                <h2>{da_en(lang, "Resultat år for år", "Result year by year")} ": " {name}</h2>
                <p class="muted">{da_en(lang, "Beløb i mio. kr. i forhold til den officielle indfasning uden greb. Negative tal er besparelser.", "Amounts in DKK million relative to the official phase-in without levers. Negative numbers are savings.")}</p>
                <div class="table-wrap" tabindex="0">
                    <table class="numbers" data-testid="results-table">
                        <thead>
                            <tr>
                                <th scope="col"></th>
                                {years.iter().map(|y| view! { <th scope="col" class="num">{*y}</th> }).collect_view()}
                            </tr>
                        </thead>
                        <tbody>
                            {ROWS
                                .iter()
                                .enumerate()
                                .map(|(i, (da, en, _, _))| view! {
                                    <tr>
                                        <th scope="row">{da_en(lang, *da, *en)}</th>
                                        {row_cells(i)}
                                    </tr>
                                })
                                .collect_view()}
                            {range_row}
                            {teams
                                .iter()
                                .enumerate()
                                .map(|(ti, tn)| view! {
                                    <tr>
                                        <th scope="row">{format!("{} {tn} ({})", da_en(lang, "Sagsantal,", "Caseload,"), da_en(lang, "indeks, før budget 2024 = 100", "index, before budget 2024 = 100"))}</th>
                                        {row_cells(ROWS.len() + 1 + ti)}
                                    </tr>
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                </div>
                <CsvButton
                    file
                    label=da_en(lang, "Hent tabellen (CSV)", "Download the table (CSV)")
                    testid="download-csv"
                    csv
                    class=""
                />
                <h3>{da_en(lang, "Planens mål, som scenariet flytter", "The plan's targets the scenario moves")}</h3>
                <ul class="target-status" data-testid="target-status">
                    {move || {
                        targets
                            .get()
                            .into_iter()
                            .map(|(status, line)| view! {
                                <li>
                                    <StatusBadge tone=target_tone(status) label=status_label(lang, status) />
                                    {line}
                                </li>
                            })
                            .collect_view()
                    }}
                </ul>
            </section>
        })
    }
}
