//! The core's ground floor: the basic types every part of the model uses (years, amounts in
//! 1.000 kr., dates as the documents give them, periods, units, budget kinds). This module
//! imports nothing of the model, so the plan, the committee case and the budget follow-up can
//! all stand on it without a circle through `model.rs`, which re-exports it.

use serde::{Deserialize, Serialize};

/// A calendar year, e.g. 2023.
pub type Year = i32;

/// Amounts in the municipality's own unit: thousands of kroner (1.000 kr.).
pub type Tkr = i64;

/// A date as the documents give it: a year, optionally a month, optionally a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct PartialDate {
    pub year: Year,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<u8>,
}

impl PartialDate {
    pub const fn year(year: Year) -> Self {
        Self {
            year,
            month: None,
            day: None,
        }
    }

    pub const fn month(year: Year, month: u8) -> Self {
        Self {
            year,
            month: Some(month),
            day: None,
        }
    }

    pub const fn day(year: Year, month: u8, day: u8) -> Self {
        Self {
            year,
            month: Some(month),
            day: Some(day),
        }
    }
}

/// The years a plan covers, both inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub start: Year,
    pub end: Year,
}

impl Period {
    pub fn contains(&self, year: Year) -> bool {
        (self.start..=self.end).contains(&year)
    }
}

/// The unit of a target's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// Full-year persons (helårspersoner / fuldtidspersoner).
    FullYearPersons,
    /// Persons counted at a point in time.
    Persons,
    /// Firms.
    Firms,
    /// Percent of a group.
    Percent,
    /// Percentage points.
    PercentagePoints,
    /// A number of things that are neither persons nor firms ("antal", e.g. meetings held).
    Count,
}

/// Which part of the budget a line belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BudgetKind {
    /// Serviceudgift (konto 6: administration and staff).
    Service,
    /// Overførselsudgift (konto 5: benefits), excluding insured unemployed.
    Transfer,
    /// Forsikrede ledige.
    InsuredUnemployed,
}

impl BudgetKind {
    pub const ALL: [BudgetKind; 3] = [
        BudgetKind::Service,
        BudgetKind::Transfer,
        BudgetKind::InsuredUnemployed,
    ];
}
