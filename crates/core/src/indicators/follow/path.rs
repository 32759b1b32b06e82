//! The municipality's path and the country's series of a followed measure, each point with
//! where it comes from ([`PointOrigin`]): an imported file, a figure typed in, the measure's
//! baseline or a figure a source document states.

use super::super::documented::{observations_for, DocumentArea};
use super::super::import::{canonical_area, NATIONAL};
use super::super::seeded::MUNICIPALITY;
use super::super::{IndicatorData, ObsPeriod};
use crate::model::{Measure, PartialDate};
use crate::source::Source;
use crate::Lang;

/// Where a point of a followed measure comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PointOrigin {
    /// A value of a file the user imported.
    Imported,
    /// A figure the user typed in for the measure.
    Entered,
    /// The measure's own baseline ("I dag er antallet 430").
    Baseline,
    /// A figure a source document states: one of [`super::super::documented::OBSERVATIONS`],
    /// or a value of a source document's table stored as indicator data (seed 003's tables).
    Document,
}

impl PointOrigin {
    /// A short mark for the point, in the UI language: "importeret", "indtastet i appen",
    /// "udgangspunkt" (the plan's or the agreement's), "fra dokumentet".
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            PointOrigin::Imported => lang.pick("importeret", "imported"),
            PointOrigin::Entered => lang.pick("indtastet i appen", "typed in"),
            PointOrigin::Baseline => lang.pick("udgangspunkt", "baseline"),
            PointOrigin::Document => lang.pick("fra dokumentet", "from the document"),
        }
    }
}

/// One value of the municipality's path with its source.
#[derive(Debug, Clone, PartialEq)]
pub struct PathPoint {
    pub period: ObsPeriod,
    pub value: f64,
    pub source: Source,
    pub origin: PointOrigin,
}

/// A measure's series before they are judged.
pub(super) struct Paths {
    pub(super) own: Vec<PathPoint>,
    pub(super) national: Vec<(ObsPeriod, f64)>,
    /// The points of `national` a document states.
    pub(super) documented_national: Vec<PathPoint>,
    /// Whether the municipality has imported or typed-in figures (the baseline and the
    /// documents' running text do not count).
    pub(super) figures: bool,
    /// Whether a document's running text gave the municipality's path a point.
    pub(super) documented: bool,
}

/// The period a document date names: its month, or the year.
fn period_of(date: PartialDate) -> ObsPeriod {
    match date.month {
        Some(m) => ObsPeriod::Month(date.year, m),
        None => ObsPeriod::Year(date.year),
    }
}

/// The measure's baseline as a point of the path, sourced to the measure.
fn baseline_point(measure: &Measure) -> Option<PathPoint> {
    measure.baseline.as_ref().map(|b| PathPoint {
        period: period_of(b.date),
        value: b.value,
        source: measure.source.clone(),
        origin: PointOrigin::Baseline,
    })
}

/// Adds `point` in period order unless a point ends in the same month.
fn add_unless_month_taken(path: &mut Vec<PathPoint>, point: PathPoint) -> bool {
    let month = point.period.end_month();
    if path.iter().any(|p| p.period.end_month() == month) {
        return false;
    }
    let at = path.iter().position(|p| p.period > point.period);
    path.insert(at.unwrap_or(path.len()), point);
    true
}

/// The municipality's path and the country's series: the linked indicator's figures, the
/// figures typed in (which replace an imported one of the same period), then the measure's
/// baseline and the documents' figures where no point ends in the same month.
pub(super) fn paths(data: &IndicatorData, measure: &Measure, indicator: Option<&str>) -> Paths {
    let own_area = data.comparison.own.as_str();
    let mut own: Vec<PathPoint> = Vec::new();
    if let Some(s) = indicator.and_then(|name| data.series(name, own_area)) {
        own = s
            .points
            .iter()
            .map(|p| {
                let source = data.source(p);
                let origin = match source {
                    Source::Seed { .. } => PointOrigin::Document,
                    _ => PointOrigin::Imported,
                };
                PathPoint {
                    period: p.period(),
                    value: p.value(),
                    source,
                    origin,
                }
            })
            .collect();
    }
    for e in data.entered_for(&measure.id, own_area) {
        let point = PathPoint {
            period: e.period,
            value: e.value,
            source: e.as_source(),
            origin: PointOrigin::Entered,
        };
        match own.binary_search_by(|p| p.period.cmp(&e.period)) {
            Ok(i) => own[i] = point,
            Err(i) => own.insert(i, point),
        }
    }
    let figures = !own.is_empty();
    if let Some(b) = baseline_point(measure) {
        add_unless_month_taken(&mut own, b);
    }
    let mut documented = false;
    // The documents are about one municipality: their figures are its own.
    if own_area == canonical_area(MUNICIPALITY) {
        for o in observations_for(&measure.id, DocumentArea::Municipality) {
            let point = PathPoint {
                period: o.period,
                value: o.value,
                source: o.source(),
                origin: PointOrigin::Document,
            };
            documented |= add_unless_month_taken(&mut own, point);
        }
    }

    let mut national: Vec<(ObsPeriod, f64)> = Vec::new();
    if let Some(s) = indicator.and_then(|name| data.series(name, NATIONAL)) {
        national = s.points.iter().map(|p| (p.period(), p.value())).collect();
    }
    for e in data.entered_for(&measure.id, NATIONAL) {
        match national.binary_search_by(|(p, _)| p.cmp(&e.period)) {
            Ok(i) => national[i].1 = e.value,
            Err(i) => national.insert(i, (e.period, e.value)),
        }
    }
    let mut documented_national = Vec::new();
    for o in observations_for(&measure.id, DocumentArea::Country) {
        let month = o.period.end_month();
        if national.iter().any(|(p, _)| p.end_month() == month) {
            continue;
        }
        let at = national.iter().position(|(p, _)| *p > o.period);
        national.insert(at.unwrap_or(national.len()), (o.period, o.value));
        documented_national.push(PathPoint {
            period: o.period,
            value: o.value,
            source: o.source(),
            origin: PointOrigin::Document,
        });
    }
    Paths {
        own,
        national,
        documented_national,
        figures,
        documented,
    }
}
