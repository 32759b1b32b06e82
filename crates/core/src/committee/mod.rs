//! The committee case of seed 004 as a whole: the 2024 case in which the Erhvervs-,
//! Beskæftigelses-, og Uddannelsesudvalget decides the direction for employment in
//! 2024-2025 and points at where the cuts that co-finance the early-retirement pension
//! (Arne-pensionen) could be phased in more slowly.
//!
//! The case is kept as the document has it: its decision theme, the two recommendations
//! (indstilling), the five themes with the political direction the committee gave ("vi har
//! hørt") and the levers and consequences ("greb og konsekvenser", lettered a, b, c as in the
//! document) with the administration's assessment of each, the four footnotes of the places
//! where a slower phase-in could be considered, and every figure and dated event the case
//! states. Every text is verbatim and carries its [`Source`]; the data is
//! `data/udvalgssag-2024.json`, checked against the seed by `tests/seed_committee.rs`.
//!
//! Texts are stored without the case's footnote markers ("[1]"-"[4]"): a marker is kept as
//! the place number of the assessment it belongs to ([`Verdict::SlowerPhaseIn`]), and a
//! phase-in statement is the bullet up to its marker, without the full stop after it, as
//! `PhaseInPlace::text` of the workspace has it.
//!
//! What the committee decides on each recommendation is kept as a dated history
//! ([`decision`]); the edits the view needs are in [`edit`], the links to the plan and the
//! scenarios in [`links`].

pub mod check;
pub mod decision;
pub mod edit;
pub mod figures;
pub mod links;
pub mod minutes;

use serde::{Deserialize, Serialize};

use crate::basic::PartialDate;
use crate::source::Source;
use crate::Lang;

pub use check::check;
pub use decision::{is_real_date, iso_date, parse_iso_date, Decision, DecisionStatus};
pub use edit::*;
pub use figures::{CaseDate, CaseFigure, FigureNote, FigureUnit, Qualifier};
pub use links::*;

/// The seed document the case is transcribed from.
pub const SEED_004: &str = "004_825b12544cf79305.txt";

/// The case as saved JSON (see `tests/seed_committee.rs`).
pub const DEFAULT_CASE_JSON: &str = include_str!("../../data/udvalgssag-2024.json");

/// The committee case of seed 004, as the document has it, with no decision recorded (the
/// document is the case put before the committee and records none).
pub fn default_case() -> CommitteeCase {
    serde_json::from_str(DEFAULT_CASE_JSON)
        .expect("the embedded committee case is valid (checked by the core tests)")
}

/// One text of the case with where it comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseText {
    pub text: String,
    pub source: Source,
}

/// A committee case ("udvalgssag").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CommitteeCase {
    pub id: String,
    /// The case's title as the document gives it. Seed 004 is the case text without its
    /// agenda heading and gives none, so it is `None` there; [`CommitteeCase::heading`] is
    /// what a view shows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<CaseText>,
    /// "Kompetence": the committee that decides, as the case names it.
    pub committee: CaseText,
    /// The short name the case uses for the committee ("EBU").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub committee_abbreviation: Option<CaseText>,
    /// The date of the meeting the case is put before. Seed 004 does not give it (it names
    /// the committee's earlier meeting of 15 January 2024, which is in [`Self::dates`]), so
    /// it is `None` there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting_date: Option<PartialDate>,
    /// "Beslutningstema": what the committee can decide, the case's summary.
    pub decision_theme: CaseText,
    /// Who recommends ("… indstiller,"), the sentence before the recommendations.
    pub recommended_by: CaseText,
    /// "Indstilling": the recommendations, each an "at …" bullet, with its decisions.
    pub recommendations: Vec<Recommendation>,
    /// The sections before the themes ("Sagens indhold", "Sagens opbygning").
    #[serde(default)]
    pub introduction: Vec<CaseSection>,
    /// The five main themes, in the case's order.
    pub themes: Vec<CaseTheme>,
    /// The footnotes [1]-[4]: the staff each place where a slower phase-in could be
    /// considered would initially need.
    #[serde(default)]
    pub footnotes: Vec<Footnote>,
    /// The sections after the themes ("Retligt grundlag" … "Sagens videre forløb").
    #[serde(default)]
    pub closing: Vec<CaseSection>,
    /// Every figure the case states outside the footnotes (the footnotes' staff figures are
    /// [`Footnote::fte`]).
    #[serde(default)]
    pub figures: Vec<CaseFigure>,
    /// The events the case dates to the day.
    #[serde(default)]
    pub dates: Vec<CaseDate>,
    /// The document as a whole.
    pub source: Source,
}

/// A recommendation ("at …") and what the committee decided on it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Recommendation {
    pub id: String,
    /// Its place among the recommendations (1, 2).
    pub number: u8,
    /// The bullet without its dash, starting with "at".
    pub text: String,
    pub source: Source,
    /// The decisions recorded on it, oldest first; the last is the current status. Empty
    /// while the committee has not decided ([`DecisionStatus::Pending`]).
    #[serde(default)]
    pub decisions: Vec<Decision>,
}

impl Recommendation {
    /// The latest decision, if any.
    pub fn current(&self) -> Option<&Decision> {
        self.decisions.last()
    }

    /// The current status: the latest decision's, or pending when there is none.
    pub fn status(&self) -> DecisionStatus {
        self.current()
            .map(|d| d.status)
            .unwrap_or(DecisionStatus::Pending)
    }
}

/// A section with a heading and its paragraphs (bullets without their dash).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseSection {
    pub id: String,
    pub heading: String,
    pub paragraphs: Vec<String>,
    pub source: Source,
}

/// One of the case's five main themes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseTheme {
    pub id: String,
    /// The number in the heading ("TEMA 1").
    pub number: u8,
    /// The heading as the document writes it ("TEMA 1: ERHVERV, UDDANNELSE OG JOBVÆKST").
    pub heading: String,
    /// The theme's name as "Sagens indhold" lists the five ("Erhverv, uddannelse og
    /// jobvækst", …, "En styrket integrationsindsats", "Digitalisering").
    pub name: String,
    /// The line under the heading, where there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtitle: Option<String>,
    /// Paragraphs between the heading and the political direction.
    #[serde(default)]
    pub intro: Vec<String>,
    /// The heading of the direction as the theme writes it ("POLITISK RETNING – vi har
    /// hørt:" or, in theme 3, "POLITISK FOKUS – vi har hørt:").
    pub direction_heading: String,
    /// The political direction, point by point ([`CaseTheme::direction_letter`]).
    pub direction: Vec<DirectionPoint>,
    /// "GREB OG KONSEKVENSER – hvad kan der gøres:".
    pub levers_heading: String,
    /// The levers and consequences, lettered as the document letters them.
    pub levers: Vec<Lever>,
    /// Further sections of the theme (theme 3's on the most vulnerable young people).
    #[serde(default)]
    pub sections: Vec<CaseSection>,
    /// The themes of the 2023-24 plan this theme belongs to (`Plan::themes` ids); empty when
    /// the plan has none on its subject. See [`links`] for the reasons.
    #[serde(default)]
    pub plan_theme_ids: Vec<String>,
    /// Why the theme is linked to those plan themes (or to none), in Danish as stored data
    /// is. The app's own words, not the case's.
    #[serde(default)]
    pub link_reason: String,
    pub source: Source,
}

impl CaseTheme {
    /// The letter of the direction's point `i` (0-based): "Sagens opbygning" says the points
    /// are set out as A, B, C; the document's bullets themselves carry no letter.
    pub fn direction_letter(i: usize) -> char {
        (b'A' + (i % 26) as u8) as char
    }

    pub fn lever(&self, id: &str) -> Option<&Lever> {
        self.levers.iter().find(|l| l.id == id)
    }
}

/// One point of a theme's political direction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DirectionPoint {
    pub id: String,
    pub text: String,
    pub source: Source,
}

/// A lever and its consequences ("a.", "b.", …).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Lever {
    pub id: String,
    /// The letter as the document has it ("a").
    pub letter: String,
    /// The lever's text in the parts the administration assesses one by one: most levers
    /// are one part; lever 1a has six (its opening paragraph, then one per area).
    pub parts: Vec<LeverPart>,
    pub source: Source,
}

impl Lever {
    pub fn part(&self, id: &str) -> Option<&LeverPart> {
        self.parts.iter().find(|p| p.id == id)
    }

    /// The place numbers ([1]-[4]) of the lever's parts.
    pub fn places(&self) -> Vec<u8> {
        self.parts
            .iter()
            .filter_map(|p| p.assessment.verdict.place())
            .collect()
    }
}

/// A part of a lever: its paragraphs and the administration's assessment of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LeverPart {
    pub id: String,
    pub paragraphs: Vec<String>,
    pub assessment: Assessment,
    pub source: Source,
}

/// The administration's assessment of a lever (part).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub verdict: Verdict,
    /// The sentence that says so, verbatim: quoted from the paragraphs, or for a place the
    /// bullet after them up to its footnote marker. Empty for [`Verdict::NotStated`].
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub statement: String,
    pub source: Source,
}

/// What the administration says a lever takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Verdict {
    /// It can be done within the current frame ("inden for den nuværende ramme").
    WithinFrame,
    /// A place where a slower phase-in of the budget adjustment could be considered, with
    /// its footnote number [1]-[4] (`LeverDef::place_number`, `PhaseInPlace::number`).
    SlowerPhaseIn { place: u8 },
    /// The administration recommends raising it as a budget request for a later budget.
    BudgetRequest,
    /// It is to be dealt with in a later case before the committee.
    LaterCase,
    /// The lever states no assessment of its own. By "Sagens opbygning" the levers are how
    /// the administration works "inden for den givne ramme", so it is within the frame too.
    NotStated,
}

impl Verdict {
    /// The place number of a slower phase-in.
    pub fn place(self) -> Option<u8> {
        match self {
            Verdict::SlowerPhaseIn { place } => Some(place),
            _ => None,
        }
    }

    /// The verdict in words, for a badge by the lever.
    pub fn label(self, lang: Lang) -> String {
        match (self, lang) {
            (Verdict::WithinFrame, Lang::Da) => "Inden for den nuværende ramme".into(),
            (Verdict::WithinFrame, Lang::En) => "Within the current frame".into(),
            (Verdict::SlowerPhaseIn { place }, Lang::Da) => {
                format!("Langsommere indfasning kan overvejes [{place}]")
            }
            (Verdict::SlowerPhaseIn { place }, Lang::En) => {
                format!("A slower phase-in could be considered [{place}]")
            }
            (Verdict::BudgetRequest, Lang::Da) => "Foreslås som budgetønske".into(),
            (Verdict::BudgetRequest, Lang::En) => "Proposed as a budget request".into(),
            (Verdict::LaterCase, Lang::Da) => "Behandles i en senere sag".into(),
            (Verdict::LaterCase, Lang::En) => "To be dealt with in a later case".into(),
            (Verdict::NotStated, Lang::Da) => "Ingen særskilt vurdering i sagen".into(),
            (Verdict::NotStated, Lang::En) => "No assessment of its own in the case".into(),
        }
    }
}

/// A footnote of a place where a slower phase-in could be considered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Footnote {
    pub id: String,
    /// The number in brackets ([1]-[4]).
    pub number: u8,
    /// The footnote without its number.
    pub text: String,
    /// The initial budget need in full-time equivalents (årsværk).
    pub fte: f64,
    /// How the footnote writes it ("et årsværk", "to årsværk").
    pub fte_as_written: String,
    pub source: Source,
}

impl CommitteeCase {
    /// What a view shows as the case's heading: its title when it has one, else the seed's
    /// title as the app knows it.
    pub fn heading(&self) -> String {
        if let Some(t) = &self.title {
            return t.text.clone();
        }
        self.source
            .seed_file()
            .and_then(Source::seed_title)
            // "Udvalgssag 2024, <committee>: <subject>": the heading leaves out the committee.
            .map(|t| match (t.split_once(", "), t.split_once(": ")) {
                (Some((head, _)), Some((_, subject))) => format!("{head}: {subject}"),
                _ => t.to_owned(),
            })
            .unwrap_or_else(|| self.id.clone())
    }

    pub fn theme(&self, id: &str) -> Option<&CaseTheme> {
        self.themes.iter().find(|t| t.id == id)
    }

    pub fn recommendation(&self, id: &str) -> Option<&Recommendation> {
        self.recommendations.iter().find(|r| r.id == id)
    }

    pub fn footnote(&self, number: u8) -> Option<&Footnote> {
        self.footnotes.iter().find(|f| f.number == number)
    }

    pub fn figure(&self, id: &str) -> Option<&CaseFigure> {
        self.figures.iter().find(|f| f.id == id)
    }

    /// The figures of a theme, in the case's order.
    pub fn figures_of_theme(&self, theme_id: &str) -> Vec<&CaseFigure> {
        self.figures
            .iter()
            .filter(|f| f.theme_id.as_deref() == Some(theme_id))
            .collect()
    }

    /// Every lever part with the theme and lever it belongs to, in the case's order.
    pub fn parts(&self) -> impl Iterator<Item = (&CaseTheme, &Lever, &LeverPart)> {
        self.themes.iter().flat_map(|t| {
            t.levers
                .iter()
                .flat_map(move |l| l.parts.iter().map(move |p| (t, l, p)))
        })
    }

    /// Every id in the case, in the order of the document.
    pub fn ids(&self) -> Vec<String> {
        let mut out = vec![self.id.clone()];
        out.extend(self.recommendations.iter().map(|r| r.id.clone()));
        out.extend(self.introduction.iter().map(|s| s.id.clone()));
        for t in &self.themes {
            out.push(t.id.clone());
            out.extend(t.direction.iter().map(|d| d.id.clone()));
            for l in &t.levers {
                out.push(l.id.clone());
                out.extend(l.parts.iter().map(|p| p.id.clone()));
            }
            out.extend(t.sections.iter().map(|s| s.id.clone()));
        }
        out.extend(self.footnotes.iter().map(|f| f.id.clone()));
        out.extend(self.closing.iter().map(|s| s.id.clone()));
        for f in &self.figures {
            out.push(f.id.clone());
            out.extend(f.notes.iter().map(|n| n.id.clone()));
        }
        out.extend(self.dates.iter().map(|d| d.id.clone()));
        out
    }
}
