//! Target follow-up (målopfølgning): every measure of the plan against the imported figures,
//! grouped by theme like the committee's monthly key-figure report, and one measure's path
//! against the whole country and the comparable municipalities with a table beside the chart.
//!
//! This file holds the view, which shows either the overview or one measure, and the helpers
//! both use; the overview and the measure's detail have a file each.

mod detail;
mod entry;
mod fetch;
mod overview;
mod picker;
mod seeded;

use detail::MeasureDetail;
use overview::Overview;

use leptos::prelude::*;
use plan_core::indicators::follow::{goal_text, required_value};
use plan_core::indicators::{follow_all, FollowStatus, Followed, ObsPeriod};
use plan_core::Part;
use plan_core::{format, Lang, Unit, Workspace};

use super::common::{CsvButton, StatusBadge, Tone};
use crate::chart::{ChartKind, ChartSeries, SeriesChart};
use crate::i18n::da_en;
use crate::state::{set_route_param, use_state};

fn value_text(v: f64, lang: Lang) -> String {
    format::number_trim(v, 2, lang)
}

/// A follow-up status as the outlined badge, coloured by plan-core's `FollowStatus::colour`.
fn follow_badge(status: FollowStatus, lang: Lang) -> impl IntoView {
    status_badge(status, status.label(lang).to_owned())
}

/// A followed target's status as the outlined badge, in the words of
/// `Followed::status_text` (for a linked target without the figures it needs, the series it
/// lacks: "Mangler tal for hele landet").
fn status_badge(status: FollowStatus, text: String) -> impl IntoView {
    view! {
        <StatusBadge tone=Tone::of_colour_name(status.colour()) label=text outlined=true />
    }
}

#[component]
pub fn FollowView() -> impl IntoView {
    let state = use_state();
    let content = move || {
        let selected = state.route.with(|r| r.param("maal").map(str::to_owned));
        match selected {
            Some(id)
                if state
                    .with_parts(&[Part::Plan], |w| w.measures().any(|(_, _, m)| m.id == id)) =>
            {
                view! { <MeasureDetail id /> }.into_any()
            }
            _ => view! { <Overview /> }.into_any(),
        }
    };
    view! { <div data-testid="follow-view">{content}</div> }
}
