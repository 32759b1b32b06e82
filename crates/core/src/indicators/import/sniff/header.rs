//! Finding the header rows and reading their texts and periods.

use super::{header_period, is_numberish, is_plain_number, Rec};
use crate::indicators::import::cells;
use crate::indicators::ObsPeriod;

/// The header is the first row as wide as the table whose cells are mostly text, or a row
/// of period codes over the value columns (a Statbank web table with one period).
pub(super) fn find_header(records: &[Rec]) -> Option<usize> {
    (0..records.len()).find(|&i| {
        let r = &records[i];
        let filled = r.filled().count();
        let numbers = r.filled().filter(|(_, f)| is_plain_number(f)).count();
        // "Udtræk: 12. januar 2024;Periode: 2023M10-2023M12" is a title row, not a header;
        // jobindsats' benchmark heads its columns "Forventet og faktisk antal … forsørgelse:
        // Faktisk andel (pct.)", a title of several words before the colon.
        let label_row = r.filled().any(|(_, f)| {
            f.split_once(": ")
                .is_some_and(|(label, _)| !label.trim().contains(' '))
        });
        if r.cells.len() < 2 || label_row {
            return false;
        }
        if filled >= 2 && numbers * 2 < r.cells.len() {
            return true;
        }
        let periods = r
            .filled()
            .filter(|(_, f)| ObsPeriod::parse(f).is_some())
            .count();
        filled >= 1 && periods == filled && r.cell(0).is_empty() && figures_below(records, i)
    })
}

/// Whether the first row below `header` with a cell under one of its filled cells holds
/// figures there (numbers, or markers for missing ones). The rows in between are labels of a
/// nested stub (`" ";"Hele landet"`); the first figure may be missing (`..`).
fn figures_below(records: &[Rec], header: usize) -> bool {
    let columns: Vec<usize> = records[header].filled().map(|(i, _)| i).collect();
    records[header + 1..]
        .iter()
        .find(|r| columns.iter().any(|&i| !r.cell(i).is_empty()))
        .is_some_and(|r| {
            columns
                .iter()
                .map(|&i| r.cell(i))
                .all(|c| is_numberish(c) || cells::is_missing(c))
        })
}

/// A second header row under the first: blank in the first column, text (or periods) and no
/// numbers, only under the first row's headed columns, and numbers in the row after it, with
/// no text under the second row's texts (a first data row whose figures are all blank, under
/// a blank first column, is not a header).
pub(super) fn is_second_header(records: &[Rec], header: usize) -> bool {
    if groups_over_periods(records, header) {
        return true;
    }
    let (Some(h), Some(r), Some(next)) = (
        records.get(header),
        records.get(header + 1),
        records.get(header + 2),
    ) else {
        return false;
    };
    let Some(first_headed) = h.filled().map(|(i, _)| i).next() else {
        return false;
    };
    r.cell(0).is_empty()
        && r.filled().count() >= 1
        && r.filled()
            .all(|(i, f)| i >= first_headed.max(1) && !cells::is_missing(f) && !is_plain_number(f))
        && next.filled().any(|(_, f)| is_plain_number(f))
        && r.filled().all(|(i, _)| {
            let below = next.cell(i);
            cells::is_missing(below) || is_numberish(below)
        })
}

/// The header's text, period and measure per column, from one or two header rows. A blank
/// cell in the first of two rows takes the text to its left (a merged cell).
pub(super) fn combine_header(rows: &[&Rec]) -> (Vec<String>, Vec<Option<ObsPeriod>>, Vec<String>) {
    let width = rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    let mut top: Vec<String> = (0..width).map(|i| rows[0].cell(i).to_owned()).collect();
    if let Some(second) = rows.get(1) {
        for i in 1..width {
            if top[i].is_empty() && !second.cell(i).is_empty() {
                top[i] = top[i - 1].clone();
            }
        }
    }
    let mut header = Vec::with_capacity(width);
    let mut periods = Vec::with_capacity(width);
    let mut measures = Vec::with_capacity(width);
    for (i, t) in top.iter().enumerate() {
        let parts: Vec<&str> = std::iter::once(t.as_str())
            .chain(rows.get(1).map(|r| r.cell(i)))
            .filter(|p| !p.is_empty())
            .collect();
        let period = parts.iter().find_map(|p| header_period(p));
        let measure: Vec<&str> = if rows.len() > 1 {
            parts
                .iter()
                .copied()
                .filter(|p| header_period(p).is_none())
                .collect()
        } else {
            Vec::new()
        };
        header.push(parts.join(" "));
        periods.push(period);
        measures.push(measure.join(" "));
    }
    (header, periods, measures)
}

/// A row of groups above a row of periods (a spreadsheet whose merged cells "Fuldført (pct.)"
/// and "Afbrudt (pct.)" each span the years below them): the upper row is blank over the stub
/// columns and names no period; the lower row names the stub columns ("Bopælskommune") and
/// has a period under every group and in every column right of the first group; the row
/// after it holds figures.
fn groups_over_periods(records: &[Rec], header: usize) -> bool {
    let (Some(h), Some(r), Some(next)) = (
        records.get(header),
        records.get(header + 1),
        records.get(header + 2),
    ) else {
        return false;
    };
    let Some(first_group) = h.filled().map(|(i, _)| i).next() else {
        return false;
    };
    let periods_right = (first_group..r.cells.len())
        .filter(|&i| !r.cell(i).is_empty())
        .all(|i| header_period(r.cell(i)).is_some());
    first_group >= 1
        && h.filled().all(|(i, f)| {
            header_period(f).is_none() && !is_numberish(f) && header_period(r.cell(i)).is_some()
        })
        && periods_right
        && r.filled().count() > h.filled().count()
        && (0..first_group).all(|i| !is_numberish(r.cell(i)))
        && next.filled().any(|(_, f)| is_plain_number(f))
}
