//! Where a value seeded from one of the seed documents comes from: its table, row and column.

use serde::{Deserialize, Serialize};

use super::super::ObsPeriod;

/// Which table of a seed document a record's values are read from. A point's row is the row in
/// that table, 1-based as a reader counts them: row 1 is the table's heading row (the years or
/// the months), so the first figures stand in row 2.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SeedOrigin {
    /// File name in `shared/seeds`, e.g. `003_ff1ed37bf497d5ac.txt`.
    pub file: String,
    /// The item, the part of it and the table, as the document names them.
    pub section: String,
    /// The labels of the table's rows that have figures, as the document writes them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rows: Vec<SeedRow>,
    /// The table's columns: the period each stands for and its heading as written.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub columns: Vec<SeedColumn>,
}

/// A row of a seed table and the text in its first column.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeedRow {
    pub row: u64,
    pub label: String,
}

/// A column of a seed table: the period its figures are stored under, and its heading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeedColumn {
    pub period: ObsPeriod,
    pub heading: String,
}

impl SeedOrigin {
    /// Where in the document a value of the record stands: the section, the row with its label
    /// and the column with its heading, e.g. `11. Integrationsområdet, Baggrund, tabellen
    /// »Udviklingen i antal personer og resultattilskud«, række 2 »Antal personer i alt
    /// omfattet af Integrationsloven«, kolonne »2018«`.
    pub fn place(&self, row: u64, period: ObsPeriod) -> String {
        let mut place = format!("{}, række {row}", self.section);
        if let Some(r) = self.rows.iter().find(|r| r.row == row) {
            place.push_str(&format!(" »{}«", r.label));
        }
        if let Some(c) = self.columns.iter().find(|c| c.period == period) {
            place.push_str(&format!(", kolonne »{}«", c.heading));
        }
        place
    }
}
