//! Reading a sniffed file's rows into observations, in steps.

use std::collections::HashMap;
use std::io::Cursor;
use std::sync::Arc;

use super::cells::{self, Cell};
use super::sniff::{self, Sniffed};
use super::{
    canonical_area, Column, ColumnRole, DecimalStyle, Mapping, MappingError, Note, Observation,
    Parsed, Problem, ProblemKind, Progress,
};
use crate::indicators::ObsPeriod;

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
