//! Reading single cells: numbers written the Danish or the English way, the markers for a
//! missing value, and area names.

use serde::{Deserialize, Serialize};

/// Which character separates decimals in the file's numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DecimalStyle {
    /// 1.234,5 (Danish).
    Comma,
    /// 1,234.5 (English).
    Point,
}

/// What a value cell holds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cell {
    /// Empty or a marker for "no figure" (`-`, `.`, `..`, `x`, `:`).
    Missing,
    Number(f64),
    NotANumber,
}

/// Markers statistics offices and spreadsheets use for a missing or suppressed figure.
const MISSING: [&str; 11] = ["", "-", "–", ".", "..", "...", "x", ":", "n/a", "na", "nan"];

pub fn is_missing(text: &str) -> bool {
    let t = text.trim().to_lowercase();
    MISSING.contains(&t.as_str())
}

/// Reads a number cell. Spaces (also non-breaking ones) and a trailing `%` are ignored; the
/// thousands separator must group by three.
pub fn parse_cell(text: &str, style: DecimalStyle) -> Cell {
    if is_missing(text) {
        return Cell::Missing;
    }
    let cleaned: String = text
        .trim()
        .trim_end_matches('%')
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
        .map(|c| if c == '\u{2212}' { '-' } else { c })
        .collect();
    let (group, point) = match style {
        DecimalStyle::Comma => ('.', ','),
        DecimalStyle::Point => (',', '.'),
    };
    let (int_part, frac_part) = match cleaned.split_once(point) {
        Some((i, f)) => (i, Some(f)),
        None => (cleaned.as_str(), None),
    };
    let (sign, digits) = match int_part.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", int_part.strip_prefix('+').unwrap_or(int_part)),
    };
    let groups: Vec<&str> = digits.split(group).collect();
    let grouped_ok = groups.len() == 1
        || (!groups[0].is_empty()
            && groups[0].len() <= 3
            && groups[1..].iter().all(|g| g.len() == 3));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let frac_ok = frac_part.is_none_or(|f| !f.is_empty() && all_digits(f));
    if !grouped_ok || !groups.iter().all(|g| all_digits(g)) || !frac_ok {
        return Cell::NotANumber;
    }
    let int: String = groups.concat();
    if int.is_empty() && frac_part.is_none() {
        return Cell::NotANumber;
    }
    let int = if int.is_empty() { "0".to_owned() } else { int };
    let literal = match frac_part {
        Some(f) => format!("{sign}{int}.{f}"),
        None => format!("{sign}{int}"),
    };
    match literal.parse::<f64>() {
        Ok(v) if v.is_finite() => Cell::Number(v),
        _ => Cell::NotANumber,
    }
}

/// Guesses the decimal separator from sample cells: a separator followed by anything other
/// than exactly three digits can only be a decimal separator; so can the later of two
/// different separators. Without evidence, a file separated by `;` or tabs is Danish and one
/// separated by `,` is English.
pub fn guess_decimal_style<'a>(
    cells: impl Iterator<Item = &'a str>,
    delimiter: u8,
) -> DecimalStyle {
    let (mut comma, mut point) = (0usize, 0usize);
    for cell in cells {
        let t = cell.trim();
        let last_comma = t.rfind(',');
        let last_point = t.rfind('.');
        match (last_comma, last_point) {
            (Some(c), Some(p)) => {
                if c > p {
                    comma += 1
                } else {
                    point += 1
                }
            }
            (Some(c), None) if decimal_like(&t[c + 1..]) => comma += 1,
            (None, Some(p)) if decimal_like(&t[p + 1..]) => point += 1,
            _ => {}
        }
    }
    match comma.cmp(&point) {
        std::cmp::Ordering::Greater => DecimalStyle::Comma,
        std::cmp::Ordering::Less => DecimalStyle::Point,
        std::cmp::Ordering::Equal if delimiter == b',' => DecimalStyle::Point,
        std::cmp::Ordering::Equal => DecimalStyle::Comma,
    }
}

fn decimal_like(after: &str) -> bool {
    let digits = after.trim_end_matches('%').trim();
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) && digits.len() != 3
}

/// The name the app uses for the whole country.
pub const NATIONAL: &str = "Hele landet";

/// Area names as the app stores them: trimmed, single spaces, without " Kommune", and every
/// way of writing the whole country as [`NATIONAL`].
pub fn canonical_area(text: &str) -> String {
    let collapsed: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let lower = collapsed.to_lowercase();
    if matches!(
        lower.as_str(),
        "hele landet"
            | "landet i alt"
            | "hele landet i alt"
            | "danmark"
            | "all denmark"
            | "denmark"
            | "whole country"
            | "landsplan"
            | "i alt"
    ) {
        return NATIONAL.to_owned();
    }
    for suffix in [" kommune", " municipality"] {
        if lower.ends_with(suffix) && collapsed.len() > suffix.len() {
            return collapsed[..collapsed.len() - suffix.len()].to_owned();
        }
    }
    collapsed
}

/// Spreadsheet column letters: 1 → A, 27 → AA.
pub fn column_letter(mut n: usize) -> String {
    let mut s = Vec::new();
    while n > 0 {
        let r = (n - 1) % 26;
        s.push(b'A' + r as u8);
        n = (n - 1) / 26;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use DecimalStyle::*;

    #[test]
    fn numbers_both_ways() {
        let cases = [
            ("1.234,5", Comma, Some(1234.5)),
            ("1 234,5", Comma, Some(1234.5)),
            ("1\u{a0}234,5", Comma, Some(1234.5)),
            ("12,5 %", Comma, Some(12.5)),
            ("−3,2", Comma, Some(-3.2)),
            ("0,1", Comma, Some(0.1)),
            (",5", Comma, Some(0.5)),
            ("889", Comma, Some(889.0)),
            ("1,234.5", Point, Some(1234.5)),
            ("1234.5", Point, Some(1234.5)),
            ("12.34,5", Comma, None),
            ("12a", Comma, None),
            ("1,2,3", Comma, None),
            ("-", Comma, None),
            ("", Comma, None),
        ];
        for (text, style, want) in cases {
            let got = match parse_cell(text, style) {
                Cell::Number(v) => Some(v),
                _ => None,
            };
            assert_eq!(got, want, "{text:?}");
        }
        assert_eq!(parse_cell("..", Comma), Cell::Missing);
        assert_eq!(parse_cell("12a", Comma), Cell::NotANumber);
    }

    #[test]
    fn decimal_style_from_evidence_then_delimiter() {
        assert_eq!(
            guess_decimal_style(["1.234,5", "7"].into_iter(), b','),
            Comma
        );
        assert_eq!(guess_decimal_style(["3.25"].into_iter(), b';'), Point);
        assert_eq!(guess_decimal_style(["1.234"].into_iter(), b';'), Comma);
        assert_eq!(guess_decimal_style(["1,234"].into_iter(), b','), Point);
    }

    #[test]
    fn areas() {
        assert_eq!(canonical_area("  Slagelse   Kommune "), "Slagelse");
        assert_eq!(canonical_area("Hele Landet"), NATIONAL);
        assert_eq!(canonical_area("All Denmark"), NATIONAL);
        assert_eq!(canonical_area("Tønder"), "Tønder");
        assert_eq!(column_letter(1), "A");
        assert_eq!(column_letter(28), "AB");
    }
}
