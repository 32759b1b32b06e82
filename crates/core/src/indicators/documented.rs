//! Figures the source documents state in their running text, held against the targets they
//! speak to: a figure stated in a document, with its period and source, is a point of that
//! target's follow-up, marked as taken from the document (see
//! [`super::follow::PointOrigin::Document`] and how [`super::evaluate`] adds it).
//!
//! Each observation quotes the document's words verbatim (`tests/seed_documented.rs` finds
//! them in the seed text) and names the document's section as the other seeded figures do;
//! the view shows the document's title, never its file.
//!
//! The periods, where a document names none:
//!
//! * **Voksenlærlingeforløb** (the committee case 2024): "i 2023 startede 130 forløb op", the
//!   year 2023.
//! * **Partnerskabsaftaler** (the minutes of 2 December 2019, item 10): "Der er løbende ca.
//!   350 virksomheder, der har en Partnerskabsaftale" is a stock at the time of writing, with
//!   no date of its own; it is stored for the month of the minutes, December 2019. A year
//!   would read as a yearly figure, which a count of agreements in force is not.
//! * **Samarbejdsgrad** (the same item): "på årsbasis ca. 45 %" locally and "ca. 38 %" in the
//!   whole country are yearly rates for a year the text does not name. They are stored for
//!   2019, the year of the minutes, in which the text states them in the present tense
//!   ("er"); the text supports no earlier year (the rate may well be of the latest whole
//!   year, 2018, but the minutes do not say so).

use super::ObsPeriod;
use crate::source::{Source, SEED_FILES};

/// Whose figure an observation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentArea {
    /// The municipality the documents are about ([`super::seeded::MUNICIPALITY`]); its
    /// figures are shown only while the follow-up follows that municipality.
    Municipality,
    /// The whole country.
    Country,
}

/// One figure a document states, for one measure.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DocumentObservation {
    /// The measure the figure speaks to (of the plan or of a development agreement).
    pub measure_id: &'static str,
    pub area: DocumentArea,
    pub period: ObsPeriod,
    pub value: f64,
    /// The document's words, verbatim.
    pub words: &'static str,
    /// The seed file the document is (never shown: the source names the document's title).
    pub file: &'static str,
    /// The section of the document, as it names it.
    pub section: &'static str,
}

impl DocumentObservation {
    /// Where the figure is from: the document and its section.
    pub fn source(&self) -> Source {
        Source::seed(self.file, self.section)
    }
}

const MINUTES_2019: &str = SEED_FILES[3];
const CASE_2024: &str = SEED_FILES[4];

/// Every observation, in the order of the documents.
pub const OBSERVATIONS: [DocumentObservation; 4] = [
    DocumentObservation {
        measure_id: "ua16-m-samarbejdsgrad",
        area: DocumentArea::Municipality,
        period: ObsPeriod::Year(2019),
        value: 45.0,
        words: "Lokalt er det på årsbasis ca. 45 % af virksomhederne med mindst 1 ansat, som \
                samarbejder med Jobcenter Slagelse eller nabojobcentrene",
        file: MINUTES_2019,
        section: "10. Den virksomhedsrettede indsats, Handlemuligheder, Proaktiv \
                  virksomhedskontakt",
    },
    DocumentObservation {
        measure_id: "ua16-m-samarbejdsgrad",
        area: DocumentArea::Country,
        period: ObsPeriod::Year(2019),
        value: 38.0,
        words: "På landsplan er det ca. 38 % af virksomhederne.",
        file: MINUTES_2019,
        section: "10. Den virksomhedsrettede indsats, Handlemuligheder, Proaktiv \
                  virksomhedskontakt",
    },
    DocumentObservation {
        measure_id: "m-partnerskaber-300",
        area: DocumentArea::Municipality,
        period: ObsPeriod::Month(2019, 12),
        value: 350.0,
        words: "Der er løbende ca. 350 virksomheder, der har en Partnerskabsaftale",
        file: MINUTES_2019,
        section: "10. Den virksomhedsrettede indsats, Handlemuligheder, \
                  Partnerskabssamarbejdet",
    },
    DocumentObservation {
        measure_id: "m-voksenlaerlinge-120",
        area: DocumentArea::Municipality,
        period: ObsPeriod::Year(2023),
        value: 130.0,
        words: "hvor vi i 2023 startede 130 forløb op",
        file: CASE_2024,
        section: "Tema 1: Erhverv, uddannelse og jobvækst, greb og konsekvenser a",
    },
];

/// The observations for one measure and area.
pub fn observations_for(
    measure_id: &str,
    area: DocumentArea,
) -> impl Iterator<Item = &'static DocumentObservation> + '_ {
    OBSERVATIONS
        .iter()
        .filter(move |o| o.measure_id == measure_id && o.area == area)
}
