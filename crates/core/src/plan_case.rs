//! The plan's case (seed 001, Beskæftigelsesplan 2023-24): its "Udfordringer på
//! beskæftigelsesområdet" as sourced facts (each figure as a number with its date, its
//! sentence and the words it is written in), the three "pejlemærker" for working with the
//! citizens, the principles a-c, and the box on the minister's dignity goal with the
//! citizens' survey of summer 2022. Transcribed word for word in
//! `data/beskaeftigelsesplan-2023-24-sag.json` (markdown emphasis left out).

use serde::{Deserialize, Serialize};

use crate::basic::PartialDate;
use crate::source::Source;

/// The plan's case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanCase {
    /// "Udfordringer på beskæftigelsesområdet".
    pub challenges_heading: String,
    /// The section's paragraphs in order, each with the figures it states.
    pub challenges: Vec<Challenge>,
    /// "Vores pejlemærker for det borgerrettede samarbejde".
    pub guideposts_heading: String,
    pub guideposts_intro: String,
    pub guideposts: Vec<Guidepost>,
    /// "Med det afsæt arbejder vi … ud fra følgende principper:".
    pub principles_intro: String,
    pub principles: Vec<Principle>,
    pub dignity: DignityBox,
}

/// One paragraph of the challenges.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Challenge {
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub facts: Vec<Fact>,
    pub source: Source,
}

/// A figure the plan states, as a number.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    pub id: String,
    /// The sentence it stands in.
    pub sentence: String,
    /// The words it is written in ("30.807 fordrevne ukrainere").
    pub as_written: String,
    pub value: f64,
    /// Upper bound or total it is read against ("ud af 98 kommuner").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upper: Option<f64>,
    pub unit: FactUnit,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<FactQualifier>,
    /// When it holds, as exactly as the plan dates it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// The plan's words for the time ("Pr. 13. november 2022").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// What it is compared with, in the plan's words ("end i 2021").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compared_to: Option<String>,
    /// Whose figure it is, where the plan names it ("Mploy").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub who: Option<String>,
    /// The area it is about, where the sentence compares areas.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
    pub source: Source,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactUnit {
    Persons,
    Percent,
    PercentagePoints,
    MioKr,
    Rank,
    Municipalities,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactQualifier {
    /// "ca."
    About,
}

/// A pejlemærke ("Borgerne virker.") with its text and the figure's caption.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Guidepost {
    pub name: String,
    pub text: String,
    /// Its caption in the plan's figure ("Borgere med ejerskab og handlemuligheder").
    pub figure_text: String,
    pub source: Source,
}

/// A principle a-c.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Principle {
    pub letter: String,
    pub name: String,
    pub text: String,
    pub source: Source,
}

/// "Et blik på ministerens værdighedsmål".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DignityBox {
    pub heading: String,
    pub paragraphs: Vec<String>,
    /// What makes a conversation meaningful, with the word in brackets ("empowerment").
    pub criteria: Vec<DignityCriterion>,
    /// "Vi følger løbende op … seneste måling fra sommeren 2022."
    pub follow_up: String,
    pub survey: Survey,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DignityCriterion {
    pub text: String,
    pub keyword: String,
}

/// The citizens' survey the box refers to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Survey {
    pub as_written: String,
    pub date: PartialDate,
}

impl PlanCase {
    /// Every fact of the challenges, in order.
    pub fn facts(&self) -> impl Iterator<Item = &Fact> {
        self.challenges.iter().flat_map(|c| &c.facts)
    }

    pub fn fact(&self, id: &str) -> Option<&Fact> {
        self.facts().find(|f| f.id == id)
    }
}

/// Seed 001's case as transcribed.
pub const PLAN_CASE_JSON: &str = include_str!("../data/beskaeftigelsesplan-2023-24-sag.json");

/// Seed 001's case for the plan 2023-24.
pub fn plan_case_2023_24() -> PlanCase {
    serde_json::from_str(PLAN_CASE_JSON).expect("the transcription of seed 001 reads")
}
