//! Colours and text size of a chart: the series of the comparison's charts differ in colour
//! between charts (scenarios in one palette, a total's components in another, each colour-blind
//! safe), stacked components also in pattern, and in workshop mode every text is at least
//! 18 px for a projector.

use wasm_bindgen::JsValue;

use super::ChartKind;

/// Okabe and Ito's palette, for scenarios side by side.
const SCENARIO_COLOURS: [&str; 7] = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000",
];
/// The components of a total: other hues, told apart by pattern as well.
const COMPONENT_COLOURS: [&str; 6] = [
    "#4D4D4D", "#A6761D", "#7570B3", "#1B9E77", "#E7298A", "#66A61E",
];

/// A JavaScript object of these keys and values.
fn object(entries: &[(&str, JsValue)]) -> JsValue {
    let obj = js_sys::Object::new();
    for (key, value) in entries {
        let _ = js_sys::Reflect::set(&obj, &JsValue::from_str(key), value);
    }
    obj.into()
}

/// The ECharts option patch for a chart of this kind, with large text when `big`.
pub(super) fn style_patch(kind: ChartKind, big: bool) -> JsValue {
    let colours: &[&str] = match kind {
        ChartKind::Bars | ChartKind::Lines => &SCENARIO_COLOURS,
        ChartKind::StackedBars => &COMPONENT_COLOURS,
    };
    let size = || object(&[("fontSize", JsValue::from(if big { 18 } else { 12 }))]);
    let mut entries = vec![
        (
            "color",
            colours
                .iter()
                .map(|c| JsValue::from_str(c))
                .collect::<js_sys::Array>()
                .into(),
        ),
        ("textStyle", size()),
        ("xAxis", object(&[("axisLabel", size())])),
        ("yAxis", object(&[("axisLabel", size())])),
        ("legend", object(&[("textStyle", size())])),
    ];
    if kind == ChartKind::StackedBars {
        let decal = object(&[("show", JsValue::TRUE)]);
        entries.push((
            "aria",
            object(&[("enabled", JsValue::TRUE), ("decal", decal)]),
        ));
    }
    object(&entries)
}
