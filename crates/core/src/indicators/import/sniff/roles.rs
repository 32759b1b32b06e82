//! What each column holds, guessed from its header and its sample cells; the layout; which
//! stub columns are filled down.

use super::{is_plain_number, Format, Rec};
use crate::indicators::import::cells::{self, DecimalStyle};
use crate::indicators::import::{areas, ColumnRole};
use crate::indicators::ObsPeriod;

/// Headers that name the area column.
const AREA: [&str; 14] = [
    "område",
    "omraade",
    "area",
    "kommune",
    "kommunenavn",
    "municipality",
    "region",
    "regionsnavn",
    "landsdel",
    "geografi",
    "geography",
    "bopælskommune",
    "bopaelskommune",
    "kommunegruppe",
];
/// Headers of a column of area codes.
const AREA_CODE: [&str; 11] = [
    "kommunenr",
    "kommunenr.",
    "kommune nr",
    "kommune nr.",
    "kommunenummer",
    "kommunekode",
    "komnr",
    "komkode",
    "kode",
    "code",
    "områdekode",
];
/// Headers that name the period column.
const PERIOD: [&str; 19] = [
    "periode",
    "tid",
    "period",
    "time",
    "t",
    "år",
    "aar",
    "year",
    "date",
    "dato",
    "måned",
    "maaned",
    "month",
    "kvartal",
    "quarter",
    "opgørelsesperiode",
    "fuldførelsesår",
    "skoleår",
    "kalenderår",
];
/// Headers of a value column that do not name the indicator.
const GENERIC_VALUE: [&str; 8] = [
    "indhold",
    "værdi",
    "vaerdi",
    "value",
    "obs_value",
    "tal",
    "antal",
    "content",
];

fn lower(text: &str) -> String {
    crate::casefold::lower(text.trim())
}

/// Whether a value column's header says nothing about what is measured.
pub fn is_generic_value_header(header: &str) -> bool {
    GENERIC_VALUE.contains(&lower(header).as_str())
}

/// A header such as "Bopælskommune" or "Område (kommune)".
fn is_area_header(h: &str) -> bool {
    AREA.contains(&h)
        || ((h.contains("kommune") || h.contains("område")) && !is_code_header(h))
        || h.starts_with("område ")
}

fn is_code_header(h: &str) -> bool {
    AREA_CODE.contains(&h) || h.ends_with("nr") || h.ends_with("nr.") || h.ends_with("kode")
}

/// A header ending in "år" ("Fuldførelsesår", "Regnskabsår") over cells that are years. Only
/// one word: "Heraf 65 år" names a count, whose cells may look like years (1987).
fn is_period_header(h: &str, cells: &[&str]) -> bool {
    PERIOD.contains(&h)
        || ((h.ends_with("år") || h.ends_with("aar") || h.ends_with("year"))
            && !h.contains(char::is_whitespace)
            && !cells.is_empty()
            && cells.iter().all(|c| ObsPeriod::parse(c).is_some()))
}

/// Whether most (more than half) of a column's different filled cells are known areas: not a
/// column of "Danmark" and "Udlandet".
fn mostly_areas(cells: &[&str]) -> bool {
    let mut distinct: Vec<&str> = cells.to_vec();
    distinct.sort_unstable();
    distinct.dedup();
    let known = distinct
        .iter()
        .filter(|c| areas::lookup_name(c).is_some())
        .count();
    known * 2 > distinct.len()
}

/// Whether a column's figures repeat (each one twice on average), as codes of a grouping do
/// (`Alder` 25, 30, 25, 30) and a measure's figures do not.
fn figures_repeat(cells: &[&str]) -> bool {
    let mut figures: Vec<&str> = cells
        .iter()
        .copied()
        .filter(|c| !cells::is_missing(c))
        .collect();
    let n = figures.len();
    figures.sort_unstable();
    figures.dedup();
    n > 0 && figures.len() * 2 <= n
}

/// Period codes other than plain years (a year column could be a count).
fn all_period_codes(cells: &[&str]) -> bool {
    !cells.is_empty()
        && cells
            .iter()
            .all(|c| ObsPeriod::parse(c).is_some_and(|p| !matches!(p, ObsPeriod::Year(_))))
}

/// The guess for a whole table.
pub(super) struct Guess {
    pub roles: Vec<ColumnRole>,
    pub fill_down: Vec<bool>,
    pub format: Format,
}

pub(super) fn guess(
    header: &[String],
    periods: &[Option<ObsPeriod>],
    data: &[&Rec],
    _title: &[String],
) -> Guess {
    let columns: Vec<Vec<&str>> = (0..header.len())
        .map(|i| {
            data.iter()
                .map(|r| r.cell(i))
                .filter(|c| !c.is_empty())
                .collect()
        })
        .collect();
    let mut roles = Vec::with_capacity(header.len());
    let mut code_columns = Vec::new();
    for (i, name) in header.iter().enumerate() {
        let h = lower(name);
        let cells = &columns[i];
        let filled = cells.iter().filter(|c| !cells::is_missing(c)).count();
        let numeric = cells.iter().filter(|c| super::is_numberish(c)).count();
        let role = if periods[i].is_some() {
            ColumnRole::PeriodValue
        } else if is_code_header(&h) && !is_area_header(&h) {
            code_columns.push(i);
            ColumnRole::Ignore
        } else if AREA.contains(&h.as_str())
            // "Arbejdsstedskommune", "Område (kommune)"; not "Politikområde" over "Ældre".
            || (is_area_header(&h) && numeric * 2 <= filled && mostly_areas(cells))
        {
            ColumnRole::Area
        } else if is_period_header(&h, cells) {
            ColumnRole::Period
        } else if filled > 0 && numeric * 2 > filled && !name.is_empty() {
            ColumnRole::Value
        } else if filled == 0 && !cells.is_empty() && !name.is_empty() {
            // A measure whose every sample cell is a missing figure ("-"): later rows may
            // hold figures.
            ColumnRole::Value
        } else if filled == 0 {
            ColumnRole::Ignore
        } else {
            ColumnRole::Dimension
        };
        roles.push(role);
    }
    let has = |roles: &[ColumnRole], role| roles.contains(&role);
    // Two area columns (Region;Kommune): the finer one, with the most different areas, is
    // the area of the row; the other says nothing the area does not.
    let area_columns: Vec<usize> = (0..roles.len())
        .filter(|&i| roles[i] == ColumnRole::Area)
        .collect();
    if area_columns.len() > 1 {
        let distinct = |i: usize| {
            let mut cells = columns[i].clone();
            cells.sort_unstable();
            cells.dedup();
            cells.len()
        };
        let keep = area_columns
            .iter()
            .copied()
            .max_by_key(|&i| (distinct(i), std::cmp::Reverse(i)))
            .unwrap_or(area_columns[0]);
        for i in area_columns {
            if i != keep {
                roles[i] = ColumnRole::Ignore;
            }
        }
    }
    // Without a headed area column: a column of area names, else a column of area codes.
    if !has(&roles, ColumnRole::Area) {
        let by_content = (0..roles.len())
            .find(|&i| roles[i] == ColumnRole::Dimension && mostly_areas(&columns[i]));
        if let Some(i) = by_content.or(code_columns.first().copied()) {
            roles[i] = ColumnRole::Area;
        }
    }
    // A column of area codes beside the area names (an unheaded "101" beside "Københavns
    // Kommune") says nothing the area does not.
    if let Some(area) = roles.iter().position(|r| *r == ColumnRole::Area) {
        for (i, role) in roles.iter_mut().enumerate() {
            if *role == ColumnRole::Dimension && super::section::codes_of_the_areas(data, i, area) {
                *role = ColumnRole::Ignore;
            }
        }
    }
    // Without a headed period column: a column of period codes.
    if !has(&roles, ColumnRole::Period) && !has(&roles, ColumnRole::PeriodValue) {
        if let Some(i) = (0..roles.len())
            .find(|&i| roles[i] == ColumnRole::Dimension && all_period_codes(&columns[i]))
        {
            roles[i] = ColumnRole::Period;
        }
    }
    let period_columns = roles
        .iter()
        .filter(|r| **r == ColumnRole::PeriodValue)
        .count();
    // A table with periods as columns has no period column and no measure columns. A column
    // of figures left of the periods whose figures repeat is a grouping by codes (`Alder`
    // 25, 30); any other (a total or a change right of the periods, a measure such as
    // "Indbyggere") is no part of the table's values.
    if let Some(first_period) = roles.iter().position(|r| *r == ColumnRole::PeriodValue) {
        for (i, r) in roles.iter_mut().enumerate() {
            if *r == ColumnRole::Value {
                *r = if i < first_period && figures_repeat(&columns[i]) {
                    ColumnRole::Dimension
                } else {
                    ColumnRole::Ignore
                };
            }
        }
    }
    let generic = header
        .iter()
        .zip(&roles)
        .any(|(h, r)| *r == ColumnRole::Value && is_generic_value_header(h));
    let upper_case = header
        .iter()
        .all(|h| crate::casefold::is_upper(h) || h.is_empty());
    // Statbank writes the generic value column last: "OMRÅDE;TID;ANTAL;PROCENT" is two
    // measures.
    let generic_last = header
        .iter()
        .rposition(|h| !h.trim().is_empty())
        .is_some_and(|i| roles[i] == ColumnRole::Value && is_generic_value_header(&header[i]));
    let statbank = has(&roles, ColumnRole::Period)
        && generic_last
        && (upper_case || header.iter().any(|h| h == "TID" || h == "TIME"));
    // In a Statbank file the generic value column (INDHOLD) is the only value column: the
    // other columns are dimensions, codes or not (KØN = 1, ALDER = 0).
    if statbank {
        for (h, r) in header.iter().zip(roles.iter_mut()) {
            if *r == ColumnRole::Value && !is_generic_value_header(h) {
                *r = ColumnRole::Dimension;
            }
        }
    }
    let stub_headers_blank = header
        .iter()
        .zip(&roles)
        .all(|(h, r)| *r == ColumnRole::PeriodValue || h.is_empty());
    let format = if period_columns >= 1 && !has(&roles, ColumnRole::Period) {
        if stub_headers_blank {
            Format::StatbankWeb
        } else {
            Format::Wide
        }
    } else if has(&roles, ColumnRole::Period) && has(&roles, ColumnRole::Value) {
        if statbank {
            Format::Statbank
        } else if !generic && has(&roles, ColumnRole::Area) {
            Format::Jobindsats
        } else {
            Format::Long
        }
    } else {
        Format::Unknown
    };
    let fill_down = guess_fill_down(&roles, data, format);
    Guess {
        roles,
        fill_down,
        format,
    }
}

/// Stub columns (area, dimensions) whose blank cells take the label above: blank in a row
/// that has values, after a row where they were filled. In a Statbank web table every stub
/// column is.
fn guess_fill_down(roles: &[ColumnRole], data: &[&Rec], format: Format) -> Vec<bool> {
    let stub = |r: ColumnRole| matches!(r, ColumnRole::Area | ColumnRole::Dimension);
    roles
        .iter()
        .enumerate()
        .map(|(i, role)| {
            if !stub(*role) {
                return false;
            }
            if format == Format::StatbankWeb {
                return true;
            }
            // A blank cell now and then is a missing label (a problem to show); blanks under
            // a label in a quarter of the rows or more are a layout.
            let value_rows: Vec<&&Rec> =
                data.iter()
                    .filter(|r| {
                        r.cells.iter().zip(roles).any(|(c, role)| {
                            role.holds_values() && !c.is_empty() && is_plain_number(c)
                        })
                    })
                    .collect();
            let first_filled = value_rows.first().is_some_and(|r| !r.cell(i).is_empty());
            let blanks = value_rows.iter().filter(|r| r.cell(i).is_empty()).count();
            // Labels on rows of their own above their figures (a nested stub under stub
            // headers): the first row is such a label, and the rows of figures never are.
            let own_rows = blanks >= 2
                && blanks == value_rows.len()
                && data.first().is_some_and(|r| {
                    !r.cell(i).is_empty() && !value_rows.iter().any(|v| std::ptr::eq(*v, r))
                });
            own_rows || (first_filled && blanks >= 2 && blanks * 4 >= value_rows.len())
        })
        .collect()
}

/// Shares written as fractions (0,153 for 15,3 %): every sample value of a percent-like
/// column lies between 0 and 1 and some are not whole numbers.
pub(super) fn guess_percent_scale(
    header: &[String],
    roles: &[ColumnRole],
    data: &[&Rec],
    decimal: DecimalStyle,
    indicator_name: &str,
) -> bool {
    let percent_like = |name: &str| {
        let l = crate::casefold::lower(name);
        l.contains("pct") || l.contains("procent") || l.contains("andel") || l.contains('%')
    };
    let mut seen = false;
    for (i, role) in roles.iter().enumerate() {
        let name = match role {
            ColumnRole::Value if !is_generic_value_header(&header[i]) => header[i].as_str(),
            ColumnRole::Value | ColumnRole::PeriodValue => indicator_name,
            _ => continue,
        };
        if !percent_like(name) {
            continue;
        }
        let values: Vec<f64> = data
            .iter()
            .filter_map(|r| r.cells.get(i))
            .filter_map(|c| match cells::parse_cell(c, decimal) {
                cells::Cell::Number(v) => Some(v),
                _ => None,
            })
            .collect();
        if values.is_empty() {
            // No figures in the sample ("-" only): no evidence either way.
            continue;
        }
        if values.iter().any(|v| !(0.0..=1.0).contains(v))
            || values.iter().all(|v| v.fract() == 0.0)
        {
            return false;
        }
        seen = true;
    }
    seen
}

#[cfg(test)]
mod tests;
