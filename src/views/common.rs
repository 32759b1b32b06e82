//! Pieces several views share: the status badge.
//!
//! Every status in the app (an item's colour in the status sheet, a target in a scenario, a
//! measure in the follow-up) is shown with [`StatusBadge`]: the view says which [`Tone`] its
//! status has and what it is called, the badge turns the tone into the classes of
//! public/style.css.

use leptos::prelude::*;
use plan_core::StatusColour;

/// How a status reads at a glance: one colour of the badge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// All is well, met, on track (green).
    Ok,
    /// Done (blue).
    Completed,
    /// Minor deviations, at risk (yellow).
    Minor,
    /// Carried over to a later year (purple).
    CarriedOver,
    /// Not started, missed, off track (red).
    NotStarted,
    /// No status, no figures (grey).
    Neutral,
}

impl Tone {
    /// The tone of a status sheet's colour; no colour is neutral.
    pub fn of_colour(colour: Option<StatusColour>) -> Tone {
        match colour {
            Some(StatusColour::AllOk) => Tone::Ok,
            Some(StatusColour::Completed) => Tone::Completed,
            Some(StatusColour::MinorDeviations) => Tone::Minor,
            Some(StatusColour::CarriedOver) => Tone::CarriedOver,
            Some(StatusColour::NotStarted) => Tone::NotStarted,
            None => Tone::Neutral,
        }
    }

    /// The tone of a colour's name as [`Tone::colour_name`] gives it (and plan-core's
    /// `FollowStatus::colour`); an unknown name is neutral.
    pub fn of_colour_name(name: &str) -> Tone {
        match name {
            "green" => Tone::Ok,
            "blue" => Tone::Completed,
            "yellow" => Tone::Minor,
            "purple" => Tone::CarriedOver,
            "red" => Tone::NotStarted,
            _ => Tone::Neutral,
        }
    }

    /// The filled badge's classes (`.st`, `.st-ok`, … in public/style.css).
    pub fn class(self) -> &'static str {
        match self {
            Tone::Ok => "st st-ok",
            Tone::Completed => "st st-completed",
            Tone::Minor => "st st-minor",
            Tone::CarriedOver => "st st-carried-over",
            Tone::NotStarted => "st st-not-started",
            Tone::Neutral => "st st-none",
        }
    }

    /// The colour's name: the outlined badge's class (`.follow-badge.green`, …) and its
    /// `data-status`.
    pub fn colour_name(self) -> &'static str {
        match self {
            Tone::Ok => "green",
            Tone::Completed => "blue",
            Tone::Minor => "yellow",
            Tone::CarriedOver => "purple",
            Tone::NotStarted => "red",
            Tone::Neutral => "grey",
        }
    }
}

/// A status as a coloured badge: `<span class="st st-ok">Alt OK</span>`, or with `outlined`
/// the follow-up's look, `<span class="follow-badge green" data-status="green">Nået</span>`.
#[component]
pub fn StatusBadge(
    tone: Tone,
    /// The status in words, in the UI language.
    #[prop(into)]
    label: String,
    /// The outlined look of the follow-up (`.follow-badge`) instead of the filled one (`.st`).
    #[prop(optional)]
    outlined: bool,
    /// A `data-testid` for the badge.
    #[prop(optional)]
    testid: Option<&'static str>,
) -> impl IntoView {
    let (class, status) = if outlined {
        let name = tone.colour_name();
        (format!("follow-badge {name}"), Some(name))
    } else {
        (tone.class().to_owned(), None)
    };
    view! { <span class=class data-status=status data-testid=testid>{label}</span> }
}
