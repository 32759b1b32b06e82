//! The importer's work is bounded (issue 23): a row's columns, a file's cells, a reading's
//! values, problems and notes, and a value's magnitude each have a limit, reached with a
//! message that names the limit and where (file, row) before the memory it would take is
//! used. The corpus (`tests/corpus`, read by `tests/import.rs`) has the small cases: a row of
//! 20.001 semicolons, stray quotes and line breaks in numbers, 1e308, UTF-16 without a BOM.

use plan_core::indicators::import::{self, limits, ColumnRole, FileError, ParseJob, ProblemKind};
use plan_core::Lang;

fn messages(e: &FileError, file: &str) -> [String; 2] {
    [e.message(file, Lang::Da), e.message(file, Lang::En)]
}

#[test]
fn a_file_of_more_than_five_million_cells_is_refused_before_a_row_is_split() {
    let mut text = String::from("Område;Periode;Antal\n");
    text.push_str(&"A;1;1\n".repeat(1_700_000));
    assert!(text.len() < import::MAX_FILE_BYTES);
    let e = import::open("celler.csv", text.as_bytes()).unwrap_err();
    assert_eq!(
        e,
        FileError::TooManyCells {
            cells: 5_100_003,
            row: 1_666_667
        }
    );
    assert_eq!(
        messages(&e, "celler.csv"),
        [
            "celler.csv: filen har 5.100.003 celler; appen læser op til 5.000.000 celler i én fil, og grænsen nås i række 1666667. Udtræk færre områder, grupper eller perioder, eller del filen op.",
            "celler.csv: the file has 5,100,003 cells; the app reads up to 5,000,000 cells from one file, and the limit is reached at row 1666667. Extract fewer areas, groups or periods, or split the file.",
        ]
    );
}

#[test]
fn a_row_wider_than_excel_allows_is_refused_by_its_row() {
    let text = format!("Område,2023\n{}\n", ",".repeat(limits::MAX_COLUMNS));
    let e = import::open("komma.csv", text.as_bytes()).unwrap_err();
    assert_eq!(
        messages(&e, "komma.csv")[1],
        "komma.csv, row 2: the row has 16,385 fields split by commas; the app reads up to 16,384 columns (Excel's limit). Is it the right file?"
    );
}

/// 10.001 rows of 100 periods: the value past a million stops the reading at its row.
#[test]
fn the_reading_stops_at_a_million_values_and_says_where() {
    let mut text = String::from("Område");
    for year in 1901..=2000 {
        text += &format!(";{year}");
    }
    text.push('\n');
    let figures = ";7".repeat(100);
    for i in 0..10_001 {
        text += &format!("Kommune {i}{figures}\n");
    }
    let (_, parsed) = import::read_all("værdier.csv", text.as_bytes()).unwrap();
    assert_eq!(parsed.observations.len(), limits::MAX_VALUES);
    assert_eq!(parsed.rows, 10_001);
    let [problem] = &parsed.problems[..] else {
        panic!("{:?}", parsed.problems);
    };
    assert_eq!(problem.kind, ProblemKind::TooManyValues);
    assert_eq!(
        [problem.message("værdier.csv", Lang::Da), problem.message("værdier.csv", Lang::En)],
        [
            "værdier.csv, række 10002, kolonne 2 (B, \"1901\"): filen giver mere end 1.000.000 værdier, det meste appen læser fra én fil; læsningen stoppede her, og resten af filen er ikke læst. Udtræk færre områder, grupper eller perioder, eller del filen op.",
            "værdier.csv, row 10002, column 2 (B, \"1901\"): the file gives more than 1,000,000 values, the most the app reads from one file; reading stopped here and the rest of the file was not read. Extract fewer areas, groups or periods, or split the file.",
        ]
    );
}

#[test]
fn the_reading_stops_past_ten_thousand_problems() {
    let mut text = String::from("Område;Periode;Antal personer\nSlagelse;2023;5\n");
    text.push_str(&"Slagelse;2023;12a\n".repeat(20_000));
    let sniffed = import::open("fejl.csv", text.as_bytes()).unwrap();
    let mut mapping = sniffed.mapping.clone();
    mapping.roles = vec![ColumnRole::Area, ColumnRole::Period, ColumnRole::Value];
    let parsed = ParseJob::new(&sniffed, mapping).unwrap().run();
    assert_eq!(parsed.problems.len(), limits::MAX_PROBLEMS + 1);
    let last = parsed.problems.last().unwrap();
    assert_eq!(
        [last.message("fejl.csv", Lang::Da), last.message("fejl.csv", Lang::En)],
        [
            "fejl.csv, række 10003: mere end 10.000 fejl; læsningen stoppede her, og resten af filen er ikke læst. Er det den rigtige fil, og er kolonnerne læst rigtigt?",
            "fejl.csv, row 10003: more than 10,000 problems; reading stopped here and the rest of the file was not read. Is it the right file, and were its columns read right?",
        ]
    );
    assert_eq!(parsed.rows, 10_002);
    assert_eq!(parsed.observations.len(), 1);
}

#[test]
fn notes_past_ten_thousand_are_counted_not_listed() {
    let mut text = String::from("Område;Periode;Antal personer\n");
    for i in 0..10_005 {
        text += &format!("Slagelse;{};..\n", 2000 + i % 25);
    }
    text.push_str("Sorø;2023;4\n");
    let (_, parsed) = import::read_all("mangler.csv", text.as_bytes()).unwrap();
    assert_eq!(parsed.notes.len(), limits::MAX_NOTES + 1);
    let last = parsed.notes.last().unwrap();
    assert_eq!(last.row(), 10_007);
    assert_eq!(
        [
            last.message("mangler.csv", Lang::Da),
            last.message("mangler.csv", Lang::En)
        ],
        [
            "mangler.csv: yderligere 5 bemærkninger vises ikke (de første 10.000 er vist).",
            "mangler.csv: 5 more notes are not listed (the first 10,000 are).",
        ]
    );
    assert_eq!(parsed.observations.len(), 1);
}

#[test]
fn the_new_problems_in_english() {
    let text = "Område;Periode;Antal personer\nSlagelse;2023;\"7\n8\"\nSorø;2023;\"12\"3\nKommun\"e;2023;5\nNæstved;2023;1e308\n";
    let (_, parsed) = import::read_all("p.csv", text.as_bytes()).unwrap();
    let got: Vec<String> = parsed
        .problems
        .iter()
        .map(|p| p.message("p.csv", Lang::En))
        .collect();
    assert_eq!(
        got,
        [
            "p.csv, row 2, column 3 (C, \"Antal personer\"): \"7⏎8\" is split by a line break (⏎) inside quotes and is not read as a number. Fix the cell in the file.",
            "p.csv, row 4, column 3 (C, \"Antal personer\"): \"\"12\"3\" has a quote (\") inside the cell and is not read as a number. Fix the cell in the file.",
            "p.csv, row 5, column 1 (A, \"Område\"): the area \"Kommun\"e\" has a quote (\") that does not belong in a name; the row is not imported. Fix the cell in the file.",
            "p.csv, row 6, column 3 (C, \"Antal personer\"): \"1e308\" is too large: the app reads numbers up to ±10^15 (1,000,000,000,000,000). Fix the number in the file.",
        ]
    );
}

/// The bytes handed to `open_owned` become the text where they lie: a UTF-8 file (with a
/// byte-order mark and Windows line ends, too) is held once, and reads as `open` reads it.
#[test]
fn a_utf8_file_is_read_where_it_lies() {
    let mut bytes = b"\xEF\xBB\xBFOmr\xC3\xA5de;Periode;Antal personer\r\n".to_vec();
    bytes.extend_from_slice(&b"Slagelse;2023;5\r\n".repeat(1000));
    let at = bytes.as_ptr();
    let borrowed = import::open("a.csv", &bytes).unwrap();
    let owned = import::open_owned("a.csv", bytes).unwrap();
    assert_eq!(owned.text.as_ptr(), at);
    assert_eq!(owned, borrowed);
}
