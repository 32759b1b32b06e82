//! plan-scenario: prints the yearly result table of the scenarios in a scenario file as CSV,
//! so an analyst can check the numbers in a spreadsheet.
//!
//! Usage:
//!   plan-scenario FILE|- [--scenario ID]   the file the app saves (a workspace JSON, or a
//!                                          scenario set alone); '-' reads standard input
//!   plan-scenario --example                prints the default scenario set as JSON

use std::io::{self, Read, Write};
use std::process::ExitCode;

use plan_core::scenarios::{default_scenario_set, evaluate, target_specs, to_csv, ScenarioSet};
use plan_core::{defaults::default_workspace, persist, Workspace};

const USAGE: &str = "Brug: plan-scenario FIL|- [--scenario ID]\n      plan-scenario --example";

fn fail(message: &str) -> ExitCode {
    eprintln!("plan-scenario: {message}");
    ExitCode::from(2)
}

/// Reads a workspace (any schema version the app reads) or a bare scenario set.
fn parse(name: &str, text: &str) -> Result<(ScenarioSet, Workspace), String> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        format!(
            "{name}: ikke gyldig JSON (linje {}, kolonne {}): {e}",
            e.line(),
            e.column()
        )
    })?;
    if value.get("schema_version").is_some() {
        let (ws, _) = persist::decode(text)
            .map_err(|e| format!("{name}: {}", e.text(plan_core::Lang::Da)))?;
        return Ok(((*ws.scenarios).clone(), ws));
    }
    let set: ScenarioSet = serde_json::from_str(text).map_err(|e| {
        format!(
            "{name}: hverken et gemt arbejdsområde eller et sæt scenarier (linje {}, kolonne {}): {e}",
            e.line(),
            e.column()
        )
    })?;
    Ok((set, default_workspace()))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--help" || a == "-h") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    if args.first().map(String::as_str) == Some("--example") {
        let json = serde_json::to_string_pretty(&default_scenario_set()).expect("serialises");
        println!("{json}");
        return ExitCode::SUCCESS;
    }
    let mut file = None;
    let mut only = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--scenario" => match it.next() {
                Some(id) => only = Some(id.clone()),
                None => return fail("--scenario mangler et id"),
            },
            s if s.starts_with("--") => return fail(&format!("ukendt valg {s}\n{USAGE}")),
            s => file = Some(s.to_owned()),
        }
    }
    let Some(file) = file else {
        return fail(USAGE);
    };
    let (name, text) = if file == "-" {
        let mut t = String::new();
        if let Err(e) = io::stdin().read_to_string(&mut t) {
            return fail(&format!("standard input kunne ikke læses: {e}"));
        }
        ("standard input".to_owned(), t)
    } else {
        match std::fs::read_to_string(&file) {
            Ok(t) => (file.clone(), t),
            Err(e) => return fail(&format!("{file} kunne ikke læses: {e}")),
        }
    };
    let (set, ws) = match parse(&name, &text) {
        Ok(p) => p,
        Err(e) => return fail(&e),
    };
    let targets = target_specs(&ws, &set.target_links);
    let chosen: Vec<_> = set
        .scenarios
        .iter()
        .filter(|s| only.as_ref().is_none_or(|id| &s.id == id))
        .collect();
    if chosen.is_empty() {
        let ids: Vec<&str> = set.scenarios.iter().map(|s| s.id.as_str()).collect();
        return fail(&format!(
            "{name}: intet scenarie med id \"{}\" (findes: {})",
            only.unwrap_or_default(),
            ids.join(", ")
        ));
    }
    let results: Vec<_> = chosen
        .iter()
        .map(|s| evaluate(&set.assumptions, s, &targets))
        .collect();
    let refs: Vec<_> = results.iter().collect();
    let _ = io::stdout().write_all(to_csv(&refs).as_bytes());
    ExitCode::SUCCESS
}
