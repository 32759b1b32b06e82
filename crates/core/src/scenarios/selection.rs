//! The selected scenario's figures, computed once for everything that shows them: the central
//! result, its range, the tornado, the notes on linked baselines, the teams whose caseload it
//! moves, each lever's break-even, the problems found, and the result in words. The app holds
//! one [`Selection`] in one memo and its parts read from it.

use super::break_even::{break_even, whole_horizon_scenario, BreakEven};
use super::calc::{evaluate, ScenarioResult};
use super::edit::PathPreset;
use super::model::{Assumptions, PhaseInPath, Scenario, ScenarioSet};
use super::targets::{target_specs, TargetStatus};
use super::uncertainty::{spread, ScenarioRange, TornadoBar};
use super::validate::{validate, Issue};
use super::{linked_set, BaselineNote};
use crate::format;
use crate::model::{PartialDate, Year};
use crate::{Lang, Workspace};

/// A team's caseload index (100 = the staffing before the cut) without any lever and year by
/// year with the scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamCaseload {
    pub team_id: String,
    pub name: String,
    /// Without the scenario's levers and phase-in (`None`: the team has no staff after the cut).
    pub without: Option<f64>,
    /// Year by year with the scenario.
    pub years: Vec<(Year, Option<f64>)>,
}

impl TeamCaseload {
    /// Whether the scenario changes the team's caseload by half a point or more in some year.
    pub fn moved(&self) -> bool {
        self.years.iter().any(|(_, now)| match (now, self.without) {
            (Some(n), Some(b)) => (n - b).abs() >= 0.5,
            (n, b) => n.is_some() != b.is_some(),
        })
    }

    /// The year the caseload differs most from [`TeamCaseload::without`], with its index.
    pub fn most_moved(&self) -> Option<(Year, f64)> {
        let base = self.without?;
        self.years
            .iter()
            .filter_map(|(y, v)| v.map(|v| (*y, v)))
            .max_by(|a, b| (a.1 - base).abs().total_cmp(&(b.1 - base).abs()))
    }
}

/// What a scenario costs or saves the municipality over its horizon, in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Costs,
    Saves,
    /// Less than 50.000 kr. either way.
    Neutral,
}

/// Everything shown about the selected scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct Selection {
    pub scenario: Scenario,
    /// Whether this is the set's baseline, the scenario the others are measured against.
    pub is_baseline: bool,
    pub baseline_name: String,
    pub first_year: Year,
    pub last_year: Year,
    pub result: ScenarioResult,
    pub range: ScenarioRange,
    /// The assumptions by how much they move the total, widest first.
    pub tornado: Vec<TornadoBar>,
    pub baseline_notes: Vec<BaselineNote>,
    pub teams: Vec<TeamCaseload>,
    /// Each lever of the assumptions with its break-even for this scenario's years, or for
    /// the whole horizon when the scenario does not use the lever.
    pub break_even: Vec<BreakEven>,
    pub issues: Vec<Issue>,
}

/// The selected scenario's figures, with the groups linked to imported figures read from them
/// as of `today`. `None` when the set has no scenario of that id.
pub fn selection(ws: &Workspace, id: &str, today: PartialDate) -> Option<Selection> {
    let (set, notes) = if ws.scenarios.baseline_links.is_empty() {
        ((*ws.scenarios).clone(), Vec::new())
    } else {
        linked_set(&ws.scenarios, &ws.indicators, today)
    };
    selection_of(&set, ws, id, notes)
}

fn selection_of(
    set: &ScenarioSet,
    ws: &Workspace,
    id: &str,
    baseline_notes: Vec<BaselineNote>,
) -> Option<Selection> {
    let scenario = set.scenario(id)?.clone();
    let a = &set.assumptions;
    let targets = target_specs(ws, &set.target_links);
    let result = evaluate(a, &scenario, &targets);
    let (range, tornado) = spread(a, &scenario, &targets, &result);
    let teams = team_caseloads(a, &result);
    let own = break_even(a, &scenario);
    let whole = break_even(a, &whole_horizon_scenario(a));
    let break_even = a
        .levers
        .iter()
        .filter_map(|def| {
            own.iter()
                .find(|b| b.lever_id == def.id)
                .or_else(|| whole.iter().find(|b| b.lever_id == def.id))
                .cloned()
        })
        .collect();
    let issues = validate(a, &scenario);
    let baseline_name = set
        .scenario(&set.baseline_id)
        .map(|s| s.name.clone())
        .unwrap_or_default();
    Some(Selection {
        is_baseline: scenario.id == set.baseline_id,
        scenario,
        baseline_name,
        first_year: a.horizon.start,
        last_year: a.horizon.end,
        result,
        range,
        tornado,
        baseline_notes,
        teams,
        break_even,
        issues,
    })
}

fn team_caseloads(a: &Assumptions, r: &ScenarioResult) -> Vec<TeamCaseload> {
    a.teams
        .iter()
        .enumerate()
        .map(|(i, t)| TeamCaseload {
            team_id: t.id.clone(),
            name: t.name.clone(),
            without: (t.fte_now.value > 0.0)
                .then(|| 100.0 * t.fte_before_cut.value / t.fte_now.value),
            years: r
                .years
                .iter()
                .map(|y| (y.year, y.teams.get(i).and_then(|t| t.caseload_index)))
                .collect(),
        })
        .collect()
}

impl Selection {
    /// The net for the municipality over the horizon, 1.000 kr. (positive: a cost).
    pub fn total_net(&self) -> f64 {
        self.result.total_net()
    }

    pub fn verdict(&self) -> Verdict {
        verdict_of(self.total_net())
    }

    /// The teams whose caseload the scenario changes.
    pub fn moved_teams(&self) -> impl Iterator<Item = &TeamCaseload> {
        self.teams.iter().filter(|t| t.moved())
    }

    /// The lever's break-even, if it works on a benefit group.
    pub fn break_even_of(&self, lever_id: &str) -> Option<&BreakEven> {
        self.break_even
            .iter()
            .find(|b| b.lever_id == lever_id && b.effect.is_some())
    }

    /// The most FTE kept in one year, and the first and last year any is kept.
    pub fn fte_kept(&self) -> Option<(f64, Year, Year)> {
        let kept: Vec<_> = self
            .result
            .years
            .iter()
            .filter(|y| y.fte_kept() >= 0.05)
            .collect();
        let max = kept.iter().map(|y| y.fte_kept()).fold(0.0_f64, f64::max);
        Some((max, kept.first()?.year, kept.last()?.year))
    }

    /// The result in one sentence: "Scenariet koster kommunen 12,2 mio. kr. netto i
    /// 2024-2030" or "… sparer kommunen …", against the baseline.
    pub fn headline(&self, lang: Lang) -> String {
        let period = format::period(self.first_year, self.last_year);
        let amount = money(self.total_net().abs(), lang);
        match (self.verdict(), lang) {
            (Verdict::Costs, Lang::Da) => {
                format!("Koster kommunen {amount} netto i {period}")
            }
            (Verdict::Costs, Lang::En) => {
                format!("Costs the municipality {amount} net in {period}")
            }
            (Verdict::Saves, Lang::Da) => {
                format!("Sparer kommunen {amount} netto i {period}")
            }
            (Verdict::Saves, Lang::En) => {
                format!("Saves the municipality {amount} net in {period}")
            }
            (Verdict::Neutral, Lang::Da) => {
                format!("Koster og sparer kommunen omtrent lige meget i {period}")
            }
            (Verdict::Neutral, Lang::En) => {
                format!("Costs and saves the municipality about as much in {period}")
            }
        }
    }

    /// Against what the figures are measured: "mod »Officiel indfasning«, hvor
    /// besparelserne gennemføres fuldt og ingen årsværk bevares".
    pub fn against(&self, lang: Lang) -> String {
        if self.is_baseline {
            return lang
                .pick(
                    "Basis: den officielle indfasning, som de andre scenarier måles imod.",
                    "Baseline: the official phase-in the other scenarios are measured against.",
                )
                .to_owned();
        }
        match lang {
            Lang::Da => format!(
                "Mod basis »{}«: besparelserne fuldt gennemført og ingen greb.",
                self.baseline_name
            ),
            Lang::En => format!(
                "Against the baseline “{}”: the cuts in full and no levers.",
                self.baseline_name
            ),
        }
    }

    /// The range of the total in the same words as the result: "Usikkerhed: sparer mellem
    /// 1,6 og 22,1 mio. kr. (lav–høj efter forudsætningerne)", or "koster mellem …", or "fra
    /// en besparelse på … til en udgift på …" when the range spans both.
    pub fn range_text(&self, lang: Lang) -> String {
        let t = self.range.total_net;
        let m = |v: f64| format::number(v.abs() / 1000.0, 1, lang);
        let (low, high) = (t.low, t.high);
        match lang {
            Lang::Da => {
                let what = if low >= 0.0 {
                    format!("koster mellem {} og {} mio. kr.", m(low), m(high))
                } else if high <= 0.0 {
                    format!("sparer mellem {} og {} mio. kr.", m(high), m(low))
                } else {
                    format!(
                        "fra en besparelse på {} til en udgift på {} mio. kr.",
                        m(low),
                        m(high)
                    )
                };
                format!("Usikkerhed: {what} (lav–høj efter forudsætningerne)")
            }
            Lang::En => {
                let what = if low >= 0.0 {
                    format!("costs between DKK {} and {} million", m(low), m(high))
                } else if high <= 0.0 {
                    format!("saves between DKK {} and {} million", m(high), m(low))
                } else {
                    format!(
                        "from a saving of DKK {} to a cost of DKK {} million",
                        m(low),
                        m(high)
                    )
                };
                format!("Uncertainty: {what} (low–high from the assumptions)")
            }
        }
    }

    /// How many of the targets the scenario moves are met, and how many lie at the limit.
    pub fn targets_text(&self, lang: Lang) -> Option<String> {
        let n = self.result.targets.len();
        if n == 0 {
            return None;
        }
        let count = |s: TargetStatus| self.result.targets.iter().filter(|t| t.status == s).count();
        let (met, at_limit) = (count(TargetStatus::Met), count(TargetStatus::AtLimit));
        let mut text = match lang {
            Lang::Da => format!("Planens mål, som scenariet påvirker: {met} af {n} nås"),
            Lang::En => format!("The plan's targets the scenario affects: {met} of {n} met"),
        };
        if at_limit > 0 {
            text.push_str(&match lang {
                Lang::Da => format!(", {at_limit} lige på grænsen"),
                Lang::En => format!(", {at_limit} just at the limit"),
            });
        }
        Some(text)
    }
}

fn verdict_of(total_net: f64) -> Verdict {
    if total_net >= 50.0 {
        Verdict::Costs
    } else if total_net <= -50.0 {
        Verdict::Saves
    } else {
        Verdict::Neutral
    }
}

/// An amount in 1.000 kr. as millions with one decimal and its unit.
fn money(tkr: f64, lang: Lang) -> String {
    let m = format::number(tkr / 1000.0, 1, lang);
    match lang {
        Lang::Da => format!("{m} mio. kr."),
        Lang::En => format!("DKK {m} million"),
    }
}

/// What a scenario chooses, one line per choice: the path of each cut layer and each lever
/// in use with its FTE and years. For a shared scenario's summary and the print.
pub fn describe_choices(a: &Assumptions, scenario: &Scenario, lang: Lang) -> Vec<String> {
    let mut lines = Vec::new();
    for layer in &a.layers {
        let path = scenario.policy.path(&layer.id);
        let how = match path {
            PhaseInPath::Percentages { shares } => {
                let parts: Vec<String> = shares
                    .iter()
                    .filter(|(y, _)| a.horizon.years().any(|h| h == *y))
                    .map(|(y, s)| format!("{y}: {} %", format::number(s * 100.0, 0, lang)))
                    .collect();
                format!("{} ({})", PathPreset::Custom.label(lang), parts.join(", "))
            }
            other => PathPreset::of(other).label(lang),
        };
        lines.push(format!("{}: {how}", layer.name));
    }
    for choice in scenario.policy.levers.iter().filter(|c| c.enabled) {
        let Some(def) = a.levers.iter().find(|d| d.id == choice.lever_id) else {
            continue;
        };
        let years = format::period(choice.from, choice.to);
        let fte = format::number_trim(choice.fte, 1, lang);
        lines.push(match lang {
            Lang::Da => format!("{}: {fte} årsværk bevaret i {years}", def.name),
            Lang::En => format!("{}: {fte} FTE kept in {years}", def.name),
        });
    }
    if scenario.policy.levers.iter().all(|c| !c.enabled) {
        lines.push(lang.pick("Ingen greb", "No levers").to_owned());
    }
    lines
}
