//! `plan import [--area NAME] FILE…`: reads indicator files with the app's importer and
//! writes every value as one tidy CSV table (`area,indicator,period,value,file,row`) to
//! standard output; problems and notes go to standard error, one per line.

use std::io;

use plan_core::indicators::import::{self, ColumnRole, MappingError, Observation, ParseJob};
use plan_core::Lang;

use crate::{input, output_failed, Failure, Outcome, USAGE};

pub const HEADER: [&str; 6] = ["area", "indicator", "period", "value", "file", "row"];

/// What the command line asks for.
struct Options {
    area: Option<String>,
    files: Vec<String>,
}

fn options(args: &[String]) -> Result<Options, Failure> {
    let mut o = Options {
        area: None,
        files: Vec::new(),
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let area = match a.as_str() {
            "--area" => it.next().cloned(),
            s if s.starts_with("--area=") => Some(s["--area=".len()..].to_owned()),
            s if s.starts_with("--") => {
                return Err(Failure::Usage(format!("ukendt valg {s} til plan import")))
            }
            s => {
                o.files.push(s.to_owned());
                continue;
            }
        };
        match area.filter(|n| !n.trim().is_empty()) {
            Some(name) => o.area = Some(name),
            None => return Err(Failure::Usage("--area mangler et områdenavn".into())),
        }
    }
    if o.files.is_empty() {
        return Err(Failure::Usage("plan import mangler mindst én fil".into()));
    }
    Ok(o)
}

/// One file read: its values, or `None` when it was refused. Messages go to stderr.
/// The file's name, its values and whether it had problems (no values, or rows with
/// errors); `None` when it was refused whole.
fn read_file(arg: &str, area: Option<&str>) -> Option<(String, Vec<Observation>, bool)> {
    // A file larger than the importer reads is refused by its size, before it is read.
    let size = std::fs::metadata(arg).map_or(0, |m| m.len());
    if arg != "-" && size > import::MAX_FILE_BYTES as u64 {
        let e = import::FileError::TooLarge {
            bytes: usize::try_from(size).unwrap_or(usize::MAX),
        };
        eprintln!("{}", e.message(arg, Lang::Da));
        return None;
    }
    // Standard input is read up to one byte past the limit: more is refused the same way.
    let input = match input::read_at_most(arg, import::MAX_FILE_BYTES as u64) {
        Ok(i) => i,
        Err(message) => {
            eprintln!("{message}");
            return None;
        }
    };
    if input.bytes.len() > import::MAX_FILE_BYTES {
        let mb = plan_core::format::number(import::MAX_FILE_BYTES as f64 / 1048576.0, 1, Lang::Da);
        eprintln!(
            "{}: mere end {mb} MB; appen læser filer på op til {mb} MB. Udtræk færre områder eller perioder, eller del filen op.",
            input.name
        );
        return None;
    }
    let name = input.name;
    let name = name.as_str();
    // What `import::read_all` does, with the area given on the command line; the bytes are
    // handed over, so a UTF-8 file is held once.
    let sniffed = match import::open_owned(name, input.bytes) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{}", e.message(name, Lang::Da));
            return None;
        }
    };
    let mut mapping = sniffed.mapping.clone();
    if let Some(area) = area {
        match mapping.roles.iter().position(|r| *r == ColumnRole::Area) {
            None => mapping.fixed_area = area.to_owned(),
            Some(i) => eprintln!(
                "{name}: filen har en kolonne med område (kolonne {}, \"{}\"); --area bruges ikke til den.",
                i + 1,
                sniffed.header.get(i).map(String::as_str).unwrap_or("")
            ),
        }
    }
    let job = match ParseJob::new(&sniffed, mapping) {
        Ok(job) => job,
        Err(e) => {
            eprintln!("{name}: {}", cli_mapping_message(&e, &sniffed.header));
            return None;
        }
    };
    let parsed = job.run();
    for p in &parsed.problems {
        eprintln!("{}", p.message(name, Lang::Da));
    }
    for n in &parsed.notes {
        eprintln!("{}", n.message(name, Lang::Da));
    }
    let mut failed = !parsed.problems.is_empty();
    if parsed.observations.is_empty() {
        eprintln!("{name}: filen gav ingen værdier.");
        failed = true;
    } else if failed {
        let n = parsed.problems.len();
        eprintln!(
            "{name}: {} med fejl; de {} værdier, der kunne læses, er skrevet.",
            if n == 1 {
                "1 række".to_owned()
            } else {
                format!("{n} rækker")
            },
            parsed.observations.len()
        );
    }
    Some((parsed.file_name, parsed.observations, failed))
}

/// Why the columns could not be read, for the command line: the page lets a user mark the
/// columns, the CLI only takes --area, so the message says what the CLI can do instead.
fn cli_mapping_message(e: &MappingError, header: &[String]) -> String {
    let columns = if header.is_empty() {
        String::new()
    } else {
        format!(" (overskriften er: {})", header.join(";"))
    };
    match e {
        MappingError::NoArea => {
            "filen har ingen kolonne med område; angiv området for alle rækker med --area NAVN."
                .to_owned()
        }
        MappingError::NoPeriod => format!(
            "plan import fandt ingen kolonne med perioder{columns}. Giv periodekolonnen en overskrift, som plan import genkender (fx TID, Periode, År), eller skriv perioderne som kolonneoverskrifter (fx 2023, 2023M01); ellers importér filen på siden, hvor kolonnerne kan vælges."
        ),
        MappingError::NoValue => format!(
            "plan import fandt ingen kolonne med værdier{columns}. Giv værdikolonnen en overskrift, som plan import genkender (fx INDHOLD, Antal, Værdi); ellers importér filen på siden, hvor kolonnerne kan vælges."
        ),
        other => format!(
            "{}{columns} plan import kan ikke få at vide, hvilke kolonner der er hvad; ret overskrifterne, eller importér filen på siden.",
            other.message(Lang::Da)
        ),
    }
}

pub fn run(args: &[String]) -> Outcome {
    if crate::wants_help(args) {
        println!("{USAGE}");
        return Ok(());
    }
    let o = options(args)?;
    let mut out = csv::Writer::from_writer(io::stdout().lock());
    let csv_failed = |e: csv::Error| match e.into_kind() {
        csv::ErrorKind::Io(e) => output_failed(e),
        other => output_failed(io::Error::other(format!("{other:?}"))),
    };
    out.write_record(HEADER).map_err(csv_failed)?;
    let mut refused = false;
    for file in &o.files {
        let Some((name, observations, failed)) = read_file(file, o.area.as_deref()) else {
            refused = true;
            continue;
        };
        refused |= failed;
        for ob in &observations {
            out.write_record([
                ob.area.to_string(),
                ob.indicator.to_string(),
                ob.period.to_string(),
                ob.value.to_string(),
                name.clone(),
                ob.row.to_string(),
            ])
            .map_err(csv_failed)?;
        }
        // Each file's values before the next file's messages.
        out.flush().map_err(output_failed)?;
    }
    if refused {
        Err(Failure::Refused)
    } else {
        Ok(())
    }
}
