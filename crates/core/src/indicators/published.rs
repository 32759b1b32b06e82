//! Where each target's figure is published: the portal (jobindsats.dk, statistikbanken.dk or
//! another publisher), the table by its name and, where it is documented, its code, the
//! measure, the benefit group, which areas to tick and which periods; or that no public
//! series is known, so the target is followed by figures typed in by hand with their source.
//!
//! The data ([`PUBLISHED`], in `published/table.rs`) is tied to measure ids of the plan and
//! of the development agreement; each entry cites what it rests on ([`Cite`]), and the
//! tests check every quote against the document it cites. [`fetch_list`] gathers the
//! "Hent tallene" list: one line per download for every measure still without the figures
//! it needs.

use crate::Lang;

mod fetch;
mod table;

pub use fetch::{all_measures, fetch_list, FetchLine, FetchTarget};
pub use table::PUBLISHED;

/// A text in Danish and English.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    pub da: &'static str,
    pub en: &'static str,
}

impl Text {
    pub const fn new(da: &'static str, en: &'static str) -> Self {
        Self { da, en }
    }

    pub fn get(&self, lang: Lang) -> &'static str {
        lang.pick(self.da, self.en)
    }
}

/// Where a series is published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Portal {
    /// jobindsats.dk, the employment ministry's indicator portal.
    Jobindsats,
    /// Danmarks Statistik's statistikbanken.dk.
    Statbank,
    /// Another publisher, by name.
    Other(Text),
}

impl Portal {
    pub fn name(&self, lang: Lang) -> &'static str {
        match self {
            Portal::Jobindsats => "jobindsats.dk",
            Portal::Statbank => "statistikbanken.dk",
            Portal::Other(t) => t.get(lang),
        }
    }
}

/// How often the series has a figure, for the periods to choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frequency {
    Month,
    /// Moving years ending each quarter (jobindsats' `2023QMAT02`).
    MovingYear,
    Quarter,
    Year,
}

/// A public series a target can be followed by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PublicSeries {
    pub portal: Portal,
    /// Where on the portal: the table's name or the theme it is under.
    pub table: Text,
    /// The table's code, only where the documentation confirms it (`Y60A02`).
    pub code: Option<&'static str>,
    /// The measure to choose ("Antal fuldtidspersoner").
    pub measure: Text,
    /// The benefit group or other grouping to choose, if any.
    pub group: Option<Text>,
    pub frequency: Frequency,
    /// The names the measure goes by in downloaded files (Danish and English), best first,
    /// as word stems: every word of one of them must begin a word of an indicator's name
    /// (a word of up to three letters must be the whole word). Empty: any measure.
    pub measure_names: &'static [&'static str],
    /// The names the group goes by, best first, matched in the same way.
    pub group_names: &'static [&'static str],
    /// Words that rule an indicator out (a share for a count: "pct", "andel").
    pub not: &'static [&'static str],
}

/// What an entry rests on: in words for the user, and where to check it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cite {
    /// The publication or document, in the user's words.
    pub text: Text,
    /// The document the quote is in, for the tests: `plan`, `agreement`, `minutes` (the
    /// committee minutes of 2019) or `domain` (the team's sourced notes on the portals).
    pub document: &'static str,
    /// Words quoted from that document, verbatim.
    pub quote: &'static str,
}

/// Where one measure's figure is published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Published {
    pub measure_id: &'static str,
    /// The public series, or `None`: no public series is known, and the target is followed
    /// by figures typed in by hand.
    pub series: Option<PublicSeries>,
    /// A caveat; without a series, where the figures come from instead.
    pub note: Text,
    pub cites: &'static [Cite],
}

/// Where a measure's figure is published, if the app knows.
pub fn published(measure_id: &str) -> Option<&'static Published> {
    PUBLISHED.iter().find(|p| p.measure_id == measure_id)
}

impl PublicSeries {
    /// "jobindsats.dk, Kontanthjælp (Y60A02)".
    pub fn where_text(&self, lang: Lang) -> String {
        let code = match self.code {
            Some(c) => format!(" ({c})"),
            None => lang
                .pick(
                    " (tabelkoden er ikke bekræftet)",
                    " (table code not confirmed)",
                )
                .to_owned(),
        };
        format!("{}, {}{code}", self.portal.name(lang), self.table.get(lang))
    }

    /// "Antal fuldtidspersoner, Kontanthjælp, aktivitetsparate".
    pub fn what_text(&self, lang: Lang) -> String {
        match self.group {
            Some(g) => format!("{}, {}", self.measure.get(lang), g.get(lang)),
            None => self.measure.get(lang).to_owned(),
        }
    }

    /// Whether the two are one download.
    fn same_download(&self, other: &PublicSeries) -> bool {
        self.portal == other.portal
            && self.table == other.table
            && self.code == other.code
            && self.measure == other.measure
            && self.group == other.group
    }
}

impl Published {
    /// The sources in words, joined by "; ".
    pub fn cites_text(&self, lang: Lang) -> String {
        self.cites
            .iter()
            .map(|c| c.text.get(lang))
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// In one sentence: where to find the figure, or that it has no public series.
    pub fn text(&self, lang: Lang) -> String {
        match &self.series {
            Some(s) => lang.pick(
                format!(
                    "Offentliggøres på {}: {}.",
                    s.where_text(lang),
                    s.what_text(lang)
                ),
                format!(
                    "Published on {}: {}.",
                    s.where_text(lang),
                    s.what_text(lang)
                ),
            ),
            None => lang.pick(
                format!(
                    "Ingen offentlig serie: målet følges med tal, der tastes ind. {}",
                    self.note.da
                ),
                format!(
                    "No public series: the target is followed by figures typed in. {}",
                    self.note.en
                ),
            ),
        }
    }
}
