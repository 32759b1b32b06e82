//! Danish and English numbers, dates and periods as people write them.

use super::*;

#[test]
fn halves_round_away_from_zero_on_the_decimal_value_as_written() {
    let da = |v: f64, d: usize| number(v, d, Lang::Da);
    assert_eq!(da(2.5, 0), "3");
    assert_eq!(da(-2.5, 0), "−3");
    assert_eq!(da(0.5, 0), "1");
    assert_eq!(da(1.5, 0), "2");
    assert_eq!(da(3.5, 0), "4");
    assert_eq!(da(-0.5, 0), "−1");
    assert_eq!(da(0.125, 2), "0,13");
    assert_eq!(da(0.375, 2), "0,38");
    assert_eq!(da(1.005, 2), "1,01");
    assert_eq!(da(1.015, 2), "1,02");
    assert_eq!(da(1.045, 2), "1,05");
    assert_eq!(da(2.675, 2), "2,68");
    assert_eq!(da(8.345, 2), "8,35");
    assert_eq!(da(0.0005, 3), "0,001");
    assert_eq!(da(0.0004999, 3), "0,000");
    assert_eq!(da(-0.0004, 3), "0,000");
    assert_eq!(da(9.995, 2), "10,00");
    assert_eq!(da(999.5, 0), "1.000");
    assert_eq!(da(999_999.95, 1), "1.000.000,0");
    assert_eq!(da(1234.5, 0), "1.235");
    assert_eq!(da(-1234.5, 0), "−1.235");
    assert_eq!(da(0.049, 1), "0,0");
    assert_eq!(da(0.05, 1), "0,1");
    assert_eq!(da(0.95, 1), "1,0");
    assert_eq!(da(1e-7, 2), "0,00");
    assert_eq!(da(1e21, 0), "1.000.000.000.000.000.000.000");
    assert_eq!(da(123.456, 5), "123,45600");
    assert_eq!(da(0.1 + 0.2, 2), "0,30");
    assert_eq!(da(4.35, 1), "4,4");
    assert_eq!(da(-0.0, 1), "0,0");
    // 1.250 tkr. in millions: 1,25 → "1,3", as a Danish budget table says.
    assert_eq!(number_trim(1250.0 / 1000.0, 1, Lang::Da), "1,3");
    assert_eq!(mio_kr(1250, Lang::Da), "1,25 mio. kr.");
    assert_eq!(number(2.5, 0, Lang::En), "3");
    assert_eq!(number(1.005, 2, Lang::En), "1.01");
    assert_eq!(fixed(0.125, 2), "0.13");
    assert_eq!(fixed(5e-324, 3), "0.000");
    assert_eq!(fixed(f64::MAX, 0).len(), 309);
}

#[test]
fn danish_numbers_group_with_dots_and_use_decimal_comma() {
    assert_eq!(number(1234.5, 1, Lang::Da), "1.234,5");
    assert_eq!(number(1234567.0, 0, Lang::Da), "1.234.567");
    assert_eq!(number(-6434.0, 0, Lang::Da), "−6.434");
    assert_eq!(number(0.1, 1, Lang::Da), "0,1");
    assert_eq!(number(999.0, 0, Lang::Da), "999");
    assert_eq!(number(-0.04, 1, Lang::Da), "0,0");
    assert_eq!(number(f64::NAN, 1, Lang::Da), "–");
}

#[test]
fn english_numbers_group_with_commas() {
    assert_eq!(number(1234.5, 1, Lang::En), "1,234.5");
    assert_eq!(number_trim(3.617, 3, Lang::En), "3.617");
}

#[test]
fn trims_needless_decimals() {
    assert_eq!(number_trim(889.0, 2, Lang::Da), "889");
    assert_eq!(number_trim(0.1, 2, Lang::Da), "0,1");
    assert_eq!(number_trim(1.26, 1, Lang::Da), "1,3");
    assert_eq!(number_trim(9.602, 2, Lang::Da), "9,6");
    assert_eq!(number_trim(1_250.0, 2, Lang::Da), "1.250");
    assert_eq!(number_trim(-0.001, 2, Lang::Da), "0");
}

#[test]
fn amounts_in_thousands_and_millions() {
    assert_eq!(tkr(28_500, Lang::Da), "28.500");
    assert_eq!(mio_kr(3_617, Lang::Da), "3,617 mio. kr.");
    assert_eq!(mio_kr(-1_324, Lang::Da), "−1,324 mio. kr.");
    assert_eq!(mio_kr(24_000, Lang::En), "DKK 24m");
}

#[test]
fn values_with_units() {
    assert_eq!(
        with_unit(889.0, Unit::FullYearPersons, Lang::Da),
        "889 helårspersoner"
    );
    assert_eq!(with_unit(15.0, Unit::Percent, Lang::Da), "15 %");
    assert_eq!(
        with_unit(0.1, Unit::PercentagePoints, Lang::Da),
        "0,1 pct.-point"
    );
    assert_eq!(with_unit(9.0, Unit::Count, Lang::Da), "9");
    assert_eq!(with_unit(9.0, Unit::Count, Lang::En), "9");
    assert_eq!(unit_name(Unit::Count, Lang::Da), "antal");
}

#[test]
fn dates_as_danes_write_them() {
    assert_eq!(date(PartialDate::year(2023), Lang::Da), "2023");
    assert_eq!(
        date(PartialDate::month(2023, 12), Lang::Da),
        "december 2023"
    );
    assert_eq!(
        date(PartialDate::day(2022, 11, 13), Lang::Da),
        "13. november 2022"
    );
    assert_eq!(
        date(PartialDate::day(2022, 11, 13), Lang::En),
        "13 November 2022"
    );
}

#[test]
fn reads_numbers_as_the_language_writes_them() {
    assert_eq!(parse_number("1.234,5", Lang::Da), Some(1234.5));
    assert_eq!(parse_number(" 0,5 ", Lang::Da), Some(0.5));
    assert_eq!(parse_number("\u{2212}6", Lang::Da), Some(-6.0));
    assert_eq!(
        parse_number(&number(-6434.25, 2, Lang::Da), Lang::Da),
        Some(-6434.25)
    );
    assert_eq!(parse_number("1,234.5", Lang::En), Some(1234.5));
    assert_eq!(parse_number("0.5", Lang::En), Some(0.5));
    assert_eq!(parse_number("12 abc", Lang::Da), None);
    assert_eq!(parse_number("", Lang::Da), None);
}

#[test]
fn plan_periods() {
    assert_eq!(period(2023, 2024), "2023-24");
    assert_eq!(period(2024, 2024), "2024");
    assert_eq!(period(1999, 2000), "1999-2000");
}
