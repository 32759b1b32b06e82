//! Pieces several views share: the status badge, the banner and the CSV button.
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

/// How a banner reads: all done, take note, something went wrong, or just a box around
/// something to look at (a file's contents before it is used).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BannerKind {
    Ok,
    Warn,
    Error,
    /// The banner's box without a colour: `class="banner"`.
    Plain,
}

impl BannerKind {
    fn class(self) -> &'static str {
        match self {
            BannerKind::Ok => "banner ok",
            BannerKind::Warn => "banner warn",
            BannerKind::Error => "banner error",
            BannerKind::Plain => "banner",
        }
    }
}

/// A message across the view: `<div class="banner ok|warn|error" role=…>` (`class="banner"` for
/// [`BannerKind::Plain`]). Errors and warnings
/// that need an answer are alerts; news (done, kept) is a status that screen readers announce
/// politely. A banner that is part of what the user is doing right now (a preview to confirm,
/// a note beside what was read) is `quiet`: it has no role and is not announced.
#[component]
pub fn Banner(
    kind: BannerKind,
    /// A `data-testid` for the banner.
    #[prop(optional)]
    testid: Option<&'static str>,
    /// `role="status"` instead of the kind's own (alert for warnings and errors, status for
    /// the others).
    #[prop(optional)]
    status: bool,
    /// No role at all: the banner is not announced (`live` can still make it a live region).
    #[prop(optional)]
    quiet: bool,
    /// An `aria-live` value ("polite") for a quiet banner whose text changes in place.
    #[prop(optional)]
    live: Option<&'static str>,
    /// A `data-kind` that tells banners of one testid apart (which startup notice it is).
    #[prop(optional)]
    data_kind: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let role = match kind {
        _ if quiet => None,
        BannerKind::Warn | BannerKind::Error if !status => Some("alert"),
        _ => Some("status"),
    };
    view! {
        <div class=kind.class() role=role aria-live=live data-testid=testid data-kind=data_kind>
            {children()}
        </div>
    }
}

/// "Hent … (CSV)": offers a table's figures as a CSV file (made when clicked) for Danish
/// Excel. A refused download is said on the page.
#[component]
pub fn CsvButton(
    /// The file name, e.g. "maal-m-kth.csv".
    file: String,
    /// The button's words in the UI language.
    #[prop(into)]
    label: String,
    testid: &'static str,
    /// The file's text (without the byte-order mark, which is added).
    csv: Callback<(), String>,
    /// The button's classes; "secondary" when not given, none at all when empty.
    #[prop(optional, into)]
    class: Option<String>,
) -> impl IntoView {
    let class = match class {
        None => Some("secondary".to_owned()),
        Some(c) if c.is_empty() => None,
        c => c,
    };
    let state = crate::state::use_state();
    let save = move |_| {
        let text = csv.run(());
        // One byte-order mark, whether or not the text already has it.
        let text = if text.starts_with('\u{feff}') {
            text
        } else {
            format!("\u{feff}{text}")
        };
        crate::views::offer_download(state, &file, "text/csv;charset=utf-8", &text);
    };
    view! {
        <button class=class data-testid=testid on:click=save>
            {label}
        </button>
    }
}

/// How long a [`Later`] part waits for an idle moment at most (ms).
pub const LATER_LATEST_MS: u32 = 250;

/// A part of a long view below its first screen, built after the first screen is painted: in
/// its own task once the page is idle (at the latest after [`LATER_LATEST_MS`]), so the first
/// screen shows sooner and a click is answered between the parts. Until then an empty
/// placeholder marks the view as still being built (`aria-busy`); tests wait for it to go.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(false);
    crate::idle::after_paint(
        move || {
            // The view may be gone by now (another view was opened).
            let _ = ready.try_set(true);
        },
        LATER_LATEST_MS,
    );
    move || {
        if ready.get() {
            children().into_any()
        } else {
            view! { <div class="later" aria-busy="true"></div> }.into_any()
        }
    }
}
