//! Uncertainty: a low and a high value for every assumed lever effect and for the key
//! assumptions (cost per FTE, each cut layer's municipal share, each benefit group's unit
//! cost and refusion), and what they do to a scenario's result ([`ranges`], [`tornado`]).
//!
//! Ranges a user gives are stored as data in [`Assumptions::ranges`]. An assumption without
//! one gets a documented default range around its central value (see [`DefaultSpread`]);
//! the defaults are never stored, so a file saved without ranges loads as before and gives
//! the same central numbers.

mod spread;

pub use spread::*;

use serde::{Deserialize, Serialize};

use super::model::Assumptions;
use crate::source::Source;
use crate::Lang;

/// Which assumption a range is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RangeTarget {
    /// [`Assumptions::cost_per_fte`], in 1.000 kr. a year.
    CostPerFte,
    /// A cut layer's municipal share (0..=1).
    MunicipalShare { layer_id: String },
    /// A benefit group's yearly benefit per full-year person, in 1.000 kr.
    UnitCost { group_id: String },
    /// A benefit group's flat refusion share (0..=1). A group with refusion by duration
    /// (`BenefitGroup::duration`) has none: its refusion follows the law's ladder and the
    /// distribution, so it gets no range here.
    Refusion { group_id: String },
    /// A lever's effect: full-year persons per FTE (negative = fewer on the benefit).
    Effect { lever_id: String },
}

/// A stored low and high value of one assumption; its central value is the assumption's
/// own value. Low ≤ central ≤ high is checked by [`super::validate_ranges`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AssumptionRange {
    pub target: RangeTarget,
    pub low: f64,
    pub high: f64,
    /// Where the two ends come from.
    pub source: Source,
}

/// How a default range is laid around a central value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum DefaultSpread {
    /// ± this share of the central value's size (0,1 = ±10 %).
    Relative(f64),
    /// ± this many percentage points of a share (0,05 = ±5 points), kept within 0-100 %.
    Points(f64),
}

/// Default range of a lever's effect: ±50 % of the persons per FTE. The effect per FTE is
/// the least known figure in the model: two of the three default effects (places \[2\] and
/// \[4\]) are estimates without a source, and the third (place \[3\]) re-uses seed 003's
/// business case from 2019 for other years and another staffing. ±50 % keeps the sign
/// (keeping staff does not put more people on a benefit) and says that only the order of
/// magnitude is known. A skøn, not from the sources.
pub const DEFAULT_EFFECT_SPREAD: DefaultSpread = DefaultSpread::Relative(0.5);
/// Default range of a benefit group's unit cost: ±10 %. The rates themselves are set by law;
/// what is uncertain is the mix within a group (age, children, supplements) behind an
/// average per full-year person, and the defaults are illustrative estimates. A skøn.
pub const DEFAULT_UNIT_COST_SPREAD: DefaultSpread = DefaultSpread::Relative(0.1);
/// Default range of the cost per FTE: ±5 % (about ±27.500 kr. on 550.000 kr.). Pay follows
/// the collective agreements; seniority and the overhead share counted in are what vary.
/// A skøn.
pub const DEFAULT_COST_PER_FTE_SPREAD: DefaultSpread = DefaultSpread::Relative(0.05);
/// Default range of a layer's municipal share: ±10 % of the share (1,35 % → 1,215-1,485 %).
/// The sources do not say how the national cut is distributed; the default is the
/// population share, and a distribution by expenditure need or by the size of the
/// employment effort would differ from it by some per cent. A skøn.
pub const DEFAULT_MUNICIPAL_SHARE_SPREAD: DefaultSpread = DefaultSpread::Relative(0.1);
/// Default range of a group's refusion: ±5 percentage points. The average refusion follows
/// how long the recipients have been on the benefit (the refusion staircase, 80 / 40 / 30 /
/// 20 %), and a shift in that mix moves the average by a few points. A skøn.
pub const DEFAULT_REFUSION_SPREAD: DefaultSpread = DefaultSpread::Points(0.05);

impl DefaultSpread {
    /// The low and high end around `central`; shares are kept within 0..=1, and the central
    /// value always lies between the two ends.
    pub fn around(self, central: f64, share: bool) -> (f64, f64) {
        let (mut low, mut high) = match self {
            DefaultSpread::Relative(r) => {
                (central - central.abs() * r, central + central.abs() * r)
            }
            DefaultSpread::Points(p) => (central - p, central + p),
        };
        if share {
            low = low.max(0.0);
            high = high.min(1.0);
        }
        (low.min(central), high.max(central))
    }

    /// In words, in Danish as stored data is ("±50 %", "±5 procentpoint").
    pub fn describe_da(self) -> String {
        let n = |v: f64| crate::format::number_trim(v * 100.0, 2, Lang::Da);
        match self {
            DefaultSpread::Relative(r) => format!("±{} %", n(r)),
            DefaultSpread::Points(p) => format!("±{} procentpoint", n(p)),
        }
    }
}

impl RangeTarget {
    /// The default range of this kind of assumption.
    pub fn default_spread(&self) -> DefaultSpread {
        match self {
            RangeTarget::CostPerFte => DEFAULT_COST_PER_FTE_SPREAD,
            RangeTarget::MunicipalShare { .. } => DEFAULT_MUNICIPAL_SHARE_SPREAD,
            RangeTarget::UnitCost { .. } => DEFAULT_UNIT_COST_SPREAD,
            RangeTarget::Refusion { .. } => DEFAULT_REFUSION_SPREAD,
            RangeTarget::Effect { .. } => DEFAULT_EFFECT_SPREAD,
        }
    }

    /// Whether the assumption is a share (0..=1), shown in per cent.
    pub fn is_share(&self) -> bool {
        matches!(
            self,
            RangeTarget::MunicipalShare { .. } | RangeTarget::Refusion { .. }
        )
    }

    /// The source of the default range: a skøn, saying how wide and why.
    pub fn default_source(&self) -> Source {
        let why = match self {
            RangeTarget::CostPerFte => "lønnen følger overenskomsten; anciennitet og overhead varierer",
            RangeTarget::MunicipalShare { .. } => "kilderne siger ikke, hvordan besparelsen fordeles på kommunerne",
            RangeTarget::UnitCost { .. } => "satserne er faste, men blandingen af modtagere i gruppen er usikker",
            RangeTarget::Refusion { .. } => "gennemsnittet afhænger af, hvor længe modtagerne har været på ydelsen (refusionstrappen)",
            RangeTarget::Effect { .. } => "virkningen pr. årsværk er modellens mest usikre tal; kun størrelsesordenen kendes",
        };
        Source::assumption(&format!(
            "standardspænd {} om den centrale værdi – skøn, ikke fra kildedokumenterne: {why}; angiv et eget spænd for at erstatte det",
            self.default_spread().describe_da()
        ))
    }

    /// The assumption's current (central) value; `None` when it does not exist (an unknown
    /// id, or a lever without an effect).
    pub fn value(&self, a: &Assumptions) -> Option<f64> {
        Some(match self {
            RangeTarget::CostPerFte => a.cost_per_fte.value,
            RangeTarget::MunicipalShare { layer_id } => a.layer(layer_id)?.municipal_share.value,
            RangeTarget::UnitCost { group_id } => a.group(group_id)?.unit_cost.value,
            RangeTarget::Refusion { group_id } => {
                let g = a.group(group_id)?;
                g.duration.is_none().then_some(g.refusion_share.value)?
            }
            RangeTarget::Effect { lever_id } => {
                a.lever(lever_id)?.effect.as_ref()?.persons_per_fte.value
            }
        })
    }

    /// The assumption's value to change, as [`Self::value`] finds it.
    pub fn value_mut<'a>(&self, a: &'a mut Assumptions) -> Option<&'a mut f64> {
        Some(match self {
            RangeTarget::CostPerFte => &mut a.cost_per_fte.value,
            RangeTarget::MunicipalShare { layer_id } => {
                let l = a.layers.iter_mut().find(|l| &l.id == layer_id)?;
                &mut l.municipal_share.value
            }
            RangeTarget::UnitCost { group_id } => {
                &mut a
                    .groups
                    .iter_mut()
                    .find(|g| &g.id == group_id)?
                    .unit_cost
                    .value
            }
            RangeTarget::Refusion { group_id } => {
                let g = a.groups.iter_mut().find(|g| &g.id == group_id)?;
                if g.duration.is_some() {
                    return None;
                }
                &mut g.refusion_share.value
            }
            RangeTarget::Effect { lever_id } => {
                let l = a.levers.iter_mut().find(|l| &l.id == lever_id)?;
                &mut l.effect.as_mut()?.persons_per_fte.value
            }
        })
    }

    /// The assumption's name for a chart or a list, as the report's list of assumptions
    /// names it ("Sygedagpenge – refusion"). Names of layers, groups and levers are data, in
    /// Danish; an unknown id stands for its name.
    pub fn label(&self, a: &Assumptions, lang: Lang) -> String {
        let named = |name: Option<&str>, id: &str, da: &str, en: &str| {
            format!("{} – {}", name.unwrap_or(id), lang.pick(da, en))
        };
        match self {
            RangeTarget::CostPerFte => lang.pick("Omkostning pr. årsværk", "Cost per FTE").into(),
            RangeTarget::MunicipalShare { layer_id } => named(
                a.layer(layer_id).map(|l| l.name.as_str()),
                layer_id,
                "kommunens andel",
                "the municipality's share",
            ),
            RangeTarget::UnitCost { group_id } => named(
                a.group(group_id).map(|g| g.name.as_str()),
                group_id,
                "ydelse pr. helårsperson",
                "benefit per full-year person",
            ),
            RangeTarget::Refusion { group_id } => named(
                a.group(group_id).map(|g| g.name.as_str()),
                group_id,
                "refusion",
                "reimbursement",
            ),
            RangeTarget::Effect { lever_id } => named(
                a.lever(lever_id).map(|l| l.name.as_str()),
                lever_id,
                "virkning pr. årsværk",
                "effect per FTE",
            ),
        }
    }
}

/// One assumption with the range that applies to it: the stored one, or the default.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResolvedRange {
    pub target: RangeTarget,
    pub low: f64,
    pub central: f64,
    pub high: f64,
    pub source: Source,
    /// Whether the range is stored in the assumptions (`false`: the default range).
    pub stored: bool,
}

impl ResolvedRange {
    /// Whether the range has any width; an assumption without one moves no result.
    pub fn is_uncertain(&self) -> bool {
        self.low != self.central || self.high != self.central
    }
}

/// Every assumption that has a range, with the range that applies: the cost per FTE, each
/// layer's municipal share, each group's unit cost and refusion, and each lever's effect,
/// in that order. A stored range applies as it is (the first one, if an assumption has
/// several); stored ranges for assumptions that do not exist are left out.
pub fn assumption_ranges(a: &Assumptions) -> Vec<ResolvedRange> {
    let mut targets = vec![RangeTarget::CostPerFte];
    for l in &a.layers {
        targets.push(RangeTarget::MunicipalShare {
            layer_id: l.id.clone(),
        });
    }
    for g in &a.groups {
        let group_id = g.id.clone();
        targets.push(RangeTarget::UnitCost {
            group_id: group_id.clone(),
        });
        targets.push(RangeTarget::Refusion { group_id });
    }
    for l in a.levers.iter().filter(|l| l.effect.is_some()) {
        targets.push(RangeTarget::Effect {
            lever_id: l.id.clone(),
        });
    }
    targets
        .into_iter()
        .filter_map(|target| {
            let central = target.value(a)?;
            Some(match a.ranges.iter().find(|r| r.target == target) {
                Some(r) => ResolvedRange {
                    low: r.low,
                    central,
                    high: r.high,
                    source: r.source.clone(),
                    stored: true,
                    target,
                },
                None => {
                    let (low, high) = target.default_spread().around(central, target.is_share());
                    ResolvedRange {
                        low,
                        central,
                        high,
                        source: target.default_source(),
                        stored: false,
                        target,
                    }
                }
            })
        })
        .collect()
}
