//! What a phase-in path means year by year: the share of a layer's full cut in force, and
//! what a linear ramp starts from.

use super::model::*;
use crate::model::Year;

impl RampFrom {
    /// The choices in the order the editor offers them (the level in force first).
    pub const OFFERED: [RampFrom; 2] = [RampFrom::LevelInForce, RampFrom::Nothing];

    pub fn is_nothing(&self) -> bool {
        *self == RampFrom::Nothing
    }

    /// The code for the select: `level` or `zero`.
    pub fn code(self) -> &'static str {
        match self {
            RampFrom::LevelInForce => "level",
            RampFrom::Nothing => "zero",
        }
    }

    /// The choice with this code, if any.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::OFFERED.into_iter().find(|f| f.code() == code)
    }

    /// The choice's name in the editor.
    pub fn label(self, lang: crate::Lang) -> &'static str {
        lang.pick(
            match self {
                RampFrom::LevelInForce => "Fra niveauet året før",
                RampFrom::Nothing => "Fra nul",
            },
            match self {
                RampFrom::LevelInForce => "From the level the year before",
                RampFrom::Nothing => "From zero",
            },
        )
    }

    /// What the choice means, in a sentence (for a hint beside the select).
    pub fn explanation(self, lang: crate::Lang) -> &'static str {
        lang.pick(
            match self {
                RampFrom::LevelInForce => "Besparelsen, der allerede gælder året før indfasningen begynder, bliver stående; kun resten indfases lineært.",
                RampFrom::Nothing => "Hele besparelsen indfases lineært fra nul, også den del, der allerede gælder året før.",
            },
            match self {
                RampFrom::LevelInForce => "The cut already in force the year before the phase-in begins stays; only the rest is phased in linearly.",
                RampFrom::Nothing => "The whole cut is phased in linearly from zero, also the part already in force the year before.",
            },
        )
    }
}

impl PhaseInPath {
    /// The phased cut of a layer in a year, in 1.000 kr.
    pub fn phased_cut(&self, layer: &CutLayer, year: Year) -> f64 {
        match self {
            PhaseInPath::Delay { years } => {
                layer.full_cut(year.saturating_sub(Year::try_from(*years).unwrap_or(Year::MAX)))
            }
            PhaseInPath::LinearRamp {
                start,
                from: RampFrom::LevelInForce,
                ..
            } => {
                let full = layer.full_cut(year);
                if year < *start {
                    return full;
                }
                // The cut in force the year before the ramp, on the layer's own schedule;
                // never more than the year's full cut (a cut that falls is followed at once).
                let base = layer.full_cut(start.saturating_sub(1)).min(full);
                base + self.share(year) * (full - base)
            }
            other => other.share(year) * layer.full_cut(year),
        }
    }

    /// The share of the year's full cut implemented (for Delay: relative to the full cut;
    /// for a linear ramp from the level in force: of the step above that level).
    pub fn share(&self, year: Year) -> f64 {
        match self {
            PhaseInPath::Official | PhaseInPath::Delay { .. } => 1.0,
            PhaseInPath::Percentages { shares } => shares
                .iter()
                .find(|(y, _)| *y == year)
                .map(|(_, s)| s.clamp(0.0, 1.0))
                .unwrap_or(1.0),
            PhaseInPath::LinearRamp { start, years, .. } => {
                if year < *start {
                    0.0
                } else {
                    let n = (*years).max(1) as f64;
                    ((i64::from(year) - i64::from(*start) + 1) as f64 / n).min(1.0)
                }
            }
        }
    }

    /// What a linear ramp starts from; `None` for any other path.
    pub fn ramp_from(&self) -> Option<RampFrom> {
        match self {
            PhaseInPath::LinearRamp { from, .. } => Some(*from),
            _ => None,
        }
    }

    /// The path as year-by-year shares over a horizon, for editing year by year.
    pub fn to_percentages(&self, layer: &CutLayer, horizon: Horizon) -> PhaseInPath {
        let shares = horizon
            .years()
            .map(|y| {
                let full = layer.full_cut(y);
                let s = if full > 0.0 {
                    self.phased_cut(layer, y) / full
                } else {
                    1.0
                };
                (y, s)
            })
            .collect();
        PhaseInPath::Percentages { shares }
    }
}
