//! Seed 003's integration tables' column "2019 Pr. 1. nov." is a part year (January to
//! October 2019), not the year 2019. Workspaces saved by earlier versions hold it as the year
//! 2019: they load, and end with the same values as a fresh workspace; a value the user
//! imported for 2019 is never touched. Expected values are written by hand from the minutes.

use plan_core::defaults::default_workspace;
use plan_core::indicators::import::Observation;
use plan_core::indicators::seeded::{
    has_2019_as_a_year, mend_part_year_2019, seed_003_indicators, PART_YEAR_2019,
};
use plan_core::indicators::{AreaFilter, IndicatorData, ObsPeriod};
use plan_core::persist::{self, parts::read_part};
use plan_core::{Part, Workspace};

const INTEGRATIONSLOVEN: &str = "Antal personer i alt omfattet af Integrationsloven";
const OWN: &str = "Slagelse";

/// The text of a workspace as versions before the part year saved it: the column "2019 Pr. 1.
/// nov." under the year 2019, in the values and in the tables' records.
fn old_text(ws: &Workspace) -> String {
    let text = persist::encode(ws);
    assert!(text.contains("\"2019YTD10\""));
    text.replace("\"2019YTD10\"", "\"2019\"")
}

/// The store as earlier versions saved it.
fn old_store() -> IndicatorData {
    let text = serde_json::to_string(&*default_workspace().indicators).unwrap();
    let old: IndicatorData =
        serde_json::from_str(&text.replace("\"2019YTD10\"", "\"2019\"")).unwrap();
    assert!(has_2019_as_a_year(&old));
    old
}

/// (period, value) of one series.
fn values(data: &IndicatorData, indicator: &str, area: &str) -> Vec<(ObsPeriod, f64)> {
    data.series(indicator, area)
        .unwrap_or_else(|| panic!("{indicator}, {area}"))
        .points
        .iter()
        .map(|p| (p.period(), p.value()))
        .collect()
}

/// A user's file with 2019 for a seeded indicator and for one of their own.
fn import_2019(data: &mut IndicatorData) {
    let obs = [
        Observation {
            area: OWN.into(),
            indicator: INTEGRATIONSLOVEN.into(),
            period: ObsPeriod::Year(2019),
            value: 380.0,
            row: 2,
        },
        Observation {
            area: OWN.into(),
            indicator: "Ledige".into(),
            period: ObsPeriod::Year(2019),
            value: 1000.0,
            row: 3,
        },
    ];
    data.merge(
        "egne-tal.csv",
        "2020-02-01T10:00:00Z",
        "long",
        2,
        &obs,
        AreaFilter::All,
    );
}

#[test]
fn the_integration_tables_2019_column_is_a_part_year_in_a_fresh_workspace() {
    let ws = default_workspace();
    assert_eq!(PART_YEAR_2019, ObsPeriod::YearToDate(2019, 10));
    assert_eq!(
        values(&ws.indicators, INTEGRATIONSLOVEN, OWN),
        [
            (ObsPeriod::Year(2015), 314.0),
            (ObsPeriod::Year(2016), 408.0),
            (ObsPeriod::Year(2017), 472.0),
            (ObsPeriod::Year(2018), 471.0),
            (ObsPeriod::YearToDate(2019, 10), 371.0),
        ]
    );
    assert!(!has_2019_as_a_year(&ws.indicators));
    assert!(ws
        .indicators
        .series
        .iter()
        .all(|s| s.points.iter().all(|p| p.period() != ObsPeriod::Year(2019))));
}

#[test]
fn a_workspace_saved_with_2019_as_a_year_loads_as_a_fresh_one() {
    let fresh = default_workspace();
    let (ws, from) = persist::decode(&old_text(&fresh)).unwrap();
    // The same schema version: the shape did not change, only the period of 13 values.
    assert_eq!(from, None);
    assert_eq!(ws.indicators, fresh.indicators);
    assert_eq!(ws, fresh);
    let record = ws
        .indicators
        .imports
        .iter()
        .find_map(|r| r.seed.as_ref())
        .unwrap();
    let column = record.columns.last().unwrap();
    assert_eq!(
        (column.period, column.heading.as_str()),
        (ObsPeriod::YearToDate(2019, 10), "2019 Pr. 1. nov.")
    );
}

#[test]
fn a_store_read_as_a_part_is_mended_too() {
    let fresh = default_workspace();
    let text = serde_json::to_string(&old_store()).unwrap();
    let mut ws = default_workspace();
    read_part(&mut ws, Part::Indicators, &text).unwrap();
    assert_eq!(ws.indicators, fresh.indicators);
}

#[test]
fn seeding_an_old_store_twice_changes_nothing() {
    let fresh = default_workspace();
    let mut data = old_store();
    seed_003_indicators(&mut data);
    assert_eq!(&data, &*fresh.indicators);
    let once = data.clone();
    seed_003_indicators(&mut data);
    assert_eq!(data, once);
    assert_eq!(mend_part_year_2019(&mut data), 0);
    assert_eq!(data, once);
}

#[test]
fn a_value_the_user_imported_for_2019_stays() {
    // Saved by an earlier version: the user's 380 replaced the seed's 2019 value (371).
    let mut old = default_workspace();
    old.indicators = plan_core::Shared::new(old_store());
    import_2019(&mut old.indicators);
    let text = persist::encode(&old);
    let (ws, _) = persist::decode(&text).unwrap();
    assert_eq!(
        values(&ws.indicators, INTEGRATIONSLOVEN, OWN),
        [
            (ObsPeriod::Year(2015), 314.0),
            (ObsPeriod::Year(2016), 408.0),
            (ObsPeriod::Year(2017), 472.0),
            (ObsPeriod::Year(2018), 471.0),
            (ObsPeriod::YearToDate(2019, 10), 371.0),
            (ObsPeriod::Year(2019), 380.0),
        ]
    );
    assert_eq!(
        values(&ws.indicators, "Ledige", OWN),
        [(ObsPeriod::Year(2019), 1000.0)]
    );
    let user = ws
        .indicators
        .imports
        .iter()
        .find(|r| r.file_name == "egne-tal.csv")
        .unwrap()
        .id;
    let s = ws.indicators.series(INTEGRATIONSLOVEN, OWN).unwrap();
    let mine = s
        .points
        .iter()
        .find(|p| p.period() == ObsPeriod::Year(2019));
    assert_eq!(mine.map(|p| p.import_id()), Some(user));
    // The same series as the user's import into a fresh workspace.
    let mut fresh = default_workspace();
    import_2019(&mut fresh.indicators);
    for indicator in [INTEGRATIONSLOVEN, "Ledige"] {
        assert_eq!(
            values(&ws.indicators, indicator, OWN),
            values(&fresh.indicators, indicator, OWN),
            "{indicator}"
        );
    }
}

#[test]
fn a_store_without_seed_003_is_left_as_it_is() {
    let mut data = IndicatorData::new(plan_core::defaults::comparison("Næstved"));
    import_2019(&mut data);
    let before = data.clone();
    assert!(!has_2019_as_a_year(&data));
    assert_eq!(mend_part_year_2019(&mut data), 0);
    assert_eq!(data, before);
}
