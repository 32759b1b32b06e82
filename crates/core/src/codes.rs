//! Stable string codes for the model's choice enums, for form values (`<select>`) and URLs.
//! Shapes, units and status colours are coded by their names in saved data; the budget kinds
//! by the short codes the budget follow-up's forms and test ids use. The choice enums' labels
//! in the UI language (`text(lang)`) are here too.

use crate::followup::{Funds, ReallocationPurpose};
use crate::model::{AmountKind, BudgetKind, Shape, StatusColour, Unit};

impl Shape {
    /// The shape's code, as saved data names it ("share_at_least").
    pub fn code(self) -> &'static str {
        match self {
            Shape::Cap => "cap",
            Shape::Floor => "floor",
            Shape::ShareAtLeast => "share_at_least",
            Shape::ShareAtMost => "share_at_most",
            Shape::GapAboveNationalAtMost => "gap_above_national_at_most",
            Shape::GapBelowNationalAtMost => "gap_below_national_at_most",
            Shape::IncreaseFromBaseline => "increase_from_baseline",
            Shape::DecreaseFromBaseline => "decrease_from_baseline",
            Shape::ChangeAtMostNational => "change_at_most_national",
            Shape::ChangeAtLeastNational => "change_at_least_national",
        }
    }

    /// The shape with this code, if any.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

impl Unit {
    /// Every unit, in the order the plan editor offers them.
    pub const ALL: [Unit; 6] = [
        Unit::FullYearPersons,
        Unit::Persons,
        Unit::Firms,
        Unit::Count,
        Unit::Percent,
        Unit::PercentagePoints,
    ];

    /// The unit's code, as saved data names it ("full_year_persons").
    pub fn code(self) -> &'static str {
        match self {
            Unit::FullYearPersons => "full_year_persons",
            Unit::Persons => "persons",
            Unit::Firms => "firms",
            Unit::Percent => "percent",
            Unit::PercentagePoints => "percentage_points",
            Unit::Count => "count",
        }
    }

    /// The unit with this code, if any.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|u| u.code() == code)
    }
}

impl StatusColour {
    /// The code for no colour, where a form or the URL offers "without a colour".
    pub const NONE_CODE: &'static str = "none";

    /// The colour's code, as saved data names it ("all_ok").
    pub fn code(self) -> &'static str {
        match self {
            StatusColour::NotStarted => "not_started",
            StatusColour::Completed => "completed",
            StatusColour::CarriedOver => "carried_over",
            StatusColour::MinorDeviations => "minor_deviations",
            StatusColour::AllOk => "all_ok",
        }
    }

    /// The code of a colour or of no colour ([`Self::NONE_CODE`]).
    pub fn option_code(colour: Option<Self>) -> &'static str {
        colour.map_or(Self::NONE_CODE, Self::code)
    }

    /// The colour with this code; `None` for [`Self::NONE_CODE`] and for unknown codes.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.code() == code)
    }

    /// The status sheet's colour filter: `""` lets every item through, [`Self::NONE_CODE`]
    /// the items without a colour, a colour's code the items of that colour.
    pub fn matches_filter(filter: &str, colour: Option<Self>) -> bool {
        match filter {
            "" => true,
            Self::NONE_CODE => colour.is_none(),
            code => colour.is_some() && Self::from_code(code) == colour,
        }
    }
}

impl BudgetKind {
    /// The kind's short code in the budget follow-up's forms and test ids ("insured").
    pub fn code(self) -> &'static str {
        match self {
            BudgetKind::Service => "service",
            BudgetKind::Transfer => "transfer",
            BudgetKind::InsuredUnemployed => "insured",
        }
    }

    /// The kind with this code, if any.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// The labels of the choice enums in the UI language (the core's convention for words people
/// read: `text(lang)`).
impl StatusColour {
    /// The colour's label: the status sheet's own word in Danish.
    pub fn text(self, lang: crate::Lang) -> &'static str {
        match lang {
            crate::Lang::Da => self.sheet_label(),
            crate::Lang::En => match self {
                StatusColour::NotStarted => "Not started",
                StatusColour::Completed => "Completed",
                StatusColour::CarriedOver => "Carried over to 2022",
                StatusColour::MinorDeviations => "Minor deviations",
                StatusColour::AllOk => "All OK",
            },
        }
    }

    /// The label of a colour or of none.
    pub fn option_text(colour: Option<Self>, lang: crate::Lang) -> &'static str {
        match (colour, lang) {
            (Some(c), _) => c.text(lang),
            (None, crate::Lang::Da) => "Ikke angivet",
            (None, crate::Lang::En) => "Not given",
        }
    }
}

impl Shape {
    /// How the shape reads, as a short phrase before the value ("højst", "at least").
    pub fn text(self, lang: crate::Lang) -> &'static str {
        use crate::Lang::{Da, En};
        match (lang, self) {
            (Da, Shape::Cap) => "højst",
            (Da, Shape::Floor) => "mindst",
            (Da, Shape::ShareAtLeast) => "andel mindst",
            (Da, Shape::ShareAtMost) => "andel højst",
            (Da, Shape::GapAboveNationalAtMost) => "højst over landsgennemsnittet med",
            (Da, Shape::GapBelowNationalAtMost) => "højst under landsgennemsnittet med",
            (Da, Shape::IncreaseFromBaseline) => "øges til",
            (Da, Shape::DecreaseFromBaseline) => "sænkes til",
            (Da, Shape::ChangeAtMostNational) => "falder mindst som landet, med en margen på",
            (Da, Shape::ChangeAtLeastNational) => "stiger mindst som landet, med en margen på",
            (En, Shape::Cap) => "at most",
            (En, Shape::Floor) => "at least",
            (En, Shape::ShareAtLeast) => "share at least",
            (En, Shape::ShareAtMost) => "share at most",
            (En, Shape::GapAboveNationalAtMost) => "at most above the national average by",
            (En, Shape::GapBelowNationalAtMost) => "at most below the national average by",
            (En, Shape::IncreaseFromBaseline) => "raised to",
            (En, Shape::DecreaseFromBaseline) => "lowered to",
            (En, Shape::ChangeAtMostNational) => {
                "falls at least as much as the country, with a margin of"
            }
            (En, Shape::ChangeAtLeastNational) => {
                "rises at least as much as the country, with a margin of"
            }
        }
    }
}

impl AmountKind {
    /// What the amount on a budget-agreement item is ("Besparelse", "Saving").
    pub fn text(self, lang: crate::Lang) -> &'static str {
        use crate::Lang::{Da, En};
        match (self, lang) {
            (AmountKind::Saving, Da) => "Besparelse",
            (AmountKind::Saving, En) => "Saving",
            (AmountKind::Investment, Da) => "Investering",
            (AmountKind::Investment, En) => "Investment",
            (AmountKind::Addition, Da) => "Tilførsel",
            (AmountKind::Addition, En) => "Addition",
            (AmountKind::Buffer, Da) => "Buffer",
            (AmountKind::Buffer, En) => "Buffer",
            (AmountKind::NetCost, Da) => "Nettoudgift",
            (AmountKind::NetCost, En) => "Net cost",
        }
    }
}

impl ReallocationPurpose {
    /// What the reallocation does, as a short phrase ("dækker merforbrug").
    pub fn text(self, lang: crate::Lang) -> &'static str {
        use crate::Lang::{Da, En};
        match (self, lang) {
            (ReallocationPurpose::CoverOverspend, Da) => "dækker merforbrug",
            (ReallocationPurpose::CoverOverspend, En) => "covers an overspend",
            (ReallocationPurpose::WithTask, Da) => "følger med opgaven",
            (ReallocationPurpose::WithTask, En) => "moves with the task",
        }
    }
}

impl Funds {
    /// Where the money comes from, as a list label ("Kassen"); other funds by their own name.
    pub fn text(&self, lang: crate::Lang) -> &str {
        use crate::Lang::{Da, En};
        match (self, lang) {
            (Funds::CashReserve, Da) => "Kassen",
            (Funds::CashReserve, En) => "The cash reserve",
            (Funds::Other { name }, _) => name,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The name serde gives a unit variant.
    fn serde_name<T: serde::Serialize>(value: T) -> String {
        serde_json::to_value(value)
            .unwrap()
            .as_str()
            .unwrap()
            .to_owned()
    }

    #[test]
    fn codes_round_trip_and_are_the_saved_names() {
        for s in Shape::ALL {
            assert_eq!(Shape::from_code(s.code()), Some(s));
            assert_eq!(s.code(), serde_name(s));
        }
        for u in Unit::ALL {
            assert_eq!(Unit::from_code(u.code()), Some(u));
            assert_eq!(u.code(), serde_name(u));
        }
        for c in StatusColour::ALL {
            assert_eq!(StatusColour::from_code(c.code()), Some(c));
            assert_eq!(c.code(), serde_name(c));
            assert_eq!(StatusColour::option_code(Some(c)), c.code());
        }
        for k in BudgetKind::ALL {
            assert_eq!(BudgetKind::from_code(k.code()), Some(k));
        }
        assert_eq!(StatusColour::option_code(None), "none");
        assert_eq!(StatusColour::from_code("none"), None);
        assert_eq!(Shape::from_code("nope"), None);
        assert_eq!(Unit::from_code(""), None);
        assert_eq!(BudgetKind::from_code("insured_unemployed"), None);
    }

    #[test]
    fn the_colour_filter() {
        let ok = Some(StatusColour::AllOk);
        assert!(StatusColour::matches_filter("", ok));
        assert!(StatusColour::matches_filter("", None));
        assert!(StatusColour::matches_filter("none", None));
        assert!(!StatusColour::matches_filter("none", ok));
        assert!(StatusColour::matches_filter("all_ok", ok));
        assert!(!StatusColour::matches_filter("completed", ok));
        assert!(!StatusColour::matches_filter("all_ok", None));
        assert!(!StatusColour::matches_filter("unknown", None));
    }

    #[test]
    fn the_choice_labels() {
        use crate::Lang::{Da, En};
        assert_eq!(AmountKind::Saving.text(Da), "Besparelse");
        assert_eq!(AmountKind::NetCost.text(En), "Net cost");
        assert_eq!(AmountKind::Addition.text(Da), "Tilførsel");
        assert_eq!(
            ReallocationPurpose::CoverOverspend.text(Da),
            "dækker merforbrug"
        );
        assert_eq!(
            ReallocationPurpose::WithTask.text(En),
            "moves with the task"
        );
        assert_eq!(Funds::CashReserve.text(Da), "Kassen");
        assert_eq!(Funds::CashReserve.text(En), "The cash reserve");
        let other = Funds::Other {
            name: "Puljen".into(),
        };
        assert_eq!(other.text(En), "Puljen");
    }
}
