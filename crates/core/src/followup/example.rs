//! Seed 003's 2019 follow-up.

use super::{
    BudgetFollowUp, BudgetPlace, Cause, Deviation, Financing, FollowUpLine, Funds, Reallocation,
    ReallocationPurpose,
};
use crate::basic::{BudgetKind, PartialDate, Tkr};
use crate::source::Source;

/// Seed 003's file name.
pub const SEED_003: &str = crate::source::SEED_FILES[3];

/// The seed's item, as its heading writes it.
const ITEM_2019: &str =
    "Punkt 5: Budgetopfølgning 4 for 2019 - Social- og beskæftigelsesudvalget (B)";

fn seed_2019(part: &str) -> Source {
    Source::seed(SEED_003, &format!("{ITEM_2019}, {part}"))
}

/// Seed 003's Budgetopfølgning 4 for 2019 for Social- og beskæftigelsesudvalget, every
/// figure with its section. The seed gives deviations only (no budgets, no policy area per
/// deviation); the reallocations' policy areas come from its table and recommendations.
pub fn example_2019() -> BudgetFollowUp {
    const SBU: &str = "Social- og beskæftigelsesudvalget";
    let consequences = "Økonomiske og personalemæssige konsekvenser";
    let line = |label: &str, kind: BudgetKind, tkr: Tkr| FollowUpLine {
        label: label.to_owned(),
        policy_area: None,
        kind,
        budget_tkr: None,
        expected_tkr: None,
        deviation: Deviation::Stated { tkr },
        source: seed_2019(consequences),
    };
    BudgetFollowUp {
        id: "bo4-2019-sbu".into(),
        committee: SBU.into(),
        year: 2019,
        label: "Budgetopfølgning 4 for 2019".into(),
        as_of: PartialDate::day(2019, 12, 2),
        lines: vec![
            line("Serviceudgifter", BudgetKind::Service, -1_324),
            line("Forsikrede ledige", BudgetKind::InsuredUnemployed, -6_434),
            line(
                "Overførselsudgifter ekskl. forsikrede ledige",
                BudgetKind::Transfer,
                11_375,
            ),
        ],
        reallocations: vec![
            Reallocation {
                from: BudgetPlace::new(SBU, Some("02.01"), BudgetKind::InsuredUnemployed),
                to: BudgetPlace::new(SBU, Some("02.01"), BudgetKind::Transfer),
                tkr: 6_434,
                year: 2019,
                purpose: ReallocationPurpose::CoverOverspend,
                reason: String::new(),
                source: seed_2019("Indstilling, pkt. 2"),
            },
            Reallocation {
                from: BudgetPlace::new(SBU, Some("02.01"), BudgetKind::Transfer),
                to: BudgetPlace::new("Økonomiudvalget", Some("01.02"), BudgetKind::Service),
                tkr: 412,
                year: 2019,
                purpose: ReallocationPurpose::WithTask,
                reason: "til finansiering af administrationsudgifter til ekstern aktør i forbindelse med inddrivelse af regres på sygedagpengeområdet".into(),
                source: seed_2019("Indstilling, pkt. 5"),
            },
        ],
        financing: vec![Financing {
            funds: Funds::CashReserve,
            tkr: 4_941,
            source: seed_2019("Indstilling, pkt. 3"),
        }],
        source: Source::seed(SEED_003, ITEM_2019),
        causes: causes_2019(),
        item_reports: Vec::new(),
    }
}

/// The two main causes seed 003 gives for the 2019 overspend ("Hovedårsagerne til det
/// forventede merforbrug er en stigning i antallet af sygedagpengemodtagere, samt en stigning
/// i antal tilkendte førtidspensioner, …"), each as the document writes it, linked to the
/// items of Budgetaftale 2020-2023 (seed 003, punkt 4) they concern: more sygedagpenge
/// recipients to the sygedagpenge business case (2.d.1) and the jobafklaring saving that
/// rests on it (2.d.2); more førtidspensioner to the additions (3.c) and the buffer (4.),
/// which the agreement follows "tæt" for the same reason. The links are our reading.
fn causes_2019() -> Vec<Cause> {
    let cause = |text: &str, items: &[&str]| Cause {
        text: text.to_owned(),
        item_ids: items.iter().map(|i| (*i).to_owned()).collect(),
        source: seed_2019("Baggrund"),
    };
    vec![
        cause(
            "en stigning i antallet af sygedagpengemodtagere",
            &["ba2020-2-d-1", "ba2020-2-d-2"],
        ),
        cause(
            "en stigning i antal tilkendte førtidspensioner",
            &["ba2020-3-c", "ba2020-4"],
        ),
    ]
}
