//! The budget agreement's money followed (issue 25): seed 003's Budgetaftale 2020-2023 by
//! hand, realised money entered or carried from a follow-up, statuses, the follow-up's causes
//! linked to the items, CSV, and the causes checked word for word against seed 003.

mod common;

use plan_core::budget_agreement::{
    agreement_money, agreements_with_money, status, to_csv, AgreementMoney, MoneyStatus,
    RealisedFrom, CSV_HEADER,
};
use plan_core::defaults::default_workspace;
use plan_core::followup::{example_2019, BudgetFollowUp, SEED_003};
use plan_core::{AmountKind, Lang, PartialDate, Source, Workspace};

fn money(ws: &Workspace) -> AgreementMoney {
    let sheet = ws
        .status_sheets
        .iter()
        .find(|s| s.id == "budgetaftale-2020-23")
        .expect("seed 003's sheet");
    agreement_money(sheet, &ws.budget_followups).expect("it carries amounts")
}

/// Seed 003, punkt 4 (styringsark for Budgetaftale 2020-2023), in 1.000 kr.:
/// - savings, each given once and counted every year (our reading; 11.b "pr. år"): 2.d.1
///   sygedagpenge business case 8.500 (netto, after investing 1.500 on konto 6 and 1.500 on
///   konto 5), 2.d.2 jobafklaring 3.500, 2.d.3 integration 4.000, 2.d.4 STU 4.000, 11.b
///   external actors 2.000, 11.c Sprogcenter 2.000: 8.500 + 3.500 + 4.000 + 4.000 + 2.000 +
///   2.000 = 24.000 a year;
/// - 3.c additions "28.500 38.700 48.700 80.400" in 2020-2023;
/// - the buffer (item 4.) "6 mio. kr. i 2020 stigende med dette beløb i hvert af
///   overslagsårene til 24 mio. kr. i 2023": 6.000, 12.000, 18.000, 24.000;
/// - additions with the buffer: 34.500, 50.700, 66.700, 104.400;
/// - net (additions − savings): 4.500, 14.700, 24.700, 56.400 without the buffer and
///   10.500, 26.700, 42.700, 80.400 with it;
/// - the investments (3.000 a year) shown apart, not in the totals.
#[test]
fn seed_003s_agreement_totals_per_year_by_hand() {
    let m = money(&default_workspace());
    assert_eq!(m.years, [2020, 2021, 2022, 2023]);
    assert_eq!(m.agreement.as_deref(), Some("Budgetaftale 2020-2023"));
    let col = |f: fn(&plan_core::budget_agreement::YearTotals) -> i64| -> Vec<i64> {
        m.totals.iter().map(f).collect()
    };
    assert_eq!(col(|t| t.savings), [24_000; 4]);
    assert_eq!(col(|t| t.additions), [28_500, 38_700, 48_700, 80_400]);
    assert_eq!(col(|t| t.buffer), [6_000, 12_000, 18_000, 24_000]);
    assert_eq!(
        col(|t| t.additions_with_buffer),
        [34_500, 50_700, 66_700, 104_400]
    );
    assert_eq!(
        col(|t| t.net_without_buffer),
        [4_500, 14_700, 24_700, 56_400]
    );
    assert_eq!(col(|t| t.net_with_buffer), [10_500, 26_700, 42_700, 80_400]);
    assert_eq!(col(|t| t.other), [3_000; 4]);
    // Over the four years: 196.300 added, 60.000 buffer, 96.000 saved.
    assert_eq!(col(|t| t.additions).iter().sum::<i64>(), 196_300);
    assert_eq!(col(|t| t.buffer).iter().sum::<i64>(), 60_000);
    assert_eq!(col(|t| t.savings).iter().sum::<i64>(), 96_000);
    // Nothing realised is reported in the documents.
    assert!(m.totals.iter().all(|t| t.realised_savings.is_none()));
    assert!(m
        .rows
        .iter()
        .flat_map(|r| &r.cells)
        .all(|c| c.status == MoneyStatus::NotReported));

    // The rows: which are spread over the years (given without a year), which are in the
    // totals.
    let row = |id: &str, kind| m.row(id, kind).unwrap();
    assert!(row("ba2020-2-d-1", AmountKind::Saving).spread);
    assert!(!row("ba2020-11-b", AmountKind::Saving).spread, "pr. år");
    assert!(!row("ba2020-3-c", AmountKind::Addition).spread);
    assert!(!row("ba2020-2-d-1", AmountKind::Investment).in_totals);
    assert_eq!(
        m.rows.iter().filter(|r| r.item_id == "ba2020-3-c").count(),
        1,
        "the four dated additions are one row"
    );
    // Seed 000's sheet has an amount "pr. år" but no agreement years: no table.
    let ws = default_workspace();
    let all = agreements_with_money(&ws);
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].sheet_id, "budgetaftale-2020-23");
}

fn follow_up(id: &str, year: i32, as_of: PartialDate) -> BudgetFollowUp {
    BudgetFollowUp {
        id: id.into(),
        year,
        label: format!("Budgetopfølgning {id}"),
        as_of,
        lines: Vec::new(),
        reallocations: Vec::new(),
        financing: Vec::new(),
        causes: Vec::new(),
        item_reports: Vec::new(),
        ..example_2019()
    }
}

/// Realised money: entered on an item wins over a follow-up's report; of two follow-ups of
/// the year, the later one counts; the difference and the status by hand.
#[test]
fn realised_money_is_entered_or_carried_from_the_latest_follow_up() {
    let mut ws = default_workspace();
    let mut bo1 = follow_up("bo1-2020", 2020, PartialDate::month(2020, 3));
    bo1.set_item_report("ba2020-2-d-3", Some(3_000), "");
    let mut bo2 = follow_up("bo2-2020", 2020, PartialDate::month(2020, 6));
    // 2.d.3: 3.700 of 4.000 saved, 300 short ≤ 10 % (400): a minor deviation.
    bo2.set_item_report("ba2020-2-d-3", Some(3_700), " halvårsopgørelse ");
    assert_eq!(
        bo2.item_report("ba2020-2-d-3").unwrap().note,
        "halvårsopgørelse"
    );
    // 3.c: 30.000 used of 28.500 added in 2020, 1.500 over ≤ 2.850: minor.
    bo2.set_item_report("ba2020-3-c", Some(30_000), "");
    // 2.d.1 is reported by the follow-up but entered on the item too: the entry counts.
    bo2.set_item_report("ba2020-2-d-1", Some(8_500), "");
    ws.budget_followups.push(bo2);
    ws.budget_followups.push(bo1);
    // 2.d.1: 7.000 of 8.500 saved, 1.500 short > 850: a major deviation.
    ws.item_mut("ba2020-2-d-1").unwrap().set_realised(
        2020,
        Some(7_000),
        "2020-07-01",
        " tal fra økonomi ",
    );
    // 4.: 5.000 of the 6.000 buffer used in 2020, under it: on track.
    ws.item_mut("ba2020-4")
        .unwrap()
        .set_realised(2020, Some(5_000), "2020-07-01", "");

    let m = money(&ws);
    let cell = |id: &str, kind, year: i32| {
        m.row(id, kind)
            .unwrap()
            .cells
            .iter()
            .find(|c| c.year == year)
            .unwrap()
            .clone()
    };
    let c = cell("ba2020-2-d-1", AmountKind::Saving, 2020);
    assert_eq!(
        (c.agreed, c.realised, c.difference),
        (Some(8_500), Some(7_000), Some(-1_500))
    );
    assert_eq!(c.status, MoneyStatus::MajorDeviation);
    assert_eq!(
        c.realised_from,
        Some(RealisedFrom::Entered {
            date: "2020-07-01".into()
        })
    );
    let c = cell("ba2020-2-d-3", AmountKind::Saving, 2020);
    assert_eq!((c.realised, c.difference), (Some(3_700), Some(-300)));
    assert_eq!(c.status, MoneyStatus::MinorDeviation);
    assert_eq!(
        c.realised_from,
        Some(RealisedFrom::FollowUp {
            followup_id: "bo2-2020".into(),
            label: "Budgetopfølgning bo2-2020".into()
        })
    );
    let c = cell("ba2020-3-c", AmountKind::Addition, 2020);
    assert_eq!(
        (c.difference, c.status),
        (Some(1_500), MoneyStatus::MinorDeviation)
    );
    let c = cell("ba2020-4", AmountKind::Buffer, 2020);
    assert_eq!(
        (c.difference, c.status),
        (Some(-1_000), MoneyStatus::OnTrack)
    );
    // Nothing for 2021 yet; the investments never carry realised money.
    assert_eq!(
        cell("ba2020-2-d-1", AmountKind::Saving, 2021).status,
        MoneyStatus::NotReported
    );
    assert_eq!(
        cell("ba2020-2-d-1", AmountKind::Investment, 2020).realised,
        None
    );
    // Totals of what is realised in 2020: savings 7.000 + 3.700; additions 30.000 + 5.000.
    let t = m.total(2020).unwrap();
    assert_eq!(t.realised_savings, Some(10_700));
    assert_eq!(t.realised_additions, Some(35_000));
    assert_eq!(m.total(2021).unwrap().realised_savings, None);

    // Removing the entry lets the follow-up's report count again.
    ws.item_mut("ba2020-2-d-1")
        .unwrap()
        .set_realised(2020, None, "2020-08-01", "");
    let c = money(&ws)
        .row("ba2020-2-d-1", AmountKind::Saving)
        .unwrap()
        .cells[0]
        .clone();
    assert_eq!((c.realised, c.status), (Some(8_500), MoneyStatus::OnTrack));
}

#[test]
fn the_status_rule_by_hand() {
    use AmountKind::*;
    assert_eq!(status(Saving, 4_000, None), MoneyStatus::NotReported);
    assert_eq!(status(Saving, 4_000, Some(4_500)), MoneyStatus::OnTrack);
    assert_eq!(
        status(Saving, 4_000, Some(3_600)),
        MoneyStatus::MinorDeviation
    );
    assert_eq!(
        status(Saving, 4_000, Some(3_599)),
        MoneyStatus::MajorDeviation
    );
    assert_eq!(status(Addition, 28_500, Some(28_500)), MoneyStatus::OnTrack);
    assert_eq!(
        status(Addition, 28_500, Some(31_350)),
        MoneyStatus::MinorDeviation
    );
    assert_eq!(
        status(Addition, 28_500, Some(31_351)),
        MoneyStatus::MajorDeviation
    );
    assert_eq!(MoneyStatus::MajorDeviation.colour(), "red");
    assert_eq!(
        MoneyStatus::MinorDeviation.label(Lang::Da),
        "Mindre afvigelse"
    );
    assert_eq!(MoneyStatus::NotReported.label(Lang::En), "Not reported");
    assert_eq!(AmountKind::Buffer.text(Lang::Da), "Buffer");
}

/// The causes of seed 003's Budgetopfølgning 4 for 2019 are linked to the items they concern
/// and shown on their rows; editing them by name.
#[test]
fn a_follow_ups_causes_are_linked_to_the_items_they_concern() {
    let ws = default_workspace();
    let m = money(&ws);
    let causes = |id: &str| -> Vec<String> {
        m.rows
            .iter()
            .find(|r| r.item_id == id)
            .unwrap()
            .causes
            .iter()
            .map(|c| format!("{}: {}", c.followup_label, c.text))
            .collect()
    };
    assert_eq!(
        causes("ba2020-2-d-1"),
        ["Budgetopfølgning 4 for 2019: en stigning i antallet af sygedagpengemodtagere"]
    );
    assert_eq!(
        causes("ba2020-3-c"),
        ["Budgetopfølgning 4 for 2019: en stigning i antal tilkendte førtidspensioner"]
    );
    assert_eq!(causes("ba2020-4").len(), 1);
    assert!(causes("ba2020-11-c").is_empty());

    let mut f = example_2019();
    assert_eq!(f.add_cause("  ", Source::assumption("x")), None);
    let i = f
        .add_cause(
            " flere på integrationsydelse ",
            Source::assumption("indtastet"),
        )
        .unwrap();
    assert_eq!(f.causes[i].text, "flere på integrationsydelse");
    assert!(f.link_cause(i, "ba2020-2-d-3"));
    assert!(!f.link_cause(i, "ba2020-2-d-3"), "already linked");
    assert!(!f.link_cause(99, "ba2020-2-d-3"));
    assert_eq!(f.causes_of("ba2020-2-d-3").count(), 1);
    assert!(f.unlink_cause(i, "ba2020-2-d-3"));
    assert!(!f.unlink_cause(i, "ba2020-2-d-3"));
    assert_eq!(
        f.remove_cause(i).unwrap().text,
        "flere på integrationsydelse"
    );
    assert_eq!(f.remove_cause(i), None);
}

/// Each cause is the document's own words, in the section its source names.
#[test]
fn the_causes_are_verbatim_in_seed_003() {
    let seed = common::normalize(&common::read_seed(SEED_003));
    let sentence = "Hovedårsagerne til det forventede merforbrug er en stigning i antallet af sygedagpengemodtagere, samt en stigning i antal tilkendte førtidspensioner, blandt andet som konsekvens af indsatser og projekt kørt i Jobcentret.";
    assert!(seed.contains(sentence));
    let f = example_2019();
    assert_eq!(f.causes.len(), 2);
    for c in &f.causes {
        assert!(sentence.contains(&c.text), "{}", c.text);
        let Source::Seed { file, section } = &c.source else {
            panic!("a seed source");
        };
        assert_eq!(file, SEED_003);
        assert!(section.ends_with("Baggrund"), "{section}");
    }
    // The items they link to are seed 003's items of the agreement.
    let ws = default_workspace();
    for id in f.causes.iter().flat_map(|c| &c.item_ids) {
        assert!(
            ws.status_sheets
                .iter()
                .any(|s| s.id == "budgetaftale-2020-23" && s.items.iter().any(|i| &i.id == id)),
            "{id}"
        );
    }
    // The agreed figures as seed 003 writes them.
    for written in [
        "netto kr. 8,5 mio.",
        "Besparelse kr. 3,5 mio.",
        "28.500 38.700 48.700 80.400",
        "en buffer på yderligere 6 mio. kr. i 2020 stigende med dette beløb i hvert af overslagsårene til 24 mio. kr. i 2023",
        "(2 mio. kr. pr. år)",
        "-2,0 mio.kr.",
    ] {
        assert!(seed.contains(written), "{written}");
    }
}

#[test]
fn the_table_as_csv() {
    let m = money(&default_workspace());
    let csv = to_csv(&m);
    let mut lines = csv.lines();
    assert_eq!(lines.next().unwrap(), CSV_HEADER.join(","));
    let rows: Vec<&str> = lines.collect();
    // 10 rows (2.d.1 has a saving and two investments) × 4 years, then 5 totals × 4 years.
    assert_eq!(m.rows.len(), 10);
    assert_eq!(rows.len(), 10 * 4 + 5 * 4);
    assert!(rows.contains(
        &"budgetaftale-2020-23,ba2020-3-c,3.c,addition,Tilført netto 2020,2023,80400,,,,not_reported,true"
    ));
    assert!(rows.contains(&"budgetaftale-2020-23,,,net_with_buffer,,2023,80400,,,,,"));
    assert!(rows.contains(&"budgetaftale-2020-23,,,total_savings,,2021,24000,,,,,"));
}
