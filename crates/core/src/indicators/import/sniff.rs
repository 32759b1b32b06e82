//! Looking at the first rows of a table: the delimiter, title rows above the header, the
//! header, the decimal separator, and a first guess of what each column holds.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::cells::{self, DecimalStyle};
use super::decode::{Decoded, TextEncoding};
use super::{ColumnRole, FileError, Mapping};
use crate::indicators::ObsPeriod;

mod names;

/// Rows read to guess the layout.
const SAMPLE_RECORDS: usize = 200;
/// Data rows kept for the preview.
const PREVIEW_ROWS: usize = 8;

/// The layouts the app recognises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// jobindsats.dk: Område, Periode, groups such as Ydelsesgrupper, then one column per
    /// measure ("Antal fuldtidspersoner").
    Jobindsats,
    /// Danmarks Statistik's Statbank: OMRÅDE;…;TID;INDHOLD.
    Statbank,
    /// Periods as columns (2021;2022;2023), often from Excel.
    Wide,
    /// Area, period and value columns under other names.
    Long,
    /// The app could not tell; the user maps the columns.
    Unknown,
}

/// What the first rows of a file showed.
#[derive(Debug, Clone, PartialEq)]
pub struct Sniffed {
    pub file_name: String,
    pub bytes: usize,
    pub encoding: TextEncoding,
    pub repaired_double_encoding: bool,
    pub delimiter: u8,
    pub decimal: DecimalStyle,
    /// Text of the rows above the header (a table title, a note).
    pub title: Vec<String>,
    /// 1-based line of the header in the file.
    pub header_line: u64,
    pub header: Vec<String>,
    pub format: Format,
    /// The guessed meaning of each column; the user may correct it.
    pub mapping: Mapping,
    /// The first data rows, for the preview.
    pub sample: Vec<Vec<String>>,
    /// The file's text with the byte-order mark removed.
    pub text: std::sync::Arc<[u8]>,
}

pub(super) const DELIMITERS: [u8; 3] = [b';', b',', b'\t'];

fn reader(text: &[u8], delimiter: u8) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text)
}

fn sample_records(text: &[u8], delimiter: u8) -> Vec<csv::StringRecord> {
    reader(text, delimiter)
        .into_records()
        .take(SAMPLE_RECORDS)
        .filter_map(Result::ok)
        .filter(|r| r.iter().any(|f| !f.trim().is_empty()))
        .collect()
}

/// The delimiter that splits most sample rows into the same number (more than one) of fields.
fn guess_delimiter(text: &[u8]) -> Option<(u8, Vec<csv::StringRecord>)> {
    let mut best: Option<(usize, usize, u8, Vec<csv::StringRecord>)> = None;
    for d in DELIMITERS {
        let records = sample_records(text, d);
        let mut counts: HashMap<usize, usize> = HashMap::new();
        for r in &records {
            *counts.entry(r.len()).or_default() += 1;
        }
        let Some((&width, &rows)) = counts
            .iter()
            .filter(|(w, _)| **w > 1)
            .max_by_key(|(w, n)| (**n, **w))
        else {
            continue;
        };
        if best.as_ref().is_none_or(|b| (rows, width) > (b.0, b.1)) {
            best = Some((rows, width, d, records));
        }
    }
    best.map(|(_, _, d, records)| (d, records))
}

fn is_numberish(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty()
        && (matches!(
            cells::parse_cell(t, DecimalStyle::Comma),
            cells::Cell::Number(_)
        ) || matches!(
            cells::parse_cell(t, DecimalStyle::Point),
            cells::Cell::Number(_)
        ))
}

/// Headers that name the area column.
const AREA: [&str; 7] = [
    "område",
    "omraade",
    "area",
    "kommune",
    "municipality",
    "region",
    "geografi",
];
/// Headers that name the period column.
const PERIOD: [&str; 11] = [
    "periode", "tid", "period", "time", "år", "aar", "year", "måned", "month", "kvartal", "quarter",
];
/// Headers of a value column that do not name the indicator.
const GENERIC_VALUE: [&str; 7] = [
    "indhold",
    "værdi",
    "vaerdi",
    "value",
    "obs_value",
    "tal",
    "antal",
];

/// Whether a value column's header says nothing about what is measured.
pub fn is_generic_value_header(header: &str) -> bool {
    GENERIC_VALUE.contains(&header.trim().to_lowercase().as_str())
}

/// Reads the layout of a decoded file.
pub fn sniff(file_name: &str, decoded: Decoded) -> Result<Sniffed, FileError> {
    let text: std::sync::Arc<[u8]> = decoded.text.into_bytes().into();
    let Some((delimiter, records)) = guess_delimiter(&text) else {
        return Err(FileError::NoDelimiter);
    };
    // The header is the first row as wide as the table whose cells are mostly text.
    let header_index = records
        .iter()
        .position(|r| {
            let filled = r.iter().filter(|f| !f.trim().is_empty()).count();
            let numbers = r
                .iter()
                .filter(|f| is_numberish(f) && ObsPeriod::parse(f).is_none())
                .count();
            r.len() >= 2 && filled >= 2 && numbers * 2 < r.len()
        })
        .ok_or(FileError::NoHeader)?;
    let header_record = &records[header_index];
    let header: Vec<String> = header_record.iter().map(|f| f.trim().to_owned()).collect();
    let header_line = header_record.position().map_or(1, |p| p.line());
    let title: Vec<String> = records[..header_index]
        .iter()
        .map(|r| {
            r.iter()
                .map(str::trim)
                .filter(|f| !f.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|t| !t.is_empty())
        .collect();
    let data: Vec<&csv::StringRecord> = records[header_index + 1..].iter().collect();
    if data.is_empty() {
        return Err(FileError::HeaderOnly);
    }

    // What each column holds, from its header and its sample cells.
    let mut roles = Vec::with_capacity(header.len());
    for (i, name) in header.iter().enumerate() {
        let lower = name.to_lowercase();
        let cells: Vec<&str> = data.iter().filter_map(|r| r.get(i)).collect();
        let numeric = cells.iter().filter(|c| is_numberish(c)).count();
        let filled = cells.iter().filter(|c| !cells::is_missing(c)).count();
        let role = if ObsPeriod::parse(name).is_some() {
            ColumnRole::PeriodValue
        } else if AREA.contains(&lower.as_str()) {
            ColumnRole::Area
        } else if PERIOD.contains(&lower.as_str()) {
            ColumnRole::Period
        } else if filled > 0 && numeric * 2 > filled && !name.is_empty() {
            ColumnRole::Value
        } else if name.is_empty() && filled == 0 {
            ColumnRole::Ignore
        } else {
            ColumnRole::Dimension
        };
        roles.push(role);
    }
    let period_columns = roles
        .iter()
        .filter(|r| **r == ColumnRole::PeriodValue)
        .count();
    // A table with periods as columns has no period column and no measure columns.
    if period_columns > 0 {
        for r in roles.iter_mut() {
            if *r == ColumnRole::Value {
                *r = ColumnRole::Dimension;
            }
        }
    }
    let has = |role: ColumnRole| roles.contains(&role);
    let upper_case = header.iter().all(|h| h.to_uppercase() == *h);
    let format = if period_columns >= 1 && !has(ColumnRole::Period) {
        Format::Wide
    } else if has(ColumnRole::Period) && has(ColumnRole::Value) {
        let generic = header
            .iter()
            .zip(&roles)
            .any(|(h, r)| *r == ColumnRole::Value && is_generic_value_header(h));
        if upper_case && generic && header.iter().any(|h| h == "TID" || h == "TIME") {
            Format::Statbank
        } else if !generic && has(ColumnRole::Area) {
            Format::Jobindsats
        } else {
            Format::Long
        }
    } else {
        Format::Unknown
    };

    let value_cells = data.iter().flat_map(|r| {
        r.iter()
            .zip(&roles)
            .filter(|(_, role)| matches!(role, ColumnRole::Value | ColumnRole::PeriodValue))
            .map(|(c, _)| c)
    });
    let decimal = cells::guess_decimal_style(value_cells, delimiter);

    // A title row names the indicator; without one, a group column (Indikator) does, and
    // without that the file name has to.
    let indicator_name = title
        .first()
        .map(|t| clean_title(t))
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| {
            if roles.contains(&ColumnRole::Dimension) {
                String::new()
            } else {
                file_stem(file_name)
            }
        });
    let percent_scale = guess_percent_scale(&header, &roles, &data, decimal, &indicator_name);
    let mapping = Mapping {
        roles,
        indicator_name,
        fixed_area: String::new(),
        percent_scale,
    };
    let sample = data
        .iter()
        .take(PREVIEW_ROWS)
        .map(|r| r.iter().map(|f| f.trim().to_owned()).collect())
        .collect();
    Ok(Sniffed {
        file_name: file_name.to_owned(),
        bytes: text.len(),
        encoding: decoded.encoding,
        repaired_double_encoding: decoded.repaired_double_encoding,
        delimiter,
        decimal,
        title,
        header_line,
        header,
        format,
        mapping,
        sample,
        text,
    })
}

/// "AUP01: Fuldtidsledige i pct. af arbejdsstyrken efter område, køn og tid" →
/// "Fuldtidsledige i pct. af arbejdsstyrken".
pub fn clean_title(title: &str) -> String {
    let mut t = title.trim();
    if let Some((code, rest)) = t.split_once(':') {
        if !code.is_empty() && !code.contains(' ') && code.len() <= 12 {
            t = rest.trim();
        }
    }
    for (by, time) in [(" efter ", " tid"), (" by ", " time")] {
        if let Some(i) = t.rfind(by) {
            let tail = t[i..].trim_end_matches('.').to_lowercase();
            if tail.ends_with(time) {
                t = t[..i].trim();
            }
        }
    }
    t.to_owned()
}

fn file_stem(file_name: &str) -> String {
    let base = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    match base.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem.to_owned(),
        _ => base.to_owned(),
    }
}

/// Shares written as fractions (0,153 for 15,3 %): every sample value of a percent-like
/// column lies between 0 and 1 and some are not whole numbers.
fn guess_percent_scale(
    header: &[String],
    roles: &[ColumnRole],
    data: &[&csv::StringRecord],
    decimal: DecimalStyle,
    indicator_name: &str,
) -> bool {
    let percent_like = |name: &str| {
        let l = name.to_lowercase();
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
            .filter_map(|r| r.get(i))
            .filter_map(|c| match cells::parse_cell(c, decimal) {
                cells::Cell::Number(v) => Some(v),
                _ => None,
            })
            .collect();
        if values.is_empty()
            || values.iter().any(|v| !(0.0..=1.0).contains(v))
            || values.iter().all(|v| v.fract() == 0.0)
        {
            return false;
        }
        seen = true;
    }
    seen
}
