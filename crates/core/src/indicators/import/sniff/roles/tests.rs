use crate::indicators::import::{read_all, ColumnRole, Format, ReadError};
use ColumnRole::*;

/// The guessed roles and the values a file reads to, as `ROW | AREA | INDICATOR | PERIOD
/// | VALUE`.
fn read(name: &str, text: &str) -> (Vec<ColumnRole>, Format, Vec<String>) {
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
    (sniffed.mapping.roles, sniffed.format, values)
}

/// A total or a change right of the period columns was a grouping: every row got an
/// indicator of its own ("I alt 330").
#[test]
fn figures_beside_period_columns_are_no_grouping() {
    let text = "Kommune;2021;2022;I alt;Ændring i pct.\n\
                Slagelse;100;110;210;10,0\n\
                Sorø;50;55;105;10,0\n";
    let (roles, format, values) = read("ledige.csv", text);
    assert_eq!(format, Format::Wide);
    assert_eq!(roles, [Area, PeriodValue, PeriodValue, Ignore, Ignore]);
    assert_eq!(
        values,
        [
            "2 | Slagelse | ledige | 2021 | 100",
            "2 | Slagelse | ledige | 2022 | 110",
            "3 | Sorø | ledige | 2021 | 50",
            "3 | Sorø | ledige | 2022 | 55",
        ]
    );
    // A measure left of the periods is no grouping either.
    let text = "Kommune;Indbyggere;2021;2022\nSlagelse;80334;100;110\nSorø;30244;50;55\n";
    let (roles, _, values) = read("ledige.csv", text);
    assert_eq!(roles, [Area, Ignore, PeriodValue, PeriodValue]);
    assert_eq!(values[0], "2 | Slagelse | ledige | 2021 | 100");
    // Codes that repeat are (`Alder` 25, 30 under each municipality).
    let text = "Kommune;Alder;2021\nSlagelse;25;100\nSlagelse;30;120\nSorø;25;50\nSorø;30;60\n";
    let (roles, _, values) = read("ledige.csv", text);
    assert_eq!(roles, [Area, Dimension, PeriodValue]);
    assert_eq!(
        values,
        [
            "2 | Slagelse | ledige (Alder 25) | 2021 | 100",
            "3 | Slagelse | ledige (Alder 30) | 2021 | 120",
            "4 | Sorø | ledige (Alder 25) | 2021 | 50",
            "5 | Sorø | ledige (Alder 30) | 2021 | 60",
        ]
    );
}

/// With upper-case headers and a generic "ANTAL", the Statbank rule made the measure
/// PROCENT a grouping: "3,9" became part of the indicator's name.
#[test]
fn a_measure_beside_a_generic_value_column_stays_a_measure() {
    let text = "OMRÅDE;PERIODE;ANTAL;PROCENT\nSlagelse;2023;1.410;3,9\nSorø;2023;402;2,9\n";
    let (roles, format, values) = read("ledige.csv", text);
    assert_eq!(roles, [Area, Period, Value, Value]);
    assert_eq!(format, Format::Long);
    assert_eq!(
        values,
        [
            "2 | Slagelse | ledige | 2023 | 1410",
            "2 | Slagelse | PROCENT | 2023 | 3.9",
            "3 | Sorø | ledige | 2023 | 402",
            "3 | Sorø | PROCENT | 2023 | 2.9",
        ]
    );
    // A Statbank file's codes are still groupings.
    let text = "OMRÅDE;KØN;TID;INDHOLD;\n101;1;2023K1;12;\n101;2;2023K1;13;\n";
    let (roles, format, values) = read("folk.csv", text);
    assert_eq!(format, Format::Statbank);
    assert_eq!(roles, [Area, Dimension, Period, Value, Ignore]);
    assert_eq!(values[1], "3 | København | folk (KØN 2) | 2023K1 | 13");
}

/// "Heraf 65 år" ends in "år" and its counts look like years: it was taken for the
/// period, and the real period column ("2023K1") became a grouping.
#[test]
fn a_count_whose_header_ends_in_aar_is_no_period() {
    let text = "Kommune;Opgørelsestidspunkt;Heraf 65 år;Folketal\n\
                Slagelse;2023K1;1987;80334\n\
                Sorø;2023K1;2012;30244\n";
    let (roles, _, values) = read("folketal.csv", text);
    assert_eq!(roles, [Area, Period, Value, Value]);
    assert_eq!(values[0], "2 | Slagelse | Heraf 65 år | 2023K1 | 1987");
    // One word ending in "år" over years is a period.
    let text = "Kommune;Regnskabsår;Udgift\nSlagelse;2022;100\nSlagelse;2023;110\n";
    let (roles, _, _) = read("udgift.csv", text);
    assert_eq!(roles, [Area, Period, Value]);
}

/// "Politikområde" holds "område": its cells ("Ældre", "Skole") were stored as areas.
#[test]
fn a_header_holding_omraade_names_areas_only_over_area_names() {
    let text = "Politikområde;År;Udgift\nÆldre;2023;1.200\nSkole;2023;900\n";
    let (roles, _) = sniffed("udgift.csv", text);
    assert_eq!(roles, [Dimension, Period, Value]);
    assert!(matches!(
        read_all("udgift.csv", text.as_bytes()),
        Err(ReadError::Mapping(_))
    ));
    let text = "Arbejdsstedskommune;Tid;Antal\nSlagelse;2023;100\nSorø;2023;10\n";
    let (roles, _, values) = read("antal.csv", text);
    assert_eq!(roles, [Area, Period, Value]);
    assert_eq!(values[1], "3 | Sorø | antal | 2023 | 10");
}

/// "Most" cells are more than half of them: "Danmark" beside "Udlandet" is no column of
/// areas.
#[test]
fn a_column_of_danmark_and_udlandet_is_no_area_column() {
    let text = "Fødeland;Tid;Antal\nDanmark;2023;100\nUdlandet;2023;10\n";
    let (roles, _) = sniffed("foedte.csv", text);
    assert_eq!(roles, [Dimension, Period, Value]);
    // Known names by content still make the area column.
    let text = "Navn;Tid;Antal\nSlagelse;2023;100\nSorø;2023;10\nNordby;2023;1\n";
    let (roles, _) = sniffed("antal.csv", text);
    assert_eq!(roles, [Area, Period, Value]);
}

/// A measure that is "-" in every sample row was ignored, with its figures in the rows
/// after the sample.
#[test]
fn a_measure_missing_in_every_sample_row_is_read() {
    let mut text = String::from("Område;Periode;Antal fuldtidspersoner;Antal personer\n");
    for m in 1..=12 {
        for y in 2000..2020 {
            text += &format!("Læsø;{y}M{m:02};12;-\n");
        }
    }
    text += "Slagelse;2023M01;889;1.002\n";
    let (roles, _, values) = read("ydelser.csv", &text);
    assert_eq!(roles, [Area, Period, Value, Value]);
    assert_eq!(
        values.last().map(String::as_str),
        Some("242 | Slagelse | Antal personer | 2023M01 | 1002")
    );
}

/// The guessed roles and layout.
fn sniffed(name: &str, text: &str) -> (Vec<ColumnRole>, Format) {
    let s = crate::indicators::import::open(name, text.as_bytes()).expect("opens");
    (s.mapping.roles, s.format)
}
