//! Clock adapter: the browser's idea of now. Dates the user sees and writes (sources "ændret i
//! appen 2026-12-07", an entry's date) are in the user's own time zone; instants stored for
//! machines (when a link was shared, when a save happened) are UTC ISO 8601.

use plan_core::PartialDate;

/// Today in the user's time zone, as the core's date.
pub fn today() -> PartialDate {
    let d = js_sys::Date::new_0();
    PartialDate::day(
        d.get_full_year() as i32,
        d.get_month() as u8 + 1,
        d.get_date() as u8,
    )
}

/// Today in the user's time zone as yyyy-mm-dd.
pub fn today_iso() -> String {
    plan_core::committee::iso_date(today())
}

/// Now as a UTC instant in ISO 8601 ("2026-12-07T18:40:12.345Z").
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}
