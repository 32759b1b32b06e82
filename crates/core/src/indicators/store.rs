//! The imported indicator values as the workspace keeps them: one series per indicator and
//! area, each value remembering the import (file, time) and row it came from. Values the app
//! ships (figures of a seed document, see [`super::seeded`]) are kept the same way, in an import
//! record that names the seed's table instead of a file.

use std::collections::HashMap;

mod entered;
mod links;
mod seed;

pub use entered::{DeclinedLink, EnteredFigure};
pub(crate) use links::same_name;
pub use seed::{SeedColumn, SeedOrigin, SeedRow};

use serde::{Deserialize, Serialize};

use super::import::{canonical_area, Observation, NATIONAL};
use super::report::KeyFigureReport;
use super::ObsPeriod;
use crate::source::Source;

/// One import of a file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImportRecord {
    pub id: u32,
    pub file_name: String,
    /// ISO 8601 time of the import.
    pub imported_at: String,
    /// The layout the file was read as (for the record).
    pub format: String,
    /// Data rows in the file, and values taken from it.
    pub rows: u64,
    pub values: u64,
    pub added: u64,
    pub replaced: u64,
    pub unchanged: u64,
    /// Set when the values are figures of a seed document rather than of a file the user
    /// imported (`file_name` is then the seed's file name and `imported_at` the document's
    /// date). Records saved before seeded values existed have none and load unchanged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seed: Option<SeedOrigin>,
}

/// One value in a series. Stored compactly as `[period, value, import id, row]`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Point(pub ObsPeriod, pub f64, pub u32, pub u64);

impl Point {
    pub fn period(&self) -> ObsPeriod {
        self.0
    }
    pub fn value(&self) -> f64 {
        self.1
    }
    pub fn import_id(&self) -> u32 {
        self.2
    }
    pub fn row(&self) -> u64 {
        self.3
    }
}

/// The values of one indicator for one area, sorted by period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Series {
    pub indicator: String,
    pub area: String,
    pub points: Vec<Point>,
}

/// A plan measure followed by an imported indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MeasureLink {
    pub measure_id: String,
    pub indicator: String,
    /// Linked because the names matched (true), or chosen by a user.
    pub automatic: bool,
}

/// Which areas a comparison uses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    /// The municipality the plan is about, as indicator files name it.
    pub own: String,
    /// The comparable municipalities (klyngekommuner).
    pub cluster: Vec<String>,
    pub source: Source,
}

impl Comparison {
    pub fn is_compared(&self, area: &str) -> bool {
        area == self.own || area == NATIONAL || self.cluster.iter().any(|c| c == area)
    }
}

/// Everything imported, and how it is followed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndicatorData {
    pub comparison: Comparison,
    pub imports: Vec<ImportRecord>,
    /// Sorted by indicator, then area.
    pub series: Vec<Series>,
    pub links: Vec<MeasureLink>,
    /// The key-figure reports of the seed documents (the development trends of a monthly
    /// report). Saved data from before has none and loads unchanged.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reports: Vec<KeyFigureReport>,
    /// Figures typed in by hand for a measure, with their source (for series no file holds).
    /// Saved data from before has none and loads unchanged.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entered: Vec<EnteredFigure>,
    /// Links an import made that the user undid: an import does not make them again.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub declined: Vec<DeclinedLink>,
}

/// What a merge did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MergeReport {
    pub import_id: u32,
    /// Values for an area, period and indicator the app did not have.
    pub added: u64,
    /// Values that replaced another value for the same area, period and indicator.
    pub replaced: u64,
    /// Values the app had already, with the same figure (a file imported again).
    pub unchanged: u64,
    /// Values left out because their area is not compared (when only compared areas are kept).
    pub skipped_areas: u64,
    /// Measures linked to an indicator because the names match.
    pub linked: u64,
}

/// Which areas of a file to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AreaFilter {
    /// The municipality, the whole country and the comparable municipalities.
    Compared,
    All,
}

impl IndicatorData {
    pub fn new(comparison: Comparison) -> Self {
        Self {
            comparison,
            imports: Vec::new(),
            series: Vec::new(),
            links: Vec::new(),
            reports: Vec::new(),
            entered: Vec::new(),
            declined: Vec::new(),
        }
    }

    pub fn series(&self, indicator: &str, area: &str) -> Option<&Series> {
        self.series
            .binary_search_by(|s| (s.indicator.as_str(), s.area.as_str()).cmp(&(indicator, area)))
            .ok()
            .map(|i| &self.series[i])
    }

    /// The indicator names, sorted and unique.
    pub fn indicators(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self.series.iter().map(|s| s.indicator.as_str()).collect();
        names.dedup();
        names
    }

    pub fn import(&self, id: u32) -> Option<&ImportRecord> {
        self.imports.iter().find(|r| r.id == id)
    }

    /// Where a point comes from: the file and row it was imported from, or for a seeded
    /// value the seed document with the section, row and column (see [`SeedOrigin::place`]).
    pub fn source(&self, point: &Point) -> Source {
        match self.import(point.import_id()) {
            Some(ImportRecord {
                seed: Some(seed), ..
            }) => Source::Seed {
                file: seed.file.clone(),
                section: seed.place(point.row(), point.period()),
            },
            Some(r) => Source::Import {
                file_name: r.file_name.clone(),
                row: point.row(),
                imported_at: r.imported_at.clone(),
                last_row: None,
                periods: Vec::new(),
            },
            None => Source::Assumption {
                note: "ukendt import".into(),
            },
        }
    }

    pub fn link_for(&self, measure_id: &str) -> Option<&MeasureLink> {
        self.links.iter().find(|l| l.measure_id == measure_id)
    }

    /// Count of stored values.
    pub fn len(&self) -> usize {
        self.series.iter().map(|s| s.points.len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.series.is_empty()
    }

    /// Adds the values of one import. Values for an area, period and indicator the app
    /// already has replace the old value when the figure differs; the same figure keeps its
    /// first source. Import records no value points to any more are dropped.
    pub fn merge(
        &mut self,
        file_name: &str,
        imported_at: &str,
        format: &str,
        rows: u64,
        observations: &[Observation],
        filter: AreaFilter,
    ) -> MergeReport {
        let id = self.imports.iter().map(|r| r.id).max().unwrap_or(0) + 1;
        let mut report = MergeReport {
            import_id: id,
            ..MergeReport::default()
        };
        let mut index: HashMap<(String, String), usize> = self
            .series
            .iter()
            .enumerate()
            .map(|(i, s)| ((s.indicator.clone(), s.area.clone()), i))
            .collect();
        let mut touched = vec![false; self.series.len()];
        // The series of each (indicator, area) a reading shares between its values, found
        // once: `None` for an area that is not kept.
        let mut shared: HashMap<(*const u8, *const u8), Option<usize>> = HashMap::new();
        for o in observations {
            let ptrs = (o.indicator.as_ptr(), o.area.as_ptr());
            let found = match shared.get(&ptrs) {
                Some(found) => *found,
                None => {
                    let area = canonical_area(&o.area);
                    let found =
                        if filter == AreaFilter::Compared && !self.comparison.is_compared(&area) {
                            None
                        } else {
                            let key = (o.indicator.to_string(), area);
                            Some(*index.entry(key.clone()).or_insert_with(|| {
                                self.series.push(Series {
                                    indicator: key.0,
                                    area: key.1,
                                    points: Vec::new(),
                                });
                                touched.push(false);
                                self.series.len() - 1
                            }))
                        };
                    shared.insert(ptrs, found);
                    found
                }
            };
            let Some(i) = found else {
                report.skipped_areas += 1;
                continue;
            };
            touched[i] = true;
            let points = &mut self.series[i].points;
            let new = Point(o.period, o.value, id, o.row);
            // Files come sorted by period most of the time: try the end first.
            let pos = match points.last() {
                Some(last) if last.period() < o.period => Err(points.len()),
                None => Err(0),
                _ => points.binary_search_by(|p| p.period().cmp(&o.period)),
            };
            match pos {
                Ok(j) if points[j].value() == o.value => report.unchanged += 1,
                Ok(j) => {
                    points[j] = new;
                    report.replaced += 1;
                }
                Err(j) => {
                    points.insert(j, new);
                    report.added += 1;
                }
            }
        }
        let values = report.added + report.replaced + report.unchanged;
        self.imports.push(ImportRecord {
            id,
            file_name: file_name.to_owned(),
            imported_at: imported_at.to_owned(),
            format: format.to_owned(),
            rows,
            values,
            added: report.added,
            replaced: report.replaced,
            unchanged: report.unchanged,
            seed: None,
        });
        self.series
            .sort_by(|a, b| (&a.indicator, &a.area).cmp(&(&b.indicator, &b.area)));
        self.drop_unused_imports();
        report
    }

    /// Removes an import and every value that still comes from it.
    pub fn remove_import(&mut self, id: u32) -> u64 {
        let mut removed = 0;
        for s in &mut self.series {
            let before = s.points.len();
            s.points.retain(|p| p.import_id() != id);
            removed += (before - s.points.len()) as u64;
        }
        self.series.retain(|s| !s.points.is_empty());
        self.imports.retain(|r| r.id != id);
        let names: Vec<String> = self.indicators().iter().map(|s| s.to_string()).collect();
        self.links.retain(|l| names.contains(&l.indicator));
        removed
    }

    /// Adds one value unless the store has a value for that indicator, area and period
    /// already (whatever its source); the series is made when it is missing. Returns whether
    /// the value was added.
    pub(super) fn add_if_absent(
        &mut self,
        indicator: &str,
        area: &str,
        period: ObsPeriod,
        value: f64,
        import_id: u32,
        row: u64,
    ) -> bool {
        let i = match self
            .series
            .binary_search_by(|s| (s.indicator.as_str(), s.area.as_str()).cmp(&(indicator, area)))
        {
            Ok(i) => i,
            Err(i) => {
                self.series.insert(
                    i,
                    Series {
                        indicator: indicator.to_owned(),
                        area: area.to_owned(),
                        points: Vec::new(),
                    },
                );
                i
            }
        };
        let points = &mut self.series[i].points;
        match points.binary_search_by(|p| p.period().cmp(&period)) {
            Ok(_) => false,
            Err(j) => {
                points.insert(j, Point(period, value, import_id, row));
                true
            }
        }
    }

    fn drop_unused_imports(&mut self) {
        let mut used: Vec<u32> = self
            .series
            .iter()
            .flat_map(|s| s.points.iter().map(|p| p.import_id()))
            .collect();
        used.sort_unstable();
        used.dedup();
        self.imports.retain(|r| used.binary_search(&r.id).is_ok());
    }
}
