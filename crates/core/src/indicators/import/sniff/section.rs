//! The ministry's key-figures sheet (Kommunale Nøgletal): section rows, a text alone in the
//! first cell above a block of areas ("Indbyggertal 1. januar"), which name the figures of
//! the rows below them (the title above the table is their context, not their name); and a
//! column of municipality numbers beside the names.

use super::{header_period, is_numberish, is_plain_number, Rec};
use crate::indicators::import::{areas, cells};

/// The data rows that are sections, by index in `data`, with their text. A section row has
/// one filled cell, in the first column, that is text (not a figure, a period or an area);
/// the row below it holds figures and its own first cell (a section is no label that blank
/// cells below take, as a nested stub's is). Only under a header blank over the first column
/// (a headed area column's lone text is an area without figures) and only when the table
/// starts with a section (a broken row inside a table is no section).
pub(super) fn section_rows(header: &[String], data: &[&Rec]) -> Vec<(usize, String)> {
    if header.first().is_some_and(|h| !h.is_empty()) {
        return Vec::new();
    }
    let mut sections = Vec::new();
    for (i, pair) in data.windows(2).enumerate() {
        let (r, next) = (pair[0], pair[1]);
        let mut filled = r.filled();
        let (Some((0, text)), None) = (filled.next(), filled.next()) else {
            continue;
        };
        let is_text = !is_numberish(text)
            && !cells::is_missing(text)
            && header_period(text).is_none()
            && areas::lookup(text).is_none()
            && text.chars().any(char::is_alphabetic);
        let figures_below = next.filled().any(|(_, f)| is_plain_number(f));
        if is_text && figures_below && !next.cell(0).is_empty() {
            sections.push((i, text.to_owned()));
        }
    }
    if sections.first().is_some_and(|(i, _)| *i == 0) {
        sections
    } else {
        Vec::new()
    }
}

/// Whether the column holds, in every row that names an area, that area's code (rows
/// without an area, such as a footnote in the first column, do not count).
pub(super) fn codes_of_the_areas(data: &[&Rec], column: usize, area: usize) -> bool {
    let mut rows = data
        .iter()
        .filter(|r| !r.cell(column).is_empty() && !r.cell(area).is_empty())
        .peekable();
    rows.peek().is_some()
        && rows.all(|r| {
            match (
                areas::lookup_code(r.cell(column)),
                areas::lookup_name(r.cell(area)),
            ) {
                (Some(code), Some(name)) => std::ptr::eq(code, name),
                _ => false,
            }
        })
}
