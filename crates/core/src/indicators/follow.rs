//! Following the plan's targets against imported figures: the municipality's path, the whole
//! country and the comparable municipalities, and a status explained in words.

use crate::model::{Measure, Shape, Target, Theme, Workspace};
use crate::source::Source;
use crate::Lang;

use super::import::NATIONAL;
use super::period::end_month_of;
use super::{IndicatorData, ObsPeriod};

mod text;

pub use text::goal_text;

/// How far a value may be on the wrong side of the target, relative to the target, and still
/// count as "at risk" rather than off track when there is no trend to go by.
pub const AT_RISK_MARGIN: f64 = 0.05;
/// Points the trend is fitted to (the latest ones).
pub const TREND_POINTS: usize = 12;

/// Where a measure stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FollowStatus {
    /// The deadline has passed and the target was met.
    Met,
    /// Before the deadline: the target is met now, and the trend keeps it met.
    OnTrack,
    /// Before the deadline: not met now but the trend reaches it, met now but the trend
    /// leaves it, or close to it.
    AtRisk,
    /// Before the deadline: not met and the trend does not reach it.
    OffTrack,
    /// The deadline has passed and the target was not met.
    Missed,
    /// Linked, but no figures for the municipality (or, for a target against the national
    /// average, for the country).
    NoData,
    /// No indicator linked.
    NotLinked,
}

impl FollowStatus {
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (FollowStatus::Met, Lang::Da) => "Nået",
            (FollowStatus::Met, Lang::En) => "Met",
            (FollowStatus::OnTrack, Lang::Da) => "På rette spor",
            (FollowStatus::OnTrack, Lang::En) => "On track",
            (FollowStatus::AtRisk, Lang::Da) => "I risiko",
            (FollowStatus::AtRisk, Lang::En) => "At risk",
            (FollowStatus::OffTrack, Lang::Da) => "Ikke på rette spor",
            (FollowStatus::OffTrack, Lang::En) => "Off track",
            (FollowStatus::Missed, Lang::Da) => "Ikke nået",
            (FollowStatus::Missed, Lang::En) => "Missed",
            (FollowStatus::NoData, Lang::Da) => "Ingen tal",
            (FollowStatus::NoData, Lang::En) => "No figures",
            (FollowStatus::NotLinked, Lang::Da) => "Ikke koblet",
            (FollowStatus::NotLinked, Lang::En) => "Not linked",
        }
    }

    /// A CSS-friendly code: green, yellow, red or grey.
    pub fn colour(self) -> &'static str {
        match self {
            FollowStatus::Met | FollowStatus::OnTrack => "green",
            FollowStatus::AtRisk => "yellow",
            FollowStatus::OffTrack | FollowStatus::Missed => "red",
            FollowStatus::NoData | FollowStatus::NotLinked => "grey",
        }
    }
}

/// One value of the municipality's path with its source.
#[derive(Debug, Clone, PartialEq)]
pub struct PathPoint {
    pub period: ObsPeriod,
    pub value: f64,
    pub source: Source,
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
    pub cluster: Vec<ClusterPoint>,
    /// The point the status is read from.
    pub decisive: Option<PathPoint>,
    /// What the target requires at the decisive point (for a gap target: the national
    /// figure plus or minus the gap).
    pub required: Option<f64>,
    pub trend: Option<Trend>,
    pub status: FollowStatus,
}

/// The value a target requires when the national figure is `national`.
pub fn required_value(measure: &Measure, national: Option<f64>) -> Option<f64> {
    match measure.shape {
        Shape::GapAboveNationalAtMost => national.map(|n| n + measure.value),
        Shape::GapBelowNationalAtMost => national.map(|n| n - measure.value),
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

/// Follows one measure.
pub fn follow_measure<'a>(
    data: &'a IndicatorData,
    theme: &'a Theme,
    target: &'a Target,
    measure: &'a Measure,
) -> Followed<'a> {
    let indicator = data.link_for(&measure.id).map(|l| l.indicator.as_str());
    let mut f = Followed {
        theme,
        target,
        measure,
        indicator,
        own: Vec::new(),
        national: Vec::new(),
        cluster: Vec::new(),
        decisive: None,
        required: None,
        trend: None,
        status: FollowStatus::NotLinked,
    };
    let Some(name) = indicator else {
        return f;
    };
    if let Some(s) = data.series(name, &data.comparison.own) {
        f.own = s
            .points
            .iter()
            .map(|p| PathPoint {
                period: p.period(),
                value: p.value(),
                source: data.source(p),
            })
            .collect();
    }
    if let Some(s) = data.series(name, NATIONAL) {
        f.national = s.points.iter().map(|p| (p.period(), p.value())).collect();
    }
    let mut sums: std::collections::BTreeMap<ObsPeriod, (f64, usize)> = Default::default();
    for area in &data.comparison.cluster {
        if let Some(s) = data.series(name, area) {
            for p in &s.points {
                let e = sums.entry(p.period()).or_default();
                e.0 += p.value();
                e.1 += 1;
            }
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
