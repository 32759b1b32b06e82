//! Print views for the committee (A4, Danish first): the scenario comparison and the target
//! overview, each with the date, the sources and the assumptions, to be saved as PDF from the
//! browser's print dialog and attached to an agenda item.

use leptos::prelude::*;
use plan_core::indicators::follow::goal_text;
use plan_core::indicators::follow_all;
use plan_core::scenarios::{assumption_lines, evaluate_all, mio, policy_lines, summary};
use plan_core::source::SEEDS;
use plan_core::{format, Lang, Part, Workspace};

use crate::i18n::da_en;
use crate::state::use_state;

use crate::clock::today;

#[component]
pub fn PrintView() -> impl IntoView {
    let state = use_state();
    let content = move || {
        let lang = state.lang.get();
        let kind = state
            .route
            .with(|r| r.param("type").unwrap_or("scenarier").to_owned());
        state.with_parts(&[Part::Plan, Part::Scenarios, Part::Indicators], |ws| {
            let title = if kind == "maal" {
                da_en(lang, "Målopfølgning", "Target follow-up")
            } else {
                da_en(lang, "Budgetscenarier – sammenligning", "Budget scenarios – comparison")
            };
            let body = if kind == "maal" {
                targets(ws, lang).into_any()
            } else {
                scenarios(ws, lang).into_any()
            };
            view! {
                <header class="print-head">
                    <p>{ws.plan.municipality.clone()} " · " {ws.plan.name.clone()}</p>
                    <h1 data-testid="print-title">{title}</h1>
                    <p data-testid="print-date">
                        {da_en(lang, "Udskrevet ", "Printed ")} {format::date(today(), lang)}
                    </p>
                </header>
                {body}
                <section class="print-sources">
                    <h2>{da_en(lang, "Kilder", "Sources")}</h2>
                    <ul>
                        {SEEDS.iter().map(|(_, t)| view! { <li>{*t}</li> }).collect_view()}
                        // The documents' own tables are named above with their document.
                        {ws.indicators.imports.iter().filter(|r| r.seed.is_none()).map(|r| view! {
                            <li>{da_en(lang, format!("Importeret fil: {} ({})", r.file_name, crate::views::import::local_time(&r.imported_at, lang)), format!("Imported file: {} ({})", r.file_name, crate::views::import::local_time(&r.imported_at, lang)))}</li>
                        }).collect_view()}
                    </ul>
                </section>
            }
        })
    };
    let print = move |_| {
        let _ = window().print();
    };
    view! {
        <article class="print" data-testid="print-view">
            <div class="no-print actions">
                <button class="primary" data-testid="print-button" on:click=print>
                    {move || da_en(state.lang.get(), "Udskriv eller gem som PDF", "Print or save as PDF")}
                </button>
                <a href="#/scenarier">{move || da_en(state.lang.get(), "Tilbage til scenarier", "Back to scenarios")}</a>
                <a href="#/maal">{move || da_en(state.lang.get(), "Tilbage til målopfølgning", "Back to the follow-up")}</a>
            </div>
            {content}
        </article>
    }
}

fn scenarios(ws: &Workspace, lang: Lang) -> impl IntoView {
    // With the groups linked to imported figures read from them, as the Scenarier view has
    // them: the printout shows the same numbers.
    let (linked, _) = plan_core::scenarios::linked_set(&ws.scenarios, &ws.indicators, today());
    let set = &linked;
    let results = evaluate_all(set, ws);
    let a = &set.assumptions;
    let head = set
        .scenarios
        .iter()
        .map(|s| view! { <th scope="col">{s.name.clone()}</th> })
        .collect_view();
    // An amount keeps its unit on its line; a cell may break between the amount and its
    // range, so the table fits the width of an A4 page.
    let keep = |text: String| {
        text.replace(" mio.", "\u{a0}mio.")
            .replace(" kr.", "\u{a0}kr.")
            .replace("DKK ", "DKK\u{a0}")
    };
    let row = |label: String, f: &dyn Fn(usize) -> String| {
        let cells = (0..set.scenarios.len())
            .map(|i| view! { <td class="num wraps">{keep(f(i))}</td> })
            .collect_view();
        view! { <tr><th scope="row">{label}</th>{cells}</tr> }
    };
    let mut rows = Vec::new();
    for (k, year) in a.horizon.years().enumerate() {
        rows.push(row(
            format!("{year}: {}", da_en(lang, "kompensation", "compensation")),
            &|i| mio(results[i].years[k].compensation, lang),
        ));
        rows.push(row(
            format!("{year}: {}", da_en(lang, "årsværk bevaret", "FTE kept")),
            &|i| format::number(results[i].years[k].fte_kept(), 1, lang),
        ));
        rows.push(row(
            format!(
                "{year}: {}",
                da_en(lang, "netto for kommunen", "net for the municipality")
            ),
            &|i| mio(results[i].years[k].municipality_net, lang),
        ));
    }
    rows.push(row(
        da_en(lang, "I alt: kompensation", "Total: compensation").to_owned(),
        &|i| mio(results[i].total_compensation(), lang),
    ));
    // The net in total with its range from the assumptions' low and high values.
    let targets = plan_core::scenarios::target_specs(ws, &set.target_links);
    let spans: Vec<String> = set
        .scenarios
        .iter()
        .map(|s| {
            let rg = plan_core::scenarios::ranges(a, s, &targets);
            format!(
                "{} ({} – {})",
                mio(rg.total_net.central, lang),
                mio(rg.total_net.low, lang),
                mio(rg.total_net.high, lang)
            )
        })
        .collect();
    rows.push(row(
        da_en(
            lang,
            "I alt: netto for kommunen (spænd lav – høj)",
            "Total: net for the municipality (range low – high)",
        )
        .to_owned(),
        &|i| spans[i].clone(),
    ));
    let each = set
        .scenarios
        .iter()
        .zip(&results)
        .map(|(s, r)| {
            let policy = policy_lines(a, s, lang)
                .into_iter()
                .map(|l| view! { <li>{l}</li> })
                .collect_view();
            // Against the baseline, in plain words (nothing for the baseline itself).
            let baseline = set
                .scenarios
                .iter()
                .position(|b| b.id == set.baseline_id)
                .filter(|&b| set.scenarios[b].id != s.id);
            let difference = baseline.map(|b| {
                let sentences = plan_core::scenarios::narrative::difference_named(
                    a,
                    &set.scenarios[b].name,
                    &results[b],
                    &s.name,
                    r,
                    lang,
                );
                view! {
                    <h4>{da_en(lang, "Forskellen til basis", "The difference to the baseline")}</h4>
                    <ul data-testid="print-difference">{sentences.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
                }
            });
            view! {
                <section class="print-scenario">
                    <h3>{s.name.clone()}</h3>
                    <p>{summary(a, s, r, lang)}</p>
                    <h4>{da_en(lang, "Politiske valg", "Policy choices")}</h4>
                    <ul>{policy}</ul>
                    {difference}
                </section>
            }
        })
        .collect_view();
    let assumptions = assumption_lines(a, lang)
        .into_iter()
        .map(|l| {
            view! {
                <tr>
                    <th scope="row">{l.label}</th>
                    <td>{l.value}</td>
                    <td class="src">{crate::views::source_text(&l.source, lang)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section>
            <h2>{da_en(lang, "Scenarierne", "The scenarios")}</h2>
            {each}
        </section>
        <section>
            <h2>{da_en(lang, "År for år", "Year by year")}</h2>
            <div class="table-wrap" tabindex="0"><table class="numbers print-table" data-testid="print-comparison">
                <caption>{da_en(lang, "I forhold til den vedtagne indfasning uden fastholdt personale", "Against the agreed phase-in without staff kept")}</caption>
                <thead><tr><th scope="col"></th>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table></div>
        </section>
        <section>
            <h2>{da_en(lang, "Forudsætninger", "Assumptions")}</h2>
            <p>{da_en(lang, "Forudsætninger er skøn og fakta, som kan rettes; de er adskilt fra de politiske valg ovenfor.", "Assumptions are estimates and facts that can be corrected; they are kept apart from the policy choices above.")}</p>
            <div class="table-wrap" tabindex="0"><table class="print-table" data-testid="print-assumptions">
                <thead>
                    <tr>
                        <th scope="col">{da_en(lang, "Forudsætning", "Assumption")}</th>
                        <th scope="col">{da_en(lang, "Værdi", "Value")}</th>
                        <th scope="col">{da_en(lang, "Kilde", "Source")}</th>
                    </tr>
                </thead>
                <tbody>{assumptions}</tbody>
            </table></div>
        </section>
    }
}

fn targets(ws: &Workspace, lang: Lang) -> impl IntoView {
    let all = follow_all(ws);
    ws.plan
        .themes
        .iter()
        .map(|theme| {
            let rows = all
                .iter()
                .filter(|f| f.theme.id == theme.id)
                .map(|f| {
                    let latest = f.latest_text(lang);
                    view! {
                        <tr>
                            <th scope="row">{f.measure.indicator.clone()}</th>
                            <td>{goal_text(f.measure, lang)} ", " {format::date(f.measure.deadline.date, lang)}</td>
                            <td class="num">{latest}</td>
                            <td><strong>{f.status_text(lang)}</strong> ". " {f.explanation(lang)}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <section>
                    <h2>{theme.name.clone()}</h2>
                    <div class="table-wrap" tabindex="0"><table class="print-table" data-testid="print-targets">
                        <thead>
                            <tr>
                                <th scope="col">{da_en(lang, "Mål", "Target")}</th>
                                <th scope="col">{da_en(lang, "Krav og frist", "Requirement and deadline")}</th>
                                <th scope="col">{da_en(lang, "Seneste tal", "Latest figure")}</th>
                                <th scope="col">{da_en(lang, "Status", "Status")}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table></div>
                </section>
            }
        })
        .collect_view()
}
