//! `plan scenario FILE|- [--scenario ID]`: the yearly result table of the scenarios as CSV,
//! so an analyst can check the numbers in a spreadsheet; `plan scenario --example`: the
//! default scenario set as JSON.
//!
//! The table is the app's own (`to_csv`) with two columns added right after
//! `municipality_net_tkr`: `municipality_net_low_tkr` and `municipality_net_high_tkr`, the
//! low and high ends of the municipality's net from the assumptions' ranges
//! (`plan_core::scenarios::ranges`). The app's CSV download keeps its columns.

use std::io::{self, Write};

use plan_core::scenarios::{
    csv_number, default_scenario_set, evaluate, ranges, target_specs, to_csv, ScenarioRange,
};

use crate::document::{self, scenario_problems};
use crate::{file_args, output_failed, refuse, required_file, Failure, Outcome, USAGE};

pub fn run(args: &[String]) -> Outcome {
    if crate::wants_help(args) {
        println!("{USAGE}");
        return Ok(());
    }
    let args = file_args(args, "scenario", true)?;
    if args.example {
        if args.file.is_some() || args.scenario.is_some() {
            return Err(Failure::Usage(
                "--example tager ingen fil og intet --scenario".into(),
            ));
        }
        let json = serde_json::to_string_pretty(&default_scenario_set()).expect("serialises");
        return writeln!(io::stdout(), "{json}").map_err(output_failed);
    }
    let only = args.scenario.clone();
    let (name, doc) = document::read(&required_file(&args, "scenario")?)?;
    let name = &name;
    let (set, ws) = doc.scenario_set();
    let chosen: Vec<_> = set
        .scenarios
        .iter()
        .filter(|s| only.as_ref().is_none_or(|id| &s.id == id))
        .collect();
    if set.scenarios.is_empty() {
        return Err(refuse(&[format!("{name}: filen har ingen scenarier.")]));
    }
    if chosen.is_empty() {
        let ids: Vec<&str> = set.scenarios.iter().map(|s| s.id.as_str()).collect();
        return Err(refuse(&[format!(
            "{name}: intet scenarie med id \"{}\" (findes: {})",
            only.unwrap_or_default(),
            ids.join(", ")
        )]));
    }
    // Values the app would not calculate with (a municipal share of 300 %, a negative cost
    // per FTE) give no table, only the app's messages.
    let ids: std::collections::HashSet<&str> = chosen.iter().map(|s| s.id.as_str()).collect();
    let problems = scenario_problems(name, &set, &ids);
    if !problems.is_empty() {
        return Err(refuse(&problems));
    }
    let targets = target_specs(&ws, &set.target_links);
    let results: Vec<_> = chosen
        .iter()
        .map(|s| evaluate(&set.assumptions, s, &targets))
        .collect();
    let spans: Vec<_> = chosen
        .iter()
        .map(|s| ranges(&set.assumptions, s, &targets))
        .collect();
    let refs: Vec<_> = results.iter().collect();
    io::stdout()
        .write_all(with_range_columns(&to_csv(&refs), &spans).as_bytes())
        .map_err(output_failed)
}

/// The column after which the low and high ends go.
const NET_COLUMN: &str = "municipality_net_tkr";

/// The app's table with the low and high municipality net after its net column. `table`
/// has one row per scenario and year, in the order of `spans`.
fn with_range_columns(table: &str, spans: &[ScenarioRange]) -> String {
    let mut reader = csv::Reader::from_reader(table.as_bytes());
    let mut writer = csv::Writer::from_writer(Vec::new());
    let header = reader.headers().expect("the app's own CSV").clone();
    let at = 1 + header
        .iter()
        .position(|h| h == NET_COLUMN)
        .expect("the app's table has the net column");
    let insert = |row: &csv::StringRecord, low: String, high: String| {
        let mut out: Vec<String> = row.iter().map(str::to_owned).collect();
        out.insert(at, high);
        out.insert(at, low);
        out
    };
    let names = insert(
        &header,
        "municipality_net_low_tkr".into(),
        "municipality_net_high_tkr".into(),
    );
    writer.write_record(&names).expect("writing to memory");
    let ends = spans.iter().flat_map(|s| &s.years);
    for (row, y) in reader.records().zip(ends) {
        let row = row.expect("the app's own CSV");
        let net = y.municipality_net;
        let out = insert(&row, csv_number(net.low), csv_number(net.high));
        writer.write_record(&out).expect("writing to memory");
    }
    String::from_utf8(writer.into_inner().expect("writing to memory")).expect("UTF-8 in, UTF-8 out")
}
