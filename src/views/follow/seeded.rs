//! Figures from the seed documents, followable from a first visit: the eight development
//! trends of the monthly key-figure report, and every indicator whose values come from a
//! seed document's tables (seed 003's integration and løntilskud/praktik tables), period by
//! period with the table row each value is from.

use super::*;
use crate::views::SourceNote;
use plan_core::indicators::KeyFigureReport;

/// One seeded indicator: its name, area and values with their sources.
struct SeededSeries {
    indicator: String,
    area: String,
    points: Vec<(ObsPeriod, f64, plan_core::Source)>,
}

fn seeded_series(ws: &Workspace) -> Vec<SeededSeries> {
    let data = &ws.indicators;
    let seeded: Vec<u32> = data
        .imports
        .iter()
        .filter(|r| r.seed.is_some())
        .map(|r| r.id)
        .collect();
    data.series
        .iter()
        .filter_map(|s| {
            let points: Vec<_> = s
                .points
                .iter()
                .filter(|p| seeded.contains(&p.import_id()))
                .map(|p| (p.period(), p.value(), data.source(p)))
                .collect();
            (!points.is_empty()).then(|| SeededSeries {
                indicator: s.indicator.clone(),
                area: s.area.clone(),
                points,
            })
        })
        .collect()
}

#[component]
pub(super) fn SeededFigures() -> impl IntoView {
    let state = use_state();
    move || {
        let lang = state.lang.get();
        state.with_parts(&[Part::Indicators], |ws| {
            let series = seeded_series(ws);
            let reports = ws.indicators.reports.clone();
            if series.is_empty() && reports.is_empty() {
                return None;
            }
            let items = series
                .into_iter()
                .enumerate()
                .map(|(i, s)| series_view(i, s, lang))
                .collect_view();
            Some(view! {
                <section class="follow-seeded" aria-labelledby="follow-seeded-h" data-testid="follow-seeded">
                    <h2 id="follow-seeded-h">{da_en(lang, "Tal fra udvalgets dokumenter", "Figures from the committee's documents")}</h2>
                    {reports.into_iter().map(|r| report_view(r, lang)).collect_view()}
                    <p class="hint">{da_en(
                        lang,
                        "Tallene herunder står i dokumenternes tabeller; hvert tal viser, hvilken tabel og række det er fra. Et importeret tal for samme indikator, område og periode træder i stedet.",
                        "The figures below are in the documents' tables; each shows the table and row it is from. An imported figure for the same indicator, area and period takes its place.",
                    )}</p>
                    <ul class="seeded-list">{items}</ul>
                </section>
            })
        })
    }
}

fn series_view(i: usize, s: SeededSeries, lang: Lang) -> impl IntoView {
    let da = crate::views::case::da(lang);
    let first = s
        .points
        .first()
        .map(|p| p.0.label(lang))
        .unwrap_or_default();
    let last = s.points.last().map(|p| p.0.label(lang)).unwrap_or_default();
    let rows = s
        .points
        .iter()
        .map(|(period, value, source)| {
            view! {
                <tr data-period=period.code()>
                    <th scope="row">{period.label(lang)}</th>
                    <td class="num">{value_text(*value, lang)}</td>
                    <td class="source">{crate::views::source_text(source, lang)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <li data-testid=format!("seeded-{i}") data-indicator=s.indicator.clone()>
            <details>
                <summary>
                    <span lang=da>{s.indicator.clone()}</span>
                    " · " {s.area.clone()} " · " {first} "–" {last}
                </summary>
                <div class="table-wrap" tabindex="0">
                    <table class="numbers">
                        <thead>
                            <tr>
                                <th scope="col">{da_en(lang, "Periode", "Period")}</th>
                                <th scope="col">{da_en(lang, "Tal", "Figure")}</th>
                                <th scope="col">{da_en(lang, "Kilde", "Source")}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </details>
        </li>
    }
}

fn report_view(r: KeyFigureReport, lang: Lang) -> impl IntoView {
    let da = crate::views::case::da(lang);
    let rows = r
        .trends
        .iter()
        .enumerate()
        .map(|(i, t)| {
            view! {
                <tr data-testid=format!("trend-{i}")>
                    <td lang=da>{t.text.clone()}</td>
                    <td data-direction=t.against_country.code()>{t.against_country.label(lang)}</td>
                    <td data-direction=t.against_cluster.code()>{t.against_cluster.label(lang)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="key-report" data-testid="key-report">
            <h3><span lang=da>{r.title.clone()}</span> " (" {format::date(r.date, lang)} ")"</h3>
            <div class="table-wrap" tabindex="0">
                <table class="numbers">
                    <caption>{da_en(lang, "Udviklingstendenser, sammenlignet med hele landet og de sammenlignelige kommuner", "Development trends, compared with the whole country and the comparable municipalities")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{da_en(lang, "Tendens", "Trend")}</th>
                            <th scope="col">{da_en(lang, "Mod hele landet", "Against the country")}</th>
                            <th scope="col">{da_en(lang, "Mod sammenlignelige kommuner", "Against comparable municipalities")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {r.remarks.iter().map(|m| view! { <p lang=da>{m.clone()}</p> }).collect_view()}
            <SourceNote source=r.source.clone() />
        </div>
    }
}
