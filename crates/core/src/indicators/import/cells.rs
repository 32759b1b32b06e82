//! Reading single cells: numbers written the Danish or the English way, the markers for a
//! missing value, and area names.

use serde::{Deserialize, Serialize};

use super::areas;

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
    let t = text.trim();
    MISSING.iter().any(|m| m.eq_ignore_ascii_case(t))
}

/// Splits `2,66627E+11` into the number before the exponent and the exponent (`+11`), when
/// the text ends in one: `e` or `E`, an optional sign and at most three digits, after a digit.
fn split_exponent(text: &str) -> (&str, Option<&str>) {
    let Some(i) = text.rfind(['e', 'E']) else {
        return (text, None);
    };
    let (mantissa, exponent) = (&text[..i], &text[i + 1..]);
    let digits = exponent.strip_prefix(['+', '-']).unwrap_or(exponent);
    let ok = mantissa.ends_with(|c: char| c.is_ascii_digit())
        && (1..=3).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit());
    if ok {
        (mantissa, Some(exponent))
    } else {
        (text, None)
    }
}

/// Reads a number cell. Spaces (also non-breaking ones) and a trailing `%` are ignored; the
/// thousands separator must group by three; an exponent as Excel writes large numbers
/// (`2,66627E+11`, `1.5e-3`) follows the decimal style of the file.
pub fn parse_cell(text: &str, style: DecimalStyle) -> Cell {
    let point = match style {
        DecimalStyle::Comma => b',',
        DecimalStyle::Point => b'.',
    };
    if let Some(v) = plain_number(text, point) {
        return Cell::Number(v);
    }
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
    let (cleaned, exponent) = split_exponent(&cleaned);
    let (group, point) = match style {
        DecimalStyle::Comma => ('.', ','),
        DecimalStyle::Point => (',', '.'),
    };
    let (int_part, frac_part) = match cleaned.split_once(point) {
        Some((i, f)) => (i, Some(f)),
        None => (cleaned, None),
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
    let mut literal = match frac_part {
        Some(f) => format!("{sign}{int}.{f}"),
        None => format!("{sign}{int}"),
    };
    if let Some(e) = exponent {
        literal.push('e');
        literal.push_str(e);
    }
    match literal.parse::<f64>() {
        Ok(v) if v.is_finite() => Cell::Number(v),
        _ => Cell::NotANumber,
    }
}

/// The common cell, read without allocating: an optional minus, digits, and at most one
/// decimal mark followed by digits (`1234`, `-3,25`). Anything else is left to the full
/// reading in [`parse_cell`].
fn plain_number(text: &str, point: u8) -> Option<f64> {
    let b = text.as_bytes();
    if b.is_empty() || b.len() > 24 {
        return None;
    }
    let mut buf = [0u8; 24];
    let (mut digits, mut after_point) = (0, None);
    for (i, &c) in b.iter().enumerate() {
        buf[i] = match c {
            b'0'..=b'9' => {
                digits += 1;
                c
            }
            b'-' if i == 0 => c,
            c if c == point && after_point.is_none() && digits > 0 => {
                after_point = Some(digits);
                b'.'
            }
            _ => return None,
        };
    }
    if digits == 0 || after_point == Some(digits) {
        return None;
    }
    let v: f64 = std::str::from_utf8(&buf[..b.len()]).ok()?.parse().ok()?;
    v.is_finite().then_some(v)
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
        let (t, _) = split_exponent(cell.trim());
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
pub const NATIONAL: &str = areas::COUNTRY;

/// Area names as the app stores them. A known area ([`areas::lookup`]: any of its names, or
/// its code) is stored under its name in the table: "Københavns Kommune", "Copenhagen" and
/// `101` as "København", every way of writing the whole country as [`NATIONAL`]; regions and
/// landsdele keep their full names ("Region Sjælland", "Landsdel Bornholm"). Another name is
/// kept as written, trimmed, with single spaces and without " Kommune"; "I alt" and
/// "Landsplan" in an area column are the whole country.
pub fn canonical_area(text: &str) -> String {
    if let Some(area) = areas::lookup(text) {
        return area.name.to_owned();
    }
    let collapsed: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if ["i alt", "landsplan"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(&collapsed))
    {
        return NATIONAL.to_owned();
    }
    for suffix in [" kommune", " municipality"] {
        let n = collapsed.len();
        if n > suffix.len()
            && collapsed.as_bytes()[n - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
        {
            return collapsed[..n - suffix.len()].to_owned();
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
            ("2,66627E+11", Comma, Some(266627000000.0)),
            ("2,66627e+11", Comma, Some(266627000000.0)),
            ("2.66627E+11", Point, Some(266627000000.0)),
            ("1.5e-3", Point, Some(0.0015)),
            ("-1,5E3", Comma, Some(-1500.0)),
            ("3E2", Comma, Some(300.0)),
            (" 17.203,33 ", Comma, Some(17203.33)),
            ("\u{a0}17.203,33\u{a0}", Comma, Some(17203.33)),
            ("9,6 %", Comma, Some(9.6)),
            ("9,6%", Comma, Some(9.6)),
            ("−3,2", Comma, Some(-3.2)),
            ("2.66627E+11", Comma, None),
            ("2,66627E", Comma, None),
            ("E+11", Comma, None),
            ("2,5E+1234", Comma, None),
            ("1e400", Point, None),
            ("12.34,5", Comma, None),
            ("12a", Comma, None),
            ("1,2,3", Comma, None),
            ("12.34,5", Point, None),
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
        assert_eq!(
            guess_decimal_style(["2,66627E+11"].into_iter(), b','),
            Comma
        );
        assert_eq!(
            guess_decimal_style(["2.66627E+11", "1.5e-3"].into_iter(), b';'),
            Point
        );
        assert_eq!(
            guess_decimal_style([" 17.203,33 ", "9,6 %", "1.204"].into_iter(), b','),
            Comma
        );
    }

    #[test]
    fn areas() {
        assert_eq!(canonical_area("  Slagelse   Kommune "), "Slagelse");
        assert_eq!(canonical_area("Hele Landet"), NATIONAL);
        assert_eq!(canonical_area("All Denmark"), NATIONAL);
        assert_eq!(canonical_area("Tønder"), "Tønder");
        for (text, want) in [
            ("Københavns Kommune", "København"),
            ("Copenhagen", "København"),
            ("Copenhagen Municipality", "København"),
            ("Københavns", "København"),
            ("101", "København"),
            ("Bornholms Regionskommune", "Bornholm"),
            ("400", "Bornholm"),
            ("330", "Slagelse"),
            ("000", NATIONAL),
            ("0", NATIONAL),
            ("Landet i alt", NATIONAL),
            ("I alt", NATIONAL),
            ("Landsplan", NATIONAL),
            ("Whole country", NATIONAL),
            ("Danmark", NATIONAL),
            ("Region Sjælland", "Region Sjælland"),
            ("Region Zealand", "Region Sjælland"),
            ("085", "Region Sjælland"),
            ("Landsdel Bornholm", "Landsdel Bornholm"),
            ("Province Bornholm", "Landsdel Bornholm"),
            ("06", "Landsdel Vest- og Sydsjælland"),
            ("Rural municipalities", "Landkommuner"),
            ("  Høje-Taastrup  ", "Høje-Taastrup"),
            // Unknown names are kept as written.
            ("Kommune 07", "Kommune 07"),
            ("Nordby  Kommune", "Nordby"),
            ("Nordby MUNICIPALITY", "Nordby"),
            ("Region Nord", "Region Nord"),
            ("Kommune", "Kommune"),
            ("\u{212a} Kommune", "\u{212a}"),
        ] {
            assert_eq!(canonical_area(text), want, "{text:?}");
        }
        assert_eq!(column_letter(1), "A");
        assert_eq!(column_letter(28), "AB");
    }
}
