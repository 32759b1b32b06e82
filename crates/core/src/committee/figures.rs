//! The figures and dates a committee case states, each with the sentence it stands in.
//!
//! A figure is kept as the case writes it, with the unit it means. Seed 004 says ARI raised
//! the rate of those returned to work ("raskmeldingsprocenten") "med 5% til i alt 86%": 86
//! is a rate in [`FigureUnit::Percent`], and the rise of a rate from 81 % to 86 % is 5
//! percentage points ([`FigureUnit::PercentagePoints`]), not 5 % of 81 % (which would end
//! at 85,05 %). The words "med 5%" stay as written.
//!
//! Numbers that only name or order are not figures: years and dates (the dates to the day
//! are [`CaseDate`]s), "bilag 1"/"bilag 2", "§17,4", the theme numbers, the project "180
//! grader", "1:1" meetings, and counts of the case's own structure (the five main themes,
//! the points A, B, C, the "tredobbelt pres" i)-iii)). A figure repeated in a later sentence
//! ("efter tre måneder i A-kassen") is kept once, where the case first states it.

use serde::{Deserialize, Serialize};

use crate::basic::PartialDate;
use crate::format;
use crate::source::Source;
use crate::Lang;

/// A figure the case states.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseFigure {
    pub id: String,
    /// The sentence the figure stands in, verbatim.
    pub sentence: String,
    /// The figure as the sentence writes it ("140%", "87.000 kr.", "tredje bedste", "2-3
    /// besøg").
    pub as_written: String,
    pub value: f64,
    /// The upper end when the case gives a range ("2-3 besøg", "18-30 år").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upper: Option<f64>,
    pub unit: FigureUnit,
    #[serde(default, skip_serializing_if = "Qualifier::is_exact")]
    pub qualifier: Qualifier,
    /// When the figure applies, as the sentence writes it ("i 2023", "Fra 1. kvartal 2022
    /// til 2. kvartal 2023").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// The case theme the figure belongs to; `None` for the case's introduction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme_id: Option<String>,
    /// Notes users added to the figure (none in the document).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<FigureNote>,
    pub source: Source,
}

impl CaseFigure {
    /// The value (or range) with its unit, as the app writes it ("87.000 kr.", "2-3 besøg").
    pub fn display(&self, lang: Lang) -> String {
        let n = |v: f64| format::number_trim(v, 2, lang);
        let value = match self.upper {
            Some(u) => format!("{}-{}", n(self.value), n(u)),
            None => n(self.value),
        };
        let value = match self.unit {
            FigureUnit::Percent => format!("{value} %"),
            FigureUnit::Rank => lang.pick(format!("nr. {value}"), format!("no. {value}")),
            unit => format!("{value} {}", unit.label(lang)),
        };
        match self.qualifier {
            Qualifier::Exact => value,
            Qualifier::About => format!("{} {value}", lang.pick("ca.", "about")),
            Qualifier::UpTo => format!("{} {value}", lang.pick("op til", "up to")),
        }
    }
}

/// What a figure counts or measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureUnit {
    /// Citizens (borgere).
    Persons,
    /// Companies (virksomheder).
    Firms,
    /// Municipalities (kommuner).
    Municipalities,
    /// Courses started (forløb, e.g. voksenlærlingeforløb).
    Courses,
    /// Agreements (aftaler).
    Agreements,
    /// Percent, as the case writes "%".
    Percent,
    /// Percentage points: a change of a rate the case writes with "%" (see the module's
    /// note).
    PercentagePoints,
    /// Danish kroner.
    Kroner,
    /// A place in a ranking (3 = third best).
    Rank,
    /// Hours.
    Hours,
    /// Weeks.
    Weeks,
    /// Months.
    Months,
    /// Years of duration.
    Years,
    /// Age in years.
    Age,
    /// Visits (besøg).
    Visits,
    /// Times a year (meetings).
    TimesPerYear,
}

impl FigureUnit {
    /// The unit in words, after a number.
    pub fn label(self, lang: Lang) -> &'static str {
        use FigureUnit::*;
        match (self, lang) {
            (Persons, Lang::Da) => "borgere",
            (Persons, Lang::En) => "citizens",
            (Firms, Lang::Da) => "virksomheder",
            (Firms, Lang::En) => "companies",
            (Municipalities, Lang::Da) => "kommuner",
            (Municipalities, Lang::En) => "municipalities",
            (Courses, Lang::Da) => "forløb",
            (Courses, Lang::En) => "courses",
            (Agreements, Lang::Da) => "aftaler",
            (Agreements, Lang::En) => "agreements",
            (Percent, _) => "%",
            (PercentagePoints, Lang::Da) => "procentpoint",
            (PercentagePoints, Lang::En) => "percentage points",
            (Kroner, Lang::Da) => "kr.",
            (Kroner, Lang::En) => "DKK",
            (Rank, Lang::Da) => "plads",
            (Rank, Lang::En) => "place",
            (Hours, Lang::Da) => "timer",
            (Hours, Lang::En) => "hours",
            (Weeks, Lang::Da) => "uger",
            (Weeks, Lang::En) => "weeks",
            (Months, Lang::Da) => "måneder",
            (Months, Lang::En) => "months",
            (Years, Lang::Da) => "år",
            (Years, Lang::En) => "years",
            (Age, Lang::Da) => "år (alder)",
            (Age, Lang::En) => "years of age",
            (Visits, Lang::Da) => "besøg",
            (Visits, Lang::En) => "visits",
            (TimesPerYear, Lang::Da) => "gange årligt",
            (TimesPerYear, Lang::En) => "times a year",
        }
    }
}

/// How exact the case says a figure is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    #[default]
    Exact,
    /// "cirka".
    About,
    /// "op til": a limit or a maximum.
    UpTo,
}

impl Qualifier {
    pub fn is_exact(&self) -> bool {
        *self == Qualifier::Exact
    }
}

/// A note a user added to a figure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FigureNote {
    pub id: String,
    pub text: String,
    /// Written in the app on a date (`Source::written_in_app`).
    pub source: Source,
}

/// An event the case dates to the day ("den 15. januar 2024", "EBU 7.9.2023").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseDate {
    pub id: String,
    pub date: PartialDate,
    /// The date as the sentence writes it.
    pub as_written: String,
    /// The sentence it stands in, verbatim.
    pub sentence: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme_id: Option<String>,
    pub source: Source,
}
