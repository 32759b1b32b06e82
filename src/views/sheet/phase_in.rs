//! The places where a slower phase-in could be considered.

use super::*;

/// The four places of the committee case where a slower phase-in could be considered.
#[component]
pub(super) fn PhaseInPlaces() -> impl IntoView {
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
                    <h2>{da_en(lang, "Steder hvor en langsommere indfasning kan overvejes", "Places where a slower phase-in could be considered")}</h2>
                    <p>{da_en(lang, "Administrationens fire steder for en langsommere indfasning af budgettilpasningen efter medfinansieringen af Arne-pensionen, med det indledende budgetbehov i årsværk.", "The administration's four places for a slower phase-in of the budget adjustment after the co-financing of the early-retirement pension, with the initial budget need in full-time equivalents.")}</p>
                    <div class="table-wrap" tabindex="0">
                    <table class="numbers">
                        <thead>
                            <tr>
                                <th scope="col">{da_en(lang, "Nr.", "No.")}</th>
                                <th scope="col">{da_en(lang, "Overskrift", "Headline")}</th>
                                <th scope="col" class="num">{da_en(lang, "Årsværk", "FTE")}</th>
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
                                <th scope="row" colspan="2">{da_en(lang, "I alt", "Total")}</th>
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
