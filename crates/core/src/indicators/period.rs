//! The periods indicator files use: years (2023), halves (2023H1), quarters (2023K1 in
//! Danish Statbank files, 2023Q1 in English ones), moving years ending in a quarter
//! (jobindsats.dk's 2023QMAT02) and months (2023M01).

use std::cmp::Ordering;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::model::{PartialDate, Year};
use crate::Lang;

/// One period of an indicator value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ObsPeriod {
    Year(Year),
    /// 1 or 2.
    Half(Year, u8),
    /// 1 to 4.
    Quarter(Year, u8),
    /// The twelve months ending with the given quarter (1 to 4): "løbende år".
    MovingYear(Year, u8),
    /// 1 to 12.
    Month(Year, u8),
}

const MONTHS_DA: [&str; 12] = [
    "jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec.",
];
const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

impl ObsPeriod {
    /// Reads a period code as the files write it. Accepts `2023`, `2023H1`, `2023K1`,
    /// `2023Q1`, `2023QMAT02`, `2023M01`, `2023M1` and `2023-01`, with any letter case and
    /// surrounding spaces. Returns `None` for anything else.
    pub fn parse(code: &str) -> Option<Self> {
        let code = code.trim();
        if code.len() < 4 || !code.is_char_boundary(4) {
            return None;
        }
        let (year, rest) = code.split_at(4);
        if !year.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year: Year = year.parse().ok()?;
        if !(1900..=2200).contains(&year) {
            return None;
        }
        let rest = rest.trim_start();
        if rest.is_empty() {
            return Some(ObsPeriod::Year(year));
        }
        let upper = rest.to_ascii_uppercase();
        let number = |digits: &str, max: u8| -> Option<u8> {
            if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit())
            {
                return None;
            }
            let n: u8 = digits.parse().ok()?;
            (1..=max).contains(&n).then_some(n)
        };
        if let Some(q) = upper.strip_prefix("QMAT") {
            return number(q, 4).map(|q| ObsPeriod::MovingYear(year, q));
        }
        if let Some(q) = upper.strip_prefix('Q').or_else(|| upper.strip_prefix('K')) {
            return number(q, 4).map(|q| ObsPeriod::Quarter(year, q));
        }
        if let Some(h) = upper.strip_prefix('H') {
            return number(h, 2).map(|h| ObsPeriod::Half(year, h));
        }
        // A date (2023-01-01, as Excel writes a "Date" column): its month.
        if let Some((m, d)) = upper.strip_prefix('-').and_then(|r| r.split_once('-')) {
            let day = d.split(['T', ' ']).next().unwrap_or("");
            return match (number(m, 12), number(day, 31)) {
                (Some(m), Some(_)) => Some(ObsPeriod::Month(year, m)),
                _ => None,
            };
        }
        if let Some(m) = upper.strip_prefix('M').or_else(|| upper.strip_prefix('-')) {
            return number(m, 12).map(|m| ObsPeriod::Month(year, m));
        }
        None
    }

    /// The canonical code, as the app stores it: `2023`, `2023H1`, `2023K1`, `2023QMAT02`,
    /// `2023M01`.
    pub fn code(self) -> String {
        match self {
            ObsPeriod::Year(y) => format!("{y}"),
            ObsPeriod::Half(y, h) => format!("{y}H{h}"),
            ObsPeriod::Quarter(y, q) => format!("{y}K{q}"),
            ObsPeriod::MovingYear(y, q) => format!("{y}QMAT{q:02}"),
            ObsPeriod::Month(y, m) => format!("{y}M{m:02}"),
        }
    }

    /// How a reader would write the period.
    pub fn label(self, lang: Lang) -> String {
        match (self, lang) {
            (ObsPeriod::Year(y), _) => format!("{y}"),
            (ObsPeriod::Half(y, h), Lang::Da) => format!("{h}. halvår {y}"),
            (ObsPeriod::Half(y, h), Lang::En) => format!("H{h} {y}"),
            (ObsPeriod::Quarter(y, q), Lang::Da) => format!("{q}. kvt. {y}"),
            (ObsPeriod::Quarter(y, q), Lang::En) => format!("Q{q} {y}"),
            (ObsPeriod::MovingYear(y, q), Lang::Da) => format!("år til {q}. kvt. {y}"),
            (ObsPeriod::MovingYear(y, q), Lang::En) => format!("year to Q{q} {y}"),
            (ObsPeriod::Month(y, m), Lang::Da) => format!("{} {y}", MONTHS_DA[m as usize - 1]),
            (ObsPeriod::Month(y, m), Lang::En) => format!("{} {y}", MONTHS_EN[m as usize - 1]),
        }
    }

    pub fn year(self) -> Year {
        match self {
            ObsPeriod::Year(y)
            | ObsPeriod::Half(y, _)
            | ObsPeriod::Quarter(y, _)
            | ObsPeriod::MovingYear(y, _)
            | ObsPeriod::Month(y, _) => y,
        }
    }

    /// The last month of the period, counted as `year * 12 + month - 1`.
    pub fn end_month(self) -> i64 {
        let (y, m) = match self {
            ObsPeriod::Year(y) => (y, 12),
            ObsPeriod::Half(y, h) => (y, 6 * h as i32),
            ObsPeriod::Quarter(y, q) | ObsPeriod::MovingYear(y, q) => (y, 3 * q as i32),
            ObsPeriod::Month(y, m) => (y, m as i32),
        };
        y as i64 * 12 + m as i64 - 1
    }

    /// Whether the period has ended by the end of a date the documents give ("2023" is the end
    /// of December 2023, "december 2023" likewise).
    pub fn ends_by(self, date: PartialDate) -> bool {
        self.end_month() <= end_month_of(date)
    }

    /// The kind of period, for telling a monthly series from a yearly one.
    pub fn kind(self) -> PeriodKind {
        match self {
            ObsPeriod::Year(_) => PeriodKind::Year,
            ObsPeriod::Half(..) => PeriodKind::Half,
            ObsPeriod::Quarter(..) => PeriodKind::Quarter,
            ObsPeriod::MovingYear(..) => PeriodKind::MovingYear,
            ObsPeriod::Month(..) => PeriodKind::Month,
        }
    }
}

/// The last month of a document date, counted like [`ObsPeriod::end_month`].
pub fn end_month_of(date: PartialDate) -> i64 {
    date.year as i64 * 12 + date.month.unwrap_or(12) as i64 - 1
}

/// Kinds of period, ordered from the longest to the shortest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PeriodKind {
    Year,
    MovingYear,
    Half,
    Quarter,
    Month,
}

impl Ord for ObsPeriod {
    /// Periods sort by the month they end in; a longer period ending in the same month comes
    /// first.
    fn cmp(&self, other: &Self) -> Ordering {
        self.end_month()
            .cmp(&other.end_month())
            .then(self.kind().cmp(&other.kind()))
    }
}

impl PartialOrd for ObsPeriod {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for ObsPeriod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.code())
    }
}

impl Serialize for ObsPeriod {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.code())
    }
}

impl<'de> Deserialize<'de> for ObsPeriod {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = String::deserialize(d)?;
        ObsPeriod::parse(&code)
            .ok_or_else(|| serde::de::Error::custom(format!("ukendt periode \"{code}\"")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_code_the_files_use() {
        use ObsPeriod::*;
        let cases = [
            ("2023", Year(2023)),
            ("2023H2", Half(2023, 2)),
            ("2010K2", Quarter(2010, 2)),
            ("2007Q1", Quarter(2007, 1)),
            ("2023QMAT02", MovingYear(2023, 2)),
            ("2023qmat4", MovingYear(2023, 4)),
            ("2023M01", Month(2023, 1)),
            ("2023M1", Month(2023, 1)),
            ("2023-12", Month(2023, 12)),
            (" 2024M07 ", Month(2024, 7)),
        ];
        for (code, want) in cases {
            assert_eq!(ObsPeriod::parse(code), Some(want), "{code}");
            assert_eq!(ObsPeriod::parse(&want.code()), Some(want));
        }
        for bad in [
            "",
            "23",
            "2023M13",
            "2023K5",
            "2023M",
            "20x3",
            "2023QMAT05",
            "abcd",
            "ÆØÅ1",
        ] {
            assert_eq!(ObsPeriod::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn periods_sort_by_their_end() {
        let mut v: Vec<ObsPeriod> = ["2023M12", "2023", "2023K4", "2023M01", "2022"]
            .iter()
            .map(|c| ObsPeriod::parse(c).unwrap())
            .collect();
        v.sort();
        let codes: Vec<String> = v.iter().map(|p| p.code()).collect();
        assert_eq!(codes, ["2022", "2023M01", "2023", "2023K4", "2023M12"]);
    }

    #[test]
    fn labels_in_danish_and_english() {
        let p = ObsPeriod::Month(2023, 5);
        assert_eq!(p.label(Lang::Da), "maj 2023");
        assert_eq!(p.label(Lang::En), "May 2023");
        assert_eq!(ObsPeriod::Quarter(2023, 1).label(Lang::Da), "1. kvt. 2023");
        assert!(ObsPeriod::Month(2023, 12).ends_by(PartialDate::year(2023)));
        assert!(!ObsPeriod::Month(2024, 1).ends_by(PartialDate::year(2023)));
    }
}
