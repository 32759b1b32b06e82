//! Where each default target's figure is published, by measure id, with what it rests on.
//! A table code is given only where the sources confirm it (jobindsats' Y01A02, Y07A02,
//! Y60A02, Y09A02, Y30R21 and the minister's goals MM17 and MM13); elsewhere the table is
//! named by the portal's theme and the code is left out.

use super::{Cite, Frequency, Portal, PublicSeries, Published, Text};

const fn t(da: &'static str, en: &'static str) -> Text {
    Text::new(da, en)
}

// What the entries rest on.

const BENEFIT_TABLES: Cite = Cite {
    text: t(
        "jobindsats.dk's tabeller over fuldtidspersoner pr. ydelse, som offentlige kommunale dataudtræk bruger dem (Randers Kommune)",
        "jobindsats.dk's tables of full-time persons per benefit, as public municipal data extracts use them (Randers Kommune)",
    ),
    document: "domain",
    quote: "Y01A02 a-dagpenge, Y07A02 sygedagpenge, Y60A02 kontanthjælp, Y09A02 ledighedsydelse; Y30R21 the ministry's benchmark",
};
const MEASURES: Cite = Cite {
    text: t(
        "jobindsats.dk's mål i de hentede filer: Antal personer, Antal fuldtidspersoner, Fuldtidspersoner i pct. af arbejdsstyrken 16-66 år",
        "jobindsats.dk's measures in downloaded files: Antal personer, Antal fuldtidspersoner, Fuldtidspersoner i pct. af arbejdsstyrken 16-66 år",
    ),
    document: "domain",
    quote: "measures such as \"Antal personer\", \"Antal fuldtidspersoner\", \"Fuldtidspersoner i pct. af arbejdsstyrken 16-66 år\"",
};
const BENCHMARK: Cite = Cite {
    text: t(
        "Beskæftigelsesministeriets benchmark, jobindsats.dk Y30R21 (forventet og faktisk antal og andel fuldtidspersoner pr. ydelsesgruppe)",
        "The employment ministry's benchmark, jobindsats.dk Y30R21 (expected and actual number and share of full-time persons per benefit group)",
    ),
    document: "domain",
    quote: "Groups such as `Ydelsesgrupper i alt`, `A-dagpenge mv.`, `Sygedagpenge mv.`",
};
const MINISTER_GOALS: Cite = Cite {
    text: t(
        "STAR, ministerens beskæftigelsespolitiske mål 2023 og 2024 (jobindsats.dk, »Ministerens mål«: MM17 og MM13)",
        "STAR, the minister's employment goals 2023 and 2024 (jobindsats.dk, \"Ministerens mål\": MM17 and MM13)",
    ),
    document: "domain",
    quote: "MM17: ydelsesmodtagere der har påbegyndt et opkvalificeringsforløb; MM13: flygtninge og familiesammenførte i ustøttet beskæftigelse",
};
const PLAN_GOALS: Cite = Cite {
    text: t(
        "Beskæftigelsesplan 2023-24, ministerens mål: »Indikatorer på mål 2, 3 og 5 kan følges på jobindsats.dk«",
        "Beskæftigelsesplan 2023-24, the minister's goals: indicators for goals 2, 3 and 5 are on jobindsats.dk",
    ),
    document: "plan",
    quote: "Indikatorer på mål 2, 3 og 5 kan følges på jobindsats.dk, mens kommunerne selv skal finde indikatorer på målene om værdighed og handicap.",
};
const PLAN_UKRAINE: Cite = Cite {
    text: t(
        "Beskæftigelsesplan 2023-24, Kulturelle forbindelser, DET MÅLER VI PÅ, punkt 2 (»jf. jobindsats.dk«)",
        "Beskæftigelsesplan 2023-24, Kulturelle forbindelser, DET MÅLER VI PÅ, item 2 (\"jf. jobindsats.dk\")",
    ),
    document: "plan",
    quote: "55% af de fordrevne personer fra Ukraine med ophold efter Særloven er i beskæftigelse, jf. jobindsats.dk",
};
const PLAN_REGION: Cite = Cite {
    text: t(
        "Beskæftigelsesplan 2023-24, Unge forbindelser: tallet er fra Regionens uddannelsesanalyse 2022",
        "Beskæftigelsesplan 2023-24, Unge forbindelser: the figure is from the region's education analysis 2022",
    ),
    document: "plan",
    quote: "Regionens uddannelsesanalyse 2022 viser, at 19% af de unge, der 10 år efter at have afsluttet grundskolen, fortsat har grundskolen som højeste uddannelsesniveau",
};
const PLAN_CARI: Cite = Cite {
    text: t(
        "Beskæftigelsesplan 2023-24, Attraktive forbindelser, DET MÅLER VI PÅ, punkt 5: virksomheder i samarbejde med Center for Arbejdsmarked, Rådgivning og Integration",
        "Beskæftigelsesplan 2023-24, Attraktive forbindelser, DET MÅLER VI PÅ, item 5: firms working with the municipality's employment centre",
    ),
    document: "plan",
    quote: "Mindst 300 partnerskabsvirksomheder har aktiviteter i samarbejde med Center for Arbejdsmarked, Rådgivning og Integration.",
};
const PLAN_APPRENTICES: Cite = Cite {
    text: t(
        "Beskæftigelsesplan 2023-24, Attraktive forbindelser, DET MÅLER VI PÅ, punkt 4 (planen nævner ingen offentlig opgørelse)",
        "Beskæftigelsesplan 2023-24, Attraktive forbindelser, DET MÅLER VI PÅ, item 4 (the plan names no public count)",
    ),
    document: "plan",
    quote: "Mindst 120 borgere starter i voksenlærlingeforløb, heraf minimum 50 fra ledighed",
};
const PLAN_YOUTH: Cite = Cite {
    text: t(
        "Beskæftigelsesplan 2023-24, Unge forbindelser, DET MÅLER VI PÅ (planen nævner ingen offentlig opgørelse)",
        "Beskæftigelsesplan 2023-24, Unge forbindelser, DET MÅLER VI PÅ (the plan names no public count)",
    ),
    document: "plan",
    quote: "Antallet af unge der går i gang med ungdomsuddannelse lige efter grundskolen skal øges fra de nuværende 72 % til 75% i 2023.",
};
const PLAN_DROPOUT: Cite = Cite {
    text: t(
        "Beskæftigelsesplan 2023-24, Unge forbindelser, DET MÅLER VI PÅ, punkt 2 (planen nævner ingen offentlig opgørelse)",
        "Beskæftigelsesplan 2023-24, Unge forbindelser, DET MÅLER VI PÅ, item 2 (the plan names no public count)",
    ),
    document: "plan",
    quote: "I 2023 er målet, at frafaldet skal reduceres til 27%. I dag er det på 32% (august 2022)",
};
const PLAN_18: Cite = Cite {
    text: t(
        "Beskæftigelsesplan 2023-24, Unge forbindelser, DET MÅLER VI PÅ, punkt 3 (»2020 tal«, ingen offentlig opgørelse nævnt)",
        "Beskæftigelsesplan 2023-24, Unge forbindelser, DET MÅLER VI PÅ, item 3 (\"2020 tal\", no public count named)",
    ),
    document: "plan",
    quote: "Antallet af unge der får ydelse som 18 årige skal som minimum reduceres til regionens gennemsnit (7%). I dag er det på 10 % (2020 tal).",
};
const AGREEMENT_JOBINDSATS: Cite = Cite {
    text: t(
        "Udviklingsaftale 2016, Jobcenter: »Kvartalsvis status og endelig opfølgning på mål, når data er tilgængelige for hele 2016 i Jobindsats.dk«",
        "Udviklingsaftale 2016, Jobcenter: quarterly status and final follow-up \"when data for all of 2016 are available on Jobindsats.dk\"",
    ),
    document: "agreement",
    quote: "Kvartalsvis status og endelig opfølgning på mål, når data er tilgængelige for hele 2016 i Jobindsats.dk",
};
const AGREEMENT_BAROMETER: Cite = Cite {
    text: t(
        "Udviklingsaftale 2016, Integration og netværk: »den nyeste opgørelse i Integrationsbarometret.dk«",
        "Udviklingsaftale 2016, Integration og netværk: \"the latest count on Integrationsbarometret.dk\"",
    ),
    document: "agreement",
    quote: "Opfølgning i 1. kvartal 2017 med den nyeste opgørelse i Integrationsbarometret.dk",
};
const AGREEMENT_ROLLING: Cite = Cite {
    text: t(
        "Udviklingsaftale 2016, Integration og netværk: »den nyeste opgørelse i Jobindsats.dk (rullende år)«",
        "Udviklingsaftale 2016, Integration og netværk: \"the latest count on Jobindsats.dk (moving year)\"",
    ),
    document: "agreement",
    quote: "Opfølgning i 1. kvartal 2017 med den nyeste opgørelse i Jobindsats.dk (rullende år)",
};
const AGREEMENT_OWN: Cite = Cite {
    text: t(
        "Udviklingsaftale 2016, Center for Børn og Familie: møder og deltagernes svar tælles af kommunen selv",
        "Udviklingsaftale 2016, Center for Børn og Familie: meetings and participants' answers are counted by the municipality",
    ),
    document: "agreement",
    quote: "Antallet af orienteringsmøder og undervisningsseancer for unge, skal i 2016 minst svare til antal afholdte i 2015 (9 stk.)",
};

// Names files give measures and groups (word stems, see `PublicSeries::measure_names`).

const COUNT_FULLTIME: &[&str] = &[
    "antal fuldtidspersoner",
    "fuldtidspersoner",
    "helaarspersoner",
    "full time persons",
    "full year persons",
    "faktisk antal",
    "actual number",
];
const COUNT_PERSONS: &[&str] = &["antal personer", "personer", "number of persons", "persons"];
const NOT_SHARE: &[&str] = &[
    "pct",
    "procent",
    "andel",
    "percent",
    "share",
    "forventet",
    "expected",
    "forskel",
];
const NOT_SHARE_NOR_FULLTIME: &[&str] = &[
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
const SHARE_LABOUR_FORCE: &[&str] = &[
    "fuldtidspersoner pct arbejdsstyrken",
    "full time persons pct labour force",
    "full time persons per cent labour force",
    "faktisk andel",
    "actual share",
    "fuldtidspersoner pct befolkningen",
];
const SHARE: &[&str] = &["andel", "pct", "procent", "share", "per cent", "percent"];
const NOT_EXPECTED: &[&str] = &["forventet", "expected", "forskel", "difference"];

const fn jobindsats(
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

const NO_NOTE: Text = t("", "");

const A_DAGPENGE_SHARE: PublicSeries = PublicSeries {
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
const SICKNESS_SHARE: PublicSeries = PublicSeries {
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
const KTH_ACTIVE: PublicSeries = PublicSeries {
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
const KTH_OVER_2: PublicSeries = PublicSeries {
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
const LEDIGHEDSYDELSE: PublicSeries = PublicSeries {
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
const LEDIGHEDSYDELSE_OVER_2: PublicSeries = PublicSeries {
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
const PARTLY_WELL: PublicSeries = PublicSeries {
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
const PAID_HOURS_KTH: PublicSeries = PublicSeries {
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
const PAID_HOURS_RESOURCE: PublicSeries = PublicSeries {
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
const MM17: PublicSeries = PublicSeries {
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
const MM13: PublicSeries = PublicSeries {
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
const UKRAINE: PublicSeries = PublicSeries {
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
const REGION_ANALYSIS: PublicSeries = PublicSeries {
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
const COOPERATION: PublicSeries = PublicSeries {
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
const fn persons(table: Text, group: Text, names: &'static [&'static str]) -> PublicSeries {
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
const UNEMPLOYED: PublicSeries = persons(
    t("Ledige", "Unemployed"),
    t("Ledige personer", "Unemployed persons"),
    &["ledige", "unemployed"],
);
const LONG_UNEMPLOYED: PublicSeries = persons(
    t("Langtidsledige", "Long-term unemployed"),
    t("Langtidsledige personer", "Long-term unemployed persons"),
    &["langtidsledig", "long term unemployed"],
);
const EDUCATION_BENEFIT: PublicSeries = persons(
    t("Uddannelseshjælp", "Education benefit"),
    t("Uddannelseshjælp", "Uddannelseshjælp (education benefit)"),
    &["uddannelseshjaelp", "education benefit"],
);
const LONG_SUPPORTED: PublicSeries = persons(
    t("Langtidsforsørgede", "Long-term supported"),
    t(
        "Langtidsforsørgede (over 3 års sammenhængende offentlig forsørgelse)",
        "Long-term supported (over 3 years on public support)",
    ),
    &["langtidsforsoerg", "long term support"],
);
const YOUNG_KTH: PublicSeries = PublicSeries {
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
const fn agreement_share(table: Text, group: Text, names: &'static [&'static str]) -> PublicSeries {
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
const YOUNG_START_EDUCATION: PublicSeries = agreement_share(
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
const YOUNG_START_JOB: PublicSeries = agreement_share(
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
const COMPANY_OFFERS: PublicSeries = agreement_share(
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
const SELF_SUPPORT: PublicSeries = PublicSeries {
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
const DANISH_EDUCATION: PublicSeries = PublicSeries {
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
