//! Break-even of the levers: how many full-year persons per FTE a lever must move off its
//! benefit for the staff it keeps to pay for itself, net of refusion, beside the effect
//! assumed.
//!
//! With `c` the cost per FTE, `u` the unit cost of the group, `m` the municipality's share
//! after refusion ([`super::BenefitGroup::municipal_share`]) and `r(y)` the lever's ramp share
//! in year `y` (as [`super::evaluate`] ramps it), a lever with effect `e` (persons moved per
//! FTE per year at full effect) and `f` FTE costs `f × c` in a year and saves `f × e × r(y) ×
//! u × m`. The number of FTE cancels, so the break-even is:
//!
//! - at full effect: `c ÷ (u × m)`;
//! - in one active year: `c ÷ (u × m × r(y))`;
//! - over the active years within the horizon: `Σ c ÷ (u × m × Σ r(y))`, the effect at which
//!   the total cost equals the total net saving.
//!
//! The floor at zero persons that `evaluate` applies is left out: a break-even above what the
//! group can give is reported as it is.

use serde::{Deserialize, Serialize};

use super::calc::ramp;
use super::model::{Assumptions, LeverChoice, Policy, Scenario};
use super::report::num;
use crate::format;
use crate::model::Year;
use crate::Lang;

/// The break-even effect in one active year of a lever.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BreakEvenYear {
    pub year: Year,
    /// The share of the full effect reached this year (the ramp).
    pub ramp: f64,
    /// Persons per FTE at full effect for this year's cost to equal its net saving; `None`
    /// when a person moved saves the municipality nothing.
    pub effect: Option<f64>,
}

/// The break-even of a lever that works on a benefit group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EffectBreakEven {
    pub group_id: String,
    pub group_name: String,
    /// The assumed effect: full-year persons moved off the benefit per FTE per year at full
    /// effect (the definition's `persons_per_fte` with the sign turned: positive = fewer).
    pub assumed: f64,
    pub ramp_years: u32,
    /// The municipality's saving per full-year person moved, in 1.000 kr. a year
    /// (`unit_cost × municipal_share`).
    pub net_saving_per_person: f64,
    /// The break-even at full effect; `None` when a person moved saves nothing.
    pub full_effect: Option<f64>,
    /// Each year within the horizon in which the lever is active.
    pub years: Vec<BreakEvenYear>,
    /// The break-even over all of those years; `None` without active years or saving.
    pub overall: Option<f64>,
}

impl EffectBreakEven {
    /// The break-even the assumed effect is held against: over the active years when the
    /// lever has any within the horizon, else at full effect.
    pub fn binding(&self) -> Option<f64> {
        self.overall.or(self.full_effect)
    }

    /// Whether the assumed effect pays for the staff (`None` when nothing can).
    pub fn pays(&self) -> Option<bool> {
        self.binding().map(|b| self.assumed >= b)
    }
}

/// A lever of a scenario and its break-even.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BreakEven {
    pub lever_id: String,
    pub lever_name: String,
    /// `None` when the lever's definition has no effect on a benefit group (or is unknown).
    pub effect: Option<EffectBreakEven>,
}

/// The break-even of every lever choice of a scenario, in the scenario's order. A choice
/// that is switched off is calculated as if it were on, for its years: the answer says
/// whether switching it on would pay.
pub fn break_even(a: &Assumptions, scenario: &Scenario) -> Vec<BreakEven> {
    scenario
        .policy
        .levers
        .iter()
        .map(|c| lever_break_even(a, c))
        .collect()
}

fn lever_break_even(a: &Assumptions, c: &LeverChoice) -> BreakEven {
    let def = a.lever(&c.lever_id);
    let effect = def
        .and_then(|d| d.effect.as_ref())
        .and_then(|e| a.group(&e.group_id).map(|g| (e, g)))
        .map(|(e, g)| {
            let cost = a.cost_per_fte.value;
            // The first persons moved leave the longest step of the refusion ladder (while
            // they stay within it; a flat share is the same for every person).
            let saving = g.unit_cost.value * g.marginal_municipal_share();
            let per = |r: f64| (saving > 0.0).then(|| cost / (saving * r));
            let years: Vec<BreakEvenYear> = a
                .horizon
                .years()
                .filter(|y| (c.from..=c.to).contains(y))
                .map(|year| {
                    let r = ramp(c.from, year, e.ramp_years);
                    BreakEvenYear {
                        year,
                        ramp: r,
                        effect: per(r),
                    }
                })
                .collect();
            let ramp_sum: f64 = years.iter().map(|y| y.ramp).sum();
            let overall = (!years.is_empty())
                .then(|| per(ramp_sum / years.len() as f64))
                .flatten();
            EffectBreakEven {
                group_id: g.id.clone(),
                group_name: g.name.clone(),
                assumed: -e.persons_per_fte.value,
                ramp_years: e.ramp_years,
                net_saving_per_person: saving,
                full_effect: per(1.0),
                years,
                overall,
            }
        });
    BreakEven {
        lever_id: c.lever_id.clone(),
        lever_name: def.map_or_else(|| c.lever_id.clone(), |d| d.name.clone()),
        effect,
    }
}

/// A scenario that keeps every lever at its default FTE over the whole horizon: the
/// break-even of the levers themselves, without a scenario's years.
pub fn whole_horizon_scenario(a: &Assumptions) -> Scenario {
    Scenario {
        id: "alle-greb".into(),
        name: "Alle greb i hele tidshorisonten".into(),
        description: String::new(),
        description_en: String::new(),
        policy: Policy {
            phase_in: vec![],
            levers: a
                .levers
                .iter()
                .map(|l| LeverChoice {
                    lever_id: l.id.clone(),
                    enabled: true,
                    fte: l.default_fte.value,
                    from: a.horizon.start,
                    to: a.horizon.end,
                })
                .collect(),
        },
    }
}

impl BreakEven {
    /// The break-even in words: one or two sentences.
    pub fn describe(&self, lang: Lang) -> String {
        let Some(e) = &self.effect else {
            return lang
                .pick(
                    "Grebet har ingen antaget virkning på en ydelse, så det kan ikke betale sig selv gennem færre på forsørgelse.",
                    "The lever has no assumed effect on a benefit, so it cannot pay for itself through fewer people on benefits.",
                )
                .to_owned();
        };
        let (Some(full), Some(pays)) = (e.full_effect, e.pays()) else {
            return lang.pick(
                format!(
                    "Grebet kan ikke betale sig selv: en helårsperson færre på {} sparer ikke kommunen noget efter refusion.",
                    e.group_name
                ),
                format!(
                    "The lever cannot pay for itself: one full-year person fewer on {} saves the municipality nothing after reimbursement.",
                    e.group_name
                ),
            );
        };
        // One decimal, more when that would show the assumed effect equal to a break-even it
        // is not.
        let binding = e.binding().unwrap_or(full);
        let shows_equal = |d: usize| {
            e.assumed != binding
                && format::number(e.assumed, d, lang) == format::number(binding, d, lang)
        };
        let decimals = (1..3).find(|d| !shows_equal(*d)).unwrap_or(3);
        let n = |v: f64| format::number(v, decimals, lang);
        let (full_s, assumed) = (n(full), n(e.assumed));
        let ramped = e.overall.filter(|o| n(*o) != full_s).map(|o| {
            let first = e.years.first().map_or(0, |y| y.year);
            let last = e.years.last().map_or(0, |y| y.year);
            (format::period(first, last), n(o), e.ramp_years)
        });
        let ramp_clause = |(period, o, r): &(String, String, u32)| {
            lang.pick(
                format!(" Mens virkningen indfases over {r} år, kræver {period} under ét mindst {o}."),
                format!(" As the effect ramps up over {r} years, {period} as a whole needs at least {o}."),
            )
        };
        match (pays, e.assumed >= full, &ramped) {
            (true, _, _) => {
                let mut s = lang.pick(
                    format!("Grebet betaler sig selv, hvis det flytter mindst {full_s} helårspersoner pr. årsværk; antaget: {assumed}."),
                    format!("The lever pays for itself if it moves at least {full_s} full-year persons per FTE; assumed: {assumed}."),
                );
                s.extend(ramped.as_ref().map(ramp_clause));
                s
            }
            (false, true, Some((period, o, r))) => lang.pick(
                format!("Grebet betaler sig selv ved fuld virkning, som kræver mindst {full_s} helårspersoner pr. årsværk (antaget: {assumed}), men ikke i {period} under ét, mens virkningen indfases over {r} år: det kræver mindst {o}."),
                format!("The lever pays for itself at full effect, which needs at least {full_s} full-year persons per FTE (assumed: {assumed}), but not over {period} as a whole while the effect ramps up over {r} years: that needs at least {o}."),
            ),
            (false, _, _) => {
                let mut s = lang.pick(
                    format!("Grebet betaler sig ikke selv: det skal flytte mindst {full_s} helårspersoner pr. årsværk, men antaget er {assumed}."),
                    format!("The lever does not pay for itself: it must move at least {full_s} full-year persons per FTE, but {assumed} is assumed."),
                );
                s.extend(ramped.as_ref().map(ramp_clause));
                s
            }
        }
    }
}

/// The CSV header of [`break_even_csv`].
pub const BREAK_EVEN_CSV_HEADER: [&str; 4] =
    ["lever_id", "year", "assumed_effect", "break_even_effect"];

/// The break-even as CSV (decimal point): per lever a row for each active year within the
/// horizon and a row `alle` for all of them; empty cells where there is no effect or no
/// break-even.
pub fn break_even_csv(items: &[BreakEven]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(BREAK_EVEN_CSV_HEADER)
        .expect("writing to memory");
    let opt = |v: Option<f64>| v.map(num).unwrap_or_default();
    for b in items {
        let assumed = opt(b.effect.as_ref().map(|e| e.assumed));
        if let Some(e) = &b.effect {
            for y in &e.years {
                w.write_record([&b.lever_id, &y.year.to_string(), &assumed, &opt(y.effect)])
                    .expect("writing to memory");
            }
        }
        let overall = opt(b.effect.as_ref().and_then(|e| e.overall));
        w.write_record([b.lever_id.as_str(), "alle", &assumed, &overall])
            .expect("writing to memory");
    }
    String::from_utf8(w.into_inner().expect("writing to memory")).expect("CSV is UTF-8")
}
