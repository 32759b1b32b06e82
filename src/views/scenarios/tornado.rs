//! Which assumptions move the scenario's net result most: each at its low and its high end
//! with the others central, as bars around the central result (a tornado), with the values
//! and their sources.

use super::grid;
use super::*;

/// Bars shown; the rest change the result less.
const SHOWN: usize = 8;

/// The bars as the table shows them: the shape (which assumptions, in which order, with their
/// low and high values) and, per row, the net at low and at high and the bar's place.
#[derive(Debug, Clone, PartialEq, Default)]
struct Bars {
    /// Each row's label and its values in words.
    rows: Vec<(String, String)>,
    /// Per row: the net at low, at high, the bar's left edge and its width.
    cells: grid::Texts,
    central: String,
}

fn bars(s: &plan_core::scenarios::Selection, lang: Lang) -> Bars {
    let central = s.total_net();
    let bars: Vec<_> = s
        .tornado
        .iter()
        .filter(|b| b.swing() > 0.0)
        .take(SHOWN)
        .collect();
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
            let values = format!(
                "{} {} – {}",
                da_en(lang, "fra", "from"),
                format::number_trim(b.low, 3, lang),
                format::number_trim(b.high, 3, lang)
            );
            (b.label(lang).to_owned(), values)
        })
        .collect();
    let cells = bars
        .iter()
        .map(|b| {
            let lo = b.total_net_at_low.min(b.total_net_at_high) - central;
            let hi = b.total_net_at_low.max(b.total_net_at_high) - central;
            // The bar spans from the lower to the higher result, around the centre (50 %).
            let left = 50.0 + 50.0 * lo / widest;
            let width = (50.0 * (hi - lo) / widest).max(0.5);
            vec![
                mio(b.total_net_at_low),
                mio(b.total_net_at_high),
                format!("{left:.1}%"),
                format!("{width:.1}%"),
            ]
        })
        .collect();
    Bars {
        rows,
        cells,
        central: mio(central),
    }
}

#[component]
pub(super) fn Tornado(sel: Memo<Option<plan_core::scenarios::Selection>>) -> impl IntoView {
    let state = use_state();
    let all = Memo::new(move |_| {
        let lang = state.lang.get();
        sel.with(|s| s.as_ref().map(|s| bars(s, lang)).unwrap_or_default())
    });
    // The table is built again when its rows change (other assumptions, another order, the
    // language); a slider step rewrites the figures and moves the bars.
    let rows = Memo::new(move |_| all.with(|b| b.rows.clone()));
    let cells = Memo::new(move |_| all.with(|b| b.cells.clone()));
    let central = move || all.with(|b| b.central.clone());
    move || {
        let lang = state.lang.get();
        let rows = rows.get();
        if rows.is_empty() {
            return None;
        }
        let rows = rows
            .into_iter()
            .enumerate()
            .map(|(r, (label, values))| {
                // Set through the CSSOM (style:…), which the content security policy allows;
                // a style attribute it would block.
                view! {
                    <tr>
                        <th scope="row">{label}<span class="muted small">" " {values}</span></th>
                        <td class="num">{grid::cell(cells, r, 0)}</td>
                        <td class="bar-cell" aria-hidden="true"><span class="bar" style:left=grid::cell(cells, r, 2) style:width=grid::cell(cells, r, 3)></span></td>
                        <td class="num">{grid::cell(cells, r, 1)}</td>
                    </tr>
                }
            })
            .collect_view();
        Some(view! {
            <section class="tornado" data-testid="tornado">
                <h2>{da_en(lang, "Hvad flytter resultatet mest?", "What moves the result most?")}</h2>
                <p class="muted">{move || da_en(
                    lang,
                    format!("Netto for kommunen i alt, mio. kr. (centralt: {}), når én forudsætning ad gangen sættes til sin lave og sin høje værdi. Spændene er skøn; de kan rettes under Forudsætninger.", central()),
                    format!("Net for the municipality in total, DKK million (central: {}), with one assumption at a time at its low and its high value. The ranges are estimates; they can be corrected under Assumptions.", central()),
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
