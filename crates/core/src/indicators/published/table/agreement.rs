//! The development agreement's series: counts of persons and shares on jobindsats.dk, and
//! other publishers.

use super::super::{Frequency, Portal, PublicSeries, Text};
use super::jobindsats::*;
use super::t;

pub(super) const fn persons(
    table: Text,
    group: Text,
    names: &'static [&'static str],
) -> PublicSeries {
    PublicSeries {
        measure_names: COUNT_PERSONS,
        group_names: names,
        not: NOT_SHARE_NOR_FULLTIME,
        ..jobindsats(
            table,
            None,
            t("Antal personer", "Number of persons"),
            Some(group),
            Frequency::Month,
        )
    }
}
pub(super) const UNEMPLOYED: PublicSeries = persons(
    t("Ledige", "Unemployed"),
    t("Ledige personer", "Unemployed persons"),
    &["ledige", "unemployed"],
);
pub(super) const LONG_UNEMPLOYED: PublicSeries = persons(
    t("Langtidsledige", "Long-term unemployed"),
    t("Langtidsledige personer", "Long-term unemployed persons"),
    &["langtidsledig", "long term unemployed"],
);
pub(super) const EDUCATION_BENEFIT: PublicSeries = persons(
    t("Uddannelseshjælp", "Education benefit"),
    t("Uddannelseshjælp", "Uddannelseshjælp (education benefit)"),
    &["uddannelseshjaelp", "education benefit"],
);
pub(super) const LONG_SUPPORTED: PublicSeries = persons(
    t("Langtidsforsørgede", "Long-term supported"),
    t(
        "Langtidsforsørgede (over 3 års sammenhængende offentlig forsørgelse)",
        "Long-term supported (over 3 years on public support)",
    ),
    &["langtidsforsoerg", "long term support"],
);
pub(super) const YOUNG_KTH: PublicSeries = PublicSeries {
    measure_names: COUNT_PERSONS,
    group_names: &[
        "kontanthjaelp under 30",
        "kontanthjaelp 16 29",
        "kontanthjaelp 18 29",
        "kontanthjaelp unge",
        "social assistance under 30",
    ],
    not: NOT_SHARE_NOR_FULLTIME,
    ..jobindsats(
        t("Kontanthjælp", "Social assistance"),
        Some("Y60A02"),
        t("Antal personer", "Number of persons"),
        Some(t(
            "Kontanthjælp, unge under 30 år",
            "Kontanthjælp, young people under 30",
        )),
        Frequency::Month,
    )
};
pub(super) const fn agreement_share(
    table: Text,
    group: Text,
    names: &'static [&'static str],
) -> PublicSeries {
    PublicSeries {
        measure_names: SHARE,
        group_names: names,
        not: NOT_EXPECTED,
        ..jobindsats(
            table,
            None,
            t("Andel (pct.)", "Share (per cent)"),
            Some(group),
            Frequency::Year,
        )
    }
}
pub(super) const YOUNG_START_EDUCATION: PublicSeries = agreement_share(
    t(
        "Uddannelseshjælp, afgang til uddannelse",
        "Education benefit, start of education",
    ),
    t(
        "Unge på uddannelseshjælp, der påbegynder en uddannelse",
        "Young people on education benefit who start an education",
    ),
    &[
        "paabegynd uddannelse",
        "start education",
        "afgang uddannelse",
    ],
);
pub(super) const YOUNG_START_JOB: PublicSeries = agreement_share(
    t(
        "Uddannelseshjælp, afgang til beskæftigelse",
        "Education benefit, start of employment",
    ),
    t(
        "Åbenlyst uddannelsesparate unge, der påbegynder beskæftigelse",
        "Obviously education-ready young people who start employment",
    ),
    &[
        "aabenlyst uddannelsespar beskaeftigelse",
        "obviously education ready employment",
    ],
);
pub(super) const COMPANY_OFFERS: PublicSeries = agreement_share(
    t("Virksomhedsrettede tilbud", "Company-based offers"),
    t(
        "Uddannelsesparate og aktivitetsparate unge i virksomhedspraktik eller løntilskud",
        "Education-ready and activity-ready young people in work placement or wage subsidy",
    ),
    &[
        "virksomhedsnaer",
        "virksomhedsrettet",
        "virksomhedspraktik loentilskud",
        "company based",
    ],
);
pub(super) const SELF_SUPPORT: PublicSeries = PublicSeries {
    frequency: Frequency::MovingYear,
    ..agreement_share(
        t("Integrationsprogrammet, selvforsørgelse", "Integration programme, self-support"),
        t(
            "Kontanthjælpsmodtagere i integrationsprogrammet, selvforsørgende 3 måneder efter aktivering",
            "Social assistance recipients in the integration programme, self-supporting 3 months after activation",
        ),
        &["selvforsoerg integrationsprogram", "self support integration"],
    )
};
pub(super) const DANISH_EDUCATION: PublicSeries = PublicSeries {
    portal: Portal::Other(t("Integrationsbarometret.dk", "Integrationsbarometret.dk")),
    table: t("Danskuddannelse", "Danish education"),
    code: None,
    measure: t(
        "Andel, der består en danskuddannelse (pct.)",
        "Share who pass a Danish education (per cent)",
    ),
    group: Some(t(
        "Borgere i integrationsprogrammet",
        "Residents in the integration programme",
    )),
    frequency: Frequency::Year,
    measure_names: SHARE,
    group_names: &[
        "bestaa danskuddannelse",
        "danskuddannelse",
        "danish education",
    ],
    not: NOT_EXPECTED,
};
