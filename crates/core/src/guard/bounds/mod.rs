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

mod documents;
mod message;

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
