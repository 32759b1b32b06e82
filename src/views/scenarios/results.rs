//! The selected scenario's results year by year, against the baseline.

use super::*;

/// The selected scenario's result year by year, with the plan targets it moves.
#[component]
pub(super) fn ResultsTable(
    selected: Memo<String>,
    sel: Memo<Option<plan_core::scenarios::Selection>>,
) -> impl IntoView {
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
        idx?;
        let (r, range) = sel.with(|s| s.as_ref().map(|s| (s.result.clone(), s.range.clone())))?;
        let range = Some(range);
        let range_row = range.map(|rg| {
            let cells = rg
                .years
                .iter()
                .map(|y| {
                    let text = format!(
                        "{} – {}",
                        format::number(y.municipality_net.low / 1000.0, 2, lang),
                        format::number(y.municipality_net.high / 1000.0, 2, lang)
                    );
                    view! { <td class="num range">{text}</td> }
                })
                .collect_view();
            view! {
                <tr data-testid="results-range">
                    <th scope="row">{da_en(lang, "Netto for kommunen, spænd (lav – høj)", "Net for the municipality, range (low – high)")}</th>
                    {cells}
                </tr>
            }
        });
        // With a byte-order mark like every CSV the app offers: Excel then reads the Danish
        // letters of a scenario id right.
        let csv = Callback::new({
            let r = r.clone();
            // Semicolons and decimal commas, as Danish Excel opens it.
            move |()| plan_core::people_csv::scenario_results(&[&r], state.lang.get_untracked())
        });
        let file = format!("scenarie-{}.csv", r.scenario_id);
        type Row = (
            &'static str,
            &'static str,
            fn(&scenarios::YearResult) -> f64,
            bool,
        );
        let rows: [Row; 11] = [
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
                                            <th scope="row">{da_en(lang, *da, *en)}</th>
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
                            {range_row}
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
                <CsvButton
                    file
                    label=da_en(lang, "Hent tabellen (CSV)", "Download the table (CSV)")
                    testid="download-csv"
                    csv
                    class=""
                />
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
                                    <StatusBadge tone=target_tone(t.status) label=status_label(lang, t.status) />
                                    " " {text} ": " {format::number(t.projected, 1, lang)} {(t.unit == plan_core::model::Unit::Percent).then_some(" %")} " / "
                                    {t.limit_text(lang)} {when}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
        })
    }
}
