//! The calculation: what a scenario costs each year, what it buys in staff, and what that
//! does to caseloads, benefit spending (gross and net of refusion) and the plan's targets.

use serde::{Deserialize, Serialize};

use super::model::{Assumptions, Scenario};
use super::targets::{TargetProjection, TargetSpec};
use crate::model::Year;

/// One benefit group in one year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupYear {
    pub group_id: String,
    pub baseline_persons: f64,
    /// Change in full-year persons from the levers (negative = fewer on the benefit).
    pub delta_persons: f64,
    /// Change in gross benefit spending, 1.000 kr.
    pub gross: f64,
    /// Change net of the state's refusion, 1.000 kr.
    pub net: f64,
    /// The state's part of the gross change (refusion; for a-dagpenge the part the
    /// municipality does not co-finance): `gross − net`, 1.000 kr.
    #[serde(default)]
    pub refusion: f64,
}

impl GroupYear {
    pub fn projected_persons(&self) -> f64 {
        self.baseline_persons + self.delta_persons
    }
}

/// One team's caseload in one year, as an index (100 = staffing before the cut).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamYear {
    pub team_id: String,
    pub fte: f64,
    /// `None` when the team has no staff at all (no caseload per person to speak of).
    pub caseload_index: Option<f64>,
}

/// The result of a scenario in one year. Amounts in 1.000 kr.; "effect" is relative to the
/// official path with no levers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct YearResult {
    pub year: Year,
    /// The cuts at their full size.
    pub full_cut: f64,
    /// The cuts as phased in by the scenario.
    pub phased_cut: f64,
    /// `full_cut − phased_cut`: money a slower phase-in leaves in the employment effort.
    pub deferred: f64,
    /// Cost of the staff the levers keep.
    pub lever_cost: f64,
    /// `deferred + lever_cost`: what the scenario costs the rest of the municipality.
    pub compensation: f64,
    /// FTE not cut thanks to the slower phase-in (`deferred / cost_per_fte`).
    pub fte_deferred: f64,
    /// FTE kept by the levers.
    pub fte_levers: f64,
    pub groups: Vec<GroupYear>,
    pub teams: Vec<TeamYear>,
    /// Change in benefit spending, gross and net of refusion (negative = saving).
    pub benefit_gross: f64,
    pub benefit_net: f64,
    /// `compensation + benefit_net`: the scenario's net cost to the municipality.
    pub municipality_net: f64,
    pub cumulative_compensation: f64,
    pub cumulative_net: f64,
}

impl YearResult {
    pub fn fte_kept(&self) -> f64 {
        self.fte_deferred + self.fte_levers
    }
}

/// A scenario's yearly results and target projections.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScenarioResult {
    pub scenario_id: String,
    pub years: Vec<YearResult>,
    pub targets: Vec<TargetProjection>,
}

impl ScenarioResult {
    pub fn year(&self, year: Year) -> Option<&YearResult> {
        self.years.iter().find(|y| y.year == year)
    }

    pub fn total_compensation(&self) -> f64 {
        self.years.last().map_or(0.0, |y| y.cumulative_compensation)
    }

    pub fn total_net(&self) -> f64 {
        self.years.last().map_or(0.0, |y| y.cumulative_net)
    }
}

/// Share of a lever's full effect in a year: linear ramp from its first active year.
pub(super) fn ramp(first_active: Year, year: Year, ramp_years: u32) -> f64 {
    let n = ramp_years.max(1) as f64;
    (((i64::from(year) - i64::from(first_active) + 1) as f64) / n).clamp(0.0, 1.0)
}

/// A lever choice with its team and effect looked up once, by position.
struct ResolvedLever {
    team: Option<usize>,
    /// Group index, persons per FTE, ramp years.
    effect: Option<(usize, f64, u32)>,
}

fn resolve_levers(a: &Assumptions, scenario: &Scenario) -> Vec<ResolvedLever> {
    use std::collections::HashMap;
    let groups: HashMap<&str, usize> = a
        .groups
        .iter()
        .enumerate()
        .map(|(i, g)| (g.id.as_str(), i))
        .collect();
    let teams: HashMap<&str, usize> = a
        .teams
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id.as_str(), i))
        .collect();
    let levers: HashMap<&str, &super::model::LeverDef> =
        a.levers.iter().map(|l| (l.id.as_str(), l)).collect();
    scenario
        .policy
        .levers
        .iter()
        .map(|c| {
            let def = levers.get(c.lever_id.as_str());
            ResolvedLever {
                team: def
                    .and_then(|d| d.team_id.as_deref())
                    .and_then(|t| teams.get(t).copied()),
                effect: def.and_then(|d| d.effect.as_ref()).and_then(|e| {
                    groups
                        .get(e.group_id.as_str())
                        .map(|g| (*g, e.persons_per_fte.value, e.ramp_years))
                }),
            }
        })
        .collect()
}

/// Calculates a scenario year by year.
///
/// Levers count only in their active years; a lever's benefit effect ramps up linearly from
/// its first active year (also when that lies before the horizon) and stops when the staff is
/// no longer kept. No group goes below zero persons. Unknown layer, lever,
/// group or team ids are ignored here and reported by [`super::validate`].
pub fn evaluate(a: &Assumptions, scenario: &Scenario, targets: &[TargetSpec]) -> ScenarioResult {
    let cost_per_fte = a.cost_per_fte.value;
    let resolved = resolve_levers(a, scenario);
    let mut years = Vec::with_capacity(a.horizon.len());
    let mut cumulative_compensation = 0.0;
    let mut cumulative_net = 0.0;
    for year in a.horizon.years() {
        let mut full_cut = 0.0;
        let mut phased_cut = 0.0;
        for layer in &a.layers {
            full_cut += layer.full_cut(year);
            phased_cut += scenario.policy.path(&layer.id).phased_cut(layer, year);
        }
        let deferred = full_cut - phased_cut;

        let mut lever_cost = 0.0;
        let mut fte_levers = 0.0;
        let mut groups: Vec<GroupYear> = a
            .groups
            .iter()
            .map(|g| GroupYear {
                group_id: g.id.clone(),
                baseline_persons: g.persons.value,
                delta_persons: 0.0,
                gross: 0.0,
                net: 0.0,
                refusion: 0.0,
            })
            .collect();
        let mut teams: Vec<TeamYear> = a
            .teams
            .iter()
            .map(|t| TeamYear {
                team_id: t.id.clone(),
                fte: t.fte_now.value,
                caseload_index: None,
            })
            .collect();
        for (choice, lever) in scenario.policy.levers.iter().zip(&resolved) {
            if !choice.active(year) {
                continue;
            }
            lever_cost += choice.fte * cost_per_fte;
            fte_levers += choice.fte;
            if let Some(t) = lever.team {
                teams[t].fte += choice.fte;
            }
            if let Some((g, per_fte, ramp_years)) = lever.effect {
                groups[g].delta_persons +=
                    per_fte * choice.fte * ramp(choice.from, year, ramp_years);
            }
        }
        let mut benefit_gross = 0.0;
        let mut benefit_net = 0.0;
        for (g, def) in groups.iter_mut().zip(&a.groups) {
            // Levers cannot take more people off a benefit than are on it.
            g.delta_persons = g.delta_persons.max(-g.baseline_persons.max(0.0));
            g.gross = g.delta_persons * def.unit_cost.value;
            // Flat refusion, or by duration (refusion.rs): persons leave the longest step
            // first.
            g.net = if def.duration.is_none() {
                // As before refusion by duration existed, to the last bit.
                g.gross * def.municipal_share()
            } else {
                def.municipal_persons(g.delta_persons, g.baseline_persons) * def.unit_cost.value
            };
            g.refusion = g.gross - g.net;
            benefit_gross += g.gross;
            benefit_net += g.net;
        }
        for (t, def) in teams.iter_mut().zip(&a.teams) {
            t.caseload_index = (t.fte > 0.0).then(|| 100.0 * def.fte_before_cut.value / t.fte);
        }
        let compensation = deferred + lever_cost;
        let municipality_net = compensation + benefit_net;
        cumulative_compensation += compensation;
        cumulative_net += municipality_net;
        years.push(YearResult {
            year,
            full_cut,
            phased_cut,
            deferred,
            lever_cost,
            compensation,
            fte_deferred: if cost_per_fte > 0.0 {
                deferred / cost_per_fte
            } else {
                0.0
            },
            fte_levers,
            groups,
            teams,
            benefit_gross,
            benefit_net,
            municipality_net,
            cumulative_compensation,
            cumulative_net,
        });
    }
    let targets = targets
        .iter()
        .filter_map(|t| t.project(a.horizon, &years))
        .collect();
    ScenarioResult {
        scenario_id: scenario.id.clone(),
        years,
        targets,
    }
}

/// Differences of each scenario against the baseline, per year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct YearDiff {
    pub year: Year,
    pub compensation: f64,
    pub fte_kept: f64,
    pub benefit_net: f64,
    pub municipality_net: f64,
}

pub fn diff(result: &ScenarioResult, baseline: &ScenarioResult) -> Vec<YearDiff> {
    result
        .years
        .iter()
        .zip(&baseline.years)
        .map(|(r, b)| YearDiff {
            year: r.year,
            compensation: r.compensation - b.compensation,
            fte_kept: r.fte_kept() - b.fte_kept(),
            benefit_net: r.benefit_net - b.benefit_net,
            municipality_net: r.municipality_net - b.municipality_net,
        })
        .collect()
}
