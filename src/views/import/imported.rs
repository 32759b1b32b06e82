//! What has been imported: the files and the indicators.

use super::*;

/// What has been imported: the files and the indicators.
#[component]
pub(super) fn Imported() -> impl IntoView {
    let state = use_state();
    move || {
        let lang = state.lang.get();
        let n = move |v: u64| format::number(v as f64, 0, lang);
        state.with_parts(&[Part::Indicators], |ws| {
            let data = &ws.indicators;
            if data.imports.is_empty() {
                return view! {
                    <p class="empty" data-testid="imports-none">{da_en(lang, "Der er ikke importeret tal endnu.", "No figures have been imported yet.")}</p>
                }
                .into_any();
            }
            let imports = data
                .imports
                .iter()
                .map(|r| {
                    let id = r.id;
                    let remove = move |_| {
                        state.edit(|w| {
                            w.indicators.remove_import(id);
                        })
                    };
                    // A table of a seed document: named by its section, dated by the document.
                    let (name, when) = match &r.seed {
                        Some(seed) => (
                            format!(
                                "{}: {}",
                                plan_core::Source::seed_title(&r.file_name).unwrap_or_default(),
                                seed.section
                            ),
                            da_en(lang, "fra dokumentet", "from the document").to_owned(),
                        ),
                        None => (r.file_name.clone(), local_time(&r.imported_at, lang)),
                    };
                    view! {
                        <tr data-testid=format!("import-row-{id}") data-seeded=r.seed.is_some().then_some("true")>
                            <td>{name.clone()}</td>
                            <td>{when}</td>
                            <td class="num">{n(r.rows)}</td>
                            <td class="num">{n(r.values)}</td>
                            <td class="num">{n(r.added)}</td>
                            <td class="num">{n(r.replaced)}</td>
                            <td>
                                <button class="secondary" data-testid=format!("import-remove-{id}") on:click=remove>
                                    {da_en(lang, "Fjern", "Remove")}
                                    <span class="visually-hidden">" " {name}</span>
                                </button>
                            </td>
                        </tr>
                    }
                })
                .collect_view();
            // Per indicator: areas, values, first and last period.
            type Row = (String, usize, usize, Option<ObsPeriod>, Option<ObsPeriod>);
            let mut indicators: Vec<Row> = Vec::new();
            for s in &data.series {
                let first = s.points.first().map(|p| p.period());
                let end = s.points.last().map(|p| p.period());
                match indicators.last_mut() {
                    Some(last) if last.0 == s.indicator => {
                        last.1 += 1;
                        last.2 += s.points.len();
                        last.3 = last.3.min(first).or(first);
                        last.4 = last.4.max(end);
                    }
                    _ => indicators.push((s.indicator.clone(), 1, s.points.len(), first, end)),
                }
            }
            let indicator_rows = indicators
                .into_iter()
                .map(|(name, areas, values, first, last)| view! {
                    <tr>
                        <td>{name}</td>
                        <td class="num">{n(areas as u64)}</td>
                        <td>{format!(
                            "{} – {}",
                            first.map(|p| p.label(lang)).unwrap_or_default(),
                            last.map(|p| p.label(lang)).unwrap_or_default()
                        )}</td>
                        <td class="num">{n(values as u64)}</td>
                    </tr>
                })
                .collect_view();
            let none_of_the_users = data.imports.iter().all(|r| r.seed.is_some());
            view! {
                <section aria-labelledby="imports-title">
                    <h2 id="imports-title">{da_en(lang, "Importerede filer", "Imported files")}</h2>
                    {none_of_the_users.then(|| view! {
                        <p class="empty" data-testid="imports-none">{da_en(
                            lang,
                            "Der er ikke importeret tal endnu. Tabellerne herunder er tallene fra udvalgets dokumenter, som appen har med.",
                            "No figures have been imported yet. The tables below are the figures from the committee's documents that come with the app.",
                        )}</p>
                    })}
                    <div class="table-wrap" tabindex="0">
                        <table class="numbers" data-testid="imports">
                            <thead>
                                <tr>
                                    <th scope="col">{da_en(lang, "Fil", "File")}</th>
                                    <th scope="col">{da_en(lang, "Importeret", "Imported")}</th>
                                    <th scope="col">{da_en(lang, "Rækker", "Rows")}</th>
                                    <th scope="col">{da_en(lang, "Værdier", "Values")}</th>
                                    <th scope="col">{da_en(lang, "Nye", "New")}</th>
                                    <th scope="col">{da_en(lang, "Erstattet", "Replaced")}</th>
                                    <th scope="col"><span class="visually-hidden">{da_en(lang, "Handling", "Action")}</span></th>
                                </tr>
                            </thead>
                            <tbody>{imports}</tbody>
                        </table>
                    </div>
                    <h2>{da_en(lang, "Indikatorer", "Indicators")}</h2>
                    <div class="table-wrap" tabindex="0">
                        <table class="numbers" data-testid="indicators">
                            <thead>
                                <tr>
                                    <th scope="col">{da_en(lang, "Indikator", "Indicator")}</th>
                                    <th scope="col">{da_en(lang, "Områder", "Areas")}</th>
                                    <th scope="col">{da_en(lang, "Perioder", "Periods")}</th>
                                    <th scope="col">{da_en(lang, "Værdier", "Values")}</th>
                                </tr>
                            </thead>
                            <tbody>{indicator_rows}</tbody>
                        </table>
                    </div>
                </section>
            }
            .into_any()
        })
    }
}
