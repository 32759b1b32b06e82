//! Links made on import: an imported indicator that holds what a target needs (its measure
//! and benefit group, by the names jobindsats.dk and Statbank give them, in Danish or English,
//! whatever the case, accents or punctuation; see [`PublicSeries::measure_names`]) links the
//! target at once. Where several fit, the best is taken and the others are offered, best
//! first ([`fitting`]). A link made this way can be undone
//! ([`IndicatorData::decline_link`]), and an import does not make it again.

use std::collections::HashSet;

use super::import::{Format, Parsed, NATIONAL};
use super::published::{all_measures, published, PublicSeries};
use super::{AreaFilter, Document, IndicatorData, MeasureLink, MergeReport};
use crate::casefold::fold;
use crate::model::Measure;
use crate::Workspace;

/// Words that say nothing about what is measured.
const STOP_WORDS: [&str; 14] = [
    "i", "af", "og", "til", "med", "for", "paa", "the", "of", "in", "on", "at", "and", "mv",
];

/// The words of a text, folded (lower case, no accents).
pub(crate) fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Whether a stem matches a word: a stem of up to three letters is the whole word, a longer
/// one begins it.
fn stem_matches(stem: &str, word: &str) -> bool {
    if stem.chars().count() <= 3 {
        stem == word
    } else {
        word.starts_with(stem)
    }
}

/// The words of `name` a term covers, if every stem of the term matches one of them.
fn term_covers(term: &str, name: &[String]) -> Option<Vec<usize>> {
    let mut covered = Vec::new();
    for stem in term.split_whitespace() {
        let i = name.iter().position(|w| stem_matches(stem, w))?;
        covered.push(i);
    }
    Some(covered)
}

/// The part of an indicator's name that says what it measures: after the last ": " (the
/// table's title before it is context, as in jobindsats' benchmark "Forventet og faktisk
/// antal fuldtidspersoner på offentlig forsørgelse: Faktisk andel (pct.)").
fn measured_part(name: &str) -> &str {
    name.rsplit_once(": ").map_or(name, |(_, rest)| rest)
}

/// How well an indicator's name fits a series, higher is better; `None` when it does not
/// hold the series' measure and group.
pub fn fit_score(series: &PublicSeries, name: &str) -> Option<i64> {
    let w = words(measured_part(name));
    if series.not.iter().any(|t| term_covers(t, &w).is_some()) {
        return None;
    }
    let pick = |terms: &[&str]| -> Option<(usize, Vec<usize>)> {
        if terms.is_empty() {
            return Some((3, Vec::new()));
        }
        terms
            .iter()
            .enumerate()
            .find_map(|(i, t)| term_covers(t, &w).map(|c| (i, c)))
    };
    let (mi, mut covered) = pick(series.measure_names)?;
    let (gi, g) = pick(series.group_names)?;
    covered.extend(g);
    let extra = w
        .iter()
        .enumerate()
        .filter(|(i, x)| !covered.contains(i) && !STOP_WORDS.contains(&x.as_str()))
        .count();
    Some(1000 - 50 * (mi as i64) - 50 * (gi as i64) - 10 * (extra as i64))
}

/// One indicator that fits a measure, with its score.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub indicator: String,
    pub score: i64,
}

/// The imported indicators that hold what a measure needs, best first: the name's fit (the
/// measure's and group's preferred names, fewer other words), then the figures it has for
/// the municipality, the country (more for a target read against it) and the comparable
/// municipalities. Empty for a measure without a public series.
pub fn fitting(data: &IndicatorData, measure: &Measure) -> Vec<Candidate> {
    let Some(series) = published(&measure.id).and_then(|p| p.series.as_ref()) else {
        return Vec::new();
    };
    let national_weight = if measure.shape.is_relative_to_national() {
        200
    } else {
        50
    };
    let mut out: Vec<Candidate> = data
        .indicators()
        .into_iter()
        .filter_map(|name| {
            let fit = fit_score(series, name)?;
            let mut score = fit;
            if data.series(name, &data.comparison.own).is_some() {
                score += 300;
            }
            if data.series(name, NATIONAL).is_some() {
                score += national_weight;
            }
            if data
                .comparison
                .cluster
                .iter()
                .any(|c| data.series(name, c).is_some())
            {
                score += 20;
            }
            Some(Candidate {
                indicator: name.to_owned(),
                score,
            })
        })
        .collect();
    out.sort_by(|a, b| b.score.cmp(&a.score).then(a.indicator.cmp(&b.indicator)));
    out
}

/// A link an import made.
#[derive(Debug, Clone, PartialEq)]
pub struct NewLink {
    pub measure_id: String,
    /// What the measure measures, in the document's words.
    pub measure_text: String,
    pub document: Document,
    pub indicator: String,
    /// The other indicators that fit, best first.
    pub others: Vec<String>,
    /// Linked because the names are the same (else because the measure and group fit).
    pub same_name: bool,
}

/// What an import did: the merge's counts and each link it made.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportOutcome {
    pub report: MergeReport,
    pub links: Vec<NewLink>,
}

/// Links every unlinked measure of the plan and the development agreements to the best
/// indicator that fits it among `imported` (the indicators a file just brought), unless the
/// user undid that link before. Returns the links made.
pub fn link_fitting(ws: &mut Workspace, imported: &HashSet<&str>) -> Vec<NewLink> {
    let mut made = Vec::new();
    let measures: Vec<(Measure, Document)> = all_measures(ws)
        .into_iter()
        .map(|(m, d)| (m.clone(), d))
        .collect();
    for (m, document) in measures {
        if ws.indicators.link_for(&m.id).is_some() {
            continue;
        }
        let fits: Vec<String> = fitting(&ws.indicators, &m)
            .into_iter()
            .map(|c| c.indicator)
            .filter(|name| !ws.indicators.is_declined(&m.id, name))
            .collect();
        let Some(best) = fits.iter().find(|n| imported.contains(n.as_str())).cloned() else {
            continue;
        };
        let others = fits.into_iter().filter(|n| *n != best).collect();
        ws.indicators.links.push(MeasureLink {
            measure_id: m.id.clone(),
            indicator: best.clone(),
            automatic: true,
        });
        made.push(NewLink {
            measure_id: m.id.clone(),
            measure_text: m.indicator.clone(),
            document,
            indicator: best,
            others,
            same_name: false,
        });
    }
    made
}

/// Imports a file's values into the workspace as one step, as [`super::import_parsed`], and
/// says which targets it linked: first those whose indicator has the name of an imported
/// one, then those an imported indicator fits (see [`link_fitting`]). The app applies the
/// whole as one undoable step; each link can then be undone alone with
/// [`IndicatorData::decline_link`].
pub fn import_and_link(
    ws: &mut Workspace,
    parsed: &Parsed,
    format: Format,
    imported_at: &str,
    filter: AreaFilter,
) -> ImportOutcome {
    let before: Vec<String> = ws
        .indicators
        .links
        .iter()
        .map(|l| l.measure_id.clone())
        .collect();
    let report = super::import_parsed(ws, parsed, format, imported_at, filter);
    let measures: Vec<(String, String, Document)> = all_measures(ws)
        .into_iter()
        .map(|(m, d)| (m.id.clone(), m.indicator.clone(), d))
        .collect();
    let mut links: Vec<NewLink> = Vec::new();
    for l in &ws.indicators.links {
        if before.contains(&l.measure_id) {
            continue;
        }
        let Some((_, text, document)) = measures.iter().find(|(id, _, _)| *id == l.measure_id)
        else {
            continue;
        };
        let others = measures_fitting(ws, &l.measure_id)
            .into_iter()
            .filter(|n| *n != l.indicator)
            .collect();
        links.push(NewLink {
            measure_id: l.measure_id.clone(),
            measure_text: text.clone(),
            document: *document,
            indicator: l.indicator.clone(),
            others,
            same_name: super::store::same_name(text, &l.indicator),
        });
    }
    // In the documents' order.
    links.sort_by_key(|l| measures.iter().position(|(id, _, _)| *id == l.measure_id));
    ImportOutcome { report, links }
}

fn measures_fitting(ws: &Workspace, measure_id: &str) -> Vec<String> {
    all_measures(ws)
        .into_iter()
        .find(|(m, _)| m.id == measure_id)
        .map(|(m, _)| {
            fitting(&ws.indicators, m)
                .into_iter()
                .map(|c| c.indicator)
                .collect()
        })
        .unwrap_or_default()
}

/// The indicators a reading brings (those kept by `filter` or not: a name is a name).
pub(crate) fn imported_names(parsed: &Parsed) -> HashSet<&str> {
    parsed.observations.iter().map(|o| &*o.indicator).collect()
}
