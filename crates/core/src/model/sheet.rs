//! The budget-agreement status sheets (styringsark): their items, status colours, amounts
//! and the dated history of status changes.

use serde::{Deserialize, Serialize};

use super::{PartialDate, Tkr, Year};
use crate::source::Source;

/// The fixed set of status colours used on the committee's status sheet (seed 000).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StatusColour {
    /// "Ikke igangsat" – not started.
    NotStarted,
    /// "Afsluttet" – completed.
    Completed,
    /// "Videreføres i 2022" – carried over.
    CarriedOver,
    /// "Mindre afvigelser" – minor deviations.
    MinorDeviations,
    /// "Alt OK" – on track.
    AllOk,
}

impl StatusColour {
    pub const ALL: [StatusColour; 5] = [
        StatusColour::NotStarted,
        StatusColour::CarriedOver,
        StatusColour::MinorDeviations,
        StatusColour::AllOk,
        StatusColour::Completed,
    ];

    /// The label exactly as the status sheet writes it.
    pub fn sheet_label(self) -> &'static str {
        match self {
            StatusColour::NotStarted => "Ikke igangsat",
            StatusColour::Completed => "Afsluttet",
            StatusColour::CarriedOver => "Videreføres i 2022",
            StatusColour::MinorDeviations => "Mindre afvigelser",
            StatusColour::AllOk => "Alt OK",
        }
    }
}

/// A status sheet (styringsark) for the budget agreement's items under one committee.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatusSheet {
    pub id: String,
    pub title: String,
    /// The budget agreement the items come from, where the source names it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreement: Option<String>,
    /// The date the sheet gives for its status, where it gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<PartialDate>,
    pub items: Vec<BudgetItem>,
    pub source: Source,
}

/// One item of a budget agreement as followed on the status sheet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BudgetItem {
    pub id: String,
    /// The item's number in the agreement ("11.", "2.d.1", "III.D").
    pub number: String,
    pub headline: String,
    /// The agreement's own text for the item.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub agreement_text: String,
    /// "Status og forventet tidsplan".
    pub status: String,
    /// "Resultat og effekt på kort og lang sigt".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub expected_result: String,
    /// The committee ("SBU").
    pub committee: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub responsible: String,
    /// `None` where the sheet leaves the colour blank.
    pub colour: Option<StatusColour>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub amounts: Vec<ItemAmount>,
    pub source: Source,
    /// Dated changes of the status text and colour made in the app, oldest first (schema
    /// version 4; absent in older data, which recorded none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<StatusChange>,
    /// What was realised of the item's agreed amount, entered year by year (see
    /// `crate::budget_agreement`); absent in older data, which had none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub realised: Vec<RealisedAmount>,
}

/// What was realised of a budget-agreement item's amount in one year, as entered, in 1.000
/// kr. and in the same sense as the agreed amount (a saving realised is positive).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RealisedAmount {
    pub year: Year,
    pub tkr: Tkr,
    /// ISO date (yyyy-mm-dd) it was entered.
    pub date: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// One dated change of an item's status text and colour ("what changed since the last
/// meeting"). Changes made on the same day are one entry: the state before the first and
/// after the last.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatusChange {
    /// ISO date (yyyy-mm-dd) of the change.
    pub date: String,
    pub status_before: String,
    pub status_after: String,
    pub colour_before: Option<StatusColour>,
    pub colour_after: Option<StatusColour>,
}

impl BudgetItem {
    /// Sets the status text and colour on a date, and records what changed. Nothing is
    /// recorded when nothing changes.
    pub fn set_status(&mut self, date: &str, status: &str, colour: Option<StatusColour>) {
        if self.status == status && self.colour == colour {
            return;
        }
        match self.history.last_mut() {
            Some(last) if last.date == date => {
                last.status_after = status.to_owned();
                last.colour_after = colour;
            }
            _ => self.history.push(StatusChange {
                date: date.to_owned(),
                status_before: self.status.clone(),
                status_after: status.to_owned(),
                colour_before: self.colour,
                colour_after: colour,
            }),
        }
        // A same-day change that went back to where the day began is no change at all.
        if let Some(last) = self.history.last() {
            if last.status_before == last.status_after && last.colour_before == last.colour_after {
                self.history.pop();
            }
        }
        self.status = status.to_owned();
        self.colour = colour;
    }

    /// Sets the status text (trimmed) on a date and keeps the colour; see [`Self::set_status`].
    pub fn set_status_text(&mut self, date: &str, status: &str) {
        let colour = self.colour;
        self.set_status(date, status.trim(), colour);
    }

    /// Sets the colour on a date and keeps the status text; see [`Self::set_status`].
    pub fn set_colour(&mut self, date: &str, colour: Option<StatusColour>) {
        let status = self.status.clone();
        self.set_status(date, &status, colour);
    }

    /// What changed since a date (inclusive): the status text and colour as they were before
    /// the first change on or after it, or `None` when nothing changed since.
    pub fn changed_since(&self, date: &str) -> Option<(&str, Option<StatusColour>)> {
        self.history
            .iter()
            .find(|c| c.date.as_str() >= date)
            .map(|c| (c.status_before.as_str(), c.colour_before))
    }
}

/// What an amount on a budget-agreement item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AmountKind {
    Saving,
    Investment,
    Addition,
    Buffer,
    NetCost,
}

/// An amount given on a budget-agreement item, in 1.000 kr.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItemAmount {
    pub kind: AmountKind,
    pub label: String,
    pub tkr: Tkr,
    /// The year it applies to; `None` where the item gives no year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<Year>,
    /// True for "pr. år" amounts.
    #[serde(default)]
    pub per_year: bool,
    pub source: Source,
}
