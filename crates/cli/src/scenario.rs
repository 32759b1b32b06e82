//! `plan scenario FILE|- [--scenario ID]`: the yearly result table of the scenarios as CSV,
//! so an analyst can check the numbers in a spreadsheet; `plan scenario --example`: the
//! default scenario set as JSON.

use std::io::{self, Write};

use plan_core::scenarios::{default_scenario_set, evaluate, target_specs, to_csv};

use crate::document::{self, scenario_problems};
use crate::{input, output_failed, Failure, Outcome, USAGE};

fn refuse(lines: &[String]) -> Failure {
    for line in lines {
        eprintln!("{line}");
    }
    Failure::Refused
}

pub fn run(args: &[String]) -> Outcome {
    if crate::wants_help(args) {
        println!("{USAGE}");
        return Ok(());
    }
    let mut file = None;
    let mut only = None;
    let mut example = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--example" => example = true,
            "--scenario" => match it.next() {
                Some(id) => only = Some(id.clone()),
                None => return Err(Failure::Usage("--scenario mangler et id".into())),
            },
            s if s.starts_with("--") => {
                return Err(Failure::Usage(format!("ukendt valg {s} til plan scenario")))
            }
            s if file.is_some() => {
                return Err(Failure::Usage(format!(
                    "plan scenario læser én fil, ikke også {s}"
                )))
            }
            s => file = Some(s.to_owned()),
        }
    }
    if example {
        if file.is_some() || only.is_some() {
            return Err(Failure::Usage(
                "--example tager ingen fil og intet --scenario".into(),
            ));
        }
        let json = serde_json::to_string_pretty(&default_scenario_set()).expect("serialises");
        return writeln!(io::stdout(), "{json}").map_err(output_failed);
    }
    let Some(file) = file else {
        return Err(Failure::Usage(
            "plan scenario mangler en fil (eller -)".into(),
        ));
    };
    let input = input::read(&file).map_err(|e| refuse(&[e]))?;
    let name = &input.name;
    let doc = document::parse(name, input.text().map_err(|e| refuse(&[e]))?)
        .map_err(|lines| refuse(&lines))?;
    let (set, ws) = doc.scenario_set();
    let chosen: Vec<_> = set
        .scenarios
        .iter()
        .filter(|s| only.as_ref().is_none_or(|id| &s.id == id))
        .collect();
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
    let ids: Vec<&str> = chosen.iter().map(|s| s.id.as_str()).collect();
    let problems = scenario_problems(name, &set, &ids);
    if !problems.is_empty() {
        return Err(refuse(&problems));
    }
    let targets = target_specs(&ws, &set.target_links);
    let results: Vec<_> = chosen
        .iter()
        .map(|s| evaluate(&set.assumptions, s, &targets))
        .collect();
    let refs: Vec<_> = results.iter().collect();
    io::stdout()
        .write_all(to_csv(&refs).as_bytes())
        .map_err(output_failed)
}
