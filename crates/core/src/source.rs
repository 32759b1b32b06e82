//! Where a figure comes from. Every figure in the model carries one of these, so the app can
//! answer "where does this number come from?".

use serde::{Deserialize, Serialize};

/// The origin of a figure or a text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Source {
    /// One of the municipality's source documents shipped with the app.
    Seed {
        /// File name in `shared/seeds`, e.g. `001_973eeeaefb2c1511.txt`.
        file: String,
        /// Section or item within the document, as the document names it.
        section: String,
    },
    /// A value read from a file the user imported.
    Import {
        file_name: String,
        /// 1-based row in the file.
        row: u64,
        /// ISO 8601 time of the import.
        imported_at: String,
        /// When the figure is made from values on several rows (a mean of monthly values, see
        /// `scenarios::baseline`): the last of those rows; `row` is then the first.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        last_row: Option<u64>,
        /// The periods of the values the figure is made from, oldest first, when the source
        /// names them (a baseline from imported figures); empty for a value as the file has
        /// it. Files without it load as before.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        periods: Vec<crate::indicators::ObsPeriod>,
    },
    /// A published document outside the seeds (an agreement, a press report).
    Reference { title: String },
    /// A figure the user assumed or entered.
    Assumption { note: String },
}

impl Source {
    pub fn seed(file: &str, section: &str) -> Self {
        Source::Seed {
            file: file.to_owned(),
            section: section.to_owned(),
        }
    }

    /// The seed document's title, for seeds the app knows.
    pub fn seed_title(file: &str) -> Option<&'static str> {
        SEEDS
            .iter()
            .find(|(prefix, _)| file.starts_with(prefix))
            .map(|(_, title)| *title)
    }

    /// A one-line description of the source in the UI language.
    pub fn describe(&self, lang: crate::Lang) -> String {
        use crate::Lang::{Da, En};
        match self {
            Source::Seed { file, section } => {
                let title = Self::seed_title(file).unwrap_or(file.as_str());
                if section.is_empty() {
                    title.to_owned()
                } else {
                    format!("{title}, {section}")
                }
            }
            Source::Import {
                file_name,
                row,
                imported_at,
                last_row,
                periods,
            } => {
                let rows = match last_row {
                    Some(last) if last != row => format!("{row}–{last}"),
                    _ => row.to_string(),
                };
                let period = match periods.as_slice() {
                    [] => String::new(),
                    [one] => format!(", {}", one.label(lang)),
                    [first, .., last] => format!(
                        ", {} {}–{}",
                        lang.pick("gennemsnit af", "mean of"),
                        first.label(lang),
                        last.label(lang)
                    ),
                };
                match lang {
                    Da => {
                        format!("Importeret fra {file_name}, række {rows}{period} ({imported_at})")
                    }
                    En => {
                        let word = if last_row.is_some_and(|l| l != *row) {
                            "rows"
                        } else {
                            "row"
                        };
                        format!("Imported from {file_name}, {word} {rows}{period} ({imported_at})")
                    }
                }
            }
            Source::Reference { title } => title.clone(),
            Source::Assumption { note } => match lang {
                Da => format!("Antagelse: {note}"),
                En => format!("Assumption: {note}"),
            },
        }
    }

    /// The description in two parts: the framing in the UI language ("Antagelse: ",
    /// "Assumption: ", or empty) and the content as the source has it (document titles,
    /// sections and notes are in Danish, the language the data is kept in). The UI marks the
    /// content as Danish when the page is in English. For an imported file everything is the
    /// UI's own words but the file name, so it all goes in the framing.
    pub fn describe_parts(&self, lang: crate::Lang) -> (String, String) {
        use crate::Lang::{Da, En};
        match self {
            Source::Import { .. } => (self.describe(lang), String::new()),
            Source::Assumption { note } => (
                match lang {
                    Da => "Antagelse: ".to_owned(),
                    En => "Assumption: ".to_owned(),
                },
                note.clone(),
            ),
            Source::Seed { .. } | Source::Reference { .. } => (String::new(), self.describe(lang)),
        }
    }

    pub fn assumption(note: &str) -> Self {
        Source::Assumption {
            note: note.to_owned(),
        }
    }

    pub fn reference(title: &str) -> Self {
        Source::Reference {
            title: title.to_owned(),
        }
    }

    /// A text the user wrote in the plan editor on `date` (yyyy-mm-dd).
    pub fn written_in_app(date: &str) -> Self {
        Self::assumption(&format!("skrevet i appen {date}"))
    }

    /// A figure the user changed on `date` (yyyy-mm-dd), saying what it came from before (in
    /// Danish, as stored data is).
    pub fn changed_in_app(date: &str, before: &Source) -> Self {
        let was = before.describe(crate::Lang::Da);
        Self::assumption(&format!("ændret i appen {date} (før: {was})"))
    }

    /// An amount the user typed into the budget follow-up on `date` (yyyy-mm-dd). In Danish
    /// whatever the UI language, as all stored data is.
    pub fn entered_in_app(date: &str) -> Self {
        Self::assumption(&format!("indtastet i appen {date}"))
    }

    /// The seed file name, when the source is a seed document.
    pub fn seed_file(&self) -> Option<&str> {
        match self {
            Source::Seed { file, .. } => Some(file),
            _ => None,
        }
    }
}

/// The source documents the default data is made from: file-name prefix and title.
pub const SEEDS: [(&str, &str); 5] = [
    (
        "000_",
        "Styringsark, budgetaftalens punkter for SBU (seed 000)",
    ),
    (
        "001_",
        "Beskæftigelsesplan 2023-24, Slagelse Kommune (seed 001)",
    ),
    ("002_", "Udviklingsaftale 2016 (seed 002)"),
    (
        "003_",
        "Referat, Social- og Beskæftigelsesudvalget 2. december 2019 (seed 003)",
    ),
    (
        "004_",
        "Udvalgssag 2024: retning for 2024-25 og medfinansiering af Arne-pensionen (seed 004)",
    ),
];

/// The full file names of the seeds.
pub const SEED_FILES: [&str; 5] = [
    "000_a70517f640a491db.txt",
    "001_973eeeaefb2c1511.txt",
    "002_498300ecb586b988.txt",
    "003_ff1ed37bf497d5ac.txt",
    "004_825b12544cf79305.txt",
];
