//! The budget agreement's money followed: for a status sheet whose items carry amounts (seed
//! 003's Budgetaftale 2020-2023), per item and year what was agreed, what the budget
//! follow-ups report as realised (entered on the item, or carried from a follow-up), the
//! difference and a status, and per year the totals of the agreed savings, additions and the
//! buffer, with and without the buffer.
//!
//! # The rule
//!
//! 1. The years are those the sheet's dated amounts name (2020-2023 for seed 003's items
//!    3.c and 4.), or else the years in the agreement's name ("Budgetaftale 2020-2023").
//! 2. A dated amount counts in its year. An amount "pr. år" counts in every year. An amount
//!    the document gives without a year (seed 003: "Besparelse kr. 8,5 mio.") counts in
//!    every year of the agreement too: a saving laid into a four-year budget is a yearly
//!    one. That is our reading, not the document's words, and such rows say so
//!    ([`MoneyRow::spread`]).
//! 3. Savings, additions and the buffer are the agreed money; the net effect on the
//!    committee's budget is additions (+ buffer) − savings. Investments and net costs are
//!    shown but not added in: seed 003 gives the sygedagpenge saving of 8,5 mio. kr. "netto",
//!    and its investment on konto 5 "afholdes indenfor eksisterende rammer".
//! 4. Realised, per item and year: the amount entered on the item for the year, else what
//!    the latest follow-up of that year (by its date) reports for the item. It belongs to the
//!    item's first row of agreed money, in the same sense (a saving realised is positive).
//! 5. Difference = realised − agreed. Status: a saving realised in full, or an addition not
//!    exceeded, is on track; falling short of (or exceeding) the agreed amount by at most
//!    10 % of it is a minor deviation, by more a major one; nothing reported is not reported.

use serde::{Deserialize, Serialize};

use crate::basic::{Tkr, Year};
use crate::model::AmountKind;
use crate::source::Source;
use crate::Lang;

mod calc;
mod table_csv;

pub use calc::{agreement_money, agreements_with_money, realised, status};
pub use table_csv::{to_csv, CSV_HEADER};

/// How far realised money may miss the agreed amount and still be a minor deviation, as a
/// share of the agreed amount.
pub const MINOR_DEVIATION_SHARE: f64 = 0.10;

/// The status of one item's money in one year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MoneyStatus {
    /// Nothing realised is reported yet.
    NotReported,
    /// As agreed, or better.
    OnTrack,
    /// Off by at most [`MINOR_DEVIATION_SHARE`] of the agreed amount, the wrong way.
    MinorDeviation,
    /// Off by more, the wrong way.
    MajorDeviation,
}

impl MoneyStatus {
    /// A stable code (for CSV and CSS): `not_reported`, `on_track`, `minor`, `major`.
    pub fn code(self) -> &'static str {
        match self {
            MoneyStatus::NotReported => "not_reported",
            MoneyStatus::OnTrack => "on_track",
            MoneyStatus::MinorDeviation => "minor",
            MoneyStatus::MajorDeviation => "major",
        }
    }

    /// The status colour's name: grey, green, yellow, red.
    pub fn colour(self) -> &'static str {
        match self {
            MoneyStatus::NotReported => "grey",
            MoneyStatus::OnTrack => "green",
            MoneyStatus::MinorDeviation => "yellow",
            MoneyStatus::MajorDeviation => "red",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            MoneyStatus::NotReported => lang.pick("Ikke opgjort", "Not reported"),
            MoneyStatus::OnTrack => lang.pick("Som aftalt", "As agreed"),
            MoneyStatus::MinorDeviation => lang.pick("Mindre afvigelse", "Minor deviation"),
            MoneyStatus::MajorDeviation => lang.pick("Større afvigelse", "Major deviation"),
        }
    }
}

/// A kind of amount as the CSV writes it (its name in saved files): `saving`, `addition`,
/// `buffer`, `investment`, `net_cost`. Its name in words is [`AmountKind::text`].
pub fn kind_code(kind: AmountKind) -> &'static str {
    match kind {
        AmountKind::Saving => "saving",
        AmountKind::Addition => "addition",
        AmountKind::Buffer => "buffer",
        AmountKind::Investment => "investment",
        AmountKind::NetCost => "net_cost",
    }
}

/// Whether a kind of amount is agreed money, added into the totals (rule 3).
pub fn in_totals(kind: AmountKind) -> bool {
    matches!(
        kind,
        AmountKind::Saving | AmountKind::Addition | AmountKind::Buffer
    )
}

/// Where a realised amount comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "from", rename_all = "snake_case")]
pub enum RealisedFrom {
    /// Entered on the item (ISO date).
    Entered { date: String },
    /// Reported by a budget follow-up.
    FollowUp { followup_id: String, label: String },
}

impl RealisedFrom {
    /// In words: "indtastet 2020-06-30" or the follow-up's name.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            RealisedFrom::Entered { date } => {
                format!("{} {date}", lang.pick("indtastet", "entered"))
            }
            RealisedFrom::FollowUp { label, .. } => label.clone(),
        }
    }
}

/// One item's money in one year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MoneyCell {
    pub year: Year,
    /// The agreed amount, positive; `None` when the row has none this year.
    pub agreed: Option<Tkr>,
    pub realised: Option<Tkr>,
    pub realised_from: Option<RealisedFrom>,
    /// `realised − agreed` (0 agreed where there is none), when something is realised.
    pub difference: Option<Tkr>,
    pub status: MoneyStatus,
}

/// A cause of a follow-up linked to the row's item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LinkedCause {
    pub followup_id: String,
    /// The follow-up's name ("Budgetopfølgning 4 for 2019").
    pub followup_label: String,
    pub text: String,
    pub source: Source,
}

/// One row of the table: an item's amounts of one kind (dated ones together), year by year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MoneyRow {
    pub item_id: String,
    /// The item's number in the agreement ("2.d.1").
    pub number: String,
    pub headline: String,
    pub kind: AmountKind,
    /// The amount's own label (for dated amounts, the first one's).
    pub label: String,
    /// Agreed money, added into the totals (rule 3).
    pub in_totals: bool,
    /// Given without a year and counted in every year (rule 2: our reading).
    pub spread: bool,
    pub cells: Vec<MoneyCell>,
    /// The follow-ups' causes that concern the item (on its first row only).
    pub causes: Vec<LinkedCause>,
    pub source: Source,
}

/// The totals of one year, in 1.000 kr.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct YearTotals {
    pub year: Year,
    pub savings: Tkr,
    pub additions: Tkr,
    pub buffer: Tkr,
    /// Additions + buffer.
    pub additions_with_buffer: Tkr,
    /// Additions − savings: the net money the agreement gives the committee without the
    /// buffer.
    pub net_without_buffer: Tkr,
    /// Additions + buffer − savings.
    pub net_with_buffer: Tkr,
    /// Investments and net costs, shown apart (not in the totals).
    pub other: Tkr,
    /// Realised of the savings, where any is reported.
    pub realised_savings: Option<Tkr>,
    /// Realised of the additions and the buffer, where any is reported.
    pub realised_additions: Option<Tkr>,
}

/// The money of one budget agreement, ready to render as a table (rows × years, totals per
/// year) and a chart (the totals), and to write as CSV ([`to_csv`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgreementMoney {
    pub sheet_id: String,
    pub title: String,
    /// The agreement's name, where the sheet gives it ("Budgetaftale 2020-2023").
    pub agreement: Option<String>,
    pub years: Vec<Year>,
    pub rows: Vec<MoneyRow>,
    /// One per year, in the order of `years`.
    pub totals: Vec<YearTotals>,
}

impl AgreementMoney {
    pub fn total(&self, year: Year) -> Option<&YearTotals> {
        self.totals.iter().find(|t| t.year == year)
    }

    pub fn row(&self, item_id: &str, kind: AmountKind) -> Option<&MoneyRow> {
        self.rows
            .iter()
            .find(|r| r.item_id == item_id && r.kind == kind)
    }
}
