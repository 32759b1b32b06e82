//! plan: the app's engine on the command line, for analysts.
//!
//!   plan scenario FILE|- [--scenario ID]   the yearly result table of the scenarios as CSV
//!   plan scenario --example                the default scenario set as JSON
//!   plan import [--area NAME] FILE…        indicator files as one tidy CSV table
//!   plan check FILE|-                      the app's validation of a saved file
//!   plan break-even FILE|- [--scenario ID] per lever the effect at which it pays for itself
//!
//! Exit status: 0 done, 1 a file was refused or has problems, 2 wrong use (usage on stderr).

mod break_even;
mod check;
mod document;
mod import;
mod input;
mod scenario;

use std::process::ExitCode;

pub const USAGE: &str = "\
plan: beskæftigelsesplanens og budgettets beregninger på kommandolinjen

Brug:
  plan scenario FIL|- [--scenario ID]  årsresultaterne af scenarierne i filen som CSV
  plan scenario --example              standardscenarierne som JSON (en fil at starte fra)
  plan import [--area NAVN] FIL…       indikatorfiler (CSV fra jobindsats.dk, Statistikbanken
                                       eller Excel) som én tabel i CSV med kolonnerne
                                       area,indicator,period,value,file,row
  plan check FIL|-                     kontrollerer filen med appens egne regler og skriver
                                       hvert problem på standard output; \"OK: …\" når
                                       der ingen er
  plan break-even FIL|- [--scenario ID]
                                       for hvert greb: hvor mange helårspersoner pr. årsværk
                                       det skal flytte for at betale sig selv efter refusion,
                                       som CSV med kolonnerne
                                       lever_id,year,assumed_effect,break_even_effect
                                       (year \"alle\": grebets år i tidshorisonten under ét)
  plan help                            denne tekst

CSV fra plan scenario, plan import og plan break-even er maskinformat: komma mellem
kolonnerne, decimalpunktum, ingen tusindtalsseparator og ingen byte-order mark, til scripts
og regneark, der læser CSV med punktum (appens egne downloads til Excel bruger semikolon,
decimalkomma og en byte-order mark). Tal rundes som appen viser dem: halve væk fra nul.

FIL er den JSON, appen gemmer (\"Hent som fil\" under Om data), et sæt scenarier alene, en
delt scenariefil eller et delt link; - læser standard input.
--scenario ID: kun scenariet med dette id; til break-even: grebene i scenariet med deres år
(uden: hvert greb med sine standardårsværk i hele tidshorisonten).
--area NAVN: området for alle rækker i filer, der ikke har en kolonne med område.

Ellers skrives fejl og bemærkninger på standard error, på dansk, med fil, række og kolonne.
Afslutningsstatus: 0 i orden, 1 når en fil afvises eller har fejl, 2 ved forkert brug. For
plan import også 1, når en fil ikke giver nogen værdier, eller når rækker i den har fejl (de
værdier, der kunne læses, skrives stadig).";

/// How a command ended when it did not succeed.
#[derive(Debug)]
pub enum Failure {
    /// Wrong use: the message and the usage go to standard error; exit status 2.
    Usage(String),
    /// A file was refused or has problems, already reported; exit status 1.
    Refused,
}

pub type Outcome = Result<(), Failure>;

/// Problems with a file, already in words: each to standard error; exit status 1.
pub fn refuse(lines: &[String]) -> Failure {
    for line in lines {
        eprintln!("{line}");
    }
    Failure::Refused
}

/// The arguments of a command that reads one file: `FILE|- [--scenario ID]`, and
/// `--example` where the command has it.
#[derive(Debug, Default)]
pub struct FileArgs {
    pub file: Option<String>,
    pub scenario: Option<String>,
    pub example: bool,
}

/// Reads `FILE|- [--scenario ID]` (and `--example` when `example` is allowed) for
/// `plan <command>`.
pub fn file_args(args: &[String], command: &str, example: bool) -> Result<FileArgs, Failure> {
    let mut out = FileArgs::default();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--example" if example => out.example = true,
            "--scenario" => match it.next() {
                Some(id) => out.scenario = Some(id.clone()),
                None => return Err(Failure::Usage("--scenario mangler et id".into())),
            },
            s if s.starts_with("--") => {
                return Err(Failure::Usage(format!(
                    "ukendt valg {s} til plan {command}"
                )))
            }
            s if out.file.is_some() => {
                return Err(Failure::Usage(format!(
                    "plan {command} læser én fil, ikke også {s}"
                )))
            }
            s => out.file = Some(s.to_owned()),
        }
    }
    Ok(out)
}

/// The file a command must have, or the usage message that it is missing.
pub fn required_file(args: &FileArgs, command: &str) -> Result<String, Failure> {
    args.file
        .clone()
        .ok_or_else(|| Failure::Usage(format!("plan {command} mangler en fil (eller -)")))
}

/// Whether the arguments ask for help.
pub fn wants_help(args: &[String]) -> bool {
    args.iter().any(|a| a == "--help" || a == "-h")
}

/// Writing to standard output failed: a closed pipe (`plan … | head`) ends quietly.
pub fn output_failed(e: std::io::Error) -> Failure {
    if e.kind() != std::io::ErrorKind::BrokenPipe {
        eprintln!("plan: kunne ikke skrive til standard output: {e}");
    }
    Failure::Refused
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((command, rest)) = args.split_first() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let outcome = match command.as_str() {
        "help" | "--help" | "-h" => {
            println!("{USAGE}");
            Ok(())
        }
        "scenario" => scenario::run(rest),
        "import" => import::run(rest),
        "check" => check::run(rest),
        "break-even" => break_even::run(rest),
        other => Err(Failure::Usage(format!("ukendt kommando \"{other}\""))),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Refused) => ExitCode::from(1),
        Err(Failure::Usage(message)) => {
            eprintln!("plan: {message}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}
