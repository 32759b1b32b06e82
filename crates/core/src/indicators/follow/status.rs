//! Where a followed measure stands ([`FollowStatus`]), with its label and colour; the rules
//! that decide it are in the parent module.

use crate::Lang;

/// Where a measure stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FollowStatus {
    /// The deadline has passed and the target was met.
    Met,
    /// Before the deadline: the target is met now, and the trend keeps it met.
    OnTrack,
    /// Before the deadline: not met now but the trend reaches it, met now but the trend
    /// leaves it, or close to it.
    AtRisk,
    /// Before the deadline: not met and the trend does not reach it.
    OffTrack,
    /// The deadline has passed and the target was not met.
    Missed,
    /// Linked, but no figures for the municipality (or, for a target against the national
    /// average, for the country).
    NoData,
    /// No indicator linked.
    NotLinked,
    /// The document's baseline is the only figure: no indicator linked, or no imported
    /// figures for the municipality.
    BaselineOnly,
}

impl FollowStatus {
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (FollowStatus::Met, Lang::Da) => "Nået",
            (FollowStatus::Met, Lang::En) => "Met",
            (FollowStatus::OnTrack, Lang::Da) => "På rette spor",
            (FollowStatus::OnTrack, Lang::En) => "On track",
            (FollowStatus::AtRisk, Lang::Da) => "I risiko",
            (FollowStatus::AtRisk, Lang::En) => "At risk",
            (FollowStatus::OffTrack, Lang::Da) => "Ikke på rette spor",
            (FollowStatus::OffTrack, Lang::En) => "Off track",
            (FollowStatus::Missed, Lang::Da) => "Ikke nået",
            (FollowStatus::Missed, Lang::En) => "Missed",
            (FollowStatus::NoData, Lang::Da) => "Ingen tal",
            (FollowStatus::NoData, Lang::En) => "No figures",
            (FollowStatus::NotLinked, Lang::Da) => "Ikke koblet",
            (FollowStatus::NotLinked, Lang::En) => "Not linked",
            (FollowStatus::BaselineOnly, Lang::Da) => "Kun udgangspunkt",
            (FollowStatus::BaselineOnly, Lang::En) => "Baseline only",
        }
    }

    /// A CSS-friendly code: green, yellow, red or grey.
    pub fn colour(self) -> &'static str {
        match self {
            FollowStatus::Met | FollowStatus::OnTrack => "green",
            FollowStatus::AtRisk => "yellow",
            FollowStatus::OffTrack | FollowStatus::Missed => "red",
            FollowStatus::NoData | FollowStatus::NotLinked | FollowStatus::BaselineOnly => "grey",
        }
    }
}
