//! Every measure of the plan against the latest figure, grouped by theme.

use super::*;

#[component]
pub(super) fn Overview() -> impl IntoView {
    let state = use_state();
    move || {
        let lang = state.lang.get();
        state.with_parts(&[Part::Plan, Part::Agreements, Part::Indicators], |ws| {
            let all = follow_all(ws);
            let count = |f: &dyn Fn(FollowStatus) -> bool| all.iter().filter(|x| f(x.status)).count();
            let good = count(&|s| matches!(s, FollowStatus::Met | FollowStatus::OnTrack));
            let risk = count(&|s| s == FollowStatus::AtRisk);
            let bad = count(&|s| matches!(s, FollowStatus::OffTrack | FollowStatus::Missed));
            let none = count(&|s| matches!(s, FollowStatus::NoData | FollowStatus::NotLinked));
            let baseline = count(&|s| s == FollowStatus::BaselineOnly);
            let summary = da_en(lang, format!(
                    "{good} mål er nået eller på rette spor, {risk} er i risiko, {bad} er ikke nået eller ikke på rette spor, {baseline} har kun planens udgangspunkt, og {none} mangler tal."
                ), format!(
                    "{good} targets are met or on track, {risk} at risk, {bad} missed or off track, {baseline} have only the plan's baseline, and {none} lack figures."
                ));
            let themes = ws
                .plan
                .themes
                .iter()
                .map(|theme| {
                    let rows = all
                        .iter()
                        .filter(|f| f.theme.id == theme.id)
                        .map(|f| overview_row(f, lang))
                        .collect_view();
                    view! {
                        <section class="follow-theme" aria-labelledby=format!("ft-{}", theme.id)>
                            <h2 id=format!("ft-{}", theme.id)>{theme.name.clone()}</h2>
                            <div class="table-wrap" tabindex="0">
                                <table class="follow">
                                    <thead>
                                        <tr>
                                            <th scope="col">{da_en(lang, "Mål", "Target")}</th>
                                            <th scope="col">{da_en(lang, "Krav", "Requirement")}</th>
                                            <th scope="col">{da_en(lang, "Seneste tal", "Latest figure")}</th>
                                            <th scope="col">{da_en(lang, "Status", "Status")}</th>
                                        </tr>
                                    </thead>
                                    <tbody>{rows}</tbody>
                                </table>
                            </div>
                        </section>
                    }
                })
                .collect_view();
            view! {
                <section class="follow-overview" aria-labelledby="follow-title">
                    <h1 id="follow-title">{da_en(lang, "Målopfølgning", "Target follow-up")}</h1>
                    <p data-testid="follow-summary">{summary}</p>
                    <p class="hint">
                        {da_en(
                            lang,
                            "Status læses af det seneste tal for kommunen mod målet og fristen. Før fristen bruges udviklingen i de seneste op til 12 tal: ",
                            "The status reads the municipality's latest figure against the target and its deadline. Before the deadline the trend of the latest up to 12 figures is used: ",
                        )}
                        {follow_badge(FollowStatus::OnTrack, lang)}" "
                        {follow_badge(FollowStatus::AtRisk, lang)}" "
                        {follow_badge(FollowStatus::OffTrack, lang)}"."
                    </p>
                    <p class="action-links">
                        <a href="#/import">{da_en(lang, "Importér tal", "Import figures")}</a>
                        <button
                            type="button"
                            class="link"
                            data-testid="fetch-jump"
                            on:click=move |_| {
                                if let Some(el) = document().get_element_by_id("hent-tallene") {
                                    el.scroll_into_view();
                                }
                            }
                        >
                            {da_en(lang, "Hvad skal hentes?", "What to download?")}
                        </button>
                        <a href="#/udskrift?type=maal" data-testid="print-targets-link">{da_en(lang, "Udskrift til udvalget (A4/PDF)", "Print for the committee (A4/PDF)")}</a>
                    </p>
                    {themes}
                    {super::fetch::fetch_section(ws, lang)}
                    <super::seeded::SeededFigures />
                </section>
            }
        })
    }
}

fn overview_row(f: &Followed, lang: Lang) -> impl IntoView {
    let latest = f.latest_text(lang);
    let id = f.measure.id.clone();
    let deadline = format::date(f.measure.deadline.date, lang);
    view! {
        <tr data-testid=format!("follow-row-{id}") data-status=f.status.colour()>
            <th scope="row">
                <a href=format!("#/maal?maal={id}")>{f.measure.indicator.clone()}</a>
            </th>
            <td>{goal_text(f.measure, lang)} ", " {da_en(lang, "senest", "by")} " " {deadline}</td>
            <td class="num">{latest}</td>
            <td>
                {status_badge(f.status, f.status_text(lang))}
                <span class="explain">{f.explanation(lang)}</span>
            </td>
        </tr>
    }
}
