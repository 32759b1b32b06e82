//! The shapes a measurable target can take (a cap, a floor, a share, a gap to the national
//! average, a change from a baseline or against the country's development).

use serde::{Deserialize, Serialize};

/// How a target's value is to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Shape {
    /// The indicator must be at most the value ("max 889 helårspersoner").
    Cap,
    /// The indicator must be at least the value ("mindst 300 partnerskabsvirksomheder").
    Floor,
    /// A share in percent that must be at least the value ("mindst 15% i lønnede timer").
    ShareAtLeast,
    /// A share in percent that must be at most the value ("frafaldet sænket til 25 %").
    ShareAtMost,
    /// At most `value` percentage points above the national average (0 = at or below it).
    GapAboveNationalAtMost,
    /// At most `value` percentage points below the national average (0 = at or above it).
    GapBelowNationalAtMost,
    /// From the baseline up to the value.
    IncreaseFromBaseline,
    /// From the baseline down to the value.
    DecreaseFromBaseline,
    /// A development between two dates ([`Measure::from`] to the deadline) at least as good
    /// as the whole country's over the same dates, where a fall is better (benefit
    /// recipients, unemployed): the municipality's change in percent must be at most the
    /// country's change plus `value` percentage points ("Udviklingen i ledige personer fra
    /// december 2015 til december 2016 skal være på samme eller mere positivt niveau end på
    /// landsplan": 0). A strict "mere positiv end" is read as "at least as positive as"
    /// (also 0): the figures the documents follow are not precise enough to tell a tie.
    ChangeAtMostNational,
    /// As [`Shape::ChangeAtMostNational`], where a rise is better: the municipality's change
    /// in percent must be at least the country's change minus `value` percentage points.
    ChangeAtLeastNational,
}

impl Shape {
    pub const ALL: [Shape; 10] = [
        Shape::Cap,
        Shape::Floor,
        Shape::ShareAtLeast,
        Shape::ShareAtMost,
        Shape::GapAboveNationalAtMost,
        Shape::GapBelowNationalAtMost,
        Shape::IncreaseFromBaseline,
        Shape::DecreaseFromBaseline,
        Shape::ChangeAtMostNational,
        Shape::ChangeAtLeastNational,
    ];

    /// Whether a higher actual value is better for this shape.
    pub fn higher_is_better(self) -> bool {
        matches!(
            self,
            Shape::Floor
                | Shape::ShareAtLeast
                | Shape::GapBelowNationalAtMost
                | Shape::IncreaseFromBaseline
                | Shape::ChangeAtLeastNational
        )
    }

    /// Whether the target is read against the whole country's figures (a gap to the
    /// national average, or a development against the country's).
    pub fn is_relative_to_national(self) -> bool {
        matches!(
            self,
            Shape::GapAboveNationalAtMost
                | Shape::GapBelowNationalAtMost
                | Shape::ChangeAtMostNational
                | Shape::ChangeAtLeastNational
        )
    }

    /// Whether the target is a development between two dates against the country's
    /// development (its value is a margin in percentage points).
    pub fn is_development(self) -> bool {
        matches!(
            self,
            Shape::ChangeAtMostNational | Shape::ChangeAtLeastNational
        )
    }

    /// Whether the target needs a baseline to be meaningful.
    pub fn needs_baseline(self) -> bool {
        matches!(
            self,
            Shape::IncreaseFromBaseline | Shape::DecreaseFromBaseline
        )
    }
}
