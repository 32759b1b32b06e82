//! Messages about the limits of a reading ([`crate::indicators::import::limits`]) and the
//! cells they refuse: each names the limit and where it was reached.

use crate::format;
use crate::indicators::import::limits::{
    MAX_CELLS, MAX_COLUMNS, MAX_NOTES, MAX_PROBLEMS, MAX_VALUES,
};
use crate::indicators::import::{FileError, ProblemKind};
use crate::Lang;

fn n(count: f64, lang: Lang) -> String {
    format::number(count, 0, lang)
}

fn delimiter_name(d: char, lang: Lang) -> &'static str {
    match (d, lang) {
        (';', Lang::Da) => "semikolon",
        (';', Lang::En) => "semicolons",
        (',', Lang::Da) => "komma",
        (',', Lang::En) => "commas",
        (_, Lang::Da) => "tabulator",
        (_, Lang::En) => "tabs",
    }
}

/// The message of a file refused for its columns or cells; `None` for other errors.
pub(super) fn file(e: &FileError, file: &str, lang: Lang) -> Option<String> {
    Some(match (e, lang) {
        (
            FileError::TooManyColumns {
                row,
                columns,
                delimiter,
            },
            Lang::Da,
        ) => format!(
            "{file}, række {row}: rækken har {} felter adskilt af {}; appen læser op til {} kolonner (Excels grænse). Er det den rigtige fil?",
            n(*columns as f64, lang),
            delimiter_name(*delimiter, lang),
            n(MAX_COLUMNS as f64, lang)
        ),
        (
            FileError::TooManyColumns {
                row,
                columns,
                delimiter,
            },
            Lang::En,
        ) => format!(
            "{file}, row {row}: the row has {} fields split by {}; the app reads up to {} columns (Excel's limit). Is it the right file?",
            n(*columns as f64, lang),
            delimiter_name(*delimiter, lang),
            n(MAX_COLUMNS as f64, lang)
        ),
        (FileError::TooManyCells { cells, row }, Lang::Da) => format!(
            "{file}: filen har {} celler; appen læser op til {} celler i én fil, og grænsen nås i række {row}. Udtræk færre områder, grupper eller perioder, eller del filen op.",
            n(*cells as f64, lang),
            n(MAX_CELLS as f64, lang)
        ),
        (FileError::TooManyCells { cells, row }, Lang::En) => format!(
            "{file}: the file has {} cells; the app reads up to {} cells from one file, and the limit is reached at row {row}. Extract fewer areas, groups or periods, or split the file.",
            n(*cells as f64, lang),
            n(MAX_CELLS as f64, lang)
        ),
        _ => return None,
    })
}

/// What is wrong with a cell or a reading past a limit; `None` for other problems.
pub(super) fn problem(kind: &ProblemKind, lang: Lang) -> Option<String> {
    Some(match (kind, lang) {
        (ProblemKind::QuoteInNumber { text }, Lang::Da) => format!(
            "\"{text}\" har et anførselstegn (\") inde i cellen og læses ikke som et tal. Ret cellen i filen."
        ),
        (ProblemKind::QuoteInNumber { text }, Lang::En) => format!(
            "\"{text}\" has a quote (\") inside the cell and is not read as a number. Fix the cell in the file."
        ),
        (ProblemKind::QuoteInArea { text }, Lang::Da) => format!(
            "området \"{text}\" har et anførselstegn (\"), som ikke hører til i et navn; rækken importeres ikke. Ret cellen i filen."
        ),
        (ProblemKind::QuoteInArea { text }, Lang::En) => format!(
            "the area \"{text}\" has a quote (\") that does not belong in a name; the row is not imported. Fix the cell in the file."
        ),
        (ProblemKind::LineBreakInNumber { text }, Lang::Da) => format!(
            "\"{text}\" er delt af et linjeskift (⏎) inde i anførselstegn og læses ikke som et tal. Ret cellen i filen."
        ),
        (ProblemKind::LineBreakInNumber { text }, Lang::En) => format!(
            "\"{text}\" is split by a line break (⏎) inside quotes and is not read as a number. Fix the cell in the file."
        ),
        (ProblemKind::TooLarge { text }, Lang::Da) => format!(
            "\"{text}\" er for stort: appen læser tal op til ±10^15 (1.000.000.000.000.000). Ret tallet i filen."
        ),
        (ProblemKind::TooLarge { text }, Lang::En) => format!(
            "\"{text}\" is too large: the app reads numbers up to ±10^15 (1,000,000,000,000,000). Fix the number in the file."
        ),
        (ProblemKind::TooManyValues, Lang::Da) => format!(
            "filen giver mere end {} værdier, det meste appen læser fra én fil; læsningen stoppede her, og resten af filen er ikke læst. Udtræk færre områder, grupper eller perioder, eller del filen op.",
            n(MAX_VALUES as f64, lang)
        ),
        (ProblemKind::TooManyValues, Lang::En) => format!(
            "the file gives more than {} values, the most the app reads from one file; reading stopped here and the rest of the file was not read. Extract fewer areas, groups or periods, or split the file.",
            n(MAX_VALUES as f64, lang)
        ),
        (ProblemKind::TooManyProblems, Lang::Da) => format!(
            "mere end {} fejl; læsningen stoppede her, og resten af filen er ikke læst. Er det den rigtige fil, og er kolonnerne læst rigtigt?",
            n(MAX_PROBLEMS as f64, lang)
        ),
        (ProblemKind::TooManyProblems, Lang::En) => format!(
            "more than {} problems; reading stopped here and the rest of the file was not read. Is it the right file, and were its columns read right?",
            n(MAX_PROBLEMS as f64, lang)
        ),
        _ => return None,
    })
}

/// The note that counts the notes not listed.
pub(super) fn omitted(file: &str, count: u64, lang: Lang) -> String {
    match lang {
        Lang::Da => format!(
            "{file}: yderligere {} bemærkninger vises ikke (de første {} er vist).",
            n(count as f64, lang),
            n(MAX_NOTES as f64, lang)
        ),
        Lang::En => format!(
            "{file}: {} more notes are not listed (the first {} are).",
            n(count as f64, lang),
            n(MAX_NOTES as f64, lang)
        ),
    }
}
