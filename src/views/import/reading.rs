//! The reading itself, before anything is imported: which areas the file holds (by kind, so
//! a region is never taken for a municipality) and the first values as the app read them,
//! each with its row. A changed header or fill-down shows here at once.

use super::*;
use plan_core::indicators::import::area_summary;

/// Values shown from the start of the reading.
const FIRST_VALUES: usize = 8;

#[component]
pub(super) fn ReadingPreview(parsed: Arc<Parsed>, lang: Lang) -> impl IntoView {
    let areas = area_summary::describe(parsed.observations.iter().map(|o| &*o.area), lang);
    let rows = parsed
        .observations
        .iter()
        .take(FIRST_VALUES)
        .map(|o| {
            view! {
                <tr>
                    <td class="num">{format::number(o.row as f64, 0, lang)}</td>
                    <td>{o.area.to_string()}</td>
                    <td>{o.indicator.to_string()}</td>
                    <td>{o.period.label(lang)}</td>
                    <td class="num">{format::number_trim(o.value, 4, lang)}</td>
                </tr>
            }
        })
        .collect_view();
    let any = !parsed.observations.is_empty();
    view! {
        <div class="reading" data-testid="import-reading">
            {(!areas.is_empty()).then(|| view! {
                <p data-testid="import-areas-found">
                    {da_en(lang, "Områder i filen: ", "Areas in the file: ")} {areas}
                </p>
            })}
            {any.then(|| view! {
                <div class="table-wrap" tabindex="0">
                    <table data-testid="import-first-values">
                        <caption>{da_en(lang, "De første værdier, som appen læser dem", "The first values, as the app reads them")}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{da_en(lang, "Række", "Row")}</th>
                                <th scope="col">{da_en(lang, "Område", "Area")}</th>
                                <th scope="col">{da_en(lang, "Indikator", "Indicator")}</th>
                                <th scope="col">{da_en(lang, "Periode", "Period")}</th>
                                <th scope="col">{da_en(lang, "Værdi", "Value")}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            })}
        </div>
    }
}
