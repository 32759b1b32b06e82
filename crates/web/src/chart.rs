//! Chart adapter: charming renders through the ECharts script the app serves itself
//! (public copy of npm `echarts`, never a CDN). Every chart has a table beside it.

use charming::component::{Axis, Legend};
use charming::element::{AxisType, Tooltip, Trigger};
use charming::series::Bar;
use charming::{Chart, WasmRenderer};
use leptos::html::Div;
use leptos::prelude::*;

/// A grouped bar chart: one bar series per entry of `series`, one group per category.
#[component]
pub fn BarChart(
    id: &'static str,
    title: String,
    categories: Vec<String>,
    series: Vec<(String, Vec<i64>)>,
) -> impl IntoView {
    let node = NodeRef::<Div>::new();
    Effect::new(move |_| {
        let Some(el) = node.get() else { return };
        let width = el.client_width().max(280) as u32;
        let mut chart = Chart::new()
            .tooltip(Tooltip::new().trigger(Trigger::Axis))
            .legend(Legend::new().bottom(0))
            .x_axis(
                Axis::new()
                    .type_(AxisType::Category)
                    .data(categories.clone()),
            )
            .y_axis(Axis::new().type_(AxisType::Value));
        for (name, values) in &series {
            chart = chart.series(Bar::new().name(name.as_str()).data(values.clone()));
        }
        if let Err(e) = WasmRenderer::new(width, 320).render(id, &chart) {
            leptos::logging::warn!("chart {id} could not be drawn: {e:?}");
        }
    });
    view! { <div id=id class="chart" node_ref=node role="img" aria-label=title></div> }
}
