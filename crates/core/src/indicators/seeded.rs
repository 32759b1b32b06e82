//! Figures the app ships as indicator data: the tables of seed 003 (the minutes of the Social-
//! og Beskæftigelsesudvalget, 2 December 2019), item 11 "Integrationsområdet", and the
//! development trends of the monthly key-figure report in item 3.
//!
//! Every figure is stored for Slagelse (the municipality the minutes are about, named as the
//! importer names it) in an import record of its own table, whose [`SeedOrigin`] names seed
//! 003, the item and the table; a value's source is the seed with the row and the column (see
//! [`IndicatorData::source`]). Rows are counted as a reader counts them: row 1 is the heading
//! row with the years or the months. The løntilskud and praktik table is two tables below one
//! caption, each under its title ("LØNTILSKUD", "PRATIKKER", spelt as the document spells it;
//! the indicator names use the caption's "praktikker"); the title is named in the section and
//! rows are counted from the heading row below it.
//!
//! How the tables are read:
//!
//! * **Years.** The integration tables have the columns 2015 to 2019; the last is "2019 Pr. 1.
//!   nov.": stocks on 1 November 2019 and flows in January to October (the text above the
//!   tables: "samlet modtaget i alt 17 flygtninge i årets første 10 måneder"). Those figures
//!   are stored under the part year [`PART_YEAR_2019`] (January to October 2019, "2019 til 1.
//!   nov."), not the whole year, so no chart shows a fall from 2018 that is only ten months;
//!   their source names the column as written. Versions before stored them under the year
//!   2019: [`mend_part_year_2019`] moves them when a workspace is read.
//! * **Footnote 1** ("Fra 2018 og fremadrettet er antal opgjort i personer (og ikke i
//!   helårspersoner)") stands at the 2018 figure of "Antal EU-borgere på Danskuddannelse",
//!   the only row whose figures are marked "(Helårspersoner)" (2015-2017). Full-year persons
//!   and persons are two measures, so the row is two indicators: "… (helårspersoner)"
//!   2015-2017 and "… (personer)" 2018 and 2019 (2019 is unmarked, "fremadrettet" covers it).
//!   The other rows count persons or events throughout and are one series each.
//! * **Family reunifications** change measure too: 2015 and 2016 are marked "(Voksne)", 2017
//!   to 2019 "(Voksne + børn)"; two indicators, "… (voksne)" and "… (voksne + børn)".
//! * **Refugees and quota**: "147 (167)" under "Antal nyankomne flygtninge – I alt (Kvote)" is
//!   the number received and, in brackets, the municipality's quota: two indicators.
//! * A "-" cell has no figure and gives no value (not a zero).
//! * **Footnote 2**: the "Forening/organisation" rows are blank because the case system
//!   cannot tell associations apart since 1 March 2018 (they are counted as private or
//!   public); they give no values. The row below "Statslig arbejdsplads" has no label and is
//!   the sum of the rows above: it is stored as "… – I alt".
//! * The monthly figures ("Maj 19" to "Okt. 19") are stored under their months of 2019.
//!
//! [`seed_003_indicators`] adds what is missing and nothing else: a value the store already
//! has for an indicator, area and period (a user's import, or the seed's own) stays, so
//! calling it twice changes nothing. A later user import replaces a seeded value like any
//! other (see [`IndicatorData::merge`]), and a table's record goes when no value refers to it.
//!
//! The figures are const arrays in `seeded/figures.rs` (as `import/areas/table.rs` keeps the
//! area table) rather than a JSON data file: the compiler checks their shape and periods,
//! nothing is parsed at run time (so there is no failure path in a function that cannot
//! fail), and a table reads much as the document prints it. `tests/seed_figures.rs` reads
//! every cell back from the seed text.

mod figures;

use super::import::canonical_area;
use super::report::{KeyFigureReport, KeyTrend};
use super::store::{ImportRecord, IndicatorData, SeedColumn, SeedOrigin, SeedRow};
use super::ObsPeriod;
use crate::model::PartialDate;
use crate::source::{Source, SEED_FILES};
use figures::{Table, PART_YEAR, PART_YEAR_HEADING, REMARK, TABLES, TRENDS};

/// The file name of seed 003.
pub const SEED_FILE: &str = SEED_FILES[3];

/// The municipality the figures are for, as the minutes name it.
pub const MUNICIPALITY: &str = "Slagelse Kommune";

/// The date of the minutes, stored as the records' `imported_at`.
pub const DOCUMENT_DATE: &str = "2019-12-02";

/// The `format` of a seeded record.
pub const FORMAT: &str = "seed";

/// The agenda item with the key-figure report.
pub const REPORT_SECTION: &str =
    "3. Månedlig orientering om nøgletal på beskæftigelsesområdet, Vurdering";

/// The period of the integration tables' column "2019 Pr. 1. nov.": January to October 2019.
pub const PART_YEAR_2019: ObsPeriod = PART_YEAR;

/// Adds the figures of seed 003 and its key-figure report to the store, leaving every value
/// it has already (see the module's documentation). Values an earlier version stored under
/// the year 2019 are first moved to the part year ([`mend_part_year_2019`]).
pub fn seed_003_indicators(data: &mut IndicatorData) {
    mend_part_year_2019(data);
    let area = canonical_area(MUNICIPALITY);
    for table in &TABLES {
        add_table(data, table, &area);
    }
    let report = seed_003_key_figure_report();
    if !data.reports.iter().any(|r| r.source == report.source) {
        data.reports.push(report);
    }
}

/// Moves the values earlier versions stored for the integration tables' column "2019 Pr. 1.
/// nov." under the whole year 2019 to the part year [`PART_YEAR_2019`], and the column of
/// those tables' records with them. Only a value whose record is such a table moves (a
/// record of seed 003 whose column "2019 Pr. 1. nov." is the year 2019): a value the user
/// imported for 2019 has a record of its own and stays, and so does a seeded value a user's
/// import replaced (the part year then gets the seed's value, as a fresh store has it).
/// Should the store hold the part year's value already, the old one goes. Returns how many
/// values moved, went or came; a store with none is not changed, so calling it again
/// changes nothing.
pub fn mend_part_year_2019(data: &mut IndicatorData) -> usize {
    let old = ObsPeriod::Year(2019);
    let ids = records_with_2019_as_a_year(data);
    if ids.is_empty() {
        return 0;
    }
    for r in data.imports.iter_mut().filter(|r| ids.contains(&r.id)) {
        if let Some(seed) = &mut r.seed {
            for c in seed.columns.iter_mut().filter(|c| is_whole_year_column(c)) {
                c.period = PART_YEAR;
            }
        }
    }
    let mut moved = 0;
    for s in &mut data.series {
        let is_old = |p: &super::Point| p.period() == old && ids.contains(&p.import_id());
        if !s.points.iter().any(is_old) {
            continue;
        }
        let has_new = s.points.iter().any(|p| p.period() == PART_YEAR);
        let before = s.points.len();
        s.points.retain(|p| !(has_new && is_old(p)));
        moved += before - s.points.len();
        for p in s.points.iter_mut().filter(|p| is_old(p)) {
            p.0 = PART_YEAR;
            moved += 1;
        }
        s.points.sort_by_key(|p| p.period());
    }
    // A seeded 2019 value a user's import replaced (its own record, so it stays as the year
    // 2019) leaves the part year without the seed's value, which a fresh store has: add it.
    let area = canonical_area(MUNICIPALITY);
    for table in &TABLES {
        let Some(i) = data.imports.iter().position(|r| {
            ids.contains(&r.id) && r.seed.as_ref().is_some_and(|s| s.section == table.section)
        }) else {
            continue;
        };
        let id = data.imports[i].id;
        let Some(column) = table.columns.iter().position(|c| c.0 == PART_YEAR) else {
            continue;
        };
        let mut added = 0;
        for figures in table.figures {
            let Some(&value) = column
                .checked_sub(figures.from)
                .and_then(|k| figures.values.get(k))
            else {
                continue;
            };
            let (indicator, row) = (figures.indicator, figures.row);
            if data.add_if_absent(indicator, &area, PART_YEAR, f64::from(value), id, row) {
                added += 1;
            }
        }
        let record = &mut data.imports[i];
        record.values += added;
        record.added += added;
        moved += added as usize;
    }
    moved
}

/// Whether the store holds seed 003's column "2019 Pr. 1. nov." as the whole year 2019 (as
/// versions before the part year did), i.e. whether [`mend_part_year_2019`] has work to do.
/// Reads only, so a store shared with another copy is not copied for nothing.
pub fn has_2019_as_a_year(data: &IndicatorData) -> bool {
    !records_with_2019_as_a_year(data).is_empty()
}

fn is_whole_year_column(c: &SeedColumn) -> bool {
    c.period == ObsPeriod::Year(2019) && c.heading == PART_YEAR_HEADING
}

/// The records of seed 003's tables whose column "2019 Pr. 1. nov." is the year 2019.
fn records_with_2019_as_a_year(data: &IndicatorData) -> Vec<u32> {
    data.imports
        .iter()
        .filter(|r| {
            r.seed
                .as_ref()
                .is_some_and(|s| s.file == SEED_FILE && s.columns.iter().any(is_whole_year_column))
        })
        .map(|r| r.id)
        .collect()
}

/// Where the values of one table of seed 003 come from.
fn origin(table: &Table) -> SeedOrigin {
    SeedOrigin {
        file: SEED_FILE.to_owned(),
        section: table.section.to_owned(),
        rows: table
            .labels
            .iter()
            .map(|&(row, label)| SeedRow {
                row,
                label: label.to_owned(),
            })
            .collect(),
        columns: table
            .columns
            .iter()
            .map(|&(period, heading)| SeedColumn {
                period,
                heading: heading.to_owned(),
            })
            .collect(),
    }
}

fn add_table(data: &mut IndicatorData, table: &Table, area: &str) {
    let existing = data.imports.iter().position(|r| {
        r.seed
            .as_ref()
            .is_some_and(|s| s.file == SEED_FILE && s.section == table.section)
    });
    let id = match existing {
        Some(i) => data.imports[i].id,
        None => data.imports.iter().map(|r| r.id).max().unwrap_or(0) + 1,
    };
    let mut added = 0;
    for figures in table.figures {
        for (k, &value) in figures.values.iter().enumerate() {
            let period = table.columns[figures.from + k].0;
            if data.add_if_absent(
                figures.indicator,
                area,
                period,
                f64::from(value),
                id,
                figures.row,
            ) {
                added += 1;
            }
        }
    }
    match existing {
        Some(i) => {
            let record = &mut data.imports[i];
            record.values += added;
            record.added += added;
        }
        // A table whose every value the user has imported already needs no record.
        None if added > 0 => data.imports.push(ImportRecord {
            id,
            file_name: SEED_FILE.to_owned(),
            imported_at: DOCUMENT_DATE.to_owned(),
            format: FORMAT.to_owned(),
            rows: table.data_rows,
            values: added,
            added,
            replaced: 0,
            unchanged: 0,
            seed: Some(origin(table)),
        }),
        None => {}
    }
}

/// The monthly key-figure report of seed 003 (item 3) with its eight development trends.
pub fn seed_003_key_figure_report() -> KeyFigureReport {
    let trends = TRENDS
        .iter()
        .enumerate()
        .map(|(i, &(text, against_country, against_cluster))| KeyTrend {
            text: text.to_owned(),
            against_country,
            against_cluster,
            source: Source::seed(
                SEED_FILE,
                &format!("{REPORT_SECTION}, udviklingstendens {} af 8", i + 1),
            ),
        })
        .collect();
    KeyFigureReport {
        title: "Månedlig orientering om nøgletal på beskæftigelsesområdet".to_owned(),
        date: PartialDate::day(2019, 12, 2),
        trends,
        remarks: vec![REMARK.to_owned()],
        source: Source::seed(SEED_FILE, REPORT_SECTION),
    }
}
