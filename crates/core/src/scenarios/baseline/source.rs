//! The source of a baseline figure: where the values it is made from come from, widened from
//! the store's source of one value (see [`IndicatorData::source`]) to every value used.
//!
//! - Values from files a user imported: the files (named together when the values come from
//!   several imports), the first and last row, and the periods.
//! - Values the app ships (seed 003's figures, records with a [`SeedOrigin`]): the seed
//!   document, with its section, the row or rows with their labels and the column or columns
//!   with their headings, as the store names one seeded value.
//! - Both: the files and the seed document's file together, as values imported from several
//!   files are.

use crate::indicators::{ImportRecord, IndicatorData, ObsPeriod, Point, SeedOrigin};
use crate::source::Source;

/// The source of a figure made from `used` (the values of `indicator`, oldest first; never
/// empty).
pub(super) fn combined_source(data: &IndicatorData, indicator: &str, used: &[Point]) -> Source {
    let last = &used[used.len() - 1];
    let periods: Vec<ObsPeriod> = used.iter().map(|p| p.period()).collect();
    let Some(last_record) = data.import(last.import_id()) else {
        let codes: Vec<String> = periods.iter().map(|p| p.code()).collect();
        return Source::assumption(&format!("{indicator}, {}: ukendt import", codes.join(", ")));
    };
    // The records the values come from, in the order of first use.
    let mut records: Vec<&ImportRecord> = Vec::new();
    for p in used {
        if let Some(r) = data.import(p.import_id()) {
            if !records.iter().any(|known| known.id == r.id) {
                records.push(r);
            }
        }
    }
    if let Some(source) = seed_source(&records, used) {
        return source;
    }
    let mut names: Vec<&str> = Vec::new();
    for r in &records {
        let name = r.seed.as_ref().map_or(r.file_name.as_str(), |s| &s.file);
        if !names.contains(&name) {
            names.push(name);
        }
    }
    // The time of the latest value's import; when that value is seeded, of the latest value
    // a user imported (a figure made from seeded values alone is a seed source).
    let imported_at = match &last_record.seed {
        None => last_record.imported_at.clone(),
        Some(_) => used
            .iter()
            .rev()
            .filter_map(|p| data.import(p.import_id()))
            .find(|r| r.seed.is_none())
            .map_or_else(
                || last_record.imported_at.clone(),
                |r| r.imported_at.clone(),
            ),
    };
    let first_row = used.iter().map(|p| p.row()).min().unwrap_or(last.row());
    let last_row = used.iter().map(|p| p.row()).max().unwrap_or(last.row());
    Source::Import {
        file_name: names.join(", "),
        row: first_row,
        imported_at,
        last_row: (last_row != first_row).then_some(last_row),
        periods,
    }
}

/// The seed source when every value used is a seeded value of one seed document: its file,
/// and for each of its tables the section with the rows and columns used (tables separated
/// by "; "). `None` when a value comes from a file a user imported.
fn seed_source(records: &[&ImportRecord], used: &[Point]) -> Option<Source> {
    let seeds: Vec<(u32, &SeedOrigin)> = records
        .iter()
        .map(|r| r.seed.as_ref().map(|s| (r.id, s)))
        .collect::<Option<_>>()?;
    let file = &seeds.first()?.1.file;
    if seeds.iter().any(|(_, s)| &s.file != file) {
        return None;
    }
    let places: Vec<String> = seeds
        .iter()
        .map(|&(id, seed)| {
            let points: Vec<&Point> = used.iter().filter(|p| p.import_id() == id).collect();
            place(seed, &points)
        })
        .collect();
    Some(Source::seed(file, &places.join("; ")))
}

/// Where values of one seed table stand: for one value exactly [`SeedOrigin::place`]; for
/// several the rows with their labels and the first and last column, e.g. `…, række 7,
/// gennemsnit af kolonnerne »Maj 19«–»Okt. 19«`.
fn place(seed: &SeedOrigin, points: &[&Point]) -> String {
    if let [one] = points {
        return seed.place(one.row(), one.period());
    }
    let mut rows: Vec<u64> = points.iter().map(|p| p.row()).collect();
    rows.sort_unstable();
    rows.dedup();
    let rows: Vec<String> = rows
        .iter()
        .map(|&row| match seed.rows.iter().find(|r| r.row == row) {
            Some(r) => format!("{row} »{}«", r.label),
            None => row.to_string(),
        })
        .collect();
    let heading = |period: ObsPeriod| match seed.columns.iter().find(|c| c.period == period) {
        Some(c) => format!("»{}«", c.heading),
        // A column the table does not name: the period in words (in Danish, as the sections).
        None => period.label(crate::Lang::Da),
    };
    let mut periods: Vec<ObsPeriod> = points.iter().map(|p| p.period()).collect();
    periods.sort_unstable();
    periods.dedup();
    let columns = match periods.as_slice() {
        [] => String::new(),
        [one] => format!(", kolonne {}", heading(*one)),
        [first, .., last] => format!(
            ", gennemsnit af kolonnerne {}–{}",
            heading(*first),
            heading(*last)
        ),
    };
    format!("{}, række {}{columns}", seed.section, rows.join(", "))
}
