//! Reading a sniffed file's rows into observations, in steps.

use std::io::Cursor;
use std::sync::Arc;

use super::sniff::{self, Sniffed};
use super::{
    Column, ColumnRole, DecimalStyle, Mapping, MappingError, Note, Parsed, Problem, ProblemKind,
    Progress,
};
use crate::indicators::ObsPeriod;

mod values;

/// Reads a sniffed file row by row with a mapping, in steps.
pub struct ParseJob {
    header: Vec<String>,
    header_line: u64,
    delimiter: u8,
    decimal: DecimalStyle,
    mapping: Mapping,
    /// Periods of the wide table's period columns.
    column_periods: Vec<Option<ObsPeriod>>,
    /// The measure a column's second header row names.
    measures: Vec<String>,
    /// Labels of the filled-down columns, from the rows above.
    labels: Vec<String>,
    /// Dimension columns whose codes are labelled with the header (`KØN 1`).
    code_prefix: Vec<Option<String>>,
    /// Whether the file holds the replacement character at all.
    any_unreadable: bool,
    /// The filled cells of the row being read (kept to spare an allocation per row).
    filled: Vec<usize>,
    /// Texts with unreadable characters already noted, by column.
    unreadable: Vec<(Option<usize>, String)>,
    row_offset: u64,
    /// Per column: blank cells take the label above.
    fill: Arc<[bool]>,
    /// The file's text, to see whether a quote spanning lines was closed.
    text: Arc<[u8]>,
    reader: csv::Reader<Cursor<Arc<[u8]>>>,
    record: csv::StringRecord,
    total_bytes: u64,
    /// The roles of the mapping, shared with each row.
    roles: Arc<[ColumnRole]>,
    texts: values::Texts,
    /// One-cell rows, kept until it is known whether more data follows them; `true` for
    /// rows of labels only (a nested stub), which are never problems.
    pending_footnotes: Vec<(u64, String, bool)>,
    parsed: Parsed,
    done: bool,
}

impl ParseJob {
    /// Starts reading. Fails when the mapping cannot produce values.
    pub fn new(sniffed: &Sniffed, mapping: Mapping) -> Result<Self, MappingError> {
        sniffed.check(&mapping)?;
        let column_periods = sniffed
            .periods
            .iter()
            .zip(&mapping.roles)
            .map(|(p, r)| {
                if *r == ColumnRole::PeriodValue {
                    *p
                } else {
                    None
                }
            })
            .collect();
        let code_prefix = sniffed
            .header
            .iter()
            .zip(&mapping.roles)
            .map(|(h, r)| (*r == ColumnRole::Dimension && !h.is_empty()).then(|| h.clone()))
            .collect();
        let reader = csv::ReaderBuilder::new()
            .delimiter(sniffed.delimiter)
            .has_headers(false)
            .flexible(true)
            .from_reader(Cursor::new(sniffed.text.clone()));
        let roles: Arc<[ColumnRole]> = mapping.roles.iter().copied().collect();
        let mut job = Self {
            roles,
            measures: sniffed.measures.clone(),
            labels: vec![String::new(); sniffed.header.len()],
            code_prefix,
            unreadable: Vec::new(),
            any_unreadable: std::str::from_utf8(&sniffed.text)
                .is_ok_and(|t| t.contains('\u{fffd}'))
                || sniffed
                    .title
                    .iter()
                    .chain(&sniffed.header)
                    .any(|t| t.contains('\u{fffd}')),
            filled: Vec::new(),
            row_offset: sniffed.row_offset,
            fill: (0..sniffed.header.len())
                .map(|i| mapping.fills_down(i))
                .collect(),
            text: sniffed.text.clone(),
            header: sniffed.header.clone(),
            header_line: sniffed.header_line,
            delimiter: sniffed.delimiter,
            decimal: sniffed.decimal,
            mapping,
            column_periods,
            reader,
            record: csv::StringRecord::new(),
            total_bytes: sniffed.text.len().max(1) as u64,
            texts: values::Texts::default(),
            pending_footnotes: Vec::new(),
            parsed: Parsed {
                file_name: sniffed.file_name.clone(),
                rows: 0,
                observations: Vec::new(),
                problems: Vec::new(),
                notes: Vec::new(),
            },
            done: false,
        };
        for (line, title) in sniffed.title_lines.iter().zip(&sniffed.title) {
            job.note_unreadable(*line, None, title);
        }
        for (i, h) in sniffed.header.iter().enumerate() {
            job.note_unreadable(sniffed.header_line, Some(i), h);
        }
        Ok(job)
    }

    /// Notes text with the replacement character, once per text and column.
    fn note_unreadable(&mut self, line: u64, column: Option<usize>, text: &str) {
        if !self.any_unreadable || !text.contains('\u{fffd}') {
            return;
        }
        if self
            .unreadable
            .iter()
            .any(|(c, t)| *c == column && t == text)
        {
            return;
        }
        self.unreadable.push((column, text.to_owned()));
        let row = line.saturating_sub(self.row_offset);
        let column = column.map(|i| self.column(i));
        self.parsed.notes.push(Note::Unreadable {
            row,
            column,
            text: text.to_owned(),
        });
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
        for (row, text, _) in std::mem::take(&mut self.pending_footnotes) {
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

    /// Whether the text just read ends in a closing quote: a quoted cell spanning lines that
    /// was closed, not a quote that swallowed the rest of the file.
    fn quote_closed(&self) -> bool {
        let end = (self.reader.position().byte() as usize).min(self.text.len());
        self.text[..end]
            .iter()
            .rev()
            .find(|b| !b.is_ascii_whitespace())
            .is_some_and(|b| *b == b'"')
    }

    fn row(&mut self, record: &csv::StringRecord) {
        let line = record.position().map_or(0, |p| p.line());
        let row = line.saturating_sub(self.row_offset);
        // Most rows are full: the list of filled cells is only made for the few that are not.
        let mut filled = std::mem::take(&mut self.filled);
        filled.clear();
        filled.extend((0..record.len()).filter(|&i| !record[i].trim().is_empty()));
        if !filled.is_empty() {
            self.classify(row, record, &filled);
        }
        self.filled = filled;
    }

    fn classify(&mut self, row: u64, record: &csv::StringRecord, filled: &[usize]) {
        // A quote that never closes swallows the rest of the file into one field.
        if let Some(i) = (0..record.len()).find(|&i| record[i].contains('\n')) {
            let one_cell = filled.len() == 1;
            if (record.len() != self.header.len() || self.reader.is_done())
                && !(one_cell && self.quote_closed())
            {
                let lines_swallowed = record[i].trim_end().matches('\n').count() as u64;
                self.flush_footnotes_as_problems();
                self.parsed.rows += 1;
                self.problem(row, Some(i), ProblemKind::UnclosedQuote { lines_swallowed });
                return;
            }
        }
        // A row of labels in filled-down columns and no values (a nested stub): it only
        // sets the labels of the rows below.
        let label_row = filled.iter().all(|&i| {
            self.mapping.fills_down(i)
                || self
                    .mapping
                    .roles
                    .get(i)
                    .is_none_or(|r| *r == ColumnRole::Ignore)
        }) && filled.iter().any(|&i| self.mapping.fills_down(i));
        if label_row {
            let text = filled
                .iter()
                .map(|&i| record[i].trim())
                .collect::<Vec<_>>()
                .join(" ");
            self.take_labels(record);
            self.pending_footnotes.push((row, collapse(&text), true));
            return;
        }
        // One cell under a table of several columns: a footnote, unless rows follow it.
        if filled == [0usize] && self.header.len() > 2 {
            self.pending_footnotes
                .push((row, collapse(record[0].trim()), false));
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
        for (row, text, labels) in std::mem::take(&mut self.pending_footnotes) {
            if labels {
                continue;
            }
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

    /// Labels of the filled-down columns a row sets; a label clears those to its right.
    fn take_labels(&mut self, record: &csv::StringRecord) {
        for i in 0..self.labels.len() {
            if !self.mapping.fills_down(i) {
                continue;
            }
            let text = record.get(i).map(str::trim).unwrap_or("");
            if !text.is_empty() {
                if self.labels[i] != text {
                    self.labels[i].clear();
                    self.labels[i].push_str(text);
                }
                for j in i + 1..self.labels.len() {
                    if self.mapping.fills_down(j) {
                        self.labels[j].clear();
                    }
                }
            }
        }
    }

    fn values(&mut self, row: u64, record: &csv::StringRecord) {
        self.take_labels(record);
        let labels = std::mem::take(&mut self.labels);
        self.values_with(row, record, &labels);
        self.labels = labels;
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

/// Text on one line with single spaces (a footnote cell that spans lines).
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
