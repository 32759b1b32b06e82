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
                let title = Self::seed_title(file).unwrap_or("Kildedokument");
                let section = document_words(section);
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
                // The tables of a source document are named by the document, not its file.
                if let Some(title) = SEED_FILES
                    .contains(&file_name.as_str())
                    .then(|| Self::seed_title(file_name))
                    .flatten()
                {
                    return match lang {
                        Da => format!("{title}, tabel, række {rows}{period}"),
                        En => format!("{title}, table, row {rows}{period}"),
                    };
                }
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
            Source::Reference { title } => document_words(title).into_owned(),
            Source::Assumption { note } => match lang {
                Da => format!("Antagelse: {}", document_words(note)),
                En => format!("Assumption: {}", document_words(note)),
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
                document_words(note).into_owned(),
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

/// The source documents the default data is made from: file-name prefix and title, as a
/// reader knows the document (never by its file).
pub const SEEDS: [(&str, &str); 5] = [
    ("000_", "Styringsark, budgetaftalens punkter for SBU"),
    ("001_", "Beskæftigelsesplan 2023-24, Slagelse Kommune"),
    ("002_", "Udviklingsaftale 2016"),
    (
        "003_",
        "Referat, Social- og Beskæftigelsesudvalget 2. december 2019",
    ),
    (
        "004_",
        "Udvalgssag 2024, Erhvervs-, Beskæftigelses- og Uddannelsesudvalget: retning for 2024-25 og medfinansiering af Arne-pensionen",
    ),
];

/// How a running text names each source document instead of the team's shorthand
/// ("seed 004"), which texts saved by earlier versions may still hold.
const DOCUMENT_WORDS: [(&str, &str); 5] = [
    ("seed 000", "styringsarket"),
    ("seed 001", "Beskæftigelsesplan 2023-24"),
    ("seed 002", "Udviklingsaftale 2016"),
    ("seed 003", "referatet af 2. december 2019"),
    ("seed 004", "udvalgssagen 2024"),
];

/// A text with the documents named as a reader knows them: "udledt af seed 004" becomes
/// "udledt af udvalgssagen 2024", "(seed 001)" disappears after a title that already names
/// the document. Texts without such words are returned as they are.
pub fn document_words(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains("seed 0") {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = text.to_owned();
    for (shorthand, words) in DOCUMENT_WORDS {
        out = out
            .replace(&format!(" ({shorthand})"), "")
            .replace(&format!("{shorthand}'s"), words)
            .replace(shorthand, words);
    }
    std::borrow::Cow::Owned(out)
}

/// The full file names of the seeds.
pub const SEED_FILES: [&str; 5] = [
    "000_a70517f640a491db.txt",
    "001_973eeeaefb2c1511.txt",
    "002_498300ecb586b988.txt",
    "003_ff1ed37bf497d5ac.txt",
    "004_825b12544cf79305.txt",
];

#[cfg(test)]
mod document_words_tests {
    use super::*;

    #[test]
    fn the_teams_shorthand_becomes_the_documents_name() {
        assert_eq!(
            document_words("udledt af seed 004: sagsantallet steg 20 %"),
            "udledt af udvalgssagen 2024: sagsantallet steg 20 %"
        );
        assert_eq!(
            document_words("Beskæftigelsesplan 2023-24, Slagelse Kommune (seed 001), punkt 4"),
            "Beskæftigelsesplan 2023-24, Slagelse Kommune, punkt 4"
        );
        assert!(matches!(
            document_words("Kilde uden forkortelse"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn no_source_document_is_named_by_its_file_or_the_teams_shorthand() {
        for file in SEED_FILES {
            let d = Source::seed(file, "afsnit").describe(crate::Lang::Da);
            assert!(!d.contains("seed") && !d.contains(".txt"), "{d}");
            let imported = Source::Import {
                file_name: file.to_owned(),
                row: 2,
                imported_at: "2026-01-01".into(),
                last_row: None,
                periods: vec![],
            }
            .describe(crate::Lang::Da);
            assert!(!imported.contains(".txt"), "{imported}");
        }
    }
}
