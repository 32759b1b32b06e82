//! Following the plan's targets against imported figures: the municipality's path, the whole
//! country and the comparable municipalities, and a status explained in words.
//!
//! The core, [`evaluate`], follows one [`Measure`] whatever document it belongs to (the plan,
//! or the development agreement of seed 002, see `crate::agreement`); [`follow_measure`]
//! adds the plan's theme and target to it.
//!
//! The municipality's path (see `follow/path.rs`) is the linked indicator's figures with the
//! figures typed in for the measure (a figure typed in for a period replaces the imported
//! one); each point says where it comes from ([`PointOrigin`]).
//!
//! A measure with a baseline ("I dag er antallet 430") starts the municipality's path with
//! that baseline, sourced to the measure's own source, unless an imported point ends in the
//! same month. The baseline is then a point like the imported ones: it can be the decisive
//! point (when no imported point is later but before the deadline) and it takes part in the
//! trend while it is among the latest [`TREND_POINTS`] points, as it is the document's own
//! figure for the same indicator. Without imported points (or figures from the documents,
//! below) the measure is [`FollowStatus::BaselineOnly`].
//!
//! A figure a source document states in its running text for the measure (see
//! `indicators/documented.rs`: "i 2023 startede 130 forløb op") is added to the path
//! ([`PointOrigin::Document`]), and a national one to the country's series
//! ([`Evaluation::documented_national`]), unless a point ends in the same month: an imported
//! or typed-in figure for that period wins, and so does the baseline. Like the baseline it
//! can be the decisive point and takes part in the trend; unlike the baseline it is a
//! figure for the status on its own, so a measure with only the documents' figures gets a
//! status (read from them) instead of [`FollowStatus::BaselineOnly`] or
//! [`FollowStatus::NotLinked`]. The municipality's own figures are still
//! [`Missing::own`] until imported or typed in, so "Hent tallene" keeps asking for them.

use crate::model::{Measure, Shape, Target, Theme, Workspace};

use super::period::end_month_of;
use super::{IndicatorData, ObsPeriod};

mod development;
mod missing;
mod path;
mod status;
mod text;

pub use development::Development;
pub use missing::{fetch_hint, missing_series, Missing};
pub use path::{PathPoint, PointOrigin};
pub use status::FollowStatus;
pub use text::goal_text;

/// How far a value may be on the wrong side of the target, relative to the target, and still
/// count as "at risk" rather than off track when there is no trend to go by.
pub const AT_RISK_MARGIN: f64 = 0.05;
/// Points the trend is fitted to (the latest ones).
pub const TREND_POINTS: usize = 12;

/// Whose measure is followed, for the words: the plan's or the development agreement's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Document {
    Plan,
    Agreement,
}

/// The mean of the comparable municipalities in one period.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ClusterPoint {
    pub period: ObsPeriod,
    pub mean: f64,
    /// How many of the comparable municipalities have a figure.
    pub count: usize,
}

/// A straight line through the latest values, carried to the deadline.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Trend {
    /// Change per month.
    pub per_month: f64,
    /// The value the line reaches at the deadline.
    pub at_deadline: f64,
    pub points: usize,
}

/// A measure of the plan, followed.
#[derive(Debug, Clone, PartialEq)]
pub struct Followed<'a> {
    pub theme: &'a Theme,
    pub target: &'a Target,
    pub measure: &'a Measure,
    pub indicator: Option<&'a str>,
    pub own: Vec<PathPoint>,
    pub national: Vec<(ObsPeriod, f64)>,
    /// The points of `national` a source document states (with their source), so they can
    /// be marked as taken from the document; the country's imported and typed-in figures
    /// replace them.
    pub documented_national: Vec<PathPoint>,
    pub cluster: Vec<ClusterPoint>,
    /// The point the status is read from.
    pub decisive: Option<PathPoint>,
    /// What the target requires at the decisive point (for a gap target: the national
    /// figure plus or minus the gap; for a development target: see
    /// [`Evaluation::required`]).
    pub required: Option<f64>,
    pub trend: Option<Trend>,
    pub status: FollowStatus,
    /// For a development target: the development the status is read from.
    pub development: Option<Development>,
    /// Which series lack figures.
    pub missing: Missing,
    /// The municipality's area, as the figures name it.
    pub own_area: &'a str,
}

/// One measure followed, whatever document it belongs to.
#[derive(Debug, Clone, PartialEq)]
pub struct Evaluation<'a> {
    pub measure: &'a Measure,
    pub indicator: Option<&'a str>,
    /// The municipality's path: the imported and typed-in figures, the measure's baseline
    /// and the documents' figures, in period order ([`PathPoint::origin`] tells them apart).
    pub own: Vec<PathPoint>,
    pub national: Vec<(ObsPeriod, f64)>,
    /// The points of `national` a source document states (with their source), so they can
    /// be marked as taken from the document; the country's imported and typed-in figures
    /// replace them.
    pub documented_national: Vec<PathPoint>,
    pub cluster: Vec<ClusterPoint>,
    /// The point the status is read from (for a development target: its end).
    pub decisive: Option<PathPoint>,
    /// What the target requires at the decisive point. For a gap target: the national
    /// figure plus or minus the gap. For a development target
    /// ([`Shape::is_development`]): the change in percent the municipality's change is held
    /// against, i.e. the country's change over the same periods plus the margin (where a
    /// fall is better) or minus it (where a rise is better); with the usual margin 0 it is
    /// the development the country had.
    pub required: Option<f64>,
    /// The trend towards the deadline (none for development targets).
    pub trend: Option<Trend>,
    pub status: FollowStatus,
    /// For a development target: the development the status is read from.
    pub development: Option<Development>,
    /// Which series lack figures (the municipality's, the country's, the comparable
    /// municipalities').
    pub missing: Missing,
    /// The municipality's area, as the figures name it.
    pub own_area: &'a str,
}

/// The value a target requires when the national figure is `national`. `None` for a
/// development target, which no single period's figure decides (see [`Evaluation::required`]).
pub fn required_value(measure: &Measure, national: Option<f64>) -> Option<f64> {
    match measure.shape {
        Shape::GapAboveNationalAtMost => national.map(|n| n + measure.value),
        Shape::GapBelowNationalAtMost => national.map(|n| n - measure.value),
        Shape::ChangeAtMostNational | Shape::ChangeAtLeastNational => None,
        _ => Some(measure.value),
    }
}

fn meets(shape: Shape, value: f64, required: f64) -> bool {
    if shape.higher_is_better() {
        value >= required - 1e-9
    } else {
        value <= required + 1e-9
    }
}

fn near(shape: Shape, value: f64, required: f64) -> bool {
    let margin = required.abs().max(1.0) * AT_RISK_MARGIN;
    if shape.higher_is_better() {
        value >= required - margin
    } else {
        value <= required + margin
    }
}

/// Least-squares line through (month, value) of the latest points.
fn trend(points: &[PathPoint], deadline_month: i64) -> Option<Trend> {
    let pts = &points[points.len().saturating_sub(TREND_POINTS)..];
    if pts.len() < 3 {
        return None;
    }
    let n = pts.len() as f64;
    let xs: Vec<f64> = pts.iter().map(|p| p.period.end_month() as f64).collect();
    let mx = xs.iter().sum::<f64>() / n;
    let my = pts.iter().map(|p| p.value).sum::<f64>() / n;
    let sxx: f64 = xs.iter().map(|x| (x - mx).powi(2)).sum();
    if sxx == 0.0 {
        return None;
    }
    let sxy: f64 = xs
        .iter()
        .zip(pts)
        .map(|(x, p)| (x - mx) * (p.value - my))
        .sum();
    let slope = sxy / sxx;
    Some(Trend {
        per_month: slope,
        at_deadline: my + slope * (deadline_month as f64 - mx),
        points: pts.len(),
    })
}

/// Follows one measure of the plan.
pub fn follow_measure<'a>(
    data: &'a IndicatorData,
    theme: &'a Theme,
    target: &'a Target,
    measure: &'a Measure,
) -> Followed<'a> {
    let e = evaluate(data, measure);
    Followed {
        theme,
        target,
        measure: e.measure,
        indicator: e.indicator,
        own: e.own,
        national: e.national,
        documented_national: e.documented_national,
        cluster: e.cluster,
        decisive: e.decisive,
        required: e.required,
        trend: e.trend,
        status: e.status,
        development: e.development,
        missing: e.missing,
        own_area: e.own_area,
    }
}

/// Follows one measure, whatever document it belongs to: the linked indicator's figures for
/// the municipality (after the measure's baseline), the country and the comparable
/// municipalities, with the figures typed in by hand for the measure (see
/// [`IndicatorData::enter_figure`]; a figure typed in for a period replaces the imported one),
/// and the status read from them. [`Evaluation::missing`] says which series lack figures.
pub fn evaluate<'a>(data: &'a IndicatorData, measure: &'a Measure) -> Evaluation<'a> {
    let indicator = data.link_for(&measure.id).map(|l| l.indicator.as_str());
    let mut f = Evaluation {
        measure,
        indicator,
        own: Vec::new(),
        national: Vec::new(),
        documented_national: Vec::new(),
        cluster: Vec::new(),
        decisive: None,
        required: None,
        trend: None,
        status: FollowStatus::NotLinked,
        development: None,
        missing: Missing::default(),
        own_area: &data.comparison.own,
    };
    let paths = path::paths(data, measure, indicator);
    f.own = paths.own;
    f.national = paths.national;
    f.documented_national = paths.documented_national;
    let figures = paths.figures;
    // The documents' figures are figures for the status; the baseline alone is not.
    let counted = figures || paths.documented;
    if measure.baseline.is_some() && !counted {
        f.status = FollowStatus::BaselineOnly;
    }
    let mut sums: std::collections::BTreeMap<ObsPeriod, (f64, usize)> = Default::default();
    for area in &data.comparison.cluster {
        let mut values: std::collections::BTreeMap<ObsPeriod, f64> = Default::default();
        if let Some(s) = indicator.and_then(|name| data.series(name, area)) {
            values.extend(s.points.iter().map(|p| (p.period(), p.value())));
        }
        values.extend(
            data.entered_for(&measure.id, area)
                .map(|e| (e.period, e.value)),
        );
        for (period, value) in values {
            let e = sums.entry(period).or_default();
            e.0 += value;
            e.1 += 1;
        }
    }
    f.cluster = sums
        .into_iter()
        .map(|(period, (sum, count))| ClusterPoint {
            period,
            mean: sum / count as f64,
            count,
        })
        .collect();
    f.missing = Missing::of(&f, figures);
    if indicator.is_none() && !counted {
        return f;
    }
    if f.status == FollowStatus::BaselineOnly {
        return f;
    }
    if measure.shape.is_development() {
        development::judge(&mut f);
        return f;
    }

    let deadline = end_month_of(measure.deadline.date);
    let national_at = |p: ObsPeriod| f.national.iter().find(|(q, _)| *q == p).map(|(_, v)| *v);
    // Points that can be judged: all, or for a gap target those with a national figure.
    let judged: Vec<&PathPoint> = f
        .own
        .iter()
        .filter(|p| !measure.shape.is_relative_to_national() || national_at(p.period).is_some())
        .collect();
    let Some(latest) = judged.last() else {
        f.status = FollowStatus::NoData;
        return f;
    };
    let past_deadline = latest.period.end_month() >= deadline;
    let decisive = if past_deadline {
        judged
            .iter()
            .rev()
            .find(|p| p.period.end_month() <= deadline)
            .or(judged.first())
            .copied()
    } else {
        Some(*latest)
    };
    let decisive = decisive.expect("judged is not empty").clone();
    let required = required_value(measure, national_at(decisive.period));
    let Some(req) = required else {
        f.status = FollowStatus::NoData;
        return f;
    };
    let ok_now = meets(measure.shape, decisive.value, req);
    f.status = if past_deadline {
        if ok_now {
            FollowStatus::Met
        } else {
            FollowStatus::Missed
        }
    } else {
        // For a gap target the trend is of the gap itself, read against the latest national figure.
        let path: Vec<PathPoint> = if measure.shape.is_relative_to_national() {
            judged
                .iter()
                .map(|p| PathPoint {
                    value: p.value - national_at(p.period).unwrap_or(0.0)
                        + national_at(decisive.period).unwrap_or(0.0),
                    ..(*p).clone()
                })
                .collect()
        } else {
            judged.iter().map(|p| (*p).clone()).collect()
        };
        f.trend = trend(&path, deadline);
        match (ok_now, f.trend) {
            (true, Some(t)) if !meets(measure.shape, t.at_deadline, req) => FollowStatus::AtRisk,
            (true, _) => FollowStatus::OnTrack,
            (false, Some(t)) if meets(measure.shape, t.at_deadline, req) => FollowStatus::AtRisk,
            (false, _) if near(measure.shape, decisive.value, req) => FollowStatus::AtRisk,
            (false, _) => FollowStatus::OffTrack,
        }
    };
    f.required = Some(req);
    f.decisive = Some(decisive);
    f
}

/// Every measure of the plan, followed, in the plan's order.
pub fn follow_all(ws: &Workspace) -> Vec<Followed<'_>> {
    ws.measures()
        .map(|(theme, target, measure)| follow_measure(&ws.indicators, theme, target, measure))
        .collect()
}
