//! One measure's path against the whole country and the comparable municipalities, with the
//! table beside the chart, the link to an indicator and the table as CSV.

use plan_core::indicators::published::{published, Published};

use super::entry::{EnterFigures, EntryForm};
use super::picker::LinkPicker;
use super::*;
use crate::views::case::da;

mod rows;

use rows::{rows_csv, table_rows};

#[component]
pub(super) fn MeasureDetail(id: String) -> impl IntoView {
    let state = use_state();
    // Kept here: the detail is built again after every change of the workspace.
    let query = RwSignal::new(String::new());
    let form = EntryForm::new(state);
    move || {
        let lang = state.lang.get();
        let id = id.clone();
        state.with_parts(&[Part::Plan, Part::Indicators], |ws: &Workspace| {
            let all = follow_all(ws);
            let Some(f) = all.iter().find(|f| f.measure.id == id) else {
                return ().into_any();
            };
            let own_name = ws.indicators.comparison.own.clone();
            let rows = table_rows(f, lang);
            let link = ws
                .indicators
                .link_for(&f.measure.id)
                .map(|l| (l.indicator.clone(), l.automatic));
            let published = published(&f.measure.id);
            let has_series = published.is_some_and(|p| p.series.is_some());
            let has_entered = ws.indicators.entered.iter().any(|e| e.measure_id == f.measure.id);
            let categories: Vec<String> = rows.iter().map(|r| r.period.label(lang)).collect();
            let nan = |v: Option<f64>| v.unwrap_or(f64::NAN);
            let mut series = vec![ChartSeries::new(own_name.clone(), rows.iter().map(|r| nan(r.own)).collect())];
            // Counts of persons or firms differ with the size of a municipality: the country
            // and the cluster are drawn only for shares, and stay in the table for counts.
            let comparable = matches!(f.measure.unit, Unit::Percent | Unit::PercentagePoints);
            if comparable && rows.iter().any(|r| r.national.is_some()) {
                series.push(ChartSeries::new(
                    da_en(lang, "Hele landet", "Whole country"),
                    rows.iter().map(|r| nan(r.national)).collect(),
                ));
            }
            if comparable && rows.iter().any(|r| r.cluster.is_some()) {
                series.push(ChartSeries::new(
                    da_en(lang, "Klyngekommuner (gennemsnit)", "Comparable municipalities (mean)"),
                    rows.iter().map(|r| nan(r.cluster.map(|c| c.0))).collect(),
                ));
            }
            series.push(ChartSeries::new(
                da_en(lang, "Krav", "Requirement"),
                rows.iter().map(|r| nan(r.required)).collect(),
            ));
            // The deadline as a last point on the time axis, when the figures stop before it:
            // the requirement there, and the trend carried to it.
            let deadline = f.measure.deadline.date;
            let before_deadline = rows
                .last()
                .is_some_and(|r| r.period.end_month() < plan_core::indicators::end_month_of(deadline));
            let mut categories = categories;
            if before_deadline {
                categories.push(format!(
                    "{} {}",
                    da_en(lang, "Frist", "Deadline"),
                    format::date(deadline, lang)
                ));
                let last_required = rows.last().and_then(|r| r.required);
                for s in series.iter_mut() {
                    let at_deadline = if s.name == da_en(lang, "Krav", "Requirement") {
                        last_required.unwrap_or(f64::NAN)
                    } else {
                        f64::NAN
                    };
                    s.values.push(at_deadline);
                }
                if let (Some(t), Some(last)) = (f.trend, f.own.last()) {
                    let mut values = vec![f64::NAN; rows.len() + 1];
                    if let Some(i) = rows.iter().position(|r| r.period == last.period) {
                        values[i] = last.value;
                    }
                    values[rows.len()] = t.at_deadline;
                    series.push(ChartSeries::new(
                        da_en(lang, "Udviklingen ført frem til fristen", "The trend carried to the deadline"),
                        values,
                    ));
                }
            }
            let csv = Callback::new({
                let text = rows_csv(&rows, &own_name, lang);
                move |()| text.clone()
            });
            let csv_name = format!("maal-{}.csv", f.measure.id);
            let opt = move |v: Option<f64>| v.map(|v| value_text(v, lang)).unwrap_or_else(|| "–".into());
            let table_rows = rows
                .iter()
                .map(|r| view! {
                    <tr>
                        <th scope="row">{r.period.label(lang)}</th>
                        <td class="num">{opt(r.own)}</td>
                        <td class="num">{opt(r.national)}</td>
                        <td class="num">{r.cluster.map(|(m, c)| format!("{} ({c})", value_text(m, lang))).unwrap_or_else(|| "–".into())}</td>
                        <td class="num">{opt(r.required)}</td>
                        <td class="src">{r.source.clone()}</td>
                    </tr>
                })
                .collect_view();
            let sources: Vec<String> = {
                let mut files: Vec<String> = f
                    .own
                    .iter()
                    .filter_map(|p| match &p.source {
                        plan_core::Source::Import { file_name, imported_at, .. } => {
                            Some(format!("{file_name} ({})", crate::views::import::local_time(imported_at, lang)))
                        }
                        _ => None,
                    })
                    .collect();
                files.sort();
                files.dedup();
                files
            };
            let baseline = f.measure.baseline.as_ref().map(|b| {
                format!(
                    "{}: {} ({})",
                    da_en(lang, "Udgangspunkt", "Baseline"),
                    format::with_unit(b.value, f.measure.unit, lang),
                    if b.note.is_empty() { format::date(b.date, lang) } else { b.note.clone() }
                )
            });
            let has_data = !rows.is_empty();
            view! {
                <section class="follow-detail" aria-labelledby="measure-title" data-testid="follow-detail">
                    <p><a href="#/maal" on:click=move |ev| {
                        ev.prevent_default();
                        set_route_param(state, "maal", "");
                    }>{da_en(lang, "← Alle mål", "← All targets")}</a></p>
                    <p class="theme-name">{f.theme.name.clone()}</p>
                    <h1 id="measure-title">{f.measure.indicator.clone()}</h1>
                    <blockquote class="target-text">{f.target.text.clone()}</blockquote>
                    <p>
                        {da_en(lang, "Krav", "Requirement")} ": " {goal_text(f.measure, lang)} ", "
                        {da_en(lang, "senest", "by")} " " {format::date(f.measure.deadline.date, lang)}
                        {(!f.measure.deadline.stated).then(|| da_en(lang, " (planen nævner ingen frist; planperiodens slutning bruges)", " (the plan gives no deadline; the end of the plan period is used)"))}
                        {baseline.map(|b| view! { <br />{b} })}
                    </p>
                    <div class="follow-status" data-testid="follow-status" data-status=f.status.colour()>
                        {status_badge(f.status, f.status_text(lang))}
                        <p>{f.explanation(lang)}</p>
                    </div>
                    {published_view(published, lang)}
                    {link_view(f.measure.id.clone(), link, query, lang)}
                    <details class="enter-details" open=!has_series || has_entered data-testid="enter-details">
                        <summary>{da_en(lang, "Tast tal ind i hånden", "Type figures in by hand")}</summary>
                        <p class="hint">{da_en(
                            lang,
                            "For tal, ingen fil rummer (fx antal partnerskabsvirksomheder): skriv tallet, perioden og hvor tallet kommer fra. Et tal tastet ind for en periode går forud for det importerede.",
                            "For figures no file holds (e.g. the number of partner firms): enter the figure, the period and where it comes from. A figure typed in for a period takes precedence over the imported one.",
                        )}</p>
                        <EnterFigures id=f.measure.id.clone() form />
                    </details>
                    {has_data.then(|| view! {
                        <div class="chart-and-table">
                            <SeriesChart
                                id=format!("follow-chart-{}", f.measure.id)
                                title=format!("{} – {}", f.measure.indicator, da_en(lang, "udvikling mod krav", "path against the requirement"))
                                lang
                                kind=ChartKind::Lines
                                categories
                                series
                            />
                            <div class="table-wrap" tabindex="0">
                                <table class="numbers" data-testid="follow-table">
                                    <caption>{da_en(lang, "Tallene bag figuren", "The figures behind the chart")}</caption>
                                    <thead>
                                        <tr>
                                            <th scope="col">{da_en(lang, "Periode", "Period")}</th>
                                            <th scope="col">{own_name.clone()}</th>
                                            <th scope="col">{da_en(lang, "Hele landet", "Whole country")}</th>
                                            <th scope="col">{da_en(lang, "Klynge (antal)", "Cluster (count)")}</th>
                                            <th scope="col">{da_en(lang, "Krav", "Requirement")}</th>
                                            <th scope="col">{da_en(lang, "Kilde", "Source")}</th>
                                        </tr>
                                    </thead>
                                    <tbody>{table_rows}</tbody>
                                </table>
                                <CsvButton
                                    file=csv_name
                                    label=da_en(lang, "Hent tabellen som CSV", "Download the table as CSV")
                                    testid="follow-csv"
                                    csv
                                    class="secondary"
                                />
                            </div>
                        </div>
                    })}
                    {(has_data && !comparable).then(|| view! {
                        <p class="hint">{da_en(
                            lang,
                            "Figuren viser kun kommunens egne tal og kravet: antal personer eller virksomheder afhænger af kommunens størrelse, så hele landet og klyngekommunerne står kun i tabellen.",
                            "The chart shows only the municipality's own figures and the requirement: counts of persons or firms depend on a municipality's size, so the whole country and the comparable municipalities are in the table only.",
                        )}</p>
                    })}
                    {(!sources.is_empty()).then(|| view! {
                        <p class="source">
                            <span class="source-label">{da_en(lang, "Kilde", "Source")} ": "</span>
                            {sources.join("; ")}
                        </p>
                    })}
                </section>
            }
            .into_any()
        })
    }
}

/// Where the target's figure is published, with the sources; or that it has no public series.
/// The portal's names of its table, measure and group, and the sources, are Danish: on the
/// English page they are marked so.
fn published_view(p: Option<&'static Published>, lang: Lang) -> impl IntoView {
    let text = match p {
        Some(Published {
            series: Some(s), ..
        }) => view! {
            {da_en(lang, "Offentliggøres på ", "Published on ")}
            <span lang=da(lang)>{s.where_text(lang)}</span>
            ": "
            <span lang=da(lang)>{s.what_text(lang)}</span>
            "."
        }
        .into_any(),
        Some(p) => p.text(lang).into_any(),
        None => da_en(
            lang,
            "Appen kender ingen offentlig kilde til dette mål: tast tallene ind i hånden med deres kilde.",
            "The app knows no public source for this target: type the figures in by hand with their source.",
        )
        .into_any(),
    };
    let cites = p.map(|p| p.cites_text(lang)).filter(|c| !c.is_empty());
    view! {
        <section class="follow-published" aria-labelledby="published-title" data-testid="follow-published">
            <h2 id="published-title">{da_en(lang, "Hvor tallet offentliggøres", "Where the figure is published")}</h2>
            <p>{text}</p>
            {cites.map(|c| view! {
                <p class="source">
                    <span class="source-label">{da_en(lang, "Kilde", "Source")} ": "</span>
                    <span lang=da(lang)>{c}</span>
                </p>
            })}
        </section>
    }
}

/// The indicator the target is followed with, undo or remove, and the picker to choose one.
fn link_view(
    id: String,
    link: Option<(String, bool)>,
    query: RwSignal<String>,
    lang: Lang,
) -> impl IntoView {
    let state = use_state();
    let linked = link.is_some();
    let current = match link {
        Some((indicator, automatic)) => {
            let mid = id.clone();
            view! {
                <p data-testid="link-current">
                    <span class="indicator-name">{indicator}</span>
                    " · "
                    {if automatic {
                        da_en(lang, "koblet automatisk ved importen. ", "linked automatically on import. ")
                    } else {
                        da_en(lang, "koblet i hånden. ", "linked by hand. ")
                    }}
                    <button
                        type="button"
                        class="small"
                        data-testid="link-remove"
                        on:click=move |_| {
                            let mid = mid.clone();
                            state.edit(move |w| w.indicators.remove_link(&mid));
                        }
                    >
                        {if automatic {
                            da_en(lang, "Fortryd koblingen", "Undo the link")
                        } else {
                            da_en(lang, "Fjern koblingen", "Remove the link")
                        }}
                    </button>
                </p>
            }
            .into_any()
        }
        None => view! {
            <p data-testid="link-current">{da_en(
                lang,
                "Ikke koblet endnu. Importér en fil med tallet, eller vælg en indikator nedenfor.",
                "Not linked yet. Import a file with the figure, or choose an indicator below.",
            )}</p>
        }
        .into_any(),
    };
    view! {
        <section class="follow-link" aria-labelledby="link-title" data-testid="follow-link">
            <h2 id="link-title">{da_en(lang, "Følges med indikatoren", "Followed with the indicator")}</h2>
            {current}
            <details class="picker-details" open=!linked data-testid="link-picker-details">
                <summary>{if linked {
                    da_en(lang, "Vælg en anden indikator", "Choose another indicator")
                } else {
                    da_en(lang, "Vælg en indikator", "Choose an indicator")
                }}</summary>
                <LinkPicker id query />
            </details>
        </section>
    }
}
