//! How a file is read, in plain words for the preview: where the periods, the areas and the
//! groups are, which rows are the header, and what the figures are called ("Tabellen har
//! perioder som kolonner og områder i rækkerne …"). Columns are named as a spreadsheet
//! names them (A, B, …), rows by their number in the file.

use super::Sniffed;
use crate::indicators::import::cells::column_letter;
use crate::indicators::import::ColumnRole;
use crate::Lang;

/// "A", "B og C", "B, C og D".
fn letters(columns: &[usize], lang: Lang) -> String {
    let l: Vec<String> = columns.iter().map(|&i| column_letter(i + 1)).collect();
    match l.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {} {last}", rest.join(", "), lang.pick("og", "and")),
    }
}

impl Sniffed {
    /// The reading in plain words, one sentence per part.
    pub fn reading_text(&self, lang: Lang) -> String {
        let m = &self.mapping;
        let with = |role: ColumnRole| -> Vec<usize> {
            m.roles
                .iter()
                .enumerate()
                .filter(|(_, r)| **r == role)
                .map(|(i, _)| i)
                .collect()
        };
        let (area, period, groups, values, period_values) = (
            with(ColumnRole::Area),
            with(ColumnRole::Period),
            with(ColumnRole::Dimension),
            with(ColumnRole::Value),
            with(ColumnRole::PeriodValue),
        );
        let mut out = Vec::new();
        // Periods and areas.
        let periods = if !period_values.is_empty() {
            let first = self.periods.iter().flatten().next();
            let last = self.periods.iter().flatten().last();
            let span = match (first, last) {
                (Some(f), Some(l)) if f != l => format!(" ({} – {})", f.code(), l.code()),
                (Some(f), _) => format!(" ({})", f.code()),
                _ => String::new(),
            };
            lang.pick(
                format!("perioder som kolonner{span}"),
                format!("periods as columns{span}"),
            )
        } else if !period.is_empty() {
            lang.pick(
                format!("perioderne i kolonne {}", letters(&period, lang)),
                format!("the periods in column {}", letters(&period, lang)),
            )
        } else {
            lang.pick("ingen perioder fundet", "no periods found")
                .to_owned()
        };
        let areas = match area.as_slice() {
            [] if !m.fixed_area.is_empty() => lang.pick(
                format!("området {} for alle rækker", m.fixed_area),
                format!("the area {} for every row", m.fixed_area),
            ),
            [] => lang.pick("intet område fundet", "no area found").to_owned(),
            cols if cols.iter().any(|&i| m.fills_down(i)) => lang.pick(
                format!(
                    "områder i rækkerne (kolonne {}, på egne rækker over deres tal)",
                    letters(cols, lang)
                ),
                format!(
                    "areas in the rows (column {}, on rows of their own above their figures)",
                    letters(cols, lang)
                ),
            ),
            cols => lang.pick(
                format!("områder i rækkerne (kolonne {})", letters(cols, lang)),
                format!("areas in the rows (column {})", letters(cols, lang)),
            ),
        };
        out.push(lang.pick(
            format!("Tabellen har {periods} og {areas}."),
            format!("The table has {periods} and {areas}."),
        ));
        if !groups.is_empty() {
            let own_rows = groups.iter().any(|&i| m.fills_down(i));
            let rows = if own_rows {
                lang.pick(
                    ", hvis etiketter står på egne rækker",
                    ", whose labels stand on rows of their own",
                )
            } else {
                ""
            };
            out.push(lang.pick(
                format!(
                    "Grupper (fx aldersgrupper eller ydelser) står i kolonne {}{rows}; de bliver en del af tallenes navn.",
                    letters(&groups, lang)
                ),
                format!(
                    "Groups (such as age groups or benefits) are in column {}{rows}; they become part of the figures' names.",
                    letters(&groups, lang)
                ),
            ));
        }
        let named_by_headers = !values.is_empty()
            && values
                .iter()
                .all(|&i| !super::is_generic_value_header(&self.header[i]));
        if !values.is_empty() {
            let named = if named_by_headers {
                lang.pick(
                    ", hver med sit måls navn i overskriften",
                    ", each named by its header",
                )
            } else {
                ""
            };
            out.push(lang.pick(
                format!("Tallene står i kolonne {}{named}.", letters(&values, lang)),
                format!(
                    "The figures are in {} {}{named}.",
                    if values.len() == 1 {
                        "column"
                    } else {
                        "columns"
                    },
                    letters(&values, lang)
                ),
            ));
        }
        // The header and the title.
        if self.header_first != self.header_line {
            out.push(lang.pick(
                format!(
                    "Overskriften fylder to rækker ({} og {}): den øverste samler kolonnerne under sig.",
                    self.header_first, self.header_line
                ),
                format!(
                    "The header takes two rows ({} and {}): the upper one groups the columns below it.",
                    self.header_first, self.header_line
                ),
            ));
        } else if self.header_line > 0 {
            out.push(lang.pick(
                format!("Overskriften står i række {}.", self.header_line),
                format!("The header is row {}.", self.header_line),
            ));
        }
        if !m.indicator_name.is_empty() && !named_by_headers {
            out.push(lang.pick(
                format!("Tallene hedder »{}«.", m.indicator_name),
                format!("The figures are called \"{}\".", m.indicator_name),
            ));
        }
        if let Some(sections) = self.sections_text(lang) {
            out.push(sections);
        }
        if let Some(t) = self.title.first() {
            out.push(lang.pick(
                format!("Titlen over tabellen: »{t}«."),
                format!("The title above the table: \"{t}\"."),
            ));
        }
        out.push(
            match self.decimal {
                crate::indicators::import::DecimalStyle::Comma => {
                    lang.pick("Decimaltegnet er komma.", "The decimal mark is a comma.")
                }
                crate::indicators::import::DecimalStyle::Point => {
                    lang.pick("Decimaltegnet er punktum.", "The decimal mark is a point.")
                }
            }
            .to_owned(),
        );
        out.join(" ")
    }
}

impl Sniffed {
    /// The section rows that name the figures below them, in words.
    fn sections_text(&self, lang: Lang) -> Option<String> {
        let named: Vec<String> = self
            .sections
            .iter()
            .map(|(line, text)| {
                lang.pick(
                    format!("»{text}« (række {line})"),
                    format!("\"{text}\" (row {line})"),
                )
            })
            .collect();
        let (last, rest) = named.split_last()?;
        let list = if rest.is_empty() {
            last.clone()
        } else {
            format!("{} {} {last}", rest.join(", "), lang.pick("og", "and"))
        };
        let context = if self.title.is_empty() {
            ""
        } else {
            lang.pick(
                "; titlen er deres sammenhæng, ikke deres navn",
                "; the title is their context, not their name",
            )
        };
        Some(if rest.is_empty() {
            lang.pick(
                format!("Rækken {list} over områderne navngiver tallene under den{context}."),
                format!("The row {list} above the areas names the figures below it{context}."),
            )
        } else {
            lang.pick(
                format!(
                    "Rækkerne {list} over områderne navngiver hver tallene under sig{context}."
                ),
                format!(
                    "The rows {list} above the areas each name the figures below them{context}."
                ),
            )
        })
    }
}
