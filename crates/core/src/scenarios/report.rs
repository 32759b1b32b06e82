//! Words and tables from the numbers: the plain-language summary per scenario and the yearly
//! table as CSV.

use super::calc::ScenarioResult;
use super::model::{Assumptions, Scenario};
use super::targets::TargetStatus;
use crate::format;
use crate::Lang;

/// An amount in 1.000 kr. written in millions with up to two decimals ("14,85 mio. kr.").
pub fn mio(tkr: f64, lang: Lang) -> String {
    let m = format::number_trim(tkr / 1000.0, 2, lang);
    match lang {
        Lang::Da => format!("{m} mio. kr."),
        Lang::En => format!("DKK {m}m"),
    }
}

/// FTE with one decimal ("7,6").
pub fn fte(value: f64, lang: Lang) -> String {
    format::number_trim(value, 1, lang)
}

/// One plain sentence (two at most) that says what the scenario costs and buys.
pub fn summary(
    a: &Assumptions,
    scenario: &Scenario,
    result: &ScenarioResult,
    lang: Lang,
) -> String {
    let h = format::period(a.horizon.start, a.horizon.end);
    let first = result.years.iter().find(|y| y.compensation.abs() > 0.5);
    let Some(y) = first else {
        let cut = result.years.first().map_or(0.0, |y| y.full_cut);
        let start = a.horizon.start;
        return match lang {
            Lang::Da => format!(
                "»{}«: besparelserne gennemføres fuldt ({} i {start}); ingen kompensation og ingen bevarede årsværk.",
                scenario.name,
                mio(cut, lang)
            ),
            Lang::En => format!(
                "“{}”: the cuts are implemented in full ({} in {start}); no compensation and no staff kept.",
                scenario.name,
                mio(cut, lang)
            ),
        };
    };
    let total_net = result.total_net();
    let benefit: f64 = result.years.iter().map(|y| y.benefit_net).sum();
    match lang {
        Lang::Da => {
            let mut s = format!(
                "»{}« koster {} i {} og bevarer {} årsværk",
                scenario.name,
                mio(y.compensation, lang),
                y.year,
                fte(y.fte_kept(), lang)
            );
            if benefit.abs() > 0.5 {
                let dir = if benefit < 0.0 { "falder" } else { "stiger" };
                s.push_str(&format!(
                    "; udgifterne til forsørgelse {dir} netto med {} over {h}",
                    mio(benefit.abs(), lang)
                ));
            }
            let word = if total_net >= 0.0 { "koster" } else { "sparer" };
            s.push_str(&format!(
                ". Over {h} {word} det kommunen samlet {} netto",
                mio(total_net.abs(), lang)
            ));
            s.push_str(&targets_clause(result, lang));
            s.push('.');
            s
        }
        Lang::En => {
            let mut s = format!(
                "“{}” costs {} in {} and keeps {} FTE",
                scenario.name,
                mio(y.compensation, lang),
                y.year,
                fte(y.fte_kept(), lang)
            );
            if benefit.abs() > 0.5 {
                let dir = if benefit < 0.0 { "falls" } else { "rises" };
                s.push_str(&format!(
                    "; net benefit spending {dir} by {} over {h}",
                    mio(benefit.abs(), lang)
                ));
            }
            let word = if total_net >= 0.0 { "costs" } else { "saves" };
            s.push_str(&format!(
                ". Over {h} it {word} the municipality {} net",
                mio(total_net.abs(), lang)
            ));
            s.push_str(&targets_clause(result, lang));
            s.push('.');
            s
        }
    }
}

/// ", og 1 af 2 mål nås, mens 1 er ved grænsen" / ", and 1 of 2 targets are met, while 1 is
/// at the limit"; empty without targets.
fn targets_clause(result: &ScenarioResult, lang: Lang) -> String {
    let count = |s: TargetStatus| result.targets.iter().filter(|t| t.status == s).count();
    let (n, met) = (result.targets.len(), count(TargetStatus::Met));
    if n == 0 {
        return String::new();
    }
    let others: Vec<String> = [
        (TargetStatus::AtLimit, "er ved grænsen", "at the limit"),
        (TargetStatus::AtRisk, "er i fare", "at risk"),
        (TargetStatus::Missed, "nås ikke", "missed"),
    ]
    .into_iter()
    .filter_map(|(s, da, en)| {
        let k = count(s);
        let verb = if k == 1 { "is" } else { "are" };
        (k > 0).then(|| lang.pick(format!("{k} {da}"), format!("{k} {verb} {en}")))
    })
    .collect();
    let mut out = lang.pick(
        format!(", og {met} af {n} mål nås"),
        format!(", and {met} of {n} targets are met"),
    );
    if let Some((last, rest)) = others.split_last() {
        let list = if rest.is_empty() {
            last.clone()
        } else {
            format!("{} {} {last}", rest.join(", "), lang.pick("og", "and"))
        };
        out.push_str(&format!(", {} {list}", lang.pick("mens", "while")));
    }
    out
}

/// The CSV columns of [`to_csv`].
pub const CSV_HEADER: [&str; 15] = [
    "scenario",
    "year",
    "full_cut_tkr",
    "phased_cut_tkr",
    "deferred_tkr",
    "lever_cost_tkr",
    "compensation_tkr",
    "fte_deferred",
    "fte_levers",
    "fte_kept",
    "benefit_gross_tkr",
    "benefit_net_tkr",
    "municipality_net_tkr",
    "cumulative_compensation_tkr",
    "cumulative_net_tkr",
];

pub(super) fn num(v: f64) -> String {
    // Plain decimal point for spreadsheets; three decimals is a krone on 1.000 kr. Rounded
    // half away from zero on the decimal value as written, as the app shows it.
    let s = format::fixed(v, 3);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if v < 0.0 && s != "0" {
        format!("-{s}")
    } else {
        s.to_owned()
    }
}

/// A number as [`to_csv`] writes it (decimal point, at most three decimals), for tables
/// that add columns to it.
pub fn csv_number(v: f64) -> String {
    num(v)
}

/// The yearly result tables of several scenarios as one CSV text (comma separated, decimal
/// point, amounts in 1.000 kr.), with a header row.
pub fn to_csv(results: &[&ScenarioResult]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(CSV_HEADER).expect("writing to memory");
    for r in results {
        for y in &r.years {
            w.write_record([
                r.scenario_id.clone(),
                y.year.to_string(),
                num(y.full_cut),
                num(y.phased_cut),
                num(y.deferred),
                num(y.lever_cost),
                num(y.compensation),
                num(y.fte_deferred),
                num(y.fte_levers),
                num(y.fte_kept()),
                num(y.benefit_gross),
                num(y.benefit_net),
                num(y.municipality_net),
                num(y.cumulative_compensation),
                num(y.cumulative_net),
            ])
            .expect("writing to memory");
        }
    }
    String::from_utf8(w.into_inner().expect("writing to memory"))
        .expect("CSV of ASCII and names is UTF-8")
}

/// One assumption as a line for a printed list: what, the value, and where it comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct AssumptionLine {
    pub label: String,
    pub value: String,
    pub source: crate::Source,
}

/// Every assumption, in the order the editor shows them, for the printed report.
pub fn assumption_lines(a: &Assumptions, lang: Lang) -> Vec<AssumptionLine> {
    let da = |d: &str, e: &str| match lang {
        Lang::Da => d.to_owned(),
        Lang::En => e.to_owned(),
    };
    let pct = |v: f64| format!("{} %", format::number_trim(v * 100.0, 2, lang));
    let n = |v: f64| format::number_trim(v, 2, lang);
    let mut out = vec![AssumptionLine {
        label: da("Omkostning pr. årsværk", "Cost per FTE"),
        value: mio(a.cost_per_fte.value, lang),
        source: a.cost_per_fte.source.clone(),
    }];
    for l in &a.layers {
        let mut years: Vec<String> = l
            .national_mio
            .0
            .iter()
            .map(|(y, v)| format!("{y}: {}", n(*v)))
            .collect();
        years.sort();
        out.push(AssumptionLine {
            label: format!(
                "{} – {}",
                l.name,
                da("landsplan (mio. kr.)", "national (DKK m)")
            ),
            value: years.join(", "),
            source: l.national_source.clone(),
        });
        out.push(AssumptionLine {
            label: format!(
                "{} – {}",
                l.name,
                da("kommunens andel", "the municipality's share")
            ),
            value: pct(l.municipal_share.value),
            source: l.municipal_share.source.clone(),
        });
    }
    for g in &a.groups {
        out.push(AssumptionLine {
            label: format!("{} – {}", g.name, da("helårspersoner", "full-year persons")),
            value: n(g.persons.value),
            source: g.persons.source.clone(),
        });
        out.push(AssumptionLine {
            label: format!(
                "{} – {}",
                g.name,
                da("ydelse pr. helårsperson", "benefit per full-year person")
            ),
            value: mio(g.unit_cost.value, lang),
            source: g.unit_cost.source.clone(),
        });
        if let Some(d) = &g.duration {
            out.extend(super::refusion::duration_lines(g, d, lang));
        } else {
            out.push(AssumptionLine {
                label: format!("{} – {}", g.name, da("refusion", "reimbursement")),
                value: pct(g.refusion_share.value),
                source: g.refusion_share.source.clone(),
            });
        }
    }
    for l in &a.levers {
        if let Some(e) = &l.effect {
            out.push(AssumptionLine {
                label: format!(
                    "{} – {}",
                    l.name,
                    da(
                        "virkning pr. årsværk (helårspersoner pr. år)",
                        "effect per FTE (full-year persons a year)"
                    )
                ),
                value: format!(
                    "{} ({} {})",
                    n(e.persons_per_fte.value),
                    e.ramp_years,
                    da("års indfasning", "years to full effect")
                ),
                source: e.persons_per_fte.source.clone(),
            });
        }
    }
    out
}

/// A scenario's policy choices in words, for the printed report.
pub fn policy_lines(a: &Assumptions, s: &Scenario, lang: Lang) -> Vec<String> {
    use super::model::{PhaseInPath, RampFrom};
    let pct = |v: f64| format!("{} %", format::number_trim(v * 100.0, 1, lang));
    let mut out = Vec::new();
    for layer in &a.layers {
        let path = match (s.policy.path(&layer.id), lang) {
            (PhaseInPath::Official, Lang::Da) => "som vedtaget".to_owned(),
            (PhaseInPath::Official, Lang::En) => "as agreed".to_owned(),
            (PhaseInPath::Delay { years }, Lang::Da) => format!("udskudt {years} år"),
            (PhaseInPath::Delay { years }, Lang::En) => format!("delayed {years} years"),
            (
                PhaseInPath::LinearRamp {
                    start,
                    years,
                    from: RampFrom::Nothing,
                },
                Lang::Da,
            ) => format!("lineært over {years} år fra {start}"),
            (
                PhaseInPath::LinearRamp {
                    start,
                    years,
                    from: RampFrom::Nothing,
                },
                Lang::En,
            ) => format!("linearly over {years} years from {start}"),
            (
                PhaseInPath::LinearRamp {
                    start,
                    years,
                    from: RampFrom::LevelInForce,
                },
                Lang::Da,
            ) => format!(
                "lineært over {years} år fra {start}, fra niveauet i {}",
                start.saturating_sub(1)
            ),
            (
                PhaseInPath::LinearRamp {
                    start,
                    years,
                    from: RampFrom::LevelInForce,
                },
                Lang::En,
            ) => format!(
                "linearly over {years} years from {start}, from the level in {}",
                start.saturating_sub(1)
            ),
            (PhaseInPath::Percentages { shares }, _) => shares
                .iter()
                .map(|(y, v)| format!("{y}: {}", pct(*v)))
                .collect::<Vec<_>>()
                .join(", "),
        };
        out.push(format!("{}: {path}", layer.name));
    }
    for c in s.policy.levers.iter().filter(|c| c.enabled) {
        let name = a
            .lever(&c.lever_id)
            .map_or(c.lever_id.as_str(), |l| l.name.as_str());
        out.push(match lang {
            Lang::Da => format!("{name}: {} årsværk {}-{}", fte(c.fte, lang), c.from, c.to),
            Lang::En => format!("{name}: {} FTE {}-{}", fte(c.fte, lang), c.from, c.to),
        });
    }
    out
}
