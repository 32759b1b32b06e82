//! The follow-up view's edits as named core methods: each addressed by the follow-up's id and
//! the line's or reallocation's key, refusing unknown keys and amounts that are no number or
//! out of range without changing anything, and marking what it sets as entered in the app.
//! Expected figures are worked out by hand from seed 003's 2019 follow-up (lines −1.324,
//! −6.434 and 11.375; 6.434 moved from insured unemployed to transfers, 412 with the task).

use plan_core::defaults::default_workspace;
use plan_core::followup::*;
use plan_core::{BudgetKind, Source, Workspace};

const ID: &str = "bo4-2019-sbu";
const TODAY: &str = "2026-03-01";

fn ws() -> Workspace {
    default_workspace()
}

fn line(kind: BudgetKind, label: &str, occurrence: usize) -> LineKey {
    LineKey {
        kind,
        policy_area: None,
        label: label.into(),
        occurrence,
    }
}

fn transfer_line() -> LineKey {
    line(
        BudgetKind::Transfer,
        "Overførselsudgifter ekskl. forsikrede ledige",
        0,
    )
}

fn fu(w: &Workspace) -> &BudgetFollowUp {
    w.budget_followups.iter().find(|f| f.id == ID).unwrap()
}

#[test]
fn the_keys_name_the_seeded_lines_and_reallocations() {
    let w = ws();
    let keys = fu(&w).line_keys();
    assert_eq!(keys.len(), 3);
    assert_eq!(keys[0], line(BudgetKind::Service, "Serviceudgifter", 0));
    assert_eq!(keys[2], transfer_line());
    let r = fu(&w).reallocation_keys();
    assert_eq!(r.len(), 2);
    assert_eq!(r[0].from.kind, BudgetKind::InsuredUnemployed);
    assert_eq!(r[1].purpose, ReallocationPurpose::WithTask);
    assert_eq!((r[0].occurrence, r[1].occurrence), (0, 0));
}

#[test]
fn a_stated_deviation_is_set_by_key_and_marked_as_entered() {
    let mut w = ws();
    w.followup_mut(ID)
        .unwrap()
        .set_line_stated_deviation(&transfer_line(), Some(12_000.0), TODAY)
        .unwrap();
    let f = fu(&w);
    assert_eq!(f.lines[2].deviation, Deviation::Stated { tkr: 12_000 });
    assert_eq!(f.lines[2].source, Source::entered_in_app(TODAY));
    // The other lines keep the seed's source.
    assert!(f.lines[0].source.seed_file().is_some());
    let r = evaluate(f);
    // −1.324 − 6.434 + 12.000 = 4.242; transfers 12.000 − 6.434 = 5.566.
    assert_eq!(r.total_deviation_tkr, 4_242);
    assert_eq!(r.total_supplementary_tkr, 5_566);
    // Cleared, the deviation is computed, and unknown without budget and forecast.
    w.followup_mut(ID)
        .unwrap()
        .set_line_stated_deviation(&transfer_line(), None, TODAY)
        .unwrap();
    assert_eq!(fu(&w).lines[2].deviation, Deviation::Computed);
    assert_eq!(evaluate(fu(&w)).total_deviation_tkr, -1_324 - 6_434);
}

#[test]
fn an_added_line_takes_a_budget_and_an_expected_spending() {
    let mut w = ws();
    let f = w.followup_mut(ID).unwrap();
    f.add_line(BudgetKind::Service, TODAY).unwrap();
    let key = line(BudgetKind::Service, "", 0);
    f.set_line_budget(&key, Some(1_000.0), TODAY).unwrap();
    f.set_line_expected(&key, Some(1_250.4), TODAY).unwrap();
    let f = fu(&w);
    assert_eq!(f.lines.len(), 4);
    assert_eq!(f.lines[3].budget_tkr, Some(1_000));
    // 1.250,4 is rounded to whole 1.000 kr.
    assert_eq!(f.lines[3].expected_tkr, Some(1_250));
    assert_eq!(f.lines[3].source, Source::entered_in_app(TODAY));
    // 3.617 + (1.250 − 1.000) = 3.867.
    assert_eq!(evaluate(f).total_deviation_tkr, 3_867);
    // Cleared, the budget is unknown again.
    w.followup_mut(ID)
        .unwrap()
        .set_line_budget(&key, None, TODAY)
        .unwrap();
    assert_eq!(fu(&w).lines[3].budget_tkr, None);
}

#[test]
fn of_two_alike_lines_the_key_picks_the_one_meant() {
    let mut w = ws();
    let f = w.followup_mut(ID).unwrap();
    f.add_line(BudgetKind::Service, TODAY).unwrap();
    f.add_line(BudgetKind::Service, TODAY).unwrap();
    let second = line(BudgetKind::Service, "", 1);
    f.set_line_budget(&second, Some(500.0), TODAY).unwrap();
    assert_eq!(f.lines[3].budget_tkr, None);
    assert_eq!(f.lines[4].budget_tkr, Some(500));
    // Removing the first makes the second the first of its kind.
    f.remove_line(&line(BudgetKind::Service, "", 0)).unwrap();
    assert_eq!(f.lines.len(), 4);
    assert_eq!(f.lines[3].budget_tkr, Some(500));
    assert_eq!(f.line_keys()[3], line(BudgetKind::Service, "", 0));
}

#[test]
fn an_unknown_follow_up_or_line_is_refused_and_nothing_changes() {
    let mut w = ws();
    let before = w.clone();
    let e = w.followup_mut("bo4-2020").unwrap_err();
    assert_eq!(
        e.message_da,
        "Der er ingen budgetopfølgning med id'et »bo4-2020«."
    );
    assert_eq!(
        e.message_en,
        "There is no budget follow-up with the id »bo4-2020«."
    );
    let missing = line(BudgetKind::Service, "Serviceudgifter", 1);
    let f = w.followup_mut(ID).unwrap();
    let e = f.set_line_budget(&missing, Some(10.0), TODAY).unwrap_err();
    assert_eq!(
        e.message_da,
        "Budgetopfølgningen har ingen linje »Serviceudgifter«."
    );
    assert_eq!(
        e.message_en,
        "The budget follow-up has no line »Serviceudgifter«."
    );
    assert!(f.set_line_expected(&missing, Some(10.0), TODAY).is_err());
    assert!(f.set_line_stated_deviation(&missing, None, TODAY).is_err());
    assert!(f.remove_line(&missing).is_err());
    let mut other_year = f.reallocation_keys()[0].clone();
    other_year.year = 2020;
    let e = f
        .set_reallocation_amount(&other_year, 100.0, TODAY)
        .unwrap_err();
    assert_eq!(
        e.message_en,
        "The budget follow-up has no reallocation from Social- og beskæftigelsesudvalget 02.01 \
         to Social- og beskæftigelsesudvalget 02.01."
    );
    assert!(f.remove_reallocation(&other_year).is_err());
    assert_eq!(w, before);
}

#[test]
fn an_amount_that_is_no_number_or_out_of_range_is_refused_and_nothing_changes() {
    let mut w = ws();
    let before = w.clone();
    let f = w.followup_mut(ID).unwrap();
    let key = transfer_line();
    let realloc = f.reallocation_keys()[0].clone();
    for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        let e = f.set_line_budget(&key, Some(bad), TODAY).unwrap_err();
        assert_eq!(e.message_da, "Beløbet skal være et tal.");
        assert_eq!(e.message_en, "The amount must be a number.");
        assert_eq!(e.field, "line-budget");
        assert!(f.set_line_expected(&key, Some(bad), TODAY).is_err());
        assert!(f.set_line_stated_deviation(&key, Some(bad), TODAY).is_err());
        assert!(f.set_reallocation_amount(&realloc, bad, TODAY).is_err());
    }
    // Over 100 mia. kr. either way.
    let e = f
        .set_line_stated_deviation(&key, Some(100_000_001.0), TODAY)
        .unwrap_err();
    assert!(e
        .message_da
        .contains("mellem −100 mia. kr. og 100 mia. kr."));
    assert!(f
        .set_line_budget(&key, Some(-100_000_001.0), TODAY)
        .is_err());
    // A reallocation moves more than 0 (0,4 rounds to 0).
    for not_positive in [0.0, 0.4, -10.0] {
        let e = f
            .set_reallocation_amount(&realloc, not_positive, TODAY)
            .unwrap_err();
        assert_eq!(
            e.message_da,
            "En omplacering skal flytte mere end 0 kr. Fjern den i stedet."
        );
    }
    assert_eq!(w, before);
    // The edges are accepted.
    let f = w.followup_mut(ID).unwrap();
    f.set_line_budget(&key, Some(-100_000_000.0), TODAY)
        .unwrap();
    assert_eq!(f.lines[2].budget_tkr, Some(-100_000_000));
}

#[test]
fn a_reallocation_amount_is_set_by_key_and_a_reallocation_removed() {
    let mut w = ws();
    let f = w.followup_mut(ID).unwrap();
    let keys = f.reallocation_keys();
    f.set_reallocation_amount(&keys[0], 6_000.0, TODAY).unwrap();
    assert_eq!(f.reallocations[0].tkr, 6_000);
    assert_eq!(f.reallocations[0].source, Source::entered_in_app(TODAY));
    assert_eq!(f.reallocations[1].tkr, 412);
    let r = evaluate(f);
    // Transfers 11.375 − 6.000 = 5.375; insured −6.434 + 6.000 = −434, no appropriation.
    assert_eq!(r.kind(BudgetKind::Transfer).supplementary_tkr, 5_375);
    assert_eq!(r.kind(BudgetKind::InsuredUnemployed).balance_tkr, -434);
    assert_eq!(r.total_supplementary_tkr, 5_375);
    // Without the reallocation, transfers need all of 11.375.
    f.remove_reallocation(&keys[0]).unwrap();
    assert_eq!(f.reallocations.len(), 1);
    assert_eq!(f.reallocations[0].tkr, 412);
    assert_eq!(evaluate(f).total_supplementary_tkr, 11_375);
}
