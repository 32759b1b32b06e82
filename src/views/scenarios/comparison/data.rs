//! What the comparison shows, computed from the scenarios' results: the tables' texts and the
//! charts' series.

use super::super::grid;
use super::super::*;

/// The comparison's tables in words and figures, for the scenarios shown.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Tables {
    pub(super) lang: Lang,
    pub(super) years: Vec<String>,
    /// The names of the scenarios shown, a row each.
    pub(super) rows: Vec<String>,
    /// Per row: the net, its difference to the baseline and the FTE kept of each year, then
    /// the total.
    pub(super) cells: grid::Texts,
    pub(super) status_rows: Vec<(String, Vec<(String, TargetStatus)>)>,
    pub(super) differences: Vec<(String, Vec<String>)>,
}

#[allow(clippy::too_many_arguments)]
pub(super) fn tables_of(
    all: &[(String, String)],
    baseline_idx: usize,
    horizon: scenarios::Horizon,
    ids: &[String],
    res: &[ScenarioResult],
    indicators: &[(String, String)],
    assumptions: &scenarios::Assumptions,
    lang: Lang,
) -> Tables {
    let indicator = |id: &str| {
        indicators
            .iter()
            .find(|(m, _)| m == id)
            .map(|(_, i)| i.clone())
            .unwrap_or_else(|| id.to_owned())
    };
    let picked = picked(all, res, ids);
    let years = horizon.years().map(|y| y.to_string()).collect();
    let (Some(baseline), Some((_, baseline_name))) = (res.get(baseline_idx), all.get(baseline_idx))
    else {
        return Tables {
            lang,
            years,
            rows: Vec::new(),
            cells: Vec::new(),
            status_rows: Vec::new(),
            differences: Vec::new(),
        };
    };
    // Each chosen scenario against the baseline, in plain words.
    let differences = picked
        .iter()
        .filter(|(_, r)| r.scenario_id != baseline.scenario_id)
        .map(|(name, r)| {
            let text = scenarios::narrative::difference_named(
                assumptions,
                baseline_name,
                baseline,
                name,
                r,
                lang,
            );
            ((*name).clone(), text)
        })
        .collect();
    let cells = picked
        .iter()
        .map(|(_, r)| {
            let d = diff(r, baseline);
            let mut row: Vec<String> = r
                .years
                .iter()
                .zip(&d)
                .flat_map(|(y, dy)| {
                    [
                        format::number(y.municipality_net / 1000.0, 2, lang),
                        format::number(dy.municipality_net / 1000.0, 2, lang),
                        format::number(y.fte_kept(), 1, lang),
                    ]
                })
                .collect();
            row.push(format::number(r.total_net() / 1000.0, 2, lang));
            row
        })
        .collect();
    let status_rows = picked
        .iter()
        .map(|(n, r)| {
            (
                (*n).clone(),
                r.targets
                    .iter()
                    .map(|t| (indicator(&t.measure_id), t.status))
                    .collect(),
            )
        })
        .collect();
    Tables {
        lang,
        years,
        rows: picked.iter().map(|(n, _)| (*n).clone()).collect(),
        cells,
        status_rows,
        differences,
    }
}

/// What the comparison's charts show, in mio. kr. per year for each chosen scenario.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct ChartFigures {
    pub(super) years: Vec<String>,
    pub(super) net: Vec<ChartSeries>,
    pub(super) components: Vec<ChartSeries>,
    pub(super) cumulative: Vec<ChartSeries>,
}

pub(super) fn chart_figures(
    names: &[(String, String)],
    res: &[ScenarioResult],
    ids: &[String],
    horizon: scenarios::Horizon,
    bands: &[Option<scenarios::ScenarioRange>],
    lang: Lang,
) -> ChartFigures {
    let picked = picked(names, res, ids);
    let in_mio = |r: &ScenarioResult, f: fn(&scenarios::YearResult) -> f64| -> Vec<f64> {
        r.years
            .iter()
            .map(|y| (f(y) / 10.0).round() / 100.0)
            .collect()
    };
    let net = picked
        .iter()
        .map(|(n, r)| ChartSeries::new((*n).clone(), in_mio(r, |y| y.municipality_net)))
        .collect();
    let mio2 = |v: f64| (v / 10.0).round() / 100.0;
    let cumulative = names
        .iter()
        .zip(res)
        .zip(bands)
        .filter(|(((id, _), _), _)| ids.contains(id))
        .flat_map(|(((_, n), r), band)| {
            let mut series = vec![ChartSeries::new(n.clone(), in_mio(r, |y| y.cumulative_net))];
            // The band: the path with every assumption at its low and at its high end.
            if let Some(b) = band {
                for (word, pick) in [
                    (
                        da_en(lang, "lav", "low"),
                        (|c: &scenarios::LowCentralHigh| c.low)
                            as fn(&scenarios::LowCentralHigh) -> f64,
                    ),
                    (
                        da_en(lang, "høj", "high"),
                        |c: &scenarios::LowCentralHigh| c.high,
                    ),
                ] {
                    let values = b
                        .years
                        .iter()
                        .map(|y| mio2(pick(&y.cumulative_net)))
                        .collect();
                    series.push(ChartSeries::new(format!("{n} – {word}"), values));
                }
            }
            series
        })
        .collect();
    // One stack per scenario: its deferred cut, lever staff and net benefit change.
    let components = picked
        .iter()
        .flat_map(|(n, r)| {
            [
                (
                    da_en(lang, "udskudt besparelse", "deferred cut"),
                    in_mio(r, |y| y.deferred),
                ),
                (
                    da_en(lang, "løn til greb", "lever staff"),
                    in_mio(r, |y| y.lever_cost),
                ),
                (
                    da_en(lang, "forsørgelse netto", "benefits net"),
                    in_mio(r, |y| y.benefit_net),
                ),
            ]
            .into_iter()
            .map(move |(part, v)| ChartSeries::new(format!("{n}: {part}"), v).stacked((*n).clone()))
        })
        .filter(|s| s.values.iter().any(|x| x.abs() > 1e-9))
        .collect();
    ChartFigures {
        years: horizon.years().map(|y| y.to_string()).collect(),
        net,
        components,
        cumulative,
    }
}

/// The chosen scenarios' names with their results, in the order of `names` (id, name).
fn picked<'a>(
    names: &'a [(String, String)],
    res: &'a [ScenarioResult],
    ids: &[String],
) -> Vec<(&'a String, &'a ScenarioResult)> {
    names
        .iter()
        .zip(res)
        .filter(|((id, _), _)| ids.contains(id))
        .map(|((_, name), r)| (name, r))
        .collect()
}
