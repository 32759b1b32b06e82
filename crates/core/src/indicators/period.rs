//! The periods indicator files use: years (2023), halves (2023H1), quarters (2023K1 in
//! Danish Statbank files, 2023Q1 in English ones), moving years ending in a quarter
//! (jobindsats.dk's 2023QMAT02) and months (2023M01); and the app's own part years
//! (2019YTD10, see [`ObsPeriod::YearToDate`]).

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
    /// A year so far: January to the given month (1 to 11), e.g. a table column "2019 Pr. 1.
    /// nov." (stocks on 1 November, flows January to October) is `YearToDate(2019, 10)`. Its
    /// code is `2019YTD10`: no file the importer reads writes "YTD" (Danmarks Statistik and
    /// jobindsats.dk use `2019`, `2019H1`, `2019K1`/`2019Q1`, `2019QMAT02` and `2019M01`),
    /// so no file's period is read as a part year, and a file that did write it would mean
    /// the same. It is a yearly period ([`PeriodKind::Year`]): it stands last in a series of
    /// years, sorted by its end, before the whole year.
    YearToDate(Year, u8),
}

const MONTHS_DA: [&str; 12] = [
    "jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec.",
];
const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

impl ObsPeriod {
    /// Reads a period code as the files write it. Accepts `2023`, `2023H1`, `2023K1`,
    /// `2023Q1`, `2023QMAT02`, `2023M01`, `2023M1`, `2023-01` and the app's `2019YTD10`, with
    /// any letter case and surrounding spaces. Returns `None` for anything else.
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
        if let Some(m) = upper.strip_prefix("YTD") {
            return number(m, 11).map(|m| ObsPeriod::YearToDate(year, m));
        }
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
    /// `2023M01`, `2019YTD10`.
    pub fn code(self) -> String {
        match self {
            ObsPeriod::Year(y) => format!("{y}"),
            ObsPeriod::Half(y, h) => format!("{y}H{h}"),
            ObsPeriod::Quarter(y, q) => format!("{y}K{q}"),
            ObsPeriod::MovingYear(y, q) => format!("{y}QMAT{q:02}"),
            ObsPeriod::Month(y, m) => format!("{y}M{m:02}"),
            ObsPeriod::YearToDate(y, m) => format!("{y}YTD{m:02}"),
        }
    }

    /// How a reader would write the period. A part year is named by the first day after it,
    /// as the documents name such a column ("2019 Pr. 1. nov."): "2019 til 1. nov.", "2019
    /// to 1 Nov".
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
            (ObsPeriod::YearToDate(y, m), Lang::Da) => {
                format!("{y} til 1. {}", MONTHS_DA[(m as usize).min(11)])
            }
            (ObsPeriod::YearToDate(y, m), Lang::En) => {
                format!("{y} to 1 {}", MONTHS_EN[(m as usize).min(11)])
            }
        }
    }

    pub fn year(self) -> Year {
        match self {
            ObsPeriod::Year(y)
            | ObsPeriod::Half(y, _)
            | ObsPeriod::Quarter(y, _)
            | ObsPeriod::MovingYear(y, _)
            | ObsPeriod::Month(y, _)
            | ObsPeriod::YearToDate(y, _) => y,
        }
    }

    /// The last month of the period, counted as `year * 12 + month - 1`.
    pub fn end_month(self) -> i64 {
        let (y, m) = match self {
            ObsPeriod::Year(y) => (y, 12),
            ObsPeriod::Half(y, h) => (y, 6 * h as i32),
            ObsPeriod::Quarter(y, q) | ObsPeriod::MovingYear(y, q) => (y, 3 * q as i32),
            ObsPeriod::Month(y, m) | ObsPeriod::YearToDate(y, m) => (y, m as i32),
        };
        y as i64 * 12 + m as i64 - 1
    }

    /// Whether the period is a year so far rather than a whole one.
    pub fn is_part_year(self) -> bool {
        matches!(self, ObsPeriod::YearToDate(..))
    }

    /// Whether the period has ended by the end of a date the documents give ("2023" is the end
    /// of December 2023, "december 2023" likewise).
    pub fn ends_by(self, date: PartialDate) -> bool {
        self.end_month() <= end_month_of(date)
    }

    /// The kind of period, for telling a monthly series from a yearly one. A part year is
    /// yearly: it belongs to the series of years it ends.
    pub fn kind(self) -> PeriodKind {
        match self {
            ObsPeriod::Year(_) | ObsPeriod::YearToDate(..) => PeriodKind::Year,
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
    /// first (and a whole year before a part year ending in December, which no code names but
    /// the model can hold, so that only equal periods compare equal).
    fn cmp(&self, other: &Self) -> Ordering {
        self.end_month()
            .cmp(&other.end_month())
            .then(self.kind().cmp(&other.kind()))
            .then(self.is_part_year().cmp(&other.is_part_year()))
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
            ("2019YTD10", YearToDate(2019, 10)),
            ("2019ytd1", YearToDate(2019, 1)),
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
            "2019YTD12",
            "2019YTD0",
            "2019YTD",
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

#[cfg(test)]
mod part_year_tests {
    use super::*;
    use ObsPeriod::*;

    #[test]
    fn a_part_year_round_trips_through_its_code_and_serde() {
        let p = YearToDate(2019, 10);
        assert_eq!(p.code(), "2019YTD10");
        assert_eq!(ObsPeriod::parse(&p.code()), Some(p));
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(json, "\"2019YTD10\"");
        assert_eq!(serde_json::from_str::<ObsPeriod>(&json).unwrap(), p);
        // No code a file writes is read as a part year.
        for code in [
            "2019",
            "2019M10",
            "2019K4",
            "2019Q4",
            "2019QMAT04",
            "2019H2",
            "2019-10",
        ] {
            assert!(!ObsPeriod::parse(code).unwrap().is_part_year(), "{code}");
        }
    }

    #[test]
    fn a_part_year_says_so_in_both_languages() {
        assert_eq!(YearToDate(2019, 10).label(Lang::Da), "2019 til 1. nov.");
        assert_eq!(YearToDate(2019, 10).label(Lang::En), "2019 to 1 Nov");
        assert_eq!(YearToDate(2020, 11).label(Lang::Da), "2020 til 1. dec.");
        assert_eq!(YearToDate(2020, 1).label(Lang::En), "2020 to 1 Feb");
    }

    #[test]
    fn a_part_year_ends_in_its_last_month_and_is_yearly() {
        let p = YearToDate(2019, 10);
        assert_eq!(p.end_month(), Month(2019, 10).end_month());
        assert_eq!(p.end_month(), 2019 * 12 + 9);
        assert_eq!(p.year(), 2019);
        assert_eq!(p.kind(), PeriodKind::Year);
        assert_eq!(p.kind(), Year(2018).kind());
        assert!(p.ends_by(PartialDate::month(2019, 10)));
        assert!(!p.ends_by(PartialDate::month(2019, 9)));
    }

    #[test]
    fn a_part_year_sorts_after_the_years_before_it_and_before_its_whole_year() {
        let mut v = vec![
            Year(2019),
            Month(2019, 10),
            YearToDate(2019, 10),
            Year(2018),
            Month(2019, 11),
            Quarter(2019, 4),
            Year(2015),
        ];
        v.sort();
        assert_eq!(
            v,
            [
                Year(2015),
                Year(2018),
                YearToDate(2019, 10),
                Month(2019, 10),
                Month(2019, 11),
                Year(2019),
                Quarter(2019, 4),
            ]
        );
        // Only equal periods compare equal, even a part year to December (which no code names).
        assert_ne!(YearToDate(2020, 12).cmp(&Year(2020)), Ordering::Equal);
        assert!(Year(2020) < YearToDate(2020, 12));
        // A series of years with a part year last is still one kind of period.
        let years = [
            Year(2015),
            Year(2016),
            Year(2017),
            Year(2018),
            YearToDate(2019, 10),
        ];
        assert!(years.iter().all(|p| p.kind() == PeriodKind::Year));
        assert!(years.windows(2).all(|w| w[0] < w[1]));
    }
}
