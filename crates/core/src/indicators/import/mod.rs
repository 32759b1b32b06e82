//! Reading indicator files: CSV from jobindsats.dk, Danmarks Statistik's Statbank and Excel.
//!
//! 1. [`decode`] turns bytes into text (encoding, byte-order mark, not-a-table files).
//! 2. [`sniff`] looks at the first rows: delimiter, title rows, header, decimal separator, the
//!    layout ([`Format`]) and a first [`Mapping`] of columns to area, period, indicator and
//!    value, which the user may correct.
//! 3. [`ParseJob`] reads every row in steps (so a page can show progress between them) into
//!    [`Observation`]s, listing every [`Problem`] with its row and column.
//!
//! Nothing here stores anything: [`crate::indicators::IndicatorData::merge`] does that.

pub mod cells;
pub mod decode;
mod messages;
pub mod sniff;

use std::collections::HashMap;
use std::io::Cursor;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

pub use cells::{canonical_area, DecimalStyle, NATIONAL};
pub use decode::{TextEncoding, MAX_FILE_BYTES};
pub use sniff::{Format, Sniffed};

use super::ObsPeriod;
use cells::Cell;

/// Why a file cannot be read as a table at all.
#[derive(Debug, Clone, PartialEq)]
pub enum FileError {
    Empty,
    TooLarge {
        bytes: usize,
    },
    /// An Excel workbook, not a CSV file.
    Spreadsheet {
        kind: &'static str,
    },
    Binary,
    /// No `;`, `,` or tab splits the rows into columns.
    NoDelimiter,
    /// No row looks like a header of column names.
    NoHeader,
    /// A header and no data rows.
    HeaderOnly,
}

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ColumnRole {
    /// The municipality (or the whole country).
    Area,
    /// The period code of the row.
    Period,
    /// A grouping (Ydelsesgrupper, Køn, Alder): part of the indicator's name.
    Dimension,
    /// Values of one measure; the header names it unless it is generic ("INDHOLD").
    Value,
    /// Values for the period named in the header (a wide table).
    PeriodValue,
    Ignore,
}

impl ColumnRole {
    pub const ALL: [ColumnRole; 6] = [
        ColumnRole::Area,
        ColumnRole::Period,
        ColumnRole::Dimension,
        ColumnRole::Value,
        ColumnRole::PeriodValue,
        ColumnRole::Ignore,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ColumnRole::Area => "area",
            ColumnRole::Period => "period",
            ColumnRole::Dimension => "dimension",
            ColumnRole::Value => "value",
            ColumnRole::PeriodValue => "period_value",
            ColumnRole::Ignore => "ignore",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// How the columns of a file are read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mapping {
    /// One role per header column.
    pub roles: Vec<ColumnRole>,
    /// The indicator's name where a value column's header does not give one (Statbank's
    /// INDHOLD, a wide table); guessed from the title row or the file name.
    pub indicator_name: String,
    /// The area of every row when no column gives it.
    pub fixed_area: String,
    /// Values are fractions (0,153) of what the indicator counts in percent: multiply by 100.
    pub percent_scale: bool,
}

/// Why a mapping cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MappingError {
    NoPeriod,
    PeriodTwice,
    PeriodBothWays,
    NoValue,
    AreaTwice,
    NoArea,
    /// A column marked as a period column whose header is not a period code.
    NotAPeriodHeader {
        column: usize,
    },
}

impl Mapping {
    /// Checks that the mapping can produce values from a file with this header.
    pub fn check(&self, header: &[String]) -> Result<(), MappingError> {
        let count = |role| self.roles.iter().filter(|r| **r == role).count();
        let period_values = count(ColumnRole::PeriodValue);
        match (count(ColumnRole::Period), period_values) {
            (0, 0) => return Err(MappingError::NoPeriod),
            (n, _) if n > 1 => return Err(MappingError::PeriodTwice),
            (1, p) if p > 0 => return Err(MappingError::PeriodBothWays),
            _ => {}
        }
        if count(ColumnRole::Value) + period_values == 0 {
            return Err(MappingError::NoValue);
        }
        if period_values > 0 && count(ColumnRole::Value) > 0 {
            return Err(MappingError::PeriodBothWays);
        }
        match count(ColumnRole::Area) {
            0 if self.fixed_area.trim().is_empty() => return Err(MappingError::NoArea),
            n if n > 1 => return Err(MappingError::AreaTwice),
            _ => {}
        }
        for (i, role) in self.roles.iter().enumerate() {
            if *role == ColumnRole::PeriodValue
                && header.get(i).and_then(|h| ObsPeriod::parse(h)).is_none()
            {
                return Err(MappingError::NotAPeriodHeader { column: i + 1 });
            }
        }
        Ok(())
    }
}

/// One value read from a file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Observation {
    pub area: String,
    pub indicator: String,
    pub period: ObsPeriod,
    pub value: f64,
    /// 1-based line in the file where the row starts.
    pub row: u64,
}

/// A column in a message: 1-based number and the header's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub number: usize,
    pub name: String,
}

/// Something wrong with one row; the row's values are not imported.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// 1-based line in the file where the row starts.
    pub row: u64,
    pub column: Option<Column>,
    pub kind: ProblemKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    /// The row has another number of fields than the header. `other_delimiter` is set when
    /// the row holds a delimiter other than the file's (mixed delimiters).
    FieldCount {
        found: usize,
        expected: usize,
        other_delimiter: Option<char>,
    },
    NotANumber {
        text: String,
    },
    BadPeriod {
        text: String,
    },
    EmptyArea,
    EmptyPeriod,
    EmptyIndicator,
    /// A quote opened in this row is never closed: the rest of the file became one cell.
    UnclosedQuote {
        lines_swallowed: u64,
    },
    /// The same area, period and indicator as an earlier row, with the same value.
    Duplicate {
        first_row: u64,
    },
    /// The same area, period and indicator as an earlier row, with another value.
    Conflict {
        first_row: u64,
        first_value: f64,
        value: f64,
    },
}

/// Something the user should know that does not stop a row.
#[derive(Debug, Clone, PartialEq)]
pub enum Note {
    /// A marker for a missing figure (`-`, `..`): the cell holds no value to import.
    Missing {
        row: u64,
        column: Column,
        text: String,
    },
    /// A row with one cell under the table (a footnote or a source line).
    Footnote { row: u64, text: String },
}

/// Progress of a [`ParseJob`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Progress {
    pub rows: u64,
    /// Share of the file read, 0 to 1.
    pub fraction: f64,
    pub done: bool,
}

/// Everything read from a file with a mapping.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub file_name: String,
    /// Data rows read (after the header, not counting blank rows).
    pub rows: u64,
    pub observations: Vec<Observation>,
    pub problems: Vec<Problem>,
    pub notes: Vec<Note>,
}

impl Parsed {
    /// Rows with at least one problem.
    pub fn rows_with_problems(&self) -> usize {
        let mut rows: Vec<u64> = self.problems.iter().map(|p| p.row).collect();
        rows.sort_unstable();
        rows.dedup();
        rows.len()
    }
}

type Key = (String, String, ObsPeriod);

/// Reads a sniffed file row by row with a mapping, in steps.
pub struct ParseJob {
    header: Vec<String>,
    header_line: u64,
    delimiter: u8,
    decimal: DecimalStyle,
    mapping: Mapping,
    /// Periods of the wide table's period columns.
    column_periods: Vec<Option<ObsPeriod>>,
    reader: csv::Reader<Cursor<Arc<[u8]>>>,
    record: csv::StringRecord,
    total_bytes: u64,
    seen: HashMap<Key, (u64, f64)>,
    /// One-cell rows, kept until it is known whether more data follows them.
    pending_footnotes: Vec<(u64, String)>,
    parsed: Parsed,
    done: bool,
}

impl ParseJob {
    /// Starts reading. Fails when the mapping cannot produce values.
    pub fn new(sniffed: &Sniffed, mapping: Mapping) -> Result<Self, MappingError> {
        mapping.check(&sniffed.header)?;
        let column_periods = sniffed
            .header
            .iter()
            .zip(&mapping.roles)
            .map(|(h, r)| {
                (*r == ColumnRole::PeriodValue)
                    .then(|| ObsPeriod::parse(h))
                    .flatten()
            })
            .collect();
        let reader = csv::ReaderBuilder::new()
            .delimiter(sniffed.delimiter)
            .has_headers(false)
            .flexible(true)
            .from_reader(Cursor::new(sniffed.text.clone()));
        Ok(Self {
            header: sniffed.header.clone(),
            header_line: sniffed.header_line,
            delimiter: sniffed.delimiter,
            decimal: sniffed.decimal,
            mapping,
            column_periods,
            reader,
            record: csv::StringRecord::new(),
            total_bytes: sniffed.text.len().max(1) as u64,
            seen: HashMap::new(),
            pending_footnotes: Vec::new(),
            parsed: Parsed {
                file_name: sniffed.file_name.clone(),
                rows: 0,
                observations: Vec::new(),
                problems: Vec::new(),
                notes: Vec::new(),
            },
            done: false,
        })
    }

    /// Reads up to `max_rows` more records.
    pub fn step(&mut self, max_rows: usize) -> Progress {
        let mut n = 0;
        while !self.done && n < max_rows {
            match self.reader.read_record(&mut self.record) {
                Ok(true) => {
                    n += 1;
                    let line = self.record.position().map_or(0, |p| p.line());
                    if line > self.header_line {
                        let record = std::mem::take(&mut self.record);
                        self.row(&record);
                        self.record = record;
                    }
                }
                Ok(false) => self.finish_rows(),
                // The reader only fails on bad UTF-8, and the text is decoded already.
                Err(_) => self.finish_rows(),
            }
        }
        Progress {
            rows: self.parsed.rows,
            fraction: if self.done {
                1.0
            } else {
                self.reader.position().byte() as f64 / self.total_bytes as f64
            },
            done: self.done,
        }
    }

    fn finish_rows(&mut self) {
        for (row, text) in std::mem::take(&mut self.pending_footnotes) {
            self.parsed.notes.push(Note::Footnote { row, text });
        }
        self.done = true;
    }

    /// Reads everything at once.
    pub fn run(mut self) -> Parsed {
        while !self.step(usize::MAX).done {}
        self.parsed
    }

    /// The result so far (everything, once [`Progress::done`]).
    pub fn into_parsed(self) -> Parsed {
        self.parsed
    }

    fn column(&self, i: usize) -> Column {
        Column {
            number: i + 1,
            name: self.header.get(i).cloned().unwrap_or_default(),
        }
    }

    fn problem(&mut self, row: u64, column: Option<usize>, kind: ProblemKind) {
        let column = column.map(|i| self.column(i));
        self.parsed.problems.push(Problem { row, column, kind });
    }

    fn row(&mut self, record: &csv::StringRecord) {
        let row = record.position().map_or(0, |p| p.line());
        let filled: Vec<usize> = (0..record.len())
            .filter(|&i| !record[i].trim().is_empty())
            .collect();
        if filled.is_empty() {
            return;
        }
        // A quote that never closes swallows the rest of the file into one field.
        if let Some(i) = (0..record.len()).find(|&i| record[i].contains('\n')) {
            if record.len() != self.header.len() || self.reader.is_done() {
                let lines_swallowed = record[i].trim_end().matches('\n').count() as u64;
                self.flush_footnotes_as_problems();
                self.parsed.rows += 1;
                self.problem(row, Some(i), ProblemKind::UnclosedQuote { lines_swallowed });
                return;
            }
        }
        // One cell under a table of several columns: a footnote, unless rows follow it.
        if filled == [0] && self.header.len() > 2 {
            self.pending_footnotes
                .push((row, record[0].trim().to_owned()));
            return;
        }
        self.flush_footnotes_as_problems();
        self.parsed.rows += 1;
        let used = self.header.len();
        let extra_filled = (used..record.len()).any(|i| !record[i].trim().is_empty());
        if record.len() < used || extra_filled {
            let raw: String = record.iter().collect::<Vec<_>>().join("");
            let other_delimiter = self.other_delimiter(&raw);
            let needed = self
                .mapping
                .roles
                .iter()
                .rposition(|r| *r != ColumnRole::Ignore)
                .map_or(0, |i| i + 1);
            if record.len() < needed || extra_filled {
                self.problem(
                    row,
                    None,
                    ProblemKind::FieldCount {
                        found: record.len(),
                        expected: used,
                        other_delimiter,
                    },
                );
                return;
            }
        }
        self.values(row, record);
    }

    /// A delimiter other than the file's in a row's text: a sign of mixed delimiters.
    fn other_delimiter(&self, raw: &str) -> Option<char> {
        sniff::DELIMITERS
            .iter()
            .copied()
            .filter(|d| *d != self.delimiter)
            .find(|d| raw.contains(*d as char))
            .map(|d| d as char)
    }

    /// One-cell rows followed by more data are not footnotes but broken rows.
    fn flush_footnotes_as_problems(&mut self) {
        for (row, text) in std::mem::take(&mut self.pending_footnotes) {
            self.parsed.rows += 1;
            let other_delimiter = self.other_delimiter(&text);
            self.problem(
                row,
                None,
                ProblemKind::FieldCount {
                    found: 1,
                    expected: self.header.len(),
                    other_delimiter,
                },
            );
        }
    }

    fn values(&mut self, row: u64, record: &csv::StringRecord) {
        let cell = |i: usize| record.get(i).map(str::trim).unwrap_or("");
        let mut area = self.mapping.fixed_area.trim().to_owned();
        let mut period = None;
        let mut dims: Vec<&str> = Vec::new();
        let mut bad = false;
        for (i, role) in self.mapping.roles.clone().iter().enumerate() {
            match role {
                ColumnRole::Area => {
                    area = canonical_area(cell(i));
                    if area.is_empty() {
                        self.problem(row, Some(i), ProblemKind::EmptyArea);
                        bad = true;
                    }
                }
                ColumnRole::Period => {
                    let text = cell(i);
                    if text.is_empty() {
                        self.problem(row, Some(i), ProblemKind::EmptyPeriod);
                        bad = true;
                    } else if let Some(p) = ObsPeriod::parse(text) {
                        period = Some(p);
                    } else {
                        self.problem(
                            row,
                            Some(i),
                            ProblemKind::BadPeriod {
                                text: text.to_owned(),
                            },
                        );
                        bad = true;
                    }
                }
                ColumnRole::Dimension => {
                    let text = cell(i);
                    if !text.is_empty() {
                        dims.push(text);
                    }
                }
                _ => {}
            }
        }
        if bad {
            return;
        }
        // Values: one per measure column, or one per period column.
        let mut values: Vec<(usize, String, ObsPeriod, f64)> = Vec::new();
        for (i, role) in self.mapping.roles.clone().iter().enumerate() {
            let (name, p) = match role {
                ColumnRole::Value => {
                    let header = &self.header[i];
                    let name = if sniff::is_generic_value_header(header) {
                        self.mapping.indicator_name.trim().to_owned()
                    } else {
                        header.clone()
                    };
                    match period {
                        Some(p) => (name, p),
                        None => continue,
                    }
                }
                ColumnRole::PeriodValue => match self.column_periods[i] {
                    Some(p) => (self.mapping.indicator_name.trim().to_owned(), p),
                    None => continue,
                },
                _ => continue,
            };
            let text = cell(i);
            match cells::parse_cell(text, self.decimal) {
                Cell::Missing => self.parsed.notes.push(Note::Missing {
                    row,
                    column: self.column(i),
                    text: text.to_owned(),
                }),
                Cell::NotANumber => {
                    self.problem(
                        row,
                        Some(i),
                        ProblemKind::NotANumber {
                            text: text.to_owned(),
                        },
                    );
                    bad = true;
                }
                Cell::Number(v) => {
                    let v = if self.mapping.percent_scale {
                        // Rounded so that 0,153 becomes 15,3 and not 15,299999999999999.
                        (v * 100.0 * 1e9).round() / 1e9
                    } else {
                        v
                    };
                    values.push((i, indicator_label(&name, &dims), p, v));
                }
            }
        }
        if bad {
            return;
        }
        for (i, indicator, period, value) in values {
            if indicator.is_empty() {
                self.problem(row, Some(i), ProblemKind::EmptyIndicator);
                continue;
            }
            let key = (area.clone(), indicator.clone(), period);
            if let Some(&(first_row, first_value)) = self.seen.get(&key) {
                let kind = if first_value == value {
                    ProblemKind::Duplicate { first_row }
                } else {
                    ProblemKind::Conflict {
                        first_row,
                        first_value,
                        value,
                    }
                };
                self.problem(row, Some(i), kind);
                continue;
            }
            self.seen.insert(key, (row, value));
            self.parsed.observations.push(Observation {
                area: area.clone(),
                indicator,
                period,
                value,
                row,
            });
        }
    }
}

/// "Antal fuldtidspersoner" with groups ["Kontanthjælp"] → "Antal fuldtidspersoner
/// (Kontanthjælp)"; without a name, the groups alone.
pub fn indicator_label(name: &str, dims: &[&str]) -> String {
    match (name.is_empty(), dims.is_empty()) {
        (_, true) => name.to_owned(),
        (true, false) => dims.join(", "),
        (false, false) => format!("{name} ({})", dims.join(", ")),
    }
}

/// Every problem and note of a reading as CSV (row, column, message), for the user to
/// download and fix the file with.
pub fn problems_csv(parsed: &Parsed, lang: crate::Lang) -> String {
    let mut w = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(Vec::new());
    let header = match lang {
        crate::Lang::Da => ["Række", "Kolonne", "Type", "Besked"],
        crate::Lang::En => ["Row", "Column", "Kind", "Message"],
    };
    let _ = w.write_record(header);
    let kind = |problem: bool| match (problem, lang) {
        (true, crate::Lang::Da) => "Fejl",
        (true, crate::Lang::En) => "Problem",
        (false, crate::Lang::Da) => "Bemærkning",
        (false, crate::Lang::En) => "Note",
    };
    for p in &parsed.problems {
        let column = p
            .column
            .as_ref()
            .map(|c| c.number.to_string())
            .unwrap_or_default();
        let _ = w.write_record([
            p.row.to_string(),
            column,
            kind(true).to_owned(),
            p.message(&parsed.file_name, lang),
        ]);
    }
    for n in &parsed.notes {
        let column = match n {
            Note::Missing { column, .. } => column.number.to_string(),
            Note::Footnote { .. } => String::new(),
        };
        let _ = w.write_record([
            n.row().to_string(),
            column,
            kind(false).to_owned(),
            n.message(&parsed.file_name, lang),
        ]);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// Decodes and sniffs a file: the first step of an import.
pub fn open(file_name: &str, bytes: &[u8]) -> Result<Sniffed, FileError> {
    sniff::sniff(file_name, decode::decode(bytes)?)
}

/// Reads a whole file with the guessed mapping (tests, the command line).
pub fn read_all(file_name: &str, bytes: &[u8]) -> Result<(Sniffed, Parsed), ReadError> {
    let sniffed = open(file_name, bytes).map_err(ReadError::File)?;
    let job = ParseJob::new(&sniffed, sniffed.mapping.clone()).map_err(ReadError::Mapping)?;
    let parsed = job.run();
    Ok((sniffed, parsed))
}

/// Why [`read_all`] could not read a file.
#[derive(Debug, Clone, PartialEq)]
pub enum ReadError {
    File(FileError),
    Mapping(MappingError),
}
