//! What one record of the file is: a broken row, a row of labels, a footnote or a row of
//! values.

use super::{ParseJob, Pending};
use crate::indicators::import::{sniff, ColumnRole, ProblemKind};

impl ParseJob {
    pub(super) fn classify(&mut self, row: u64, record: &csv::StringRecord, filled: &[usize]) {
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
        // A section row names the rows below it.
        let line = row + self.row_offset;
        if let Some(k) = self.sections.iter().position(|(l, _)| *l == line) {
            self.flush_footnotes_as_problems();
            self.section = k + 1;
            return;
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
            self.pending_footnotes.push(Pending {
                row,
                text: collapse(&text),
                labels: true,
                full: None,
            });
            return;
        }
        // One cell under a table of several columns: a footnote, unless rows follow it.
        if filled == [0usize] && self.header.len() > 2 {
            let full = (record.len() >= self.header.len()).then(|| record.clone());
            self.pending_footnotes.push(Pending {
                row,
                text: collapse(record[0].trim()),
                labels: false,
                full,
            });
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
        for p in std::mem::take(&mut self.pending_footnotes) {
            if p.labels {
                continue;
            }
            let row = p.row;
            self.parsed.rows += 1;
            if let Some(record) = &p.full {
                self.values(row, record);
                continue;
            }
            let other_delimiter = self.other_delimiter(&p.text);
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

    /// Labels of the filled-down columns a row sets; a label clears those to its right. So
    /// does a new text in an area or grouping column that is not filled down: under
    /// "Kontanthjælp;Aktivitetsparate", a row "Dagpenge;" has no subgroup, not
    /// "Aktivitetsparate". (`labels` keeps the last text of such columns too.)
    fn take_labels(&mut self, record: &csv::StringRecord) {
        if !self.fill.iter().any(|f| *f) {
            return;
        }
        for i in 0..self.labels.len() {
            let fills = self.mapping.fills_down(i);
            let parent = matches!(
                self.roles.get(i),
                Some(ColumnRole::Area | ColumnRole::Dimension)
            );
            let text = record.get(i).map(str::trim).unwrap_or("");
            if text.is_empty() || !(fills || parent) {
                continue;
            }
            let changed = self.labels[i] != text;
            if changed {
                self.labels[i].clear();
                self.labels[i].push_str(text);
            }
            if fills || changed {
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

/// Text on one line with single spaces (a footnote cell that spans lines).
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
