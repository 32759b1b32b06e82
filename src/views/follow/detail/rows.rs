//! The table beside a measure's chart: its rows and the same rows as CSV.

use super::*;

/// One line of the table beside the chart.
pub(super) struct Row {
    pub(super) period: ObsPeriod,
    pub(super) own: Option<f64>,
    pub(super) source: String,
    pub(super) national: Option<f64>,
    pub(super) cluster: Option<(f64, usize)>,
    pub(super) required: Option<f64>,
}

pub(super) fn table_rows(f: &Followed, lang: Lang) -> Vec<Row> {
    let mut periods: Vec<ObsPeriod> = f
        .own
        .iter()
        .map(|p| p.period)
        .chain(f.national.iter().map(|(p, _)| *p))
        .chain(f.cluster.iter().map(|c| c.period))
        .collect();
    periods.sort();
    periods.dedup();
    periods
        .into_iter()
        .map(|period| {
            let own = f.own.iter().find(|p| p.period == period);
            let national = f.national.iter().find(|(p, _)| *p == period).map(|x| x.1);
            Row {
                period,
                own: own.map(|p| p.value),
                source: own
                    .map(|p| short_source(&p.source, lang))
                    .unwrap_or_default(),
                national,
                cluster: f
                    .cluster
                    .iter()
                    .find(|c| c.period == period)
                    .map(|c| (c.mean, c.count)),
                required: required_value(f.measure, national),
            }
        })
        .collect()
}

/// "fil.csv, række 12" for an imported figure.
fn short_source(source: &plan_core::Source, lang: Lang) -> String {
    match source {
        plan_core::Source::Import { file_name, row, .. } => {
            format!("{file_name}, {} {row}", da_en(lang, "række", "row"))
        }
        other => other.describe(lang),
    }
}

pub(super) fn rows_csv(rows: &[Row], own: &str, lang: Lang) -> String {
    let opt = |v: Option<f64>| v.map(|v| value_text(v, lang)).unwrap_or_default();
    let mut out = da_en(lang, format!("Periode;{own};Hele landet;Klyngekommuner (gennemsnit);Antal klyngekommuner;Krav;Kilde\n"), format!("Period;{own};Whole country;Comparable municipalities (mean);Comparable municipalities (count);Requirement;Source\n"));
    for r in rows {
        let cells = [
            r.period.label(lang),
            opt(r.own),
            opt(r.national),
            opt(r.cluster.map(|c| c.0)),
            r.cluster.map(|c| c.1.to_string()).unwrap_or_default(),
            opt(r.required),
            r.source.clone(),
        ];
        let quoted: Vec<String> = cells
            .iter()
            .map(|c| {
                if c.contains([';', '"', '\n']) {
                    format!("\"{}\"", c.replace('"', "\"\""))
                } else {
                    c.clone()
                }
            })
            .collect();
        out += &quoted.join(";");
        out.push('\n');
    }
    out
}
