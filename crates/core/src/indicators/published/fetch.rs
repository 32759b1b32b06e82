//! The "Hent tallene" list: one line per download for every measure still without the
//! figures it needs, with the areas to tick and the periods to choose.

use crate::format;
use crate::model::{Measure, PartialDate, Workspace};
use crate::Lang;

use super::super::follow::{missing_series, Missing};
use super::super::{Document, IndicatorData};
use super::{published, Frequency, PublicSeries, Published};

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
        super::super::import::NATIONAL.to_owned(),
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
