//! Chart adapter: charming renders through the ECharts script the app serves itself
//! (public copy of npm `echarts`, never a CDN). Every chart has a table beside it.
//! Numbers on axes and in tooltips are formatted by plan-core's Danish/English formatter,
//! passed to ECharts as wasm closures (no `eval`, so a strict content security policy holds).

mod load;
mod style;

use load::echarts_ready;
pub use load::ECHARTS_FILE;
use style::style_patch;

use std::cell::RefCell;

use charming::component::{Axis, Grid, Legend};
use charming::element::{AxisType, Tooltip, Trigger};
use charming::series::{Bar, Line};
use charming::{Chart, Echarts, WasmRenderer};
use leptos::html::Div;
use leptos::prelude::*;

use plan_core::{format, Lang};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// The same ECharts instance as charming's `Echarts`, with `setOption` for patches.
    type EchartsInstance;
    #[wasm_bindgen(method, js_name = setOption)]
    fn set_option(this: &EchartsInstance, option: &JsValue);
    #[wasm_bindgen(method, js_name = setOption)]
    fn set_option_with(this: &EchartsInstance, option: &JsValue, opts: &JsValue);
    #[wasm_bindgen(method)]
    fn resize(this: &EchartsInstance, opts: &JsValue);
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
    // A chart follows an edit at once: no transitions after the first drawing (an animated
    // update costs a redraw in every frame it runs, and a drag starts one per move).
    set(&patch, "animation", &JsValue::FALSE);
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
/// The chart is made once; when its figures change (an edit), the same ECharts instance is
/// given the new figures, so a drag redraws the bars instead of building a new chart.
#[component]
pub fn SeriesChart(
    id: String,
    title: String,
    lang: Lang,
    kind: ChartKind,
    #[prop(into)] categories: Signal<Vec<String>>,
    #[prop(into)] series: Signal<Vec<ChartSeries>>,
) -> impl IntoView {
    let node = NodeRef::<Div>::new();
    let dom_id = id.clone();
    // The ECharts instance, and what it was drawn with (the width is read once: reading it
    // forces a layout).
    let instance = StoredValue::new_local(None::<Drawn>);
    // Whether the chart is (nearly) on screen: a chart out of view is not drawn, and not
    // redrawn on every edit (a drag would redraw every chart on the page); it is drawn, or
    // catches up, as soon as it comes into view. So a page opens without drawing the charts
    // below the fold, and without loading ECharts while none is in view.
    let visible = RwSignal::new(false);
    watch_visibility(node, visible);
    let state = crate::state::use_state();
    Effect::new(move |_| {
        let Some(el) = node.get() else { return };
        let big = state.workshop.with(|w| w.is_some());
        if !visible.get() || !echarts_ready() {
            return;
        }
        let categories = categories.get();
        let series = series.get();
        let names: Vec<String> = series.iter().map(|s| s.name.clone()).collect();
        let width = instance
            .with_value(|i| i.as_ref().map(|d| d.width))
            .unwrap_or_else(|| el.client_width().max(280) as u32);
        // Room below the plot for the legend, which wraps its entries (about 6 px a character
        // and 40 px for the symbol and gap per entry).
        let legend_lines = legend_lines(names.iter().map(|n| n.chars().count()), width);
        let height = 280 + 22 * legend_lines;
        let updated = instance.with_value(|i| {
            let d = i.as_ref()?;
            let echarts = d.echarts.unchecked_ref::<EchartsInstance>();
            if d.height != height {
                el.style(("height", format!("{height}px")));
                let size = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&size, &"height".into(), &JsValue::from(height));
                echarts.resize(&size);
            }
            // No events for a change the page itself made.
            let opts = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&opts, &"silent".into(), &JsValue::TRUE);
            if d.big != big {
                echarts.set_option_with(&style_patch(kind, big), &opts);
            }
            if d.names == names && d.categories == categories {
                // The same series over the same years: only their figures are new.
                echarts.set_option_with(&data_only(&series), &opts);
            } else {
                // Series that are gone (a scenario taken out) go from the chart too.
                let _ = js_sys::Reflect::set(
                    &opts,
                    &"replaceMerge".into(),
                    &js_sys::Array::of1(&"series".into()),
                );
                let chart = build(kind, &categories, &series, legend_lines);
                match serde_wasm_bindgen::to_value(&chart) {
                    Ok(option) => echarts.set_option_with(&option, &opts),
                    Err(e) => leptos::logging::warn!("chart {dom_id} not updated: {e}"),
                }
            }
            Some(())
        });
        if updated.is_some() {
            instance.update_value(|i| {
                if let Some(d) = i {
                    d.big = big;
                    d.height = height;
                    d.names = names;
                    d.categories = categories;
                }
            });
            return;
        }
        el.style(("height", format!("{height}px")));
        let chart = build(kind, &categories, &series, legend_lines);
        match WasmRenderer::new(width, height).render(&dom_id, &chart) {
            Ok(echarts) => {
                localise_numbers(&echarts, lang);
                echarts
                    .unchecked_ref::<EchartsInstance>()
                    .set_option(&style_patch(kind, big));
                instance.set_value(Some(Drawn {
                    big,
                    echarts,
                    width,
                    height,
                    names,
                    categories,
                }));
            }
            Err(e) => leptos::logging::warn!("chart {dom_id} could not be drawn: {e:?}"),
        }
    });
    let file = format!("{id}.csv");
    let save = move |_| {
        let csv = chart_csv(&categories.get_untracked(), &series.get_untracked(), lang);
        crate::views::offer_download(state, &file, "text/csv;charset=utf-8", &csv);
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

/// Keeps `visible` in step with whether the element is (nearly) on screen; before the page
/// is printed, every chart counts as on screen (so each is drawn, and current, on paper).
fn watch_visibility(node: NodeRef<Div>, visible: RwSignal<bool>) {
    Effect::new(move |_| {
        let Some(el) = node.get() else { return };
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            if let Some(entry) = entries
                .iter()
                .last()
                .and_then(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok())
            {
                visible.set(entry.is_intersecting());
            }
        });
        let options = web_sys::IntersectionObserverInit::new();
        // A little ahead of the viewport, so a chart is current by the time it scrolls in.
        options.set_root_margin("200px");
        let Ok(observer) = web_sys::IntersectionObserver::new_with_options(
            callback.as_ref().unchecked_ref(),
            &options,
        ) else {
            // Without an observer every chart is drawn and kept current.
            visible.set(true);
            return;
        };
        observer.observe(&el);
        let before_print = Closure::<dyn FnMut()>::new(move || visible.set(true));
        if let Some(w) = web_sys::window() {
            let _ = w.add_event_listener_with_callback(
                "beforeprint",
                before_print.as_ref().unchecked_ref(),
            );
        }
        let observer = send_wrapper::SendWrapper::new(observer);
        let callback = send_wrapper::SendWrapper::new(callback);
        let before_print = send_wrapper::SendWrapper::new(before_print);
        on_cleanup(move || {
            observer.disconnect();
            drop(callback);
            if let Some(w) = web_sys::window() {
                let _ = w.remove_event_listener_with_callback(
                    "beforeprint",
                    before_print.as_ref().unchecked_ref(),
                );
            }
            drop(before_print);
        });
    });
}

/// A drawn chart: its ECharts instance and what it was drawn with.
struct Drawn {
    /// Drawn with workshop mode's large text.
    big: bool,
    echarts: charming::Echarts,
    width: u32,
    height: u32,
    names: Vec<String>,
    categories: Vec<String>,
}

/// An option patch with the series' figures only (`{series: [{data: [...]}, ...]}`), merged
/// into the chart's option in place.
fn data_only(series: &[ChartSeries]) -> JsValue {
    let list = js_sys::Array::new();
    for s in series {
        let entry = js_sys::Object::new();
        let data: js_sys::Array = s.values.iter().map(|v| JsValue::from_f64(*v)).collect();
        let _ = js_sys::Reflect::set(&entry, &"data".into(), &data);
        list.push(&entry);
    }
    let patch = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&patch, &"series".into(), &list);
    patch.into()
}

/// The chart's option: axes, legend, tooltip and one series per [`ChartSeries`].
fn build(
    kind: ChartKind,
    categories: &[String],
    series: &[ChartSeries],
    legend_lines: u32,
) -> Chart {
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
                .data(categories.to_vec()),
        )
        .y_axis(Axis::new().type_(AxisType::Value));
    for s in series {
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
    chart
}

/// The figures of a chart as CSV the way Danish Excel reads it: `;` between columns, decimal
/// comma in Danish, a byte-order mark so the letters come out right.
pub fn chart_csv(categories: &[String], series: &[ChartSeries], lang: Lang) -> String {
    use plan_core::people_csv;
    let mut rows = Vec::with_capacity(categories.len() + 1);
    let mut header = vec![String::new()];
    header.extend(series.iter().map(|s| people_csv::text(&s.name)));
    rows.push(header);
    for (i, c) in categories.iter().enumerate() {
        let mut row = vec![people_csv::text(c)];
        row.extend(series.iter().map(|s| {
            s.values
                .get(i)
                .filter(|v| v.is_finite())
                .map(|v| people_csv::number(*v, 4, lang))
                .unwrap_or_default()
        }));
        rows.push(row);
    }
    people_csv::document(&rows)
}
