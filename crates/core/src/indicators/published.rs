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

use crate::format;
use crate::model::{Measure, PartialDate, Workspace};
use crate::Lang;

use super::follow::{missing_series, Missing};
use super::{Document, IndicatorData};

mod table;

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

/// One measure in the "Hent tallene" list.
#[derive(Debug, Clone, PartialEq)]
pub struct FetchTarget<'a> {
    pub measure: &'a Measure,
    pub document: Document,
    pub missing: Missing,
}

/// One line of the "Hent tallene" list: a download that serves one or more measures, or the
/// measures that have no public series (typed in by hand), or measures the app knows no
/// source for (added in the app).
#[derive(Debug, Clone, PartialEq)]
pub struct FetchLine<'a> {
    /// The series to download; `None` for figures typed in by hand.
    pub series: Option<&'static PublicSeries>,
    /// The entries behind the line (one per measure, in the same order as `targets`); empty
    /// for measures the app knows no source for.
    pub published: Vec<&'static Published>,
    pub targets: Vec<FetchTarget<'a>>,
    /// The areas to tick, the required first: the municipality, then "Hele landet" when a
    /// target is read against the country (or for comparison), then the comparable
    /// municipalities (for comparison).
    pub areas: Vec<String>,
    /// The first and last period to choose.
    pub from: PartialDate,
    pub to: PartialDate,
}

/// Every measure of the plan and of the development agreements with its document.
pub fn all_measures(ws: &Workspace) -> Vec<(&Measure, Document)> {
    ws.measures()
        .map(|(_, _, m)| (m, Document::Plan))
        .chain(ws.agreements.iter().flat_map(|a| {
            a.measures()
                .map(|(_, _, m)| (m, Document::Agreement))
                .collect::<Vec<_>>()
        }))
        .collect()
}

/// The first period worth fetching for a measure: a development target's start, its
/// baseline, or January of the year before its deadline, whichever is first.
fn fetch_from(m: &Measure) -> PartialDate {
    let mut from = PartialDate::month(m.deadline.date.year - 1, 1);
    if m.shape.is_development() {
        from = from.min(m.development_start());
    }
    if let Some(b) = &m.baseline {
        from = from.min(b.date);
    }
    from
}

fn fetch_to(m: &Measure) -> PartialDate {
    let d = m.deadline.date;
    PartialDate::month(d.year, d.month.unwrap_or(12))
}

/// The "Hent tallene" list: every measure of the plan and the development agreements still
/// without the figures it needs ([`Missing::needs_figures`]), one line per download (the
/// measures one table serves together), then the measures followed by hand-typed figures,
/// then any measure the app knows no source for. Lines keep the documents' order.
pub fn fetch_list(ws: &Workspace) -> Vec<FetchLine<'_>> {
    let data: &IndicatorData = &ws.indicators;
    let mut lines: Vec<FetchLine> = Vec::new();
    let mut by_hand: Option<FetchLine> = None;
    let mut unknown: Option<FetchLine> = None;
    for (m, document) in all_measures(ws) {
        let missing = missing_series(data, m);
        if !missing.needs_figures() {
            continue;
        }
        let target = FetchTarget {
            measure: m,
            document,
            missing,
        };
        let (from, to) = (fetch_from(m), fetch_to(m));
        let new_line = |series, published: Vec<&'static Published>| FetchLine {
            series,
            published,
            targets: Vec::new(),
            areas: Vec::new(),
            from,
            to,
        };
        let line = match published(&m.id) {
            None => unknown.get_or_insert_with(|| new_line(None, Vec::new())),
            Some(p) => {
                let line = match &p.series {
                    None => by_hand.get_or_insert_with(|| new_line(None, Vec::new())),
                    Some(s) => {
                        match lines
                            .iter()
                            .position(|l| l.series.is_some_and(|t| t.same_download(s)))
                        {
                            Some(i) => &mut lines[i],
                            None => {
                                lines.push(new_line(Some(s), Vec::new()));
                                lines.last_mut().expect("just pushed")
                            }
                        }
                    }
                };
                line.published.push(p);
                line
            }
        };
        line.from = line.from.min(from);
        line.to = line.to.max(to);
        line.targets.push(target);
    }
    for line in &mut lines {
        line.areas = areas_to_tick(data);
    }
    lines.extend(by_hand);
    lines.extend(unknown);
    lines
}

/// The municipality, the whole country and the comparable municipalities.
fn areas_to_tick(data: &IndicatorData) -> Vec<String> {
    let mut areas = vec![
        data.comparison.own.clone(),
        super::import::NATIONAL.to_owned(),
    ];
    areas.extend(data.comparison.cluster.iter().cloned());
    areas
}

impl FetchLine<'_> {
    /// Whether the line is a download (else figures typed in by hand, or no known source).
    pub fn is_download(&self) -> bool {
        self.series.is_some()
    }

    /// The periods in words: "månedstal fra januar 2022 til december 2023".
    pub fn periods_text(&self, lang: Lang) -> String {
        let (from, to) = (format::date(self.from, lang), format::date(self.to, lang));
        let kind = match self.series.map(|s| s.frequency) {
            Some(Frequency::Month) => lang.pick("månedstal", "monthly figures"),
            Some(Frequency::MovingYear) => {
                lang.pick("rullende år (kvartalsvis)", "moving years (each quarter)")
            }
            Some(Frequency::Quarter) => lang.pick("kvartalstal", "quarterly figures"),
            Some(Frequency::Year) => lang.pick("årstal", "yearly figures"),
            None => lang.pick("tal", "figures"),
        };
        lang.pick(
            format!("{kind} fra {from} til {to}"),
            format!("{kind} from {from} to {to}"),
        )
    }

    /// Which areas to tick, in words: "Slagelse, Hele landet og de 15 sammenlignelige
    /// kommuner (Esbjerg, …)", with what the country is needed for.
    pub fn areas_text(&self, lang: Lang) -> String {
        let Some((own, rest)) = self.areas.split_first() else {
            return String::new();
        };
        let cluster = rest.get(1..).unwrap_or_default();
        let country_needed = self
            .targets
            .iter()
            .any(|t| t.measure.shape.is_relative_to_national());
        let country = if country_needed {
            lang.pick(
                "Hele landet (målet måles mod landstallet)",
                "Hele landet (the target is read against the country)",
            )
        } else {
            lang.pick(
                "Hele landet (til sammenligning)",
                "Hele landet (for comparison)",
            )
        };
        let names = cluster.join(", ");
        lang.pick(
            format!(
                "{own}, {country} og de {} sammenlignelige kommuner ({names})",
                cluster.len()
            ),
            format!(
                "{own}, {country} and the {} comparable municipalities ({names})",
                cluster.len()
            ),
        )
    }

    /// The line in words, one sentence per part: where, what, areas, periods, for which
    /// targets, and the sources.
    pub fn text(&self, lang: Lang) -> String {
        let targets = self
            .targets
            .iter()
            .map(|t| t.measure.indicator.as_str())
            .collect::<Vec<_>>()
            .join("; ");
        let cites = {
            let mut c: Vec<&str> = self
                .published
                .iter()
                .flat_map(|p| p.cites.iter().map(|c| c.text.get(lang)))
                .collect();
            c.dedup();
            let mut seen = Vec::new();
            c.retain(|x| {
                let new = !seen.contains(x);
                seen.push(*x);
                new
            });
            c.join("; ")
        };
        match self.series {
            Some(s) => lang.pick(
                format!(
                    "Hent fra {}: {}. Vælg områderne {}; {}. Bruges til: {targets}. Kilde: {cites}.",
                    s.where_text(lang),
                    s.what_text(lang),
                    self.areas_text(lang),
                    self.periods_text(lang),
                ),
                format!(
                    "Download from {}: {}. Tick the areas {}; {}. Used for: {targets}. Source: {cites}.",
                    s.where_text(lang),
                    s.what_text(lang),
                    self.areas_text(lang),
                    self.periods_text(lang),
                ),
            ),
            None if self.published.is_empty() => lang.pick(
                format!("Appen kender ingen kilde til: {targets}. Tast tallene ind med deres kilde."),
                format!("The app knows no source for: {targets}. Type the figures in with their source."),
            ),
            None => lang.pick(
                format!("Ingen offentlig serie; tast tallene ind med deres kilde: {targets}. Kilde: {cites}."),
                format!("No public series; type the figures in with their source: {targets}. Source: {cites}."),
            ),
        }
    }
}
