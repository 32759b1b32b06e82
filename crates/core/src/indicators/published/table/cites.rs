//! What the entries rest on: the documents and the quotes each cites.

use super::super::Cite;
use super::t;

pub(super) const BENEFIT_TABLES: Cite = Cite {
    text: t(
        "jobindsats.dk's tabeller over fuldtidspersoner pr. ydelse, som offentlige kommunale dataudtræk bruger dem (Randers Kommune)",
        "jobindsats.dk's tables of full-time persons per benefit, as public municipal data extracts use them (Randers Kommune)",
    ),
    document: "domain",
    quote: "Y01A02 a-dagpenge, Y07A02 sygedagpenge, Y60A02 kontanthjælp, Y09A02 ledighedsydelse; Y30R21 the ministry's benchmark",
};
pub(super) const MEASURES: Cite = Cite {
    text: t(
        "jobindsats.dk's mål i de hentede filer: Antal personer, Antal fuldtidspersoner, Fuldtidspersoner i pct. af arbejdsstyrken 16-66 år",
        "jobindsats.dk's measures in downloaded files: Antal personer, Antal fuldtidspersoner, Fuldtidspersoner i pct. af arbejdsstyrken 16-66 år",
    ),
    document: "domain",
    quote: "measures such as \"Antal personer\", \"Antal fuldtidspersoner\", \"Fuldtidspersoner i pct. af arbejdsstyrken 16-66 år\"",
};
pub(super) const BENCHMARK: Cite = Cite {
    text: t(
        "Beskæftigelsesministeriets benchmark, jobindsats.dk Y30R21 (forventet og faktisk antal og andel fuldtidspersoner pr. ydelsesgruppe)",
        "The employment ministry's benchmark, jobindsats.dk Y30R21 (expected and actual number and share of full-time persons per benefit group)",
    ),
    document: "domain",
    quote: "Groups such as `Ydelsesgrupper i alt`, `A-dagpenge mv.`, `Sygedagpenge mv.`",
};
pub(super) const MINISTER_GOALS: Cite = Cite {
    text: t(
        "STAR, ministerens beskæftigelsespolitiske mål 2023 og 2024 (jobindsats.dk, »Ministerens mål«: MM17 og MM13)",
        "STAR, the minister's employment goals 2023 and 2024 (jobindsats.dk, \"Ministerens mål\": MM17 and MM13)",
    ),
    document: "domain",
    quote: "MM17: ydelsesmodtagere der har påbegyndt et opkvalificeringsforløb; MM13: flygtninge og familiesammenførte i ustøttet beskæftigelse",
};
pub(super) const PLAN_GOALS: Cite = Cite {
    text: t(
        "Beskæftigelsesplan 2023-24, ministerens mål: »Indikatorer på mål 2, 3 og 5 kan følges på jobindsats.dk«",
        "Beskæftigelsesplan 2023-24, the minister's goals: indicators for goals 2, 3 and 5 are on jobindsats.dk",
    ),
    document: "plan",
    quote: "Indikatorer på mål 2, 3 og 5 kan følges på jobindsats.dk, mens kommunerne selv skal finde indikatorer på målene om værdighed og handicap.",
};
pub(super) const PLAN_UKRAINE: Cite = Cite {
    text: t(
        "Beskæftigelsesplan 2023-24, Kulturelle forbindelser, DET MÅLER VI PÅ, punkt 2 (»jf. jobindsats.dk«)",
        "Beskæftigelsesplan 2023-24, Kulturelle forbindelser, DET MÅLER VI PÅ, item 2 (\"jf. jobindsats.dk\")",
    ),
    document: "plan",
    quote: "55% af de fordrevne personer fra Ukraine med ophold efter Særloven er i beskæftigelse, jf. jobindsats.dk",
};
pub(super) const PLAN_REGION: Cite = Cite {
    text: t(
        "Beskæftigelsesplan 2023-24, Unge forbindelser: tallet er fra Regionens uddannelsesanalyse 2022",
        "Beskæftigelsesplan 2023-24, Unge forbindelser: the figure is from the region's education analysis 2022",
    ),
    document: "plan",
    quote: "Regionens uddannelsesanalyse 2022 viser, at 19% af de unge, der 10 år efter at have afsluttet grundskolen, fortsat har grundskolen som højeste uddannelsesniveau",
};
pub(super) const PLAN_CARI: Cite = Cite {
    text: t(
        "Beskæftigelsesplan 2023-24, Attraktive forbindelser, DET MÅLER VI PÅ, punkt 5: virksomheder i samarbejde med Center for Arbejdsmarked, Rådgivning og Integration",
        "Beskæftigelsesplan 2023-24, Attraktive forbindelser, DET MÅLER VI PÅ, item 5: firms working with the municipality's employment centre",
    ),
    document: "plan",
    quote: "Mindst 300 partnerskabsvirksomheder har aktiviteter i samarbejde med Center for Arbejdsmarked, Rådgivning og Integration.",
};
pub(super) const PLAN_APPRENTICES: Cite = Cite {
    text: t(
        "Beskæftigelsesplan 2023-24, Attraktive forbindelser, DET MÅLER VI PÅ, punkt 4 (planen nævner ingen offentlig opgørelse)",
        "Beskæftigelsesplan 2023-24, Attraktive forbindelser, DET MÅLER VI PÅ, item 4 (the plan names no public count)",
    ),
    document: "plan",
    quote: "Mindst 120 borgere starter i voksenlærlingeforløb, heraf minimum 50 fra ledighed",
};
pub(super) const PLAN_YOUTH: Cite = Cite {
    text: t(
        "Beskæftigelsesplan 2023-24, Unge forbindelser, DET MÅLER VI PÅ (planen nævner ingen offentlig opgørelse)",
        "Beskæftigelsesplan 2023-24, Unge forbindelser, DET MÅLER VI PÅ (the plan names no public count)",
    ),
    document: "plan",
    quote: "Antallet af unge der går i gang med ungdomsuddannelse lige efter grundskolen skal øges fra de nuværende 72 % til 75% i 2023.",
};
pub(super) const PLAN_DROPOUT: Cite = Cite {
    text: t(
        "Beskæftigelsesplan 2023-24, Unge forbindelser, DET MÅLER VI PÅ, punkt 2 (planen nævner ingen offentlig opgørelse)",
        "Beskæftigelsesplan 2023-24, Unge forbindelser, DET MÅLER VI PÅ, item 2 (the plan names no public count)",
    ),
    document: "plan",
    quote: "I 2023 er målet, at frafaldet skal reduceres til 27%. I dag er det på 32% (august 2022)",
};
pub(super) const PLAN_18: Cite = Cite {
    text: t(
        "Beskæftigelsesplan 2023-24, Unge forbindelser, DET MÅLER VI PÅ, punkt 3 (»2020 tal«, ingen offentlig opgørelse nævnt)",
        "Beskæftigelsesplan 2023-24, Unge forbindelser, DET MÅLER VI PÅ, item 3 (\"2020 tal\", no public count named)",
    ),
    document: "plan",
    quote: "Antallet af unge der får ydelse som 18 årige skal som minimum reduceres til regionens gennemsnit (7%). I dag er det på 10 % (2020 tal).",
};
pub(super) const AGREEMENT_JOBINDSATS: Cite = Cite {
    text: t(
        "Udviklingsaftale 2016, Jobcenter: »Kvartalsvis status og endelig opfølgning på mål, når data er tilgængelige for hele 2016 i Jobindsats.dk«",
        "Udviklingsaftale 2016, Jobcenter: quarterly status and final follow-up \"when data for all of 2016 are available on Jobindsats.dk\"",
    ),
    document: "agreement",
    quote: "Kvartalsvis status og endelig opfølgning på mål, når data er tilgængelige for hele 2016 i Jobindsats.dk",
};
pub(super) const AGREEMENT_BAROMETER: Cite = Cite {
    text: t(
        "Udviklingsaftale 2016, Integration og netværk: »den nyeste opgørelse i Integrationsbarometret.dk«",
        "Udviklingsaftale 2016, Integration og netværk: \"the latest count on Integrationsbarometret.dk\"",
    ),
    document: "agreement",
    quote: "Opfølgning i 1. kvartal 2017 med den nyeste opgørelse i Integrationsbarometret.dk",
};
pub(super) const AGREEMENT_ROLLING: Cite = Cite {
    text: t(
        "Udviklingsaftale 2016, Integration og netværk: »den nyeste opgørelse i Jobindsats.dk (rullende år)«",
        "Udviklingsaftale 2016, Integration og netværk: \"the latest count on Jobindsats.dk (moving year)\"",
    ),
    document: "agreement",
    quote: "Opfølgning i 1. kvartal 2017 med den nyeste opgørelse i Jobindsats.dk (rullende år)",
};
pub(super) const AGREEMENT_OWN: Cite = Cite {
    text: t(
        "Udviklingsaftale 2016, Center for Børn og Familie: møder og deltagernes svar tælles af kommunen selv",
        "Udviklingsaftale 2016, Center for Børn og Familie: meetings and participants' answers are counted by the municipality",
    ),
    document: "agreement",
    quote: "Antallet af orienteringsmøder og undervisningsseancer for unge, skal i 2016 minst svare til antal afholdte i 2015 (9 stk.)",
};
