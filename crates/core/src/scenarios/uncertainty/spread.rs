//! What the ranges do to a scenario: low / central / high results ([`ranges`]) and the
//! assumptions ordered by how much they move the total ([`tornado`]).
//!
//! Method: one assumption at a time. Each uncertain assumption is set to its low and to its
//! high end with every other assumption central, and the scenario is evaluated; a result's
//! deviation for that assumption is the lower (and the higher) of the two outcomes minus the
//! central result, or 0 if both lie on one side. The low result is the central result plus
//! the sum of the negative deviations, the high result the central plus the sum of the
//! positive ones.
//!
//! Why this and not the two corners (every assumption at whichever end lowers / raises the
//! result): the tornado needs exactly these evaluations anyway, so the range is the sum of
//! the tornado's bars and can be explained from them; the central value lies between low
//! and high by construction, for every year and also when an assumption moves a result the
//! same way at both ends (the clamp at zero persons) or a stored range is out of order; and
//! which end is unfavourable may differ from year to year, which the corners would need a
//! pair of evaluations per year to respect. The engine is close to additive (net = Σ Δ
//! persons × unit cost × (1 − refusion) + costs), so the sum leaves out only the interaction
//! of two assumptions at their ends together (effect +50 % and unit cost +10 % give +65 %
//! at the corner, +60 % here). It is a range of "each figure at a plausible end, added up",
//! not a confidence interval, and it is deterministic: no randomness, the same input gives
//! the same numbers.

use serde::{Deserialize, Serialize};

use super::{assumption_ranges, RangeTarget, ResolvedRange};
use crate::model::Year;
use crate::scenarios::{evaluate, Assumptions, Scenario, ScenarioResult, TargetSpec};
use crate::source::Source;
use crate::Lang;

/// A result as a low, a central and a high value (low ≤ central ≤ high).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct LowCentralHigh {
    pub low: f64,
    pub central: f64,
    pub high: f64,
}

/// A scenario's results in one year as ranges.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct YearRange {
    pub year: Year,
    /// The scenario's net cost to the municipality, 1.000 kr.
    pub municipality_net: LowCentralHigh,
    /// The net so far, 1.000 kr. Its ends are not the sums of the yearly ends: an
    /// assumption may raise one year and lower another.
    pub cumulative_net: LowCentralHigh,
    /// FTE kept (by the slower phase-in and by the levers).
    pub fte_kept: LowCentralHigh,
}

/// A scenario's results as ranges: per year, and the total net over the horizon.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScenarioRange {
    pub scenario_id: String,
    pub years: Vec<YearRange>,
    /// The cumulative net of the last year (0 for an empty horizon).
    pub total_net: LowCentralHigh,
}

/// Negative and positive deviations, summed over the assumptions.
#[derive(Debug, Clone, Copy, Default)]
struct Deviation {
    down: f64,
    up: f64,
}

impl Deviation {
    /// Adds one assumption's outcomes at its two ends. A NaN outcome counts as no deviation
    /// (`f64::min` and `max` pass over NaN).
    fn add(&mut self, central: f64, at_low: f64, at_high: f64) {
        let (a, b) = (at_low - central, at_high - central);
        self.down += a.min(b).min(0.0);
        self.up += a.max(b).max(0.0);
    }

    fn around(self, central: f64) -> LowCentralHigh {
        LowCentralHigh {
            low: central + self.down,
            central,
            high: central + self.up,
        }
    }
}

/// Whether an assumption can move the scenario's result at all: a group's unit cost or
/// refusion only through the levers the scenario uses, a lever's effect only if the
/// scenario uses the lever. Where it cannot, the results at both ends are exactly the
/// central ones (no lever moves the group: Δ persons 0 × any unit cost = 0), so they are not
/// evaluated. Shares and the cost per FTE always count.
fn can_move(a: &Assumptions, scenario: &Scenario, target: &RangeTarget) -> bool {
    let used = || scenario.policy.levers.iter().filter(|c| c.enabled);
    match target {
        RangeTarget::CostPerFte | RangeTarget::MunicipalShare { .. } => true,
        RangeTarget::UnitCost { group_id } | RangeTarget::Refusion { group_id } => {
            used().any(|c| {
                a.lever(&c.lever_id)
                    .and_then(|l| l.effect.as_ref())
                    .is_some_and(|e| &e.group_id == group_id)
            })
        }
        RangeTarget::Effect { lever_id } => used().any(|c| &c.lever_id == lever_id),
    }
}

/// Evaluates the scenario with each uncertain assumption at its low and at its high end
/// (the others central) and hands the range and the two results to `f`, in the order of
/// [`assumption_ranges`]; `central` stands for both where the assumption cannot move the
/// result ([`can_move`]). One copy of the assumptions is changed and set back each time.
fn each_probe(
    a: &Assumptions,
    scenario: &Scenario,
    targets: &[TargetSpec],
    central: &ScenarioResult,
    mut f: impl FnMut(ResolvedRange, &ScenarioResult, &ScenarioResult),
) {
    let mut work = a.clone();
    let at = |work: &mut Assumptions, target: &RangeTarget, value: f64| {
        if let Some(v) = target.value_mut(work) {
            *v = value;
        }
        evaluate(work, scenario, targets)
    };
    for r in assumption_ranges(a) {
        if !r.is_uncertain() {
            continue;
        }
        if !can_move(a, scenario, &r.target) {
            f(r, central, central);
            continue;
        }
        let low = at(&mut work, &r.target, r.low);
        let high = at(&mut work, &r.target, r.high);
        if let Some(v) = r.target.value_mut(&mut work) {
            *v = r.central;
        }
        f(r, &low, &high);
    }
}

/// Low / central / high of the municipality's net per year, the cumulative net and the FTE
/// kept, from the ranges of [`assumption_ranges`] by the method in the module text. The
/// central values are exactly [`evaluate`]'s.
pub fn ranges(a: &Assumptions, scenario: &Scenario, targets: &[TargetSpec]) -> ScenarioRange {
    let central = evaluate(a, scenario, targets);
    let mut dev = vec![[Deviation::default(); 3]; central.years.len()];
    each_probe(a, scenario, targets, &central, |_, low, high| {
        let years = central.years.iter().zip(&low.years).zip(&high.years);
        for (d, ((c, l), h)) in dev.iter_mut().zip(years) {
            d[0].add(c.municipality_net, l.municipality_net, h.municipality_net);
            d[1].add(c.cumulative_net, l.cumulative_net, h.cumulative_net);
            d[2].add(c.fte_kept(), l.fte_kept(), h.fte_kept());
        }
    });
    range_of(&central, &dev)
}

/// [`ranges`] and [`tornado`] from one round of evaluations, around a central result already
/// computed (the same numbers as the two functions give apart).
pub fn spread(
    a: &Assumptions,
    scenario: &Scenario,
    targets: &[TargetSpec],
    central: &ScenarioResult,
) -> (ScenarioRange, Vec<TornadoBar>) {
    let mut dev = vec![[Deviation::default(); 3]; central.years.len()];
    let mut bars = Vec::new();
    each_probe(a, scenario, targets, central, |r, low, high| {
        let years = central.years.iter().zip(&low.years).zip(&high.years);
        for (d, ((c, l), h)) in dev.iter_mut().zip(years) {
            d[0].add(c.municipality_net, l.municipality_net, h.municipality_net);
            d[1].add(c.cumulative_net, l.cumulative_net, h.cumulative_net);
            d[2].add(c.fte_kept(), l.fte_kept(), h.fte_kept());
        }
        bars.push(bar(a, r, low, high));
    });
    bars.sort_by(|x, y| y.swing().total_cmp(&x.swing()));
    (range_of(central, &dev), bars)
}

fn bar(
    a: &Assumptions,
    r: ResolvedRange,
    low: &ScenarioResult,
    high: &ScenarioResult,
) -> TornadoBar {
    TornadoBar {
        label_da: r.target.label(a, Lang::Da),
        label_en: r.target.label(a, Lang::En),
        target: r.target,
        low: r.low,
        central: r.central,
        high: r.high,
        total_net_at_low: low.total_net(),
        total_net_at_high: high.total_net(),
        source: r.source,
    }
}

fn range_of(central: &ScenarioResult, dev: &[[Deviation; 3]]) -> ScenarioRange {
    let years: Vec<YearRange> = central
        .years
        .iter()
        .zip(dev)
        .map(|(c, d)| YearRange {
            year: c.year,
            municipality_net: d[0].around(c.municipality_net),
            cumulative_net: d[1].around(c.cumulative_net),
            fte_kept: d[2].around(c.fte_kept()),
        })
        .collect();
    let total_net = years
        .last()
        .map_or(Deviation::default().around(0.0), |y| y.cumulative_net);
    ScenarioRange {
        scenario_id: central.scenario_id.clone(),
        years,
        total_net,
    }
}

/// One assumption's bar in a tornado chart: its two ends and the scenario's total net
/// (1.000 kr., over the horizon) with the assumption at each end, the others central.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TornadoBar {
    pub target: RangeTarget,
    pub label_da: String,
    pub label_en: String,
    /// The assumption's low, central and high value (its own unit; shares as 0..=1).
    pub low: f64,
    pub central: f64,
    pub high: f64,
    pub total_net_at_low: f64,
    pub total_net_at_high: f64,
    /// Where the range comes from (a stored one's source, or the default's skøn).
    pub source: Source,
}

impl TornadoBar {
    pub fn label(&self, lang: Lang) -> &str {
        lang.pick(&self.label_da, &self.label_en)
    }

    /// How far apart the two totals are.
    pub fn swing(&self) -> f64 {
        (self.total_net_at_high - self.total_net_at_low).abs()
    }
}

/// For each uncertain assumption, the scenario's total net at its low and at its high end,
/// the widest swing first; equal swings keep the order of [`assumption_ranges`]. Assumptions
/// the scenario does not depend on (the unit cost of a group no lever moves) come last with
/// a swing of 0; a chart may leave them out.
pub fn tornado(a: &Assumptions, scenario: &Scenario, targets: &[TargetSpec]) -> Vec<TornadoBar> {
    let central = evaluate(a, scenario, targets);
    let mut bars = Vec::new();
    each_probe(a, scenario, targets, &central, |r, low, high| {
        bars.push(bar(a, r, low, high))
    });
    // A stable sort: ties keep their order, so the same input gives the same order.
    bars.sort_by(|x, y| y.swing().total_cmp(&x.swing()));
    bars
}
