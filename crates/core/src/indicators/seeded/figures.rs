//! The figures of seed 003 as the document's tables give them, and the trends of its
//! key-figure report (see the parent module for how they are read).

use super::super::report::Direction;
use super::super::ObsPeriod;

/// One table of the document.
pub(super) struct Table {
    /// The item, the part and the table, as the document names them.
    pub(super) section: &'static str,
    /// The period of each column and its heading as written.
    pub(super) columns: &'static [(ObsPeriod, &'static str)],
    /// The labels of the rows with figures.
    pub(super) labels: &'static [(u64, &'static str)],
    /// Rows below the heading row.
    pub(super) data_rows: u64,
    pub(super) figures: &'static [Figures],
}

/// One indicator's figures in one row: `values` stand in the columns from `from` on.
pub(super) struct Figures {
    pub(super) indicator: &'static str,
    pub(super) row: u64,
    pub(super) from: usize,
    pub(super) values: &'static [u32],
}

const fn f(indicator: &'static str, row: u64, from: usize, values: &'static [u32]) -> Figures {
    Figures {
        indicator,
        row,
        from,
        values,
    }
}

/// The heading of the integration tables' last column: a year so far.
pub(super) const PART_YEAR_HEADING: &str = "2019 Pr. 1. nov.";

/// Stocks on 1 November 2019, flows January to October: the year to the end of October.
pub(super) const PART_YEAR: ObsPeriod = ObsPeriod::YearToDate(2019, 10);

const YEARS: [(ObsPeriod, &str); 5] = [
    (ObsPeriod::Year(2015), "2015"),
    (ObsPeriod::Year(2016), "2016"),
    (ObsPeriod::Year(2017), "2017"),
    (ObsPeriod::Year(2018), "2018"),
    (PART_YEAR, PART_YEAR_HEADING),
];

const MONTHS: [(ObsPeriod, &str); 6] = [
    (ObsPeriod::Month(2019, 5), "Maj 19"),
    (ObsPeriod::Month(2019, 6), "Juni 19"),
    (ObsPeriod::Month(2019, 7), "Juli 19"),
    (ObsPeriod::Month(2019, 8), "Aug. 19"),
    (ObsPeriod::Month(2019, 9), "Sep. 19"),
    (ObsPeriod::Month(2019, 10), "Okt. 19"),
];

const WORKPLACES: [(u64, &str); 4] = [
    (2, "Privat arbejdsplads"),
    (4, "Kommunal arbejdsplads"),
    (5, "Regional arbejdsplads"),
    (6, "Statslig arbejdsplads"),
];

pub(super) const TABLES: [Table; 4] = [
    Table {
        section: "11. Integrationsområdet, Baggrund, tabellen »Udviklingen i antal personer og \
                  resultattilskud«",
        columns: &YEARS,
        labels: &[
            (2, "Antal personer i alt omfattet af Integrationsloven"),
            (
                3,
                "Antal integrationsydelsesmodtagere omfattet af LAB-loven",
            ),
            (
                4,
                "Antal integrationsydelsesmodtagere omfattet af integrationsprogram",
            ),
            (5, "Antal selvforsørgede omfattet af integrationsprogram"),
            (6, "Antal resultattilskud på ordinær uddannelse"),
            (7, "Antal resultattilskud på ordinært arbejde"),
            (8, "Antal resultattilskud på Danskuddannelse"),
        ],
        data_rows: 7,
        figures: &[
            f(INTEGRATIONSLOVEN, 2, 0, &[314, 408, 472, 471, 371]),
            f(LAB, 3, 4, &[21]),
            f(PROGRAMME, 4, 3, &[205, 126]),
            f(SELF_SUPPORTING, 5, 3, &[266, 249]),
            f(
                "Antal resultattilskud på ordinær uddannelse",
                6,
                0,
                &[16, 9, 21, 28, 36],
            ),
            f(
                "Antal resultattilskud på ordinært arbejde",
                7,
                0,
                &[24, 24, 76, 47, 19],
            ),
            f(
                "Antal resultattilskud på Danskuddannelse",
                8,
                0,
                &[36, 45, 84, 78, 84],
            ),
        ],
    },
    Table {
        section: "11. Integrationsområdet, Baggrund, tabellen »Udviklingen i \
                  familiesammenføringer, flygtninge, EU-borgere m.v.«",
        columns: &YEARS,
        labels: &[
            (2, "Antal nyankomne flygtninge – I alt (Kvote)"),
            (3, "Antal gennemførte familiesammenføringer – I alt"),
            (4, "Antal overtaget fra andre kommuner"),
            (5, "Antal EU-borgere på Danskuddannelse"),
            (6, "Gennemførte repatrieringer"),
        ],
        data_rows: 5,
        figures: &[
            f(
                "Antal nyankomne flygtninge – I alt",
                2,
                0,
                &[147, 101, 23, 11, 17],
            ),
            f(
                "Antal nyankomne flygtninge – Kvote",
                2,
                0,
                &[167, 102, 29, 12, 18],
            ),
            f(REUNIFIED_ADULTS, 3, 0, &[54, 57]),
            f(REUNIFIED_ALL, 3, 2, &[83, 75, 25]),
            f(
                "Antal overtaget fra andre kommuner",
                4,
                0,
                &[2, 2, 12, 4, 7],
            ),
            f(EU_FULL_YEAR, 5, 0, &[313, 181, 186]),
            f(EU_PERSONS, 5, 3, &[260, 130]),
            f("Gennemførte repatrieringer", 6, 0, &[1, 2, 4, 3, 1]),
        ],
    },
    Table {
        section: "11. Integrationsområdet, Baggrund, tabellen »Udviklingen i løntilskud og \
                  praktikker«, LØNTILSKUD",
        columns: &MONTHS,
        labels: &WORKPLACES,
        data_rows: 6,
        figures: &[
            f(
                "Løntilskud i integrationsindsatsen – Privat arbejdsplads",
                2,
                0,
                &[45, 48, 56, 45, 44, 44],
            ),
            f(
                "Løntilskud i integrationsindsatsen – Kommunal arbejdsplads",
                4,
                0,
                &[0; 6],
            ),
            f(
                "Løntilskud i integrationsindsatsen – Regional arbejdsplads",
                5,
                0,
                &[0; 6],
            ),
            f(
                "Løntilskud i integrationsindsatsen – Statslig arbejdsplads",
                6,
                0,
                &[0; 6],
            ),
            f(
                "Løntilskud i integrationsindsatsen – I alt",
                7,
                0,
                &[45, 48, 56, 45, 44, 44],
            ),
        ],
    },
    Table {
        section: "11. Integrationsområdet, Baggrund, tabellen »Udviklingen i løntilskud og \
                  praktikker«, PRATIKKER",
        columns: &MONTHS,
        labels: &WORKPLACES,
        data_rows: 6,
        figures: &[
            f(
                "Praktikker i integrationsindsatsen – Privat arbejdsplads",
                2,
                0,
                &[23, 25, 28, 27, 30, 27],
            ),
            f(
                "Praktikker i integrationsindsatsen – Kommunal arbejdsplads",
                4,
                0,
                &[5, 4, 3, 3, 3, 4],
            ),
            f(
                "Praktikker i integrationsindsatsen – Regional arbejdsplads",
                5,
                0,
                &[1, 1, 0, 0, 0, 0],
            ),
            f(
                "Praktikker i integrationsindsatsen – Statslig arbejdsplads",
                6,
                0,
                &[0; 6],
            ),
            f(
                "Praktikker i integrationsindsatsen – I alt",
                7,
                0,
                &[29, 30, 31, 30, 33, 31],
            ),
        ],
    },
];

const INTEGRATIONSLOVEN: &str = "Antal personer i alt omfattet af Integrationsloven";
const LAB: &str = "Antal integrationsydelsesmodtagere omfattet af LAB-loven";
const PROGRAMME: &str = "Antal integrationsydelsesmodtagere omfattet af integrationsprogram";
const SELF_SUPPORTING: &str = "Antal selvforsørgede omfattet af integrationsprogram";
const REUNIFIED_ADULTS: &str = "Antal gennemførte familiesammenføringer – I alt (voksne)";
const REUNIFIED_ALL: &str = "Antal gennemførte familiesammenføringer – I alt (voksne + børn)";
const EU_FULL_YEAR: &str = "Antal EU-borgere på Danskuddannelse (helårspersoner)";
const EU_PERSONS: &str = "Antal EU-borgere på Danskuddannelse (personer)";

/// The eight trends of item 3 verbatim, with how each says Slagelse fares against the whole
/// country and against the comparable municipalities.
pub(super) const TRENDS: [(&str, Direction, Direction); 8] = {
    use Direction::{Better, Between, Same, Worse};
    [
        (
            "Stigning i antal borgere på kommunal forsørgelsesydelse. Siden forrige opfølgning \
             er der nu også stigning på landsplan og i sammenlignelige kommuner, som dog indtil \
             videre er på et lavere niveau end i Slagelse.",
            Worse,
            Worse,
        ),
        (
            "Stabil samarbejdsgrad med virksomhederne, som følger sammenligningsgrundlag.",
            Same,
            Same,
        ),
        (
            "Stigning i beskæftigelsen for borgere med bopæl i kommunen, som ligger midt imellem \
             udviklingen på landsplan og i sammenlignelige kommuner.",
            Between,
            Between,
        ),
        (
            "Reduktion i antal bruttoledige. Udviklingen er på niveau med landsplan og \
             sammenlignelige kommuner.",
            Same,
            Same,
        ),
        (
            "Reduktion i antal langtidsledige er mindre end i sammenlignelige kommuner og på \
             landsplan.",
            Worse,
            Worse,
        ),
        (
            "Reduktion i andel flygtninge og familiesammenførte til flygtninge, som er i \
             beskæftigelse efter 3 år i Danmark. Andelen i beskæftigelse er lavere end på \
             landsplan, men fortsat højere end i sammenlignelige kommuner. Målingen tager ikke \
             højde for, at flere er blevet afsluttet til ordinær uddannelse i 2019.",
            Worse,
            Better,
        ),
        (
            "Stigning i antal unge uden en uddannelse (uddannelseshjælp) i Slagelse, hvilket ikke \
             er tilfældet i sammenlignelige kommuner og på landsplan.",
            Worse,
            Worse,
        ),
        (
            "Reduktion i langtidsforsørgede er større end på landsplan og i sammenlignelige \
             kommuner.",
            Better,
            Better,
        ),
    ]
};

/// What the report says below the trends.
pub(super) const REMARK: &str =
    "Resultaterne er generelt negativt påvirket af, at antallet af lokale \
                      arbejdspladser er faldet 0,23 % i forhold til samme tidspunkt sidste år. På \
                      landsplan har der været en stigning på 0,79 %. Tendensen er slået igennem \
                      henover sommeren 2019.";
