//! `plan check FILE|-`: reads a saved workspace, a scenario set or a shared scenario as the
//! app reads it and runs the app's own validation (scenarios, plan, budget follow-ups,
//! development agreements, committee cases). Every problem is written to standard output in
//! Danish, naming the file and the field.

use plan_core::{Workspace, SCHEMA_VERSION};

use crate::document::{self, Document};
use crate::{input, Failure, Outcome, USAGE};

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "a", "a og b", "a, b og c".
fn list(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} og {last}", rest.join(", ")),
    }
}

/// The parts of a workspace, for the OK line. The imported indicators count the files a user
/// imported apart from the tables of figures the app ships (seed 003's, in Slagelse's
/// workspace), whose records are not files.
fn workspace_parts(ws: &Workspace) -> Vec<String> {
    let mut parts = vec![
        count(ws.scenarios.scenarios.len(), "scenarie", "scenarier"),
        count(
            ws.budget_followups.len(),
            "budgetopfølgning",
            "budgetopfølgninger",
        ),
        count(ws.agreements.len(), "udviklingsaftale", "udviklingsaftaler"),
        count(ws.committee_cases.len(), "udvalgssag", "udvalgssager"),
    ];
    let imports = &ws.indicators.imports;
    parts.push(match imports.iter().filter(|r| r.seed.is_none()).count() {
        0 => "ingen importerede filer".to_owned(),
        n => count(n, "importeret fil", "importerede filer"),
    });
    // Tables per seed document, in the order of the records.
    let mut seeds: Vec<(&str, usize)> = Vec::new();
    for seed in imports.iter().filter_map(|r| r.seed.as_ref()) {
        match seeds.iter_mut().find(|(file, _)| *file == seed.file) {
            Some((_, n)) => *n += 1,
            None => seeds.push((&seed.file, 1)),
        }
    }
    for (file, n) in seeds {
        let seed = file.get(..3).unwrap_or(file);
        parts.push(format!(
            "{} med tal fra seed {seed}",
            count(n, "tabel", "tabeller")
        ));
    }
    parts
}

/// What the file holds, for the OK line.
fn describe(doc: &Document) -> String {
    match doc {
        Document::Workspace { ws, migrated_from } => {
            let saved = match migrated_from {
                Some(v) => format!(" (gemt i skemaversion {v}, læst som version {SCHEMA_VERSION})"),
                None => String::new(),
            };
            format!(
                "arbejdsområde med planen »{}«, {}{saved}",
                ws.plan.name,
                list(&workspace_parts(ws)),
            )
        }
        Document::Set(set) => format!(
            "sæt med {}",
            count(set.scenarios.len(), "scenarie", "scenarier")
        ),
        Document::Shared(s) => {
            format!("delt scenarie »{}« fra {}", s.scenario.name, s.municipality)
        }
    }
}

fn report(lines: &[String]) -> Failure {
    for line in lines {
        println!("{line}");
    }
    Failure::Refused
}

pub fn run(args: &[String]) -> Outcome {
    if crate::wants_help(args) {
        println!("{USAGE}");
        return Ok(());
    }
    let file = match args {
        [f] if f == "-" || !f.starts_with("--") => f,
        [] => return Err(Failure::Usage("plan check mangler en fil (eller -)".into())),
        [f] => return Err(Failure::Usage(format!("ukendt valg {f} til plan check"))),
        _ => return Err(Failure::Usage("plan check læser én fil ad gangen".into())),
    };
    let input = input::read(file).map_err(|e| report(&[e]))?;
    let name = &input.name;
    let read = document::parse_with_warnings(name, input.text().map_err(|e| report(&[e]))?)
        .map_err(|lines| report(&lines))?;
    let warnings = read.warning_lines(name);
    let doc = read.doc;
    let problems = doc.problems(name);
    for line in &warnings {
        println!("{line}");
    }
    if !problems.is_empty() {
        return Err(report(&problems));
    }
    let warned = match warnings.len() {
        0 => String::new(),
        1 => " (1 advarsel ovenfor)".to_owned(),
        n => format!(" ({n} advarsler ovenfor)"),
    };
    println!("OK: {name}: {}; ingen problemer{warned}.", describe(&doc));
    Ok(())
}
