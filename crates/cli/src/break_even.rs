//! `plan break-even FILE|- [--scenario ID]`: for each lever, how many full-year persons per
//! FTE it must move off its benefit to pay for the staff net of refusion, per active year and
//! for all of them (`alle`), beside the assumed effect, as CSV. Without `--scenario`, every
//! lever at its default FTE over the whole horizon.

use std::io::{self, Write};

use plan_core::scenarios::{break_even, break_even_csv, validate, whole_horizon_scenario};

use crate::document;
use crate::{file_args, output_failed, refuse, required_file, Outcome, USAGE};

pub fn run(args: &[String]) -> Outcome {
    if crate::wants_help(args) {
        println!("{USAGE}");
        return Ok(());
    }
    let args = file_args(args, "break-even", false)?;
    let only = args.scenario.clone();
    let (name, doc) = document::read(&required_file(&args, "break-even")?)?;
    let name = &name;
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
