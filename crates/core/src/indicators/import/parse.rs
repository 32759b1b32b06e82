//! Reading a sniffed file's rows into observations, in steps.

use std::io::Cursor;
use std::sync::Arc;

use super::decode::FileText;
use super::limits::{self, MAX_NOTES, MAX_PROBLEMS};
use super::sniff::{self, Sniffed};
use super::{
    Column, ColumnRole, DecimalStyle, Mapping, MappingError, Note, Parsed, Problem, ProblemKind,
    Progress,
};
use crate::indicators::ObsPeriod;

mod rows;
mod values;

/// The line a record starts on. The CSV reader gives the place where it began to read the
/// record, which is before the empty lines it skipped to reach it: a row after an empty line
/// would be named one line too early.
pub(super) fn record_line(text: &[u8], position: Option<&csv::Position>) -> Option<u64> {
    let p = position?;
    let rest = text.get(p.byte() as usize..).unwrap_or_default();
    let skipped = rest
        .iter()
        .take_while(|b| matches!(b, b'\n' | b'\r'))
        .filter(|b| **b == b'\n')
        .count();
    Some(p.line() + skipped as u64)
}

/// A row kept until it is known whether more data follows it.
struct Pending {
    row: u64,
    text: String,
    /// A row of labels only (a nested stub): never a problem.
    labels: bool,
    /// A one-cell row as wide as the table (`Læsø;;`): read as a row without figures when
    /// data follows it, rather than as a row of the wrong width.
    full: Option<csv::StringRecord>,
}

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
    /// Section rows (line, name) and how many of them were passed: the first section's rows
    /// take the mapping's indicator name, later sections their own.
    sections: Vec<(u64, String)>,
    section: usize,
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
    /// The file's text, to see whether a quote spanning lines was closed and how the
    /// record's cells were quoted.
    text: FileText,
    reader: csv::Reader<Cursor<FileText>>,
    record: csv::StringRecord,
    /// Per cell of the record being read: its quotes are stray ([`limits::stray_quotes`]).
    stray_quotes: Vec<bool>,
    /// The bytes of the record being read in the text.
    record_bytes: std::ops::Range<usize>,
    /// Notes past [`MAX_NOTES`], counted.
    omitted_notes: u64,
    /// The last row read, for the note that counts the omitted ones.
    last_row: u64,
    /// A limit was reached: the reading ends after this row.
    stopped: bool,
    total_bytes: u64,
    /// The roles of the mapping, shared with each row.
    roles: Arc<[ColumnRole]>,
    texts: values::Texts,
    /// One-cell rows, kept until it is known whether more data follows them; `true` for
    /// rows of labels only (a nested stub), which are never problems.
    pending_footnotes: Vec<Pending>,
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
            sections: sniffed.sections.clone(),
            section: 0,
            labels: vec![String::new(); sniffed.header.len()],
            code_prefix,
            unreadable: Vec::new(),
            any_unreadable: sniffed.text.as_str().contains('\u{fffd}')
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
            stray_quotes: Vec::new(),
            record_bytes: 0..0,
            omitted_notes: 0,
            last_row: 0,
            stopped: false,
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
        self.note(Note::Unreadable {
            row,
            column,
            text: text.to_owned(),
        });
    }

    /// Reads up to `max_rows` more records.
    pub fn step(&mut self, max_rows: usize) -> Progress {
        let mut n = 0;
        // The record is reused for every row of the step.
        let mut record = std::mem::take(&mut self.record);
        while !self.done && n < max_rows {
            match self.reader.read_record(&mut record) {
                Ok(true) => {
                    n += 1;
                    let line = record_line(&self.text, record.position()).unwrap_or(0);
                    if line > self.header_line {
                        self.mark_stray_quotes(&record);
                        self.row(&record);
                    }
                    if self.stopped {
                        self.finish_rows();
                    }
                }
                Ok(false) => self.finish_rows(),
                // The reader only fails on bad UTF-8, and the text is decoded already.
                Err(_) => self.finish_rows(),
            }
        }
        self.record = record;
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
        for p in std::mem::take(&mut self.pending_footnotes) {
            self.note(Note::Footnote {
                row: p.row,
                text: p.text,
            });
        }
        if self.omitted_notes > 0 {
            self.parsed.notes.push(Note::Omitted {
                row: self.last_row,
                count: std::mem::take(&mut self.omitted_notes),
            });
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

    /// Lists a problem; the one past [`MAX_PROBLEMS`] stops the reading instead.
    fn problem(&mut self, row: u64, column: Option<usize>, kind: ProblemKind) {
        if self.stopped {
            return;
        }
        let (column, kind) = if self.parsed.problems.len() >= MAX_PROBLEMS {
            self.stopped = true;
            (None, ProblemKind::TooManyProblems)
        } else {
            (column.map(|i| self.column(i)), kind)
        };
        self.parsed.problems.push(Problem { row, column, kind });
    }

    /// Lists a note, or counts it past [`MAX_NOTES`].
    fn note(&mut self, note: Note) {
        if self.parsed.notes.len() >= MAX_NOTES {
            self.omitted_notes += 1;
        } else {
            self.parsed.notes.push(note);
        }
    }

    /// Which cells of the record just read have stray quotes in the file's raw text.
    fn mark_stray_quotes(&mut self, record: &csv::StringRecord) {
        // From the record's first byte, past the empty lines the reader skipped to reach it
        // (see [`record_line`]), so the raw fields line up with the record's.
        let from = record.position().map_or(0, |p| p.byte() as usize);
        let end = (self.reader.position().byte() as usize).min(self.text.len());
        let skipped = self.text.get(from..end).unwrap_or_default();
        let start = from
            + skipped
                .iter()
                .take_while(|b| matches!(b, b'\n' | b'\r'))
                .count();
        self.record_bytes = start..end.max(start);
        let raw = self.text.get(start..end).unwrap_or_default();
        limits::stray_quotes(raw, self.delimiter, &mut self.stray_quotes);
    }

    /// Cell `i` of the record being read as written in the file, for a message.
    fn raw_cell(&self, i: usize, text: &str) -> String {
        let raw = self.text.get(self.record_bytes.clone()).unwrap_or_default();
        limits::excerpt(limits::raw_field(raw, self.delimiter, i).map_or(text, str::trim))
    }

    /// Whether cell `i` of the record being read has a stray quote (or any quote in `text`).
    fn stray_quote(&self, i: usize, text: &str) -> bool {
        text.contains('"') || self.stray_quotes.get(i).copied().unwrap_or(false)
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
        let line = record_line(&self.text, record.position()).unwrap_or(0);
        let row = line.saturating_sub(self.row_offset);
        self.last_row = row;
        // Most rows are full: the list of filled cells is only made for the few that are not.
        let mut filled = std::mem::take(&mut self.filled);
        filled.clear();
        filled.extend((0..record.len()).filter(|&i| !record[i].trim().is_empty()));
        if !filled.is_empty() {
            self.classify(row, record, &filled);
        }
        self.filled = filled;
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

#[cfg(test)]
mod tests;
