//! How much work a file may give, besides its size in bytes ([`super::MAX_FILE_BYTES`]): the
//! columns of a row, the cells of the file, the values, problems and notes of a reading, and
//! the magnitude of a value. Each is checked before the memory it would take is used: the
//! columns and the cells by one pass over the text before any row is split ([`scan`]), the
//! values, problems and notes as they are read (the reading stops at the limit), so that a
//! file of millions of one-character cells is refused with a message instead of filling a
//! browser tab.

use super::sniff::DELIMITERS;
use super::FileError;

/// The most columns a row may have: Excel's own limit (XFD).
pub const MAX_COLUMNS: usize = 16_384;
/// The most cells a file may have (every field of every row, blank or not). A whole
/// jobindsats.dk extract of the 98 municipalities, 20 groups and 120 months is about 1,2
/// million cells.
pub const MAX_CELLS: u64 = 5_000_000;
/// The most values one reading gives: four times the 235.200 values of that extract.
pub const MAX_VALUES: usize = 1_000_000;
/// The most problems one reading lists: a file with more rows in error is another table than
/// the columns were read as, and the reading stops there.
pub const MAX_PROBLEMS: usize = 10_000;
/// The most notes one reading lists; the rest are counted.
pub const MAX_NOTES: usize = 10_000;
/// The largest magnitude of a value: a million million thousand kroner, as the largest amount
/// a scenario may hold ([`crate::guard::bounds::MAX_TKR`] in kroner). A count, a share or an
/// amount beyond it is a mistake, and later sums and trends of it could overflow.
pub const MAX_MAGNITUDE: f64 = crate::guard::bounds::MAX_TKR * 1000.0;
/// The most characters of a cell a message repeats.
const EXCERPT_CHARS: usize = 60;

/// The rows and cells of a text, counted for each delimiter the sniffer tries.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Extent {
    per_delimiter: [Count; 3],
}

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Count {
    /// Fields of every non-blank line.
    cells: u64,
    /// The line where the cells first passed [`MAX_CELLS`].
    over_at: Option<u64>,
    /// The widest line and its fields.
    widest: usize,
    widest_line: u64,
}

/// Counts the fields of every line for each delimiter, in one pass and without splitting
/// anything. Quotes are not followed: a delimiter inside a quoted cell counts too, so the
/// counts are at least the CSV reader's.
pub fn scan(text: &[u8]) -> Extent {
    let mut extent = Extent::default();
    let mut line = 1u64;
    let mut in_line = [0usize; 3];
    let mut blank = true;
    let end_line = |extent: &mut Extent, line: u64, in_line: &mut [usize; 3]| {
        for (count, n) in extent.per_delimiter.iter_mut().zip(in_line.iter_mut()) {
            let fields = *n + 1;
            count.cells += fields as u64;
            if count.cells > MAX_CELLS && count.over_at.is_none() {
                count.over_at = Some(line);
            }
            if fields > count.widest {
                count.widest = fields;
                count.widest_line = line;
            }
            *n = 0;
        }
    };
    for &b in text {
        match b {
            b'\n' => {
                if !blank {
                    end_line(&mut extent, line, &mut in_line);
                }
                blank = true;
                line += 1;
                continue;
            }
            b';' => in_line[0] += 1,
            b',' => in_line[1] += 1,
            b'\t' => in_line[2] += 1,
            _ => {}
        }
        blank = false;
    }
    if !blank {
        end_line(&mut extent, line, &mut in_line);
    }
    extent
}

fn index(delimiter: u8) -> usize {
    DELIMITERS.iter().position(|d| *d == delimiter).unwrap_or(0)
}

impl Extent {
    /// Refuses a text with a row wider than [`MAX_COLUMNS`] for any delimiter, before any
    /// row is split into cells.
    pub fn check_columns(&self) -> Result<(), FileError> {
        for (count, delimiter) in self.per_delimiter.iter().zip(DELIMITERS) {
            if count.widest > MAX_COLUMNS {
                return Err(FileError::TooManyColumns {
                    row: count.widest_line,
                    columns: count.widest,
                    delimiter: delimiter as char,
                });
            }
        }
        Ok(())
    }

    /// Refuses a text with more than [`MAX_CELLS`] cells split by the delimiter.
    pub fn check_cells(&self, delimiter: u8) -> Result<(), FileError> {
        let count = self.per_delimiter[index(delimiter)];
        match count.over_at {
            Some(row) => Err(FileError::TooManyCells {
                cells: count.cells,
                row,
            }),
            None => Ok(()),
        }
    }
}

/// A cell's text for a message: at most [`EXCERPT_CHARS`] characters, a line break shown as
/// ⏎, and … where it was cut.
pub fn excerpt(text: &str) -> String {
    let mut out: String = text
        .chars()
        .take(EXCERPT_CHARS)
        .map(|c| if c == '\n' { '⏎' } else { c })
        .collect();
    if text.chars().nth(EXCERPT_CHARS).is_some() {
        out.push('…');
    }
    out
}

/// How a cell's raw text in the file was quoted, for the cells of one record.
///
/// The CSV reader takes `12"3` as the text `12"3` and `"12"3` as `123`: a quote that does
/// not open and close a whole cell is kept or dropped silently. This reads the record's raw
/// bytes as the reader does and marks each field whose quotes are not a clean pair around
/// the whole cell (doubled quotes inside allowed).
pub fn stray_quotes(raw: &[u8], delimiter: u8, out: &mut Vec<bool>) {
    out.clear();
    if raw.contains(&b'"') {
        raw_fields(raw, delimiter, |_, stray| out.push(stray));
    }
}

/// The raw text of field `i` of a record, as written in the file (quotes and all).
pub fn raw_field(raw: &[u8], delimiter: u8, i: usize) -> Option<&str> {
    let mut found = None;
    let mut n = 0;
    raw_fields(raw, delimiter, |range, _| {
        if n == i {
            found = Some(range);
        }
        n += 1;
    });
    std::str::from_utf8(raw.get(found?)?).ok()
}

/// Calls `field` with each field's byte range in the raw record and whether its quotes are
/// stray, reading as the CSV reader does.
fn raw_fields(raw: &[u8], delimiter: u8, mut field: impl FnMut(std::ops::Range<usize>, bool)) {
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        Start,
        Plain,
        Quoted,
        /// A quote inside a quoted cell: the end of the cell, or the first of two.
        QuoteInQuoted,
    }
    let mut state = State::Start;
    let (mut stray, mut start) = (false, 0);
    for (i, &b) in raw.iter().enumerate() {
        let end = b == delimiter || b == b'\n';
        state = match (state, b) {
            (State::Quoted, b'"') => State::QuoteInQuoted,
            (State::Quoted, _) => State::Quoted,
            (State::QuoteInQuoted, b'"') => State::Quoted,
            (State::Start, b'"') => State::Quoted,
            (_, _) if end => {
                field(start..i, stray);
                (stray, start) = (false, i + 1);
                if b == b'\n' {
                    return;
                }
                State::Start
            }
            (State::QuoteInQuoted, _) | (State::Plain, b'"') => {
                stray = true;
                State::Plain
            }
            (_, _) => State::Plain,
        };
    }
    if state != State::Start || start == 0 {
        field(start..raw.len(), stray || state == State::Quoted);
    }
}

#[cfg(test)]
mod tests;
