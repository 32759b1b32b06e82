//! What the committee decided on a recommendation, and when.
//!
//! A decision is dated with the model's [`PartialDate`], given to the day. That is the date
//! type every other part of the data uses (it orders by year, month and day, is formatted
//! the Danish way by [`crate::format::date`], and is stored the same way in the JSON); a
//! decision is taken at a meeting on a given day, so a decision's date must have its month
//! and day and be a date the calendar has ([`is_real_date`]). [`parse_iso_date`] reads the
//! "YYYY-MM-DD" a date input gives, and [`iso_date`] writes it back.

use serde::{Deserialize, Serialize};

use crate::basic::PartialDate;
use crate::format;
use crate::Lang;

/// The status of a recommendation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DecisionStatus {
    /// No decision yet: the status of a recommendation without decisions.
    #[default]
    Pending,
    Approved,
    NotApproved,
    Postponed,
    ApprovedWithChanges,
}

impl DecisionStatus {
    pub const ALL: [DecisionStatus; 5] = [
        DecisionStatus::Pending,
        DecisionStatus::Approved,
        DecisionStatus::NotApproved,
        DecisionStatus::Postponed,
        DecisionStatus::ApprovedWithChanges,
    ];

    /// The statuses a decision can record (all but pending, which is the absence of one).
    pub const RECORDABLE: [DecisionStatus; 4] = [
        DecisionStatus::Approved,
        DecisionStatus::NotApproved,
        DecisionStatus::Postponed,
        DecisionStatus::ApprovedWithChanges,
    ];

    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (DecisionStatus::Pending, Lang::Da) => "Afventer",
            (DecisionStatus::Pending, Lang::En) => "Pending",
            (DecisionStatus::Approved, Lang::Da) => "Godkendt",
            (DecisionStatus::Approved, Lang::En) => "Approved",
            (DecisionStatus::NotApproved, Lang::Da) => "Ikke godkendt",
            (DecisionStatus::NotApproved, Lang::En) => "Not approved",
            (DecisionStatus::Postponed, Lang::Da) => "Udsat",
            (DecisionStatus::Postponed, Lang::En) => "Postponed",
            (DecisionStatus::ApprovedWithChanges, Lang::Da) => "Godkendt med ændringer",
            (DecisionStatus::ApprovedWithChanges, Lang::En) => "Approved with changes",
        }
    }

    /// The code for a select and for the JSON ("approved_with_changes").
    pub fn code(self) -> &'static str {
        match self {
            DecisionStatus::Pending => "pending",
            DecisionStatus::Approved => "approved",
            DecisionStatus::NotApproved => "not_approved",
            DecisionStatus::Postponed => "postponed",
            DecisionStatus::ApprovedWithChanges => "approved_with_changes",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// One decision on a recommendation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    pub status: DecisionStatus,
    /// The day of the decision (a full, real date).
    pub date: PartialDate,
    /// What was decided beyond the status (the changes, the reason for postponing).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// The places [1]-[4] the committee pointed at, for the recommendation that asks it to
    /// point at areas to be looked into further.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub places: Vec<u8>,
}

impl Decision {
    pub fn new(status: DecisionStatus, date: PartialDate, note: &str) -> Self {
        Self {
            status,
            date,
            note: note.trim().to_owned(),
            places: Vec::new(),
        }
    }

    /// The decision in one line ("Godkendt 4. marts 2024").
    pub fn summary(&self, lang: Lang) -> String {
        format!(
            "{} {}",
            self.status.label(lang),
            format::date(self.date, lang)
        )
    }
}

/// Whether a date is given to the day and is in the calendar (no 30 February).
pub fn is_real_date(d: PartialDate) -> bool {
    let (Some(month), Some(day)) = (d.month, d.day) else {
        return false;
    };
    let leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=9999).contains(&d.year) && (1..=days).contains(&day)
}

/// A date written "YYYY-MM-DD" (what a date input gives), when it is a real date.
pub fn parse_iso_date(text: &str) -> Option<PartialDate> {
    let t = text.trim();
    let mut it = t.split('-');
    let (y, m, d) = (it.next()?, it.next()?, it.next()?);
    if it.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    if !t.chars().all(|c| c.is_ascii_digit() || c == '-') {
        return None;
    }
    let date = PartialDate::day(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    is_real_date(date).then_some(date)
}

/// A date as "YYYY-MM-DD" (month and day 01 when not given).
pub fn iso_date(d: PartialDate) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        d.year,
        d.month.unwrap_or(1),
        d.day.unwrap_or(1)
    )
}
