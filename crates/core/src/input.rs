//! Numbers typed into the page's fields: read with the UI language's number format
//! ([`format::parse_number`]) and checked against the field's rule, with a message that says
//! what is wrong in the user's language. A refused entry never reaches the model.

use crate::format;
use crate::Lang;

/// What a field accepts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FieldRule {
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// Only whole numbers (a year, a count of years).
    pub whole: bool,
}

impl FieldRule {
    /// Any number of 0 or more (amounts, FTE, persons).
    pub const NON_NEGATIVE: FieldRule = FieldRule {
        min: Some(0.0),
        max: None,
        whole: false,
    };
    /// A share in per cent, 0–100.
    pub const PERCENT: FieldRule = FieldRule {
        min: Some(0.0),
        max: Some(100.0),
        whole: false,
    };
    /// A calendar year the app can compute with.
    pub const YEAR: FieldRule = FieldRule {
        min: Some(crate::input::FIRST_YEAR as f64),
        max: Some(crate::input::LAST_YEAR as f64),
        whole: true,
    };

    pub const fn between(min: f64, max: f64) -> FieldRule {
        FieldRule {
            min: Some(min),
            max: Some(max),
            whole: false,
        }
    }
}

/// The first and last year a field accepts.
pub const FIRST_YEAR: i32 = 1990;
pub const LAST_YEAR: i32 = 2100;

/// Why a typed entry was refused.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldError {
    Empty,
    NotANumber,
    NotWhole,
    TooSmall(f64),
    TooLarge(f64),
    /// A year outside the years the app computes with ([`FieldRule::YEAR`]).
    YearOutside {
        min: i32,
        max: i32,
    },
    /// "Til år" before "Fra år".
    YearsReversed {
        from: i32,
        to: i32,
    },
}

impl FieldError {
    /// The message shown at the field.
    pub fn message(&self, lang: Lang) -> String {
        let n = |v: f64| format::number_trim(v, 2, lang);
        match (self, lang) {
            (FieldError::Empty, Lang::Da) => "Skriv et tal.".into(),
            (FieldError::Empty, Lang::En) => "Enter a number.".into(),
            (FieldError::NotANumber, Lang::Da) => {
                "Det er ikke et tal. Skriv fx 550 eller 5,5.".into()
            }
            (FieldError::NotANumber, Lang::En) => {
                "That is not a number. Enter e.g. 550 or 5.5.".into()
            }
            (FieldError::NotWhole, Lang::Da) => "Skriv et helt tal, fx 2026.".into(),
            (FieldError::NotWhole, Lang::En) => "Enter a whole number, e.g. 2026.".into(),
            (FieldError::TooSmall(min), Lang::Da) => {
                if *min == 0.0 {
                    "Tallet må ikke være negativt.".into()
                } else {
                    format!("Tallet skal være mindst {}.", n(*min))
                }
            }
            (FieldError::TooSmall(min), Lang::En) => {
                if *min == 0.0 {
                    "The number cannot be negative.".into()
                } else {
                    format!("The number must be at least {}.", n(*min))
                }
            }
            (FieldError::TooLarge(max), Lang::Da) => {
                format!("Tallet må højst være {}.", n(*max))
            }
            (FieldError::TooLarge(max), Lang::En) => {
                format!("The number can be at most {}.", n(*max))
            }
            (FieldError::YearOutside { min, max }, Lang::Da) => {
                format!("Skriv et år fra {min} til {max}.")
            }
            (FieldError::YearOutside { min, max }, Lang::En) => {
                format!("Enter a year from {min} to {max}.")
            }
            (FieldError::YearsReversed { from, to }, Lang::Da) => {
                format!("Til år ({to}) ligger før fra år ({from}).")
            }
            (FieldError::YearsReversed { from, to }, Lang::En) => {
                format!("To year ({to}) lies before from year ({from}).")
            }
        }
    }
}

/// Reads a typed entry by the UI language's number format and checks it against `rule`.
pub fn parse_field(text: &str, lang: Lang, rule: FieldRule) -> Result<f64, FieldError> {
    if text.trim().is_empty() {
        return Err(FieldError::Empty);
    }
    let v = format::parse_number(text, lang).ok_or(FieldError::NotANumber)?;
    if rule == FieldRule::YEAR && !(FIRST_YEAR as f64..=LAST_YEAR as f64).contains(&v) {
        return Err(FieldError::YearOutside {
            min: FIRST_YEAR,
            max: LAST_YEAR,
        });
    }
    if rule.whole && v.fract() != 0.0 {
        return Err(FieldError::NotWhole);
    }
    if let Some(min) = rule.min {
        if v < min {
            return Err(FieldError::TooSmall(min));
        }
    }
    if let Some(max) = rule.max {
        if v > max {
            return Err(FieldError::TooLarge(max));
        }
    }
    Ok(v)
}

/// A value as a field shows it: the UI language's format, without grouping (so that what is
/// shown reads back the same), trimmed to `decimals`.
pub fn field_text(value: f64, decimals: usize, lang: Lang) -> String {
    let text = format::number_trim(value, decimals, lang);
    let group = match lang {
        Lang::Da => '.',
        Lang::En => ',',
    };
    text.chars().filter(|c| *c != group).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_entries_read_with_a_decimal_comma() {
        assert_eq!(
            parse_field("5,5", Lang::Da, FieldRule::NON_NEGATIVE),
            Ok(5.5)
        );
        assert_eq!(
            parse_field("1.250", Lang::Da, FieldRule::NON_NEGATIVE),
            Ok(1250.0)
        );
        assert_eq!(
            parse_field("12.5", Lang::En, FieldRule::NON_NEGATIVE),
            Ok(12.5)
        );
    }

    #[test]
    fn refused_entries_say_why() {
        let r = FieldRule::NON_NEGATIVE;
        assert_eq!(
            parse_field("550r", Lang::Da, r),
            Err(FieldError::NotANumber)
        );
        assert_eq!(
            parse_field("-100", Lang::Da, r),
            Err(FieldError::TooSmall(0.0))
        );
        assert_eq!(parse_field(" ", Lang::Da, r), Err(FieldError::Empty));
        assert_eq!(
            parse_field("2026,5", Lang::Da, FieldRule::YEAR),
            Err(FieldError::NotWhole)
        );
        // A year is asked for as a year, not as "at most 2.100".
        assert_eq!(
            parse_field("20244", Lang::Da, FieldRule::YEAR),
            Err(FieldError::YearOutside {
                min: 1990,
                max: 2100
            })
        );
        assert_eq!(
            parse_field("1989", Lang::Da, FieldRule::YEAR)
                .unwrap_err()
                .message(Lang::Da),
            "Skriv et år fra 1990 til 2100."
        );
        assert_eq!(
            parse_field("2101", Lang::En, FieldRule::YEAR)
                .unwrap_err()
                .message(Lang::En),
            "Enter a year from 1990 to 2100."
        );
        assert_eq!(
            parse_field("120", Lang::Da, FieldRule::PERCENT),
            Err(FieldError::TooLarge(100.0))
        );
        assert_eq!(
            FieldError::NotANumber.message(Lang::Da),
            "Det er ikke et tal. Skriv fx 550 eller 5,5."
        );
        assert_eq!(
            FieldError::TooSmall(0.0).message(Lang::En),
            "The number cannot be negative."
        );
        assert_eq!(
            FieldError::YearsReversed {
                from: 2030,
                to: 2026
            }
            .message(Lang::Da),
            "Til år (2026) ligger før fra år (2030)."
        );
    }

    #[test]
    fn a_field_shows_what_reads_back_the_same() {
        for (v, lang) in [(1250.5, Lang::Da), (1250.5, Lang::En), (-3.0, Lang::Da)] {
            let t = field_text(v, 2, lang);
            assert_eq!(
                parse_field(&t, lang, FieldRule::between(-1e9, 1e9)),
                Ok(v),
                "{t}"
            );
        }
    }
}
