//! CSV for people: what Danish Excel opens right with a double click. Semicolons between
//! columns, a decimal comma (in Danish), no thousands separator (so no number is read as a
//! date or as text), the hyphen-minus for negative numbers (Excel reads U+2212 as text), a
//! UTF-8 byte-order mark ([`BOM`]) so the letters come out right, and every text cell made
//! safe: a cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return would be
//! read as a formula (CSV injection), so it gets an apostrophe in front, which Excel hides,
//! unless the cell is a plain number ("-12,5" stays a number).
//!
//! The machine format the CLI documents (comma and decimal point, `plan scenario`) is
//! [`crate::scenarios::to_csv`]; this module is for downloads from the page.

use crate::scenarios::ScenarioResult;
use crate::Lang;

/// The byte-order mark a CSV for people starts with.
pub const BOM: char = '\u{feff}';

/// A number as a CSV cell for people: at most `max_decimals` decimals (rounded as the page
/// shows, [`crate::format::fixed`]), no trailing zeros, no thousands separator, a decimal
/// comma in Danish, `-` for negative numbers; empty for what is not a number.
pub fn number(v: f64, max_decimals: usize, lang: Lang) -> String {
    if !v.is_finite() {
        return String::new();
    }
    let s = crate::format::fixed(v, max_decimals);
    let s = if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        s.as_str()
    };
    let s = match lang {
        Lang::Da => s.replace('.', ","),
        Lang::En => s.to_owned(),
    };
    if v < 0.0 && s != "0" {
        format!("-{s}")
    } else {
        s
    }
}

/// Whether a text is a plain number as a person or this module writes it ("-12,5", "1.234",
/// "+3", "0.5"): such a cell is left as it is, so Excel reads it as a number.
fn is_plain_number(s: &str) -> bool {
    let body = s.strip_prefix(['-', '+']).unwrap_or(s);
    body.starts_with(|c: char| c.is_ascii_digit())
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        && body.matches(',').count() <= 1
}

/// A text as a CSV cell for people: an apostrophe before what Excel would read as a formula
/// (a cell beginning with `=`, `+`, `-`, `@`, a tab or a carriage return that is not a plain
/// number), and quotes around a cell with `;`, `"` or a line break.
pub fn text(s: &str) -> String {
    let risky = s.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_plain_number(s);
    let s = if risky { format!("'{s}") } else { s.to_owned() };
    if s.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// Rows of cells (each already made by [`text`] or [`number`]) as the file's text: the
/// byte-order mark, then one line per row, cells separated by `;`.
pub fn document(rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    out.push(BOM);
    for row in rows {
        out.push_str(&row.join(";"));
        out.push_str("\r\n");
    }
    out
}

/// The column names of [`scenario_results`], Danish and English.
const RESULT_COLUMNS: [(&str, &str); 15] = [
    ("Scenarie", "Scenario"),
    ("År", "Year"),
    ("Fuld besparelse (1.000 kr.)", "Full cut (DKK 1,000)"),
    ("Indfaset besparelse (1.000 kr.)", "Phased cut (DKK 1,000)"),
    ("Udskudt (1.000 kr.)", "Deferred (DKK 1,000)"),
    ("Greb (1.000 kr.)", "Levers (DKK 1,000)"),
    ("Kompensation (1.000 kr.)", "Compensation (DKK 1,000)"),
    ("Årsværk fra indfasning", "FTE from phase-in"),
    ("Årsværk fra greb", "FTE from levers"),
    ("Årsværk i alt", "FTE kept"),
    ("Ydelser brutto (1.000 kr.)", "Benefits gross (DKK 1,000)"),
    ("Ydelser netto (1.000 kr.)", "Benefits net (DKK 1,000)"),
    ("Kommunen netto (1.000 kr.)", "Municipality net (DKK 1,000)"),
    (
        "Kompensation akkumuleret (1.000 kr.)",
        "Compensation cumulative (DKK 1,000)",
    ),
    (
        "Netto akkumuleret (1.000 kr.)",
        "Net cumulative (DKK 1,000)",
    ),
];

/// The scenarios' yearly results as a CSV for people (the page's download): the columns of
/// [`crate::scenarios::to_csv`] with names in the language, numbers with at most three
/// decimals, `;`, decimal comma and the byte-order mark.
pub fn scenario_results(results: &[&ScenarioResult], lang: Lang) -> String {
    let mut rows = vec![RESULT_COLUMNS
        .iter()
        .map(|(da, en)| text(lang.pick(da, en)))
        .collect::<Vec<_>>()];
    let n = |v: f64| number(v, 3, lang);
    for r in results {
        for y in &r.years {
            rows.push(vec![
                text(&r.scenario_id),
                y.year.to_string(),
                n(y.full_cut),
                n(y.phased_cut),
                n(y.deferred),
                n(y.lever_cost),
                n(y.compensation),
                n(y.fte_deferred),
                n(y.fte_levers),
                n(y.fte_kept()),
                n(y.benefit_gross),
                n(y.benefit_net),
                n(y.municipality_net),
                n(y.cumulative_compensation),
                n(y.cumulative_net),
            ]);
        }
    }
    document(&rows)
}

/// Whether a table's rows, each rounded to `decimals`, add up to something other than its
/// total rounded the same way (the total computed from the unrounded values, as it should
/// be): then the table needs the note Danish budget tables carry ("Tallene er afrundede, så
/// summen kan afvige fra totalen").
pub fn rounded_rows_differ_from_total(rows: &[f64], total: f64, decimals: usize) -> bool {
    let signed = |v: f64| -> String {
        let s = crate::format::fixed(v, decimals);
        let zero = s.bytes().all(|b| b == b'0' || b == b'.');
        if v < 0.0 && !zero {
            format!("-{s}")
        } else {
            s
        }
    };
    let sum: f64 = rows
        .iter()
        .map(|v| signed(*v).parse::<f64>().unwrap_or(f64::NAN))
        .sum();
    signed(sum) != signed(total)
}

/// The note for a table whose rounded rows do not add up to its rounded total.
pub fn rounding_note(lang: Lang) -> &'static str {
    lang.pick(
        "Tallene er afrundede hver for sig, så summen af rækkerne kan afvige fra totalen.",
        "The figures are rounded one by one, so the rows may not add up to the total.",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_made_safe_and_negative_numbers_stay_numbers() {
        assert_eq!(text("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(text("+45 12 34"), "'+45 12 34");
        assert_eq!(text("-2+3"), "'-2+3");
        assert_eq!(text("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(text("\tx"), "'\tx");
        assert_eq!(text("\rx"), "\"'\rx\"");
        assert_eq!(text("-12,5"), "-12,5");
        assert_eq!(text("-1.234,5"), "-1.234,5");
        assert_eq!(text("-"), "'-");
        assert_eq!(text("Slagelse; Sorø"), "\"Slagelse; Sorø\"");
        assert_eq!(text("Hele landet"), "Hele landet");
    }

    #[test]
    fn numbers_have_a_decimal_comma_and_the_hyphen_minus() {
        assert_eq!(number(-1234.5, 3, Lang::Da), "-1234,5");
        assert_eq!(number(2.0005, 3, Lang::Da), "2,001");
        assert_eq!(number(14850.0, 3, Lang::Da), "14850");
        assert_eq!(number(-0.0001, 3, Lang::Da), "0");
        assert_eq!(number(0.5, 0, Lang::En), "1");
        assert_eq!(number(f64::NAN, 3, Lang::Da), "");
    }

    #[test]
    fn the_scenario_results_open_in_danish_excel() {
        let set = crate::scenarios::default_scenario_set();
        let r = crate::scenarios::evaluate(&set.assumptions, &set.scenarios[1], &[]);
        let csv = scenario_results(&[&r], Lang::Da);
        assert!(csv.starts_with("\u{feff}Scenarie;År;Fuld besparelse (1.000 kr.);"));
        let line = csv.lines().nth(2).unwrap();
        assert!(line.starts_with("sygedagpenge-2;2025;"), "{line}");
        assert!(!line.contains('.'), "{line}");
        assert_eq!(csv.lines().count(), 1 + r.years.len());
    }

    #[test]
    fn rounded_rows_that_do_not_add_up_are_found() {
        // 1,4 + 1,4 = 2,8 → "3"; the rows say 1 + 1 = 2.
        assert!(rounded_rows_differ_from_total(&[1.4, 1.4], 2.8, 0));
        assert!(!rounded_rows_differ_from_total(&[1.2, 1.2], 2.4, 0));
        assert!(rounded_rows_differ_from_total(&[0.25, 0.25], 0.5, 1));
        assert!(!rounded_rows_differ_from_total(&[0.2, 0.2, -0.1], 0.3, 1));
        assert!(rounded_rows_differ_from_total(&[0.25, 0.25], 0.5, 0));
        assert!(!rounded_rows_differ_from_total(&[], 0.0, 2));
    }
}
