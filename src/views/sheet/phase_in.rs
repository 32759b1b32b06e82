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
                    <h2>{tr(lang, Key::PhaseInPlaces)}</h2>
                    <p>{tr(lang, Key::PhaseInIntro)}</p>
                    <div class="table-wrap" tabindex="0">
                    <table class="numbers">
                        <thead>
                            <tr>
                                <th scope="col">{tr(lang, Key::Number)}</th>
                                <th scope="col">{tr(lang, Key::Headline)}</th>
                                <th scope="col" class="num">{tr(lang, Key::Fte)}</th>
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
                                <th scope="row" colspan="2">{tr(lang, Key::TotalFte)}</th>
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
