use crate::indicators::import::read_all;

fn values(name: &str, text: &str) -> Vec<String> {
    let (_, parsed) = read_all(name, text.as_bytes()).expect("the file reads");
    assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
    parsed
        .observations
        .iter()
        .map(|o| format!("{} | {} | {} | {}", o.row, o.area, o.indicator, o.value))
        .collect()
}

/// "Undergruppe" is blank under half the rows and filled down; the rows of another
/// benefit took the subgroup of the benefit above them.
#[test]
fn a_new_text_left_of_a_filled_down_column_clears_its_label() {
    let text = "Område;Periode;Ydelse;Undergruppe;Antal\n\
                Slagelse;2023;Kontanthjælp;Jobparate;100\n\
                Slagelse;2023;Kontanthjælp;Aktivitetsparate;200\n\
                Slagelse;2023;Dagpenge;;300\n\
                Sorø;2023;Kontanthjælp;Jobparate;10\n\
                Sorø;2023;Kontanthjælp;Aktivitetsparate;20\n\
                Sorø;2023;Dagpenge;;30\n";
    let (sniffed, _) = read_all("ydelser.csv", text.as_bytes()).unwrap();
    assert!(sniffed.mapping.fills_down(3));
    assert_eq!(
        values("ydelser.csv", text),
        [
            "2 | Slagelse | ydelser (Kontanthjælp, Jobparate) | 100",
            "3 | Slagelse | ydelser (Kontanthjælp, Aktivitetsparate) | 200",
            "4 | Slagelse | ydelser (Dagpenge) | 300",
            "5 | Sorø | ydelser (Kontanthjælp, Jobparate) | 10",
            "6 | Sorø | ydelser (Kontanthjælp, Aktivitetsparate) | 20",
            "7 | Sorø | ydelser (Dagpenge) | 30",
        ]
    );
    // Repeated labels left blank under the same texts still take the label above.
    let text = "Kommune;Køn;2021\nSlagelse;Mænd;1\n;Kvinder;3\nSorø;Mænd;5\n;Kvinder;7\n";
    assert_eq!(
        values("koen.csv", text),
        [
            "2 | Slagelse | koen (Mænd) | 1",
            "3 | Slagelse | koen (Kvinder) | 3",
            "4 | Sorø | koen (Mænd) | 5",
            "5 | Sorø | koen (Kvinder) | 7",
        ]
    );
}
