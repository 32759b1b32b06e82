//! What a finding says, in Danish and English, with the field's path.

use super::*;

impl Finding {
    /// The reason in words, without the path.
    pub fn message(&self, lang: Lang) -> String {
        let da = lang == Lang::Da;
        match &self.problem {
            Problem::Year { value } => {
                let v = *value;
                if da {
                    format!("året skal ligge mellem {MIN_YEAR} og {MAX_YEAR}, men er {v}.")
                } else {
                    format!("the year must be between {MIN_YEAR} and {MAX_YEAR}, but is {v}.")
                }
            }
            Problem::HorizonReversed { start, end } => lang.pick(
                format!("slutåret {end} ligger før startåret {start}."),
                format!("the last year {end} is before the first year {start}."),
            ),
            Problem::HorizonTooLong { start, end } => {
                let years = i64::from(*end) - i64::from(*start) + 1;
                lang.pick(
                    format!("tidshorisonten må højst være {MAX_HORIZON_YEARS} år, men {start}-{end} er {years} år."),
                    format!("the horizon may be at most {MAX_HORIZON_YEARS} years, but {start}-{end} is {years} years."),
                )
            }
            Problem::YearsTooMany { value } => lang.pick(
                format!("antal år skal ligge mellem 0 og {MAX_HORIZON_YEARS}, men er {value}."),
                format!("the number of years must be between 0 and {MAX_HORIZON_YEARS}, but is {value}."),
            ),
            Problem::Range {
                value,
                min,
                max,
                unit,
            } => {
                let unit = lang.pick(unit.0, unit.1);
                let unit = if unit.is_empty() {
                    String::new()
                } else {
                    format!(" {unit}")
                };
                lang.pick(
                    format!(
                        "skal være et tal mellem {} og {}{unit}, men er {}.",
                        int(*min, lang),
                        int(*max, lang),
                        show(*value, lang)
                    ),
                    format!(
                        "must be a number between {} and {}{unit}, but is {}.",
                        int(*min, lang),
                        int(*max, lang),
                        show(*value, lang)
                    ),
                )
            }
            Problem::Share { value } => {
                let pct = if value.is_finite() && value.abs() < 1e13 {
                    format!(" ({} %)", show(value * 100.0, lang))
                } else {
                    String::new()
                };
                lang.pick(
                    format!(
                        "andelen skal ligge mellem 0 og 1 (0-100 %), men er {}{pct}.",
                        show(*value, lang)
                    ),
                    format!(
                        "the share must be between 0 and 1 (0-100 %), but is {}{pct}.",
                        show(*value, lang)
                    ),
                )
            }
            Problem::EmptyId => lang
                .pick("id'et er tomt.", "the id is empty.")
                .to_owned(),
            Problem::DuplicateId { id, first } => lang.pick(
                format!("id'et \"{id}\" står også ved {first}."),
                format!("the id \"{id}\" is also used at {first}."),
            ),
            Problem::Missing { id, what } => lang.pick(
                format!("\"{id}\" findes ikke blandt {}.", what.0),
                format!("\"{id}\" does not exist among {}.", what.1),
            ),
            Problem::RepeatedYear { year, first } => lang.pick(
                format!("året {year} står også ved {first}; hvert år må kun stå én gang."),
                format!("the year {year} is also given at {first}; each year may be given once."),
            ),
            Problem::Repeated { id, first } => lang.pick(
                format!("\"{id}\" står også ved {first}; hver må kun stå én gang."),
                format!("\"{id}\" is also given at {first}; each may be given once."),
            ),
            Problem::Date { date } => {
                let written = match (date.month, date.day) {
                    (Some(m), Some(d)) => format!("{}-{m:02}-{d:02}", date.year),
                    (Some(m), None) => format!("{}-{m:02}", date.year),
                    _ => date.year.to_string(),
                };
                lang.pick(
                    format!("datoen {written} findes ikke."),
                    format!("the date {written} does not exist."),
                )
            }
            Problem::NoScenarios => lang
                .pick("sættet har ingen scenarier.", "the set has no scenarios.")
                .to_owned(),
            Problem::TooMany { count, max } => lang.pick(
                format!(
                    "listen har {} elementer; appen tager højst {}.",
                    int(*count as f64, lang),
                    int(*max as f64, lang)
                ),
                format!(
                    "the list has {} entries; the app takes at most {}.",
                    int(*count as f64, lang),
                    int(*max as f64, lang)
                ),
            ),
            Problem::UnknownField => lang
                .pick(
                    "feltet kendes ikke og bruges ikke i beregningen (stavefejl?).",
                    "the field is not known and is not used in the calculation (a misspelling?).",
                )
                .to_owned(),
        }
    }

    /// `path: message`.
    pub fn text(&self, lang: Lang) -> String {
        if self.path.is_empty() {
            self.message(lang)
        } else {
            format!("{}: {}", self.path, self.message(lang))
        }
    }
}
