//! Numbers and dates the way Danes write them (1.234,5; 13. november 2022), with English as
//! the second language (1,234.5; 13 November 2022).

use crate::model::{PartialDate, Tkr, Unit};
use crate::Lang;

/// The size of `value` (its sign dropped) with `decimals` decimals, rounded half away from
/// zero on the decimal value as written: the shortest decimal that reads back as the same
/// `f64` (what `{}` and `{:e}` print, and what a spreadsheet or `Intl.NumberFormat` shows),
/// not the binary value behind it. So 1,005 → "1.01", 2,5 → "3", 0,125 → "0.13" (Excel and
/// `Intl.NumberFormat('da-DK')` alike), where `format!("{:.2}")` rounds the binary value half
/// to even ("1.00", "2", "0.12"). The digits are rounded as a string: no float arithmetic.
/// ASCII digits and `.`; a non-finite value gives "NaN" or "inf".
pub fn fixed(value: f64, decimals: usize) -> String {
    let v = value.abs();
    if !v.is_finite() {
        return format!("{v}");
    }
    if v == 0.0 {
        return if decimals == 0 {
            "0".into()
        } else {
            format!("0.{}", "0".repeat(decimals))
        };
    }
    // "1.2345e-3": the digits 12345, the first of them at 10^-3.
    let sci = format!("{v:e}");
    let (mantissa, exp) = sci.split_once('e').expect("{:e} writes an exponent");
    let exp: i64 = exp.parse().expect("{:e} writes a whole exponent");
    let mut digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    // Digits before the point.
    let mut point = exp + 1;
    // Digits kept: those before the point and `decimals` after it.
    let keep = point + decimals as i64;
    if keep < 0 {
        digits.clear();
    } else if (keep as usize) < digits.len() {
        let round_up = digits[keep as usize] >= b'5';
        digits.truncate(keep as usize);
        if round_up {
            let mut i = digits.len();
            loop {
                if i == 0 {
                    digits.insert(0, b'1');
                    point += 1;
                    break;
                }
                i -= 1;
                if digits[i] == b'9' {
                    digits[i] = b'0';
                } else {
                    digits[i] += 1;
                    break;
                }
            }
        }
    }
    let digit = |i: i64| -> char {
        if i >= 0 && (i as usize) < digits.len() {
            digits[i as usize] as char
        } else {
            '0'
        }
    };
    let mut out = String::new();
    if point <= 0 {
        out.push('0');
    } else {
        out.extend((0..point).map(digit));
    }
    if decimals > 0 {
        out.push('.');
        out.extend((point..point + decimals as i64).map(digit));
    }
    out
}

/// Formats a number with a fixed number of decimals and grouped thousands, rounded half away
/// from zero on the decimal value as written ([`fixed`]), as Excel and
/// `Intl.NumberFormat('da-DK')` round. A negative number starts with the minus sign U+2212
/// ("−3"), where `Intl.NumberFormat` writes the hyphen-minus U+002D in some engines; a value
/// that rounds to zero has no sign ("0", as `signDisplay: 'negative'`).
pub fn number(value: f64, decimals: usize, lang: Lang) -> String {
    let (group, point) = match lang {
        Lang::Da => ('.', ','),
        Lang::En => (',', '.'),
    };
    if !value.is_finite() {
        return "–".into();
    }
    let text = fixed(value, decimals);
    let (int_part, frac_part) = match text.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (text.as_str(), None),
    };
    let mut grouped = String::with_capacity(int_part.len() + int_part.len() / 3);
    for (i, ch) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(ch);
    }
    let is_zero = text.chars().all(|c| c == '0' || c == '.');
    let mut out = String::new();
    if value < 0.0 && !is_zero {
        out.push('−');
    }
    out.push_str(&grouped);
    if let Some(f) = frac_part {
        out.push(point);
        out.push_str(f);
    }
    out
}

/// Formats a number rounded to `max_decimals`, without trailing zeros ("9,6", not "9,60").
pub fn number_trim(value: f64, max_decimals: usize, lang: Lang) -> String {
    let text = number(value, max_decimals, lang);
    let point = match lang {
        Lang::Da => ',',
        Lang::En => '.',
    };
    if !text.contains(point) {
        return text;
    }
    let trimmed = text.trim_end_matches('0').trim_end_matches(point);
    if trimmed == "−0" {
        "0".into()
    } else {
        trimmed.to_owned()
    }
}

/// An amount in 1.000 kr. as the municipality's tables write it ("28.500").
pub fn tkr(value: Tkr, lang: Lang) -> String {
    number(value as f64, 0, lang)
}

/// An amount in 1.000 kr. written in millions ("3,617 mio. kr." / "DKK 3.617m").
pub fn mio_kr(value: Tkr, lang: Lang) -> String {
    let m = number_trim(value as f64 / 1000.0, 3, lang);
    match lang {
        Lang::Da => format!("{m} mio. kr."),
        Lang::En => format!("DKK {m}m"),
    }
}

/// A value with its unit ("889 helårspersoner", "15 %", "0,1 pct.-point").
pub fn with_unit(value: f64, unit: Unit, lang: Lang) -> String {
    let n = number_trim(value, 2, lang);
    match (unit, lang) {
        (Unit::Percent, _) => format!("{n} %"),
        (Unit::PercentagePoints, Lang::Da) => format!("{n} pct.-point"),
        (Unit::PercentagePoints, Lang::En) => format!("{n} percentage points"),
        // A count is its number ("mindst 9"): "antal" is the unit's name, not a word after it.
        (Unit::Count, _) => n,
        (u, l) => format!("{n} {}", unit_name(u, l)),
    }
}

/// The unit's name in plural.
pub fn unit_name(unit: Unit, lang: Lang) -> &'static str {
    match (unit, lang) {
        (Unit::FullYearPersons, Lang::Da) => "helårspersoner",
        (Unit::FullYearPersons, Lang::En) => "full-year persons",
        (Unit::Persons, Lang::Da) => "personer",
        (Unit::Persons, Lang::En) => "persons",
        (Unit::Firms, Lang::Da) => "virksomheder",
        (Unit::Firms, Lang::En) => "firms",
        (Unit::Percent, _) => "%",
        (Unit::PercentagePoints, Lang::Da) => "pct.-point",
        (Unit::PercentagePoints, Lang::En) => "percentage points",
        (Unit::Count, Lang::Da) => "antal",
        (Unit::Count, Lang::En) => "count",
    }
}

const MONTHS_DA: [&str; 12] = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date as the documents give it ("2023", "december 2023", "13. november 2022").
pub fn date(d: PartialDate, lang: Lang) -> String {
    let month = d
        .month
        .filter(|m| (1..=12).contains(m))
        .map(|m| match lang {
            Lang::Da => MONTHS_DA[m as usize - 1],
            Lang::En => MONTHS_EN[m as usize - 1],
        });
    match (month, d.day, lang) {
        (None, _, _) => d.year.to_string(),
        (Some(m), None, _) => format!("{m} {}", d.year),
        (Some(m), Some(day), Lang::Da) => format!("{day}. {m} {}", d.year),
        (Some(m), Some(day), Lang::En) => format!("{day} {m} {}", d.year),
    }
}

/// A plan period as Danes abbreviate it ("2023-24").
pub fn period(start: i32, end: i32) -> String {
    if start == end {
        start.to_string()
    } else if start / 100 == end / 100 {
        format!("{start}-{:02}", end % 100)
    } else {
        format!("{start}-{end}")
    }
}

/// Reads a number typed in a text field the way the UI language writes numbers
/// (Danish: 1.234,5; English: 1,234.5), with the minus sign the app itself writes.
pub fn parse_number(text: &str, lang: Lang) -> Option<f64> {
    let (group, point) = match lang {
        Lang::Da => ('.', ','),
        Lang::En => (',', '.'),
    };
    let t: String = text
        .trim()
        .chars()
        .filter(|c| *c != group && !c.is_whitespace())
        .map(|c| match c {
            c if c == point => '.',
            '\u{2212}' => '-',
            c => c,
        })
        .collect();
    t.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Reads a field that may be left empty: `Some(None)` when it is empty, `Some(Some(v))` for a
/// number, and `None` for text that is no number (a form then leaves the value as it was).
pub fn parse_optional_number(text: &str, lang: Lang) -> Option<Option<f64>> {
    if text.trim().is_empty() {
        Some(None)
    } else {
        parse_number(text, lang).map(Some)
    }
}

/// Like [`parse_optional_number`], for an amount in 1.000 kr. (rounded to a whole number).
pub fn parse_optional_tkr(text: &str, lang: Lang) -> Option<Option<Tkr>> {
    parse_optional_number(text, lang).map(|v| v.map(|v| v.round() as Tkr))
}

#[cfg(test)]
mod tests;
