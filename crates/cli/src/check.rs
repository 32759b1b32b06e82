//! `plan check FILE|-`: reads a saved workspace, a scenario set or a shared scenario as the
//! app reads it and runs the app's own validation (scenarios, plan, budget follow-ups). Every
//! problem is written to standard output in Danish, naming the file and the field.

use plan_core::SCHEMA_VERSION;

use crate::document::{self, Document};
use crate::{input, Failure, Outcome, USAGE};

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
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
                "arbejdsområde med planen »{}«, {} og {}{saved}",
                ws.plan.name,
                count(ws.scenarios.scenarios.len(), "scenarie", "scenarier"),
                count(
                    ws.budget_followups.len(),
                    "budgetopfølgning",
                    "budgetopfølgninger"
                ),
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
    let doc = document::parse(name, input.text().map_err(|e| report(&[e]))?)
        .map_err(|lines| report(&lines))?;
    let problems = doc.problems(name);
    if !problems.is_empty() {
        return Err(report(&problems));
    }
    println!("OK: {name}: {}; ingen problemer.", describe(&doc));
    Ok(())
}
