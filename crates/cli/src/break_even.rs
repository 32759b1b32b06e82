//! `plan break-even FILE|- [--scenario ID]`: for each lever, how many full-year persons per
//! FTE it must move off its benefit to pay for the staff net of refusion, per active year and
//! for all of them (`alle`), beside the assumed effect, as CSV. Without `--scenario`, every
//! lever at its default FTE over the whole horizon.

use std::io::{self, Write};

use plan_core::scenarios::{break_even, break_even_csv, validate, whole_horizon_scenario};

use crate::document;
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
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--scenario" => match it.next() {
                Some(id) => only = Some(id.clone()),
                None => return Err(Failure::Usage("--scenario mangler et id".into())),
            },
            s if s.starts_with("--") => {
                return Err(Failure::Usage(format!(
                    "ukendt valg {s} til plan break-even"
                )))
            }
            s if file.is_some() => {
                return Err(Failure::Usage(format!(
                    "plan break-even læser én fil, ikke også {s}"
                )))
            }
            s => file = Some(s.to_owned()),
        }
    }
    let Some(file) = file else {
        return Err(Failure::Usage(
            "plan break-even mangler en fil (eller -)".into(),
        ));
    };
    let input = input::read(&file).map_err(|e| refuse(&[e]))?;
    let name = &input.name;
    let doc = document::parse(name, input.text().map_err(|e| refuse(&[e]))?)
        .map_err(|lines| refuse(&lines))?;
    let (set, _) = doc.scenario_set();
    let scenario = match &only {
        Some(id) => match set.scenario(id) {
            Some(s) => s.clone(),
            None => {
                let ids: Vec<&str> = set.scenarios.iter().map(|s| s.id.as_str()).collect();
                return Err(refuse(&[format!(
                    "{name}: intet scenarie med id \"{id}\" (findes: {})",
                    ids.join(", ")
                )]));
            }
        },
        None => whole_horizon_scenario(&set.assumptions),
    };
    // Values the app would not calculate with give no table, only the app's messages.
    let problems: Vec<String> = validate(&set.assumptions, &scenario)
        .iter()
        .map(|i| format!("{name}: {i}"))
        .collect();
    if !problems.is_empty() {
        return Err(refuse(&problems));
    }
    let items = break_even(&set.assumptions, &scenario);
    io::stdout()
        .write_all(break_even_csv(&items).as_bytes())
        .map_err(output_failed)
}
