//! The net for the municipality per year as bars with the range of each year, drawn in HTML
//! (no chart library): it is shown beside the controls at once, its text has the page's size
//! (large in workshop mode), and a cost and a saving differ in colour and in pattern.

use super::*;
use plan_core::scenarios::Selection;

/// Years from which the value under each bar is left out (the bars get too narrow).
const VALUES_UP_TO: usize = 12;

/// One year's bar: where it stands, its range and its words.
#[derive(Debug, Clone, PartialEq, Default)]
struct Column {
    /// `cost` or `saving`.
    kind: &'static str,
    top: String,
    height: String,
    /// The range's top and height, when the year has a range.
    range: Option<(String, String)>,
    value: String,
    title: String,
}

/// The chart's figures: a column per year and the zero line's place.
#[derive(Debug, Clone, PartialEq, Default)]
struct Bars {
    years: Vec<plan_core::model::Year>,
    columns: Vec<Column>,
    zero: String,
}

fn bars(s: &Selection, lang: Lang) -> Bars {
    let years = &s.result.years;
    let ranges = &s.range.years;
    // The scale: every bar and every range end, and zero.
    let (lo, hi) = years
        .iter()
        .zip(ranges.iter())
        .fold((0.0_f64, 0.0_f64), |(lo, hi), (y, r)| {
            let l = y.municipality_net.min(r.municipality_net.low);
            let h = y.municipality_net.max(r.municipality_net.high);
            (lo.min(l), hi.max(h))
        });
    let span = (hi - lo).max(1.0);
    // Position from the top, in per cent of the plot's height.
    let top = move |v: f64| 100.0 * (hi - v) / span;
    let zero = top(0.0);
    let mio = |v: f64| format::number(v / 1000.0, 1, lang);
    let columns = years
        .iter()
        .enumerate()
        .map(|(i, y)| {
            let v = y.municipality_net;
            let (bar_top, bar_h) = if v >= 0.0 {
                (top(v), zero - top(v))
            } else {
                (zero, top(v) - zero)
            };
            let range = ranges.get(i).map(|r| {
                let (a, b) = (top(r.municipality_net.high), top(r.municipality_net.low));
                (format!("{a:.2}%"), format!("{:.2}%", (b - a).max(0.0)))
            });
            let title = da_en(
                lang,
                format!(
                    "{}: {} mio. kr. ({})",
                    y.year,
                    mio(v),
                    if v >= 0.0 { "udgift" } else { "besparelse" }
                ),
                format!(
                    "{}: DKK {} million ({})",
                    y.year,
                    mio(v),
                    if v >= 0.0 { "cost" } else { "saving" }
                ),
            );
            Column {
                kind: if v >= 0.0 { "cost" } else { "saving" },
                top: format!("{bar_top:.2}%"),
                height: format!("{:.2}%", bar_h.max(0.4)),
                range,
                value: mio(v),
                title,
            }
        })
        .collect();
    Bars {
        years: years.iter().map(|y| y.year).collect(),
        columns,
        zero: format!("calc({zero:.2} * 6rem / 100)"),
    }
}

#[component]
pub(super) fn NetChart(sel: Memo<Option<Selection>>) -> impl IntoView {
    let state = use_state();
    let all = Memo::new(move |_| {
        let lang = state.lang.get();
        sel.with(|s| s.as_ref().map(|s| bars(s, lang)).unwrap_or_default())
    });
    // Built again for other years or another language; a slider step moves the bars and
    // rewrites their words.
    let years = Memo::new(move |_| all.with(|b| b.years.clone()));
    let column = move |i: usize, pick: fn(&Column) -> String| {
        move || all.with(|b| b.columns.get(i).map(pick).unwrap_or_default())
    };
    move || {
        let lang = state.lang.get();
        let years = years.get();
        if years.is_empty() {
            return None;
        }
        let show_values = years.len() <= VALUES_UP_TO;
        let label_every = years.len().div_ceil(VALUES_UP_TO).max(1);
        // Bars are placed through the CSSOM (style:…), which the content security policy
        // allows; a style attribute it would block.
        let cols = years
            .iter()
            .enumerate()
            .map(|(i, year)| {
                let has_range = move || all.with(|b| b.columns.get(i).is_some_and(|c| c.range.is_some()));
                let range = move |pick: fn(&(String, String)) -> String| {
                    move || all.with(|b| b.columns.get(i).and_then(|c| c.range.as_ref()).map(pick).unwrap_or_default())
                };
                view! {
                    <div class="net-col" title=column(i, |c| c.title.clone())>
                        <div class="net-plot">
                            <span class=column(i, |c| format!("net-bar {}", c.kind)) style:top=column(i, |c| c.top.clone()) style:height=column(i, |c| c.height.clone())></span>
                            <Show when=has_range>
                                <span class="net-range" style:top=range(|r| r.0.clone()) style:height=range(|r| r.1.clone())></span>
                            </Show>
                        </div>
                        <span class="net-value">{show_values.then(|| column(i, |c| c.value.clone()))}</span>
                        <span class="net-year">{(i % label_every == 0).then_some(*year)}</span>
                    </div>
                }
            })
            .collect_view();
        Some(view! {
            <figure class="net-chart" data-testid="net-chart">
                <figcaption>{da_en(lang, "Netto for kommunen pr. år, mio. kr.", "Net for the municipality per year, DKK million")}</figcaption>
                <div class="net-cols">
                    <span class="net-zero" aria-hidden="true" style:top=move || all.with(|b| b.zero.clone())></span>
                    {cols}
                </div>
                <p class="net-legend">
                    <span class="key cost"></span>{da_en(lang, "udgift", "cost")}
                    <span class="key saving"></span>{da_en(lang, "besparelse", "saving")}
                    <span class="key range"></span>{da_en(lang, "lav–høj efter forudsætningerne", "low–high from the assumptions")}
                </p>
            </figure>
        })
    }
}
