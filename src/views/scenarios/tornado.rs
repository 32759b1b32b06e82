//! Which assumptions move the scenario's net result most: each at its low and its high end
//! with the others central, as bars around the central result (a tornado), with the values
//! and their sources.

use super::*;

/// Bars shown; the rest change the result less.
const SHOWN: usize = 8;

#[component]
pub(super) fn Tornado(sel: Memo<Option<plan_core::scenarios::Selection>>) -> impl IntoView {
    let state = use_state();
    move || {
        let lang = state.lang.get();
        let (bars, central) =
            sel.with(|s| s.as_ref().map(|s| (s.tornado.clone(), s.total_net())))?;
        let bars: Vec<_> = bars
            .into_iter()
            .filter(|b| b.swing() > 0.0)
            .take(SHOWN)
            .collect();
        if bars.is_empty() {
            return None;
        }
        let widest = bars
            .iter()
            .map(|b| {
                (b.total_net_at_low - central)
                    .abs()
                    .max((b.total_net_at_high - central).abs())
            })
            .fold(0.0_f64, f64::max)
            .max(1.0);
        let mio = |v: f64| format::number(v / 1000.0, 1, lang);
        let rows = bars
            .iter()
            .map(|b| {
                let lo = b.total_net_at_low.min(b.total_net_at_high) - central;
                let hi = b.total_net_at_low.max(b.total_net_at_high) - central;
                // The bar spans from the lower to the higher result, around the centre (50 %).
                let left = 50.0 + 50.0 * lo / widest;
                let width = (50.0 * (hi - lo) / widest).max(0.5);
                // Set through the CSSOM (style:…), which the content security policy allows;
                // a style attribute it would block.
                let (left, width) = (format!("{left:.1}%"), format!("{width:.1}%"));
                let values = format!(
                    "{} {} – {}",
                    da_en(lang, "fra", "from"),
                    format::number_trim(b.low, 3, lang),
                    format::number_trim(b.high, 3, lang)
                );
                view! {
                    <tr>
                        <th scope="row">{b.label(lang).to_owned()}<span class="muted small">" " {values}</span></th>
                        <td class="num">{mio(b.total_net_at_low)}</td>
                        <td class="bar-cell" aria-hidden="true"><span class="bar" style:left=left style:width=width></span></td>
                        <td class="num">{mio(b.total_net_at_high)}</td>
                    </tr>
                }
            })
            .collect_view();
        Some(view! {
            <section class="tornado" data-testid="tornado">
                <h2>{da_en(lang, "Hvad flytter resultatet mest?", "What moves the result most?")}</h2>
                <p class="muted">{da_en(
                    lang,
                    format!("Netto for kommunen i alt, mio. kr. (centralt: {}), når én forudsætning ad gangen sættes til sin lave og sin høje værdi. Spændene er skøn; de kan rettes under Forudsætninger.", mio(central)),
                    format!("Net for the municipality in total, DKK million (central: {}), with one assumption at a time at its low and its high value. The ranges are estimates; they can be corrected under Assumptions.", mio(central)),
                )}</p>
                <div class="table-wrap" tabindex="0">
                    <table class="numbers tornado-table" data-testid="tornado-table">
                        <thead>
                            <tr>
                                <th scope="col">{da_en(lang, "Forudsætning", "Assumption")}</th>
                                <th scope="col" class="num">{da_en(lang, "Ved lav", "At low")}</th>
                                <th scope="col"><span class="visually-hidden">{da_en(lang, "Udsving", "Swing")}</span></th>
                                <th scope="col" class="num">{da_en(lang, "Ved høj", "At high")}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </section>
        })
    }
}
