//! Messages about files, mappings, rows and cells: Danish first, English second. Each says
//! what is wrong and where (file, row, column).

use super::cells::column_letter;
use super::decode::MAX_FILE_BYTES;
use super::{Column, FileError, MappingError, Note, Parsed, Problem, ProblemKind};
use crate::format;
use crate::Lang;

mod limits;

fn mb(bytes: usize, lang: Lang) -> String {
    format::number(bytes as f64 / (1024.0 * 1024.0), 1, lang)
}

impl FileError {
    pub fn message(&self, file: &str, lang: Lang) -> String {
        let limit = mb(MAX_FILE_BYTES, lang);
        match (self, lang) {
            (FileError::Empty, Lang::Da) => format!("{file}: filen er tom."),
            (FileError::Empty, Lang::En) => format!("{file}: the file is empty."),
            (FileError::TooLarge { bytes }, Lang::Da) => format!(
                "{file}: filen fylder {} MB; appen læser filer på op til {limit} MB. Udtræk færre områder eller perioder, eller del filen op.",
                mb(*bytes, lang)
            ),
            (FileError::TooLarge { bytes }, Lang::En) => format!(
                "{file}: the file is {} MB; the app reads files of up to {limit} MB. Extract fewer areas or periods, or split the file.",
                mb(*bytes, lang)
            ),
            (FileError::Spreadsheet { kind }, Lang::Da) => format!(
                "{file}: filen er en Excel-projektmappe (.{kind}), ikke en CSV-fil. Åbn den i Excel og vælg Gem som → \"CSV (semikolonsepareret)\"."
            ),
            (FileError::Spreadsheet { kind }, Lang::En) => format!(
                "{file}: the file is an Excel workbook (.{kind}), not a CSV file. Open it in Excel and choose Save as → \"CSV\"."
            ),
            (FileError::Binary, Lang::Da) => format!(
                "{file}: filen er ikke en tekstfil (den indeholder binære data). Vælg en CSV-fil."
            ),
            (FileError::Binary, Lang::En) => {
                format!("{file}: the file is not text (it holds binary data). Choose a CSV file.")
            }
            (FileError::NoDelimiter, Lang::Da) => format!(
                "{file}: kunne ikke finde kolonner: ingen rækker deles op af semikolon, komma eller tabulator."
            ),
            (FileError::NoDelimiter, Lang::En) => format!(
                "{file}: no columns found: no rows are split by semicolons, commas or tabs."
            ),
            (FileError::NoHeader, Lang::Da) => format!(
                "{file}: kunne ikke finde en overskriftsrække med kolonnenavne (fx Område;Periode;…)."
            ),
            (FileError::NoHeader, Lang::En) => format!(
                "{file}: no header row with column names (e.g. Area;Period;…) was found."
            ),
            (FileError::HeaderOnly, Lang::Da) => {
                format!("{file}: filen har kun en overskriftsrække og ingen data.")
            }
            (FileError::HeaderOnly, Lang::En) => {
                format!("{file}: the file has a header row and no data.")
            }
            (FileError::Json { line, column }, Lang::Da) => format!(
                "{file}: filen ligner JSON, men kan ikke læses: fejl i linje {line}, kolonne {column}. Hent filen igen."
            ),
            (FileError::Json { line, column }, Lang::En) => format!(
                "{file}: the file looks like JSON but cannot be read: error at line {line}, column {column}. Download it again."
            ),
            (FileError::JsonNoRecords, Lang::Da) => format!(
                "{file}: filen er JSON, men indeholder ingen liste af poster med område, periode og værdier."
            ),
            (FileError::JsonNoRecords, Lang::En) => format!(
                "{file}: the file is JSON but holds no list of records with area, period and values."
            ),
            (FileError::TooManyColumns { .. } | FileError::TooManyCells { .. }, _) => {
                limits::file(self, file, lang).unwrap_or_default()
            }
        }
    }
}

impl MappingError {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (MappingError::NoPeriod, Lang::Da) => {
                "Angiv hvilken kolonne der rummer perioden (eller hvilke kolonner der er perioder)."
                    .into()
            }
            (MappingError::NoPeriod, Lang::En) => {
                "Say which column holds the period (or which columns are periods).".into()
            }
            (MappingError::PeriodTwice, Lang::Da) => "Kun én kolonne kan være periode.".into(),
            (MappingError::PeriodTwice, Lang::En) => "Only one column can be the period.".into(),
            (MappingError::PeriodBothWays, Lang::Da) => {
                "Brug enten én periodekolonne med værdikolonner eller perioder som kolonner, ikke begge."
                    .into()
            }
            (MappingError::PeriodBothWays, Lang::En) => {
                "Use either one period column with value columns, or periods as columns, not both."
                    .into()
            }
            (MappingError::NoValue, Lang::Da) => "Angiv mindst én kolonne med værdier.".into(),
            (MappingError::NoValue, Lang::En) => "Mark at least one column with values.".into(),
            (MappingError::AreaTwice, Lang::Da) => "Kun én kolonne kan være område.".into(),
            (MappingError::AreaTwice, Lang::En) => "Only one column can be the area.".into(),
            (MappingError::NoArea, Lang::Da) => {
                "Angiv kolonnen med område, eller skriv hvilket område alle rækker gælder.".into()
            }
            (MappingError::NoArea, Lang::En) => {
                "Mark the area column, or type the area every row is about.".into()
            }
            (MappingError::NotAPeriodHeader { column }, Lang::Da) => format!(
                "Kolonne {column} ({}) er markeret som periode, men overskriften er ikke en periodekode (fx 2023, 2023M01, 2023K1).",
                column_letter(*column)
            ),
            (MappingError::NotAPeriodHeader { column }, Lang::En) => format!(
                "Column {column} ({}) is marked as a period, but its header is not a period code (e.g. 2023, 2023M01, 2023Q1).",
                column_letter(*column)
            ),
        }
    }
}

fn place(file: &str, row: u64, column: Option<&Column>, lang: Lang) -> String {
    let (r, c) = match lang {
        Lang::Da => ("række", "kolonne"),
        Lang::En => ("row", "column"),
    };
    match column {
        Some(col) => format!(
            "{file}, {r} {row}, {c} {} ({}, \"{}\")",
            col.number,
            column_letter(col.number),
            col.name
        ),
        None => format!("{file}, {r} {row}"),
    }
}

impl Problem {
    /// "indikatorer.csv, række 7, kolonne 4 (D, "Antal personer"): "12a" er ikke et tal."
    pub fn message(&self, file: &str, lang: Lang) -> String {
        let at = place(file, self.row, self.column.as_ref(), lang);
        let n = |v: f64| format::number_trim(v, 4, lang);
        let what = match (&self.kind, lang) {
            (
                ProblemKind::FieldCount {
                    found,
                    expected,
                    other_delimiter,
                },
                Lang::Da,
            ) => {
                let hint = match other_delimiter {
                    Some(d) => format!(" Rækken indeholder '{d}': er skilletegnene blandede?"),
                    None => String::new(),
                };
                let fields = if *found == 1 { "felt" } else { "felter" };
                format!("rækken har {found} {fields}, overskriften har {expected}.{hint}")
            }
            (
                ProblemKind::FieldCount {
                    found,
                    expected,
                    other_delimiter,
                },
                Lang::En,
            ) => {
                let hint = match other_delimiter {
                    Some(d) => format!(" The row contains '{d}': are the delimiters mixed?"),
                    None => String::new(),
                };
                let fields = if *found == 1 { "field" } else { "fields" };
                format!("the row has {found} {fields}, the header has {expected}.{hint}")
            }
            (ProblemKind::NotANumber { text }, Lang::Da) => format!("\"{text}\" er ikke et tal."),
            (ProblemKind::NotANumber { text }, Lang::En) => {
                format!("\"{text}\" is not a number.")
            }
            (ProblemKind::BadPeriod { text }, Lang::Da) => format!(
                "\"{text}\" er ikke en periodekode (fx 2023, 2023M01, 2023K1, 2023QMAT02)."
            ),
            (ProblemKind::BadPeriod { text }, Lang::En) => format!(
                "\"{text}\" is not a period code (e.g. 2023, 2023M01, 2023Q1, 2023QMAT02)."
            ),
            (ProblemKind::EmptyArea, Lang::Da) => "området mangler.".into(),
            (ProblemKind::EmptyArea, Lang::En) => "the area is missing.".into(),
            (ProblemKind::EmptyPeriod, Lang::Da) => "perioden mangler.".into(),
            (ProblemKind::EmptyPeriod, Lang::En) => "the period is missing.".into(),
            (ProblemKind::EmptyIndicator, Lang::Da) => {
                "værdien har intet indikatornavn: skriv et navn for værdikolonnen.".into()
            }
            (ProblemKind::EmptyIndicator, Lang::En) => {
                "the value has no indicator name: type a name for the value column.".into()
            }
            (ProblemKind::UnclosedQuote { lines_swallowed }, Lang::Da) => format!(
                "et anførselstegn (\") åbnes her og lukkes aldrig, så resten af filen ({lines_swallowed} linjer) blev læst som én celle. Ret anførselstegnet og importér igen."
            ),
            (ProblemKind::UnclosedQuote { lines_swallowed }, Lang::En) => format!(
                "a quote (\") opens here and never closes, so the rest of the file ({lines_swallowed} lines) was read as one cell. Fix the quote and import again."
            ),
            (ProblemKind::Duplicate { first_row }, Lang::Da) => format!(
                "samme område, periode og indikator som række {first_row}, med samme værdi (dublet)."
            ),
            (ProblemKind::Duplicate { first_row }, Lang::En) => format!(
                "the same area, period and indicator as row {first_row}, with the same value (duplicate)."
            ),
            (
                ProblemKind::Conflict {
                    first_row,
                    first_value,
                    value,
                },
                Lang::Da,
            ) => format!(
                "samme område, periode og indikator som række {first_row}, men værdien er {} og ikke {}; den første bruges.",
                n(*value),
                n(*first_value)
            ),
            (
                ProblemKind::Conflict {
                    first_row,
                    first_value,
                    value,
                },
                Lang::En,
            ) => format!(
                "the same area, period and indicator as row {first_row}, but the value is {} not {}; the first is used.",
                n(*value),
                n(*first_value)
            ),
            (
                ProblemKind::QuoteInNumber { .. }
                | ProblemKind::QuoteInArea { .. }
                | ProblemKind::LineBreakInNumber { .. }
                | ProblemKind::TooLarge { .. }
                | ProblemKind::TooManyValues
                | ProblemKind::TooManyProblems,
                _,
            ) => limits::problem(&self.kind, lang).unwrap_or_default(),
        };
        format!("{at}: {what}")
    }
}

impl Note {
    pub fn row(&self) -> u64 {
        match self {
            Note::Missing { row, .. }
            | Note::Footnote { row, .. }
            | Note::Unreadable { row, .. }
            | Note::Omitted { row, .. } => *row,
        }
    }

    pub fn message(&self, file: &str, lang: Lang) -> String {
        match (self, lang) {
            (Note::Missing { row, column, text }, Lang::Da) if text.is_empty() => format!(
                "{}: cellen er tom og springes over.",
                place(file, *row, Some(column), lang)
            ),
            (Note::Missing { row, column, text }, Lang::En) if text.is_empty() => format!(
                "{}: the cell is empty and is skipped.",
                place(file, *row, Some(column), lang)
            ),
            (Note::Missing { row, column, text }, Lang::Da) => format!(
                "{}: \"{text}\" betyder manglende tal; cellen springes over.",
                place(file, *row, Some(column), lang)
            ),
            (Note::Missing { row, column, text }, Lang::En) => format!(
                "{}: \"{text}\" means no figure; the cell is skipped.",
                place(file, *row, Some(column), lang)
            ),
            (Note::Footnote { row, text }, Lang::Da) => format!(
                "{}: fodnote under tabellen springes over: \"{text}\".",
                place(file, *row, None, lang)
            ),
            (Note::Footnote { row, text }, Lang::En) => format!(
                "{}: footnote below the table is skipped: \"{text}\".",
                place(file, *row, None, lang)
            ),
            (Note::Unreadable { row, column, text }, Lang::Da) => format!(
                "{}: \"{text}\" indeholder tegnet \u{fffd}, som ikke kunne læses; filen blev gemt med en anden tegnkodning, end den angiver.",
                place(file, *row, column.as_ref(), lang)
            ),
            (Note::Unreadable { row, column, text }, Lang::En) => format!(
                "{}: \"{text}\" holds the character \u{fffd}, which could not be read; the file was saved in another encoding than it states.",
                place(file, *row, column.as_ref(), lang)
            ),
            (Note::Omitted { count, .. }, _) => limits::omitted(file, *count, lang),
        }
    }
}

/// Every problem and note of a reading as CSV (row, column, message), for the user to
/// download and fix the file with.
pub fn problems_csv(parsed: &Parsed, lang: crate::Lang) -> String {
    let mut w = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(Vec::new());
    let header = match lang {
        crate::Lang::Da => ["Række", "Kolonne", "Type", "Besked"],
        crate::Lang::En => ["Row", "Column", "Kind", "Message"],
    };
    let _ = w.write_record(header);
    let kind = |problem: bool| match (problem, lang) {
        (true, crate::Lang::Da) => "Fejl",
        (true, crate::Lang::En) => "Problem",
        (false, crate::Lang::Da) => "Bemærkning",
        (false, crate::Lang::En) => "Note",
    };
    for p in &parsed.problems {
        let column = p
            .column
            .as_ref()
            .map(|c| c.number.to_string())
            .unwrap_or_default();
        let _ = w.write_record([
            p.row.to_string(),
            column,
            kind(true).to_owned(),
            p.message(&parsed.file_name, lang),
        ]);
    }
    for n in &parsed.notes {
        let column = match n {
            Note::Missing { column, .. }
            | Note::Unreadable {
                column: Some(column),
                ..
            } => column.number.to_string(),
            Note::Footnote { .. } | Note::Unreadable { .. } | Note::Omitted { .. } => String::new(),
        };
        let _ = w.write_record([
            n.row().to_string(),
            column,
            kind(false).to_owned(),
            n.message(&parsed.file_name, lang),
        ]);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}
