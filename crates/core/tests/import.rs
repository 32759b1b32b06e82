//! The indicator importer against a corpus of files in the shapes people have (jobindsats.dk,
//! Statbank, Excel) and broken ones. Each file in `tests/corpus` has its expected reading in
//! `tests/corpus/expected/<file>.txt`, written by hand: every value with its row, or the exact
//! message. Then merging, links and following the targets.

use std::fs;
use std::path::{Path, PathBuf};

use plan_core::defaults::default_workspace;
use plan_core::indicators::import::{self, DecimalStyle, FileError, ParseJob, ReadError};
use plan_core::indicators::{AreaFilter, FollowStatus, ObsPeriod};
use plan_core::Lang;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

/// The reading of a file in the expectation format.
fn render(name: &str, bytes: &[u8]) -> String {
    let (s, p) = match import::read_all(name, bytes) {
        Ok(r) => r,
        Err(ReadError::File(e)) => return format!("error: {}\n", e.message(name, Lang::Da)),
        Err(ReadError::Mapping(e)) => return format!("mapping error: {}\n", e.message(Lang::Da)),
    };
    let mut out = String::new();
    let format = serde_json::to_value(s.format).unwrap();
    out += &format!("format: {}\n", format.as_str().unwrap());
    out += &format!("encoding: {}\n", s.encoding.name());
    if s.repaired_double_encoding {
        out += "repaired double encoding: yes\n";
    }
    let delimiter = match s.delimiter {
        b'\t' => "tab".to_owned(),
        d => (d as char).to_string(),
    };
    out += &format!("delimiter: {delimiter}\n");
    let decimal = match s.decimal {
        DecimalStyle::Comma => "comma",
        DecimalStyle::Point => "point",
    };
    out += &format!("decimal: {decimal}\n");
    if !s.title.is_empty() {
        out += &format!("title: {}\n", s.title.join(" / "));
    }
    if let Some(unit) = &s.unit {
        out += &format!("unit: {unit}\n");
    }
    if s.header_first != s.header_line {
        out += &format!("header lines: {}-{}\n", s.header_first, s.header_line);
    }
    let fill: Vec<String> = (0..s.header.len())
        .filter(|&i| s.mapping.fills_down(i))
        .map(|i| (i + 1).to_string())
        .collect();
    if !fill.is_empty() {
        out += &format!("fill down: {}\n", fill.join(", "));
    }
    if !s.mapping.indicator_name.is_empty() {
        out += &format!("indicator name: {}\n", s.mapping.indicator_name);
    }
    if s.mapping.percent_scale {
        out += "percent scale: yes\n";
    }
    out += &format!("rows: {}\n", p.rows);
    for o in &p.observations {
        out += &format!(
            "value: {} | {} | {} | {} | {}\n",
            o.row, o.area, o.indicator, o.period, o.value
        );
    }
    for problem in &p.problems {
        out += &format!("problem: {}\n", problem.message(name, Lang::Da));
    }
    for note in &p.notes {
        out += &format!("note: {}\n", note.message(name, Lang::Da));
    }
    out
}

fn corpus_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(corpus())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

#[test]
fn every_corpus_file_reads_exactly_as_expected() {
    let files = corpus_files();
    assert!(files.len() >= 25, "the corpus has {} files", files.len());
    let mut failures = Vec::new();
    for path in &files {
        let name = path.file_name().unwrap().to_str().unwrap();
        let expected_path = corpus().join("expected").join(format!("{name}.txt"));
        let expected = fs::read_to_string(&expected_path)
            .unwrap_or_else(|_| panic!("no expectation {}", expected_path.display()));
        let got = render(name, &fs::read(path).unwrap());
        if got != expected {
            failures.push(format!(
                "── {name}\n   expected:\n{expected}\n   got:\n{got}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_expectation_has_its_file() {
    for e in fs::read_dir(corpus().join("expected")).unwrap() {
        let name = e.unwrap().file_name().into_string().unwrap();
        let file = name.strip_suffix(".txt").unwrap();
        assert!(corpus().join(file).is_file(), "{name} has no corpus file");
    }
}

#[test]
fn a_50_mb_file_is_refused_with_its_size() {
    let mut bytes = b"Omr\xc3\xa5de;Periode;Antal personer\n".to_vec();
    let row = b"Slagelse;2023M01;100\n";
    while bytes.len() < 50 * 1024 * 1024 {
        bytes.extend_from_slice(row);
    }
    let err = import::open("stor.csv", &bytes).unwrap_err();
    assert_eq!(err, FileError::TooLarge { bytes: bytes.len() });
    assert_eq!(
        err.message("stor.csv", Lang::Da),
        "stor.csv: filen fylder 50,0 MB; appen læser filer på op til 25,0 MB. Udtræk færre områder eller perioder, eller del filen op."
    );
}

/// All municipalities × benefit groups × months, as a jobindsats.dk extract: 100 areas × 10
/// groups × 100 months = 100.000 rows.
fn big_file() -> (Vec<u8>, usize) {
    let mut areas: Vec<String> = (1..=96).map(|i| format!("Kommune {i:02}")).collect();
    areas.extend(["Slagelse", "Hele landet", "Esbjerg", "Tønder"].map(String::from));
    let groups: Vec<String> = (1..=10).map(|g| format!("Ydelsesgruppe {g}")).collect();
    let mut text = String::from("Område;Periode;Ydelsesgrupper;Antal fuldtidspersoner\n");
    let mut rows = 0;
    for area in &areas {
        for group in &groups {
            for month in 0..100 {
                let (y, m) = (2016 + month / 12, month % 12 + 1);
                text += &format!(
                    "{area};{y}M{m:02};{group};{},{}\n",
                    1000 + rows % 977,
                    rows % 10
                );
                rows += 1;
            }
        }
    }
    (text.into_bytes(), rows)
}

#[test]
fn a_100_000_row_file_reads_in_steps_exactly_as_at_once() {
    let (bytes, rows) = big_file();
    assert_eq!(rows, 100_000);
    let sniffed = import::open("alle-kommuner.csv", &bytes).unwrap();
    let mut job = ParseJob::new(&sniffed, sniffed.mapping.clone()).unwrap();
    let mut steps = 0;
    let mut last = 0.0;
    loop {
        let progress = job.step(5_000);
        steps += 1;
        assert!(progress.fraction >= last && progress.fraction <= 1.0);
        last = progress.fraction;
        if progress.done {
            break;
        }
    }
    let stepped = job.into_parsed();
    assert!(steps > 20, "{steps}");
    assert_eq!(stepped.rows as usize, rows);
    assert_eq!(stepped.observations.len(), rows);
    assert!(stepped.problems.is_empty());
    let at_once = ParseJob::new(&sniffed, sniffed.mapping.clone())
        .unwrap()
        .run();
    assert_eq!(stepped, at_once);
    let first = &stepped.observations[0];
    assert_eq!(
        (&*first.area, first.period, first.value, first.row),
        ("Kommune 01", ObsPeriod::Month(2016, 1), 1000.0, 2)
    );

    // Keeping only the compared areas leaves Slagelse, the country and two of the cluster.
    // The default workspace holds seed 003's figures already: the file adds to them.
    let mut ws = default_workspace();
    let (values_before, series_before) = (ws.indicators.len(), ws.indicators.series.len());
    assert!(values_before > 0);
    let report = ws.indicators.merge(
        "alle-kommuner.csv",
        "2026-11-24T10:00:00Z",
        "jobindsats",
        stepped.rows,
        &stepped.observations,
        AreaFilter::Compared,
    );
    assert_eq!((report.replaced, report.unchanged), (0, 0));
    assert_eq!(report.added as usize, ws.indicators.len() - values_before);
    assert_eq!(ws.indicators.series.len() - series_before, 4 * 10);
    assert_eq!(report.skipped_areas as usize, rows - report.added as usize);
}

fn read(name: &str) -> import::Parsed {
    let bytes = fs::read(corpus().join(name)).unwrap();
    import::read_all(name, &bytes).unwrap().1
}

#[test]
fn importing_the_same_file_again_adds_nothing_and_newer_values_replace_older() {
    // The default workspace holds seed 003's figures; they are not touched by the files.
    let mut ws = default_workspace();
    let seeded = ws.indicators.imports.clone();
    let seeded_values = ws.indicators.len();
    assert!(!seeded.is_empty() && seeded.iter().all(|r| r.seed.is_some()));
    let files = |ws: &plan_core::Workspace| -> Vec<String> {
        let kept: Vec<_> = ws
            .indicators
            .imports
            .iter()
            .filter(|r| r.seed.is_some())
            .cloned()
            .collect();
        assert_eq!(kept, seeded, "the seeded records stay as they were");
        ws.indicators
            .imports
            .iter()
            .filter(|r| r.seed.is_none())
            .map(|r| r.file_name.clone())
            .collect()
    };
    let p = read("jobindsats-long.csv");
    let first = ws.indicators.merge(
        "a.csv",
        "t1",
        "jobindsats",
        p.rows,
        &p.observations,
        AreaFilter::All,
    );
    assert_eq!((first.added, first.replaced, first.unchanged), (10, 0, 0));
    let saved = ws.indicators.clone();
    let again = ws.indicators.merge(
        "a.csv",
        "t2",
        "jobindsats",
        p.rows,
        &p.observations,
        AreaFilter::All,
    );
    assert_eq!((again.added, again.replaced, again.unchanged), (0, 0, 10));
    assert_eq!(
        ws.indicators.series, saved.series,
        "values and their sources stay"
    );
    assert_eq!(
        files(&ws),
        ["a.csv"],
        "an import nothing came from is not kept"
    );

    let mut newer = p.observations.clone();
    newer[0].value = 1240.0;
    newer[0].row = 9;
    let update = ws
        .indicators
        .merge("b.csv", "t3", "jobindsats", 1, &newer[..1], AreaFilter::All);
    assert_eq!((update.added, update.replaced, update.unchanged), (0, 1, 0));
    let s = ws
        .indicators
        .series("Antal fuldtidspersoner (Kontanthjælp)", "Slagelse")
        .unwrap();
    let point = s.points[0];
    assert_eq!(point.value(), 1240.0);
    assert_eq!(
        ws.indicators.source(&point).describe(Lang::Da),
        "Importeret fra b.csv, række 9 (t3)"
    );
    assert_eq!(
        ws.indicators.source(&s.points[1]).describe(Lang::Da),
        "Importeret fra a.csv, række 3 (t1)"
    );
    // Removing the newer import removes its value; the older file's value is not restored.
    assert_eq!(files(&ws), ["a.csv", "b.csv"]);
    assert_eq!(ws.indicators.remove_import(update.import_id), 1);
    assert_eq!(ws.indicators.len() - seeded_values, 9);
    assert_eq!(files(&ws), ["a.csv"]);
}

#[test]
fn a_broken_file_never_changes_what_is_saved() {
    let mut ws = default_workspace();
    let good = read("jobindsats-long.csv");
    ws.indicators.merge(
        "good.csv",
        "t1",
        "jobindsats",
        good.rows,
        &good.observations,
        AreaFilter::All,
    );
    let before = serde_json::to_string(&ws.indicators.series).unwrap();
    for path in corpus_files() {
        let name = path.file_name().unwrap().to_str().unwrap();
        let bytes = fs::read(&path).unwrap();
        if let Ok((_, parsed)) = import::read_all(name, &bytes) {
            if parsed.problems.is_empty() {
                continue;
            }
            // The user imports the valid rows of a file with problems: the values already
            // saved for other indicators and areas stay exactly as they were.
            let mut copy = ws.clone();
            copy.indicators.merge(
                name,
                "t2",
                "x",
                parsed.rows,
                &parsed.observations,
                AreaFilter::All,
            );
            for s in &ws.indicators.series {
                assert_eq!(
                    copy.indicators.series(&s.indicator, &s.area),
                    Some(s),
                    "{name} changed {}",
                    s.indicator
                );
            }
        }
    }
    assert_eq!(
        serde_json::to_string(&ws.indicators.series).unwrap(),
        before
    );
}

#[test]
fn measures_link_to_indicators_with_their_names() {
    let mut ws = default_workspace();
    for name in [
        "plan-indicators.csv",
        "wide-indicators.csv",
        "jobindsats-long.csv",
    ] {
        let p = read(name);
        ws.indicators
            .merge(name, "t", "x", p.rows, &p.observations, AreaFilter::All);
    }
    let measures: Vec<(String, String)> = ws
        .measures()
        .map(|(_, _, m)| (m.id.clone(), m.indicator.clone()))
        .collect();
    let linked = ws
        .indicators
        .link_matching(measures.iter().map(|(a, b)| (a.as_str(), b.as_str())));
    assert_eq!(linked, 3);
    let mut ids: Vec<&str> = ws
        .indicators
        .links
        .iter()
        .map(|l| l.measure_id.as_str())
        .collect();
    ids.sort();
    assert_eq!(
        ids,
        [
            "m-kth-aktiv-889",
            "m-kth-over-2-aar-375",
            "m-ledighedsydelse-over-2-aar-50"
        ]
    );
    // By hand: the best candidates for a measure share the most words with it.
    let c = ws
        .indicators
        .candidates("Helårspersoner på ledighedsydelse");
    assert_eq!(c[0], "Personer på ledighedsydelse i over 2 år");
    let best = c[0].to_owned();
    ws.indicators.set_link("m-ledighedsydelse-194", Some(&best));
    assert!(
        !ws.indicators
            .link_for("m-ledighedsydelse-194")
            .unwrap()
            .automatic
    );
    ws.indicators.set_link("m-ledighedsydelse-194", None);
    assert!(ws.indicators.link_for("m-ledighedsydelse-194").is_none());
}

fn obs(area: &str, indicator: &str, period: &str, value: f64, row: u64) -> import::Observation {
    import::Observation {
        area: area.into(),
        indicator: indicator.into(),
        period: ObsPeriod::parse(period).unwrap(),
        value,
        row,
    }
}

fn status_of(ws: &plan_core::Workspace, id: &str) -> (FollowStatus, String) {
    let all = plan_core::indicators::follow_all(ws);
    let f = all.iter().find(|f| f.measure.id == id).unwrap();
    (f.status, f.explanation(Lang::Da))
}

#[test]
fn targets_are_followed_with_a_status_in_words() {
    let mut ws = default_workspace();
    let kth = "Helårspersoner på kontanthjælp (aktivitetsparate)";
    let gap = "Forsikrede ledige i pct. af arbejdsstyrken";
    let part = "Andel delvist raskmeldte sygemeldte";
    let mut rows = Vec::new();
    // Cap 889 by 2023: 905 in January falling to 880 in December: met at the deadline.
    for (i, m) in (1..=12).enumerate() {
        rows.push(obs(
            "Slagelse",
            kth,
            &format!("2023M{m:02}"),
            905.0 - 25.0 * i as f64 / 11.0,
            i as u64 + 2,
        ));
    }
    rows.push(obs("Slagelse", kth, "2024M01", 870.0, 14));
    // Gap to the national average at most 0,1 point in 2023: 3,4 against 3,2 is missed.
    rows.push(obs("Slagelse", gap, "2023", 3.4, 20));
    rows.push(obs("Hele landet", gap, "2023", 3.2, 21));
    rows.push(obs("Slagelse", gap, "2024", 3.0, 22));
    rows.push(obs("Hele landet", gap, "2024", 3.0, 23));
    // At least 20 % partly back at work by 2024, going up: at risk now, on course by then.
    for (i, m) in (1..=6).enumerate() {
        rows.push(obs(
            "Slagelse",
            part,
            &format!("2023M{m:02}"),
            16.0 + i as f64,
            30 + i as u64,
        ));
    }
    rows.push(obs("Esbjerg", part, "2023M06", 18.0, 40));
    rows.push(obs("Tønder", part, "2023M06", 22.0, 41));
    ws.indicators.merge(
        "test.csv",
        "t",
        "x",
        rows.len() as u64,
        &rows,
        AreaFilter::All,
    );
    ws.indicators.set_link("m-kth-aktiv-889", Some(kth));
    ws.indicators.set_link("m-forsikrede-gap", Some(gap));
    ws.indicators.set_link("m-delvist-raskmeldte", Some(part));

    let (s, text) = status_of(&ws, "m-kth-aktiv-889");
    assert_eq!(s, FollowStatus::Met);
    insta::assert_snapshot!("met", text);
    let (s, text) = status_of(&ws, "m-forsikrede-gap");
    assert_eq!(s, FollowStatus::Missed);
    insta::assert_snapshot!("missed_gap", text);
    let (s, text) = status_of(&ws, "m-delvist-raskmeldte");
    assert_eq!(s, FollowStatus::OnTrack, "{text}");
    insta::assert_snapshot!("on_track_by_trend", text);
    let all = plan_core::indicators::follow_all(&ws);
    let f = all
        .iter()
        .find(|f| f.measure.id == "m-delvist-raskmeldte")
        .unwrap();
    assert_eq!(f.cluster.len(), 1);
    assert_eq!((f.cluster[0].mean, f.cluster[0].count), (20.0, 2));
    assert_eq!(
        status_of(&ws, "m-ledighedsydelse-194").0,
        FollowStatus::NotLinked
    );

    // A falling share misses the floor by the trend: off track, in words.
    let falling: Vec<_> = (1..=6)
        .map(|m| {
            obs(
                "Slagelse",
                part,
                &format!("2023M{m:02}"),
                15.0 - m as f64 * 0.5,
                50 + m as u64,
            )
        })
        .collect();
    ws.indicators
        .merge("falling.csv", "t2", "x", 6, &falling, AreaFilter::All);
    let (s, text) = status_of(&ws, "m-delvist-raskmeldte");
    assert_eq!(s, FollowStatus::OffTrack);
    insta::assert_snapshot!("off_track", text);
    // Close to the floor without a trend to go by: at risk.
    let mut near = default_workspace();
    near.indicators.merge(
        "n.csv",
        "t",
        "x",
        1,
        &[obs("Slagelse", part, "2023M06", 19.5, 2)],
        AreaFilter::All,
    );
    near.indicators.set_link("m-delvist-raskmeldte", Some(part));
    let (s, text) = status_of(&near, "m-delvist-raskmeldte");
    assert_eq!(s, FollowStatus::AtRisk);
    insta::assert_snapshot!("at_risk_near", text);
    // Linked, but no figures for Slagelse.
    near.indicators.set_link("m-kth-aktiv-889", Some(part));
    near.indicators.merge(
        "o.csv",
        "t",
        "x",
        1,
        &[obs("Esbjerg", kth, "2023", 1.0, 2)],
        AreaFilter::All,
    );
    near.indicators.set_link("m-kth-aktiv-889", Some(kth));
    assert_eq!(status_of(&near, "m-kth-aktiv-889").0, FollowStatus::NoData);
}

#[test]
fn mapping_errors_say_what_to_do() {
    let bytes = fs::read(corpus().join("jobindsats-long.csv")).unwrap();
    let s = import::open("x.csv", &bytes).unwrap();
    let mut m = s.mapping.clone();
    m.roles[1] = import::ColumnRole::Dimension;
    let e = ParseJob::new(&s, m).err().unwrap();
    insta::assert_snapshot!("no_period", e.message(Lang::Da));
    let mut m = s.mapping.clone();
    m.roles[0] = import::ColumnRole::Ignore;
    let e = ParseJob::new(&s, m.clone()).err().unwrap();
    insta::assert_snapshot!("no_area", e.message(Lang::Da));
    m.fixed_area = "Slagelse".into();
    let p = ParseJob::new(&s, m).unwrap().run();
    assert!(p.observations.iter().all(|o| &*o.area == "Slagelse"));
    let mut m = s.mapping.clone();
    m.roles[2] = import::ColumnRole::PeriodValue;
    let e = ParseJob::new(&s, m).err().unwrap();
    assert_eq!(
        e.message(Lang::Da),
        "Brug enten én periodekolonne med værdikolonner eller perioder som kolonner, ikke begge."
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
    /// Whatever the bytes, reading ends with values, problems or a message, never a panic.
    #[test]
    fn any_bytes_read_without_panicking(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..600)) {
        let _ = render("fuzz.csv", &bytes);
    }

    /// Table-like text with random cells, read with the roles of its header (area, period,
    /// value): every row that is not blank comes out as values, problems or notes, at the
    /// line where the CSV reader starts it, and nothing else does.
    #[test]
    fn every_row_is_accounted_for(cells in proptest::collection::vec("[A-Za-zæøå0-9,.; \"-]{0,8}", 3..60)) {
        let mut text = String::from("Område;Periode;Antal personer\n");
        for chunk in cells.chunks(3) {
            text += &chunk.join(";");
            text.push('\n');
        }
        let Ok(s) = import::open("p.csv", text.as_bytes()) else {
            return Err(proptest::test_runner::TestCaseError::reject("not a table"));
        };
        proptest::prop_assume!(s.delimiter == b';' && s.header_line == 1);
        let mut mapping = s.mapping.clone();
        mapping.roles = vec![
            import::ColumnRole::Area,
            import::ColumnRole::Period,
            import::ColumnRole::Value,
        ];
        mapping.fill_down.clear();
        let p = ParseJob::new(&s, mapping).expect("the roles parse").run();
        let mut got: Vec<u64> = p.observations.iter().map(|o| o.row)
            .chain(p.problems.iter().map(|x| x.row))
            .chain(p.notes.iter().map(|n| n.row()))
            .collect();
        got.sort_unstable();
        got.dedup();
        let mut want: Vec<u64> = csv::ReaderBuilder::new()
            .delimiter(b';')
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes())
            .into_records()
            .filter_map(Result::ok)
            .filter(|r| r.iter().any(|f| !f.trim().is_empty()))
            .filter_map(|r| r.position().map(|p| p.line()))
            .filter(|&line| line > 1)
            .collect();
        want.dedup();
        proptest::prop_assert_eq!(&got, &want, "{}", text);
        let footnotes = p.notes.iter().filter(|n| matches!(n, import::Note::Footnote { .. })).count();
        proptest::prop_assert_eq!(p.rows as usize + footnotes, want.len());
    }
}
