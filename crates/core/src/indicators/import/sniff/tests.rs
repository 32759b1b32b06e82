use crate::indicators::import::{read_all, Format};

/// The values a file reads to, as `ROW | AREA | INDICATOR | PERIOD | VALUE`.
fn values(name: &str, text: &str) -> (Format, Vec<String>) {
    let (sniffed, parsed) = read_all(name, text.as_bytes()).expect("the file reads");
    let values = parsed
        .observations
        .iter()
        .map(|o| {
            format!(
                "{} | {} | {} | {} | {}",
                o.row, o.area, o.indicator, o.period, o.value
            )
        })
        .collect();
    (sniffed.format, values)
}

#[test]
fn a_one_period_web_table_whose_first_figure_is_missing_has_its_header() {
    let text = "\"AUS08: Fuldtidsledige efter område, ydelsestype og tid\"\n\
                \"Enhed: Antal\"\n\
                ;;\"2024M03\"\n\
                \"Slagelse\";\"Dagpengemodtagere\";..\n\
                ;\"Kontanthjælpsmodtagere\";398\n\
                \"Sorø\";\"Dagpengemodtagere\";241\n";
    let (format, values) = values("aus08.csv", text);
    assert_eq!(format, Format::StatbankWeb);
    assert_eq!(
        values,
        [
            "5 | Slagelse | Fuldtidsledige (Kontanthjælpsmodtagere) | 2024M03 | 398",
            "6 | Sorø | Fuldtidsledige (Dagpengemodtagere) | 2024M03 | 241",
        ]
    );
}

#[test]
fn a_one_period_nested_web_table_has_its_header() {
    let text = "\"AUP02: Fuldtidsledige efter område, køn, alder og tid\"\n\
                \"Enhed: Procent\"\n\
                ;;;;\"2023K1\"\n\
                \" \";\"Hele landet\"\n\
                \" \";\" \";\"I alt\"\n\
                \" \";\" \";\" \";\"16-24 år\";5,1\n\
                \" \";\"Slagelse\"\n\
                \" \";\" \";\"I alt\"\n\
                \" \";\" \";\" \";\"16-24 år\";6,8\n";
    let (format, values) = values("aup02.csv", text);
    assert_eq!(format, Format::StatbankWeb);
    assert_eq!(
        values,
        [
            "6 | Hele landet | Fuldtidsledige (I alt, 16-24 år) | 2023K1 | 5.1",
            "9 | Slagelse | Fuldtidsledige (I alt, 16-24 år) | 2023K1 | 6.8",
        ]
    );
}

/// "2023*" (preliminary figures) was no period: its figures became part of the
/// indicator's name ("2023* 120").
#[test]
fn a_period_header_marked_with_a_star_is_a_period() {
    let text = "Kommune;2022;2023*\nSlagelse;110;120\nSorø;55;60\n";
    let (format, values) = values("ledige.csv", text);
    assert_eq!(format, Format::Wide);
    assert_eq!(
        values,
        [
            "2 | Slagelse | ledige | 2022 | 110",
            "2 | Slagelse | ledige | 2023 | 120",
            "3 | Sorø | ledige | 2022 | 55",
            "3 | Sorø | ledige | 2023 | 60",
        ]
    );
}

/// "2023 (foreløbig)" is 2023, marked as preliminary; "2023 (1. halvår)" names another
/// period and is not taken for 2023.
#[test]
fn a_period_header_marked_preliminary_is_a_period() {
    let text = "Kommune;2022;2023 (foreløbig)\nSlagelse;110;120\nSorø;55;60\n";
    let (_, values) = values("ledige.csv", text);
    assert_eq!(values.len(), 4, "{values:?}");
    assert_eq!(super::header_period("2023 (1. halvår)"), None);
    assert_eq!(
        super::header_period("2024K1 (prel.)"),
        crate::indicators::ObsPeriod::parse("2024K1")
    );
}

/// Under a blank first column, a first data row without figures was read as a second
/// header row: its area vanished into the header ("Kommune Slagelse"), or its period
/// made the period column a column of values.
#[test]
fn a_first_row_without_figures_under_a_blank_first_column_is_data() {
    let wide = ";Kommune;2021;2022\n;Slagelse;;\n;Sorø;402;351\n";
    let (_, values_wide) = values("wide.csv", wide);
    assert_eq!(
        values_wide,
        [
            "3 | Sorø | wide | 2021 | 402",
            "3 | Sorø | wide | 2022 | 351"
        ]
    );
    let (sniffed, parsed) = read_all("wide.csv", wide.as_bytes()).unwrap();
    assert_eq!((sniffed.header_first, sniffed.header_line), (1, 1));
    assert_eq!(parsed.rows, 2);

    let long = ";Område;Periode;Antal\n;Slagelse;2023M01;\n;Slagelse;2023M02;870\n";
    let (format, values_long) = values("long.csv", long);
    assert_eq!(format, Format::Long);
    assert_eq!(values_long, ["3 | Slagelse | long | 2023M02 | 870"]);

    // A real second header row is still one.
    let two = ";Kommune;2021;;2022;\n;;Antal;Pct.;Antal;Pct.\n;Slagelse;1.412;3,9;1.198;3,3\n";
    let (sniffed, _) = read_all("two.csv", two.as_bytes()).unwrap();
    assert_eq!((sniffed.header_first, sniffed.header_line), (1, 2));
}

/// Issue 24's shapes say in plain words how they are read: the group row above the periods,
/// the section rows that name the figures (the title only their context), the areas on rows
/// of their own under stub headers.
#[test]
fn the_remaining_shapes_are_read_in_plain_words() {
    let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/");
    let reading = |name: &str| {
        let bytes = std::fs::read(format!("{corpus}{name}")).unwrap();
        let (sniffed, _) = read_all(name, &bytes).unwrap();
        sniffed.reading_text(crate::Lang::Da)
    };
    let groups = reading("excel-group-over-periods.csv");
    assert!(
        groups.contains(
            "Overskriften fylder to rækker (4 og 5): den øverste samler kolonnerne under sig."
        ),
        "{groups}"
    );
    let sections = reading("noegletal-section-rows.csv");
    assert!(
        sections.contains(
            "Rækkerne »Indbyggertal 1. januar« (række 4) og »Udskrivningsprocent« (række 10) over områderne navngiver hver tallene under sig; titlen er deres sammenhæng, ikke deres navn."
        ),
        "{sections}"
    );
    assert!(!sections.contains("Grupper"), "{sections}");
    let nested = reading("statbank-web-nested-stub-headers.csv");
    assert!(
        nested.starts_with(
            "Tabellen har perioder som kolonner (2024K1 – 2024K3) og områder i rækkerne (kolonne A, på egne rækker over deres tal)."
        ),
        "{nested}"
    );

    // A lone text in a headed area column is an area without figures, not a section.
    let text = "Kommune;2022;2023\nChristiansø;;\nSlagelse;1.412;1.198\n";
    let (sniffed, parsed) = read_all("a.csv", text.as_bytes()).unwrap();
    assert!(sniffed.sections.is_empty());
    assert_eq!(parsed.observations.len(), 2);
    assert_eq!(&*parsed.observations[0].indicator, "a");
}
