//! The names files give measures and groups, and the series published on jobindsats.dk.

use super::super::{Frequency, Portal, PublicSeries, Text};
use super::t;

// Names files give measures and groups (word stems, see `PublicSeries::measure_names`).

pub(super) const COUNT_FULLTIME: &[&str] = &[
    "antal fuldtidspersoner",
    "fuldtidspersoner",
    "helaarspersoner",
    "full time persons",
    "full year persons",
    "faktisk antal",
    "actual number",
];
pub(super) const COUNT_PERSONS: &[&str] =
    &["antal personer", "personer", "number of persons", "persons"];
pub(super) const NOT_SHARE: &[&str] = &[
    "pct",
    "procent",
    "andel",
    "percent",
    "share",
    "forventet",
    "expected",
    "forskel",
];
pub(super) const NOT_SHARE_NOR_FULLTIME: &[&str] = &[
    "pct",
    "procent",
    "andel",
    "percent",
    "share",
    "fuldtid",
    "helaar",
    "full",
    "forventet",
    "expected",
];
pub(super) const SHARE_LABOUR_FORCE: &[&str] = &[
    "fuldtidspersoner pct arbejdsstyrken",
    "full time persons pct labour force",
    "full time persons per cent labour force",
    "faktisk andel",
    "actual share",
    "fuldtidspersoner pct befolkningen",
];
pub(super) const SHARE: &[&str] = &["andel", "pct", "procent", "share", "per cent", "percent"];
pub(super) const NOT_EXPECTED: &[&str] = &["forventet", "expected", "forskel", "difference"];

pub(super) const fn jobindsats(
    table: Text,
    code: Option<&'static str>,
    measure: Text,
    group: Option<Text>,
    frequency: Frequency,
) -> PublicSeries {
    PublicSeries {
        portal: Portal::Jobindsats,
        table,
        code,
        measure,
        group,
        frequency,
        measure_names: &[],
        group_names: &[],
        not: &[],
    }
}

pub(super) const A_DAGPENGE_SHARE: PublicSeries = PublicSeries {
    measure_names: SHARE_LABOUR_FORCE,
    group_names: &[
        "a dagpenge",
        "forsikrede ledige",
        "insured unemployed",
        "unemployment insurance",
    ],
    not: NOT_EXPECTED,
    ..jobindsats(
        t("A-dagpenge", "Unemployment insurance benefit"),
        Some("Y01A02"),
        t(
            "Fuldtidspersoner i pct. af arbejdsstyrken 16-66 år",
            "Full-time persons in per cent of the labour force 16-66 years",
        ),
        Some(t("A-dagpenge", "A-dagpenge (insured unemployed)")),
        Frequency::Month,
    )
};
pub(super) const SICKNESS_SHARE: PublicSeries = PublicSeries {
    measure_names: SHARE_LABOUR_FORCE,
    group_names: &["sygedagpenge", "sickness benefit", "sygemeldte"],
    not: NOT_EXPECTED,
    ..jobindsats(
        t("Sygedagpenge", "Sickness benefit"),
        Some("Y07A02"),
        t(
            "Fuldtidspersoner i pct. af arbejdsstyrken 16-66 år",
            "Full-time persons in per cent of the labour force 16-66 years",
        ),
        Some(t("Sygedagpenge", "Sygedagpenge (sickness benefit)")),
        Frequency::Month,
    )
};
pub(super) const KTH_ACTIVE: PublicSeries = PublicSeries {
    measure_names: COUNT_FULLTIME,
    group_names: &[
        "kontanthjaelp aktivitetspar",
        "social assistance activity ready",
        "aktivitetsparate kontanthjaelpsmodtagere",
        "aktivitetspar",
    ],
    not: &[
        "pct",
        "procent",
        "andel",
        "percent",
        "share",
        "forventet",
        "expected",
        "forskel",
        "uddannelseshjaelp",
        "jobpar",
    ],
    ..jobindsats(
        t("Kontanthjælp", "Social assistance"),
        Some("Y60A02"),
        t("Antal fuldtidspersoner", "Number of full-time persons"),
        Some(t(
            "Kontanthjælp, aktivitetsparate (visitationskategori)",
            "Kontanthjælp, aktivitetsparate (activity-ready)",
        )),
        Frequency::Month,
    )
};
pub(super) const KTH_OVER_2: PublicSeries = PublicSeries {
    measure_names: COUNT_PERSONS,
    group_names: &[
        "kontanthjaelp over 2 aar",
        "kontanthjaelp mere end 2 aar",
        "social assistance over 2 years",
        "social assistance more than 2 years",
    ],
    not: NOT_SHARE_NOR_FULLTIME,
    ..jobindsats(
        t("Kontanthjælp, varighed", "Social assistance, duration"),
        None,
        t("Antal personer", "Number of persons"),
        Some(t(
            "Kontanthjælp, over 2 år på ydelsen",
            "Kontanthjælp, over 2 years on the benefit",
        )),
        Frequency::Month,
    )
};
pub(super) const LEDIGHEDSYDELSE: PublicSeries = PublicSeries {
    measure_names: COUNT_FULLTIME,
    group_names: &["ledighedsydelse"],
    not: NOT_SHARE,
    ..jobindsats(
        t(
            "Ledighedsydelse",
            "Ledighedsydelse (benefit before flexjob)",
        ),
        Some("Y09A02"),
        t("Antal fuldtidspersoner", "Number of full-time persons"),
        Some(t("Ledighedsydelse", "Ledighedsydelse")),
        Frequency::Month,
    )
};
pub(super) const LEDIGHEDSYDELSE_OVER_2: PublicSeries = PublicSeries {
    measure_names: COUNT_PERSONS,
    group_names: &[
        "ledighedsydelse over 2 aar",
        "ledighedsydelse mere end 2 aar",
    ],
    not: NOT_SHARE_NOR_FULLTIME,
    ..jobindsats(
        t("Ledighedsydelse, varighed", "Ledighedsydelse, duration"),
        None,
        t("Antal personer", "Number of persons"),
        Some(t(
            "Ledighedsydelse, over 2 år på ydelsen",
            "Ledighedsydelse, over 2 years on the benefit",
        )),
        Frequency::Month,
    )
};
pub(super) const PARTLY_WELL: PublicSeries = PublicSeries {
    measure_names: SHARE,
    group_names: &["delvis raskmeld", "partly", "partial return"],
    not: NOT_EXPECTED,
    ..jobindsats(
        t(
            "Sygedagpenge, delvise raskmeldinger",
            "Sickness benefit, partial returns to work",
        ),
        None,
        t("Andel (pct.)", "Share (per cent)"),
        Some(t(
            "Sygedagpenge, delvist raskmeldte",
            "Sygedagpenge, partly back at work",
        )),
        Frequency::Month,
    )
};
pub(super) const PAID_HOURS_KTH: PublicSeries = PublicSeries {
    measure_names: SHARE,
    group_names: &[
        "loennede timer aktivitetspar",
        "loentimer aktivitetspar",
        "ordinaere timer aktivitetspar",
        "paid hours activity ready",
    ],
    not: NOT_EXPECTED,
    ..jobindsats(
        t(
            "Kontanthjælp, lønnede timer",
            "Social assistance, paid hours",
        ),
        None,
        t(
            "Andel med lønnede timer (pct.)",
            "Share with paid hours (per cent)",
        ),
        Some(t(
            "Kontanthjælp, aktivitetsparate",
            "Kontanthjælp, aktivitetsparate (activity-ready)",
        )),
        Frequency::Month,
    )
};
pub(super) const PAID_HOURS_RESOURCE: PublicSeries = PublicSeries {
    measure_names: SHARE,
    group_names: &[
        "loennede timer ressourceforloeb",
        "loentimer ressourceforloeb",
        "ordinaere timer ressourceforloeb",
        "paid hours resource",
    ],
    not: NOT_EXPECTED,
    ..jobindsats(
        t(
            "Ressourceforløb, lønnede timer",
            "Resource programme, paid hours",
        ),
        None,
        t(
            "Andel med lønnede timer (pct.)",
            "Share with paid hours (per cent)",
        ),
        Some(t("Ressourceforløb", "Ressourceforløb (resource programme)")),
        Frequency::Month,
    )
};
pub(super) const MM17: PublicSeries = PublicSeries {
    measure_names: SHARE,
    group_names: &[
        "jobpar opkvalificer",
        "jobpar uddannelse",
        "job ready upskilling",
        "opkvalificeringsforloeb",
    ],
    not: NOT_EXPECTED,
    ..jobindsats(
        t(
            "Ministerens mål: ydelsesmodtagere der har påbegyndt et opkvalificeringsforløb",
            "Ministerens mål (the minister's goals): recipients who started upskilling",
        ),
        Some("MM17"),
        t("Andel (pct.)", "Share (per cent)"),
        Some(t("Jobparate", "Jobparate (job-ready)")),
        Frequency::MovingYear,
    )
};
pub(super) const MM13: PublicSeries = PublicSeries {
    measure_names: SHARE,
    group_names: &[
        "flygtninge familiesammenfoert beskaeftigelse",
        "flygtninge beskaeftigelse",
        "refugees employment",
    ],
    not: NOT_EXPECTED,
    ..jobindsats(
        t(
            "Ministerens mål: flygtninge og familiesammenførte i ustøttet beskæftigelse",
            "Ministerens mål (the minister's goals): refugees and reunified family members in unsubsidised employment",
        ),
        Some("MM13"),
        t("Andel (pct.)", "Share (per cent)"),
        Some(t(
            "Flygtninge og familiesammenførte til flygtninge",
            "Refugees and family members reunified with refugees",
        )),
        Frequency::MovingYear,
    )
};
pub(super) const UKRAINE: PublicSeries = PublicSeries {
    measure_names: SHARE,
    group_names: &[
        "ukrain beskaeftigelse",
        "ukrain employ",
        "saerlov beskaeftigelse",
    ],
    not: NOT_EXPECTED,
    ..jobindsats(
        t("Fordrevne fra Ukraine", "Displaced persons from Ukraine"),
        None,
        t(
            "Andel i beskæftigelse (pct.)",
            "Share in employment (per cent)",
        ),
        Some(t(
            "Fordrevne fra Ukraine med ophold efter særloven",
            "Displaced persons from Ukraine under the special act",
        )),
        Frequency::Month,
    )
};
pub(super) const REGION_ANALYSIS: PublicSeries = PublicSeries {
    portal: Portal::Other(t(
        "Region Sjællands uddannelsesanalyse",
        "Region Sjælland's education analysis",
    )),
    table: t(
        "Uddannelsesanalyse (årlig rapport)",
        "Education analysis (yearly report)",
    ),
    code: None,
    measure: t(
        "Andel med grundskolen som højeste uddannelse 10 år efter grundskolen (pct.)",
        "Share with primary school as highest education 10 years after (per cent)",
    ),
    group: None,
    frequency: Frequency::Year,
    measure_names: SHARE,
    group_names: &["grundskole hoejeste", "primary school highest"],
    not: NOT_EXPECTED,
};
pub(super) const COOPERATION: PublicSeries = PublicSeries {
    measure_names: SHARE,
    group_names: &[
        "samarbejdsgrad",
        "virksomheder samarbejde",
        "cooperation rate",
    ],
    not: NOT_EXPECTED,
    ..jobindsats(
        t("Virksomheder, samarbejdsgrad", "Firms, cooperation rate"),
        None,
        t("Samarbejdsgrad (pct.)", "Cooperation rate (per cent)"),
        None,
        Frequency::Year,
    )
};
