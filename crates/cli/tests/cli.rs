//! The command-line program, run as a user would run it.

use std::io::Write;
use std::process::{Command, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_plan-scenario"))
}

fn run_with_stdin(args: &[&str], input: &str) -> std::process::Output {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn the_example_file_gives_a_table_per_scenario() {
    let example = bin().arg("--example").output().unwrap();
    assert!(example.status.success());
    let json = String::from_utf8(example.stdout).unwrap();
    let out = run_with_stdin(&["-"], &json);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let csv = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines[0].starts_with("scenario,year,full_cut_tkr,phased_cut_tkr,deferred_tkr"));
    assert_eq!(lines.len(), 1 + 4 * 7, "header and 4 scenarios × 7 years");
    assert!(lines.contains(
        &"sygedagpenge-2,2025,14850,14850,0,1100,1100,0,2,2,-9568,-6219.2,-5119.2,2200,-7128.8"
    ));
}

#[test]
fn one_scenario_from_a_saved_workspace_file() {
    let dir = std::env::temp_dir().join(format!("plan-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("arbejdsomraade.json");
    let ws = plan_core::defaults::default_workspace();
    std::fs::write(&path, plan_core::persist::encode(&ws)).unwrap();
    let out = bin()
        .args([path.to_str().unwrap(), "--scenario", "arne-lineaer-3"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let csv = String::from_utf8(out.stdout).unwrap();
    assert_eq!(csv.lines().count(), 8);
    assert!(csv.contains("arne-lineaer-3,2024,14850,4950,9900,0,9900,18,0,18"));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_broken_file_gets_a_danish_message_with_line_and_column() {
    let out = run_with_stdin(&["-"], "{\n  \"assumptions\": [1,\n");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.starts_with("plan-scenario: standard input: ikke gyldig JSON (linje 3"),
        "{err}"
    );
}

#[test]
fn an_unknown_scenario_lists_the_ones_there_are() {
    let example = bin().arg("--example").output().unwrap();
    let out = run_with_stdin(
        &["-", "--scenario", "nope"],
        &String::from_utf8(example.stdout).unwrap(),
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("intet scenarie med id \"nope\" (findes: official, sygedagpenge-2, alle-fire, arne-lineaer-3)"), "{err}");
}
