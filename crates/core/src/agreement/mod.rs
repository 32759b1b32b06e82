//! The development agreement of seed 002, "Udviklingsaftale 2016": a plan document of its
//! own kind. Four sections (Jobcenter; Integration og netværk; Center for Børn og Familie,
//! Voksne with three agreements; Center for Kultur, Fritid og Borgerservice), each agreement
//! with its political goal, objectives, links to policies, and target groups with their
//! interventions, deadlines, effect headings and effect indicators.
//!
//! Each effect indicator is a plan [`crate::model::Target`]: the document's sentence and the
//! measures that can be measured in it, followed against imported figures as the plan's are
//! ([`follow_agreement`]). The developments "fra december 2015 til december 2016" are the
//! shapes [`crate::model::Shape::ChangeAtMostNational`] and
//! [`crate::model::Shape::ChangeAtLeastNational`].
//!
//! The whole document is transcribed in `data/udviklingsaftale-2016.json`; the tests check
//! every text against the seed. All ids begin with `ua16-`, so links to imported indicators
//! (kept by measure id) never mix the agreement's measures with the plan's.

mod edit;
mod follow;
mod model;
mod text_edit;

pub use edit::{
    add_indicator, add_measure, add_target_group, ids, new_id, period, remove_indicator,
    remove_measure, remove_target_group, set_measure, validate,
};
pub use follow::{follow_agreement, link_agreement, FollowedIndicator};
pub use model::{
    Agreement, DevelopmentAgreement, Effect, Passage, Place, Point, Section, TargetGroup,
};
pub use text_edit::{field_id, has_markup, set_text, text, TextField};

/// The seed document the agreement is transcribed from.
pub const SEED_FILE: &str = "002_498300ecb586b988.txt";

/// The embedded agreement, as JSON.
pub const DEFAULT_AGREEMENT_JSON: &str = include_str!("../../data/udviklingsaftale-2016.json");

/// Udviklingsaftale 2016 of Slagelse Kommune, as the seed document has it.
pub fn default_agreement() -> DevelopmentAgreement {
    serde_json::from_str(DEFAULT_AGREEMENT_JSON)
        .expect("the embedded development agreement is valid (checked by the tests)")
}
