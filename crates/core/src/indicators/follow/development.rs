//! Development targets ([`Shape::ChangeAtMostNational`], [`Shape::ChangeAtLeastNational`]):
//! the municipality's change in percent between two dates against the whole country's over
//! the same periods ("Udviklingen i ledige personer fra december 2015 til december 2016 skal
//! være på samme eller mere positivt niveau end på landsplan").
//!
//! The development starts at [`Measure::development_start`] and ends at the deadline. Both
//! ends need a figure for the municipality and for the country in the same period, and the
//! end is of the same kind of period as the start (months with months, years with years).
//! Before the deadline the latest such period is judged: the development so far. There is no
//! trend for these targets: the status is read from the development so far.

use super::{Evaluation, FollowStatus, PathPoint, AT_RISK_MARGIN};
use crate::indicators::{end_month_of, ObsPeriod};
use crate::model::{Measure, Shape};

/// A development between two periods, for the municipality and for the country.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Development {
    /// The period the development starts in.
    pub from: ObsPeriod,
    /// The period it is judged at: the deadline's, or before it the latest with figures.
    pub to: ObsPeriod,
    pub own_from: f64,
    pub own_to: f64,
    pub national_from: f64,
    pub national_to: f64,
    /// The municipality's change in percent: (own at `to` − own at `from`) / own at `from`
    /// × 100.
    pub own_change: f64,
    /// The country's change in percent over the same periods.
    pub national_change: f64,
}

impl Development {
    /// The development between two periods; `None` when a start figure is 0 (a change in
    /// percent of nothing).
    pub fn new(
        from: ObsPeriod,
        to: ObsPeriod,
        own: (f64, f64),
        national: (f64, f64),
    ) -> Option<Self> {
        let change = |(a, b): (f64, f64)| (a != 0.0).then(|| (b - a) / a * 100.0);
        Some(Development {
            from,
            to,
            own_from: own.0,
            own_to: own.1,
            national_from: national.0,
            national_to: national.1,
            own_change: change(own)?,
            national_change: change(national)?,
        })
    }
}

/// The change the municipality's change is held against: the country's, plus the margin
/// where a fall is better, minus it where a rise is better.
pub fn required_change(measure: &Measure, national_change: f64) -> f64 {
    match measure.shape {
        Shape::ChangeAtLeastNational => national_change - measure.value,
        _ => national_change + measure.value,
    }
}

/// Whether a change meets the required change.
pub fn meets_change(shape: Shape, change: f64, required: f64) -> bool {
    if shape.higher_is_better() {
        change >= required - 1e-9
    } else {
        change <= required + 1e-9
    }
}

/// Whether a change that does not meet the required one is close to it: the level it leads
/// to is within [`AT_RISK_MARGIN`] of the level the required change leads to (as a cap of
/// 889 is at risk up to 5 % above it). In percentage points of change that is
/// `AT_RISK_MARGIN × (100 + required)`, about 5 points.
fn near_change(change: f64, required: f64) -> bool {
    (change - required).abs() <= AT_RISK_MARGIN * (100.0 + required).abs()
}

/// Judges a development target: sets the development, the decisive point (its end), the
/// required change and the status. The path and the national figures are already set.
pub(super) fn judge(f: &mut Evaluation<'_>) {
    let measure = f.measure;
    let start = end_month_of(measure.development_start());
    let deadline = end_month_of(measure.deadline.date);
    let national_at = |p: ObsPeriod| f.national.iter().find(|(q, _)| *q == p).map(|(_, v)| *v);
    // Periods with a figure for both, after the start, each with its start of the same kind.
    let mut ends: Vec<(&PathPoint, Development)> = Vec::new();
    for to in &f.own {
        let Some(national_to) = national_at(to.period) else {
            continue;
        };
        if to.period.end_month() <= start {
            continue;
        }
        let from = f.own.iter().find(|p| {
            p.period.end_month() == start
                && p.period.kind() == to.period.kind()
                && national_at(p.period).is_some()
        });
        let Some(from) = from else {
            continue;
        };
        let national_from = national_at(from.period).expect("checked above");
        if let Some(d) = Development::new(
            from.period,
            to.period,
            (from.value, to.value),
            (national_from, national_to),
        ) {
            ends.push((to, d));
        }
    }
    let past_deadline = ends.iter().any(|(p, _)| p.period.end_month() >= deadline);
    let chosen = ends
        .iter()
        .rev()
        .find(|(p, _)| p.period.end_month() <= deadline)
        .or(ends.first())
        .map(|(p, d)| ((*p).clone(), *d));
    let Some((end, d)) = chosen else {
        f.status = FollowStatus::NoData;
        return;
    };
    let required = required_change(measure, d.national_change);
    let ok = meets_change(measure.shape, d.own_change, required);
    f.status = match (past_deadline, ok) {
        (true, true) => FollowStatus::Met,
        (true, false) => FollowStatus::Missed,
        (false, true) => FollowStatus::OnTrack,
        (false, false) if near_change(d.own_change, required) => FollowStatus::AtRisk,
        (false, false) => FollowStatus::OffTrack,
    };
    f.decisive = Some(end);
    f.required = Some(required);
    f.development = Some(d);
}
