//! Looking at the first rows of a table: the delimiter, title rows above the header, the
//! header (one row or two), the decimal separator, and a first guess of what each column
//! holds. The rules are written out in docs/import-shapes.md.

use std::collections::HashMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::cells::{self, DecimalStyle};
use super::decode::{Decoded, FileText, TextEncoding};
use super::limits;
use super::{FileError, Mapping, MappingError};
use crate::indicators::ObsPeriod;

mod header;
mod names;
mod reading;
mod roles;
mod section;
mod title;

use header::{combine_header, find_header, is_second_header};
pub use roles::is_generic_value_header;
pub use title::clean_title;
use title::{indicator_name, title_rows};

/// Rows read to guess the layout.
const SAMPLE_RECORDS: usize = 200;
/// Cells read to guess the layout: the rows stop early when they are very wide.
const SAMPLE_CELLS: usize = 100_000;
/// Data rows kept for the preview.
const PREVIEW_ROWS: usize = 8;
/// Rows offered as the header in the preview.
pub const HEADER_CHOICES: usize = 30;

/// The layouts the app recognises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// jobindsats.dk: Område, Periode, groups such as Ydelsesgrupper, then one column per
    /// measure ("Antal fuldtidspersoner").
    Jobindsats,
    /// Danmarks Statistik's Statbank API file: OMRÅDE;…;TID;INDHOLD.
    Statbank,
    /// A table as statistikbanken.dk's web page saves it: a title, periods as columns and
    /// stub columns without headers whose repeated labels are left blank.
    StatbankWeb,
    /// JSON records, as jobindsats.dk's API returns them.
    Json,
    /// Periods as columns (2021;2022;2023), often from Excel.
    Wide,
    /// Area, period and value columns under other names.
    Long,
    /// The app could not tell; the user maps the columns.
    Unknown,
}

/// One row of the file as read for the guess: its 1-based line and its trimmed cells.
#[derive(Debug, Clone, PartialEq)]
pub struct Rec {
    pub line: u64,
    pub cells: Vec<String>,
}

impl Rec {
    fn filled(&self) -> impl Iterator<Item = (usize, &str)> {
        self.cells
            .iter()
            .enumerate()
            .filter(|(_, c)| !c.is_empty())
            .map(|(i, c)| (i, c.as_str()))
    }

    fn cell(&self, i: usize) -> &str {
        self.cells.get(i).map_or("", String::as_str)
    }
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
    /// Text of the rows above the header (a table title, a unit, a note), with their lines.
    pub title: Vec<String>,
    pub title_lines: Vec<u64>,
    /// The unit a Statbank title row gives ("Enhed: Procent").
    pub unit: Option<String>,
    /// 1-based lines of the first and the last header row.
    pub header_first: u64,
    pub header_line: u64,
    /// Each column's header; with two header rows, both texts.
    pub header: Vec<String>,
    /// The period a column's header names (periods as columns).
    pub periods: Vec<Option<ObsPeriod>>,
    /// With two header rows: the measure the header names besides the period.
    pub measures: Vec<String>,
    /// Section rows (1-based line, text): a text alone above a block of rows names the
    /// figures of the rows below it ("Indbyggertal 1. januar"); the first is the indicator
    /// name.
    pub sections: Vec<(u64, String)>,
    pub format: Format,
    /// The guessed meaning of each column; the user may correct it.
    pub mapping: Mapping,
    /// The first data rows, for the preview.
    pub sample: Vec<Vec<String>>,
    /// The first rows of the file, to choose the header from.
    pub head: Arc<Vec<Rec>>,
    /// The file's text with the byte-order mark removed.
    pub text: FileText,
    /// What a row number counts: 0 for lines of the file; 1 for a JSON file's records
    /// (line 2 of the table made from it is record 1).
    pub row_offset: u64,
}

impl Sniffed {
    /// Checks that a mapping can produce values from this file.
    pub fn check(&self, mapping: &Mapping) -> Result<(), MappingError> {
        mapping.check(&self.periods)
    }

    /// The row number a message gives for a line of the table.
    pub fn row_of(&self, line: u64) -> u64 {
        line.saturating_sub(self.row_offset)
    }

    /// Reads the layout again with the header in the given rows (1-based lines of the first
    /// and the last header row), as the user chose in the preview.
    pub fn with_header(&self, first: u64, last: u64) -> Result<Sniffed, FileError> {
        let start = self
            .head
            .iter()
            .position(|r| r.line == first)
            .ok_or(FileError::NoHeader)?;
        let end = self
            .head
            .iter()
            .position(|r| r.line == last)
            .unwrap_or(start);
        let records = sample_records(&self.text, self.delimiter);
        let decoded = Decoded {
            text: String::new(),
            encoding: self.encoding,
            repaired_double_encoding: self.repaired_double_encoding,
        };
        let count = end.saturating_sub(start) + 1;
        let mut s = analyse(
            &self.file_name,
            &decoded,
            self.text.clone(),
            self.delimiter,
            records,
            Some((start, count.min(2))),
        )?;
        s.row_offset = self.row_offset;
        if self.format == Format::Json {
            s.format = Format::Json;
        }
        Ok(s)
    }
}

pub(super) const DELIMITERS: [u8; 3] = [b';', b',', b'\t'];

fn reader(text: &[u8], delimiter: u8) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text)
}

/// The first non-blank rows, trimmed: [`SAMPLE_RECORDS`] rows, or fewer when they hold
/// more than [`SAMPLE_CELLS`] cells.
fn sample_records(text: &[u8], delimiter: u8) -> Vec<Rec> {
    let mut cells = 0;
    reader(text, delimiter)
        .into_records()
        .take(SAMPLE_RECORDS)
        .take_while(|r| {
            let before = cells;
            cells += r.as_ref().map_or(0, csv::StringRecord::len);
            before < SAMPLE_CELLS
        })
        .filter_map(Result::ok)
        .filter(|r| r.iter().any(|f| !f.trim().is_empty()))
        .map(|r| Rec {
            line: super::parse::record_line(text, r.position()).unwrap_or(1),
            cells: r.iter().map(|f| f.trim().to_owned()).collect(),
        })
        .collect()
}

/// The delimiter that splits most sample rows into the same number (more than one) of fields.
fn guess_delimiter(text: &[u8]) -> Option<(u8, Vec<Rec>)> {
    let mut best: Option<(usize, usize, u8, Vec<Rec>)> = None;
    for d in DELIMITERS {
        let records = sample_records(text, d);
        let mut counts: HashMap<usize, usize> = HashMap::new();
        for r in &records {
            *counts.entry(r.cells.len()).or_default() += 1;
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

pub(super) fn is_numberish(text: &str) -> bool {
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

/// A number that is not a period code.
fn is_plain_number(text: &str) -> bool {
    is_numberish(text) && ObsPeriod::parse(text).is_none()
}

/// Reads the layout of a decoded file. A row too wide or too many cells
/// ([`limits`]) refuse it before any row is split into cells.
pub fn sniff(file_name: &str, decoded: Decoded) -> Result<Sniffed, FileError> {
    let Decoded {
        text,
        encoding,
        repaired_double_encoding,
    } = decoded;
    let meta = Decoded {
        text: String::new(),
        encoding,
        repaired_double_encoding,
    };
    let text = FileText::from(text);
    let extent = limits::scan(&text);
    extent.check_columns()?;
    let Some((delimiter, records)) = guess_delimiter(&text) else {
        return Err(FileError::NoDelimiter);
    };
    extent.check_cells(delimiter)?;
    analyse(file_name, &meta, text, delimiter, records, None)
}

/// Reads a table whose delimiter is known (a table made from a JSON file).
pub(super) fn sniff_with_delimiter(
    file_name: &str,
    decoded: &Decoded,
    text: FileText,
    delimiter: u8,
) -> Result<Sniffed, FileError> {
    limits::scan(&text).check_cells(delimiter)?;
    let records = sample_records(&text, delimiter);
    analyse(file_name, decoded, text, delimiter, records, Some((0, 1)))
}

/// The period a header cell names: a period code, also marked as preliminary the way
/// spreadsheets do (`2023*`).
fn header_period(text: &str) -> Option<ObsPeriod> {
    ObsPeriod::parse(text)
        .or_else(|| ObsPeriod::parse(text.trim_end_matches('*')))
        .or_else(|| {
            // "2023 (foreløbig)", "2024K1 (prel.)": a period marked as preliminary. Only
            // such marks: "2023 (1. halvår)" names another period and is not read as 2023.
            const PRELIMINARY: [&str; 10] = [
                "foreløbig",
                "foreløbige",
                "foreløbigt",
                "forel.",
                "prel.",
                "preliminary",
                "provisional",
                "skøn",
                "est.",
                "p",
            ];
            let (period, remark) = text.split_once('(')?;
            let remark = remark.trim_end().strip_suffix(')')?.trim();
            let remark = crate::casefold::lower(remark);
            PRELIMINARY.contains(&remark.as_str()).then_some(())?;
            ObsPeriod::parse(period.trim().trim_end_matches('*'))
        })
}

fn analyse(
    file_name: &str,
    decoded: &Decoded,
    text: FileText,
    delimiter: u8,
    records: Vec<Rec>,
    forced: Option<(usize, usize)>,
) -> Result<Sniffed, FileError> {
    let (header_index, header_rows) = match forced {
        Some((i, n)) if i < records.len() => (i, n.max(1)),
        Some(_) => return Err(FileError::NoHeader),
        None => {
            let i = find_header(&records).ok_or(FileError::NoHeader)?;
            (i, if is_second_header(&records, i) { 2 } else { 1 })
        }
    };
    let header_recs: Vec<&Rec> = records[header_index..].iter().take(header_rows).collect();
    let (header, periods, measures) = combine_header(&header_recs);
    let header_first = header_recs[0].line;
    let header_line = header_recs.last().map_or(header_first, |r| r.line);
    let (title, title_lines) = title_rows(&records[..header_index]);
    let mut data: Vec<&Rec> = records[header_index + header_recs.len()..].iter().collect();
    if data.is_empty() {
        return Err(FileError::HeaderOnly);
    }
    let section_rows = section::section_rows(&header, &data);
    let sections: Vec<(u64, String)> = section_rows
        .iter()
        .map(|(i, text)| (data[*i].line, clean_title(text)))
        .collect();
    for (i, _) in section_rows.iter().rev() {
        data.remove(*i);
    }
    let unit = title.iter().find_map(|t| {
        let (label, rest) = t.split_once(':')?;
        matches!(
            crate::casefold::lower(label.trim()).as_str(),
            "enhed" | "unit"
        )
        .then(|| rest.trim().to_owned())
    });

    let guess = roles::guess(&header, &periods, &data, &title);
    let value_cells = data.iter().flat_map(|r| {
        r.cells
            .iter()
            .zip(&guess.roles)
            .filter(|(_, role)| role.holds_values())
            .map(|(c, _)| c.as_str())
    });
    let decimal = cells::guess_decimal_style(value_cells, delimiter);

    let indicator_name = match sections.first() {
        Some((_, section)) => section.clone(),
        None => indicator_name(&title, file_name, &header, &guess.roles),
    };
    let percent_scale =
        roles::guess_percent_scale(&header, &guess.roles, &data, decimal, &indicator_name);
    let mapping = Mapping {
        roles: guess.roles,
        indicator_name,
        fixed_area: String::new(),
        percent_scale,
        fill_down: guess.fill_down,
    };
    let sample = data
        .iter()
        .take(PREVIEW_ROWS)
        .map(|r| r.cells.clone())
        .collect();
    let head = records.into_iter().take(HEADER_CHOICES).collect();
    Ok(Sniffed {
        file_name: file_name.to_owned(),
        bytes: text.len(),
        encoding: decoded.encoding,
        repaired_double_encoding: decoded.repaired_double_encoding,
        delimiter,
        decimal,
        title,
        title_lines,
        unit,
        header_first,
        header_line,
        header,
        periods,
        measures,
        sections,
        format: guess.format,
        mapping,
        sample,
        head: Arc::new(head),
        text,
        row_offset: 0,
    })
}

#[cfg(test)]
mod tests;
