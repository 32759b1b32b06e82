//! The table beside a measure's chart: its rows and the same rows as CSV for Danish Excel
//! (`plan_core::people_csv`: no thousands separator, `-` for negative numbers, a cell that
//! Excel would read as a formula made safe).

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
            // A figure a document states says so, with the document: the municipality's and
            // the country's (whose own column has no source of its own).
            let own_source = own.map(|p| point_source(p, lang));
            let national_source = f
                .documented_national
                .iter()
                .find(|p| p.period == period)
                .map(|p| {
                    format!(
                        "{}: {}",
                        da_en(lang, "Hele landet", "Whole country"),
                        point_source(p, lang)
                    )
                });
            Row {
                period,
                own: own.map(|p| p.value),
                source: own_source
                    .into_iter()
                    .chain(national_source)
                    .collect::<Vec<_>>()
                    .join("; "),
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

/// Where a point comes from: "fil.csv, række 12" for an imported figure; for a figure a
/// document states, that it is taken from the document, and the document's title and section.
fn point_source(p: &plan_core::indicators::PathPoint, lang: Lang) -> String {
    match p.origin {
        plan_core::indicators::PointOrigin::Document => {
            format!(
                "{}: {}",
                first_upper(p.origin.label(lang)),
                short_source(&p.source, lang)
            )
        }
        _ => short_source(&p.source, lang),
    }
}

fn first_upper(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
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

/// The table's rows as the CSV file "Hent tabellen som CSV" offers, with the byte-order mark.
pub(super) fn rows_csv(rows: &[Row], own: &str, lang: Lang) -> String {
    use plan_core::people_csv::{document, number, text};
    let opt = |v: Option<f64>| v.map(|v| number(v, 2, lang)).unwrap_or_default();
    let header = da_en(
        lang,
        [
            "Periode",
            own,
            "Hele landet",
            "Klyngekommuner (gennemsnit)",
            "Antal klyngekommuner",
            "Krav",
            "Kilde",
        ],
        [
            "Period",
            own,
            "Whole country",
            "Comparable municipalities (mean)",
            "Comparable municipalities (count)",
            "Requirement",
            "Source",
        ],
    );
    let lines = std::iter::once(header.iter().map(|h| text(h)).collect())
        .chain(rows.iter().map(|r| {
            vec![
                text(&r.period.label(lang)),
                opt(r.own),
                opt(r.national),
                opt(r.cluster.map(|c| c.0)),
                r.cluster.map(|c| c.1.to_string()).unwrap_or_default(),
                opt(r.required),
                text(&r.source),
            ]
        }))
        .collect::<Vec<Vec<String>>>();
    document(&lines)
}
