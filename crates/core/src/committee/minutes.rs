//! A committee meeting's minutes (referat): every agenda item with its recommendations and
//! what was decided on them, the parties' proposals and reservations, postponements. Seed
//! 003 (Social- og Beskæftigelsesudvalget, 2 December 2019) is transcribed word for word in
//! `data/referat-2019-12-02.json`; the decisions on the recommendations reuse the committee
//! case's [`Decision`] and [`DecisionStatus`] (seed 004).
//!
//! How the minutes' words are read as a status (our reading, the words kept as the note):
//! "Godkendt", "Godkendes …", "Anbefales", "… taget til efterretning", "Taget til
//! orientering", "… drøftet" and "Drøftet med bemærkning …" are approved (the item asked
//! the committee to approve, recommend, take note or discuss, and it did); "… anbefales med
//! bemærkning om, at afsnittet … fjernes" is approved with changes; "Udsat." is postponed.

use serde::{Deserialize, Serialize};

use super::{Decision, DecisionStatus, Recommendation};
use crate::basic::PartialDate;
use crate::source::Source;

/// The minutes of one meeting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Minutes {
    pub id: String,
    /// The document's first line ("Social- og Beskæftigelsesudvalget (2018-2021) – Referat –
    /// 2. december 2019").
    pub title: String,
    pub committee: String,
    pub meeting_date: PartialDate,
    pub items: Vec<AgendaItem>,
    pub source: Source,
}

/// One agenda item ("4. Opfølgning på Budgetaftale 2020 - 2023 (D)").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgendaItem {
    pub id: String,
    pub number: u8,
    /// The heading as the minutes write it, number and kind ("(B)", "(D)", "(O)") included.
    pub heading: String,
    /// Who recommends ("Centerledelsen indstiller,").
    pub recommended_by: String,
    /// "Indstilling": the "at …" recommendations, each with the decisions on it.
    pub recommendations: Vec<Recommendation>,
    /// Every "Beslutning i …" of the item as the minutes write it, oldest first.
    pub meetings: Vec<MeetingDecision>,
    /// The parties' proposals, reservations and remarks in the decisions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statements: Vec<PartyStatement>,
    pub source: Source,
}

/// A decision as the minutes record it: who decided when, who was absent, and its
/// paragraphs word for word.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MeetingDecision {
    /// "Social- og Beskæftigelsesudvalget", "Økonomiudvalget".
    pub body: String,
    pub date: PartialDate,
    /// What follows "Fraværende:" (empty when no one was).
    #[serde(default)]
    pub absent: String,
    pub paragraphs: Vec<String>,
    pub source: Source,
}

/// What a party's statement in a decision is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StatementKind {
    /// A proposal ("ønsker, at Administrationen fremkommer med beslutningssag …",
    /// "foreslog").
    Proposal,
    /// A reservation ("tager forbehold").
    Reservation,
}

impl StatementKind {
    pub fn label(self, lang: crate::Lang) -> &'static str {
        match self {
            StatementKind::Proposal => lang.pick("Forslag", "Proposal"),
            StatementKind::Reservation => lang.pick("Forbehold", "Reservation"),
        }
    }
}

/// A statement by one or more parties, word for word.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PartyStatement {
    /// The parties' letters as the minutes give them ("A", "F", "Ø").
    pub parties: Vec<String>,
    pub kind: StatementKind,
    pub text: String,
    /// The body and date of the decision it was made in.
    pub body: String,
    pub date: PartialDate,
}

impl AgendaItem {
    /// The item's status: postponed when its latest decision postpones it, else the status
    /// its recommendations share, approved with changes when any has changes, pending when
    /// none is decided.
    pub fn status(&self) -> DecisionStatus {
        let statuses: Vec<DecisionStatus> =
            self.recommendations.iter().map(|r| r.status()).collect();
        if statuses.contains(&DecisionStatus::Postponed) {
            DecisionStatus::Postponed
        } else if statuses.contains(&DecisionStatus::ApprovedWithChanges) {
            DecisionStatus::ApprovedWithChanges
        } else if statuses.contains(&DecisionStatus::Pending) || statuses.is_empty() {
            DecisionStatus::Pending
        } else {
            statuses[0]
        }
    }

    /// Every decision recorded on the item's recommendations, with the recommendation's
    /// number.
    pub fn decisions(&self) -> impl Iterator<Item = (u8, &Decision)> {
        self.recommendations
            .iter()
            .flat_map(|r| r.decisions.iter().map(move |d| (r.number, d)))
    }
}

impl Minutes {
    pub fn item(&self, number: u8) -> Option<&AgendaItem> {
        self.items.iter().find(|i| i.number == number)
    }
}

/// Seed 003's minutes as transcribed.
pub const MINUTES_2019_JSON: &str = include_str!("../../data/referat-2019-12-02.json");

/// Seed 003: the minutes of Social- og Beskæftigelsesudvalget, 2 December 2019.
pub fn minutes_2019() -> Minutes {
    serde_json::from_str(MINUTES_2019_JSON).expect("the transcription of seed 003 reads")
}
