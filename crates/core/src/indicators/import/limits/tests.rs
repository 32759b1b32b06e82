use super::*;

fn stray(raw: &str) -> Vec<bool> {
    let mut out = Vec::new();
    stray_quotes(raw.as_bytes(), b';', &mut out);
    out
}

#[test]
fn quotes_that_enclose_a_whole_cell_are_clean_and_others_stray() {
    assert_eq!(stray("Slagelse;2023;7\n"), Vec::<bool>::new());
    assert_eq!(stray("\"Slagelse\";\"2023\";\"1.234,5\"\n"), [false; 3]);
    assert_eq!(stray("\"Slagelse\";2023;\"7\n8\"\n"), [false, false, false]);
    assert_eq!(stray("\"Sla\"\"gelse\";2023;7"), [false, false, false]);
    assert_eq!(stray("Sorø;2023;12\"3\n"), [false, false, true]);
    assert_eq!(stray("Sorø;2023;\"12\"3\n"), [false, false, true]);
    assert_eq!(stray("Slagelse Kommun\"e;2023;5\n"), [true, false, false]);
    assert_eq!(stray("Sorø;\"2023\" ;5\n"), [false, true, false]);
    // A quote never closed: the cell is stray (the reading says more about it).
    assert_eq!(stray("Sorø;2023;\"5\n"), [false, false, true]);
    assert_eq!(
        raw_field(b"Sor\xc3\xb8;2023;\"12\"3\n", b';', 2),
        Some("\"12\"3")
    );
    assert_eq!(raw_field(b"a;b", b';', 1), Some("b"));
    assert_eq!(raw_field(b"a;b", b';', 2), None);
}

#[test]
fn the_scan_counts_cells_and_the_widest_row_for_each_delimiter() {
    let extent = scan(b"A;B;C\n\n1;2;3\n4,5;6;7\n");
    assert_eq!(extent.per_delimiter[0].cells, 9);
    assert_eq!(
        (
            extent.per_delimiter[1].widest,
            extent.per_delimiter[1].widest_line
        ),
        (2, 4)
    );
    assert_eq!(extent.check_columns(), Ok(()));
    assert_eq!(extent.check_cells(b';'), Ok(()));

    let mut wide = b"Omr\xc3\xa5de;2023\n".to_vec();
    wide.extend(std::iter::repeat_n(b';', MAX_COLUMNS));
    assert_eq!(
        scan(&wide).check_columns(),
        Err(FileError::TooManyColumns {
            row: 2,
            columns: MAX_COLUMNS + 1,
            delimiter: ';'
        })
    );

    // 1.000.000 rows of five cells and one more row: the limit is passed on its line.
    let mut many = "a;b;c;d;e\n".repeat(1_000_000);
    many.push_str("a;b\n");
    let extent = scan(many.as_bytes());
    assert_eq!(extent.check_columns(), Ok(()));
    assert_eq!(
        extent.check_cells(b';'),
        Err(FileError::TooManyCells {
            cells: 5_000_002,
            row: 1_000_001
        })
    );
    assert_eq!(extent.check_cells(b','), Ok(()));
}

#[test]
fn an_excerpt_is_short_and_on_one_line() {
    assert_eq!(excerpt("7\n8"), "7⏎8");
    assert_eq!(excerpt(&"9".repeat(60)), "9".repeat(60));
    assert_eq!(excerpt(&"9".repeat(61)), format!("{}…", "9".repeat(60)));
}
