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

pub mod area_summary;
pub mod areas;
pub mod cells;
pub mod decode;
mod json;
pub mod limits;
mod messages;
mod parse;
pub mod sniff;

use serde::{Deserialize, Serialize};

pub use areas::{AreaKind, KnownArea};
pub use cells::{canonical_area, DecimalStyle, NATIONAL};
pub use decode::{FileText, TextEncoding, MAX_FILE_BYTES};
pub use messages::problems_csv;
pub use parse::{indicator_label, ParseJob};
pub use sniff::{Format, Sniffed};

use super::ObsPeriod;

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
    /// Text that starts like JSON but is not valid JSON.
    Json {
        line: u64,
        column: u64,
    },
    /// Valid JSON with no list of records in it.
    JsonNoRecords,
    /// A row with more than [`limits::MAX_COLUMNS`] fields split by `delimiter`.
    TooManyColumns {
        row: u64,
        columns: usize,
        delimiter: char,
    },
    /// More than [`limits::MAX_CELLS`] cells; `row` is where the limit was passed.
    TooManyCells {
        cells: u64,
        row: u64,
    },
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

    /// A column of numbers to import.
    pub fn holds_values(self) -> bool {
        matches!(self, ColumnRole::Value | ColumnRole::PeriodValue)
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
    /// Per column: a blank cell takes the label above it (a stub column of a Statbank web
    /// table, or any column whose repeated labels are left blank).
    #[serde(default)]
    pub fill_down: Vec<bool>,
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
    /// Whether blank cells of a column take the label above.
    pub fn fills_down(&self, column: usize) -> bool {
        self.fill_down.get(column).copied().unwrap_or(false)
    }

    /// Checks that the mapping can produce values from a file whose header names these
    /// periods (see [`Sniffed::check`]).
    pub fn check(&self, periods: &[Option<ObsPeriod>]) -> Result<(), MappingError> {
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
            if *role == ColumnRole::PeriodValue && periods.get(i).copied().flatten().is_none() {
                return Err(MappingError::NotAPeriodHeader { column: i + 1 });
            }
        }
        Ok(())
    }
}

/// One value read from a file. The area and the indicator are shared by every value of a
/// reading that has them (a large file repeats a few of each on every row).
#[derive(Debug, Clone, PartialEq)]
pub struct Observation {
    pub area: std::sync::Arc<str>,
    pub indicator: std::sync::Arc<str>,
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
    /// A value cell whose quotes do not enclose the whole cell (`12"3`, `"12"3`).
    QuoteInNumber {
        text: String,
    },
    /// An area cell with a quote in it (`Slagelse Kommun"e`): no area's name has one.
    QuoteInArea {
        text: String,
    },
    /// A value cell with a line break inside its quotes (`"7⏎8"`).
    LineBreakInNumber {
        text: String,
    },
    /// A number beyond [`limits::MAX_MAGNITUDE`] (`1e308`).
    TooLarge {
        text: String,
    },
    /// The value that would pass [`limits::MAX_VALUES`]: the reading stopped here.
    TooManyValues,
    /// The problem that would pass [`limits::MAX_PROBLEMS`]: the reading stopped here.
    TooManyProblems,
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
    /// Text holding the replacement character (U+FFFD): letters lost before the file reached
    /// the app. Read as written; said once per text and column.
    Unreadable {
        row: u64,
        column: Option<Column>,
        text: String,
    },
    /// Notes beyond [`limits::MAX_NOTES`], counted and not listed; `row` is the last row read.
    Omitted { row: u64, count: u64 },
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

/// Decodes and sniffs a file: the first step of an import.
pub fn open(file_name: &str, bytes: &[u8]) -> Result<Sniffed, FileError> {
    let decoded = decode::decode(bytes)?;
    open_decoded(file_name, decoded, bytes.len())
}

/// As [`open`], taking the bytes: a UTF-8 file becomes the text where it lies, so a large
/// file is held once, not twice.
pub fn open_owned(file_name: &str, bytes: Vec<u8>) -> Result<Sniffed, FileError> {
    let size = bytes.len();
    let decoded = decode::decode_owned(bytes)?;
    open_decoded(file_name, decoded, size)
}

fn open_decoded(
    file_name: &str,
    decoded: decode::Decoded,
    size: usize,
) -> Result<Sniffed, FileError> {
    if !json::looks_like_json(&decoded.text) {
        return sniff::sniff(file_name, decoded);
    }
    // Every value of a JSON file is followed by a comma: their count bounds the work before
    // the JSON is parsed.
    limits::scan(decoded.text.as_bytes()).check_cells(b',')?;
    let table = FileText::from(json::to_table(&decoded.text)?);
    let meta = decode::Decoded {
        text: String::new(),
        ..decoded
    };
    let mut s = sniff::sniff_with_delimiter(file_name, &meta, table, b';')?;
    s.format = Format::Json;
    s.row_offset = 1;
    s.bytes = size;
    Ok(s)
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
