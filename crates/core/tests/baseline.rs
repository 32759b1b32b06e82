//! Baselines from imported figures: a benefit group's full-year persons read from an indicator
//! imported through the importer, checked by hand.

use plan_core::defaults::default_workspace;
use plan_core::indicators::import::{self, Observation};
use plan_core::indicators::seeded::SEED_FILE;
use plan_core::indicators::{AreaFilter, ObsPeriod, Point, SeedColumn};
use plan_core::model::PartialDate;
use plan_core::scenarios::*;
use plan_core::{Lang, Source, Workspace};

const SDP: &str = "Antal fuldtidspersoner (Sygedagpenge)";
const IMPORTED_AT: &str = "2025-02-10T09:00:00Z";

/// Slagelse's sygedagpenge month by month, January 2023 (row 2) to March 2024 (row 16):
/// 1.200 in January 2023, 10 more each month. Then the country (row 17) and Slagelse's
/// kontanthjælp (row 18).
fn monthly_csv() -> String {
    let mut csv = String::from("Område;Periode;Ydelsesgrupper;Antal fuldtidspersoner\n");
    for i in 0..15 {
        let (year, month) = (2023 + i / 12, i % 12 + 1);
        csv += &format!(
            "Slagelse;{year}M{month:02};Sygedagpenge;{}\n",
            1200 + 10 * i
        );
    }
    csv += "Hele landet;2024M03;Sygedagpenge;80.000\n";
    csv += "Slagelse;2024M03;Kontanthjælp;1.500\n";
    csv
}

fn import_into(ws: &mut Workspace, name: &str, text: &str) {
    let (_, parsed) = import::read_all(name, text.as_bytes()).unwrap();
    assert!(parsed.problems.is_empty(), "{name}: {:?}", parsed.problems);
    ws.indicators.merge(
        name,
        IMPORTED_AT,
        "jobindsats",
        parsed.rows,
        &parsed.observations,
        AreaFilter::Compared,
    );
}

fn workspace() -> Workspace {
    let mut ws = default_workspace();
    import_into(&mut ws, "sygedagpenge.csv", &monthly_csv());
    ws
}

fn link(indicator: &str, method: BaselineMethod) -> BaselineLink {
    BaselineLink {
        group_id: "sygedagpenge".into(),
        indicator: indicator.into(),
        method,
    }
}

fn close(a: f64, b: f64) {
    assert!((a - b).abs() < 1e-9, "{a} ≠ {b}");
}

#[test]
fn the_latest_full_year_is_the_mean_of_2023s_twelve_months() {
    let ws = workspace();
    let today = PartialDate::day(2024, 6, 1);
    let r = resolve(
        &link(SDP, BaselineMethod::LatestFullYear),
        &ws.indicators,
        today,
    )
    .unwrap();
    // (1.200 + 1.210 + … + 1.310) / 12 = (1.200 + 1.310) / 2.
    close(r.value, 1255.0);
    assert_eq!(r.periods.len(), 12);
    assert_eq!(r.periods[0], ObsPeriod::Month(2023, 1));
    assert_eq!(r.periods[11], ObsPeriod::Month(2023, 12));
    assert_eq!((r.age_months, r.stale), (6, false));
    assert_eq!(
        r.source.describe(Lang::Da),
        "Importeret fra sygedagpenge.csv, række 2–13, gennemsnit af jan. 2023–dec. 2023 (2025-02-10T09:00:00Z)"
    );
    assert_eq!(
        r.source.describe(Lang::En),
        "Imported from sygedagpenge.csv, rows 2–13, mean of Jan 2023–Dec 2023 (2025-02-10T09:00:00Z)"
    );
}

#[test]
fn the_mean_of_the_latest_12_months_is_april_2023_to_march_2024() {
    let ws = workspace();
    let today = PartialDate::month(2024, 6);
    let l = link(SDP, BaselineMethod::MeanOfLatest12Months);
    let r = resolve(&l, &ws.indicators, today).unwrap();
    // (1.230 + … + 1.340) / 12 = (1.230 + 1.340) / 2.
    close(r.value, 1285.0);
    assert_eq!(r.periods.first(), Some(&ObsPeriod::Month(2023, 4)));
    assert_eq!(r.periods.last(), Some(&ObsPeriod::Month(2024, 3)));
    assert_eq!(r.age_months, 3);
    match &r.source {
        Source::Import {
            file_name,
            row,
            last_row,
            ..
        } => assert_eq!(
            (file_name.as_str(), *row, *last_row),
            ("sygedagpenge.csv", 5, Some(16))
        ),
        other => panic!("{other:?}"),
    }
    // A missing month breaks the window: the latest complete one ends before it, February
    // 2023 to January 2024: (1.210 + 1.320) / 2.
    let mut gap = default_workspace();
    let text: String = monthly_csv()
        .lines()
        .filter(|l| !l.contains("2024M02"))
        .map(|l| format!("{l}\n"))
        .collect();
    import_into(&mut gap, "gap.csv", &text);
    let r = resolve(&l, &gap.indicators, today).unwrap();
    assert_eq!(r.periods.last(), Some(&ObsPeriod::Month(2024, 1)));
    close(r.value, 1265.0);
}

#[test]
fn a_year_value_and_a_moving_year_are_used_as_the_file_gives_them() {
    let mut ws = default_workspace();
    let yearly = "Område;Periode;Ydelsesgrupper;Antal fuldtidspersoner\n\
                  Slagelse;2022;Sygedagpenge;1.150\n\
                  Slagelse;2023;Sygedagpenge;1.250,5\n\
                  Slagelse;2023QMAT04;Sygedagpenge;1.249\n\
                  Slagelse;2024QMAT01;Sygedagpenge;1.260\n";
    import_into(&mut ws, "aar.csv", yearly);
    let today = PartialDate::month(2024, 8);
    let full = resolve(
        &link(SDP, BaselineMethod::LatestFullYear),
        &ws.indicators,
        today,
    )
    .unwrap();
    close(full.value, 1250.5);
    assert_eq!(full.periods, [ObsPeriod::Year(2023)]);
    assert_eq!(
        full.source.describe(Lang::Da),
        "Importeret fra aar.csv, række 3, 2023 (2025-02-10T09:00:00Z)"
    );
    let l = link(SDP, BaselineMethod::MeanOfLatest12Months);
    let moving = resolve(&l, &ws.indicators, today).unwrap();
    close(moving.value, 1260.0);
    assert_eq!(moving.periods, [ObsPeriod::MovingYear(2024, 1)]);
    assert_eq!(moving.age_months, 5);

    // Without the year values, the moving year to the fourth quarter is the full year.
    let mut ws = default_workspace();
    let text: String = yearly
        .lines()
        .filter(|l| !l.contains(";2022;") && !l.contains(";2023;"))
        .map(|l| format!("{l}\n"))
        .collect();
    import_into(&mut ws, "qmat.csv", &text);
    let full = resolve(
        &link(SDP, BaselineMethod::LatestFullYear),
        &ws.indicators,
        today,
    )
    .unwrap();
    close(full.value, 1249.0);
    assert_eq!(full.periods, [ObsPeriod::MovingYear(2023, 4)]);
    assert_eq!(
        full.source.describe(Lang::Da),
        "Importeret fra qmat.csv, række 2, år til 4. kvt. 2023 (2025-02-10T09:00:00Z)"
    );
}

#[test]
fn a_figure_14_months_old_is_stale_and_says_so() {
    let ws = workspace();
    let l = link(SDP, BaselineMethod::LatestFullYear);
    // 2023 ends in December 2023; February 2025 is 14 months later.
    let r = resolve(&l, &ws.indicators, PartialDate::day(2025, 2, 10)).unwrap();
    assert_eq!((r.age_months, r.stale), (14, true));
    let r = resolve(&l, &ws.indicators, PartialDate::month(2024, 12)).unwrap();
    assert_eq!((r.age_months, r.stale), (12, false));

    let mut set = default_scenario_set();
    assert!(set.set_baseline_link("sygedagpenge", Some((SDP, BaselineMethod::LatestFullYear))));
    let (_, notes) = effective_assumptions(&set, &ws.indicators, PartialDate::month(2025, 2));
    let texts: Vec<String> = notes.iter().map(|n| n.text(Lang::Da)).collect();
    assert_eq!(
        texts,
        [
            "Sygedagpenge: helårspersoner ændret fra 1.300 til 1.255 efter »Antal fuldtidspersoner (Sygedagpenge)«, gennemsnit af jan. 2023–dec. 2023 (seneste hele år).",
            "Sygedagpenge: tallet fra »Antal fuldtidspersoner (Sygedagpenge)« er for gennemsnit af jan. 2023–dec. 2023 og 14 måneder gammelt; importér nyere tal.",
        ]
    );
    assert!(!notes[0].is_warning() && notes[1].is_warning());
    assert!(notes[1].text(Lang::En).contains("14 months old"));
}

#[test]
fn problems_name_the_indicator_and_keep_the_assumed_figure() {
    let ws = workspace();
    let today = PartialDate::month(2024, 6);
    let missing = "Antal fuldtidspersoner (Ledighedsydelse)";
    let err = resolve(
        &link(missing, BaselineMethod::LatestFullYear),
        &ws.indicators,
        today,
    )
    .unwrap_err();
    assert_eq!(
        err.message(Lang::Da),
        "Indikatoren »Antal fuldtidspersoner (Ledighedsydelse)« er ikke importeret."
    );
    assert_eq!(
        err.message(Lang::En),
        "The indicator “Antal fuldtidspersoner (Ledighedsydelse)” has not been imported."
    );

    // Only the country has figures for this one.
    let mut other = default_workspace();
    import_into(
        &mut other,
        "land.csv",
        "Område;Periode;Ydelsesgrupper;Antal fuldtidspersoner\nHele landet;2023;Sygedagpenge;80.000\n",
    );
    let err = resolve(
        &link(SDP, BaselineMethod::LatestFullYear),
        &other.indicators,
        today,
    )
    .unwrap_err();
    assert_eq!(
        err.message(Lang::Da),
        "Indikatoren »Antal fuldtidspersoner (Sygedagpenge)« har ingen tal for Slagelse."
    );

    // Kontanthjælp has one month for Slagelse: not enough for either method.
    let kth = "Antal fuldtidspersoner (Kontanthjælp)";
    for method in BaselineMethod::ALL {
        let err = resolve(&link(kth, method), &ws.indicators, today).unwrap_err();
        assert!(matches!(
            err,
            BaselineProblem::NotEnoughMonths { months: 1, .. }
        ));
        assert!(err
            .message(Lang::Da)
            .contains("»Antal fuldtidspersoner (Kontanthjælp)«"));
    }

    let mut set = default_scenario_set();
    set.set_baseline_link(
        "sygedagpenge",
        Some((missing, BaselineMethod::LatestFullYear)),
    );
    let (a, notes) = effective_assumptions(&set, &ws.indicators, today);
    assert_eq!(a, set.assumptions);
    assert_eq!(
        notes[0].text(Lang::Da),
        "Sygedagpenge: Indikatoren »Antal fuldtidspersoner (Ledighedsydelse)« er ikke importeret. Den antagne værdi 1.300 bruges."
    );
}

#[test]
fn a_linked_group_calculates_with_the_imported_figure_and_its_source() {
    let ws = workspace();
    let today = PartialDate::month(2024, 6);
    let mut set = default_scenario_set();
    set.set_baseline_link("sygedagpenge", Some((SDP, BaselineMethod::LatestFullYear)));
    let (a, notes) = effective_assumptions(&set, &ws.indicators, today);
    let g = a.group("sygedagpenge").unwrap();
    close(g.persons.value, 1255.0);
    assert!(
        matches!(&g.persons.source, Source::Import { file_name, .. } if file_name == "sygedagpenge.csv")
    );
    assert_eq!(notes.len(), 1);
    // Everything but that figure is as it was.
    let mut expected = set.assumptions.clone();
    expected
        .groups
        .iter_mut()
        .find(|g| g.id == "sygedagpenge")
        .unwrap()
        .persons = g.persons.clone();
    assert_eq!(a, expected);

    let linked = evaluate_all_linked(&set, &ws, today);
    let plain = evaluate_all(&set, &ws);
    let persons = |r: &[ScenarioResult]| {
        r[0].years[0]
            .groups
            .iter()
            .find(|g| g.group_id == "sygedagpenge")
            .unwrap()
            .baseline_persons
    };
    close(persons(&linked), 1255.0);
    close(persons(&plain), 1300.0);
    let (with_links, _) = linked_set(&set, &ws.indicators, today);
    assert_eq!(linked, evaluate_all(&with_links, &ws));
}

#[test]
fn the_default_set_without_links_evaluates_exactly_as_before() {
    let ws = workspace();
    let set = default_scenario_set();
    assert!(set.baseline_links.is_empty());
    let today = PartialDate::month(2024, 6);
    assert_eq!(
        evaluate_all_linked(&set, &ws, today),
        evaluate_all(&set, &ws)
    );
    let (a, notes) = effective_assumptions(&set, &ws.indicators, today);
    assert_eq!(a, set.assumptions);
    assert!(notes.is_empty());
}

#[test]
fn files_without_baseline_links_load_and_links_round_trip() {
    let set = default_scenario_set();
    let json = serde_json::to_value(&set).unwrap();
    assert!(json.get("baseline_links").is_none());
    let old: ScenarioSet = serde_json::from_value(json).unwrap();
    assert_eq!(old, set);

    let mut linked = set.clone();
    linked.set_baseline_link(
        "sygedagpenge",
        Some((SDP, BaselineMethod::MeanOfLatest12Months)),
    );
    let json = serde_json::to_string(&linked).unwrap();
    assert!(json.contains(r#""baseline_links":[{"group_id":"sygedagpenge","indicator":"Antal fuldtidspersoner (Sygedagpenge)","method":"mean_of_latest_12_months"}]"#));
    assert_eq!(serde_json::from_str::<ScenarioSet>(&json).unwrap(), linked);

    // An imported source without the new fields reads as before, and writes as before.
    let source: Source =
        serde_json::from_str(r#"{"kind":"import","file_name":"a.csv","row":4,"imported_at":"t"}"#)
            .unwrap();
    assert_eq!(
        source.describe(Lang::Da),
        "Importeret fra a.csv, række 4 (t)"
    );
    assert!(!serde_json::to_string(&source).unwrap().contains("periods"));
}

#[test]
fn links_are_set_replaced_and_removed_per_group() {
    let mut set = default_scenario_set();
    assert!(!set.set_baseline_link("ukendt", Some((SDP, BaselineMethod::LatestFullYear))));
    assert!(set.baseline_links.is_empty());
    set.set_baseline_link("sygedagpenge", Some((SDP, BaselineMethod::LatestFullYear)));
    set.set_baseline_link("fleksjob", Some(("x", BaselineMethod::LatestFullYear)));
    set.set_baseline_link(
        "sygedagpenge",
        Some((SDP, BaselineMethod::MeanOfLatest12Months)),
    );
    assert_eq!(set.baseline_links.len(), 2);
    assert_eq!(set.baseline_links[0].group_id, "sygedagpenge");
    assert_eq!(
        set.baseline_link("sygedagpenge").unwrap().method,
        BaselineMethod::MeanOfLatest12Months
    );
    set.set_baseline_link("sygedagpenge", None);
    assert!(set.baseline_link("sygedagpenge").is_none());
    assert_eq!(set.baseline_links.len(), 1);
    for m in BaselineMethod::ALL {
        assert_eq!(BaselineMethod::from_code(m.code()), Some(m));
    }
}

#[test]
fn links_are_suggested_by_name_with_counts_of_persons_first() {
    let mut ws = workspace();
    let other =
        "Område;Periode;Ydelsesgrupper;Antal personer;Fuldtidspersoner i pct. af befolkningen\n\
                 Slagelse;2023M01;Sygedagpenge;1.500;3,1\n";
    import_into(&mut ws, "andre.csv", other);
    let set = default_scenario_set();
    let suggestions = suggest_links(&set, &ws.indicators);
    assert_eq!(suggestions.len(), set.assumptions.groups.len());
    let of = |id: &str| &suggestions.iter().find(|(g, _)| g == id).unwrap().1;
    let sdp = of("sygedagpenge");
    assert_eq!(
        sdp,
        &[
            SDP,
            "Antal personer (Sygedagpenge)",
            "Fuldtidspersoner i pct. af befolkningen (Sygedagpenge)",
        ]
    );
    assert_eq!(
        of("kth-jobparat")[0],
        "Antal fuldtidspersoner (Kontanthjælp)"
    );
    assert!(of("foertidspension").is_empty());
}

// ---- Seeded figures -------------------------------------------------------------------------

const INTEGRATION: &str = "Antal personer i alt omfattet af Integrationsloven";
const WAGE_SUBSIDY: &str = "Løntilskud i integrationsindsatsen – I alt";

fn observation(period: ObsPeriod, value: f64, row: u64) -> Observation {
    Observation {
        area: "Slagelse".into(),
        indicator: WAGE_SUBSIDY.into(),
        period,
        value,
        row,
    }
}

#[test]
fn a_group_linked_to_a_seeded_figure_has_the_seed_as_its_source() {
    // The default workspace holds seed 003's figures: 471 persons in 2018, and 371 on 1
    // November 2019 ("2019 Pr. 1. nov."), a part year, which is not the latest full year.
    let ws = default_workspace();
    let l = link(INTEGRATION, BaselineMethod::LatestFullYear);
    let r = resolve(&l, &ws.indicators, PartialDate::month(2020, 6)).unwrap();
    close(r.value, 471.0);
    assert_eq!(r.periods, [ObsPeriod::Year(2018)]);
    let expected = Source::seed(
        SEED_FILE,
        "11. Integrationsområdet, Baggrund, tabellen »Udviklingen i antal personer og \
         resultattilskud«, række 2 »Antal personer i alt omfattet af Integrationsloven«, \
         kolonne »2018«",
    );
    assert_eq!(r.source, expected);
    // As the store names the value itself; the part year names its column as written.
    let series = ws.indicators.series(INTEGRATION, "Slagelse").unwrap();
    let [.., y2018, part] = series.points.as_slice() else {
        panic!("{series:?}")
    };
    assert_eq!(ws.indicators.source(y2018), expected);
    assert_eq!(
        (part.period(), part.value()),
        (ObsPeriod::YearToDate(2019, 10), 371.0)
    );
    assert!(ws
        .indicators
        .source(part)
        .describe(Lang::Da)
        .ends_with("kolonne »2019 Pr. 1. nov.«"));
    let text = r.source.describe(Lang::Da);
    assert!(
        text.starts_with(
            "Referat, Social- og Beskæftigelsesudvalget 2. december 2019, 11. Integrationsområdet"
        ),
        "{text}"
    );
    assert!(!text.contains("ukendt"), "{text}");

    let mut set = default_scenario_set();
    assert!(set.set_baseline_link(
        "sygedagpenge",
        Some((INTEGRATION, BaselineMethod::LatestFullYear))
    ));
    // Read in the month of the minutes, when 2018's figure was not stale.
    let (a, notes) = effective_assumptions(&set, &ws.indicators, PartialDate::month(2019, 12));
    let g = a.group("sygedagpenge").unwrap();
    assert_eq!((g.persons.value, &g.persons.source), (471.0, &expected));
    assert!(
        matches!(notes.as_slice(), [BaselineNote::Linked { .. }]),
        "{notes:?}"
    );
}

#[test]
fn a_figure_of_seeded_and_imported_values_names_both_and_seeded_months_name_their_columns() {
    // Seed 003 has Slagelse's wage subsidies for May to October 2019 (row 7 of the table); a
    // file adds January to April (rows 2-5) and November and December (rows 6-7).
    let mut ws = default_workspace();
    let months = [1, 2, 3, 4, 11, 12];
    let values = [40.0, 41.0, 42.0, 43.0, 46.0, 47.0];
    let observations: Vec<Observation> = months
        .iter()
        .zip(values)
        .enumerate()
        .map(|(i, (&m, v))| observation(ObsPeriod::Month(2019, m), v, i as u64 + 2))
        .collect();
    let report = ws.indicators.merge(
        "loentilskud.csv",
        IMPORTED_AT,
        "jobindsats",
        6,
        &observations,
        AreaFilter::Compared,
    );
    assert_eq!(report.added, 6);
    let l = link(WAGE_SUBSIDY, BaselineMethod::LatestFullYear);
    let today = PartialDate::month(2020, 6);
    let r = resolve(&l, &ws.indicators, today).unwrap();
    // (40 + 41 + 42 + 43 + 45 + 48 + 56 + 45 + 44 + 44 + 46 + 47) / 12.
    close(r.value, 541.0 / 12.0);
    assert_eq!(r.periods.len(), 12);
    assert_eq!(
        r.source.describe(Lang::Da),
        format!("Importeret fra loentilskud.csv, {SEED_FILE}, række 2–7, gennemsnit af jan. 2019–dec. 2019 ({IMPORTED_AT})")
    );

    // The same months all seeded (the table given a column for each): the seed, its table,
    // the row and the first and last column.
    ws.indicators.remove_import(report.import_id);
    let seeded_id = {
        let s = ws.indicators.series(WAGE_SUBSIDY, "Slagelse").unwrap();
        assert_eq!(s.points.len(), 6);
        s.points[0].import_id()
    };
    let record = ws
        .indicators
        .imports
        .iter_mut()
        .find(|r| r.id == seeded_id)
        .unwrap();
    let seed = record.seed.as_mut().unwrap();
    for (m, heading) in [(1, "Jan. 19"), (12, "Dec. 19")] {
        seed.columns.push(SeedColumn {
            period: ObsPeriod::Month(2019, m),
            heading: heading.into(),
        });
    }
    let i = ws
        .indicators
        .series
        .iter()
        .position(|s| s.indicator == WAGE_SUBSIDY && s.area == "Slagelse")
        .unwrap();
    let points = &mut ws.indicators.series[i].points;
    for (&m, v) in months.iter().zip(values) {
        points.push(Point(ObsPeriod::Month(2019, m), v, seeded_id, 7));
    }
    points.sort_by_key(|p| p.period());
    let r = resolve(&l, &ws.indicators, today).unwrap();
    close(r.value, 541.0 / 12.0);
    assert_eq!(
        r.source,
        Source::seed(
            SEED_FILE,
            "11. Integrationsområdet, Baggrund, tabellen »Udviklingen i løntilskud og \
             praktikker«, LØNTILSKUD, række 7, gennemsnit af kolonnerne »Jan. 19«–»Dec. 19«"
        )
    );
}
