//! The figures and the key-figure report seeded from seed 003, checked against the seed text:
//! every value is read back from its table row and column in the document, every figure of
//! the tables is there, the footnotes split what they should, the sources name the seed with
//! section, row and column, and seeding never overrides what a user imported.

use std::sync::Arc;

mod common;

use plan_core::indicators::import::Observation;
use plan_core::indicators::seeded::{REPORT_SECTION, SEED_FILE};
use plan_core::indicators::{
    seed_003_indicators, AreaFilter, Direction, IndicatorData, ObsPeriod, Point,
};
use plan_core::{Lang, Source};

const FILE: &str = "003_ff1ed37bf497d5ac.txt";

fn fresh() -> IndicatorData {
    IndicatorData::new(plan_core::defaults::comparison("Slagelse"))
}

fn seeded() -> IndicatorData {
    let mut data = fresh();
    seed_003_indicators(&mut data);
    data
}

fn seed_lines() -> Vec<String> {
    common::read_seed(FILE)
        .lines()
        .map(|l| l.trim().to_owned())
        .collect()
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every seeded indicator: the label of its row in the document, and how many values it has.
const EXPECTED: [(&str, &str, usize); 25] = [
    (
        "Antal personer i alt omfattet af Integrationsloven",
        "Antal personer i alt omfattet af Integrationsloven",
        5,
    ),
    (
        "Antal integrationsydelsesmodtagere omfattet af LAB-loven",
        "Antal integrationsydelsesmodtagere omfattet af LAB-loven",
        1,
    ),
    (
        "Antal integrationsydelsesmodtagere omfattet af integrationsprogram",
        "Antal integrationsydelsesmodtagere omfattet af integrationsprogram",
        2,
    ),
    (
        "Antal selvforsørgede omfattet af integrationsprogram",
        "Antal selvforsørgede omfattet af integrationsprogram",
        2,
    ),
    (
        "Antal resultattilskud på ordinær uddannelse",
        "Antal resultattilskud på ordinær uddannelse",
        5,
    ),
    (
        "Antal resultattilskud på ordinært arbejde",
        "Antal resultattilskud på ordinært arbejde",
        5,
    ),
    (
        "Antal resultattilskud på Danskuddannelse",
        "Antal resultattilskud på Danskuddannelse",
        5,
    ),
    (
        "Antal nyankomne flygtninge – I alt",
        "Antal nyankomne flygtninge – I alt (Kvote)",
        5,
    ),
    (
        "Antal nyankomne flygtninge – Kvote",
        "Antal nyankomne flygtninge – I alt (Kvote)",
        5,
    ),
    (
        "Antal gennemførte familiesammenføringer – I alt (voksne)",
        "Antal gennemførte familiesammenføringer – I alt",
        2,
    ),
    (
        "Antal gennemførte familiesammenføringer – I alt (voksne + børn)",
        "Antal gennemførte familiesammenføringer – I alt",
        3,
    ),
    (
        "Antal overtaget fra andre kommuner",
        "Antal overtaget fra andre kommuner",
        5,
    ),
    (
        "Antal EU-borgere på Danskuddannelse (helårspersoner)",
        "Antal EU-borgere på Danskuddannelse",
        3,
    ),
    (
        "Antal EU-borgere på Danskuddannelse (personer)",
        "Antal EU-borgere på Danskuddannelse",
        2,
    ),
    (
        "Gennemførte repatrieringer",
        "Gennemførte repatrieringer",
        5,
    ),
    (
        "Løntilskud i integrationsindsatsen – Privat arbejdsplads",
        "Privat arbejdsplads",
        6,
    ),
    (
        "Løntilskud i integrationsindsatsen – Kommunal arbejdsplads",
        "Kommunal arbejdsplads",
        6,
    ),
    (
        "Løntilskud i integrationsindsatsen – Regional arbejdsplads",
        "Regional arbejdsplads",
        6,
    ),
    (
        "Løntilskud i integrationsindsatsen – Statslig arbejdsplads",
        "Statslig arbejdsplads",
        6,
    ),
    ("Løntilskud i integrationsindsatsen – I alt", "", 6),
    (
        "Praktikker i integrationsindsatsen – Privat arbejdsplads",
        "Privat arbejdsplads",
        6,
    ),
    (
        "Praktikker i integrationsindsatsen – Kommunal arbejdsplads",
        "Kommunal arbejdsplads",
        6,
    ),
    (
        "Praktikker i integrationsindsatsen – Regional arbejdsplads",
        "Regional arbejdsplads",
        6,
    ),
    (
        "Praktikker i integrationsindsatsen – Statslig arbejdsplads",
        "Statslig arbejdsplads",
        6,
    ),
    ("Praktikker i integrationsindsatsen – I alt", "", 6),
];

/// The tables as the document lays them out (transcribed here independently of the seeded
/// data): the caption, the sub-table's title, the number of columns and the row labels in
/// order (the heading row of the integration tables has none; an unlabelled row is found by
/// its cells).
const LAYOUTS: [(&str, Option<&str>, usize, &[&str]); 4] = [
    (
        "Udviklingen i antal personer og resultattilskud",
        None,
        5,
        &[
            "Antal personer i alt omfattet af Integrationsloven",
            "Antal integrationsydelsesmodtagere omfattet af LAB-loven",
            "Antal integrationsydelsesmodtagere omfattet af integrationsprogram",
            "Antal selvforsørgede omfattet af integrationsprogram",
            "Antal resultattilskud på ordinær uddannelse",
            "Antal resultattilskud på ordinært arbejde",
            "Antal resultattilskud på Danskuddannelse",
        ],
    ),
    (
        "Udviklingen i familiesammenføringer, flygtninge, EU-borgere m.v.",
        None,
        5,
        &[
            "Antal nyankomne flygtninge – I alt",
            "Antal gennemførte familiesammenføringer – I alt",
            "Antal overtaget fra andre kommuner",
            "Antal EU-borgere på Danskuddannelse",
            "Gennemførte repatrieringer",
        ],
    ),
    (
        "Udviklingen i løntilskud og praktikker",
        Some("LØNTILSKUD"),
        6,
        &WORKPLACE_ROWS,
    ),
    (
        "Udviklingen i løntilskud og praktikker",
        Some("PRATIKKER"),
        6,
        &WORKPLACE_ROWS,
    ),
];

const WORKPLACE_ROWS: [&str; 6] = [
    "Integrationsindsatsen",
    "Privat arbejdsplads",
    "Forening/organisation 2)",
    "Kommunal arbejdsplads",
    "Regional arbejdsplads",
    "Statslig arbejdsplads",
];

/// One row of a table as the seed text has it: the first column and the other cells, each
/// cell with what is written under its figure ("147 (167)", "313 (Helårspersoner)",
/// "2019 Pr. 1. nov.").
#[derive(Debug, Clone, PartialEq)]
struct Row {
    label: String,
    cells: Vec<String>,
}

/// Reads a table from the seed text: from its caption (and sub-table title) to the next
/// footnote, title or "NB:". The text has one cell a line; blank lines are empty cells.
fn read_table(lines: &[String], caption: &str, title: Option<&str>) -> Vec<Row> {
    let (_, _, columns, labels) = *LAYOUTS
        .iter()
        .find(|l| l.0 == caption && l.1 == title)
        .unwrap_or_else(|| panic!("no layout for {caption} {title:?}"));
    let mut at = lines
        .iter()
        .position(|l| *l == format!("{caption}:"))
        .unwrap_or_else(|| panic!("caption {caption} not in seed 003"));
    if let Some(title) = title {
        at += lines[at..].iter().position(|l| l == title).expect(title);
    }
    let mut rows = vec![Row {
        label: String::new(),
        cells: Vec::new(),
    }];
    let mut next = 0;
    for line in &lines[at + 1..] {
        let is_title = line.chars().any(char::is_alphabetic)
            && line
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase);
        let b = line.as_bytes();
        let is_footnote =
            line.starts_with("NB:") || (b.len() > 1 && b[0].is_ascii_digit() && b[1] == b')');
        if is_title || is_footnote {
            break;
        }
        if line.is_empty() {
            continue;
        }
        let row = rows.last_mut().unwrap();
        if next < labels.len() && line == labels[next] {
            next += 1;
            if row.label.is_empty() && row.cells.is_empty() {
                row.label = line.clone();
            } else {
                rows.push(Row {
                    label: line.clone(),
                    cells: Vec::new(),
                });
            }
        } else if line.starts_with('(') || line.starts_with("Pr.") {
            match row.cells.last_mut() {
                Some(cell) => *cell = format!("{cell} {line}"),
                None => row.label = format!("{} {line}", row.label),
            }
        } else if row.cells.len() == columns {
            rows.push(Row {
                label: String::new(),
                cells: vec![line.clone()],
            });
        } else {
            row.cells.push(line.clone());
        }
    }
    assert_eq!(next, labels.len(), "every row label of {caption} {title:?}");
    rows
}

/// The table a seeded section names: its caption between » and «, and the title after it.
fn table_of(section: &str) -> (String, Option<String>) {
    let (_, rest) = section.split_once('»').expect(section);
    let (caption, after) = rest.split_once('«').expect(section);
    let title = after.strip_prefix(", ").map(str::to_owned);
    (caption.to_owned(), title.filter(|t| !t.is_empty()))
}

/// A seeded value's place: the table's section, the row number, the row's label (empty for
/// an unlabelled row) and the column heading, read from its source.
fn place(data: &IndicatorData, point: &Point) -> (String, usize, String, String) {
    let Source::Seed { file, section } = data.source(point) else {
        panic!("not from a seed: {:?}", data.source(point))
    };
    assert_eq!(file, FILE);
    let (table, rest) = section.split_once(", række ").expect(&section);
    let (row, column) = rest.split_once(", kolonne »").expect(&section);
    let column = column.strip_suffix('«').expect(&section);
    let (number, label) = match row.split_once(" »") {
        Some((n, l)) => (n, l.strip_suffix('«').expect(&section)),
        None => (row, ""),
    };
    (
        table.to_owned(),
        number.parse().expect(&section),
        label.to_owned(),
        column.to_owned(),
    )
}

fn period_of(heading: &str) -> ObsPeriod {
    let months = [
        "Maj 19", "Juni 19", "Juli 19", "Aug. 19", "Sep. 19", "Okt. 19",
    ];
    let year = || heading[..4].parse().expect(heading);
    // "2019 Pr. 1. nov.": stocks on 1 November, flows January to October, a part year; never
    // the whole year 2019.
    let first_days = [
        "Pr. 1. feb.",
        "Pr. 1. mar.",
        "Pr. 1. apr.",
        "Pr. 1. maj",
        "Pr. 1. jun.",
        "Pr. 1. jul.",
        "Pr. 1. aug.",
        "Pr. 1. sep.",
        "Pr. 1. okt.",
        "Pr. 1. nov.",
        "Pr. 1. dec.",
    ];
    if let Some(i) = first_days.iter().position(|d| heading.ends_with(d)) {
        return ObsPeriod::YearToDate(year(), 1 + i as u8);
    }
    assert!(!heading.contains("Pr."), "a column to a date: {heading}");
    match months.iter().position(|m| *m == heading) {
        Some(i) => ObsPeriod::Month(2019, 5 + i as u8),
        None => ObsPeriod::Year(year()),
    }
}

/// The figures a cell gives: its first word when that is a number, and a number in brackets
/// ("147 (167)"); not a footnote marker ("260 1)"), a "-" or a note ("(Voksne)").
fn numbers(cell: &str) -> Vec<f64> {
    let mut words = cell.split_whitespace();
    let first = words.next().and_then(|w| w.parse().ok());
    let bracketed = words.filter_map(|w| {
        w.strip_prefix('(')
            .and_then(|w| w.strip_suffix(')'))
            .and_then(|n| n.parse().ok())
    });
    first.into_iter().chain(bracketed).collect()
}

#[test]
fn every_seeded_value_is_its_cell_in_seed_003() {
    let data = seeded();
    let lines = seed_lines();
    let mut checked = 0;
    for s in &data.series {
        assert_eq!(s.area, "Slagelse", "{}", s.indicator);
        let (_, label, _) = EXPECTED
            .iter()
            .find(|e| e.0 == s.indicator)
            .unwrap_or_else(|| panic!("unexpected indicator {}", s.indicator));
        for p in &s.points {
            let (section, row, row_label, heading) = place(&data, p);
            assert_eq!(row_label, *label, "{} row label", s.indicator);
            let (caption, title) = table_of(&section);
            let rows = read_table(&lines, &caption, title.as_deref());
            let got = &rows[row - 1];
            assert_eq!(got.label, *label, "{section}, row {row}");
            let column = rows[0]
                .cells
                .iter()
                .position(|c| *c == heading)
                .unwrap_or_else(|| panic!("no column {heading} in {:?}", rows[0]));
            assert_eq!(p.period(), period_of(&heading), "{} {heading}", s.indicator);
            let cell = &got.cells[column];
            let figures = numbers(cell);
            let want = if s.indicator.ends_with("– Kvote") {
                assert!(cell.contains(&format!("({})", p.value())), "{cell}");
                figures[1]
            } else {
                let first = cell.split_whitespace().next().unwrap();
                assert_eq!(first, format!("{}", p.value()), "{} {heading}", s.indicator);
                figures[0]
            };
            assert_eq!(p.value(), want, "{} {heading}: {cell}", s.indicator);
            checked += 1;
        }
    }
    assert_eq!(checked, 115);
}

#[test]
fn every_figure_of_the_tables_is_seeded() {
    let data = seeded();
    let lines = seed_lines();
    assert_eq!(data.imports.len(), 4, "a record per table");
    for record in &data.imports {
        let origin = record.seed.as_ref().expect("a seeded record");
        assert_eq!(
            (origin.file.as_str(), record.format.as_str()),
            (FILE, "seed")
        );
        assert_eq!(record.file_name, FILE);
        let (caption, title) = table_of(&origin.section);
        let rows = read_table(&lines, &caption, title.as_deref());
        assert_eq!(record.rows as usize, rows.len() - 1, "{caption} {title:?}");
        let headings: Vec<&str> = origin.columns.iter().map(|c| c.heading.as_str()).collect();
        assert_eq!(headings, rows[0].cells, "the column headings as written");
        let mut in_text = 0;
        for row in &rows[1..] {
            assert!(
                row.cells.is_empty() || row.cells.len() == headings.len(),
                "{row:?}"
            );
            for cell in &row.cells {
                in_text += numbers(cell).len();
            }
            if row.cells.is_empty() {
                assert_eq!(
                    row.label, "Forening/organisation 2)",
                    "only these are blank"
                );
            }
        }
        let seeded: usize = data
            .series
            .iter()
            .flat_map(|s| &s.points)
            .filter(|p| p.import_id() == record.id)
            .count();
        assert_eq!(seeded, in_text, "{caption} {title:?}");
        assert_eq!(record.values as usize, seeded);
        assert_eq!(record.added as usize, seeded);
    }
    assert!(data.indicators().iter().all(|n| !n.contains("Forening")));
}

#[test]
fn the_indicators_and_their_counts() {
    let data = seeded();
    let names = data.indicators();
    assert_eq!(names.len(), EXPECTED.len());
    for (indicator, _, count) in EXPECTED {
        let s = data.series(indicator, "Slagelse").expect(indicator);
        assert_eq!(s.points.len(), count, "{indicator}");
    }
    assert_eq!(data.len(), 115);
    let years = |name: &str| -> Vec<ObsPeriod> {
        data.series(name, "Slagelse")
            .unwrap()
            .points
            .iter()
            .map(|p| p.period())
            .collect()
    };
    assert_eq!(
        years("Antal integrationsydelsesmodtagere omfattet af LAB-loven"),
        [ObsPeriod::YearToDate(2019, 10)]
    );
    let months: Vec<ObsPeriod> = (5..=10).map(|m| ObsPeriod::Month(2019, m)).collect();
    assert_eq!(
        years("Praktikker i integrationsindsatsen – Regional arbejdsplads"),
        months
    );
    // The unlabelled row under each workplace table is the sum of the rows above.
    for kind in ["Løntilskud", "Praktikker"] {
        let total = data
            .series(
                &format!("{kind} i integrationsindsatsen – I alt"),
                "Slagelse",
            )
            .unwrap();
        for (i, p) in total.points.iter().enumerate() {
            let sum: f64 = ["Privat", "Kommunal", "Regional", "Statslig"]
                .iter()
                .map(|w| {
                    let name = format!("{kind} i integrationsindsatsen – {w} arbejdsplads");
                    data.series(&name, "Slagelse").unwrap().points[i].value()
                })
                .sum();
            assert_eq!(p.value(), sum, "{kind} {}", p.period());
        }
    }
}

#[test]
fn footnote_1_splits_full_year_persons_from_persons() {
    let data = seeded();
    let lines = seed_lines();
    assert!(lines.contains(
        &"1) Fra 2018 og fremadrettet er antal opgjort i personer (og ikke i helårspersoner)."
            .to_owned()
    ));
    let rows = read_table(
        &lines,
        "Udviklingen i familiesammenføringer, flygtninge, EU-borgere m.v.",
        None,
    );
    let eu = &rows[4];
    assert_eq!(eu.label, "Antal EU-borgere på Danskuddannelse");
    // The marker stands at 2018, and only this row is in full-year persons.
    assert_eq!(eu.cells[3], "260 1)");
    for (i, row) in rows.iter().enumerate() {
        for (j, cell) in row.cells.iter().enumerate() {
            assert_eq!(cell.contains("Helårspersoner"), i == 4 && j < 3, "{cell}");
            assert_eq!(cell.contains("1)"), i == 4 && j == 3, "{cell}");
        }
    }
    let periods = |name: &str| -> Vec<i32> {
        data.series(name, "Slagelse")
            .unwrap()
            .points
            .iter()
            .map(|p| p.period().year())
            .collect()
    };
    assert_eq!(
        periods("Antal EU-borgere på Danskuddannelse (helårspersoner)"),
        [2015, 2016, 2017]
    );
    assert_eq!(
        periods("Antal EU-borgere på Danskuddannelse (personer)"),
        [2018, 2019]
    );
    assert!(
        data.series("Antal EU-borgere på Danskuddannelse", "Slagelse")
            .is_none(),
        "no joined series"
    );
    // Family reunifications: adults until 2016, adults and children from 2017.
    let family = &rows[2];
    for (j, cell) in family.cells.iter().enumerate() {
        let adults_only = cell.ends_with("(Voksne)");
        assert_eq!(adults_only, j < 2, "{cell}");
        assert_eq!(cell.ends_with("(Voksne + børn)"), j >= 2, "{cell}");
    }
    assert_eq!(
        periods("Antal gennemførte familiesammenføringer – I alt (voksne)"),
        [2015, 2016]
    );
    assert_eq!(
        periods("Antal gennemførte familiesammenføringer – I alt (voksne + børn)"),
        [2017, 2018, 2019]
    );
}

#[test]
fn sources_name_seed_003_with_section_row_and_column() {
    let data = seeded();
    let s = data
        .series("Antal EU-borgere på Danskuddannelse (personer)", "Slagelse")
        .unwrap();
    let source = data.source(&s.points[0]);
    assert_eq!(
        source,
        Source::seed(
            SEED_FILE,
            "11. Integrationsområdet, Baggrund, tabellen »Udviklingen i familiesammenføringer, \
             flygtninge, EU-borgere m.v.«, række 5 »Antal EU-borgere på Danskuddannelse«, kolonne »2018«"
        )
    );
    assert!(source.describe(Lang::Da).starts_with(
        "Referat, Social- og Beskæftigelsesudvalget 2. december 2019, 11. Integrationsområdet"
    ));
    let late = data
        .series("Antal nyankomne flygtninge – I alt", "Slagelse")
        .unwrap();
    let Source::Seed { section, .. } = data.source(late.points.last().unwrap()) else {
        panic!()
    };
    assert!(
        section.ends_with(
            "række 2 »Antal nyankomne flygtninge – I alt (Kvote)«, kolonne »2019 Pr. 1. nov.«"
        ),
        "{section}"
    );
    let total = data
        .series("Praktikker i integrationsindsatsen – I alt", "Slagelse")
        .unwrap();
    let Source::Seed { section, .. } = data.source(&total.points[0]) else {
        panic!()
    };
    assert!(
        section.ends_with(
            "»Udviklingen i løntilskud og praktikker«, PRATIKKER, række 7, kolonne »Maj 19«"
        ),
        "{section}"
    );
    let text = collapse(&common::read_seed(FILE));
    assert!(
        text.contains("11. Integrationsområdet (O) Sagsnr.")
            && text.contains("Baggrund På mødet orienteres")
    );
    for series in &data.series {
        for p in &series.points {
            let Source::Seed { file, section } = data.source(p) else {
                panic!()
            };
            assert_eq!(file, FILE);
            assert!(
                section.starts_with("11. Integrationsområdet, Baggrund, tabellen »"),
                "{section}"
            );
            assert!(section.contains(", række "), "{section}");
        }
    }
}

#[test]
fn seeding_twice_changes_nothing() {
    let once = seeded();
    let mut twice = once.clone();
    seed_003_indicators(&mut twice);
    assert_eq!(twice, once);
}

fn observation(indicator: &str, period: ObsPeriod, value: f64, row: u64) -> Observation {
    Observation {
        area: Arc::from("Slagelse Kommune"),
        indicator: Arc::from(indicator),
        period,
        value,
        row,
    }
}

const TAKEN_OVER: &str = "Antal overtaget fra andre kommuner";

fn value_and_source(data: &IndicatorData, indicator: &str, period: ObsPeriod) -> (f64, Source) {
    let s = data.series(indicator, "Slagelse").unwrap();
    let p = s.points.iter().find(|p| p.period() == period).unwrap();
    (p.value(), data.source(p))
}

#[test]
fn a_user_import_replaces_a_seeded_value_and_seeding_never_overwrites_it() {
    let mut data = seeded();
    let y2018 = ObsPeriod::Year(2018);
    let obs = [observation(TAKEN_OVER, y2018, 5.0, 2)];
    let report = data.merge(
        "egne.csv",
        "2024-03-01T10:00:00Z",
        "csv",
        1,
        &obs,
        AreaFilter::Compared,
    );
    assert_eq!((report.added, report.replaced, report.unchanged), (0, 1, 0));
    let (value, source) = value_and_source(&data, TAKEN_OVER, y2018);
    assert_eq!(value, 5.0);
    assert!(
        matches!(source, Source::Import { ref file_name, row: 2, .. } if file_name == "egne.csv")
    );
    let record = data
        .imports
        .iter()
        .find(|r| {
            r.seed.is_some()
                && r.seed
                    .as_ref()
                    .unwrap()
                    .section
                    .contains("familiesammenføringer")
        })
        .unwrap();
    assert_eq!(record.values, 30, "the record keeps what was seeded");
    let before = data.clone();
    seed_003_indicators(&mut data);
    assert_eq!(data, before, "seeding again leaves the user's value");
    assert_eq!(value_and_source(&data, TAKEN_OVER, y2018).0, 5.0);

    // The same figure imported again keeps its first source, the seed.
    let y2017 = ObsPeriod::Year(2017);
    let obs = [observation(TAKEN_OVER, y2017, 12.0, 3)];
    let report = data.merge(
        "egne2.csv",
        "2024-03-02T10:00:00Z",
        "csv",
        1,
        &obs,
        AreaFilter::Compared,
    );
    assert_eq!((report.added, report.replaced, report.unchanged), (0, 0, 1));
    assert!(matches!(
        value_and_source(&data, TAKEN_OVER, y2017).1,
        Source::Seed { .. }
    ));
}

#[test]
fn seeding_after_a_user_import_keeps_the_users_value() {
    let mut data = fresh();
    let name = "Antal EU-borgere på Danskuddannelse (personer)";
    let obs = [
        observation(name, ObsPeriod::Year(2018), 999.0, 4),
        observation(name, ObsPeriod::Year(2019), 998.0, 5),
    ];
    data.merge(
        "egne.csv",
        "2024-03-01T10:00:00Z",
        "csv",
        2,
        &obs,
        AreaFilter::Compared,
    );
    seed_003_indicators(&mut data);
    let (value, source) = value_and_source(&data, name, ObsPeriod::Year(2018));
    assert_eq!(value, 999.0);
    assert!(matches!(source, Source::Import { .. }));
    // The user's whole year 2019 is not the seed's part year: both stay.
    let (value, source) = value_and_source(&data, name, ObsPeriod::Year(2019));
    assert!(value == 998.0 && matches!(source, Source::Import { .. }));
    let (value, source) = value_and_source(&data, name, ObsPeriod::YearToDate(2019, 10));
    assert!(
        value == 130.0 && matches!(source, Source::Seed { .. }),
        "{value}"
    );
    assert_eq!(data.len(), 116);
    let seeded_values: u64 = data
        .imports
        .iter()
        .filter(|r| r.seed.is_some())
        .map(|r| r.values)
        .sum();
    assert_eq!(seeded_values, 114);
}

#[test]
fn the_column_2019_pr_1_nov_is_never_stored_as_the_whole_year() {
    let data = seeded();
    let mut part_year_columns = 0;
    for r in &data.imports {
        for c in &r.seed.as_ref().unwrap().columns {
            if c.heading == "2019 Pr. 1. nov." {
                assert_eq!(c.period, ObsPeriod::YearToDate(2019, 10));
                part_year_columns += 1;
            }
            assert_ne!(c.period, ObsPeriod::Year(2019), "{}", c.heading);
        }
    }
    assert_eq!(part_year_columns, 2);
    let part_year_values = data
        .series
        .iter()
        .flat_map(|s| &s.points)
        .filter(|p| p.period() == ObsPeriod::YearToDate(2019, 10))
        .count();
    assert_eq!(part_year_values, 13);
    assert!(data
        .series
        .iter()
        .flat_map(|s| &s.points)
        .all(|p| p.period() != ObsPeriod::Year(2019)));
    assert_eq!(
        ObsPeriod::YearToDate(2019, 10).label(Lang::Da),
        "2019 til 1. nov."
    );
}

fn lontilskud_observations(data: &IndicatorData) -> Vec<Observation> {
    data.series
        .iter()
        .filter(|s| s.indicator.starts_with("Løntilskud"))
        .flat_map(|s| {
            s.points
                .iter()
                .map(|p| observation(&s.indicator, p.period(), p.value() + 1.0, 2))
        })
        .collect()
}

#[test]
fn a_seeded_record_goes_when_no_value_refers_to_it() {
    let mut data = seeded();
    let obs = lontilskud_observations(&data);
    assert_eq!(obs.len(), 30);
    let report = data.merge(
        "lon.csv",
        "2024-03-01T10:00:00Z",
        "csv",
        31,
        &obs,
        AreaFilter::Compared,
    );
    assert_eq!(report.replaced, 30);
    let sections: Vec<String> = data
        .imports
        .iter()
        .filter_map(|r| r.seed.as_ref())
        .map(|s| s.section.clone())
        .collect();
    assert_eq!(sections.len(), 3, "the other tables' records stay");
    assert!(sections.iter().all(|s| !s.ends_with("LØNTILSKUD")));
    assert!(data.import(report.import_id).is_some());
    // Seeding again adds nothing over the user's values, and makes no empty record.
    let before = data.clone();
    seed_003_indicators(&mut data);
    assert_eq!(data, before);
    // Once the user's file is removed, seeding puts the figures back from the seed.
    assert_eq!(data.remove_import(report.import_id), 30);
    seed_003_indicators(&mut data);
    assert_eq!(data.len(), 115);
    assert_eq!(data.imports.len(), 4);
}

#[test]
fn removing_a_seeded_table_removes_its_values_only() {
    let mut data = seeded();
    let id = data
        .imports
        .iter()
        .find(|r| {
            r.seed
                .as_ref()
                .is_some_and(|s| s.section.ends_with("PRATIKKER"))
        })
        .unwrap()
        .id;
    assert_eq!(data.remove_import(id), 30);
    assert_eq!(data.len(), 85);
    assert_eq!(data.imports.len(), 3);
    assert!(data
        .indicators()
        .iter()
        .all(|n| !n.starts_with("Praktikker")));
}

#[test]
fn a_table_the_user_has_imported_in_full_gets_no_record() {
    let mut data = fresh();
    let obs = lontilskud_observations(&seeded());
    data.merge(
        "lon.csv",
        "2024-03-01T10:00:00Z",
        "csv",
        31,
        &obs,
        AreaFilter::Compared,
    );
    seed_003_indicators(&mut data);
    assert_eq!(data.imports.iter().filter(|r| r.seed.is_some()).count(), 3);
    assert_eq!(data.len(), 115);
}

#[test]
fn the_eight_trends_of_the_key_figure_report() {
    let data = seeded();
    assert_eq!(data.reports.len(), 1);
    let report = &data.reports[0];
    let text = collapse(&common::read_seed(FILE));
    assert_eq!(
        report.title,
        "Månedlig orientering om nøgletal på beskæftigelsesområdet"
    );
    assert!(text.contains(&format!("3. {} (D)", report.title)));
    assert_eq!(report.date, plan_core::PartialDate::day(2019, 12, 2));
    assert!(text.contains("Referat – 2. december 2019"));
    assert_eq!(report.source, Source::seed(FILE, REPORT_SECTION));
    // The bullets under "De overordnede udviklingstendenser", read from the seed.
    let lines = seed_lines();
    let start = lines
        .iter()
        .position(|l| l == "De overordnede udviklingstendenser gennem det sidste år er:")
        .unwrap();
    let bullets: Vec<String> = lines[start + 1..]
        .iter()
        .take_while(|l| l.starts_with('·'))
        .map(|l| collapse(l.trim_start_matches('·')))
        .collect();
    assert_eq!(bullets.len(), 8);
    assert_eq!(report.trends.len(), 8);
    let texts: Vec<String> = report.trends.iter().map(|t| t.text.clone()).collect();
    assert_eq!(texts, bullets, "verbatim and in order");
    use Direction::*;
    let directions: Vec<(Direction, Direction)> = report
        .trends
        .iter()
        .map(|t| (t.against_country, t.against_cluster))
        .collect();
    assert_eq!(
        directions,
        [
            (Worse, Worse),
            (Same, Same),
            (Between, Between),
            (Same, Same),
            (Worse, Worse),
            (Worse, Better),
            (Worse, Worse),
            (Better, Better),
        ]
    );
    for (i, t) in report.trends.iter().enumerate() {
        assert_eq!(
            t.source,
            Source::seed(
                FILE,
                &format!("{REPORT_SECTION}, udviklingstendens {} af 8", i + 1)
            )
        );
    }
    assert_eq!(report.remarks.len(), 1);
    assert!(text.contains(&report.remarks[0]));
    assert_eq!(Direction::Worse.label(Lang::Da), "dårligere");
    assert_eq!(Direction::Between.label(Lang::En), "in between");
}

#[test]
fn indicator_data_round_trips_and_old_saved_data_loads() {
    let data = seeded();
    let json = serde_json::to_string(&data).unwrap();
    let again: IndicatorData = serde_json::from_str(&json).unwrap();
    assert_eq!(again, data);

    // Saved before records could name a seed and before there were reports.
    let old = r#"{
        "comparison": {"own": "Slagelse", "cluster": ["Nyborg"],
            "source": {"kind": "seed", "file": "003_ff1ed37bf497d5ac.txt", "section": "3."}},
        "imports": [{"id": 1, "file_name": "a.csv", "imported_at": "2024-01-01T00:00:00Z",
            "format": "jobindsats", "rows": 1, "values": 1, "added": 1, "replaced": 0,
            "unchanged": 0}],
        "series": [{"indicator": "Antal fuldtidspersoner", "area": "Slagelse",
            "points": [["2023M01", 12.0, 1, 2]]}],
        "links": []
    }"#;
    let loaded: IndicatorData = serde_json::from_str(old).unwrap();
    assert!(loaded.reports.is_empty());
    assert_eq!(loaded.imports[0].seed, None);
    assert!(matches!(
        loaded.source(&loaded.series[0].points[0]),
        Source::Import { row: 2, .. }
    ));
    let resaved: serde_json::Value = serde_json::to_value(&loaded).unwrap();
    let original: serde_json::Value = serde_json::from_str(old).unwrap();
    assert_eq!(resaved, original, "saved again, old data is unchanged");

    // A seeded record saved with only its file and section still loads.
    let mut record = serde_json::to_value(&data.imports[0]).unwrap();
    let seed = record["seed"].as_object_mut().unwrap();
    seed.remove("rows");
    seed.remove("columns");
    let bare: plan_core::indicators::ImportRecord = serde_json::from_value(record).unwrap();
    assert!(bare.seed.unwrap().columns.is_empty());
}
