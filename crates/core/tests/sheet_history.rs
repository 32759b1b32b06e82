//! The status sheet's dated history and the budget follow-ups in the saved workspace
//! (schema version 4).

use plan_core::defaults::default_workspace;
use plan_core::followup::{evaluate, example_2019};
use plan_core::{persist, BudgetKind, StatusColour};

#[test]
fn status_changes_are_dated_merged_per_day_and_told_since_a_meeting() {
    let mut ws = default_workspace();
    let id = ws.status_sheets[0].items[0].id.clone();
    let item = ws.item_mut(&id).unwrap();
    let (status0, colour0) = (item.status.clone(), item.colour);
    item.set_status("2026-11-02", &status0, colour0);
    assert!(item.history.is_empty(), "no change, no entry");

    item.set_status(
        "2026-11-02",
        "Udskudt til 2027",
        Some(StatusColour::MinorDeviations),
    );
    item.set_status(
        "2026-11-02",
        "Udskudt til 2027 (aftalt)",
        Some(StatusColour::MinorDeviations),
    );
    assert_eq!(item.history.len(), 1, "one entry per day");
    assert_eq!(item.history[0].status_before, status0);
    assert_eq!(item.history[0].status_after, "Udskudt til 2027 (aftalt)");

    item.set_status("2026-11-24", "Afsluttet", Some(StatusColour::Completed));
    assert_eq!(item.history.len(), 2);
    assert_eq!(
        item.changed_since("2026-11-10"),
        Some((
            "Udskudt til 2027 (aftalt)",
            Some(StatusColour::MinorDeviations)
        ))
    );
    assert_eq!(item.changed_since("2026-11-01").unwrap().0, status0);
    assert_eq!(item.changed_since("2026-11-25"), None);

    // Back to how the day began: no entry for that day.
    item.set_status(
        "2026-11-24",
        "Udskudt til 2027 (aftalt)",
        Some(StatusColour::MinorDeviations),
    );
    assert_eq!(item.history.len(), 1);

    // Kept through saving and loading.
    let text = persist::encode(&ws);
    let (back, _) = persist::decode(&text).unwrap();
    assert_eq!(back, ws);
}

#[test]
fn a_version_3_workspace_gets_the_2019_follow_up_and_reproduces_it() {
    let mut v3: serde_json::Value = serde_json::to_value(default_workspace()).unwrap();
    let obj = v3.as_object_mut().unwrap();
    obj.remove("budget_followups");
    obj.insert("schema_version".into(), 3.into());
    let (ws, from) = persist::decode(&v3.to_string()).unwrap();
    assert_eq!(from, Some(3));
    assert_eq!(ws.budget_followups, vec![example_2019()]);
    let r = evaluate(&ws.budget_followups[0]);
    assert_eq!(r.total_deviation_tkr, 3_617);
    assert_eq!(r.kind(BudgetKind::Service).deviation_tkr, -1_324);
    assert_eq!(r.kind(BudgetKind::InsuredUnemployed).deviation_tkr, -6_434);
    assert_eq!(r.kind(BudgetKind::Transfer).deviation_tkr, 11_375);
    assert_eq!(r.kind(BudgetKind::Transfer).reallocated_in_tkr, 6_434);
    assert_eq!(r.total_supplementary_tkr, 4_941);
}
