//! The net for the municipality per year as bars with the range of each year, drawn in HTML
//! (no chart library): it is shown beside the controls at once, its text has the page's size
//! (large in workshop mode), and a cost and a saving differ in colour and in pattern.

use super::*;
use plan_core::scenarios::Selection;

/// Years from which the value under each bar is left out (the bars get too narrow).
const VALUES_UP_TO: usize = 12;

#[component]
pub(super) fn NetChart(sel: Memo<Option<Selection>>) -> impl IntoView {
    let state = use_state();
    move || {
        let lang = state.lang.get();
        sel.with(|s| {
            let s = s.as_ref()?;
            let years = &s.result.years;
            if years.is_empty() {
                return None;
            }
            let ranges = &s.range.years;
            // The scale: every bar and every range end, and zero.
            let (lo, hi) = years.iter().zip(ranges.iter()).fold((0.0_f64, 0.0_f64), |(lo, hi), (y, r)| {
                let l = y.municipality_net.min(r.municipality_net.low);
                let h = y.municipality_net.max(r.municipality_net.high);
                (lo.min(l), hi.max(h))
            });
            let span = (hi - lo).max(1.0);
            // Position from the top, in per cent of the plot's height.
            let top = move |v: f64| 100.0 * (hi - v) / span;
            let zero = top(0.0);
            let show_values = years.len() <= VALUES_UP_TO;
            let label_every = years.len().div_ceil(VALUES_UP_TO).max(1);
            let mio = |v: f64| format::number(v / 1000.0, 1, lang);
            // Bars are placed through the CSSOM (style:…), which the content security policy
            // allows; a style attribute it would block.
            let cols = years
                .iter()
                .enumerate()
                .map(|(i, y)| {
                    let v = y.municipality_net;
                    let (bar_top, bar_h) = if v >= 0.0 { (top(v), zero - top(v)) } else { (zero, top(v) - zero) };
                    let kind = if v >= 0.0 { "cost" } else { "saving" };
                    let whisker = ranges.get(i).map(|r| {
                        let (a, b) = (top(r.municipality_net.high), top(r.municipality_net.low));
                        (format!("{a:.2}%"), format!("{:.2}%", (b - a).max(0.0)))
                    });
                    let title = da_en(
                        lang,
                        format!("{}: {} mio. kr. ({})", y.year, mio(v), if v >= 0.0 { "udgift" } else { "besparelse" }),
                        format!("{}: DKK {} million ({})", y.year, mio(v), if v >= 0.0 { "cost" } else { "saving" }),
                    );
                    view! {
                        <div class="net-col" title=title>
                            <div class="net-plot">
                                <span class=format!("net-bar {kind}") style:top=format!("{bar_top:.2}%") style:height=format!("{:.2}%", bar_h.max(0.4))></span>
                                {whisker.map(|(top, height)| view! { <span class="net-range" style:top=top style:height=height></span> })}
                            </div>
                            <span class="net-value">{show_values.then(|| mio(v))}</span>
                            <span class="net-year">{(i % label_every == 0).then_some(y.year)}</span>
                        </div>
                    }
                })
                .collect_view();
            Some(view! {
                <figure class="net-chart" data-testid="net-chart">
                    <figcaption>{da_en(lang, "Netto for kommunen pr. år, mio. kr.", "Net for the municipality per year, DKK million")}</figcaption>
                    <div class="net-cols">
                        <span class="net-zero" aria-hidden="true" style:top=format!("calc({zero:.2} * 6rem / 100)")></span>
                        {cols}
                    </div>
                    <p class="net-legend">
                        <span class="key cost"></span>{da_en(lang, "udgift", "cost")}
                        <span class="key saving"></span>{da_en(lang, "besparelse", "saving")}
                        <span class="key range"></span>{da_en(lang, "lav–høj efter forudsætningerne", "low–high from the assumptions")}
                    </p>
                </figure>
            })
        })
    }
}
