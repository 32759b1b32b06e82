//! Key-figure reports: the committee's monthly report on the employment key figures sums up
//! the development in a few trends ("udviklingstendenser"), each told against the whole
//! country and against the comparable municipalities (klyngekommunerne). The figures behind
//! them are in the report's annex, which the seeds do not have; the trends are kept as the
//! report words them, with how it says the municipality fares.

use serde::{Deserialize, Serialize};

use crate::model::PartialDate;
use crate::source::Source;
use crate::Lang;

/// One key-figure report, as the minutes give it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeyFigureReport {
    /// The report's title as the agenda item names it.
    pub title: String,
    /// The meeting the report was given at (the report names no other date).
    pub date: PartialDate,
    /// The development trends, in the report's order.
    pub trends: Vec<KeyTrend>,
    /// What the report says about the trends as a whole, verbatim.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub remarks: Vec<String>,
    pub source: Source,
}

/// One development trend.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeyTrend {
    /// The trend verbatim.
    pub text: String,
    /// How the municipality fares against the whole country, as the trend says.
    pub against_country: Direction,
    /// How the municipality fares against the comparable municipalities, as the trend says.
    pub against_cluster: Direction,
    pub source: Source,
}

/// How the municipality fares in a comparison, judged by what is good for its citizens: a
/// larger fall in unemployment or a higher share in work is better, more people on benefits
/// is worse.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Better,
    /// "på niveau med", "følger sammenligningsgrundlag".
    Same,
    Worse,
    /// "midt imellem udviklingen på landsplan og i sammenlignelige kommuner": between the
    /// country and the comparable municipalities, without saying which of the two is ahead.
    Between,
}

impl Direction {
    pub const ALL: [Direction; 4] = [
        Direction::Better,
        Direction::Same,
        Direction::Worse,
        Direction::Between,
    ];

    /// The stored code: `better`, `same`, `worse`, `between`.
    pub fn code(self) -> &'static str {
        match self {
            Direction::Better => "better",
            Direction::Same => "same",
            Direction::Worse => "worse",
            Direction::Between => "between",
        }
    }

    /// A short label in the UI language, to stand in a table column "against the country".
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Direction::Better => lang.pick("bedre", "better"),
            Direction::Same => lang.pick("på niveau", "on a par"),
            Direction::Worse => lang.pick("dårligere", "worse"),
            Direction::Between => lang.pick("midt imellem", "in between"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directions_have_codes_and_labels_in_both_languages() {
        for d in Direction::ALL {
            let json = serde_json::to_string(&d).unwrap();
            assert_eq!(json, format!("\"{}\"", d.code()));
            assert_eq!(serde_json::from_str::<Direction>(&json).unwrap(), d);
            assert_ne!(d.label(Lang::Da), d.label(Lang::En));
        }
        assert_eq!(Direction::Same.label(Lang::Da), "på niveau");
    }
}
