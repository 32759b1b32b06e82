//! Baselines from imported figures: a benefit group's full-year persons (helårspersoner)
//! taken from an indicator imported for the municipality (jobindsats.dk's "Antal
//! fuldtidspersoner (Sygedagpenge)", the Y30R21 "Faktisk antal", …) instead of the figure
//! typed into the assumptions.
//!
//! A [`BaselineLink`] names the group, the indicator and one of two methods. The indicator's
//! series for the municipality ([`Comparison::own`](crate::indicators::Comparison)) is read;
//! values are counts of persons at a time or over a period (stocks), so a figure for a longer
//! period is the mean of the shorter ones, never their sum.
//!
//! - [`BaselineMethod::LatestFullYear`]: the latest calendar year *y* for which the series
//!   has one of, in this order of preference for the same year: a value for the year `y`
//!   itself; a moving year ending in the fourth quarter (`yQMAT04`, which covers January to
//!   December of *y*); all 12 monthly values `yM01`-`yM12` (their mean); all four quarterly
//!   values (their mean); both half-year values (their mean). A later year with any of them
//!   wins over an earlier year with a preferred kind.
//! - [`BaselineMethod::MeanOfLatest12Months`]: the 12 monthly values of the latest window of
//!   12 consecutive months with no month missing (their mean), or the latest moving year
//!   (`QMAT`, already a figure for 12 months), whichever ends later; when both end in the
//!   same month, the moving year (the file's own 12-month figure). Yearly, quarterly or
//!   half-year values alone are not enough for this method.
//!
//! The figure is *stale* ([`ResolvedBaseline::stale`]) when the latest period it uses ended
//! more than 12 months before today's month: `age_months > 12`, with `age_months` the count
//! of months from the period's last month to today's (a date without a month counts as
//! December). A stale figure is used all the same, with a warning.
//!
//! [`effective_assumptions`] puts the resolved figures, each with a source naming the file,
//! the row(s) and the period(s), into a copy of the assumptions (for the figures the app
//! ships, seed 003's tables, the source is the seed document with the section, row(s) and
//! column(s); see `source.rs`); a link that cannot be resolved keeps the typed figure and says
//! why. Sets without links calculate exactly as before.

mod source;
mod suggest;
mod words;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::calc::ScenarioResult;
use super::model::{Assumptions, ScenarioSet, Sourced};
use crate::indicators::{end_month_of, IndicatorData, ObsPeriod, PeriodKind, Point};
use crate::model::PartialDate;
use crate::source::Source;
use source::combined_source;
pub use suggest::suggest_links;
pub use words::BaselineNote;

/// A figure older than this many months (from the end of its period to today) is stale.
pub const STALE_AFTER_MONTHS: i64 = 12;

/// How a group's full-year persons are read from an indicator's values (see the module
/// documentation for the exact rules).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum BaselineMethod {
    /// The latest full calendar year.
    #[serde(rename = "latest_full_year")]
    LatestFullYear,
    /// The mean of the latest 12 consecutive months (or the latest moving year).
    #[serde(rename = "mean_of_latest_12_months")]
    MeanOfLatest12Months,
}

/// A benefit group whose full-year persons come from an imported indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BaselineLink {
    pub group_id: String,
    /// The indicator's name as imported ("Antal fuldtidspersoner (Sygedagpenge)").
    pub indicator: String,
    pub method: BaselineMethod,
}

/// A link's figure, read from the imported values.
#[derive(Debug, Clone, PartialEq)]
pub struct ResolvedBaseline {
    pub indicator: String,
    pub method: BaselineMethod,
    pub value: f64,
    /// The periods of the values used, oldest first: one for a value the file gives for the
    /// whole period, 12 (or 4 or 2) for a mean.
    pub periods: Vec<ObsPeriod>,
    /// Where the figure comes from: the file, the row or rows and the periods.
    pub source: Source,
    /// Months from the last month of the latest period used to today's month.
    pub age_months: i64,
    /// More than [`STALE_AFTER_MONTHS`] months old.
    pub stale: bool,
}

/// Why a link gives no figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BaselineProblem {
    /// No file with the indicator has been imported (or it was removed).
    NotImported { indicator: String },
    /// The indicator was imported, but not for the municipality.
    NoValueForMunicipality { indicator: String, area: String },
    /// The municipality's values do not cover the period the method needs; `months` is the
    /// count of monthly values there are.
    NotEnoughMonths {
        indicator: String,
        method: BaselineMethod,
        months: usize,
    },
}

/// Reads a link's figure from the municipality's values of its indicator, as of `today`.
pub fn resolve(
    link: &BaselineLink,
    data: &IndicatorData,
    today: PartialDate,
) -> Result<ResolvedBaseline, BaselineProblem> {
    let indicator = link.indicator.clone();
    let own = &data.comparison.own;
    let points = match data.series(&link.indicator, own) {
        Some(s) if !s.points.is_empty() => &s.points,
        _ if data.series.iter().any(|s| s.indicator == link.indicator) => {
            let area = own.clone();
            return Err(BaselineProblem::NoValueForMunicipality { indicator, area });
        }
        _ => return Err(BaselineProblem::NotImported { indicator }),
    };
    let used = match link.method {
        BaselineMethod::LatestFullYear => latest_full_year(points),
        BaselineMethod::MeanOfLatest12Months => latest_12_months(points),
    };
    let Some(used) = used else {
        let months = points
            .iter()
            .filter(|p| p.period().kind() == PeriodKind::Month)
            .count();
        let method = link.method;
        return Err(BaselineProblem::NotEnoughMonths {
            indicator,
            method,
            months,
        });
    };
    let value = used.iter().map(|p| p.value()).sum::<f64>() / used.len() as f64;
    let last = used[used.len() - 1].period();
    let age_months = end_month_of(today) - last.end_month();
    Ok(ResolvedBaseline {
        value,
        periods: used.iter().map(|p| p.period()).collect(),
        source: combined_source(data, &link.indicator, &used),
        age_months,
        stale: age_months > STALE_AFTER_MONTHS,
        method: link.method,
        indicator,
    })
}

/// The sub-year kinds a calendar year can be made of, with how many values make it whole.
const PARTS_OF_YEAR: [(PeriodKind, usize); 3] = [
    (PeriodKind::Month, 12),
    (PeriodKind::Quarter, 4),
    (PeriodKind::Half, 2),
];

fn latest_full_year(points: &[Point]) -> Option<Vec<Point>> {
    let mut years: Vec<_> = points.iter().map(|p| p.period().year()).collect();
    years.sort_unstable();
    years.dedup();
    for &y in years.iter().rev() {
        let in_year = |kind: PeriodKind| -> Vec<Point> {
            points
                .iter()
                .filter(|p| p.period().year() == y && p.period().kind() == kind)
                .copied()
                .collect()
        };
        if let Some(p) = points.iter().find(|p| p.period() == ObsPeriod::Year(y)) {
            return Some(vec![*p]);
        }
        if let Some(p) = points
            .iter()
            .find(|p| p.period() == ObsPeriod::MovingYear(y, 4))
        {
            return Some(vec![*p]);
        }
        for (kind, n) in PARTS_OF_YEAR {
            let parts = in_year(kind);
            if parts.len() == n {
                return Some(parts);
            }
        }
    }
    None
}

fn latest_12_months(points: &[Point]) -> Option<Vec<Point>> {
    let months: HashMap<i64, Point> = points
        .iter()
        .filter(|p| p.period().kind() == PeriodKind::Month)
        .map(|p| (p.period().end_month(), *p))
        .collect();
    let mut ends: Vec<i64> = months.keys().copied().collect();
    ends.sort_unstable();
    let window = ends.iter().rev().find_map(|&end| {
        (end - 11..=end)
            .map(|m| months.get(&m).copied())
            .collect::<Option<Vec<Point>>>()
    });
    let moving = points
        .iter()
        .rev()
        .find(|p| p.period().kind() == PeriodKind::MovingYear)
        .copied();
    match (window, moving) {
        (Some(w), Some(m)) if w[11].period().end_month() > m.period().end_month() => Some(w),
        (_, Some(m)) => Some(vec![m]),
        (w, None) => w,
    }
}

/// A copy of the set's assumptions where each linked group's full-year persons are the
/// resolved figure with its source, and notes in words on what changed, what is stale and
/// which links give no figure (those groups keep the typed figure).
pub fn effective_assumptions(
    set: &ScenarioSet,
    data: &IndicatorData,
    today: PartialDate,
) -> (Assumptions, Vec<BaselineNote>) {
    let mut assumptions = set.assumptions.clone();
    let mut notes = Vec::new();
    for link in &set.baseline_links {
        let Some(group) = assumptions
            .groups
            .iter_mut()
            .find(|g| g.id == link.group_id)
        else {
            notes.push(BaselineNote::UnknownGroup {
                group_id: link.group_id.clone(),
                indicator: link.indicator.clone(),
            });
            continue;
        };
        let (group_id, group_name) = (group.id.clone(), group.name.clone());
        match resolve(link, data, today) {
            Ok(resolved) => {
                let from = group.persons.value;
                group.persons = Sourced::new(resolved.value, resolved.source.clone());
                let stale = resolved.stale.then(|| BaselineNote::Stale {
                    group_id: group_id.clone(),
                    group_name: group_name.clone(),
                    resolved: resolved.clone(),
                });
                notes.push(BaselineNote::Linked {
                    group_id,
                    group_name,
                    from,
                    resolved,
                });
                notes.extend(stale);
            }
            Err(problem) => notes.push(BaselineNote::Problem {
                group_id,
                group_name,
                kept: group.persons.value,
                problem,
            }),
        }
    }
    (assumptions, notes)
}

/// The set with [`effective_assumptions`] in place of its own, and the notes; for whatever
/// else takes a set (the ranges, the break-even, the report).
pub fn linked_set(
    set: &ScenarioSet,
    data: &IndicatorData,
    today: PartialDate,
) -> (ScenarioSet, Vec<BaselineNote>) {
    let (assumptions, notes) = effective_assumptions(set, data, today);
    let linked = ScenarioSet {
        assumptions,
        ..set.clone()
    };
    (linked, notes)
}

/// [`super::evaluate_all`] with the linked groups' figures read from the workspace's imported
/// indicators as of `today`. A set without links is evaluated as it is.
pub fn evaluate_all_linked(
    set: &ScenarioSet,
    ws: &crate::Workspace,
    today: PartialDate,
) -> Vec<ScenarioResult> {
    if set.baseline_links.is_empty() {
        return super::evaluate_all(set, ws);
    }
    let (linked, _) = linked_set(set, &ws.indicators, today);
    super::evaluate_all(&linked, ws)
}

impl ScenarioSet {
    /// The link of a group's full-year persons to an indicator, if any.
    pub fn baseline_link(&self, group_id: &str) -> Option<&BaselineLink> {
        self.baseline_links.iter().find(|l| l.group_id == group_id)
    }

    /// Links a group's full-year persons to an indicator with a method, replacing any link it
    /// had, or removes the link (`None`), after which the typed figure counts again. Returns
    /// false (and changes nothing) for a group the assumptions do not have.
    pub fn set_baseline_link(
        &mut self,
        group_id: &str,
        link: Option<(&str, BaselineMethod)>,
    ) -> bool {
        if self.assumptions.group(group_id).is_none() {
            return false;
        }
        let new = link.map(|(indicator, method)| BaselineLink {
            group_id: group_id.to_owned(),
            indicator: indicator.to_owned(),
            method,
        });
        let at = self
            .baseline_links
            .iter()
            .position(|l| l.group_id == group_id);
        self.baseline_links.retain(|l| l.group_id != group_id);
        if let Some(new) = new {
            let at = at.unwrap_or(self.baseline_links.len());
            self.baseline_links.insert(at, new);
        }
        true
    }
}
