//! Where each default target's figure is published, by measure id, with what it rests on.
//! A table code is given only where the sources confirm it (jobindsats' Y01A02, Y07A02,
//! Y60A02, Y09A02, Y30R21 and the minister's goals MM17 and MM13); elsewhere the table is
//! named by the portal's theme and the code is left out.

use super::{Cite, PublicSeries, Published, Text};

mod agreement;
mod cites;
mod jobindsats;

use agreement::*;
use cites::*;
use jobindsats::*;

const fn t(da: &'static str, en: &'static str) -> Text {
    Text::new(da, en)
}

const NO_NOTE: Text = t("", "");

const fn entry(
    measure_id: &'static str,
    series: PublicSeries,
    cites: &'static [Cite],
) -> Published {
    Published {
        measure_id,
        series: Some(series),
        note: NO_NOTE,
        cites,
    }
}

const fn by_hand(measure_id: &'static str, note: Text, cites: &'static [Cite]) -> Published {
    Published {
        measure_id,
        series: None,
        note,
        cites,
    }
}

const UNCONFIRMED: Text = t(
    "Tabellens navn og kode er ikke bekræftet i appens kilder; find temaet på portalen.",
    "The table's name and code are not confirmed in the app's sources; find the theme on the portal.",
);

/// Every default measure of the plan (Beskæftigelsesplan 2023-24) and of the development
/// agreement of 2016, by id.
pub const PUBLISHED: &[Published] = &[
    // The plan: Attraktive forbindelser.
    entry(
        "m-forsikrede-gap",
        A_DAGPENGE_SHARE,
        &[BENEFIT_TABLES, MEASURES],
    ),
    entry("m-jobparate-uddannelse", MM17, &[PLAN_GOALS, MINISTER_GOALS]),
    entry(
        "m-sygemeldte-gap",
        SICKNESS_SHARE,
        &[BENEFIT_TABLES, MEASURES, BENCHMARK],
    ),
    Published {
        note: UNCONFIRMED,
        ..entry("m-delvist-raskmeldte", PARTLY_WELL, &[BENEFIT_TABLES])
    },
    by_hand(
        "m-voksenlaerlinge-120",
        t(
            "Antallet af påbegyndte voksenlærlingeforløb tastes ind fra jobcentrets egen opgørelse.",
            "The number of adult apprenticeships started is typed in from the job centre's own count.",
        ),
        &[PLAN_APPRENTICES],
    ),
    by_hand(
        "m-voksenlaerlinge-ledighed-50",
        t(
            "Antallet, der starter fra ledighed, tastes ind fra jobcentrets egen opgørelse.",
            "The number who start from unemployment is typed in from the job centre's own count.",
        ),
        &[PLAN_APPRENTICES],
    ),
    by_hand(
        "m-partnerskaber-300",
        t(
            "Antallet af partnerskabsvirksomheder tælles af kommunen selv og tastes ind.",
            "The number of partner firms is counted by the municipality and typed in.",
        ),
        &[PLAN_CARI],
    ),
    // Rummelige forbindelser.
    Published {
        note: UNCONFIRMED,
        ..entry("m-lonnede-timer-kth-15", PAID_HOURS_KTH, &[BENEFIT_TABLES])
    },
    Published {
        note: UNCONFIRMED,
        ..entry(
            "m-lonnede-timer-ressource-8",
            PAID_HOURS_RESOURCE,
            &[BENEFIT_TABLES],
        )
    },
    entry("m-kth-aktiv-889", KTH_ACTIVE, &[BENEFIT_TABLES, MEASURES]),
    Published {
        note: UNCONFIRMED,
        ..entry("m-kth-over-2-aar-375", KTH_OVER_2, &[BENEFIT_TABLES, MEASURES])
    },
    entry(
        "m-ledighedsydelse-194",
        LEDIGHEDSYDELSE,
        &[BENEFIT_TABLES, MEASURES],
    ),
    Published {
        note: UNCONFIRMED,
        ..entry(
            "m-ledighedsydelse-over-2-aar-50",
            LEDIGHEDSYDELSE_OVER_2,
            &[BENEFIT_TABLES, MEASURES],
        )
    },
    // Unge forbindelser.
    by_hand(
        "m-ungdomsuddannelse-75",
        t(
            "Planen siger ikke, hvor andelen offentliggøres; tast den ind med sin kilde.",
            "The plan does not say where the share is published; type it in with its source.",
        ),
        &[PLAN_YOUTH],
    ),
    by_hand(
        "m-eud-frafald-27",
        t(
            "Planen siger ikke, hvor frafaldet offentliggøres; tast det ind med sin kilde.",
            "The plan does not say where the drop-out is published; type it in with its source.",
        ),
        &[PLAN_DROPOUT],
    ),
    by_hand(
        "m-eud-frafald-25",
        t(
            "Planen siger ikke, hvor frafaldet offentliggøres; tast det ind med sin kilde.",
            "The plan does not say where the drop-out is published; type it in with its source.",
        ),
        &[PLAN_DROPOUT],
    ),
    by_hand(
        "m-ydelse-18-aar-7",
        t(
            "Planen siger ikke, hvor andelen offentliggøres; tast den ind med sin kilde.",
            "The plan does not say where the share is published; type it in with its source.",
        ),
        &[PLAN_18],
    ),
    Published {
        note: t(
            "Udgives som rapport, ikke som tabel at hente; tast tallet ind med rapportens navn og år.",
            "Published as a report, not a table to download; type the figure in with the report's name and year.",
        ),
        ..entry("m-grundskole-hoejeste-17", REGION_ANALYSIS, &[PLAN_REGION])
    },
    // Kulturelle forbindelser.
    Published {
        note: t(
            "MM13 måler ustøttet beskæftigelse; planens mål gælder beskæftigelse efter tre år.",
            "MM13 measures unsubsidised employment; the plan's target concerns employment after three years.",
        ),
        ..entry(
            "m-flygtninge-beskaeftigelse-50",
            MM13,
            &[PLAN_GOALS, MINISTER_GOALS],
        )
    },
    Published {
        note: UNCONFIRMED,
        ..entry("m-ukrainere-beskaeftigelse-55", UKRAINE, &[PLAN_UKRAINE])
    },
    // The development agreement of 2016.
    Published {
        note: UNCONFIRMED,
        ..entry(
            "ua16-m-samarbejdsgrad",
            COOPERATION,
            &[AGREEMENT_JOBINDSATS],
        )
    },
    Published {
        note: UNCONFIRMED,
        ..entry("ua16-m-ledige", UNEMPLOYED, &[AGREEMENT_JOBINDSATS])
    },
    Published {
        note: UNCONFIRMED,
        ..entry(
            "ua16-m-langtidsledige",
            LONG_UNEMPLOYED,
            &[AGREEMENT_JOBINDSATS],
        )
    },
    Published {
        note: UNCONFIRMED,
        ..entry(
            "ua16-m-uddannelseshjaelp",
            EDUCATION_BENEFIT,
            &[AGREEMENT_JOBINDSATS],
        )
    },
    Published {
        note: UNCONFIRMED,
        ..entry(
            "ua16-m-unge-uddannelse",
            YOUNG_START_EDUCATION,
            &[AGREEMENT_JOBINDSATS],
        )
    },
    Published {
        note: UNCONFIRMED,
        ..entry(
            "ua16-m-aabenlyst-beskaeftigelse",
            YOUNG_START_JOB,
            &[AGREEMENT_JOBINDSATS],
        )
    },
    Published {
        note: UNCONFIRMED,
        ..entry(
            "ua16-m-virksomhedsnaere-8",
            COMPANY_OFFERS,
            &[AGREEMENT_JOBINDSATS],
        )
    },
    Published {
        note: UNCONFIRMED,
        ..entry(
            "ua16-m-langtidsforsoergede",
            LONG_SUPPORTED,
            &[AGREEMENT_JOBINDSATS],
        )
    },
    Published {
        note: UNCONFIRMED,
        ..entry(
            "ua16-m-virksomhedsnaere-8-udkant",
            COMPANY_OFFERS,
            &[AGREEMENT_JOBINDSATS],
        )
    },
    entry(
        "ua16-m-danskuddannelse",
        DANISH_EDUCATION,
        &[AGREEMENT_BAROMETER],
    ),
    Published {
        note: UNCONFIRMED,
        ..entry(
            "ua16-m-selvforsoergelse",
            SELF_SUPPORT,
            &[AGREEMENT_ROLLING],
        )
    },
    entry(
        "ua16-m-unge-kontanthjaelp",
        YOUNG_KTH,
        &[BENEFIT_TABLES, MEASURES],
    ),
    by_hand(
        "ua16-m-orienteringsmoeder-9",
        t(
            "Møderne tælles af kommunen selv og tastes ind.",
            "The meetings are counted by the municipality and typed in.",
        ),
        &[AGREEMENT_OWN],
    ),
    by_hand(
        "ua16-m-ny-viden-tredjedel",
        t(
            "Deltagernes svar samles af kommunen selv; andelen tastes ind.",
            "The participants' answers are gathered by the municipality; the share is typed in.",
        ),
        &[AGREEMENT_OWN],
    ),
];
