//! Chart adapter: charming renders through the ECharts script the app serves itself
//! (public copy of npm `echarts`, never a CDN). Every chart has a table beside it.
//! Numbers on axes and in tooltips are formatted by plan-core's Danish/English formatter,
//! passed to ECharts as wasm closures (no `eval`, so a strict content security policy holds).

use std::cell::RefCell;

use charming::component::{Axis, Grid, Legend};
use charming::element::{AxisType, Tooltip, Trigger};
use charming::series::{Bar, Line};
use charming::{Chart, Echarts, WasmRenderer};
use leptos::html::Div;
use leptos::prelude::*;
use plan_core::{format, Lang};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// The same ECharts instance as charming's `Echarts`, with `setOption` for patches.
    type EchartsInstance;
    #[wasm_bindgen(method, js_name = setOption)]
    fn set_option(this: &EchartsInstance, option: &JsValue);
}

thread_local! {
    /// One number formatter per language, made once and kept for the page's lifetime.
    static FORMATTERS: RefCell<Vec<(Lang, JsValue)>> = const { RefCell::new(Vec::new()) };
}

fn number_formatter(lang: Lang) -> JsValue {
    FORMATTERS.with(|f| {
        let mut f = f.borrow_mut();
        if let Some((_, js)) = f.iter().find(|(l, _)| *l == lang) {
            return js.clone();
        }
        let closure = Closure::<dyn Fn(JsValue) -> String>::new(move |v: JsValue| {
            v.as_f64()
                .map(|n| format::number_trim(n, 1, lang))
                .unwrap_or_default()
        });
        let js = closure.into_js_value();
        f.push((lang, js.clone()));
        js
    })
}

/// Makes ECharts write numbers the way the UI language does.
fn localise_numbers(echarts: &Echarts, lang: Lang) {
    let fmt = number_formatter(lang);
    let set = |obj: &js_sys::Object, key: &str, value: &JsValue| {
        let _ = js_sys::Reflect::set(obj, &JsValue::from_str(key), value);
    };
    let patch = js_sys::Object::new();
    let axis_label = js_sys::Object::new();
    set(&axis_label, "formatter", &fmt);
    let y_axis = js_sys::Object::new();
    set(&y_axis, "axisLabel", &axis_label);
    set(&patch, "yAxis", &y_axis);
    let tooltip = js_sys::Object::new();
    set(&tooltip, "valueFormatter", &fmt);
    set(&patch, "tooltip", &tooltip);
    echarts
        .unchecked_ref::<EchartsInstance>()
        .set_option(&patch);
}

/// How many lines a wrapped legend of entries with these name lengths takes.
fn legend_lines(names: impl Iterator<Item = usize>, width: u32) -> u32 {
    let mut lines = 0;
    let mut used = u32::MAX;
    for chars in names {
        let w = chars as u32 * 6 + 40;
        if used.saturating_add(w) > width {
            lines += 1;
            used = w;
        } else {
            used += w;
        }
    }
    lines.max(1)
}

/// One series of a chart. Bars with the same `stack` are stacked on each other (used with
/// [`ChartKind::StackedBars`]; series without one get a stack of their own).
#[derive(Debug, Clone, PartialEq)]
pub struct ChartSeries {
    pub name: String,
    pub stack: Option<String>,
    pub values: Vec<f64>,
}

impl ChartSeries {
    pub fn new(name: impl Into<String>, values: Vec<f64>) -> Self {
        Self {
            name: name.into(),
            stack: None,
            values,
        }
    }

    pub fn stacked(mut self, stack: impl Into<String>) -> Self {
        self.stack = Some(stack.into());
        self
    }
}

/// How a chart draws its series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    /// Bars side by side.
    Bars,
    /// Bars stacked on each other (components of a total).
    StackedBars,
    /// Lines (paths over time).
    Lines,
}

/// A chart of one or more series over categories (usually years). Values are drawn as given.
#[component]
pub fn SeriesChart(
    id: String,
    title: String,
    lang: Lang,
    kind: ChartKind,
    categories: Vec<String>,
    series: Vec<ChartSeries>,
) -> impl IntoView {
    let node = NodeRef::<Div>::new();
    let dom_id = id.clone();
    let categories_for_csv = categories.clone();
    let series_for_csv = series.clone();
    Effect::new(move |_| {
        let Some(el) = node.get() else { return };
        let width = el.client_width().max(280) as u32;
        // Room below the plot for the legend, which wraps its entries (about 6 px a character
        // and 40 px for the symbol and gap per entry).
        let legend_lines = legend_lines(series.iter().map(|s| s.name.chars().count()), width);
        let height = 280 + 22 * legend_lines;
        let mut chart = Chart::new()
            .tooltip(Tooltip::new().trigger(Trigger::Axis))
            .legend(Legend::new().bottom(0))
            .grid(
                Grid::new()
                    .left(70)
                    .right(20)
                    .top(20)
                    .bottom(40 + 22 * legend_lines as i64),
            )
            .x_axis(
                Axis::new()
                    .type_(AxisType::Category)
                    .data(categories.clone()),
            )
            .y_axis(Axis::new().type_(AxisType::Value));
        for s in &series {
            let name = s.name.as_str();
            chart = match kind {
                ChartKind::Bars => chart.series(Bar::new().name(name).data(s.values.clone())),
                ChartKind::StackedBars => chart.series(
                    Bar::new()
                        .name(name)
                        .stack(s.stack.clone().unwrap_or_else(|| s.name.clone()))
                        .data(s.values.clone()),
                ),
                ChartKind::Lines => chart.series(Line::new().name(name).data(s.values.clone())),
            };
        }
        el.style(("height", format!("{height}px")));
        match WasmRenderer::new(width, height).render(&dom_id, &chart) {
            Ok(echarts) => localise_numbers(&echarts, lang),
            Err(e) => leptos::logging::warn!("chart {dom_id} could not be drawn: {e:?}"),
        }
    });
    let csv = chart_csv(&categories_for_csv, &series_for_csv, lang);
    let file = format!("{id}.csv");
    let save = move |_| {
        let _ = crate::views::download(&file, "text/csv;charset=utf-8", &csv);
    };
    view! {
        <div class="chart-box">
            <div id=id.clone() class="chart" node_ref=node role="img" aria-label=title.clone()></div>
            <button class="secondary small chart-csv" data-testid=format!("{id}-csv") on:click=save>
                {crate::i18n::da_en(lang, "Hent figurens tal (CSV)", "Download the chart's figures (CSV)")}
                <span class="visually-hidden">": " {title}</span>
            </button>
        </div>
    }
}

/// The figures of a chart as CSV the way Danish Excel reads it: `;` between columns, decimal
/// comma in Danish, a byte-order mark so the letters come out right.
pub fn chart_csv(categories: &[String], series: &[ChartSeries], lang: Lang) -> String {
    let cell = |s: &str| {
        if s.contains([';', '"', '\n']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_owned()
        }
    };
    let mut out = String::from("\u{feff}");
    let mut header = vec![String::new()];
    header.extend(series.iter().map(|s| cell(&s.name)));
    out += &header.join(";");
    out.push('\n');
    for (i, c) in categories.iter().enumerate() {
        let mut row = vec![cell(c)];
        row.extend(series.iter().map(|s| {
            s.values
                .get(i)
                .filter(|v| v.is_finite())
                .map(|v| format::number_trim(*v, 4, lang).replace('\u{2212}', "-"))
                .unwrap_or_default()
        }));
        out += &row.join(";");
        out.push('\n');
    }
    out
}
