//! The plan's targets as a scenario projects them: caps (at most N), floors and counts (at
//! least N) and shares in percent, each moved by one benefit group.
//!
//! A [`TargetLink`](super::TargetLink) says which group moves a measure and how
//! ([`LinkKind`]); [`target_specs`] resolves the links against the plan, and
//! [`super::evaluate`] projects each one to its deadline (or the nearest year of the horizon):
//!
//! - [`LinkKind::Persons`]: the measure counts the group's full-year persons; projected = the
//!   group's persons with the scenario;
//! - [`LinkKind::Count`]: the measure counts something the group moves (persons in jobs);
//!   projected = baseline + `per_person` × the group's change in full-year persons;
//! - [`LinkKind::Share`]: the measure is a share in percent; projected = baseline share +
//!   100 × `per_person` × the group's change / the denominator (held fixed).
//!
//! The status ([`target_status`]): "at the limit" within ±[`AT_LIMIT_TOLERANCE`] of the
//! limit (0,5 %, or exactly on it); otherwise met on the right side of it, at risk up to
//! [`AT_RISK_MARGIN`] (5 %) on the wrong side, missed beyond.

use serde::{Deserialize, Serialize};

use super::calc::YearResult;
use super::model::{Horizon, Sourced, TargetLink};
use crate::format;
use crate::model::{Measure, Shape, Unit, Workspace, Year};
use crate::Lang;

/// How a benefit group moves a plan measure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum LinkKind {
    /// The measure counts the group's full-year persons (a cap or a floor on them). Links
    /// stored without a kind are this.
    #[default]
    Persons,
    /// The measure counts something the group moves, e.g. persons in jobs.
    Count {
        /// The count without the scenario; without one, the measure's baseline in the plan.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        baseline: Option<Sourced<f64>>,
        /// Change in the count per full-year person the group gains (−1: each person who
        /// leaves the group counts one more).
        #[serde(default = "one")]
        per_person: f64,
    },
    /// The measure is a share in percent of a population of `denominator` persons.
    Share {
        /// The share in percent without the scenario; without one, the measure's baseline.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        baseline: Option<Sourced<f64>>,
        /// The persons the share is of (held fixed by the scenario).
        denominator: Sourced<f64>,
        /// Change in the numerator per full-year person the group gains (1: the group is the
        /// numerator; −1: each person who leaves the group counts one more).
        #[serde(default = "one")]
        per_person: f64,
    },
}

fn one() -> f64 {
    1.0
}

impl LinkKind {
    /// Whether this is the default kind (not written to files, so they stay as before).
    pub fn is_persons(&self) -> bool {
        *self == LinkKind::Persons
    }
}

impl TargetLink {
    /// A link on the group's full-year persons (a cap or a floor on them).
    pub fn persons(measure_id: &str, group_id: &str) -> Self {
        TargetLink {
            measure_id: measure_id.into(),
            group_id: group_id.into(),
            kind: LinkKind::Persons,
        }
    }
}

/// Which side of the limit meets the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    /// At most the limit (caps, shares at most, decreases).
    #[default]
    AtMost,
    /// At least the limit (floors, counts, shares at least, increases).
    AtLeast,
}

impl Bound {
    /// The bound of a measure's shape; `None` for targets read against the national average,
    /// which no scenario projects.
    pub fn of(shape: Shape) -> Option<Bound> {
        match shape {
            Shape::Cap | Shape::ShareAtMost | Shape::DecreaseFromBaseline => Some(Bound::AtMost),
            Shape::Floor | Shape::ShareAtLeast | Shape::IncreaseFromBaseline => {
                Some(Bound::AtLeast)
            }
            Shape::GapAboveNationalAtMost
            | Shape::GapBelowNationalAtMost
            | Shape::ChangeAtMostNational
            | Shape::ChangeAtLeastNational => None,
        }
    }
}

/// Whether a projected value meets its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetStatus {
    Met,
    /// Within ±0,5 % of the limit (or exactly on it): neither safely met nor missed.
    AtLimit,
    AtRisk,
    Missed,
}

/// A projection this close to the limit, relative to it, is at the limit.
pub const AT_LIMIT_TOLERANCE: f64 = 0.005;
/// A projection on the wrong side of the limit by at most this, relative to it, is at risk.
pub const AT_RISK_MARGIN: f64 = 0.05;

/// The status of a projection against its limit (see the module documentation).
pub fn target_status(projected: f64, limit: f64, bound: Bound) -> TargetStatus {
    let over = match bound {
        Bound::AtMost => projected - limit,
        Bound::AtLeast => limit - projected,
    };
    if projected == limit || over.abs() <= AT_LIMIT_TOLERANCE * limit.abs() {
        TargetStatus::AtLimit
    } else if over < 0.0 {
        TargetStatus::Met
    } else if over <= AT_RISK_MARGIN * limit.abs() {
        TargetStatus::AtRisk
    } else {
        TargetStatus::Missed
    }
}

/// The status of a cap: [`target_status`] at most the cap.
pub fn cap_status(projected: f64, cap: f64) -> TargetStatus {
    target_status(projected, cap, Bound::AtMost)
}

/// A target resolved from the plan: measure, group, limit, deadline and how the group moves
/// it: projected = `base` (the group's persons when `None`) + `per_person` × the group's
/// change in full-year persons.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TargetSpec {
    pub measure_id: String,
    pub group_id: String,
    /// The measure's value: the most or the least the indicator may be.
    pub limit: f64,
    pub bound: Bound,
    pub unit: Unit,
    pub deadline_year: Year,
    /// The indicator without the scenario; `None`: the group's full-year persons.
    pub base: Option<f64>,
    /// Change in the indicator per full-year person the group gains.
    pub per_person: f64,
}

impl TargetSpec {
    /// A cap on a group's full-year persons.
    pub fn cap(measure_id: &str, group_id: &str, cap: f64, deadline_year: Year) -> Self {
        TargetSpec {
            measure_id: measure_id.into(),
            group_id: group_id.into(),
            limit: cap,
            bound: Bound::AtMost,
            unit: Unit::FullYearPersons,
            deadline_year,
            base: None,
            per_person: 1.0,
        }
    }

    /// The target as projected for its deadline, or the nearest year of the horizon; `None`
    /// when that year or the group is not in the results.
    pub fn project(&self, horizon: Horizon, years: &[YearResult]) -> Option<TargetProjection> {
        let year = self.deadline_year.max(horizon.start).min(horizon.end);
        let yr = years.iter().find(|y| y.year == year)?;
        let g = yr.groups.iter().find(|g| g.group_id == self.group_id)?;
        let projected = self.base.unwrap_or(g.baseline_persons) + self.per_person * g.delta_persons;
        Some(TargetProjection {
            measure_id: self.measure_id.clone(),
            group_id: self.group_id.clone(),
            limit: self.limit,
            bound: self.bound,
            unit: self.unit,
            deadline_year: self.deadline_year,
            year,
            projected,
            status: target_status(projected, self.limit, self.bound),
        })
    }
}

fn is_count(unit: Unit) -> bool {
    !matches!(unit, Unit::Percent | Unit::PercentagePoints)
}

fn resolve(l: &TargetLink, m: &Measure) -> Option<TargetSpec> {
    let bound = Bound::of(m.shape)?;
    let baseline = |b: &Option<Sourced<f64>>| {
        b.as_ref()
            .map(|b| b.value)
            .or(m.baseline.as_ref().map(|b| b.value))
    };
    let (base, per_person) = match &l.kind {
        LinkKind::Persons => {
            matches!(m.unit, Unit::FullYearPersons | Unit::Persons).then_some((None, 1.0))?
        }
        LinkKind::Count {
            baseline: b,
            per_person,
        } if is_count(m.unit) => (Some(baseline(b)?), *per_person),
        LinkKind::Share {
            baseline: b,
            denominator,
            per_person,
        } if m.unit == Unit::Percent
            && denominator.value > 0.0
            && denominator.value.is_finite() =>
        {
            (Some(baseline(b)?), 100.0 * per_person / denominator.value)
        }
        _ => return None,
    };
    [m.value, base.unwrap_or(0.0), per_person]
        .iter()
        .all(|v| v.is_finite())
        .then(|| TargetSpec {
            measure_id: m.id.clone(),
            group_id: l.group_id.clone(),
            limit: m.value,
            bound,
            unit: m.unit,
            deadline_year: m.deadline.date.year,
            base,
            per_person,
        })
}

/// Resolves target links against the plan. A link is left out when its measure is not in
/// the plan, is read against the national average, or does not fit the link's kind (persons
/// and counts need a count, shares a percent and a positive denominator), or when a count or
/// a share has no baseline, neither in the link nor in the plan.
pub fn target_specs(ws: &Workspace, links: &[TargetLink]) -> Vec<TargetSpec> {
    links
        .iter()
        .filter_map(|l| {
            let (_, _, m) = ws.measures().find(|(_, _, m)| m.id == l.measure_id)?;
            resolve(l, m)
        })
        .collect()
}

/// A plan target as the scenario projects it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TargetProjection {
    pub measure_id: String,
    pub group_id: String,
    /// The measure's value: the most ([`Bound::AtMost`]) or the least the indicator may be.
    pub limit: f64,
    #[serde(default)]
    pub bound: Bound,
    pub unit: Unit,
    /// The target's deadline year.
    pub deadline_year: Year,
    /// The year projected: the deadline, or the first horizon year if the deadline lies
    /// before the horizon.
    pub year: Year,
    pub projected: f64,
    pub status: TargetStatus,
}

impl TargetProjection {
    /// The target in words: "højst 889 helårspersoner", "mindst 15 %".
    pub fn limit_text(&self, lang: Lang) -> String {
        let word = match self.bound {
            Bound::AtMost => lang.pick("højst", "at most"),
            Bound::AtLeast => lang.pick("mindst", "at least"),
        };
        format!("{word} {}", format::with_unit(self.limit, self.unit, lang))
    }

    /// The projected value with one decimal, with " %" for a share ("889", "15,2 %").
    pub fn projected_text(&self, lang: Lang) -> String {
        let n = format::number_trim(self.projected, 1, lang);
        match self.unit {
            Unit::Percent => format!("{n} %"),
            _ => n,
        }
    }
}
