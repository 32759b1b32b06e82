//! The bounds every document's content must keep before anything is calculated: years in a
//! sane range and horizons of at most [`MAX_HORIZON_YEARS`] years (so every loop over years
//! is short and no year arithmetic can wrap), finite amounts of sane magnitude, non-negative
//! staff and persons, unique and non-empty ids, references that resolve, no year given twice,
//! dates that exist, and lists of sane length. Each finding names the field's path in the
//! document (`scenarios[2].policy.levers[0].fte`) and the value.

use std::collections::{HashMap, HashSet};

use crate::model::{PartialDate, Year};
use crate::scenarios::{Assumptions, PhaseInPath, Scenario, ScenarioSet, YearPath};
use crate::Lang;

/// The first and last year any scenario year may be.
pub const MIN_YEAR: Year = 1990;
pub const MAX_YEAR: Year = 2100;
/// The longest horizon, and the longest delay or ramp, in years.
pub const MAX_HORIZON_YEARS: u32 = 60;
/// The largest amount in 1.000 kr. (a million million).
pub const MAX_TKR: f64 = 1e12;
/// The largest national cut in mio. kr. (the same million million kroner as [`MAX_TKR`]).
pub const MAX_NATIONAL_MIO: f64 = 1e9;
/// The most staff (FTE) any number may be.
pub const MAX_FTE: f64 = 1e6;
/// The least staff a team (above none) or the cost per FTE (above nothing) may be: what a
/// calculation divides by stays far from zero, so no quotient is infinite.
pub const MIN_DIVISOR: f64 = 0.001;
/// The most full-year persons any number may be, and the largest effect per FTE.
pub const MAX_PERSONS: f64 = 1e8;
/// The most scenarios a set may have.
pub const MAX_SCENARIOS: usize = 10_000;
/// The most entries any other list of a scenario set may have (layers, groups, teams,
/// levers, lever choices, phase-ins, ranges, links).
pub const MAX_ITEMS: usize = 1_000;

/// What is wrong with one value.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// A year outside [`MIN_YEAR`]..=[`MAX_YEAR`].
    Year { value: i64 },
    /// A horizon whose end is before its start.
    HorizonReversed { start: Year, end: Year },
    /// A horizon longer than [`MAX_HORIZON_YEARS`].
    HorizonTooLong { start: Year, end: Year },
    /// A number of years (a delay, a ramp) beyond [`MAX_HORIZON_YEARS`].
    YearsTooMany { value: u32 },
    /// A number outside its range (`unit` is the Danish and English unit after the range).
    Range {
        value: f64,
        min: f64,
        max: f64,
        unit: (&'static str, &'static str),
    },
    /// A share outside 0-1.
    Share { value: f64 },
    /// An empty id.
    EmptyId,
    /// An id used twice in the same list.
    DuplicateId { id: String, first: String },
    /// A reference to something that does not exist (`what` names the list, Danish and
    /// English).
    Missing {
        id: String,
        what: (&'static str, &'static str),
    },
    /// The same year twice in a path by year.
    RepeatedYear { year: Year, first: String },
    /// The same layer's phase-in, or the same lever, given twice in a scenario.
    Repeated { id: String, first: String },
    /// A date that does not exist (31 February, month 13).
    Date { date: PartialDate },
    /// A set without scenarios.
    NoScenarios,
    /// A list longer than the app takes.
    TooMany { count: usize, max: usize },
    /// A field the model does not know (a warning: it is left out of the calculation).
    UnknownField,
}

/// One finding: where in the document, and what.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// The field's path in the document (`scenarios[2].policy.levers[0].fte`).
    pub path: String,
    pub problem: Problem,
}

/// A number as a person reads it: Danish (or English) digits while it is of a size people
/// write, else in powers of ten (`1e308`), and words for what is not a number.
pub fn show(v: f64, lang: Lang) -> String {
    if v.is_nan() {
        return lang.pick("ikke et tal", "not a number").to_owned();
    }
    if v.is_infinite() {
        let s = lang.pick("uendelig", "infinite");
        return if v < 0.0 {
            format!("minus {s}")
        } else {
            s.to_owned()
        };
    }
    if v != 0.0 && (v.abs() >= 1e15 || v.abs() < 1e-6) {
        let e = format!("{v:e}");
        return match lang {
            Lang::Da => e.replace('.', ",").replace('-', "−"),
            Lang::En => e,
        };
    }
    crate::format::number_trim(v, 6, lang)
}

fn int(v: f64, lang: Lang) -> String {
    show(v, lang)
}

impl Finding {
    /// The reason in words, without the path.
    pub fn message(&self, lang: Lang) -> String {
        let da = lang == Lang::Da;
        match &self.problem {
            Problem::Year { value } => {
                let v = *value;
                if da {
                    format!("året skal ligge mellem {MIN_YEAR} og {MAX_YEAR}, men er {v}.")
                } else {
                    format!("the year must be between {MIN_YEAR} and {MAX_YEAR}, but is {v}.")
                }
            }
            Problem::HorizonReversed { start, end } => lang.pick(
                format!("slutåret {end} ligger før startåret {start}."),
                format!("the last year {end} is before the first year {start}."),
            ),
            Problem::HorizonTooLong { start, end } => {
                let years = i64::from(*end) - i64::from(*start) + 1;
                lang.pick(
                    format!("tidshorisonten må højst være {MAX_HORIZON_YEARS} år, men {start}-{end} er {years} år."),
                    format!("the horizon may be at most {MAX_HORIZON_YEARS} years, but {start}-{end} is {years} years."),
                )
            }
            Problem::YearsTooMany { value } => lang.pick(
                format!("antal år skal ligge mellem 0 og {MAX_HORIZON_YEARS}, men er {value}."),
                format!("the number of years must be between 0 and {MAX_HORIZON_YEARS}, but is {value}."),
            ),
            Problem::Range {
                value,
                min,
                max,
                unit,
            } => {
                let unit = lang.pick(unit.0, unit.1);
                let unit = if unit.is_empty() {
                    String::new()
                } else {
                    format!(" {unit}")
                };
                lang.pick(
                    format!(
                        "skal være et tal mellem {} og {}{unit}, men er {}.",
                        int(*min, lang),
                        int(*max, lang),
                        show(*value, lang)
                    ),
                    format!(
                        "must be a number between {} and {}{unit}, but is {}.",
                        int(*min, lang),
                        int(*max, lang),
                        show(*value, lang)
                    ),
                )
            }
            Problem::Share { value } => {
                let pct = if value.is_finite() && value.abs() < 1e13 {
                    format!(" ({} %)", show(value * 100.0, lang))
                } else {
                    String::new()
                };
                lang.pick(
                    format!(
                        "andelen skal ligge mellem 0 og 1 (0-100 %), men er {}{pct}.",
                        show(*value, lang)
                    ),
                    format!(
                        "the share must be between 0 and 1 (0-100 %), but is {}{pct}.",
                        show(*value, lang)
                    ),
                )
            }
            Problem::EmptyId => lang
                .pick("id'et er tomt.", "the id is empty.")
                .to_owned(),
            Problem::DuplicateId { id, first } => lang.pick(
                format!("id'et \"{id}\" står også ved {first}."),
                format!("the id \"{id}\" is also used at {first}."),
            ),
            Problem::Missing { id, what } => lang.pick(
                format!("\"{id}\" findes ikke blandt {}.", what.0),
                format!("\"{id}\" does not exist among {}.", what.1),
            ),
            Problem::RepeatedYear { year, first } => lang.pick(
                format!("året {year} står også ved {first}; hvert år må kun stå én gang."),
                format!("the year {year} is also given at {first}; each year may be given once."),
            ),
            Problem::Repeated { id, first } => lang.pick(
                format!("\"{id}\" står også ved {first}; hver må kun stå én gang."),
                format!("\"{id}\" is also given at {first}; each may be given once."),
            ),
            Problem::Date { date } => {
                let written = match (date.month, date.day) {
                    (Some(m), Some(d)) => format!("{}-{m:02}-{d:02}", date.year),
                    (Some(m), None) => format!("{}-{m:02}", date.year),
                    _ => date.year.to_string(),
                };
                lang.pick(
                    format!("datoen {written} findes ikke."),
                    format!("the date {written} does not exist."),
                )
            }
            Problem::NoScenarios => lang
                .pick("sættet har ingen scenarier.", "the set has no scenarios.")
                .to_owned(),
            Problem::TooMany { count, max } => lang.pick(
                format!(
                    "listen har {} elementer; appen tager højst {}.",
                    int(*count as f64, lang),
                    int(*max as f64, lang)
                ),
                format!(
                    "the list has {} entries; the app takes at most {}.",
                    int(*count as f64, lang),
                    int(*max as f64, lang)
                ),
            ),
            Problem::UnknownField => lang
                .pick(
                    "feltet kendes ikke og bruges ikke i beregningen (stavefejl?).",
                    "the field is not known and is not used in the calculation (a misspelling?).",
                )
                .to_owned(),
        }
    }

    /// `path: message`.
    pub fn text(&self, lang: Lang) -> String {
        if self.path.is_empty() {
            self.message(lang)
        } else {
            format!("{}: {}", self.path, self.message(lang))
        }
    }
}

/// Collects findings; paths are only written out for what is found.
pub(super) struct Checker {
    pub(super) found: Vec<Finding>,
}

const TKR: (&str, &str) = ("(1.000 kr.)", "(DKK 1,000)");
const MIO: (&str, &str) = ("(mio. kr.)", "(DKK million)");
const FTE: (&str, &str) = ("årsværk", "FTE");
const PERSONS: (&str, &str) = ("helårspersoner", "full-year persons");
const PER_FTE: (&str, &str) = ("helårspersoner pr. årsværk", "full-year persons per FTE");

fn at(prefix: &str, field: &str) -> String {
    match (prefix.is_empty(), field.is_empty()) {
        (true, _) => field.to_owned(),
        (_, true) => prefix.to_owned(),
        _ if field.starts_with('[') => format!("{prefix}{field}"),
        _ => format!("{prefix}.{field}"),
    }
}

impl Checker {
    pub(super) fn new() -> Self {
        Checker { found: Vec::new() }
    }

    fn push(&mut self, path: String, problem: Problem) {
        self.found.push(Finding { path, problem });
    }

    fn year(&mut self, prefix: &str, field: &str, y: Year) -> bool {
        if (MIN_YEAR..=MAX_YEAR).contains(&y) {
            return true;
        }
        self.push(at(prefix, field), Problem::Year { value: y.into() });
        false
    }

    fn range(
        &mut self,
        prefix: &str,
        field: &str,
        v: f64,
        (min, max): (f64, f64),
        unit: (&'static str, &'static str),
    ) {
        if !(v.is_finite() && v >= min && v <= max) {
            self.push(
                at(prefix, field),
                Problem::Range {
                    value: v,
                    min,
                    max,
                    unit,
                },
            );
        }
    }

    /// A number the calculation divides by: 0 (or, with `signed`, anything from −max up to 0,
    /// which the editor's own checks name), or from [`MIN_DIVISOR`] to `max`.
    fn divisor(
        &mut self,
        prefix: &str,
        field: &str,
        v: f64,
        max: f64,
        signed: bool,
        unit: (&'static str, &'static str),
    ) {
        let low = if signed { -max } else { 0.0 };
        let tiny = v > 0.0 && v < MIN_DIVISOR;
        if tiny {
            self.push(
                at(prefix, field),
                Problem::Range {
                    value: v,
                    min: MIN_DIVISOR,
                    max,
                    unit,
                },
            );
        } else {
            self.range(prefix, field, v, (low, max), unit);
        }
    }

    fn share(&mut self, prefix: &str, field: &str, v: f64) {
        if !(0.0..=1.0).contains(&v) {
            self.push(at(prefix, field), Problem::Share { value: v });
        }
    }

    fn years_count(&mut self, prefix: &str, field: &str, n: u32) {
        if n > MAX_HORIZON_YEARS {
            self.push(at(prefix, field), Problem::YearsTooMany { value: n });
        }
    }

    fn count(&mut self, path: &str, n: usize, max: usize) -> bool {
        if n > max {
            self.push(path.to_owned(), Problem::TooMany { count: n, max });
            return false;
        }
        true
    }

    /// Ids of a list: non-empty and unique. Returns the set of ids (linear time).
    fn ids<'a>(&mut self, list: &str, ids: impl Iterator<Item = &'a str>) -> HashSet<&'a str> {
        let mut first: HashMap<&'a str, usize> = HashMap::new();
        for (i, id) in ids.enumerate() {
            if id.trim().is_empty() {
                self.push(format!("{list}[{i}].id"), Problem::EmptyId);
                continue;
            }
            if let Some(j) = first.get(id) {
                self.push(
                    format!("{list}[{i}].id"),
                    Problem::DuplicateId {
                        id: id.to_owned(),
                        first: format!("{list}[{j}]"),
                    },
                );
            } else {
                first.insert(id, i);
            }
        }
        first.into_keys().collect()
    }

    fn year_path(
        &mut self,
        prefix: &str,
        path: &YearPath,
        min: f64,
        max: f64,
        unit: (&'static str, &'static str),
    ) {
        if !self.count(prefix, path.0.len(), (MAX_YEAR - MIN_YEAR + 1) as usize) {
            return;
        }
        let mut seen: HashMap<Year, usize> = HashMap::new();
        for (i, (y, v)) in path.0.iter().enumerate() {
            let p = format!("{prefix}[{i}]");
            if self.year(&p, "[0]", *y) {
                if let Some(j) = seen.get(y) {
                    self.push(
                        format!("{p}[0]"),
                        Problem::RepeatedYear {
                            year: *y,
                            first: format!("{prefix}[{j}]"),
                        },
                    );
                } else {
                    seen.insert(*y, i);
                }
            }
            self.range(&p, "[1]", *v, (min, max), unit);
        }
    }

    /// The assumptions at `prefix` (`assumptions` or `scenarios.assumptions`).
    pub(super) fn assumptions(&mut self, prefix: &str, a: &Assumptions) -> Refs {
        let h = a.horizon;
        let hp = at(prefix, "horizon");
        let start_ok = self.year(&hp, "start", h.start);
        let end_ok = self.year(&hp, "end", h.end);
        if start_ok && end_ok {
            if h.end < h.start {
                self.push(
                    hp,
                    Problem::HorizonReversed {
                        start: h.start,
                        end: h.end,
                    },
                );
            } else if (h.end - h.start) as u32 >= MAX_HORIZON_YEARS {
                self.push(
                    hp,
                    Problem::HorizonTooLong {
                        start: h.start,
                        end: h.end,
                    },
                );
            }
        }
        self.divisor(
            prefix,
            "cost_per_fte.value",
            a.cost_per_fte.value,
            MAX_TKR,
            true,
            TKR,
        );
        let mut refs = Refs::default();
        let lp = at(prefix, "layers");
        if self.count(&lp, a.layers.len(), MAX_ITEMS) {
            refs.layers = self
                .ids(&lp, a.layers.iter().map(|l| l.id.as_str()))
                .into_iter()
                .map(str::to_owned)
                .collect();
            for (i, l) in a.layers.iter().enumerate() {
                let p = format!("{lp}[{i}]");
                self.year_path(
                    &at(&p, "national_mio"),
                    &l.national_mio,
                    0.0,
                    MAX_NATIONAL_MIO,
                    MIO,
                );
                self.share(&p, "municipal_share.value", l.municipal_share.value);
            }
        }
        let gp = at(prefix, "groups");
        if self.count(&gp, a.groups.len(), MAX_ITEMS) {
            refs.groups = self
                .ids(&gp, a.groups.iter().map(|g| g.id.as_str()))
                .into_iter()
                .map(str::to_owned)
                .collect();
            for (i, g) in a.groups.iter().enumerate() {
                let p = format!("{gp}[{i}]");
                self.range(
                    &p,
                    "persons.value",
                    g.persons.value,
                    (0.0, MAX_PERSONS),
                    PERSONS,
                );
                self.range(
                    &p,
                    "unit_cost.value",
                    g.unit_cost.value,
                    (0.0, MAX_TKR),
                    TKR,
                );
                self.share(&p, "refusion_share.value", g.refusion_share.value);
                if let Some(d) = &g.duration {
                    for (k, s) in d.shares.iter().enumerate() {
                        self.share(&p, &format!("duration.shares[{k}]"), *s);
                    }
                }
            }
        }
        let tp = at(prefix, "teams");
        if self.count(&tp, a.teams.len(), MAX_ITEMS) {
            refs.teams = self
                .ids(&tp, a.teams.iter().map(|t| t.id.as_str()))
                .into_iter()
                .map(str::to_owned)
                .collect();
            for (i, t) in a.teams.iter().enumerate() {
                let p = format!("{tp}[{i}]");
                self.range(
                    &p,
                    "fte_before_cut.value",
                    t.fte_before_cut.value,
                    (0.0, MAX_FTE),
                    FTE,
                );
                self.range(&p, "fte_now.value", t.fte_now.value, (0.0, MAX_FTE), FTE);
            }
        }
        let vp = at(prefix, "levers");
        if self.count(&vp, a.levers.len(), MAX_ITEMS) {
            refs.levers = self
                .ids(&vp, a.levers.iter().map(|l| l.id.as_str()))
                .into_iter()
                .map(str::to_owned)
                .collect();
            for (i, l) in a.levers.iter().enumerate() {
                let p = format!("{vp}[{i}]");
                let d = l.default_fte.value;
                self.divisor(&p, "default_fte.value", d, MAX_FTE, false, FTE);
                if let Some(t) = &l.team_id {
                    if !refs.teams.contains(t.as_str()) {
                        self.push(
                            at(&p, "team_id"),
                            Problem::Missing {
                                id: t.clone(),
                                what: ("teams", "teams"),
                            },
                        );
                    }
                }
                if let Some(e) = &l.effect {
                    if !refs.groups.contains(e.group_id.as_str()) {
                        self.push(
                            at(&p, "effect.group_id"),
                            Problem::Missing {
                                id: e.group_id.clone(),
                                what: ("ydelsesgrupperne (groups)", "the benefit groups (groups)"),
                            },
                        );
                    }
                    self.range(
                        &p,
                        "effect.persons_per_fte.value",
                        e.persons_per_fte.value,
                        (-MAX_PERSONS, MAX_PERSONS),
                        PER_FTE,
                    );
                    self.years_count(&p, "effect.ramp_years", e.ramp_years);
                }
            }
        }
        let rp = at(prefix, "ranges");
        if self.count(&rp, a.ranges.len(), MAX_ITEMS) {
            for (i, r) in a.ranges.iter().enumerate() {
                let p = format!("{rp}[{i}]");
                let lim = if r.target.is_share() {
                    (0.0, 1.0)
                } else {
                    (-MAX_TKR, MAX_TKR)
                };
                self.range(&p, "low", r.low, lim, ("", ""));
                self.range(&p, "high", r.high, lim, ("", ""));
            }
        }
        refs
    }

    /// One scenario at `prefix` (`scenario` or `scenarios[2]`).
    pub(super) fn scenario(&mut self, prefix: &str, s: &Scenario, refs: &Refs) {
        let pp = at(prefix, "policy.phase_in");
        if self.count(&pp, s.policy.phase_in.len(), MAX_ITEMS) {
            let mut seen: HashMap<&str, usize> = HashMap::new();
            for (i, p) in s.policy.phase_in.iter().enumerate() {
                let ip = format!("{pp}[{i}]");
                if !refs.layers.contains(p.layer_id.as_str()) {
                    self.push(
                        at(&ip, "layer_id"),
                        Problem::Missing {
                            id: p.layer_id.clone(),
                            what: (
                                "besparelserne (assumptions.layers)",
                                "the cuts (assumptions.layers)",
                            ),
                        },
                    );
                } else if let Some(j) = seen.get(p.layer_id.as_str()) {
                    self.push(
                        at(&ip, "layer_id"),
                        Problem::Repeated {
                            id: p.layer_id.clone(),
                            first: format!("{pp}[{j}]"),
                        },
                    );
                } else {
                    seen.insert(&p.layer_id, i);
                }
                let path = at(&ip, "path");
                match &p.path {
                    PhaseInPath::Official => {}
                    PhaseInPath::Percentages { shares } => {
                        let sp = at(&path, "shares");
                        if self.count(&sp, shares.len(), (MAX_YEAR - MIN_YEAR + 1) as usize) {
                            let mut years: HashMap<Year, usize> = HashMap::new();
                            for (k, (y, v)) in shares.iter().enumerate() {
                                let kp = format!("{sp}[{k}]");
                                if self.year(&kp, "[0]", *y) {
                                    if let Some(j) = years.get(y) {
                                        self.push(
                                            format!("{kp}[0]"),
                                            Problem::RepeatedYear {
                                                year: *y,
                                                first: format!("{sp}[{j}]"),
                                            },
                                        );
                                    } else {
                                        years.insert(*y, k);
                                    }
                                }
                                self.share(&kp, "[1]", *v);
                            }
                        }
                    }
                    PhaseInPath::Delay { years } => self.years_count(&path, "years", *years),
                    PhaseInPath::LinearRamp { start, years, .. } => {
                        self.year(&path, "start", *start);
                        self.years_count(&path, "years", *years);
                    }
                }
            }
        }
        let lp = at(prefix, "policy.levers");
        if self.count(&lp, s.policy.levers.len(), MAX_ITEMS) {
            let mut seen: HashMap<&str, usize> = HashMap::new();
            for (i, c) in s.policy.levers.iter().enumerate() {
                let ip = format!("{lp}[{i}]");
                if !refs.levers.contains(c.lever_id.as_str()) {
                    self.push(
                        at(&ip, "lever_id"),
                        Problem::Missing {
                            id: c.lever_id.clone(),
                            what: (
                                "grebene (assumptions.levers)",
                                "the levers (assumptions.levers)",
                            ),
                        },
                    );
                } else if let Some(j) = seen.get(c.lever_id.as_str()) {
                    self.push(
                        at(&ip, "lever_id"),
                        Problem::Repeated {
                            id: c.lever_id.clone(),
                            first: format!("{lp}[{j}]"),
                        },
                    );
                } else {
                    seen.insert(&c.lever_id, i);
                }
                self.divisor(&ip, "fte", c.fte, MAX_FTE, false, FTE);
                self.year(&ip, "from", c.from);
                self.year(&ip, "to", c.to);
            }
        }
    }

    /// A whole scenario set at `prefix` (`""` for a set alone, `scenarios` in a workspace).
    pub(super) fn set(&mut self, prefix: &str, set: &ScenarioSet) {
        let refs = self.assumptions(&at(prefix, "assumptions"), &set.assumptions);
        let sp = at(prefix, "scenarios");
        if set.scenarios.is_empty() {
            self.push(sp, Problem::NoScenarios);
            return;
        }
        if !self.count(&sp, set.scenarios.len(), MAX_SCENARIOS) {
            return;
        }
        let ids = self.ids(&sp, set.scenarios.iter().map(|s| s.id.as_str()));
        for (i, s) in set.scenarios.iter().enumerate() {
            self.scenario(&format!("{sp}[{i}]"), s, &refs);
        }
        if !ids.contains(set.baseline_id.as_str()) {
            self.push(
                at(prefix, "baseline_id"),
                Problem::Missing {
                    id: set.baseline_id.clone(),
                    what: ("scenarierne (scenarios)", "the scenarios (scenarios)"),
                },
            );
        }
        let tp = at(prefix, "target_links");
        if self.count(&tp, set.target_links.len(), MAX_ITEMS) {
            for (i, l) in set.target_links.iter().enumerate() {
                if !refs.groups.contains(l.group_id.as_str()) {
                    self.push(
                        format!("{tp}[{i}].group_id"),
                        Problem::Missing {
                            id: l.group_id.clone(),
                            what: (
                                "ydelsesgrupperne (assumptions.groups)",
                                "the benefit groups (assumptions.groups)",
                            ),
                        },
                    );
                }
            }
        }
        let bp = at(prefix, "baseline_links");
        if self.count(&bp, set.baseline_links.len(), MAX_ITEMS) {
            for (i, l) in set.baseline_links.iter().enumerate() {
                if !refs.groups.contains(l.group_id.as_str()) {
                    self.push(
                        format!("{bp}[{i}].group_id"),
                        Problem::Missing {
                            id: l.group_id.clone(),
                            what: (
                                "ydelsesgrupperne (assumptions.groups)",
                                "the benefit groups (assumptions.groups)",
                            ),
                        },
                    );
                }
            }
        }
    }

    /// Every date (an object of `year`, `month` and perhaps `day`) in a JSON value: it must
    /// exist.
    pub(super) fn dates(&mut self, prefix: &str, v: &serde_json::Value) {
        use serde_json::Value;
        match v {
            Value::Object(map) => {
                let is_date = map.contains_key("year")
                    && map.contains_key("month")
                    && map
                        .keys()
                        .all(|k| k == "year" || k == "month" || k == "day");
                if is_date {
                    if let Ok(date) = serde_json::from_value::<PartialDate>(v.clone()) {
                        if !date_exists(date) {
                            self.push(prefix.to_owned(), Problem::Date { date });
                        }
                    }
                    return;
                }
                for (k, x) in map {
                    self.dates(&at(prefix, k), x);
                }
            }
            Value::Array(items) => {
                for (i, x) in items.iter().enumerate() {
                    self.dates(&format!("{prefix}[{i}]"), x);
                }
            }
            _ => {}
        }
    }
}

/// Whether a date exists: a month 1-12, and a day within its month when one is given.
pub fn date_exists(d: PartialDate) -> bool {
    match (d.month, d.day) {
        (None, None) => true,
        (None, Some(_)) => false,
        (Some(m), None) => (1..=12).contains(&m),
        (Some(_), Some(_)) => crate::committee::is_real_date(d),
    }
}

/// The ids of the assumptions' lists, for the references of the scenarios.
#[derive(Debug, Default)]
pub(super) struct Refs {
    layers: HashSet<String>,
    groups: HashSet<String>,
    teams: HashSet<String>,
    levers: HashSet<String>,
}
