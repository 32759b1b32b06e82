//! The pure core of the plan-and-budget app: the model of the employment plan, the status
//! sheets and the budget, the embedded default data, how saved data is read and migrated,
//! and Danish number and date formatting. Nothing here knows about a browser.

pub mod agreement;
pub mod basic;
pub mod budget_agreement;
pub mod casefold;
pub mod codes;
pub mod committee;
pub mod defaults;
pub mod followup;
pub mod format;
pub mod guard;
pub mod history;
pub mod ids;
pub mod indicators;
pub mod input;
pub mod json_value;
pub mod model;
pub mod people_csv;
pub mod persist;
pub mod plan_case;
pub mod plan_edit;
pub mod plan_entries;
pub mod scenarios;
pub mod share;
pub mod shared;
pub mod single_file;
pub mod source;
pub mod workspace;

pub use history::History;
pub use model::*;
pub use persist::{LoadError, LoadOutcome, SCHEMA_VERSION};
pub use shared::Shared;
pub use source::Source;
pub use workspace::Part;

/// The UI language. Danish first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    #[default]
    Da,
    En,
}

impl Lang {
    /// The Danish or the English of two texts (fixed words or formatted sentences alike).
    pub fn pick<T>(self, da: T, en: T) -> T {
        match self {
            Lang::Da => da,
            Lang::En => en,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }
}
