//! One data row's values: its area, period and groupings, and a value per value column.
//!
//! Areas, periods and indicator names repeat on every row of a large file, so each text is
//! read once and then found again by the cell's text ([`Texts`]); the duplicate check runs on
//! numbers. A 100.000-row file then costs a few allocations per value, not a dozen.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Arc;

use super::ParseJob;
use crate::indicators::import::cells::{self, Cell};
use crate::indicators::import::limits::{excerpt, MAX_MAGNITUDE, MAX_VALUES};
use crate::indicators::import::{canonical_area, ColumnRole, Note, Observation, ProblemKind};
use crate::indicators::ObsPeriod;

/// A fast hash for short keys read from the file itself (FxHash's mixing step). The keys
/// are not chosen by an attacker who could profit from collisions: the file is the user's.
#[derive(Default, Clone, Copy)]
pub(super) struct Fx(u64);

impl Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
    }
    fn write_u8(&mut self, n: u8) {
        self.add(n.into());
    }
    fn write_u32(&mut self, n: u32) {
        self.add(n.into());
    }
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

impl Fx {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

pub(super) type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<Fx>>;

/// The texts of a reading, each stored once.
#[derive(Default)]
pub(super) struct Texts {
    /// Cell text → the area's number in `area_names`.
    areas: FxMap<String, u32>,
    area_names: Vec<Arc<str>>,
    /// The last area cell read and its number: rows of one area usually follow each other.
    last_area: Option<(String, u32)>,
    periods: FxMap<String, Option<ObsPeriod>>,
    /// Value column and groupings (see `key`) → the indicator's number in `indicators`.
    labels: FxMap<String, u32>,
    indicators: Vec<Arc<str>>,
    /// The groupings of the row being read, each followed by `SEP`.
    key: String,
    /// The key of an indicator being looked up.
    lookup: String,
    /// The values of the row being read.
    values: Vec<(usize, u32, ObsPeriod, f64)>,
    /// (area, indicator, period) → the first row and value read for it.
    pub(super) seen: FxMap<(u32, u32, ObsPeriod), (u64, f64)>,
}

const SEP: char = '\u{1f}';

impl Texts {
    fn area(&mut self, text: &str) -> u32 {
        if let Some((last, id)) = &self.last_area {
            if last == text {
                return *id;
            }
        }
        let id = match self.areas.get(text) {
            Some(&id) => id,
            None => {
                let name = canonical_area(text);
                let id = match self.area_names.iter().position(|a| **a == *name) {
                    Some(i) => i as u32,
                    None => {
                        self.area_names.push(name.into());
                        (self.area_names.len() - 1) as u32
                    }
                };
                self.areas.insert(text.to_owned(), id);
                id
            }
        };
        match &mut self.last_area {
            Some((last, last_id)) => {
                last.clear();
                last.push_str(text);
                *last_id = id;
            }
            None => self.last_area = Some((text.to_owned(), id)),
        }
        id
    }

    fn period(&mut self, text: &str) -> Option<ObsPeriod> {
        if let Some(p) = self.periods.get(text) {
            return *p;
        }
        let p = ObsPeriod::parse(text);
        self.periods.insert(text.to_owned(), p);
        p
    }
}

impl ParseJob {
    pub(super) fn values_with(&mut self, row: u64, record: &csv::StringRecord, labels: &[String]) {
        let fill = self.fill.clone();
        let roles = self.roles.clone();
        let cell = |i: usize| {
            let text = record.get(i).map(str::trim).unwrap_or("");
            if text.is_empty() && fill.get(i).copied().unwrap_or(false) {
                labels.get(i).map_or("", String::as_str)
            } else {
                text
            }
        };
        let line = row + self.row_offset;
        let fixed = self.mapping.fixed_area.trim();
        let mut area = (!fixed.is_empty()).then(|| self.texts.area(fixed));
        let mut period = None;
        let mut bad = false;
        let mut key = std::mem::take(&mut self.texts.key);
        key.clear();
        for (i, role) in roles.iter().enumerate() {
            match role {
                ColumnRole::Area => {
                    let text = cell(i);
                    self.note_unreadable(line, Some(i), text);
                    if text.is_empty() {
                        self.problem(row, Some(i), ProblemKind::EmptyArea);
                        bad = true;
                    } else if self.stray_quote(i, text) {
                        let text = self.raw_cell(i, text);
                        self.problem(row, Some(i), ProblemKind::QuoteInArea { text });
                        bad = true;
                    } else {
                        area = Some(self.texts.area(text));
                    }
                }
                ColumnRole::Period => {
                    let text = cell(i);
                    if text.is_empty() {
                        self.problem(row, Some(i), ProblemKind::EmptyPeriod);
                        bad = true;
                    } else if let Some(p) = self.texts.period(text) {
                        period = Some(p);
                    } else {
                        let text = excerpt(text);
                        self.problem(row, Some(i), ProblemKind::BadPeriod { text });
                        bad = true;
                    }
                }
                ColumnRole::Dimension => {
                    let text = cell(i);
                    if !text.is_empty() {
                        self.note_unreadable(line, Some(i), text);
                        if let Some(header) = self.code_prefix[i].as_deref() {
                            if is_code(text) {
                                key.push_str(header);
                                key.push(' ');
                            }
                        }
                        key.push_str(text);
                        key.push(SEP);
                    }
                }
                _ => {}
            }
        }
        if !bad {
            if let Some(area) = area {
                self.row_values(row, record, &roles, area, period, &key);
            }
        }
        self.texts.key = key;
    }

    /// The values of a row whose area, period and groupings (`dims`) are read.
    fn row_values(
        &mut self,
        row: u64,
        record: &csv::StringRecord,
        roles: &[ColumnRole],
        area: u32,
        period: Option<ObsPeriod>,
        dims: &str,
    ) {
        let mut values = std::mem::take(&mut self.texts.values);
        values.clear();
        for (i, role) in roles.iter().enumerate() {
            let p = match role {
                ColumnRole::Value => period,
                ColumnRole::PeriodValue => self.column_periods[i],
                _ => continue,
            };
            let Some(p) = p else { continue };
            let text = record.get(i).map(str::trim).unwrap_or("");
            let cell = cells::parse_cell(text, self.decimal);
            let scaled = match cell {
                // Rounded so that 0,153 becomes 15,3 and not 15,299999999999999.
                Cell::Number(v) if self.mapping.percent_scale => (v * 100.0 * 1e9).round() / 1e9,
                Cell::Number(v) => v,
                _ => 0.0,
            };
            type Wrong = fn(String) -> ProblemKind;
            let wrong: Option<Wrong> = if self.stray_quote(i, text) {
                Some(|text| ProblemKind::QuoteInNumber { text })
            } else if text.contains('\n') {
                Some(|text| ProblemKind::LineBreakInNumber { text })
            } else if cell == Cell::NotANumber {
                Some(|text| ProblemKind::NotANumber { text })
            } else if scaled.abs() > MAX_MAGNITUDE {
                Some(|text| ProblemKind::TooLarge { text })
            } else {
                None
            };
            if let Some(kind) = wrong {
                let text = if self.stray_quote(i, text) {
                    self.raw_cell(i, text)
                } else {
                    excerpt(text)
                };
                self.problem(row, Some(i), kind(text));
                // A row with a cell that is not a number gives no values at all.
                self.texts.values = values;
                return;
            }
            if cell == Cell::Missing {
                let column = self.column(i);
                let text = text.to_owned();
                self.note(Note::Missing { row, column, text });
            } else {
                values.push((i, self.indicator(i, dims), p, scaled));
            }
        }
        for &(i, indicator, period, value) in &values {
            if self.texts.indicators[indicator as usize].is_empty() {
                self.problem(row, Some(i), ProblemKind::EmptyIndicator);
                continue;
            }
            let key = (area, indicator, period);
            if let Some(&(first_row, first_value)) = self.texts.seen.get(&key) {
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
            if self.parsed.observations.len() >= MAX_VALUES {
                self.problem(row, Some(i), ProblemKind::TooManyValues);
                self.stopped = true;
                break;
            }
            self.texts.seen.insert(key, (row, value));
            self.parsed.observations.push(Observation {
                area: self.texts.area_names[area as usize].clone(),
                indicator: self.texts.indicators[indicator as usize].clone(),
                period,
                value,
                row,
            });
        }
        self.texts.values = values;
    }

    /// The indicator a value column gives with the row's groupings: the column's name (its
    /// header, or the indicator name for generic headers and periods as columns), a measure
    /// from a second header row, then the groupings.
    fn indicator(&mut self, column: usize, dims: &str) -> u32 {
        let mut key = std::mem::take(&mut self.texts.lookup);
        key.clear();
        key.push(char::from_u32(0x100 + column as u32).unwrap_or(SEP));
        key.push(char::from_u32(0x100 + self.section as u32).unwrap_or(SEP));
        key.push_str(dims);
        if let Some(&id) = self.texts.labels.get(key.as_str()) {
            self.texts.lookup = key;
            return id;
        }
        let dims: Vec<&str> = dims.split(SEP).filter(|d| !d.is_empty()).collect();
        let name = match self.section {
            0 | 1 => self.mapping.indicator_name.trim(),
            k => self.sections[k - 1].1.as_str(),
        };
        let label = if self.roles[column] == ColumnRole::Value {
            let header = &self.header[column];
            let name = if super::sniff::is_generic_value_header(header) {
                name
            } else {
                header.as_str()
            };
            super::indicator_label(name, &dims)
        } else {
            let measure = self.measures.get(column).map_or("", |m| m.trim());
            match (name.is_empty(), measure.is_empty()) {
                (_, true) => super::indicator_label(name, &dims),
                (true, false) => super::indicator_label(measure, &dims),
                (false, false) => {
                    let with: Vec<&str> = std::iter::once(measure).chain(dims).collect();
                    super::indicator_label(name, &with)
                }
            }
        };
        let id = self.texts.indicators.len() as u32;
        self.texts.indicators.push(label.into());
        self.texts.labels.insert(key, id);
        id
    }
}

/// A cell that is only a code: digits, or up to four capitals and digits (`TOT`).
fn is_code(text: &str) -> bool {
    !text.is_empty()
        && (text.bytes().all(|b| b.is_ascii_digit())
            || (text.len() <= 4
                && text
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())))
}
