//! The core's Danish number formatting against `Intl.NumberFormat('da-DK')`: 5.400 values
//! (exact halves at 0-3 decimals, famous cases such as 1,005 and 2,675, random values of
//! every size, typed values with more decimals than shown) formatted by node once
//! (`tests/fixtures/intl/generate.mjs`, which writes `intl-da-DK.tsv`). Nothing may differ
//! but the minus sign's shape: the core writes U+2212 (−), node's ICU writes U+002D (-) for
//! da-DK. A value that rounds to zero has no sign in either (`signDisplay: 'negative'`).

use plan_core::format::number;
use plan_core::Lang;

const GOLDEN: &str = include_str!("fixtures/intl/intl-da-DK.tsv");

#[test]
fn danish_numbers_round_as_intl_number_format_da_dk() {
    let mut checked = 0;
    let mut differences = Vec::new();
    for line in GOLDEN.lines() {
        let mut cells = line.split('\t');
        let (Some(v), Some(d), Some(intl)) = (cells.next(), cells.next(), cells.next()) else {
            panic!("a line of three cells: {line:?}");
        };
        let value: f64 = v.parse().unwrap_or_else(|_| panic!("a number: {v}"));
        let decimals: usize = d.parse().unwrap();
        let ours = number(value, decimals, Lang::Da).replace('\u{2212}', "-");
        if ours != intl {
            differences.push(format!("{v} at {decimals} decimals: {ours} ≠ Intl {intl}"));
        }
        checked += 1;
    }
    assert!(checked > 5_000, "{checked} values");
    assert!(
        differences.is_empty(),
        "{} of {checked} differ:\n{}",
        differences.len(),
        differences[..differences.len().min(20)].join("\n")
    );
}

/// The machine CSV (`plan scenario`, decimal point, at most three decimals) rounds as the
/// page shows: half away from zero on the decimal value as written.
#[test]
fn the_machine_csv_rounds_halves_away_from_zero() {
    use plan_core::scenarios::csv_number;
    assert_eq!(csv_number(2.0005), "2.001");
    assert_eq!(csv_number(-2.0005), "-2.001");
    assert_eq!(csv_number(1.0045), "1.005");
    assert_eq!(csv_number(-0.0004), "0");
    assert_eq!(csv_number(-5119.2), "-5119.2");
    assert_eq!(csv_number(14850.0), "14850");
}
