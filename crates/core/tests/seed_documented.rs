//! The figures of the documents' running text (`indicators/documented.rs`) checked against the
//! seeds: each observation's words stand verbatim in its document, in the section its source
//! names, and hold its value.

mod common;

use plan_core::indicators::documented::{DocumentArea, OBSERVATIONS};
use plan_core::indicators::ObsPeriod;
use plan_core::Source;

#[test]
fn every_observations_words_stand_verbatim_in_its_document() {
    for o in &OBSERVATIONS {
        let text = common::read_seed(o.file);
        let at = text
            .find(o.words)
            .unwrap_or_else(|| panic!("{}: not in {}: {}", o.measure_id, o.file, o.words));
        // Every heading the section names stands before the words (the case's "greb og
        // konsekvenser a" is the heading "GREB OG KONSEKVENSER" and the point "a.").
        let before = text[..at].to_lowercase();
        for part in o.section.split(", ") {
            let part = part.to_lowercase();
            let heading = match part.rsplit_once(' ') {
                Some((h, point)) if point.len() == 1 => h.to_owned(),
                _ => part,
            };
            assert!(
                before.contains(&heading),
                "{}: »{heading}« is not before the words",
                o.measure_id
            );
        }
        assert_eq!(o.source(), Source::seed(o.file, o.section));
    }
}

#[test]
fn every_observations_words_hold_its_value() {
    // Written by hand from the documents.
    let expect = [
        (
            "ua16-m-samarbejdsgrad",
            DocumentArea::Municipality,
            ObsPeriod::Year(2019),
            45.0,
            "45 %",
        ),
        (
            "ua16-m-samarbejdsgrad",
            DocumentArea::Country,
            ObsPeriod::Year(2019),
            38.0,
            "38 %",
        ),
        (
            "m-partnerskaber-300",
            DocumentArea::Municipality,
            ObsPeriod::Month(2019, 12),
            350.0,
            "ca. 350 virksomheder",
        ),
        (
            "m-voksenlaerlinge-120",
            DocumentArea::Municipality,
            ObsPeriod::Year(2023),
            130.0,
            "i 2023 startede 130 forløb",
        ),
    ];
    assert_eq!(OBSERVATIONS.len(), expect.len());
    for (o, (id, area, period, value, as_written)) in OBSERVATIONS.iter().zip(expect) {
        assert_eq!(
            (o.measure_id, o.area, o.period, o.value),
            (id, area, period, value)
        );
        assert!(o.words.contains(as_written), "{id}: {as_written}");
    }
}

#[test]
fn the_minutes_speak_of_the_year_and_the_running_count_as_stored() {
    let minutes = common::read_seed(plan_core::source::SEED_FILES[3]);
    // "på årsbasis": a yearly rate; the minutes are of 2 December 2019.
    assert!(minutes.contains("Lokalt er det på årsbasis ca. 45 %"));
    assert!(minutes.contains("Beslutning i Social- og Beskæftigelsesudvalget den 2. december 2019"));
    // "løbende": a count at any time, stored for the month of the minutes.
    assert!(minutes.contains("Der er løbende ca. 350 virksomheder"));
    let case = common::read_seed(plan_core::source::SEED_FILES[4]);
    assert!(case.contains("hvor vi i 2023 startede 130 forløb op"));
}
