//! The link picker: the imported indicators grouped by the file they came from and by
//! benefit group, searchable (case and accents do not matter), each with its latest figure
//! and period, and, when the picker is opened for a target, marked where they fit it.

use super::import::NATIONAL;
use super::linking::{fitting, words};
use super::{IndicatorData, ObsPeriod};
use crate::casefold::fold;
use crate::model::Measure;
use crate::source::Source;
use crate::{format, Lang};

/// An indicator's latest figure: for the municipality, else for the whole country.
#[derive(Debug, Clone, PartialEq)]
pub struct Latest {
    pub area: String,
    pub period: ObsPeriod,
    pub value: f64,
}

impl Latest {
    /// "2,99 (år til 2. kvt. 2022, Slagelse)".
    pub fn text(&self, lang: Lang) -> String {
        format!(
            "{} ({}, {})",
            format::number_trim(self.value, 2, lang),
            self.period.label(lang),
            self.area
        )
    }
}

/// One indicator in the picker.
#[derive(Debug, Clone, PartialEq)]
pub struct PickerItem {
    /// The indicator's full name (what a link stores).
    pub indicator: String,
    /// The name without its group ("Antal fuldtidspersoner").
    pub measure: String,
    pub latest: Option<Latest>,
    /// Whether it holds what the target the picker is opened for needs (its measure and
    /// benefit group).
    pub fits: bool,
}

/// The indicators of one benefit group (or other grouping) in a file.
#[derive(Debug, Clone, PartialEq)]
pub struct PickerGroup {
    /// The group as the name has it ("Kontanthjælp, aktivitetsparate"); empty for names
    /// without one.
    pub group: String,
    pub items: Vec<PickerItem>,
}

/// The indicators from one file.
#[derive(Debug, Clone, PartialEq)]
pub struct PickerFile {
    /// The file's name, or the document a shipped table is from.
    pub file: String,
    /// When it was imported (ISO 8601); the document's date for a shipped table.
    pub imported_at: String,
    /// A table of a document the app ships (not imported by the user).
    pub from_document: bool,
    pub groups: Vec<PickerGroup>,
}

/// An indicator's name split into what is measured and its group: the group is the last
/// parenthesised part when it holds a word of four letters or more ("Antal fuldtidspersoner
/// (Kontanthjælp, aktivitetsparate)"), not a unit ("Faktisk andel (pct.)").
pub fn split_group(name: &str) -> (&str, &str) {
    let trimmed = name.trim_end();
    if let Some(inner_end) = trimmed.strip_suffix(')') {
        let mut depth = 0;
        for (i, c) in inner_end.char_indices().rev() {
            match c {
                ')' => depth += 1,
                '(' if depth > 0 => depth -= 1,
                '(' => {
                    let inner = &inner_end[i + 1..];
                    let wordy = inner
                        .split(|c: char| !c.is_alphabetic())
                        .any(|w| w.chars().count() >= 4);
                    if wordy && i > 0 {
                        return (inner_end[..i].trim_end(), inner.trim());
                    }
                    break;
                }
                _ => {}
            }
        }
    }
    (trimmed, "")
}

/// The file a record names, in the user's words: the file name, or for a shipped table the
/// document's title and the table.
fn file_label(data: &IndicatorData, import_id: u32) -> (String, String, bool) {
    match data.import(import_id) {
        Some(r) => match &r.seed {
            Some(seed) => {
                let title = Source::seed_title(&seed.file).unwrap_or_default();
                let title = title
                    .rsplit_once(" (seed")
                    .map_or(title, |(t, _)| t)
                    .to_owned();
                (
                    format!("{title}: {}", seed.section),
                    r.imported_at.clone(),
                    true,
                )
            }
            None => (r.file_name.clone(), r.imported_at.clone(), false),
        },
        None => (String::new(), String::new(), false),
    }
}

/// The imported indicators whose name or file holds every word of `query` (case and accents
/// do not matter; an empty query keeps all), grouped by file (the latest import first) and
/// by group (in alphabetical order), each with its latest figure. With `measure`, the
/// indicators that fit the target are marked, and within a group come first.
pub fn picker(data: &IndicatorData, query: &str, measure: Option<&Measure>) -> Vec<PickerFile> {
    let wanted = words(query);
    let fits: Vec<String> = measure
        .map(|m| fitting(data, m).into_iter().map(|c| c.indicator).collect())
        .unwrap_or_default();
    let mut files: Vec<(u32, PickerFile)> = Vec::new();
    for name in data.indicators() {
        // The figure and the file: the municipality's latest, else the country's, else any.
        let own = data.series(name, &data.comparison.own);
        let national = data.series(name, NATIONAL);
        let any = data.series.iter().find(|s| s.indicator == name);
        let Some(series) = own.or(national).or(any) else {
            continue;
        };
        let Some(last) = series.points.last() else {
            continue;
        };
        let (file, imported_at, from_document) = file_label(data, last.import_id());
        let haystack = fold(&format!("{name} {file}"));
        if !wanted.iter().all(|w| haystack.contains(w.as_str())) {
            continue;
        }
        let latest = (own.is_some() || national.is_some()).then(|| Latest {
            area: series.area.clone(),
            period: last.period(),
            value: last.value(),
        });
        let (what, group) = split_group(name);
        let item = PickerItem {
            indicator: name.to_owned(),
            measure: what.to_owned(),
            latest,
            fits: fits.iter().any(|f| f == name),
        };
        let at = match files.iter().position(|(_, f)| f.file == file) {
            Some(i) => i,
            None => {
                files.push((
                    last.import_id(),
                    PickerFile {
                        file,
                        imported_at,
                        from_document,
                        groups: Vec::new(),
                    },
                ));
                files.len() - 1
            }
        };
        let f = &mut files[at].1;
        match f.groups.iter_mut().find(|g| g.group == group) {
            Some(g) => g.items.push(item),
            None => f.groups.push(PickerGroup {
                group: group.to_owned(),
                items: vec![item],
            }),
        }
    }
    for (_, f) in &mut files {
        f.groups.sort_by_key(|g| fold(&g.group));
        for g in &mut f.groups {
            g.items
                .sort_by_key(|i| (!i.fits, fold(&i.measure), i.indicator.clone()));
        }
    }
    // The latest import first.
    files.sort_by(|a, b| b.1.imported_at.cmp(&a.1.imported_at).then(b.0.cmp(&a.0)));
    files.into_iter().map(|(_, f)| f).collect()
}
