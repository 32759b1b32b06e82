//! The difference between two scenarios in plain words, generated from the numbers: "»B«
//! udskyder 2,1 mio. kr. af besparelserne fra 2025 til 2026 i forhold til »A«", "»B« bevarer
//! 2 årsværk mere end »A« i 2024-2026", …
//!
//! Scenario A is the reference (usually the baseline); each sentence says what B does
//! differently. A difference is mentioned only where it does not round away in the text:
//!
//! - money (the phased cut, the cost of the levers, net benefit spending, the net for the
//!   municipality), written in mio. kr. with one decimal: at least [`MONEY_THRESHOLD_TKR`]
//!   (50 tkr., written 0,1 mio. kr.) in a year;
//! - staff kept: at least [`FTE_THRESHOLD`] (0,05 årsværk, written 0,1 årsværk) in a year;
//! - a team's caseload index, written in whole points as the results table does: at least
//!   [`INDEX_THRESHOLD`] (0,5 point) with different whole numbers, or staff in only one;
//! - a plan target: its [`TargetStatus`](super::TargetStatus) differs.
//!
//! Totals over the horizon add every year, also those below the threshold. Years with the
//! same difference are joined ("i 2025 og 2026", "i 2024-2026", "i 2024, 2026 og 2028-2030").

mod words;

use super::calc::{ScenarioResult, YearResult};
use super::model::Assumptions;
use crate::model::Year;
use crate::Lang;
pub use words::years_text;
use words::*;

/// A money difference below this (in 1.000 kr., per year or in total) is not mentioned.
pub const MONEY_THRESHOLD_TKR: f64 = 50.0;
/// A difference in staff kept below this (FTE, per year) is not mentioned.
pub const FTE_THRESHOLD: f64 = 0.05;
/// A difference in a team's caseload index below this (points, per year) is not mentioned.
pub const INDEX_THRESHOLD: f64 = 0.5;

/// The difference of scenario B from scenario A in sentences, Danish or English. Teams and
/// benefit groups are named by their ids; [`difference_named`] uses their names.
pub fn difference(
    a_name: &str,
    a: &ScenarioResult,
    b_name: &str,
    b: &ScenarioResult,
    lang: Lang,
) -> Vec<String> {
    Narrator::new(None, a_name, a, b_name, b, lang).sentences()
}

/// Like [`difference`], with the names of teams and benefit groups from the assumptions.
pub fn difference_named(
    assumptions: &Assumptions,
    a_name: &str,
    a: &ScenarioResult,
    b_name: &str,
    b: &ScenarioResult,
    lang: Lang,
) -> Vec<String> {
    Narrator::new(Some(assumptions), a_name, a, b_name, b, lang).sentences()
}

struct Narrator<'a> {
    names: Option<&'a Assumptions>,
    a: String,
    b: String,
    lang: Lang,
    ra: &'a ScenarioResult,
    rb: &'a ScenarioResult,
    /// The years both results have, A's and B's.
    years: Vec<(&'a YearResult, &'a YearResult)>,
    horizon: String,
}

impl<'a> Narrator<'a> {
    fn new(
        names: Option<&'a Assumptions>,
        a_name: &str,
        ra: &'a ScenarioResult,
        b_name: &str,
        rb: &'a ScenarioResult,
        lang: Lang,
    ) -> Self {
        let quote = |n: &str| lang.pick(format!("»{n}«"), format!("“{n}”"));
        let years: Vec<_> = rb
            .years
            .iter()
            .filter_map(|yb| ra.year(yb.year).map(|ya| (ya, yb)))
            .collect();
        let horizon = match (years.first(), years.last()) {
            (Some(f), Some(l)) if f.1.year != l.1.year => format!("{}-{}", f.1.year, l.1.year),
            (Some(f), _) => f.1.year.to_string(),
            _ => String::new(),
        };
        let (a, b) = (quote(a_name), quote(b_name));
        Narrator {
            names,
            a,
            b,
            lang,
            ra,
            rb,
            years,
            horizon,
        }
    }

    fn pick(&self, da: String, en: String) -> String {
        self.lang.pick(da, en)
    }

    /// The text in the language, with the scenarios' names for `{a}` and `{b}`.
    fn fill(&self, text: [&str; 2]) -> String {
        let t = self.lang.pick(text[0], text[1]).split("{a}");
        t.map(|p| p.replace("{b}", &self.b))
            .collect::<Vec<_>>()
            .join(&self.a)
    }

    /// "i 2024 og 2026" / "in 2024 and 2026".
    fn in_years(&self, years: &[Year]) -> String {
        format!(
            "{} {}",
            self.lang.pick("i", "in"),
            years_text(years, self.lang)
        )
    }

    fn sentences(&self) -> Vec<String> {
        let (a, b, h) = (&self.a, &self.b, &self.horizon);
        if self.years.is_empty() {
            return vec![self.pick(
                format!("{a} og {b} har ingen år til fælles at sammenligne."),
                format!("{a} and {b} have no years in common to compare."),
            )];
        }
        let mut out: Vec<String> = self.phasing().into_iter().collect();
        out.extend(self.money(|y| y.lever_cost, &LEVERS, false));
        let staff = items(&self.diffs(YearResult::fte_kept), FTE_THRESHOLD, |d| {
            fte(d, self.lang)
        });
        out.extend((!staff.is_empty()).then(|| self.sentence(&staff, &STAFF, "")));
        out.extend(self.caseloads());
        out.extend(self.money(|y| y.benefit_net, &BENEFIT, false));
        out.extend(self.net());
        out.extend(self.targets());
        if out.is_empty() {
            out.push(self.pick(
                format!("Der er ingen mærkbar forskel mellem {a} og {b} i {h}."),
                format!("There is no noticeable difference between {a} and {b} in {h}."),
            ));
        }
        out
    }

    fn diffs(&self, f: impl Fn(&YearResult) -> f64) -> Vec<(Year, f64)> {
        self.years
            .iter()
            .map(|(ya, yb)| (yb.year, f(yb) - f(ya)))
            .collect()
    }

    /// "{start} 9,9 mio. kr. mindre end »A« i 2024 og 5,0 mio. kr. mindre i 2025{total}."
    fn sentence(&self, items: &[Item], w: &Wording, total: &str) -> String {
        let parts: Vec<String> = items
            .iter()
            .enumerate()
            .map(|(n, i)| {
                let word = self.fill(if i.up { w.up } else { w.down });
                let after = if n == 0 {
                    self.fill(w.after)
                } else {
                    String::new()
                };
                format!("{} {word}{after} {}", i.text, self.in_years(&i.years))
            })
            .collect();
        let list = join_and(&parts, self.lang);
        format!("{} {list}{total}.", self.fill(w.start))
    }

    /// A money sentence: the per-year differences and, when it adds to them (or `always`),
    /// the total over the horizon.
    fn money(&self, f: impl Fn(&YearResult) -> f64, w: &Wording, always: bool) -> Option<String> {
        let (lang, h) = (self.lang, &self.horizon);
        let diffs = self.diffs(f);
        let items = items(&diffs, MONEY_THRESHOLD_TKR, |d| mio(d, lang));
        if items.is_empty() {
            return None;
        }
        let total: f64 = diffs.iter().map(|(_, d)| d).sum();
        let (up, text) = (total > 0.0, mio(total, lang));
        let one = matches!(&items[..], [i] if i.years.len() == 1 && i.up == up && i.text == text);
        let total = if !always && one {
            String::new()
        } else if clean(total).abs() < MONEY_THRESHOLD_TKR {
            self.pick(
                format!(", men i alt det samme over {h}"),
                format!(", but the same in total over {h}"),
            )
        } else {
            let word = self.fill(if up { w.up } else { w.down });
            self.pick(
                format!(", i alt {text} {word} over {h}"),
                format!(", in total {text} {word} over {h}"),
            )
        };
        Some(self.sentence(&items, w, &total))
    }

    /// The cuts phased in later or sooner; money moved between years when the total is the same.
    fn phasing(&self) -> Option<String> {
        let (a, b, lang) = (&self.a, &self.b, self.lang);
        let diffs = self.diffs(|y| y.phased_cut);
        let items = items(&diffs, MONEY_THRESHOLD_TKR, |d| mio(d, lang));
        let years = |up: bool| -> Vec<Year> {
            let it = items.iter().filter(|i| i.up == up);
            it.flat_map(|i| i.years.clone()).collect()
        };
        let (lower, higher) = (years(false), years(true));
        let total: f64 = diffs.iter().map(|(_, d)| d).sum();
        if lower.is_empty() || higher.is_empty() || clean(total).abs() >= MONEY_THRESHOLD_TKR {
            return self.money(|y| y.phased_cut, &PHASED, false);
        }
        let moved = diffs.iter().filter(|(y, _)| lower.contains(y));
        let m = mio(moved.map(|(_, d)| d).sum(), lang);
        let verb = if lower.iter().max() < higher.iter().min() {
            lang.pick("udskyder", "defers")
        } else if lower.iter().min() > higher.iter().max() {
            lang.pick("fremrykker", "brings forward")
        } else {
            lang.pick("flytter", "moves")
        };
        let (from, to) = (years_text(&lower, lang), years_text(&higher, lang));
        Some(self.pick(
            format!("{b} {verb} {m} af besparelserne fra {from} til {to} i forhold til {a}."),
            format!("{b} {verb} {m} of the cuts from {from} to {to} compared with {a}."),
        ))
    }

    /// Each team's caseload index where it differs; no staff counts as the highest caseload.
    fn caseloads(&self) -> Vec<String> {
        let (a, b, lang) = (&self.a, &self.b, self.lang);
        let mut out = Vec::new();
        for team in self.years.first().map_or(&[][..], |y| &y.1.teams[..]) {
            let id = team.team_id.as_str();
            let at = |y: &YearResult| {
                let t = y.teams.iter().find(|t| t.team_id == id);
                t.and_then(|t| t.caseload_index)
            };
            let mut groups: Vec<Item> = Vec::new();
            for (ya, yb) in &self.years {
                let (ia, ib) = (at(ya), at(yb));
                let (ta, tb) = (index(ia, lang), index(ib, lang));
                let differs = match (ia, ib) {
                    (Some(x), Some(y)) => clean(y - x).abs() >= INDEX_THRESHOLD && ta != tb,
                    (None, None) => false,
                    _ => true,
                };
                if !differs {
                    continue;
                }
                let up = ib.unwrap_or(f64::INFINITY) > ia.unwrap_or(f64::INFINITY);
                let text = self.pick(format!("{tb} mod {ta}"), format!("{tb} against {ta}"));
                match groups.iter_mut().find(|g| g.text == text) {
                    Some(g) => g.years.push(yb.year),
                    None => groups.push(Item {
                        up,
                        text,
                        years: vec![yb.year],
                    }),
                }
            }
            if groups.is_empty() {
                continue;
            }
            let dir = match (groups.iter().all(|g| g.up), groups.iter().all(|g| !g.up)) {
                (true, _) => lang.pick("højere", "higher"),
                (_, true) => lang.pick("lavere", "lower"),
                _ => lang.pick("anderledes", "different"),
            };
            let parts: Vec<String> = groups
                .iter()
                .map(|g| format!("{} {}", g.text, self.in_years(&g.years)))
                .collect();
            let list = join_and(&parts, lang);
            let name = self.names.and_then(|n| n.team(id)).map_or(id, |t| &t.name);
            out.push(self.pick(
                format!("Sagsantalsindekset for {name} (100 = bemandingen før besparelsen) er {dir} med {b} end med {a}: {list}."),
                format!("The caseload index of {name} (100 = staffing before the cut) is {dir} with {b} than with {a}: {list}."),
            ));
        }
        out
    }

    /// The net for the municipality per year and in total; the total alone when no single
    /// year differs noticeably but the years add up.
    fn net(&self) -> Option<String> {
        let (a, b, lang, h) = (&self.a, &self.b, self.lang, &self.horizon);
        if let Some(s) = self.money(|y| y.municipality_net, &NET, true) {
            return Some(s);
        }
        let total: f64 = self
            .diffs(|y| y.municipality_net)
            .iter()
            .map(|(_, d)| d)
            .sum();
        if clean(total).abs() < MONEY_THRESHOLD_TKR {
            return None;
        }
        let (m, [da, en]) = (mio(total, lang), if total > 0.0 { MORE } else { LESS });
        Some(self.pick(
            format!("For kommunen koster {b} netto i alt {m} {da} end {a} over {h}."),
            format!("For the municipality, {b} costs in total {m} {en} net than {a} over {h}."),
        ))
    }

    /// The plan targets whose status differs, with the projected values.
    fn targets(&self) -> Vec<String> {
        let (a, b, lang) = (&self.a, &self.b, self.lang);
        let mut out = Vec::new();
        for tb in &self.rb.targets {
            let ta = self
                .ra
                .targets
                .iter()
                .find(|t| t.measure_id == tb.measure_id);
            let Some(ta) = ta.filter(|ta| ta.status != tb.status) else {
                continue;
            };
            let group = self.names.and_then(|n| n.group(&tb.group_id));
            let group = group.map_or(tb.group_id.as_str(), |g| &g.name);
            let (limit, deadline) = (tb.limit_text(lang), tb.deadline_year);
            let (sb, sa) = (status(tb.status, lang), status(ta.status, lang));
            let (pb, yb) = (tb.projected_text(lang), tb.year);
            let pa = if ta.year == yb {
                ta.projected_text(lang)
            } else {
                format!("{} {}", ta.projected_text(lang), self.in_years(&[ta.year]))
            };
            out.push(self.pick(
                format!("Målet for {group} ({limit} i {deadline}) {sb} med {b} ({pb} i {yb}), men {sa} med {a} ({pa})."),
                format!("The target for {group} ({limit} in {deadline}) {sb} with {b} ({pb} in {yb}) but {sa} with {a} ({pa})."),
            ));
        }
        out
    }
}
